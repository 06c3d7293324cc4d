#!/usr/bin/env python3
"""Measures `serve`: time from saving a page to the browser's reload signal and to the new page.

Starts `java -jar target/showcase.jar serve` on a copy of a site (default: the repository's
own site), listens on the live-reload event stream like an open browser tab does, edits one
page N times and reports, per edit, the milliseconds from the file being written to (a) the
`reload` event and (b) the rebuilt page being served with the new text.

Usage: bench/serve-reload.py [--site DIR] [--edits 20] [--port 18080]
"""
import argparse, http.client, os, shutil, socket, statistics, subprocess, sys, tempfile, threading, time, queue

ap = argparse.ArgumentParser()
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap.add_argument("--site", default=root)
ap.add_argument("--page", default="content/en/visit/cat-ba.md")
ap.add_argument("--url", default="/en/visit/cat-ba/")
ap.add_argument("--edits", type=int, default=20)
ap.add_argument("--port", type=int, default=18080)
a = ap.parse_args()

work = tempfile.mkdtemp(prefix="serve-bench-")
site = os.path.join(work, "site")
shutil.copytree(a.site, site, ignore=shutil.ignore_patterns("output", "target", ".git", "node_modules", ".cache", "bench", "src"))
jar = os.path.join(root, "target", "showcase.jar")
proc = subprocess.Popen(["java", "-jar", jar, "serve", "--site", site, "--port", str(a.port)],
                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
line = proc.stdout.readline()
while "serving" not in line:
    if not line:
        sys.exit("serve did not start")
    line = proc.stdout.readline()
threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()

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
    t_event, kind = events.get(timeout=10)
    while kind != "reload":
        t_event, kind = events.get(timeout=10)
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
print(f"serve: {a.edits} edits of {a.page}")
show("save -> reload event", to_event)
show("save -> new page served", to_page)
