#!/usr/bin/env bash
# Site-build benchmark: our generator (target/showcase.jar) against Hugo on the shared
# synthetic corpus (../shared/bench/gen_corpus.py): N pages per language x 5 languages
# (vi, en, zh, ko, ja), i.e. 10,000 content pages for the default N=2000.
#
# Usage:  bash bench/site-build.sh [N]          (from the repo root, or from anywhere)
# Env:    RUNS=3        timed runs per measurement; the median of each figure is reported
#         ONLY=hugo|showcase   run just one tool
#         JAVA_OPTS=... extra JVM flags for our generator (none by default)
#         SCALES="200 2000 10000"   how cost grows: for each N, Hugo --minify and our site as shipped
#                      (cold and warm), one table of cpu, wall, peak RSS and output files per size
# Prints, for the site as shipped (cdn: true, cold and warm) and with cdn: false (cold and warm),
# our figures next to `hugo` and `hugo --minify` on the same words.
#
# Each build is timed as a whole process with /usr/bin/time -v (cpu = user+sys, wall, peak RSS).
# Every run is a full build: the output directory and the tools' caches are removed first
# (outside the timed part). Work files live in bench/work/ (git-ignored).
#
# Outputs are not deleted between runs but moved to bench/work/trash/ and deleted when the script
# ends: on this machine's file system (ext4 without a journal) creating a file after tens of
# thousands were deleted in the last minutes makes the kernel skip every recently freed inode
# (find_inode_bit -> recently_deleted), which `perf` showed as 10-20 s of system time in a
# 43,000-file build that ran right after `rm -rf` of the previous output. Both tools paid it in
# proportion to the square of the files they write; it measures the benchmark's own clean-up.
set -euo pipefail

N="${1:-2000}"
RUNS="${RUNS:-3}"
ONLY="${ONLY:-}"
case "$N" in ''|*[!0-9]*) echo "usage: $0 [N pages per language, default 2000]" >&2; exit 2;; esac
case "$RUNS" in ''|*[!0-9]*|0) echo "RUNS must be a positive whole number" >&2; exit 2;; esac

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$SCRIPT_DIR/.." && pwd)"
GEN="$REPO/../shared/bench/gen_corpus.py"
JAR="$REPO/target/showcase.jar"
WORK="$REPO/bench/work"
LANGS=(vi en zh ko ja)
PAGES=$(( N * ${#LANGS[@]} ))

[ -f "$GEN" ] || { echo "corpus generator not found: $GEN" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is required" >&2; exit 2; }

apt_install() {   # apt_install PACKAGE... (runs apt-get update once if the first try fails)
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y "$@" >/dev/null 2>&1 \
    || { $sudo apt-get update >/dev/null 2>&1 && $sudo apt-get install -y "$@" >/dev/null; }
}
if [ ! -x /usr/bin/time ]; then echo "installing GNU time (Debian package 'time')"; apt_install time; fi

mkdir -p "$WORK"
TRASH="$WORK/trash"
mkdir -p "$TRASH"
# trash PATH...: moves away what a run must not find (see above); emptied when the script ends
trash() {
  local p
  for p in "$@"; do
    if [ -e "$p" ]; then mv "$p" "$TRASH/$(date +%s%N)-$RANDOM"; fi
  done
}
if [ -z "${SCALE_CHILD:-}" ]; then trap 'rm -rf "$TRASH"' EXIT; fi

# ---------------------------------------------------------------- how cost grows (SCALES)
if [ -n "${SCALES:-}" ] && [ -z "${SCALE_CHILD:-}" ]; then
  ROWS="$WORK/scale-rows.tsv"
  : > "$ROWS"
  for n in $SCALES; do
    SCALE_CHILD=1 SCALE_ROWS="$ROWS" RUNS="${RUNS:-1}" bash "${BASH_SOURCE[0]}" "$n"
  done
  echo
  echo "== how cost grows (median of ${RUNS:-1} runs each; per page = per content page)"
  printf '| %-13s | %-34s | %7s | %7s | %8s | %12s | %7s | %13s |
' "content pages" build cpu-s wall-s "RSS MiB" "output files" "ms cpu/page" "files/page"
  printf '|%s|
' "---------------|------------------------------------|---------|---------|----------|--------------|---------|---------------"
  while IFS=$'\t' read -r pages name cpu wall rss files; do
    printf '| %13s | %-34s | %7s | %7s | %8s | %12s | %7s | %13s |
' "$pages" "$name" "$cpu" "$wall" "$rss" "$files" \
      "$(python3 -c "print(f'{1000 * $cpu / $pages:.2f}')")" "$(python3 -c "print(f'{$files / $pages:.2f}')")"
  done < "$ROWS"
  exit 0
fi

read -r LOAD1 _ < /proc/loadavg
if python3 -c "import sys; sys.exit(0 if $LOAD1 > 0.5 else 1)"; then
  echo "warning: load average is $LOAD1 before starting; other work on this machine will skew the figures" >&2
fi

# ---------------------------------------------------------------- corpora
echo "== generating corpora (N=$N per language, $PAGES content pages) in $WORK"
python3 "$GEN" --n "$N" --out "$WORK/corpus-md" --links md
python3 "$GEN" --n "$N" --out "$WORK/corpus-html" --links html
python3 "$GEN" --n "$N" --out "$WORK/corpus-empty" --empty

# ---------------------------------------------------------------- our site folders
make_our_site() {   # make_our_site CORPUS DEST
  local corpus="$1" dest="$2"
  rm -rf "$dest"; mkdir -p "$dest/assets"
  cp -r "$corpus/hugo/content" "$dest/content"
  cp -r "$corpus/hugo/static/images" "$dest/assets/images"
  cp -r "$corpus/hugo/static/css" "$dest/assets/css"
  if [ -d "$REPO/templates" ]; then
    cp -r "$REPO/templates" "$dest/templates"
  else
    echo "warning: $REPO/templates does not exist; the site has no templates/ folder" >&2
  fi
  # cdn: false — Hugo's build below neither minifies nor precompresses; the CDN stage is
  # measured separately (showcase-cdn).
  cat > "$dest/site.yaml" <<'YAML'
baseUrl: "https://bench.example"
defaultLanguage: vi
languages: [vi, en, zh, ko, ja]
cdn: false
YAML
}

# ---------------------------------------------------------------- Hugo site folders
make_hugo_site() {   # make_hugo_site CORPUS DEST
  local corpus="$1" dest="$2"
  rm -rf "$dest"; mkdir -p "$dest/layouts/_default" "$dest/i18n"
  cp -r "$corpus/hugo/content" "$dest/content"
  cp -r "$corpus/hugo/static" "$dest/static"
  cat > "$dest/hugo.toml" <<'TOML'
baseURL = "https://bench.example/"
title = "Bench"
defaultContentLanguage = "vi"
defaultContentLanguageInSubdir = true
uglyURLs = true
enableRobotsTXT = false
# Default outputs are kept: HTML for every page, RSS for home/section/taxonomy/term, sitemaps.
[taxonomies]
  tag = "tags"
[languages]
  [languages.vi]
    languageName = "Tiếng Việt"
    contentDir = "content/vi"
    weight = 1
  [languages.en]
    languageName = "English"
    contentDir = "content/en"
    weight = 2
  [languages.zh]
    languageName = "中文"
    contentDir = "content/zh"
    weight = 3
  [languages.ko]
    languageName = "한국어"
    contentDir = "content/ko"
    weight = 4
  [languages.ja]
    languageName = "日本語"
    contentDir = "content/ja"
    weight = 5
TOML
  local l t
  for l in "${LANGS[@]}"; do
    case "$l" in vi) t="Thẻ";; en) t="Tags";; zh) t="标签";; ko) t="태그";; ja) t="タグ";; esac
    printf 'tags:\n  other: "%s"\n' "$t" > "$dest/i18n/$l.yaml"
  done
  cat > "$dest/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ .Site.Title }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Lang }}" href="{{ .Permalink }}">
{{ end }}<link rel="stylesheet" href="{{ "css/site.css" | absURL }}">
</head>
<body>
<header>
<nav><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a></nav>
<nav class="languages">{{ range .AllTranslations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Lang }}" lang="{{ .Lang }}"{{ if eq .Lang $.Lang }} aria-current="true"{{ end }}>{{ .Language.LanguageName }}</a> {{ end }}</nav>
</header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
HTML
  cat > "$dest/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time></p>
{{ with .GetTerms "tags" }}<ul class="tags" aria-label="{{ i18n "tags" }}">{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
{{ .Content }}
</article>{{ end }}
HTML
  cat > "$dest/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ if not .Date.IsZero }} <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time>{{ end }}</li>
{{ end }}</ul>{{ end }}
HTML
}

# ---------------------------------------------------------------- timing
# measure NAME OUTDIR CLEAN_CMD -- COMMAND...   runs RUNS times, writes $WORK/times/NAME.<i>
measure() {
  local name="$1" out="$2" clean="$3"; shift 4
  local i
  mkdir -p "$WORK/times"; rm -f "$WORK/times/$name".*
  for (( i = 1; i <= RUNS; i++ )); do
    eval "$clean"
    sync
    busy_before="$(busy_jiffies)"
    if ! /usr/bin/time -v -o "$WORK/times/$name.$i" "$@" >"$WORK/times/$name.$i.log" 2>&1; then
      echo "!! $name run $i failed; last lines of its output:" >&2
      tail -n 20 "$WORK/times/$name.$i.log" >&2
      return 1
    fi
    busy_after="$(busy_jiffies)"
    find "$out" -type f -name '*.html' | wc -l > "$WORK/times/$name.$i.html"
    find "$out" -type f | wc -l > "$WORK/times/$name.$i.files"
    local html cpu wall rss other
    read -r html cpu wall rss <<<"$(summarise "$name" "$i")"
    # CPU time the whole machine spent during the run minus the measured process: other work.
    other="$(python3 -c "print(f'{max(0.0, ($busy_after - $busy_before) / $(getconf CLK_TCK) - $cpu):.2f}')")"
    printf '   run %d: html files %s, cpu %s s, wall %s s, peak RSS %s MiB (cpu used by other processes meanwhile: %s s)\n' \
      "$i" "$html" "$cpu" "$wall" "$rss" "$other"
  done
}

busy_jiffies() {   # non-idle CPU time of the whole machine so far (user nice system irq softirq steal)
  awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9; exit}' /proc/stat
}

summarise() {   # summarise NAME [RUN]: "html cpu wall rss_mib" (median over runs when RUN is omitted)
  python3 - "$WORK/times" "$1" "${2:-}" <<'PY'
import glob, statistics, sys
d, name, run = sys.argv[1], sys.argv[2], sys.argv[3]
def parse(path):
    v = {}
    for line in open(path, encoding="utf-8", errors="replace"):
        k, _, val = line.strip().rpartition(": ")
        v[k] = val
    wall = 0.0
    for part in v["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
        wall = wall * 60 + float(part)
    cpu = float(v["User time (seconds)"]) + float(v["System time (seconds)"])
    rss = int(v["Maximum resident set size (kbytes)"]) / 1024
    html = int(open(path + ".html").read())
    return html, cpu, wall, rss
files = [f"{d}/{name}.{run}"] if run else sorted(f for f in glob.glob(f"{d}/{name}.*") if f.rsplit(".", 1)[1].isdigit())
rows = [parse(f) for f in files]
med = [statistics.median(col) for col in zip(*rows)]
print(f"{int(med[0])} {med[1]:.2f} {med[2]:.2f} {med[3]:.0f}")
PY
}

declare -A VERSION
RESULTS=()

# ---------------------------------------------------------------- Hugo
# scale_row NAME LABEL: appends the median figures of NAME's runs to the SCALES table
scale_row() {
  local html cpu wall rss files
  read -r html cpu wall rss <<<"$(summarise "$1")"
  files="$(cat "$WORK/times/$1".*.files | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}')"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$PAGES" "$2" "$cpu" "$wall" "$rss" "$files" >> "$SCALE_ROWS"
}

run_hugo() {
  if ! command -v hugo >/dev/null; then echo "installing Hugo (Debian package 'hugo')"; apt_install hugo; fi
  VERSION[hugo]="$(hugo version | awk '{print $2}' | sed 's/^v//; s/+.*//')"
  echo "== Hugo ${VERSION[hugo]}"
  make_hugo_site "$WORK/corpus-html" "$WORK/hugo/site"
  make_hugo_site "$WORK/corpus-empty" "$WORK/hugo/site-empty"
  local s
  for s in site site-empty; do
    [ -z "${SCALE_CHILD:-}" ] || continue
    local dir="$WORK/hugo/$s" out="$WORK/hugo/public-$s" cache="$WORK/hugo/cache-$s"
    local clean="trash '$out' '$cache' '$dir/resources' '$dir/.hugo_build.lock'"
    echo "-- hugo $s"
    measure "hugo-$s" "$out" "$clean" -- \
      hugo --source "$dir" --destination "$out" --cacheDir "$cache" --quiet
  done
  # --minify: Hugo's nearest to our site as shipped (the CDN stage minifies; Hugo writes no .br/.gz twins)
  local dir="$WORK/hugo/site" out="$WORK/hugo/public-site-minify" cache="$WORK/hugo/cache-site-minify"
  echo "-- hugo --minify site"
  measure "hugo-minify" "$out" "trash '$out' '$cache' '$dir/resources' '$dir/.hugo_build.lock'" -- \
    hugo --minify --source "$dir" --destination "$out" --cacheDir "$cache" --quiet
  [ -z "${SCALE_CHILD:-}" ] || scale_row hugo-minify "hugo ${VERSION[hugo]} --minify"
  RESULTS+=(hugo)
}

# ---------------------------------------------------------------- our generator
run_showcase() {
  if [ ! -f "$JAR" ]; then
    echo "== showcase: SKIPPED — $JAR does not exist yet (build it with 'mvn -q package', then rerun; ONLY=showcase runs just this part)"
    return 0
  fi
  command -v java >/dev/null || { echo "java is required for $JAR" >&2; exit 2; }
  local v
  v="$(timeout 60 java -jar "$JAR" --version 2>/dev/null | head -n 1 || true)"
  [ -n "$v" ] || v="$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$REPO/pom.xml" | head -n 1)"
  VERSION[showcase]="$v"
  echo "== showcase ${VERSION[showcase]} ($(java -version 2>&1 | head -n 1))"
  make_our_site "$WORK/corpus-md" "$WORK/showcase/site"
  make_our_site "$WORK/corpus-empty" "$WORK/showcase/site-empty"
  local s
  for s in site site-empty; do
    [ -z "${SCALE_CHILD:-}" ] || continue
    local dir="$WORK/showcase/$s" out="$WORK/showcase/public-$s"
    local clean="trash '$out' '$out'.* '$dir/.cache' '$dir/output'"
    echo "-- showcase $s (cold: no .cache/)"
    # shellcheck disable=SC2086
    measure "showcase-$s" "$out" "$clean" -- \
      java ${JAVA_OPTS:-} -jar "$JAR" build --site "$dir" --output "$out"
  done
  # Warm: .cache/ kept from the previous run (the Markdown cache), output removed: a rebuild
  # after a change that touched no page, as CI with a kept .cache/ does it.
  local dir="$WORK/showcase/site" out="$WORK/showcase/public-site"
  if [ -z "${SCALE_CHILD:-}" ]; then
    echo "-- showcase site, warm .cache/"
    # shellcheck disable=SC2086
    measure "showcase-warm" "$out" "trash '$out' '$out'.*" -- \
      java ${JAVA_OPTS:-} -jar "$JAR" build --site "$dir" --output "$out"
  fi
  # The same build with the CDN stage on (fingerprints, minification, .br/.gz, manifest).
  sed -i 's/^cdn: false$/cdn: true/' "$dir/site.yaml"
  echo "-- showcase site with the CDN stage (cold)"
  # shellcheck disable=SC2086
  measure "showcase-cdn" "$out" "trash '$out' '$out'.* '$dir/.cache'" -- \
    java ${JAVA_OPTS:-} -jar "$JAR" build --site "$dir" --output "$out"
  # As shipped, warm: .cache/ kept (Markdown, minified CSS/JS, and the pages' .br/.gz twins by content hash).
  echo "-- showcase site with the CDN stage, warm .cache/"
  # shellcheck disable=SC2086
  measure "showcase-cdn-warm" "$out" "trash '$out' '$out'.*" -- \
    java ${JAVA_OPTS:-} -jar "$JAR" build --site "$dir" --output "$out"
  sed -i 's/^cdn: true$/cdn: false/' "$dir/site.yaml"
  if [ -n "${SCALE_CHILD:-}" ]; then
    scale_row showcase-cdn "showcase as shipped, cold"
    scale_row showcase-cdn-warm "showcase as shipped, warm .cache/"
  fi
  RESULTS+=(showcase)
}

[ "$ONLY" = showcase ] || run_hugo
[ "$ONLY" = hugo ] || run_showcase
[ -z "${SCALE_CHILD:-}" ] || exit 0

# ---------------------------------------------------------------- report
echo
echo "== results: median of $RUNS runs; machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "   content pages = $PAGES ($N per language x ${#LANGS[@]}); pages/cpu-s = content pages / cpu-s;"
echo "   'html files' counts every .html written (content, lists, taxonomy and term pages, redirects)"
echo
printf '| %-8s | %-10s | %-13s | %-10s | %6s | %6s | %13s | %11s | %15s | %14s |\n' \
  tool version "content pages" "html files" cpu-s wall-s "peak RSS MiB" pages/cpu-s "empty site cpu-s" "empty site wall-s"
printf '|%s|\n' "----------|------------|---------------|------------|--------|--------|---------------|-------------|------------------|-------------------"
for t in "${RESULTS[@]}"; do
  read -r html cpu wall rss <<<"$(summarise "$t-site")"
  read -r _ ecpu ewall _ <<<"$(summarise "$t-site-empty")"
  pps="$(python3 -c "print(round($PAGES / $cpu))")"
  printf '| %-8s | %-10s | %13s | %10s | %6s | %6s | %13s | %11s | %16s | %17s |\n' \
    "$t" "${VERSION[$t]}" "$PAGES" "$html" "$cpu" "$wall" "$rss" "$pps" "$ecpu" "$ewall"
done
[ -f "$JAR" ] || echo "| showcase | —          | pending (target/showcase.jar not built yet) |"
if [[ " ${RESULTS[*]} " == *" hugo "* ]]; then
  echo
  read -r html cpu wall rss <<<"$(summarise "hugo-minify")"
  printf 'hugo --minify   : html files %s, cpu %s s, wall %s s, peak RSS %s MiB, %s pages/cpu-s (compare with showcase cdn / cdn-warm)\n' \
    "$html" "$cpu" "$wall" "$rss" "$(python3 -c "print(round($PAGES / $cpu))")"
fi
if [ -f "$JAR" ] && [[ " ${RESULTS[*]} " == *" showcase "* ]]; then
  echo
  for v in warm cdn cdn-warm; do
    read -r html cpu wall rss <<<"$(summarise "showcase-$v")"
    pps="$(python3 -c "print(round($PAGES / $cpu))")"
    printf 'showcase %-8s: html files %s, cpu %s s, wall %s s, peak RSS %s MiB, %s pages/cpu-s\n' "$v" "$html" "$cpu" "$wall" "$rss" "$pps"
  done
fi
