#!/usr/bin/env bash
# The performance benchmark (not part of the tests): builds the release app, serves it on
# 127.0.0.1 and measures it in headless Chromium; figures go to bench/results.json.
#   scripts/bench.sh               sizes, time to map-ready, scrub and pan/zoom latency, memory,
#                                  then the phone profile (10 cold loads)
#   scripts/bench.sh --phone 10    only the phone profile: 10 cold loads under Lighthouse's
#                                  mobile throttling (150 ms RTT, 1.6 Mbps down, 750 kbps up,
#                                  CPU 4x slower, 412x823), files gzip-encoded; the median time
#                                  to the map showing all places goes under "phone"
#   scripts/bench.sh --soak 600    autoplay at the highest speed for 10 minutes (soak run)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh" --browser
cd "$ROOT"
say "building the release app"
rm -rf dist
trunk build --release --offline
say "measuring in headless Chromium"
cargo run --locked --release --example bench -- "$@"
