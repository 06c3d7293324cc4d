#!/usr/bin/env bash
# Renders assets/img/og-default.jpg (1200x630), the picture shown when a page is shared
# (Open Graph / Twitter card), from the site's own drawings (harbour skyline, flamboyant
# branch, city flower) with Chromium, then to JPEG with the JDK. No text, so one image serves all five languages. Needs Debian's
# chromium. Run it again after changing those drawings, and commit the JPEG.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp assets/img/harbour-skyline.svg assets/img/flamboyant.svg assets/favicon.svg "$tmp/"
cat > "$tmp/card.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><style>
html,body{margin:0;width:1200px;height:630px;overflow:hidden}
body{background:url(harbour-skyline.svg) bottom center/100% auto no-repeat,linear-gradient(160deg,#0b3954 0%,#104b6d 55%,#1b6f8f 100%);position:relative}
.branch{position:absolute;top:0;right:-40px;width:760px}
.mark{position:absolute;left:90px;top:170px;width:210px;height:210px;filter:drop-shadow(0 8px 24px rgba(0,0,0,.35))}
</style></head><body><img class="branch" src="flamboyant.svg" alt=""><img class="mark" src="favicon.svg" alt=""></body></html>
HTML
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$tmp/profile" --hide-scrollbars --window-size=1200,630 \
  --screenshot="$tmp/card.png" "file://$tmp/card.html" >/dev/null 2>&1
java tools/ToJpeg.java "$tmp/card.png" assets/img/og-default.jpg 0.85
echo "wrote assets/img/og-default.jpg"
