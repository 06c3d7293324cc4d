// Our search vs Pagefind 1.6 over the same built site (bench/search.sh runs this after building the
// site and running Pagefind on it). Both engines run their own browser code under node, with fetch
// replaced by file reads that are counted:
//   node bench/search/compare.mjs OUTPUT_DIR bench/search/queries.tsv [LANGS]
// Prints, per language: recall@5 of both (a query counts when any expected page is in the top 5),
// the queries where they differ, and for a first query (a fresh page: script + index) the median
// bytes fetched (text files counted brotli-compressed, as the CDN sends them; Pagefind's own
// index files are gzip already and are counted as they are) and the median time in node (file
// reads included, compressing for the count not).
import { readFile, readdir } from "node:fs/promises";
import { brotliCompressSync } from "node:zlib";
import { join } from "node:path";
import { Index } from "../../src/main/js/search/query.js";
import { openPagefind, counter } from "./pagefind-node.mjs";

const [out, queriesFile, langsArg] = process.argv.slice(2);
const langs = (langsArg || "vi,en,zh,ko,ja").split(",");
const queries = (await readFile(queriesFile, "utf8")).split("\n")
  .filter((l) => l && !l.startsWith("#"))
  .map((l) => { const [lang, q, expect] = l.split("\t"); return { lang, q, expect: expect.split("|") }; });

const TEXT = /\.(js|json|txt|html|css)$/;
const transfer = (path, data) => (TEXT.test(path) ? brotliCompressSync(data).length : data.length);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : 0; };
const path = (url) => decodeURIComponent(new URL(url, "http://x/").pathname.replace(/^.*?\/(vi|en|zh|ko|ja)\//, "$1/"));
const hit = (urls, lang, expect) => expect[0] !== "-" && urls.slice(0, 5).some((u) => expect.some((e) => {
  const p = path(u).split("#")[0];
  return p === lang + "/" + e;
}));

const searchJs = (await readdir(join(out, "js"))).find((f) => /^search\.[0-9a-f]{8}\.js$/.test(f));
const bundleBytes = transfer(searchJs, await readFile(join(out, "js", searchJs)));
const folders = await readdir(join(out, "search"));

const summary = [];
for (const lang of langs) {
  const set = queries.filter((x) => x.lang === lang);
  const folder = folders.find((f) => f.startsWith(lang + "."));
  let oursHits = 0;
  let pfHits = 0;
  const oursBytes = [];
  const pfBytes = [];
  const oursMs = [];
  const pfMs = [];
  const diff = [];
  for (const { q, expect } of set) {
    // ours: a fresh index object per query (a first query on a fresh page)
    // files are read before the clock starts, as if from a warm disk cache; their brotli size is
    // computed after it stops, so compressing for the count is not timed
    const fetched = [];
    const fetcher = async (url) => {
      const p = join(out, url);
      const data = await readFile(p);
      fetched.push([p, data]);
      return { json: async () => JSON.parse(data.toString("utf8")), text: async () => data.toString("utf8") };
    };
    let t0 = performance.now();
    const index = new Index("/search/" + folder + "/", fetcher);
    const ours = await index.search(q, { limit: 5 });
    oursMs.push(performance.now() - t0);
    oursBytes.push(fetched.reduce((sum, [p, data]) => sum + transfer(p, data), bundleBytes));
    const oursUrls = ours.results.map((r) => r.url);
    // Pagefind: a fresh module instance per query (the import URL differs), its fetches counted
    counter.bytes = 0;
    counter.files = 0;
    counter.reset();
    t0 = performance.now();
    const pf = await openPagefind(out, lang, q);
    const theirs = await pf.search(q, 5);
    pfMs.push(performance.now() - t0);
    pfBytes.push(counter.transferNow());
    const pfUrls = theirs.results.map((r) => r.url);
    const a = hit(oursUrls, lang, expect);
    const b = hit(pfUrls, lang, expect);
    oursHits += a ? 1 : 0;
    pfHits += b ? 1 : 0;
    if (!a && !b) {
      diff.push(`  neither: ${q}  → ours ${oursUrls.slice(0, 5).map(path).join(" ")} | Pagefind ${pfUrls.slice(0, 5).map(path).join(" ")}`);
    } else if (a !== b) {
      diff.push(`  ${a ? "ours only" : "Pagefind only"}: ${q}  → ours ${oursUrls.slice(0, 5).map(path).join(" ")} | Pagefind ${pfUrls.slice(0, 5).map(path).join(" ")}`);
    }
  }
  summary.push({ lang, n: set.length, ours: oursHits, pagefind: pfHits, oursKB: median(oursBytes) / 1024, pfKB: median(pfBytes) / 1024,
    oursMs: median(oursMs), pfMs: median(pfMs) });
  console.log(`${lang}: recall@5 ours ${oursHits}/${set.length}, Pagefind ${pfHits}/${set.length}; first query median ${(median(oursBytes) / 1024).toFixed(1)} KB vs ${(median(pfBytes) / 1024).toFixed(1)} KB, ${median(oursMs).toFixed(0)} ms vs ${median(pfMs).toFixed(0)} ms (node)`);
  for (const d of diff) console.log(d);
}
console.log("\n| language | queries | recall@5 ours | recall@5 Pagefind 1.6 | first query: KB fetched ours / Pagefind | ms in node ours / Pagefind |");
console.log("|---|---|---|---|---|---|");
for (const s of summary) {
  console.log(`| ${s.lang} | ${s.n} | ${s.ours} | ${s.pagefind} | ${s.oursKB.toFixed(1)} / ${s.pfKB.toFixed(1)} | ${s.oursMs.toFixed(0)} / ${s.pfMs.toFixed(0)} |`);
}
