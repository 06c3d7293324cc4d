#!/usr/bin/env bash
# Image-pipeline benchmark: our build (target/showcase.jar) against libvips' `vipsthumbnail`
# producing the same variants — JPEG (Q82) and WebP (Q80) at 480, 960, 1600 and 2400 px — from
# N photos of 24 MP (6000 x 4000, default N=200).
#
# Usage:  bash bench/images.sh [N]        (needs vips: apt-get install libvips-tools)
# Env:    RUNS=3   timed runs per cold measurement (median reported)
#         ONLY=ours|vips   run just one side
#
# The photos are the default site's illustrations (mvn package draws them), enlarged to
# 6000 x 4000 by vips and flipped/cropped so that every file differs. Ours is a whole `build`
# of a one-page site whose assets/photos/ holds them (AVIF off, as vips is not asked for it);
# cold = no .cache/, warm = the same build again. vips runs one vipsthumbnail per width and
# format over all files (8 processes, so its start-up cost is negligible). Timing by
# /usr/bin/time -v: cpu = user + sys of the process and its children, peak RSS of the largest.
# Work files: bench/work/images/ (git-ignored).
set -euo pipefail

N="${1:-200}"
RUNS="${RUNS:-3}"
ONLY="${ONLY:-}"
case "$N" in ''|*[!0-9]*) echo "usage: $0 [N photos, default 200]" >&2; exit 2;; esac
command -v vips >/dev/null || { echo "vips not found: apt-get install libvips-tools" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found: apt-get install time" >&2; exit 2; }

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$REPO/target/showcase.jar"
ILL="$REPO/assets/photos/illustrations"
WORK="$REPO/bench/work/images"
[ -f "$JAR" ] && ls "$ILL"/*.jpg >/dev/null 2>&1 || { echo "run 'mvn -q -B package -DskipTests' first" >&2; exit 2; }

PHOTOS="$WORK/photos-$N"
if [ ! -f "$PHOTOS/.done" ]; then
  echo "making $N photos of 6000 x 4000 in $PHOTOS ..."
  rm -rf "$PHOTOS"; mkdir -p "$PHOTOS"
  mapfile -t SRC < <(ls "$ILL"/*.jpg | sort)
  for ((i = 0; i < N; i++)); do
    s="${SRC[$((i % ${#SRC[@]}))]}"
    t="$PHOTOS/tmp.v"
    vips thumbnail "$s" "$t" 6000 --height 4000 --size both --crop centre
    case $(( (i / ${#SRC[@]}) % 4 )) in
      0) vips copy "$t" "$PHOTOS/photo-$i.jpg[Q=90]" ;;
      1) vips flip "$t" "$PHOTOS/photo-$i.jpg[Q=90]" horizontal ;;
      2) vips flip "$t" "$PHOTOS/photo-$i.jpg[Q=90]" vertical ;;
      3) vips rot "$t" "$PHOTOS/photo-$i.jpg[Q=90]" d180 ;;
    esac
    rm -f "$t"
  done
  touch "$PHOTOS/.done"
fi

SITE="$WORK/site"
rm -rf "$SITE"; mkdir -p "$SITE/content/vi" "$SITE/assets/photos"
cp -r "$REPO/templates" "$SITE/templates"
cp -r "$REPO/assets/css" "$SITE/assets/css"
cp -r "$REPO/assets/js" "$SITE/assets/js"
cp "$REPO/assets/favicon.svg" "$SITE/assets/"
cp -l "$PHOTOS"/*.jpg "$SITE/assets/photos/" 2>/dev/null || cp "$PHOTOS"/*.jpg "$SITE/assets/photos/"
cat > "$SITE/site.yaml" <<'YAML'
baseUrl: "https://bench.example"
defaultLanguage: vi
languages: [vi]
images: {avif: false}
YAML
printf -- '---\ntitle: "Ảnh"\n---\n\n' > "$SITE/content/vi/_index.md"
for f in "$SITE"/assets/photos/*.jpg; do b=$(basename "$f"); printf '![Ảnh %s](/photos/%s)\n\n' "$b" "$b" >> "$SITE/content/vi/_index.md"; done

# runs "$@" under /usr/bin/time -v; prints "cpu wall rss_mib"
measure() {
  local log; log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log" >&2; exit 1; }
  awk -F': ' '/User time/{u=$2} /System time/{s=$2} /Elapsed \(wall/{w=$2} /Maximum resident/{r=$2}
    END{n=split(w,a,":"); wall=(n==3)?a[1]*3600+a[2]*60+a[3]:a[1]*60+a[2]; printf "%.2f %.2f %.0f\n", u+s, wall, r/1024}' "$log"
  rm -f "$log"
}
median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }

vips_run() {
  local out="$WORK/vips-out"; rm -rf "$out"; mkdir -p "$out"
  for w in 480 960 1600 2400; do
    vipsthumbnail "$PHOTOS"/photo-*.jpg -s "$w" -o "$out/%s.$w.jpg[Q=82,strip]"
    vipsthumbnail "$PHOTOS"/photo-*.jpg -s "$w" -o "$out/%s.$w.webp[Q=80,strip]"
  done
}
export -f vips_run; export PHOTOS WORK

declare -a OC=(-) OW=(-) OR=(-) VC=(-) VW=(-) VR=(-)
for ((r = 1; r <= RUNS; r++)); do
  [ "$r" -gt 1 ] || { OC=(); OW=(); OR=(); VC=(); VW=(); VR=(); }
  if [ "$ONLY" != vips ]; then
    rm -rf "$SITE/.cache" "$SITE/output"
    read -r c w m < <(measure java -jar "$JAR" build --site "$SITE"); OC+=("$c"); OW+=("$w"); OR+=("$m")
    echo "run $r: ours cold $c cpu-s $w s $m MiB"
  fi
  if [ "$ONLY" != ours ]; then
    read -r c w m < <(measure bash -c vips_run); VC+=("$c"); VW+=("$w"); VR+=("$m")
    echo "run $r: vips $c cpu-s $w s $m MiB"
  fi
done
[ ${#OC[@]} -gt 0 ] || OC=(-); [ ${#VC[@]} -gt 0 ] || { VC=(-); VW=(-); VR=(-); }
[ ${#OW[@]} -gt 0 ] || { OW=(-); OR=(-); }
wc2=-; ww2=-; wm2=-
if [ "$ONLY" != vips ]; then
  read -r wc ww wm < <(measure java -jar "$JAR" build --site "$SITE")
  read -r wc2 ww2 wm2 < <(measure java -jar "$JAR" build --site "$SITE")
fi
oc=$(printf '%s\n' "${OC[@]}" | median); ow=$(printf '%s\n' "${OW[@]}" | median); om=$(printf '%s\n' "${OR[@]}" | sort -n | tail -1)
vc=$(printf '%s\n' "${VC[@]}" | median); vw=$(printf '%s\n' "${VW[@]}" | median); vm=$(printf '%s\n' "${VR[@]}" | sort -n | tail -1)
files=$(find "$SITE/output/photos" -type f 2>/dev/null | wc -l)
echo
echo "$N photos of 24 MP -> $files files (JPEG + WebP at 480/960/1600/2400), $(nproc) cores, median of $RUNS"
printf '%-28s %10s %10s %12s\n' "" "cpu-s" "wall s" "peak MiB"
printf '%-28s %10s %10s %12s\n' "ours, cold (.cache empty)" "$oc" "$ow" "$om"
printf '%-28s %10s %10s %12s\n' "vipsthumbnail (8 passes)" "$vc" "$vw" "$vm"
printf '%-28s %10s %10s %12s\n' "ours, warm rebuild" "$wc2" "$ww2" "$wm2"
[ "$ONLY" ] || awk -v a="$oc" -v b="$vc" 'BEGIN{printf "cpu ratio ours/vips: %.2f (target <= 1.25)\n", a/b}'
