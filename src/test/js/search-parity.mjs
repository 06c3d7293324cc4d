// Reads lines "LANG<TAB>BASE64(text)" on stdin (the first line is BASE64 of the Traditional →
// Simplified pairs) and prints, for each text, one line BASE64(units \x02 terms \x02 shards): what the
// browser's analyser (src/main/js/search/analyze.js) makes of it, fields joined by \x03, items by \x01.
// AnalyzerParityTest compares this with the Java analyser, string by string.
import { Analyzer, parseT2S, shard } from "../../main/js/search/analyze.js";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const lines = input.split("\n").filter((l) => l.length > 0);
const b64 = (s) => Buffer.from(s, "base64").toString("utf8");
const table = parseT2S(b64(lines[0]));
const out = [];
for (const line of lines.slice(1)) {
  const [lang, text] = line.split("\t");
  const a = new Analyzer(lang, table);
  const units = a.units(b64(text || "")).map((u) => [u.kind, u.start, u.end, u.exact, u.folded, u.base, u.chars.join("|"), u.joined]
    .map(String).join("\x03"));
  const terms = a.indexTerms(b64(text || ""));
  const shards = terms.map((t) => shard(t, 64) + "," + shard(t, 4096));
  out.push(Buffer.from([units.join("\x01"), terms.join("\x01"), shards.join("\x01")].join("\x02"), "utf8").toString("base64"));
}
process.stdout.write(out.join("\n") + "\n");
