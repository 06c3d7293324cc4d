// Bundles the exhibition's scripts into OUT_DIR, the files the Java side publishes (and no
// others: no code-splitting chunks):
//   exhibition.js         the page script (exhibition.js here): list, dialog, still, start button,
//                         embed box; small, it runs at page load;
//   exhibition.css        every style of the exhibition, Photo Sphere Viewer's included (the page's
//                         stylesheet: the CSP's style-src 'self' allows no <style> the viewer could add);
//   exhibition-viewer.js  the viewer (viewer.js + Photo Sphere Viewer, its plugins and three), which
//                         the page script loads with import() when the visitor starts the tour.
//   exhibition-xr.js      the headset mode (xr.js), which the viewer loads with import() when the
//                         visitor presses "Enter VR"; it takes the three classes it needs from the
//                         viewer (xrbutton.js), so no second copy of three.
// Run by Maven (exec-maven-plugin) after `npm ci`; offline. The CSS comes from the `import "….css"`
// lines of exhibition.js (PSV core and plugins first, ours last so it wins); should the viewer's
// entry ever import a stylesheet, it is folded into exhibition.css rather than left unpublished.
//
// No @photo-sphere-viewer/video-plugin: its constructor throws "VideoPlugin can only be used with
// a video adapter" unless the panorama itself is a video (equirectangular-video adapter). Our
// rooms are cubemap tiles and the wall videos are markers-plugin `videoLayer` markers, which play
// through three's VideoTexture with no plugin at all.
import { appendFile, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";

// The gallery plugin writes its thumbnails with an inline style attribute (innerHTML), which a
// Content-Security-Policy without 'unsafe-inline' in style-src refuses (one console error per
// thumbnail). We drop that attribute here and size the thumbnails in exhibition.css instead.
// A PSV update that changes the template stops the build rather than bring the error back.
const GALLERY_INLINE_STYLE = 'style="width:${size.width}px; aspect-ratio:${size.width / size.height};"';
const strictCsp = {
  name: "strict-csp",
  setup(b) {
    b.onLoad({ filter: /gallery-plugin[\\/]index\.module\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes(GALLERY_INLINE_STYLE)) {
        throw new Error(`${args.path}: the gallery's inline style is no longer where build.mjs expects it`);
      }
      return { contents: source.replace(GALLERY_INLINE_STYLE, ""), loader: "js" };
    });
  },
};

const out = process.argv[2];
if (!out) {
  console.error("usage: node build.mjs OUT_DIR");
  process.exit(2);
}
// a viewer stylesheet of an earlier build must not be folded in again
await rm(join(out, "exhibition-viewer.css"), { force: true });
await build({
  entryPoints: { exhibition: "exhibition.js", "exhibition-viewer": "viewer.js", "exhibition-xr": "xr.js" },
  bundle: true,
  splitting: false,
  minify: true,
  format: "esm",
  target: ["es2020"],
  outdir: out,
  legalComments: "inline",
  logLevel: "warning",
  plugins: [strictCsp],
});
const viewerCss = await readFile(join(out, "exhibition-viewer.css"), "utf8").catch(() => null);
if (viewerCss !== null) {
  await appendFile(join(out, "exhibition.css"), viewerCss);
  await rm(join(out, "exhibition-viewer.css"));
}
