#!/usr/bin/env bash
# Publish benchmark: the default site built into a copy, published to a local S3Proxy
# (127.0.0.1, filesystem backend, signatures checked), then republished with nothing changed.
# Also reports what a first visit to the home pages transfers (Brotli bodies, photos excluded).
#
# Usage:  bash bench/publish.sh            (from the repo root, after `mvn -q -B package -DskipTests`)
# Env:    RUNS=5   timed no-op republishes; the median and the worst are reported
#
# Work files live in bench/work/publish/ (git-ignored). Nothing leaves this machine.
set -euo pipefail

RUNS="${RUNS:-5}"
case "$RUNS" in ''|*[!0-9]*|0) echo "RUNS must be a positive whole number" >&2; exit 2;; esac
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$SCRIPT_DIR/.." && pwd)"
JAR="$REPO/target/showcase.jar"
S3PROXY="$REPO/target/s3proxy/s3proxy.jar"
WORK="$REPO/bench/work/publish"
PORT="${PORT:-18931}"

[ -f "$JAR" ] || { echo "build the jar first: mvn -q -B package -DskipTests" >&2; exit 2; }
[ -f "$S3PROXY" ] || (cd "$REPO" && mvn -q -B process-test-resources)
if [ ! -x /usr/bin/time ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y time >/dev/null 2>&1 || { $sudo apt-get update >/dev/null && $sudo apt-get install -y time >/dev/null; }
fi

rm -rf "$WORK" && mkdir -p "$WORK/site" "$WORK/s3/showcase"
cp -r "$REPO/content" "$REPO/templates" "$REPO/assets" "$REPO/site.yaml" "$WORK/site/"

cat > "$WORK/s3proxy.properties" <<EOF
s3proxy.endpoint=http://127.0.0.1:$PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=bench-identity
s3proxy.credential=bench-credential
jclouds.provider=filesystem
jclouds.filesystem.basedir=$WORK/s3
EOF
java -jar "$S3PROXY" --properties "$WORK/s3proxy.properties" >"$WORK/s3proxy.log" 2>&1 &
S3PID=$!
trap 'kill $S3PID 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
  sleep 0.2
done

export AWS_ACCESS_KEY_ID=bench-identity AWS_SECRET_ACCESS_KEY=bench-credential
PUBLISH=(java -jar "$JAR" publish --site "$WORK/site" --to s3://showcase/ --endpoint "http://127.0.0.1:$PORT")

echo "== build (cold caches, then warm)"
java -jar "$JAR" build --site "$WORK/site" >/dev/null    # also writes the jar's class-data archive
rm -rf "$WORK/site/.cache" "$WORK/site/output"
/usr/bin/time -f "cold build: %e s wall, %U+%S s cpu" java -jar "$JAR" build --site "$WORK/site" 2>&1 | tail -1
/usr/bin/time -f "warm build: %e s wall, %U+%S s cpu" java -jar "$JAR" build --site "$WORK/site" 2>&1 | tail -1
echo "output: $(find "$WORK/site/output" -type f | wc -l) files, $(du -sb "$WORK/site/output" | cut -f1) bytes"

echo "== first publish"
/usr/bin/time -f "first publish: %e s wall, %U+%S s cpu" "${PUBLISH[@]}" 2>&1 | grep -E "^(published|first)"

echo "== no-op republish x $RUNS"
"${PUBLISH[@]}" >/dev/null 2>&1    # writes the publish command's class-data archive
walls=()
for _ in $(seq 1 "$RUNS"); do
  /usr/bin/time -f "%e" -o "$WORK/time" "${PUBLISH[@]}" >"$WORK/last.log" 2>&1
  grep -q "published 0 files" "$WORK/last.log" || { cat "$WORK/last.log"; echo "not a no-op" >&2; exit 1; }
  walls+=("$(cat "$WORK/time")")
done
printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {printf "no-op republish: median %.2f s wall, worst %.2f s (%d runs)\n", a[int((NR+1)/2)], a[NR], NR}'

echo "== first visit (Brotli bodies as the CDN sends them; photos excluded)"
python3 - "$WORK/site/output" <<'PY'
import os, re, sys
from html.parser import HTMLParser
out = sys.argv[1]
PHOTO = re.compile(r'\.(jpe?g|webp|avif)$', re.I)

def size(rel):
    p = os.path.join(out, rel)
    return os.path.getsize(p + '.br') if os.path.exists(p + '.br') else os.path.getsize(p)

class Refs(HTMLParser):
    def __init__(self):
        super().__init__(); self.urls = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        rel = (a.get('rel') or '').split()
        if tag == 'link' and set(rel) & {'stylesheet', 'icon', 'modulepreload', 'preload', 'manifest'}:
            self.urls.append(a.get('href'))
        elif tag in ('script', 'img', 'source', 'video', 'audio', 'iframe'):
            self.urls += [a.get('src'), a.get('poster')]
            for part in (a.get('srcset') or '').split(','):
                if part.strip():
                    self.urls.append(part.split()[0])

def resolve(url, base):
    if not url or url.startswith(('data:', 'http:', 'https:', '//')):
        return None
    url = url.split('#')[0].split('?')[0]
    path = url.lstrip('/') if url.startswith('/') else os.path.normpath(os.path.join(os.path.dirname(base), url))
    if path.endswith('/') or os.path.isdir(os.path.join(out, path)):
        path = path.rstrip('/') + '/index.html'
    return path if os.path.isfile(os.path.join(out, path)) else None

for page in ['index.html', 'vi/index.html', 'en/index.html']:
    seen, todo, total, photos = set(), [page], 0, 0
    while todo:
        rel = todo.pop()
        if rel in seen:
            continue
        seen.add(rel)
        if PHOTO.search(rel):
            photos += size(rel); continue
        total += size(rel)
        text = open(os.path.join(out, rel), encoding='utf-8', errors='replace').read()
        if rel.endswith('.html'):
            p = Refs(); p.feed(text)
            todo += [r for r in (resolve(u, rel) for u in p.urls) if r]
        elif rel.endswith('.css'):
            todo += [r for r in (resolve(u.strip('\'"'), rel) for u in re.findall(r'url\(([^)]+)\)', text)) if r]
    print(f"/{page[:-10] if page.endswith('index.html') else page}: {total/1024:.1f} KB in {len(seen)} files"
          + (f" (+ {photos/1024:.1f} KB of photos)" if photos else ""))
PY
