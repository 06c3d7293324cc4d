#!/usr/bin/env python3
"""Hugo's `hugo server` on the same corpus, for comparison with bench/serve-reload.py --corpus.

Copies the Hugo site that bench/site-build.sh writes (default bench/work/hugo/site), starts
`hugo server` on it, edits one page N times and reports, per edit, the milliseconds from the
file being written to the rebuilt page being served with the new text (polled every 2 ms: Hugo
tells the browser over a WebSocket, which this script does not speak, so "new page served" is
the figure to compare). Also reports Hugo's own "Built in" time of the initial build.

Usage: bench/hugo-serve-reload.py [--site DIR] [--edits 20] [--port 18090]
"""
import argparse, http.client, os, re, shutil, statistics, subprocess, sys, tempfile, threading, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap = argparse.ArgumentParser()
ap.add_argument("--site", default=os.path.join(root, "bench", "work", "hugo", "site"))
ap.add_argument("--page", default="content/en/p/k00000.md")
ap.add_argument("--url", default="/en/p/k00000.html")
ap.add_argument("--edits", type=int, default=20)
ap.add_argument("--port", type=int, default=18090)
a = ap.parse_args()

work = tempfile.mkdtemp(prefix="hugo-serve-bench-")
site = os.path.join(work, "site")
shutil.copytree(a.site, site, ignore=shutil.ignore_patterns("public", "resources", ".hugo_build.lock"))
t0 = time.perf_counter()
proc = subprocess.Popen(["hugo", "server", "--source", site, "--bind", "127.0.0.1", "--port", str(a.port),
                         "--baseURL", f"http://127.0.0.1:{a.port}/", "--appendPort=false"],
                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
built = None
for line in proc.stdout:
    m = re.search(r"Built in (\d+) ms", line)
    if m and built is None:
        built = int(m.group(1))
    if "Web Server is available" in line:
        break
else:
    sys.exit("hugo server did not start")
t_serving = time.perf_counter()
threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()

def get(url):
    c = http.client.HTTPConnection("127.0.0.1", a.port)
    c.request("GET", url)
    return c.getresponse().read().decode()

page = os.path.join(site, a.page)
original = open(page, encoding="utf-8").read()
if "Benchmark" in get(a.url):
    sys.exit("the page already has a marker")
to_page = []
for i in range(a.edits):
    marker = f"Benchmark edit {i} {time.time_ns()}"
    text = original.rstrip("\n") + f"\n\n{marker}\n"
    t = time.perf_counter()
    with open(page, "w", encoding="utf-8") as f:
        f.write(text)
    while marker not in get(a.url):
        if time.perf_counter() - t > 60:
            sys.exit("the edit never showed")
        time.sleep(0.002)
    to_page.append((time.perf_counter() - t) * 1000)
    time.sleep(0.5)
proc.terminate()
shutil.rmtree(work, ignore_errors=True)
xs = sorted(to_page)
print(f"hugo server: {a.edits} edits of {a.page}")
print(f"initial build: Built in {built} ms (hugo start to serving: {(t_serving - t0) * 1000:.0f} ms)")
print(f"{'save -> new page served':32s} median {statistics.median(xs):6.1f} ms   p90 {xs[int(len(xs) * 0.9) - 1]:6.1f} ms   max {xs[-1]:6.1f} ms")
print("load average: " + " ".join(open("/proc/loadavg").read().split()[:3]))
