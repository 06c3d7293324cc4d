// Writes BudouX's Japanese and Simplified Chinese phrase models, as JSON, into OUT_DIR (a folder of
// the jar's resources), with a notice naming their origin and licence. Run by Maven after `npm ci`;
// offline. The models ship in the npm package as JavaScript modules; their data is what we take.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { jaModel, zhHansModel } from "budoux";

const out = process.argv[2];
if (!out) {
  console.error("usage: node models.mjs OUT_DIR");
  process.exit(2);
}
const pkg = JSON.parse(await readFile(new URL("./node_modules/budoux/package.json", import.meta.url), "utf8"));
await mkdir(out, { recursive: true });
for (const [name, model] of [["ja", jaModel], ["zh-hans", zhHansModel]]) {
  const groups = Object.keys(model);
  if (groups.length === 0 || !groups.every((g) => /^[UBT]W\d$/.test(g))) {
    throw new Error(`budoux ${pkg.version}: the ${name} model's feature groups are not the ones PhraseBreaker reads: ${groups}`);
  }
  await writeFile(join(out, `${name}.json`), JSON.stringify(model));
}
await writeFile(
  join(out, "NOTICE.txt"),
  `ja.json and zh-hans.json are the phrase models of BudouX ${pkg.version} (npm package \`budoux\`,\n` +
    `https://github.com/google/budoux), Copyright 2021 Google LLC, licensed under the Apache License,\n` +
    `Version 2.0 (${pkg.license}): https://www.apache.org/licenses/LICENSE-2.0\n`,
);
