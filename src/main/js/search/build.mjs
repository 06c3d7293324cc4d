// Bundles the search page's module (search.js + query.js + analyze.js) into OUT_DIR/search.js.
// Run by Maven (exec-maven-plugin) after `npm ci`; offline.
import { build } from "esbuild";

const out = process.argv[2];
if (!out) {
  console.error("usage: node build.mjs OUT_DIR");
  process.exit(2);
}
await build({
  entryPoints: { search: "search.js" },
  bundle: true,
  minify: true,
  format: "esm",
  target: ["es2020"],
  outdir: out,
  legalComments: "inline",
  logLevel: "warning",
});
