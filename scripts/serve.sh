#!/usr/bin/env bash
# README command 1: set up whatever is missing, build the release app and serve it on
# http://127.0.0.1:8080 (Trunk rebuilds on change; Ctrl-C stops it).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
say "building and serving the app on http://127.0.0.1:8080"
exec trunk serve --release --offline --address 127.0.0.1 --port 8080
