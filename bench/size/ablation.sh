#!/usr/bin/env bash
# Where the wasm's size goes, by part: builds the release wasm of the app as it is, then
# with each of the map, the timeline and the reader left out of src/ui/app.rs's view (and
# with all three), in a temporary git worktree of HEAD with its own target directory, and
# prints each one's size after wasm-bindgen and wasm-opt (the options of index.html) and
# gzip -9. The parts cost the difference. A build without a part would not hydrate the
# prerendered page; only its size is of interest here.
#   bench/size/ablation.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
WORK="$ROOT/target/ablation"
TREE="$WORK/tree"
rm -rf "$TREE"
mkdir -p "$WORK"
git -C "$ROOT" worktree prune
git -C "$ROOT" worktree add --detach "$TREE" HEAD >/dev/null
trap 'git -C "$ROOT" worktree remove --force "$TREE"' EXIT
APP="$TREE/src/ui/app.rs"
cp "$APP" "$WORK/app.rs.orig"

size_of() {
  local name="$1"
  (cd "$TREE" && CARGO_TARGET_DIR="$WORK/target" cargo build --quiet --locked --offline --release \
    --target wasm32-unknown-unknown --bin petrograd1917 --no-default-features --features hydrate)
  wasm-bindgen --target web --out-dir "$WORK/out" "$WORK/target/wasm32-unknown-unknown/release/petrograd1917.wasm"
  wasm-opt -Oz --low-memory-unused --flatten --rereloop -Oz -Oz \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$WORK/out/petrograd1917_bg.wasm" -o "$WORK/out/opt.wasm"
  printf '%-24s %9d raw %9d gzip\n' "$name" "$(stat -c %s "$WORK/out/opt.wasm")" "$(gzip -9 -n -c "$WORK/out/opt.wasm" | wc -c)"
}

variant() {
  local name="$1"; shift
  cp "$WORK/app.rs.orig" "$APP"
  for part in "$@"; do
    grep -q "<$part />" "$APP" || { echo "ablation.sh: <$part /> not found in src/ui/app.rs" >&2; exit 1; }
    sed -i "s|<$part />||" "$APP"
  done
  size_of "$name"
}

variant "the whole app"
variant "without the map" Map
variant "without the timeline" Timeline
variant "without the reader" Reader
variant "without all three" Map Timeline Reader
