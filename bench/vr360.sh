#!/usr/bin/env bash
# Panorama tiling benchmark: `showcase vr360 tile` on deterministic synthetic equirects
# (bench/PanoGen.java: sky/ground gradient, 10° grid, multi-octave noise; JPEG Q90) of
# 8192 × 4096 and 16384 × 8192, against the targets of issue 4 (≤ 2.8 s and ≤ 10 s wall on the
# 2-core machine, ≤ 600 MiB peak RSS at 16K). When `vips` is installed, `vips dzsave` of the same
# flat equirect (512 px tiles, Q75, no cube projection) is timed too, as a codec-bound reference.
#
# `bash bench/vr360.sh halls` instead times the default exhibition's three halls: a whole
# `showcase build` of the default site with .cache/vr360 emptied (halls laid out, rendered and
# tiled) against the same build with the halls cached; the build's own timing line gives the
# exhibition phase alone (target of issue 4: ≤ 5 s for the three halls).
#
# Usage:  bash bench/vr360.sh [WIDTH...]      (default: 8192 16384)
#         bash bench/vr360.sh halls
# Env:    RUNS=3   timed runs per size; the median and the best are reported
#         FACES=1  also pass --faces
#         JAR=...  the showcase.jar to time (default: target/showcase.jar)
#         LOAD=1   keep one extra core busy (one `python3` busy loop, started before the first timed
#                  run of a size and stopped after the last) during both the tiler's and libvips'
#                  runs: the paired comparison under a reproducible load
#
# The libvips reference with the tiler's geometry is bench/vips-cube.c (one process through libvips'
# API: decode, per face `mapim` bilinear with an index map made beforehand by bench/vips-cube-maps.py,
# `dzsave` of 512 px tiles at Q75), built here when libvips-dev, a C compiler and numpy are present.
# Its runs are paired with ours (ours, libvips, ours, libvips, ...) so both see the same load, and
# the wall-time ratio of each pair is printed: ours / libvips, below 1 when ours is faster.
#
# Each run is a whole process under /usr/bin/time -v (cpu = user + sys, wall, peak RSS), output
# folder removed first (outside the timed part). Work files live in bench/work/ (git-ignored).
set -euo pipefail

RUNS="${RUNS:-3}"
case "$RUNS" in ''|*[!0-9]*|0) echo "RUNS must be a positive whole number" >&2; exit 2;; esac
WIDTHS=("$@")
[ ${#WIDTHS[@]} -gt 0 ] || WIDTHS=(8192 16384)
HALLS=0
[ "${WIDTHS[0]}" = halls ] && HALLS=1 && WIDTHS=()
for w in "${WIDTHS[@]}"; do
  case "$w" in ''|*[!0-9]*) echo "usage: $0 [WIDTH...] (whole numbers, e.g. 8192 16384)" >&2; exit 2;; esac
done

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$SCRIPT_DIR/.." && pwd)"
JAR="${JAR:-$REPO/target/showcase.jar}"   # JAR=path/to/showcase.jar to time another build (e.g. main's)
WORK="$REPO/bench/work"
EXTRA=()
[ "${FACES:-0}" = 1 ] && EXTRA+=(--faces)

command -v java >/dev/null || { echo "java is required" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is required" >&2; exit 2; }
if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time (Debian package 'time')"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y time >/dev/null 2>&1 || { $sudo apt-get update >/dev/null 2>&1 && $sudo apt-get install -y time >/dev/null; }
fi
if [ ! -f "$JAR" ]; then
  echo "== building $JAR"
  (cd "$REPO" && mvn -q -B package -DskipTests)
fi
mkdir -p "$WORK/times"

busy_jiffies() {   # non-idle CPU time of the whole machine so far
  awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9; exit}' /proc/stat
}

# once NAME I OUTDIR -- COMMAND...: timed run I of NAME
once() {
  local name="$1" i="$2" out="$3"; shift 4
  local before after
  rm -rf "$out"
  sync
  before="$(busy_jiffies)"
  if ! /usr/bin/time -v -o "$WORK/times/$name.$i" "$@" >"$WORK/times/$name.$i.log" 2>&1; then
    echo "!! $name run $i failed:" >&2; tail -n 20 "$WORK/times/$name.$i.log" >&2; return 1
  fi
  after="$(busy_jiffies)"
  echo "$(( after - before ))" > "$WORK/times/$name.$i.busy"
}

# run NAME OUTDIR -- COMMAND...: RUNS timed runs, one line each, then median and best
run() {
  local name="$1" out="$2"; shift 3
  local i
  rm -f "$WORK/times/$name".*
  for (( i = 1; i <= RUNS; i++ )); do
    once "$name" "$i" "$out" -- "$@" || return 1
  done
  summary "$name"
}

# summary NAME: the RUNS runs of NAME, one line each, then median and best
summary() {
  local name="$1"
  python3 - "$WORK/times" "$name" "$RUNS" "$(getconf CLK_TCK)" <<'PY'
import statistics, sys
d, name, runs, tck = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rows = []
for i in range(1, runs + 1):
    v = {}
    for line in open(f"{d}/{name}.{i}", encoding="utf-8", errors="replace"):
        k, _, val = line.strip().rpartition(": ")
        v[k] = val
    wall = 0.0
    for part in v["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
        wall = wall * 60 + float(part)
    cpu = float(v["User time (seconds)"]) + float(v["System time (seconds)"])
    rss = int(v["Maximum resident set size (kbytes)"]) / 1024
    other = max(0.0, int(open(f"{d}/{name}.{i}.busy").read()) / tck - cpu)
    rows.append((wall, cpu, rss, other))
    print(f"   run {i}: wall {wall:.2f} s, cpu {cpu:.2f} s, peak RSS {rss:.0f} MiB (cpu of other processes meanwhile: {other:.2f} s)")
med = [statistics.median(c) for c in zip(*rows)]
best = min(rows)
print(f"   {name}: median wall {med[0]:.2f} s, cpu {med[1]:.2f} s, peak RSS {med[2]:.0f} MiB; best wall {best[0]:.2f} s (cpu {best[1]:.2f} s)")
PY
}

read -r LOAD1 _ < /proc/loadavg
if python3 -c "import sys; sys.exit(0 if $LOAD1 > 0.5 else 1)"; then
  echo "warning: load average is $LOAD1 before starting; other work on this machine will skew the figures" >&2
fi
echo "== $(nproc) cores, $(java -version 2>&1 | head -1), runs per size: $RUNS"
if [ "$HALLS" = 1 ]; then
  SITE="$WORK/halls-site"
  rm -rf "$SITE"; mkdir -p "$SITE/.cache"
  for d in content templates assets vr360; do cp -al "$REPO/$d" "$SITE/$d"; done
  cp "$REPO/site.yaml" "$SITE/"
  # the pictures' variants come from the repository's image cache (not what is measured here)
  [ -d "$REPO/.cache/images" ] && cp -al "$REPO/.cache/images" "$SITE/.cache/images"
  echo "== warm-up build (image variants, class-data archive)"
  java -jar "$JAR" build --site "$SITE" >/dev/null
  for mode in cold warm; do
    rm -f "$WORK/times/halls-$mode".*
    for (( i = 1; i <= RUNS; i++ )); do
      [ "$mode" = cold ] && rm -rf "$SITE/.cache/vr360"
      sync
      SHOWCASE_TIMING=1 /usr/bin/time -v -o "$WORK/times/halls-$mode.$i" java -jar "$JAR" build --site "$SITE" \
        >"$WORK/times/halls-$mode.$i.log" 2>&1
      phase="$(awk '/timing: exhibition/{print $3}' "$WORK/times/halls-$mode.$i.log")"
      wall="$(awk -F': ' '/Elapsed/{print $2}' "$WORK/times/halls-$mode.$i")"
      cpu="$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{printf "%.2f", u+s}' "$WORK/times/halls-$mode.$i")"
      rss="$(awk -F': ' '/Maximum resident/{printf "%.0f", $2/1024}' "$WORK/times/halls-$mode.$i")"
      echo "   $mode run $i: exhibition phase ${phase} ms; whole build wall $wall, cpu $cpu s, peak RSS $rss MiB"
    done
  done
  echo "   $(find "$SITE/output/vr360/tiles" -type f | wc -l) tile files, $(du -sm "$SITE/output/vr360/tiles" | cut -f1) MiB"
  exit 0
fi
# one untimed run on a small panorama writes the class-data archive next to the jar (first use of a jar)
[ -f "$WORK/pano-2048.jpg" ] || java "$SCRIPT_DIR/PanoGen.java" 2048 "$WORK/pano-2048.jpg"
rm -rf "$WORK/tiles-warmup"
java -jar "$JAR" vr360 tile "$WORK/pano-2048.jpg" --out "$WORK/tiles-warmup" >/dev/null

# the libvips reference with the same geometry (see the top of this file), when it can be built
CUBE=""
if command -v vips >/dev/null && command -v cc >/dev/null && pkg-config --exists vips 2>/dev/null \
    && python3 -c "import numpy" 2>/dev/null; then
  CUBE="$WORK/vips-cube"
  if [ ! -x "$CUBE" ] || [ "$SCRIPT_DIR/vips-cube.c" -nt "$CUBE" ]; then
    # shellcheck disable=SC2046
    cc -O2 -o "$CUBE" "$SCRIPT_DIR/vips-cube.c" $(pkg-config --cflags --libs vips)
  fi
else
  echo "note: no paired libvips reference (needs vips, libvips-dev, cc and python3-numpy)" >&2
fi

LOADPID=""
stop_load() { [ -z "$LOADPID" ] || kill "$LOADPID" 2>/dev/null || true; LOADPID=""; }
trap stop_load EXIT

for w in "${WIDTHS[@]}"; do
  pano="$WORK/pano-$w.jpg"
  if [ ! -f "$pano" ]; then
    echo "== generating $pano"
    java -Xmx$(( w * w * 3 / 2 / 1048576 + 512 ))m "$SCRIPT_DIR/PanoGen.java" "$w" "$pano"
  fi
  maps="$WORK/vmaps-$w"
  if [ -n "$CUBE" ] && [ ! -f "$maps/bottom.v" ]; then
    echo "== index maps for the libvips reference ($maps, made once)"
    # the tiler's face size for 512 px tiles (TilePyramid.forWidth): 512 × the largest power of two
    # n ≤ 16 with 512 × n × π ≤ width
    face=$(python3 -c "import math
n = 1
while n < 16 and 512 * n * 2 * math.pi <= $w: n *= 2
print(512 * n)")
    mkdir -p "$maps"
    python3 "$SCRIPT_DIR/vips-cube-maps.py" "$w" "$face" "$maps"
    for f in front right back left top bottom; do
      vips rawload "$maps/$f.raw" "$maps/$f.v" "$face" "$face" 2 --format float && rm "$maps/$f.raw"
    done
  fi
  if [ "${LOAD:-0}" = 1 ]; then
    python3 -c 'while True: pass' &
    LOADPID=$!
    echo "== LOAD=1: one busy process ($LOADPID) keeps a core busy during the runs below"
  fi
  echo "== showcase vr360 tile ${EXTRA[*]:-} $(basename "$pano") ($(( $(stat -c %s "$pano") / 1048576 )) MiB JPEG)${CUBE:+, paired with libvips (bench/vips-cube.c)}"
  rm -f "$WORK/times/tile-$w".* "$WORK/times/vipscube-$w".*
  for (( i = 1; i <= RUNS; i++ )); do
    once "tile-$w" "$i" "$WORK/tiles-$w" -- java -jar "$JAR" vr360 tile "$pano" --out "$WORK/tiles-$w" "${EXTRA[@]}"
    if [ -n "$CUBE" ]; then
      once "vipscube-$w" "$i" "$WORK/vcube-$w" -- "$CUBE" "$pano" "$maps" "$WORK/vcube-$w"
    fi
  done
  summary "tile-$w"
  echo "   $(find "$WORK/tiles-$w" -type f | wc -l) files, $(du -sm "$WORK/tiles-$w" | cut -f1) MiB"
  if [ -n "$CUBE" ]; then
    echo "== libvips, same geometry (bench/vips-cube.c: mapim bilinear + dzsave, 512 px tiles, Q75): $(vips --version)"
    summary "vipscube-$w"
    echo "   $(find "$WORK/vcube-$w" -name '*.jpg' | wc -l) tiles, $(du -sm "$WORK/vcube-$w" | cut -f1) MiB"
    python3 - "$WORK/times" "$w" "$RUNS" <<'PY'
import statistics, sys
d, w, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
def wall(name, i):
    for line in open(f"{d}/{name}-{w}.{i}", encoding="utf-8", errors="replace"):
        k, _, val = line.strip().rpartition(": ")
        if k.startswith("Elapsed (wall clock)"):
            t = 0.0
            for part in val.split(":"):
                t = t * 60 + float(part)
            return t
ratios = [wall("tile", i) / wall("vipscube", i) for i in range(1, runs + 1)]
med = statistics.median(ratios)
print(f"   paired wall ratio ours / libvips: {', '.join(f'{r:.2f}' for r in ratios)}; median {med:.2f}"
      f" ({'ours no slower' if med <= 1 else 'ours slower'})")
PY
  fi
  if command -v vips >/dev/null; then
    echo "== vips dzsave (flat equirect, 512 px tiles, Q75, no projection): $(vips --version)"
    run "vips-$w" "$WORK/vips-$w" -- vips dzsave "$pano" "$WORK/vips-$w" --layout google --tile-size 512 --overlap 0 --suffix ".jpg[Q=75]"
  fi
  stop_load
done
