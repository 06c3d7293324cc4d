// Runs queries against a built site's search index from the command line, as the browser would:
//   node bench/search/query-cli.mjs OUTPUT_DIR LANG "query" ["query"…]
// prints the top results and the bytes of index files the first query needed.
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { Index } from "../../src/main/js/search/query.js";

const [out, lang, ...queries] = process.argv.slice(2);
const folder = (await readdir(join(out, "search"))).find((f) => f.startsWith(lang + "."));
let bytes = 0;
const fetcher = async (url) => {
  const data = await readFile(join(out, url));
  bytes += data.length;
  return { json: async () => JSON.parse(data.toString("utf8")), text: async () => data.toString("utf8") };
};
const index = new Index("/search/" + folder + "/", fetcher);
for (const q of queries) {
  bytes = 0;
  const r = await index.search(q, { limit: 5 });
  console.log(`${q}  (${r.total} results, ${bytes} bytes read)`);
  for (const x of r.results) console.log(`   ${x.url}  ${x.title}  [${x.section}] ${x.score.toFixed(2)}`);
}
