#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) the app needs, skipping whatever is
# already there at the right version so a warm machine is ready in seconds.
#
#   scripts/setup.sh            Rust wasm target, Trunk, wasm-bindgen-cli, wasm-opt, crates
#   scripts/setup.sh --browser  the same, plus Debian's chromium and chromium-driver
#
# Meant to be sourced by the other scripts (it exports PATH); it also runs on its own.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="version_132"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[setup] %s\033[0m\n' "$*" >&2; exit 1; }

export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

command -v cargo >/dev/null || fail "cargo not found: install Rust with rustup first"
command -v rustup >/dev/null || fail "rustup not found: the wasm target is added with rustup"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing Trunk $TRUNK_VERSION from crates.io (about 12-15 minutes on 2 cores; once per machine)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# Trunk must find wasm-bindgen at exactly the version in Cargo.lock, or it tries to download it.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
[ -n "$WASM_BINDGEN_VERSION" ] || fail "could not read the wasm-bindgen version from Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (the version in Cargo.lock; a few minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# wasm-opt from npm's binaryen, terser for the JS glue, workbox-build for the service worker
# and axe-core for the audits, kept in the project's node_modules (package-lock.json pins
# them). Node runs the service worker's hook (scripts/service_worker.mjs).
if ! "$ROOT/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "$BINARYEN_VERSION" \
  || [ ! -f "$ROOT/node_modules/axe-core/axe.min.js" ] \
  || [ ! -f "$ROOT/node_modules/workbox-build/package.json" ] \
  || [ ! -x "$ROOT/node_modules/.bin/terser" ]; then
  command -v npm >/dev/null || fail "npm not found: it installs wasm-opt (binaryen), terser, workbox-build and axe-core"
  say "installing wasm-opt ($BINARYEN_VERSION), terser, workbox-build and axe-core from npm into node_modules/"
  (cd "$ROOT" && npm ci --no-audit --no-fund)
fi
command -v node >/dev/null || fail "node not found: the release build runs scripts/service_worker.mjs with it"

if [ "${1:-}" = "--browser" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver (for the browser tests)"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
  fi
  command -v chromium >/dev/null || fail "chromium is still missing after apt-get install"
  command -v chromedriver >/dev/null || fail "chromedriver is still missing after apt-get install"
fi

# Trunk builds with --offline (passed on to cargo), so the crates must be in the cache first.
(cd "$ROOT" && cargo fetch --locked -q)
say "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $("$ROOT/node_modules/.bin/wasm-opt" --version | awk '{print $3}')"
