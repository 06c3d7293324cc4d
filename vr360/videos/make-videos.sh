#!/usr/bin/env bash
# Makes the default exhibition's three wall videos (MP4 + poster JPEG) from the generated
# illustrations, with slow Ken Burns moves. The outputs are committed content: run this only
# when a video should change, then commit what it wrote. The .vtt captions beside them are
# written by hand (five languages) and timed to these cuts: keep them in step.
#
# Needs: Debian's ffmpeg (apt-get install -y ffmpeg), fonts-dejavu and fonts-noto-cjk for the
# title card, and the illustrations in assets/photos/illustrations (drawn by the Maven build,
# or: java -cp target/classes:CP vn.haiphong.showcase.illustrations.IllustrationGenerator assets/photos/illustrations).
#
# Deterministic: one encoder thread, bit-exact muxing, no metadata, fixed frame counts; the same
# ffmpeg/x264 and fonts give the same bytes. Each video: 960x540, 25 fps, H.264 Main, yuv420p,
# +faststart, no audio, under 1 MB; each poster: a 960x540 frame under 100 KB.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
ill="$root/assets/photos/illustrations"
W=960
H=540
FPS=25

command -v ffmpeg >/dev/null || { echo "make-videos: needs ffmpeg (Debian: apt-get install -y ffmpeg)" >&2; exit 1; }
for f in port-02 tourism-01 culture-01; do
    [ -f "$ill/$f.jpg" ] || { echo "make-videos: $ill/$f.jpg is missing; draw the illustrations first (mvn -o process-classes)" >&2; exit 1; }
done
font() { fc-match -f '%{file}' "$1"; }
latin=$(font "DejaVu Sans:bold")
cjk=$(font "Noto Sans CJK SC:bold")

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

# 1. A loaded container ship heads out at sunset (port-02): a slow pull-back, drifting right.
ffmpeg -loglevel error -y -loop 1 -framerate $FPS -i "$ill/port-02.jpg" \
    -vf "$(kenburns port-02 10 0.55 '1.35-0.25*t' '0.15+0.55*t' '0.6')" -frames:v $((10 * FPS)) \
    "${encode[@]}" "$here/container-ship.mp4"
poster "$here/container-ship.mp4" 6 "$here/container-ship.jpg"

# 2. Lan Ha Bay: limestone islands, junks and kayaks (tourism-01), a slow pan left to right.
ffmpeg -loglevel error -y -loop 1 -framerate $FPS -i "$ill/tourism-01.jpg" \
    -vf "$(kenburns tourism-01 12 0.5 '1.25+0.05*t' '0.05+0.9*t' '0.45')" -frames:v $((12 * FPS)) \
    "${encode[@]}" "$here/lan-ha-bay.mp4"
poster "$here/lan-ha-bay.mp4" 5 "$here/lan-ha-bay.jpg"

# 3. A title card, then fireworks and lanterns over the water (culture-01), zooming in slowly.
ffmpeg -loglevel error -y \
    -f lavfi -i "color=c=0x120826:s=${W}x${H}:r=$FPS:d=3.5" \
    -loop 1 -framerate $FPS -i "$ill/culture-01.jpg" \
    -filter_complex "[0]drawtext=fontfile=$latin:text='HẢI PHÒNG':fontsize=72:fontcolor=0xffe5b4:x=(w-tw)/2:y=h*0.3,\
drawtext=fontfile=$cjk:text='Hai Phong · 海防 · 하이퐁 · ハイフォン':fontsize=30:fontcolor=0xffd6e0:x=(w-tw)/2:y=h*0.58,\
drawbox=x=iw*0.4:y=ih*0.52:w=iw*0.2:h=2:color=0xff7b00:t=fill,fade=t=in:st=0:d=0.8,format=yuv420p,setsar=1[card];\
[1]$(kenburns culture-01 9 0.35 '1.05+0.2*t' '0.5' '0.35')[show];\
[card][show]xfade=transition=fade:duration=1:offset=2.5,fade=t=out:st=10.3:d=0.7[v]" \
    -map "[v]" -frames:v $((23 * FPS / 2)) "${encode[@]}" "$here/fireworks.mp4"
poster "$here/fireworks.mp4" 7 "$here/fireworks.jpg"

for f in "$here"/*.mp4 "$here"/*.jpg; do
    printf '%-20s %8d bytes\n' "$(basename "$f")" "$(stat -c %s "$f")"
done
