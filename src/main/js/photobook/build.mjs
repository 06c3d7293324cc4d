// Bundles the photo book's lightbox (lightbox.js + PhotoSwipe and its CSS) into OUT_DIR as
// lightbox.js and lightbox.css. Run by Maven (exec-maven-plugin) after `npm ci`; offline.
import { build } from "esbuild";

const out = process.argv[2];
if (!out) {
  console.error("usage: node build.mjs OUT_DIR");
  process.exit(2);
}
await build({
  entryPoints: { lightbox: "lightbox.js" },
  bundle: true,
  minify: true,
  format: "esm",
  target: ["es2020"],
  outdir: out,
  legalComments: "inline",
  logLevel: "warning",
});
