#!/usr/bin/env bash
# Makes two of the default exhibition's three wall videos (MP4 + poster JPEG) from the generated
# illustrations, with slow Ken Burns moves. The third, fireworks.mp4 (a title card, then
# fireworks over the water), was made by an earlier version of this script from illustrations
# version 2's culture-01, a fireworks scene that version 3 no longer draws (culture-01 is now
# Đồ Sơn's buffalo fighting): it is kept as committed until a new fireworks picture is drawn.
# The outputs are committed content: run this only when a video should change, then commit what
# it wrote. The .vtt captions beside them are
# written by hand (five languages) and timed to these cuts: keep them in step.
#
# Needs: Debian's ffmpeg (apt-get install -y ffmpeg) and the illustrations in
# assets/photos/illustrations (drawn by the Maven build, or: java -cp target/classes:CP vn.haiphong.showcase.illustrations.IllustrationGenerator assets/photos/illustrations).
#
# Deterministic: one encoder thread, bit-exact muxing, no metadata, fixed frame counts; the same
# ffmpeg/x264 give the same bytes. Each video: 960x540, 25 fps, H.264 Main, yuv420p,
# +faststart, no audio, under 1 MB; each poster: a 960x540 frame under 100 KB.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ill="$root/assets/photos/illustrations"
W=960
H=540
FPS=25

command -v ffmpeg >/dev/null || { echo "make-videos: needs ffmpeg (Debian: apt-get install -y ffmpeg)" >&2; exit 1; }
for f in port-02 tourism-01; do
    [ -f "$ill/$f.jpg" ] || { echo "make-videos: $ill/$f.jpg is missing; draw the illustrations first (mvn -o process-classes)" >&2; exit 1; }
done

encode=(-c:v libx264 -profile:v main -level 3.1 -preset slow -tune stillimage -crf 24 -maxrate 700k -bufsize 1400k
        -pix_fmt yuv420p -g 50 -threads 1 -x264-params "threads=1"
        -an -map_metadata -1 -map_chapters -1 -fflags +bitexact -flags:v +bitexact -movflags +faststart)

# kenburns IMAGE SECONDS CROP_Y ZOOM_EXPR X_EXPR Y_EXPR: a filter chain from one illustration.
# The picture is cropped to 16:9 (CROP_Y = 0 top .. 1 bottom), enlarged 4x the output so the
# slow move has sub-pixel steps, then zoompan walks it; t runs 0..1 over the clip.
kenburns() {
    local frames=$(( $2 * FPS ))
    local t="(on/$((frames - 1)))"
    local z=${4//t/$t} x=${5//t/$t} y=${6//t/$t}
    echo "crop=iw:iw*9/16:0:(ih-iw*9/16)*$3,scale=$((W * 4)):$((H * 4)):flags=lanczos,hqdn3d=4:3:0:0,\
zoompan=z='$z':x='(iw-iw/zoom)*($x)':y='(ih-ih/zoom)*($y)':d=$frames:s=${W}x${H}:fps=$FPS,setsar=1,format=yuv420p"
}

poster() { # poster MP4 SECONDS JPEG
    ffmpeg -loglevel error -y -ss "$2" -i "$1" -frames:v 1 -q:v 5 -map_metadata -1 -fflags +bitexact -flags:v +bitexact "$3"
}

# 1. A loaded container ship heads out to sea at dusk (port-02; its still is not hung, the film is): a slow pull-back, drifting right.
ffmpeg -loglevel error -y -loop 1 -framerate $FPS -i "$ill/port-02.jpg" \
    -vf "$(kenburns port-02 10 0.55 '1.35-0.25*t' '0.15+0.55*t' '0.6')" -frames:v $((10 * FPS)) \
    "${encode[@]}" "$here/container-ship.mp4"
poster "$here/container-ship.mp4" 6 "$here/container-ship.jpg"

# 2. Lan Ha Bay: limestone islands, a junk and kayaks (tourism-01; its still is not hung, the film is), a slow pan left to right.
ffmpeg -loglevel error -y -loop 1 -framerate $FPS -i "$ill/tourism-01.jpg" \
    -vf "$(kenburns tourism-01 12 0.5 '1.25+0.05*t' '0.05+0.9*t' '0.45')" -frames:v $((12 * FPS)) \
    "${encode[@]}" "$here/lan-ha-bay.mp4"
poster "$here/lan-ha-bay.mp4" 5 "$here/lan-ha-bay.jpg"

for f in "$here"/*.mp4 "$here"/*.jpg; do
    printf '%-20s %8d bytes\n' "$(basename "$f")" "$(stat -c %s "$f")"
done
