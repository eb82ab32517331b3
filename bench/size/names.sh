#!/usr/bin/env bash
# Builds the release wasm with readable names (v0 mangling, in its own target directory so
# the normal build is not disturbed), optimises it as Trunk does but keeping the names,
# and lists its largest functions: where the size of the wasm goes.
#   bench/size/names.sh [TOP]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
OUT="$ROOT/target/size-names"
mkdir -p "$OUT"
CARGO_TARGET_DIR="$ROOT/target/v0" RUSTFLAGS="-C symbol-mangling-version=v0" \
  cargo build --locked --release --target wasm32-unknown-unknown --bin petrograd1917 \
    --no-default-features --features hydrate
wasm-bindgen --target web --out-dir "$OUT" \
  "$ROOT/target/v0/wasm32-unknown-unknown/release/petrograd1917.wasm"
"$ROOT/node_modules/.bin/wasm-opt" -Oz --low-memory-unused --flatten --rereloop -Oz -Oz -g --strip-dwarf \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$OUT/petrograd1917_bg.wasm" -o "$OUT/named.wasm"
python3 "$ROOT/bench/size/functions.py" "$OUT/named.wasm" "${1:-40}"
