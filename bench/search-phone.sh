#!/usr/bin/env bash
# Search on a throttled phone (issue 14): time from navigation start to the first result on the page,
# our /<lang>/search/?q= vs Pagefind 1.6 on the same page, in headless Chromium with Lighthouse's
# mobile profile (CPU 4x, slow 4G, cold cache). What is timed: see bench/search/phone.mjs.
#
# Usage:  bash bench/search-phone.sh [OUTPUT_DIR]   (default bench/work/search/output, which bench/search.sh
#                                                   builds and indexes with Pagefind; it calls this script)
# Env:    RUNS=3 PER_LANG=3 LANGS=vi,en,zh,ko,ja QUERIES=bench/search/queries.tsv CHROME_PATH=/usr/bin/chromium
#         SHOTS=DIR (screenshots of the first query per language, both engines)
#
# puppeteer-core comes from bench/lighthouse/node_modules (locked with Lighthouse, npm ci on first use);
# the browser is Debian's Chromium, never a download. The output is served by bench/serve-output.py
# (precompressed .br, the CDN's headers) on a free loopback port.
set -euo pipefail
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$SCRIPT_DIR/.." && pwd)"
OUT="${1:-$REPO/bench/work/search/output}"
QUERIES="${QUERIES:-$SCRIPT_DIR/search/queries.tsv}"
LANGS="${LANGS:-vi,en,zh,ko,ja}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

[ -x "$CHROME_PATH" ] || { echo "Chromium is missing: apt-get install -y chromium" >&2; exit 2; }
command -v node >/dev/null || { echo "Node.js is missing: apt-get install -y nodejs npm" >&2; exit 2; }
[ -f "$OUT/pagefind/pagefind.js" ] || { echo "no Pagefind index in $OUT: run bash bench/search.sh first" >&2; exit 2; }
if [ ! -f "$SCRIPT_DIR/lighthouse/node_modules/.package-lock.json" ]; then
  (cd "$SCRIPT_DIR/lighthouse" && npm ci --no-audit --no-fund --loglevel=error)
fi

# Pagefind's WebAssembly needs
# 'wasm-unsafe-eval', which the site's CSP does not grant: a site deploying Pagefind would add it, so the
# bench output gets that CSP for /pagefind/ and the Pagefind copies of the search page (later rules win).
sed -i '/^# bench\/search-phone.sh/,$d' "$OUT/_headers"   # this block is written last; rewritten on each run
{
  csp="$(grep -m1 -i '^ *Content-Security-Policy:' "$OUT/_headers" | sed -e "s/script-src 'self'/script-src 'self' 'wasm-unsafe-eval'/" -e 's/^ *//')"
  [ -n "$csp" ] || { echo "no Content-Security-Policy in $OUT/_headers" >&2; exit 1; }
  { echo "# bench/search-phone.sh: Pagefind needs 'wasm-unsafe-eval'"
    echo "/pagefind/*"; echo "  $csp"
    for l in vi en zh ko ja; do echo "/$l/search-pagefind/*"; echo "  $csp"; done; } >>"$OUT/_headers"
}

PORT="${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
python3 "$SCRIPT_DIR/serve-output.py" "$OUT" "$PORT" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/vi/search/" 2>/dev/null && break
  sleep 0.1
done
kill -0 "$SERVER" 2>/dev/null || { echo "bench/serve-output.py did not start on port $PORT (taken?)" >&2; exit 1; }

echo "phone profile, load average $(cut -d' ' -f1-3 /proc/loadavg)"
node "$SCRIPT_DIR/search/phone.mjs" "$OUT" "http://127.0.0.1:$PORT" "$QUERIES" "$LANGS"
