#!/usr/bin/env bash
# Search (issue 14): our per-language index vs Pagefind 1.6 over the same built site.
#
# Usage:  bash bench/search.sh [SITE_DIR]      (default: the project's default site; needs target/showcase.jar)
#         CORPUS=2000 bash bench/search.sh     the synthetic corpus (../shared/bench/gen_corpus.py --n 2000:
#                                              10,000 pages in 5 languages), with bench/search/corpus-queries.tsv
# Env:    LANGS=vi,en,zh,ko,ja   QUERIES=bench/search/queries.tsv   (only the default site has expected pages)
#
# 1. builds SITE_DIR with SHOWCASE_TIMING=1 into bench/work/search/output (the CDN stage on, as published),
#    noting the whole build's wall time and our index's share ("timing: search");
# 2. runs Pagefind 1.6.0 (npm, locked in bench/pagefind/package-lock.json; its Linux binary is in the
#    package) over that output, timed;
# 3. index sizes on disk: ours (/search/<lang>.<hash>/) and Pagefind's (/pagefind/);
# 4. with the query set: bench/search/compare.mjs runs both engines' own browser code under node
#    (fetch → counted file reads): recall@5 per language, bytes a first query fetches, time.
set -euo pipefail
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$SCRIPT_DIR/.." && pwd)"
SITE="${1:-$REPO}"
WORK="$REPO/bench/work/search"
JAR="$REPO/target/showcase.jar"
QUERIES="${QUERIES:-$SCRIPT_DIR/search/queries.tsv}"
LANGS="${LANGS:-vi,en,zh,ko,ja}"

[ -f "$JAR" ] || { echo "build the jar first: mvn -q -B package -DskipTests" >&2; exit 2; }
command -v node >/dev/null || { echo "Node.js is missing: apt-get install -y nodejs npm" >&2; exit 2; }
if [ ! -f "$SCRIPT_DIR/pagefind/node_modules/.package-lock.json" ]; then
  (cd "$SCRIPT_DIR/pagefind" && npm ci --no-audit --no-fund --loglevel=error)
fi
PAGEFIND="$(ls "$SCRIPT_DIR"/pagefind/node_modules/@pagefind/linux-x64/bin/pagefind_extended 2>/dev/null || true)"
[ -x "$PAGEFIND" ] || { echo "Pagefind's Linux x86-64 binary is missing under bench/pagefind/node_modules/@pagefind" >&2; exit 2; }

mkdir -p "$WORK"
if [ -n "${CORPUS:-}" ]; then
  GEN="$REPO/../shared/bench/gen_corpus.py"
  [ -f "$GEN" ] || { echo "corpus generator not found: $GEN" >&2; exit 2; }
  python3 "$GEN" --n "$CORPUS" --out "$WORK/corpus-gen" --links md >&2
  SITE="$WORK/corpus-site"
  rm -rf "$SITE"; mkdir -p "$SITE/assets"
  cp -r "$WORK/corpus-gen/hugo/content" "$SITE/content"
  cp -r "$WORK/corpus-gen/hugo/static/images" "$SITE/assets/images"
  cp -r "$WORK/corpus-gen/hugo/static/css" "$SITE/assets/css"
  cp -r "$REPO/templates" "$SITE/templates"
  printf 'baseUrl: "https://bench.example"\ndefaultLanguage: vi\nlanguages: [vi, en, zh, ko, ja]\n' > "$SITE/site.yaml"
  QUERIES="${QUERIES_CORPUS:-$SCRIPT_DIR/search/corpus-queries.tsv}"
  WORK="$WORK/corpus"; mkdir -p "$WORK"
fi
OUT="$WORK/output"
echo "building $SITE into $OUT" >&2
start=$(date +%s.%N)
(cd "$SITE" && SHOWCASE_TIMING=1 java -jar "$JAR" build --site "$SITE" --output "$OUT" 2>"$WORK/build.log" >&2) \
  || { cat "$WORK/build.log" >&2; exit 1; }
end=$(date +%s.%N)
build_s=$(echo "$end - $start" | bc)
search_line=$(grep "timing: search" "$WORK/build.log" || echo "timing: search ? ms")
echo "our build: ${build_s} s wall; $search_line"

start=$(date +%s.%N)
"$PAGEFIND" --site "$OUT" >"$WORK/pagefind.log" 2>&1 || { cat "$WORK/pagefind.log" >&2; exit 1; }
end=$(date +%s.%N)
echo "Pagefind 1.6.0: $(echo "$end - $start" | bc) s wall; $(grep -E 'Indexed [0-9]+ pages' "$WORK/pagefind.log" | tr -s ' ')"

ours_files=$(find "$OUT"/search -type f ! -name '*.gz' ! -name '*.br' | wc -l)
ours_raw=$(find "$OUT"/search -type f ! -name '*.gz' ! -name '*.br' -printf '%s\n' | awk '{s+=$1} END {printf "%.0f", s/1024}')
ours_br=$(find "$OUT"/search -type f -name '*.br' -printf '%s\n' | awk '{s+=$1} END {printf "%.0f", s/1024}')
pf_raw=$(find "$OUT"/pagefind -type f -printf '%s\n' | awk '{s+=$1} END {printf "%.0f", s/1024}')
pf_files=$(find "$OUT"/pagefind -type f | wc -l)
echo "index size: ours ${ours_raw} KB in ${ours_files} files (${ours_br} KB as brotli); Pagefind ${pf_raw} KB in ${pf_files} files (its index files are gzip already)"

if [ -f "$QUERIES" ]; then
  node "$SCRIPT_DIR/search/compare.mjs" "$OUT" "$QUERIES" "$LANGS"
fi

if [ "${PHONE:-}" = 1 ] || { [ -z "${CORPUS:-}" ] && [ "${PHONE:-}" != 0 ]; }; then
  QUERIES="$QUERIES" LANGS="$LANGS" bash "$SCRIPT_DIR/search-phone.sh" "$OUT"
fi
