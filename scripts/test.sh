#!/usr/bin/env bash
# README command 2: set up (browser included) and run every test layer; stops at the first
# layer that fails, with a non-zero exit.
#   1. formatting and clippy (native and wasm32)
#   2. native cargo test (story, geometry, calendar, clock, URL state, the prerendered view)
#   3. component tests with wasm-bindgen-test in headless Chromium
#   4. end-to-end tests: release build of dist/, and a debug build of the fixture story
#      (tests/fixtures/reed) into dist-fixture/, served on 127.0.0.1, driven by WebDriver
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh" --browser
cd "$ROOT"

step() { printf '\n\033[1;34m== %s\033[0m\n' "$*"; }

step "1/4 cargo fmt --check and clippy (native and wasm32)"
cargo fmt --check
# Native builds render HTML (`ssr`, the default); the browser's wasm hydrates it
# (`hydrate`); the component tests mount from nothing (`csr`). See Cargo.toml's [features].
cargo clippy --locked --all-targets --features e2e,diagnostics -- -D warnings
cargo clippy --locked --all-targets --target wasm32-unknown-unknown --no-default-features --features hydrate,diagnostics -- -D warnings
cargo clippy --locked --lib --target wasm32-unknown-unknown --no-default-features --features csr -- -D warnings

step "2/4 native tests"
cargo test --locked

step "3/4 component tests in headless Chromium (wasm-bindgen-test)"
export CHROMEDRIVER="$(command -v chromedriver)"
# The runner's timeout is for the whole binary (20 s by default), not per test.
WASM_BINDGEN_TEST_TIMEOUT=180 cargo test --locked --target wasm32-unknown-unknown --no-default-features --features csr,diagnostics --test components

step "4/4 end-to-end tests on the release build (and on the fixture story's build)"
rm -rf dist dist-fixture
trunk build --release --offline
# The app of another story: a debug build (no LTO, no wasm-opt), since it checks that the
# story comes from STORY_DIR, not the release pipeline, which dist/ already covers.
STORY_DIR=tests/fixtures/reed trunk build --offline --dist dist-fixture
cargo test --locked --features e2e --test e2e -- --test-threads=2

step "all layers passed"
