#!/usr/bin/env bash
# README command 1: set up whatever is missing, build the release app and serve dist/ on
# http://127.0.0.1:8080 (Ctrl-C stops it). The built app is a static site, so any static
# server does; Python's is on every machine here. For live reload while editing, run
# `trunk serve` yourself (its file watcher is not needed to try the app).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
say "building the release app into dist/"
trunk build --release --offline
command -v python3 >/dev/null || fail "python3 not found: it serves dist/"
say "serving the app on http://127.0.0.1:8080 (Ctrl-C stops it)"
exec python3 -m http.server 8080 --bind 127.0.0.1 --directory dist
