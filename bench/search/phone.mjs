// Time to first results on a throttled phone (issue 14): our search page vs Pagefind 1.6 in headless
// Chromium (Debian's, never a download) driven by puppeteer-core, the copy locked with Lighthouse in
// bench/lighthouse/package-lock.json.
//
//   node bench/search/phone.mjs OUTPUT_DIR BASE_URL QUERIES_TSV [LANGS]     (bench/search-phone.sh runs it)
//   env: RUNS=3 (per query and engine), PER_LANG=3 (queries per language, spread over the file),
//        RTT_MS=562.5 DOWN_KBPS=1474.56 UP_KBPS=675 CPU=4, SHOTS=dir for screenshots
//
// Profile, per run: a new browser context (empty cache) with the cache also disabled, CPU slowed 4x
// (Emulation.setCPUThrottlingRate), the network throttled per request (Network.emulateNetworkConditions)
// with Lighthouse's own devtools-throttling values for its "slow 4G" mobile profile (150 ms RTT and
// 1.6 Mbit/s, applied per request as 562.5 ms latency and 1.6 Mbit/s x 0.9 down, 750 kbit/s x 0.9 up,
// because DevTools throttling cannot model connection set-up), a 390x844 touch screen at DPR 3.
//
// What is timed, for both engines the same way: performance.now() (origin = navigation start of the
// page) at the first DOM mutation after which a [data-search-result] element exists, seen by a
// MutationObserver installed before any page script. Both pages are the same HTML (our built
// /<lang>/search/ page, same CSS, fonts, <html lang>), only the module script differs:
//   ours      /<lang>/search/?q=...           src/main/js/search/search.js: fetches the language's
//             index meta, the shards of the query's words and the chunks of the top 20 results, renders
//             up to 20 results (title, section, excerpt with <mark>).
//   Pagefind  /<lang>/search-pagefind/?q=...  the same page with its module replaced by
//             /pagefind-phone/run.js: import("/pagefind/pagefind.js"), options({noWorker: true}) (it then loads pagefind-entry.json,
//             the language's WebAssembly and meta, the index chunks of the words), pagefind.search(q),
//             then data() of the top 5 (one fragment each: its UI's first page) rendered as the same
//             <li data-search-result> (title link, excerpt with Pagefind's <mark>).
// Both include fetching their script and index files over the throttled network. Also reported: the
// bytes the page had received at that moment (encodedDataLength of finished requests, as compressed on
// the wire) and, for Pagefind, when search() returned (before the fragments).
import { createRequire } from "node:module";
import { readFileSync, writeFileSync, mkdirSync, existsSync, rmSync, readdirSync } from "node:fs";
import { brotliCompressSync } from "node:zlib";
import { join } from "node:path";

const require = createRequire(new URL("../lighthouse/package.json", import.meta.url));
const puppeteer = require("puppeteer-core");

const [out, base, queriesFile, langsArg] = process.argv.slice(2);
if (!out || !base || !queriesFile) {
  console.error("usage: node bench/search/phone.mjs OUTPUT_DIR BASE_URL QUERIES_TSV [LANGS]");
  process.exit(2);
}
const langs = (langsArg || "vi,en,zh,ko,ja").split(",");
const RUNS = Number(process.env.RUNS || 3);
const PER_LANG = Number(process.env.PER_LANG || 3);
const PROFILE = {
  cpu: Number(process.env.CPU || 4),
  latency: Number(process.env.RTT_MS || 562.5),
  down: Number(process.env.DOWN_KBPS || 1.6 * 1024 * 0.9) * 1024 / 8,
  up: Number(process.env.UP_KBPS || 750 * 0.9) * 1024 / 8,
};
const SHOTS = process.env.SHOTS || "";
const TIMEOUT = Number(process.env.TIMEOUT_MS || 60000);

const all = readFileSync(queriesFile, "utf8").split("\n")
  .filter((l) => l.trim() && !l.startsWith("#"))
  .map((l) => { const [lang, q] = l.split("\t"); return { lang, q }; });
/** PER_LANG queries of a language, spread over its list (first, middle, ...), not hand-picked. */
const pick = (lang) => {
  const set = all.filter((x) => x.lang === lang);
  const n = Math.min(PER_LANG, set.length);
  return Array.from({ length: n }, (_, k) => set[Math.floor(k * set.length / n)].q);
};

// The Pagefind page: our built search page with its search module swapped for a Pagefind runner.
const RUNNER = `// bench/search/phone.mjs: Pagefind 1.6 on our search page (written into the bench output only)
const root = document.querySelector("[data-search]");
const list = root.querySelector("[data-search-results]");
const q = new URL(location.href).searchParams.get("q") || "";
root.querySelector("input[name=q]").value = q;
const pagefind = await import("/pagefind/pagefind.js");
// on the main thread: in its web worker, Pagefind's fetches (WebAssembly, index) would escape the
// page's DevTools network throttling and byte count, flattering it; ?worker=1 keeps the worker anyway
if (!new URL(location.href).searchParams.has("worker")) await pagefind.options({ noWorker: true });
const found = await pagefind.search(q);
window.__pfSearched = performance.now();
const top = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
list.replaceChildren(...top.map((d) => {
  const li = document.createElement("li");
  li.className = "search-result search-page";
  li.setAttribute("data-search-result", "");
  const h = document.createElement("h2");
  const a = document.createElement("a");
  a.href = d.url;
  a.textContent = (d.meta && d.meta.title) || d.url;
  h.append(a);
  const p = document.createElement("p");
  p.className = "search-excerpt";
  p.innerHTML = d.excerpt;
  li.append(h, p);
  return li;
}));
root.querySelector("[data-search-status]").textContent = found.results.length + " (Pagefind)";
root.querySelector("[data-search-help]").hidden = found.results.length > 0;
`;
const writeServed = (file, text) => {
  writeFileSync(file, text);
  writeFileSync(file + ".br", brotliCompressSync(Buffer.from(text)));
  if (existsSync(file + ".gz")) rmSync(file + ".gz");
};
mkdirSync(join(out, "pagefind-phone"), { recursive: true });
// Pagefind writes no compressed copies of its script files (its index files are gzip inside): brotli
// them as a CDN would on the fly, as our build does for ours
for (const f of readdirSync(join(out, "pagefind"))) {
  if (/\.(js|css|json)$/.test(f)) writeFileSync(join(out, "pagefind", f + ".br"), brotliCompressSync(readFileSync(join(out, "pagefind", f))));
}
writeServed(join(out, "pagefind-phone", "run.js"), RUNNER);
for (const lang of langs) {
  const html = readFileSync(join(out, lang, "search", "index.html"), "utf8");
  const re = /<script type="module" src="\/js\/search\.[^"]*"[^>]*><\/script>/;
  if (!re.test(html)) throw new Error(`no search module script in ${lang}/search/index.html`);
  mkdirSync(join(out, lang, "search-pagefind"), { recursive: true });
  writeServed(join(out, lang, "search-pagefind", "index.html"),
    html.replace(re, '<script type="module" src="/pagefind-phone/run.js"></script>'));
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"],
});

async function once(url, shot) {
  const ctx = await browser.createBrowserContext();
  try {
    const page = await ctx.newPage();
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
    const cdp = await page.createCDPSession();
    const done = new Map();
    let bytes = 0, requests = 0;
    cdp.on("Network.loadingFinished", (e) => { bytes += e.encodedDataLength; requests++; done.set(e.requestId, bytes); });
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: PROFILE.cpu });
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false, latency: PROFILE.latency, downloadThroughput: PROFILE.down, uploadThroughput: PROFILE.up,
    });
    await page.evaluateOnNewDocument(() => {
      window.__first = null;
      new MutationObserver((_, obs) => {
        if (window.__first === null && document.querySelector("[data-search-result]")) {
          window.__first = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("requestfailed", (r) => errors.push("failed " + r.url() + " " + r.failure()?.errorText));
    await page.goto(url, { waitUntil: "domcontentloaded", timeout: 120000 });
    try {
      await page.waitForFunction("window.__first !== null", { timeout: TIMEOUT, polling: 50 });
    } catch (e) {
      const status = await page.evaluate(() => document.querySelector("[data-search-status]")?.textContent);
      throw new Error(`${url}: no [data-search-result] after ${TIMEOUT} ms (status ${JSON.stringify(status)}; ${errors.join("; ")})`);
    }
    const r = await page.evaluate(() => ({ first: window.__first, searched: window.__pfSearched ?? null,
      n: document.querySelectorAll("[data-search-result]").length }));
    r.kb = bytes / 1024; // received by the time the page reported (an upper bound at __first)
    r.requests = requests;
    if (shot) await page.screenshot({ path: shot });
    return r;
  } finally {
    await ctx.close();
  }
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
await once(`${base}/${langs[0]}/search/?q=${encodeURIComponent(pick(langs[0])[0])}`); // warm the browser process, not measured

const rows = [];
for (const lang of langs) {
  for (const q of pick(lang)) {
    const enc = encodeURIComponent(q);
    const ours = [], pf = [];
    for (let run = 0; run < RUNS; run++) {
      // alternate which engine goes first, so load drifts on the shared machine hit both alike
      const order = run % 2 ? ["pf", "ours"] : ["ours", "pf"];
      for (const which of order) {
        const shot = SHOTS && run === 0 && q === pick(lang)[0] ? join(SHOTS, `phone-${lang}-${which}.png`) : "";
        if (which === "ours") ours.push(await once(`${base}/${lang}/search/?q=${enc}`, shot));
        else pf.push(await once(`${base}/${lang}/search-pagefind/?q=${enc}`, shot));
      }
    }
    const row = { lang, q, ours: median(ours.map((r) => r.first)), pf: median(pf.map((r) => r.first)),
      pfSearch: median(pf.map((r) => r.searched)), oursKB: median(ours.map((r) => r.kb)), pfKB: median(pf.map((r) => r.kb)),
      oursN: ours[0].n, pfN: pf[0].n, oursReq: ours[0].requests, pfReq: pf[0].requests, oursRuns: ours.map((r) => Math.round(r.first)), pfRuns: pf.map((r) => Math.round(r.first)) };
    rows.push(row);
    console.log(`${lang} ${JSON.stringify(q)}: ours ${row.ours.toFixed(0)} ms [${row.oursRuns}] ${row.oursKB.toFixed(1)} KB in ${row.oursReq} requests, ${row.oursN} shown; `
      + `Pagefind ${row.pf.toFixed(0)} ms [${row.pfRuns}] (search() ${row.pfSearch.toFixed(0)} ms) ${row.pfKB.toFixed(1)} KB in ${row.pfReq} requests, ${row.pfN} shown`);
  }
}
await browser.close();

console.log(`\nphone profile: CPU ${PROFILE.cpu}x, ${PROFILE.latency} ms per request, ${(PROFILE.down * 8 / 1024).toFixed(0)} kbit/s down, `
  + `390x844 @3x, cold cache; median of ${RUNS} runs per query`);
console.log("\n| language | query | first result ours (ms) | first result Pagefind (ms) | Pagefind search() returned (ms) | KB received ours / Pagefind |");
console.log("|---|---|---:|---:|---:|---:|");
for (const r of rows) {
  console.log(`| ${r.lang} | ${r.q} | ${r.ours.toFixed(0)} | ${r.pf.toFixed(0)} | ${r.pfSearch.toFixed(0)} | ${r.oursKB.toFixed(1)} / ${r.pfKB.toFixed(1)} |`);
}
console.log("\n| language | median over its queries: ours (ms) | Pagefind (ms) |");
console.log("|---|---:|---:|");
for (const lang of langs) {
  const rs = rows.filter((r) => r.lang === lang);
  console.log(`| ${lang} | ${median(rs.map((r) => r.ours)).toFixed(0)} | ${median(rs.map((r) => r.pf)).toFixed(0)} |`);
}
