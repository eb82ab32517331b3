#!/usr/bin/env bash
# Lighthouse's mobile audit of the release build, served gzip-encoded on 127.0.0.1 (the
# benchmark's server, `--serve-gzip`), in Debian's Chromium; not part of the tests.
#   scripts/lighthouse.sh [RUNS] [--devtools]
#                                  RUNS audits (3 if not given); each report goes to
#                                  target/lighthouse/run-N.json; the performance score, FCP,
#                                  LCP, TBT and CLS of each, and their medians, are printed and
#                                  written to bench/lighthouse.json. Lighthouse's default
#                                  simulates the throttling from an unthrottled trace;
#                                  --devtools throttles the page for real instead (its
#                                  --throttling-method=devtools: the same 150 ms, 1.6 Mbps,
#                                  4x CPU), and writes bench/lighthouse-devtools.json
# Lighthouse itself (npm `lighthouse`, pinned below: 12.x, the last line that runs on the
# machine's Node 20; 13 wants Node 22) is installed on first use into
# target/lighthouse/, apart from the project's node_modules, which CI installs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIGHTHOUSE_VERSION="12.8.2"
RUNS="${1:-3}"
METHOD="simulate"
OUT="bench/lighthouse.json"
if [ "${2:-}" = "--devtools" ]; then METHOD="devtools"; OUT="bench/lighthouse-devtools.json"; fi
source "$ROOT/scripts/setup.sh" --browser
cd "$ROOT"
LH="$ROOT/target/lighthouse"
if [ "$("$LH/node_modules/.bin/lighthouse" --version 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]; then
  say "installing Lighthouse $LIGHTHOUSE_VERSION from npm into target/lighthouse/"
  mkdir -p "$LH"
  npm install --prefix "$LH" --no-audit --no-fund --no-save "lighthouse@$LIGHTHOUSE_VERSION"
fi
if [ ! -f dist/index.html ]; then
  say "building the release app"
  trunk build --release --offline
fi
cargo build --locked --release --example bench -q
"$ROOT/target/release/examples/bench" --serve-gzip > target/lighthouse/server.url &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s target/lighthouse/server.url ] && break; sleep 0.1; done
URL="$(head -1 target/lighthouse/server.url)"
rm -f target/lighthouse/run-*.json
export CHROME_PATH="${CHROMIUM:-/usr/bin/chromium}"
for i in $(seq "$RUNS"); do
  say "Lighthouse run $i/$RUNS on $URL (mobile preset, throttling: $METHOD)"
  "$LH/node_modules/.bin/lighthouse" "$URL" --quiet --only-categories=performance \
    --output=json --output-path="target/lighthouse/run-$i.json" --throttling-method="$METHOD" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run"
done
OUT="$OUT" node -e '
const fs = require("fs");
const runs = process.argv.slice(1).map(f => JSON.parse(fs.readFileSync(f, "utf8")));
const pick = r => ({
  score: Math.round(r.categories.performance.score * 100),
  fcp_ms: Math.round(r.audits["first-contentful-paint"].numericValue),
  lcp_ms: Math.round(r.audits["largest-contentful-paint"].numericValue),
  tbt_ms: Math.round(r.audits["total-blocking-time"].numericValue),
  cls: Number(r.audits["cumulative-layout-shift"].numericValue.toFixed(3)),
});
const rows = runs.map(pick);
rows.forEach((r, i) => console.log(`run ${i + 1}:`, JSON.stringify(r)));
const median = k => { const v = rows.map(r => r[k]).sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; };
const summary = { lighthouse: runs[0].lighthouseVersion, form_factor: runs[0].configSettings.formFactor,
  throttling_method: runs[0].configSettings.throttlingMethod, throttling: runs[0].configSettings.throttling,
  lcp_element: runs.map(r => r.audits["largest-contentful-paint-element"].details.items[0].items[0].node.selector), runs: rows,
  median: { score: median("score"), fcp_ms: median("fcp_ms"), lcp_ms: median("lcp_ms"), tbt_ms: median("tbt_ms"), cls: median("cls") } };
console.log("median:", JSON.stringify(summary.median));
fs.writeFileSync(process.env.OUT, JSON.stringify(summary, null, 2) + "\n");
' target/lighthouse/run-*.json
