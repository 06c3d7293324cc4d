// For the test that compares our Java phrase breaker with BudouX itself:
//   node phrases.mjs LANG < sentences.txt      (LANG: ja or zh-hans)
// reads one sentence per line and prints, for each, the phrases budoux's own parser cuts it into,
// as one JSON array per line: ["今日は","天気です。"].
import { Parser, jaModel, zhHansModel } from "budoux";

const models = { ja: jaModel, "zh-hans": zhHansModel };
const model = models[process.argv[2]];
if (!model) {
  console.error("usage: node phrases.mjs ja|zh-hans < sentences.txt");
  process.exit(2);
}
let input = "";
for await (const chunk of process.stdin) {
  input += chunk;
}
const lines = input.split("\n");
if (lines[lines.length - 1] === "") {
  lines.pop();
}
const parser = new Parser(model);
process.stdout.write(lines.map((s) => JSON.stringify(parser.parse(s))).join("\n") + "\n");
