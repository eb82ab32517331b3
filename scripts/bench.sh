#!/usr/bin/env bash
# The performance benchmark (not part of the tests): builds the release app, serves it on
# 127.0.0.1 and measures it in headless Chromium; figures go to bench/results.json.
#   scripts/bench.sh               sizes, time to map-ready, scrub and pan/zoom latency, memory,
#                                  then the phone profile (10 cold loads)
#   scripts/bench.sh --phone 10    only the phone profile: 10 cold loads under Lighthouse's
#                                  mobile throttling (150 ms RTT, 1.6 Mbps down, 750 kbps up,
#                                  CPU 4x slower, 412x823), files gzip-encoded; under "phone":
#                                  when the five towns' names are visible, when one step forward
#                                  on the timeline works, the bytes (HTML + CSS, and all)
#   scripts/bench.sh --phone-compare 10
#                                  the same for the app and for the same story built with
#                                  Leaflet 1.9.4 + TimelineJS 3.9.11 (bench/leaflet/, from
#                                  node_modules), alternately, 10 cold loads each; figures under
#                                  "phone" and "phone_leaflet", printed side by side
#   scripts/bench.sh --find 5      types 11 queries a character at a time into the search, the
#                                  reader showing both languages, 5 times over; per keystroke:
#                                  main-thread work and input-to-painted time, under "find"
#   scripts/bench.sh --soak 600    autoplay at the highest speed for 10 minutes (soak run)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh" --browser
cd "$ROOT"
# The comparison page's libraries (package-lock.json pins them), in a node_modules/ that
# setup.sh made before they were added.
if [[ " $* " == *" --phone-compare "* ]] \
  && { [ ! -f node_modules/leaflet/dist/leaflet.js ] \
       || [ ! -f node_modules/@knight-lab/timelinejs/dist/js/timeline.js ]; }; then
  say "installing Leaflet and TimelineJS from npm into node_modules/"
  npm ci --no-audit --no-fund
fi
# The soak reads the live Rust heap, which only the `diagnostics` feature counts; the other
# measures take the production build. Trunk takes the features from index.html's
# `data-cargo-features` over its command line, so the soak builds from a copy of the page
# that names them (the hooks read TRUNK_BUILD_FEATURES).
PAGE=index.html
if [[ " $* " == *" --soak "* ]]; then
  export TRUNK_BUILD_FEATURES=hydrate,diagnostics
  PAGE=index.soak.html
  sed 's/data-cargo-features="hydrate"/data-cargo-features="hydrate,diagnostics"/' index.html > "$PAGE"
  trap 'rm -f "$ROOT/index.soak.html"' EXIT
fi
say "building the release app"
rm -rf dist
trunk build "$PAGE" --release --offline
say "measuring in headless Chromium"
cargo run --locked --release --example bench -- "$@"
