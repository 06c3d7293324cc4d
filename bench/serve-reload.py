#!/usr/bin/env python3
"""Measures `serve`: time from saving a page to the browser's reload signal and to the new page.

Starts `java -jar target/showcase.jar serve` on a copy of a site (default: the repository's
own site), listens on the live-reload event stream like an open browser tab does, edits one
page N times and reports, per edit, the milliseconds from the file being written to (a) the
`reload` event and (b) the rebuilt page being served with the new text.

With --corpus N it runs on the benchmark corpus instead: N pages per language x 5 languages from
../shared/bench/gen_corpus.py (written once into bench/work/corpus-serve-N/, reused afterwards),
made into a site as bench/site-build.sh's make_our_site does (content/, assets/images,
assets/css, this repository's templates/, site.yaml with the five languages), and edits the
corpus page k00000 in English. It also reports the initial in-memory build (the "rebuilt" line
of serve) and the load average.

Usage: bench/serve-reload.py [--site DIR | --corpus N] [--edits 20] [--port 18080] [--jar JAR] [--log FILE]
  e.g. python3 bench/serve-reload.py --corpus 2000    (10,000 pages)
"""
import argparse, http.client, os, re, shutil, socket, statistics, subprocess, sys, tempfile, threading, time, queue

ap = argparse.ArgumentParser()
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap.add_argument("--site", default=root)
ap.add_argument("--corpus", type=int, metavar="N",
                help="run on the benchmark corpus with N pages per language (5 languages) instead of --site")
ap.add_argument("--page", help="the page to edit (default content/en/visit/cat-ba.md; with --corpus content/en/p/k00000.md)")
ap.add_argument("--url", help="its URL (default /en/visit/cat-ba/; with --corpus /en/p/k00000/)")
ap.add_argument("--edits", type=int, default=20)
ap.add_argument("--port", type=int, default=18080)
ap.add_argument("--jar", help="the showcase jar to run (default: target/showcase.jar), e.g. an older build to compare")
ap.add_argument("--log", help="also write everything serve prints (with SHOWCASE_TIMING=1: its phase timings) to this file")
a = ap.parse_args()
if a.corpus:
    a.page = a.page or "content/en/p/k00000.md"
    a.url = a.url or "/en/p/k00000/"
else:
    a.page = a.page or "content/en/visit/cat-ba.md"
    a.url = a.url or "/en/visit/cat-ba/"

work = tempfile.mkdtemp(prefix="serve-bench-")
site = os.path.join(work, "site")
if a.corpus:
    # the corpus as bench/site-build.sh's make_our_site makes it into a site
    corpus = os.path.join(root, "bench", "work", f"corpus-serve-{a.corpus}")
    if not os.path.isdir(os.path.join(corpus, "hugo", "content")):
        gen = os.path.join(root, "..", "shared", "bench", "gen_corpus.py")
        subprocess.run([sys.executable, gen, "--n", str(a.corpus), "--out", corpus, "--links", "md"], check=True)
    shutil.copytree(os.path.join(corpus, "hugo", "content"), os.path.join(site, "content"))
    shutil.copytree(os.path.join(corpus, "hugo", "static", "images"), os.path.join(site, "assets", "images"))
    shutil.copytree(os.path.join(corpus, "hugo", "static", "css"), os.path.join(site, "assets", "css"))
    shutil.copytree(os.path.join(root, "templates"), os.path.join(site, "templates"))
    with open(os.path.join(site, "site.yaml"), "w", encoding="utf-8") as f:
        f.write('baseUrl: "https://bench.example"\ndefaultLanguage: vi\nlanguages: [vi, en, zh, ko, ja]\ncdn: false\n')
else:
    shutil.copytree(a.site, site, ignore=shutil.ignore_patterns("output", "target", ".git", "node_modules", ".cache", "bench", "src"))
jar = a.jar or os.path.join(root, "target", "showcase.jar")
t_start = time.perf_counter()
proc = subprocess.Popen(["java", "-jar", jar, "serve", "--site", site, "--port", str(a.port)],
                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
initial = None
line = proc.stdout.readline()
while "serving" not in line:
    if not line:
        sys.exit("serve did not start")
    m = re.match(r"rebuilt (\d+) pages? in (\d+) ms", line)
    if m:
        initial = (int(m.group(1)), int(m.group(2)))
    line = proc.stdout.readline()
t_serving = time.perf_counter()
rebuilt = []
logfile = open(a.log, "w", encoding="utf-8") if a.log else None
def drain():
    for l in proc.stdout:
        if logfile:
            logfile.write(l)
            logfile.flush()
        m = re.match(r"rebuilt (\d+) pages? in (\d+) ms", l)
        if m:
            rebuilt.append(int(m.group(2)))
threading.Thread(target=drain, daemon=True).start()

events = queue.Queue()
def listen():
    c = http.client.HTTPConnection("127.0.0.1", a.port)
    c.request("GET", "/__showcase/events")
    r = c.getresponse()
    while True:
        l = r.fp.readline()
        if not l:
            return
        if l.startswith(b"event: "):
            events.put((time.perf_counter(), l[7:].strip().decode()))
threading.Thread(target=listen, daemon=True).start()
time.sleep(0.5)

page = os.path.join(site, a.page)
original = open(page, encoding="utf-8").read()
to_event, to_page = [], []
for i in range(a.edits):
    marker = f"Benchmark edit {i} {time.time_ns()}"
    text = original.rstrip("\n") + f"\n\n{marker}\n"
    t0 = time.perf_counter()
    with open(page, "w", encoding="utf-8") as f:
        f.write(text)
    t_event, kind = events.get(timeout=60)
    while kind != "reload":
        t_event, kind = events.get(timeout=60)
    c = http.client.HTTPConnection("127.0.0.1", a.port)
    c.request("GET", a.url)
    body = c.getresponse().read().decode()
    t_page = time.perf_counter()
    if marker not in body:
        sys.exit("the served page does not have the edit")
    to_event.append((t_event - t0) * 1000)
    to_page.append((t_page - t0) * 1000)
    time.sleep(0.3)
proc.terminate()
shutil.rmtree(work, ignore_errors=True)
def show(name, xs):
    xs = sorted(xs)
    print(f"{name:32s} median {statistics.median(xs):6.1f} ms   p90 {xs[int(len(xs) * 0.9) - 1]:6.1f} ms   max {xs[-1]:6.1f} ms")
print(f"serve: {a.edits} edits of {a.page}" + (f" (corpus: {a.corpus} pages x 5 languages)" if a.corpus else ""))
if initial:
    print(f"initial in-memory build: {initial[0]} pages in {initial[1]} ms"
          f" (java start to serving: {(t_serving - t_start) * 1000:.0f} ms)")
show("save -> reload event", to_event)
show("save -> new page served", to_page)
if rebuilt:
    show("rebuild as serve logs it", rebuilt)
print("load average: " + " ".join(open("/proc/loadavg").read().split()[:3]))
