#!/usr/bin/env bash
# Lighthouse budgets (issue 7): performance, accessibility, best practices and SEO of the built
# default site, in Lighthouse's default mobile emulation (Moto G Power-class CPU slowdown 4x,
# slow 4G throttling, simulated), on the pages below in vi and en.
#
# Usage:  bash bench/lighthouse.sh            (from anywhere; needs target/showcase.jar: mvn -q -B package -DskipTests)
# Env:    RUNS=1     runs per page; with more, the median performance run is reported
#         ONLY="exhibition/ exhibition/embed.html"   these pages instead of the list below
#
# Lighthouse comes from npm, locked in bench/lighthouse/package-lock.json (npm ci on first use);
# the browser is Debian's Chromium (CHROME_PATH), never a download. The site is built into
# bench/work/lighthouse/ and served on 127.0.0.1 by bench/serve-output.py, which sends the
# precompressed .br files and the _headers the CDN would (python3 -m http.server would send
# neither: uncompressed transfer sizes and no cache headers).
set -euo pipefail

# One line per kind of page; the exhibition's embed page joins as "exhibition/embed.html".
PAGES=("" "news/liberation-70-years/" "photobook/02-port-logistics/" "exhibition/")
if [ -n "${ONLY:-}" ]; then
  read -r -a PAGES <<<"$ONLY"
fi
LANGS=(vi en)
RUNS="${RUNS:-1}"

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$SCRIPT_DIR/.." && pwd)"
WORK="$REPO/bench/work/lighthouse"
JAR="$REPO/target/showcase.jar"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

[ -f "$JAR" ] || { echo "build the jar first: mvn -q -B package -DskipTests" >&2; exit 2; }
[ -x "$CHROME_PATH" ] || { echo "Chromium is missing: apt-get install -y chromium" >&2; exit 2; }
command -v node >/dev/null || { echo "Node.js is missing: apt-get install -y nodejs npm" >&2; exit 2; }
if [ ! -f "$SCRIPT_DIR/lighthouse/node_modules/.package-lock.json" ]; then
  (cd "$SCRIPT_DIR/lighthouse" && npm ci --no-audit --no-fund --loglevel=error)
fi
LH="$SCRIPT_DIR/lighthouse/node_modules/.bin/lighthouse"

mkdir -p "$WORK"
echo "building the default site into $WORK/output" >&2
(cd "$REPO" && java -jar "$JAR" build --output "$WORK/output" >&2)

# a free port unless told: on a shared machine a fixed one may be another server, whose pages
# Lighthouse would then measure without a word
PORT="${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
python3 "$SCRIPT_DIR/serve-output.py" "$WORK/output" "$PORT" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/vi/" 2>/dev/null && break
  sleep 0.1
done
kill -0 "$SERVER" 2>/dev/null || { echo "bench/serve-output.py did not start on port $PORT (taken?)" >&2; exit 1; }

# SwiftShader: WebGL without a GPU, so the exhibition's 360° viewer runs (without it the page is a gallery)
FLAGS="--headless=new --no-sandbox --disable-gpu --use-angle=swiftshader --enable-unsafe-swiftshader --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run"
printf '%-42s %5s %5s %5s %5s %8s %7s %9s %9s\n' page perf a11y bp seo "LCP(s)" "TBT(ms)" "transfer" "non-image"
for lang in "${LANGS[@]}"; do
  for page in "${PAGES[@]}"; do
    url="http://127.0.0.1:$PORT/$lang/$page"
    name="$(echo "$lang/$page" | tr '/' '_')"
    reports=()
    for run in $(seq "$RUNS"); do
      out="$WORK/$name.$run.json"
      "$LH" "$url" --quiet --output=json --output-path="$out" \
        --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="$FLAGS" >/dev/null 2>"$WORK/$name.$run.log" || { echo "lighthouse failed on $url: see $WORK/$name.$run.log" >&2; exit 1; }
      reports+=("$out")
    done
    node - "/$lang/$page" "${reports[@]}" <<'JS'
const fs = require("fs");
const [, , page, ...files] = process.argv;
const runs = files.map((f) => JSON.parse(fs.readFileSync(f, "utf8")));
runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
const r = runs[Math.floor((runs.length - 1) / 2)];
const score = (c) => Math.round(r.categories[c].score * 100);
const items = r.audits["network-requests"].details.items;
const kb = (n) => (n / 1024).toFixed(1) + " KB";
const all = items.reduce((s, i) => s + (i.transferSize || 0), 0);
const nonImage = items.filter((i) => i.resourceType !== "Image").reduce((s, i) => s + (i.transferSize || 0), 0);
console.log([page.padEnd(42), ...["performance", "accessibility", "best-practices", "seo"].map((c) => String(score(c)).padStart(5)),
  (r.audits["largest-contentful-paint"].numericValue / 1000).toFixed(2).padStart(8),
  String(Math.round(r.audits["total-blocking-time"].numericValue)).padStart(7),
  kb(all).padStart(9), kb(nonImage).padStart(9)].join(" "));
for (const [id, a] of Object.entries(r.audits)) {
  if (a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual") {
    console.error(`    ${page}: ${id} ${a.score} ${a.displayValue || ""} — ${a.title}`);
  }
}
JS
  done
done
