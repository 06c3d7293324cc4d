// Pagefind's own browser module (pagefind.js + its WebAssembly), run under node against a built
// site's pagefind/ folder: fetch is replaced by file reads (counted), nothing else changes.
//   const pf = await openPagefind(OUTPUT_DIR, "vi");  (await pf.search("cat ba", 5)).results → [{url, title}]
import { readFile } from "node:fs/promises";
import { brotliCompressSync } from "node:zlib";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";

/**
 * What the fetches since the last reset read: files, bytes on disk, and (transferNow, computed when
 * asked so that compressing is not timed) bytes on the wire, text brotli-compressed as a CDN sends it.
 */
export const counter = {
  bytes: 0, files: 0, read: [],
  reset() { this.bytes = 0; this.files = 0; this.read = []; },
  transferNow() {
    return this.read.reduce((s, [p, d]) => s + (/\.(js|json|css)$/.test(p) ? brotliCompressSync(d).length : d.length), 0);
  },
};

globalThis.fetch = async (input) => {
  const path = fileURLToPath(String(input).split("?")[0]);
  const data = await readFile(path);
  counter.bytes += data.length;
  counter.files += 1;
  counter.read.push([path, data]);
  return new Response(data, { status: 200 });
};

let instances = 0;

/** A fresh Pagefind (its module imported anew, as a new page would) for {@code lang}. */
export async function openPagefind(output, lang) {
  const file = join(output, "pagefind", "pagefind.js");
  const href = pathToFileURL(file).href + "?instance=" + ++instances;
  // the module itself is part of what a first query fetches
  const js = await readFile(file);
  counter.bytes += js.length;
  counter.files += 1;
  counter.read.push([file, js]);
  // Pagefind picks its index by <html lang>, as on the site's own pages (zh-Hans for Chinese)
  const htmlLang = lang === "zh" ? "zh-Hans" : lang;
  globalThis.document = { currentScript: null, querySelector: (sel) => (sel === "html" ? { getAttribute: () => htmlLang } : null) };
  const pf = await import(href);
  await pf.options({ basePath: pathToFileURL(join(output, "pagefind")).href + "/" });
  await pf.init();
  return {
    async search(q, limit = 5) {
      const r = await pf.search(q);
      const top = await Promise.all(r.results.slice(0, limit).map((x) => x.data()));
      return { total: r.results.length, results: top.map((d) => ({ url: d.url, title: d.meta?.title || "" })) };
    },
  };
}
