package vn.haiphong.showcase.cdn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.decoder.Decoder;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.testing.Fixtures;

/** The CDN stage on a small hand-made output folder: names, references, integrity, compression, headers. */
class CdnOutputTest {
    private static final String BASE = "https://site.example";
    private static final ForkJoinPool POOL = new ForkJoinPool(2);

    @TempDir
    Path tmp;

    private Path output() {
        Path out = tmp.resolve("out");
        Fixtures.write(out.resolve("index.html"), """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Home</title>
                  <link rel="stylesheet" href="/css/site.css">
                  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
                  <meta property="og:image" content="https://site.example/img/photo.jpg">
                  <script type="application/ld+json">{"image":"https://site.example/img/photo.jpg"}</script>
                </head>
                <body>
                  <p>Some    text
                     over   lines</p>
                  <pre>  keep
                    this  </pre>
                  <textarea>  and   this </textarea>
                  <img src="img/photo.jpg" srcset="/img/photo.jpg 1x, /img/photo-2x.jpg 2x" alt="">
                  <a href="/files/brochure.pdf">brochure</a> <a href="/css/site.css.map">map</a> see /favicon.svg.
                  <script src="/js/app.js" type="module"></script>
                  <script>  var   inline = 1;  </script>
                </body>
                </html>
                """);
        Fixtures.write(out.resolve("en/exhibition/embed.html"), "<!DOCTYPE html><html><head><title>E</title></head><body>"
                + "<script src=\"../../js/app.js\"></script></body></html>\n");
        Fixtures.write(out.resolve("css/site.css"), """
                @font-face { font-family: "Sans"; src: url("../fonts/sans.woff2") format("woff2"); }
                body { background: url(/img/photo.jpg); font-size: clamp(1rem, 1rem + 1vw, 2rem); }
                .hero { color: red; }
                """);
        Fixtures.write(out.resolve("js/app.js"), "export function greet(name) {\n  const message = 'hello ' + name;\n"
                + "  return message;\n}\nconst icon = '/favicon.svg';\n");
        Fixtures.write(out.resolve("fonts/sans.woff2"), "not really a font");
        Fixtures.write(out.resolve("img/photo.jpg"), "jpeg bytes");
        Fixtures.write(out.resolve("img/photo-2x.jpg"), "bigger jpeg bytes");
        Fixtures.write(out.resolve("img/unused.png"), "nobody links here");
        Fixtures.write(out.resolve("favicon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Fixtures.write(out.resolve("files/brochure.pdf"), "%PDF");
        Fixtures.write(out.resolve("robots.txt"), "User-agent: *\n");
        Fixtures.write(out.resolve("en/feed.xml"), "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<icon>https://site.example/favicon.svg</icon>" + "<title>x</title>".repeat(40) + "</feed>");
        return out;
    }

    private CdnOutput.Result prepare(Path out, Path cache) {
        return CdnOutput.prepare(out, new CdnSettings(BASE, cache, Set.of("/en/exhibition/embed.html")), POOL);
    }

    private static String hashed(Path out, String dir, String prefix) throws Exception {
        try (var s = Files.list(out.resolve(dir))) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(prefix + ".") && n.matches(Pattern.quote(prefix) + "\\.[0-9a-f]{8}\\.[a-z0-9]+"))
                    .findFirst().orElseThrow(() -> new AssertionError("no fingerprinted " + prefix + " in " + dir));
        }
    }

    @Test
    void referencedAssetsGetContentHashedNamesAndEveryReferenceFollows() throws Exception {
        Path out = output();
        CdnOutput.Result r = prepare(out, tmp.resolve("cache"));
        String css = hashed(out, "css", "site");
        String js = hashed(out, "js", "app");
        String font = hashed(out, "fonts", "sans");
        String photo = hashed(out, "img", "photo");
        String favicon = hashed(out, ".", "favicon");
        assertFalse(Files.exists(out.resolve("css/site.css")));
        assertTrue(Files.exists(out.resolve("img/unused.png")), "unreferenced files keep their names");
        assertTrue(Files.exists(out.resolve("files/brochure.pdf")), "only assets are fingerprinted");
        assertTrue(Files.exists(out.resolve("index.html")) && Files.exists(out.resolve("en/feed.xml")), "pages keep their URLs");

        String html = Fixtures.read(out.resolve("index.html"));
        assertTrue(html.contains("href=\"/css/" + css + "\""), html);
        assertTrue(html.contains("content=\"https://site.example/img/" + photo + "\""), "absolute URLs on the site");
        assertTrue(html.contains("{\"image\":\"https://site.example/img/" + photo + "\"}"), "JSON-LD");
        assertTrue(html.contains("src=\"img/" + photo + "\""), "relative references");
        assertTrue(html.contains("srcset=\"/img/" + photo + " 1x, /img/" + hashed(out, "img", "photo-2x") + " 2x\""), html);
        assertTrue(html.contains("href=\"/" + favicon + "\""));
        assertTrue(html.contains("href=\"/files/brochure.pdf\""));
        assertTrue(html.contains("href=\"/css/site.css.map\""), "a longer name is another file");
        assertTrue(html.contains("see /" + favicon + "."), "a full stop ends a reference");
        String siteCss = Fixtures.read(out.resolve("css/" + css));
        assertTrue(siteCss.contains("../fonts/" + font), siteCss);
        assertTrue(siteCss.contains("/img/" + photo), siteCss);
        assertTrue(Fixtures.read(out.resolve("en/feed.xml")).contains("https://site.example/" + favicon));
        assertTrue(Fixtures.read(out.resolve("en/exhibition/embed.html")).contains("src=\"../../js/" + js + "\""));
        assertTrue(r.fingerprinted() >= 6, r.toString());

        // the name is the content's hash, the hash covers the rewritten bytes
        byte[] cssBytes = Files.readAllBytes(out.resolve("css/" + css));
        String sha = java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cssBytes));
        assertEquals("site." + sha.substring(0, 8) + ".css", css);
    }

    @Test
    void scriptsAndStylesheetsCarrySubresourceIntegrity() throws Exception {
        Path out = output();
        prepare(out, null);
        String html = Fixtures.read(out.resolve("index.html"));
        String css = hashed(out, "css", "site");
        String js = hashed(out, "js", "app");
        Matcher link = Pattern.compile("<link rel=\"stylesheet\" href=\"/css/" + Pattern.quote(css)
                + "\" integrity=\"(sha384-[^\"]+)\">").matcher(html);
        assertTrue(link.find(), html);
        byte[] cssBytes = Files.readAllBytes(out.resolve("css/" + css));
        assertEquals("sha384-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(cssBytes)),
                link.group(1));
        assertTrue(html.contains("<script src=\"/js/" + js + "\" type=\"module\" integrity=\"sha384-"), html);
        Matcher icon = Pattern.compile("<link rel=\"icon\"[^>]*>").matcher(html);
        assertTrue(icon.find());
        assertFalse(icon.group().contains("integrity"), "integrity only where browsers check it: " + icon.group());
    }

    @Test
    void cssAndJsAreMinifiedAndHtmlOnlyLosesWhitespaceOutsidePreTextareaAndScripts() throws Exception {
        Path out = output();
        prepare(out, null);
        String css = Fixtures.read(out.resolve("css/" + hashed(out, "css", "site")));
        assertFalse(css.contains("\n  ") || css.contains("{ "), css);
        assertTrue(css.contains("clamp(1rem,1rem + 1vw,2rem)"), "modern CSS survives: " + css);
        String js = Fixtures.read(out.resolve("js/" + hashed(out, "js", "app")));
        assertTrue(js.length() < 90 && js.contains("export"), js);
        String html = Fixtures.read(out.resolve("index.html"));
        assertTrue(html.startsWith("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Home</title>"), html);
        assertTrue(html.contains("<p>Some text\nover lines</p>"), html);
        assertTrue(html.contains("<pre>  keep\n    this  </pre>"));
        assertTrue(html.contains("<textarea>  and   this </textarea>"));
        assertTrue(html.contains("<script>  var   inline = 1;  </script>"));
    }

    @Test
    void compressibleFilesGetBrotliAndGzipTwinsWhenSmaller() throws Exception {
        Path out = output();
        prepare(out, null);
        byte[] html = Files.readAllBytes(out.resolve("index.html"));
        byte[] br = Files.readAllBytes(out.resolve("index.html.br"));
        byte[] gz = Files.readAllBytes(out.resolve("index.html.gz"));
        assertTrue(br.length < html.length && gz.length < html.length);
        assertArrayEquals(html, Decoder.decompress(br).getDecompressedData());
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            assertArrayEquals(html, in.readAllBytes());
        }
        assertEquals(0, gz[4] | gz[5] | gz[6] | gz[7], "gzip modification time is 0");
        assertEquals(0, gz[3] & 0x08, "no file name in the gzip header");
        assertFalse(Files.exists(out.resolve("robots.txt.gz")), "not written when not smaller");
        assertFalse(Files.exists(out.resolve("img/unused.png.br")), "images are not compressed again");
    }

    @Test
    void theManifestAndHeadersFileDescribeEveryFile() throws Exception {
        Path out = output();
        prepare(out, null);
        Manifest m = Manifest.read(out.resolve(Manifest.FILE));
        String css = "css/" + hashed(out, "css", "site");
        Manifest.Entry e = m.files().get(css);
        assertNotNull(e, m.files().keySet().toString());
        assertEquals("text/css; charset=utf-8", e.contentType());
        assertEquals(HeaderRules.IMMUTABLE, e.cacheControl());
        assertEquals(java.util.List.of("br", "gzip"), e.encodings());
        assertEquals(Files.size(out.resolve(css)), e.size());
        Manifest.Entry br = m.files().get(css + ".br");
        assertEquals("br", br.contentEncoding());
        assertEquals(css, br.variantOf());
        assertEquals("text/css; charset=utf-8", br.contentType());
        Manifest.Entry page = m.files().get("index.html");
        assertEquals("text/html; charset=utf-8", page.contentType());
        assertEquals(HeaderRules.REVALIDATE, page.cacheControl());
        assertTrue(page.document());
        assertEquals("application/atom+xml; charset=utf-8", m.files().get("en/feed.xml").contentType());
        assertEquals(HeaderRules.REVALIDATE, m.files().get("img/unused.png").cacheControl());
        assertTrue(m.files().get("en/exhibition/embed.html").frameable());
        assertFalse(m.files().containsKey(Manifest.FILE) || m.files().containsKey(Manifest.HEADERS_FILE));

        String headers = Fixtures.read(out.resolve(Manifest.HEADERS_FILE));
        assertTrue(headers.startsWith("# "));
        assertTrue(headers.contains("/*\n  Content-Security-Policy: default-src 'self';"), headers);
        assertTrue(headers.contains("frame-ancestors 'none'\n  X-Frame-Options: DENY\n"), headers);
        assertTrue(headers.contains("\n/en/exhibition/embed.html\n  ! Content-Security-Policy\n  ! X-Frame-Options\n"
                + "  Content-Security-Policy: default-src 'self';"), headers);
        assertTrue(headers.contains("frame-ancestors *\n"), headers);
        assertTrue(headers.contains("\n/css/*\n  ! Cache-Control\n  Cache-Control: " + HeaderRules.IMMUTABLE), headers);
        assertTrue(headers.contains("Permissions-Policy: accelerometer=(self), gyroscope=(self)")
                && headers.contains("fullscreen=(self)"));
        // the headset mode (WebXR) in the framed embed page: the host's allow= delegates, this allows it for itself
        assertTrue(headers.contains("xr-spatial-tracking=(self)"), headers);
        assertFalse(headers.contains("/img/*"), "img/ also has a file that keeps its name: " + headers);
    }

    @Test
    void theSameInputGivesTheSameBytesWithAndWithoutTheCache() throws Exception {
        Path cache = tmp.resolve("cache");
        Path a = output();
        prepare(a, cache);
        Map<String, byte[]> cold = Fixtures.snapshot(a);
        Path b = tmp.resolve("out-b");
        Files.move(a, b);
        Path c = output();
        prepare(c, cache); // warm: minified and compressed bytes come from the cache
        Map<String, byte[]> warm = Fixtures.snapshot(c);
        assertEquals(cold.keySet(), warm.keySet());
        for (String k : cold.keySet()) {
            assertArrayEquals(cold.get(k), warm.get(k), k);
        }
        assertTrue(Files.isDirectory(cache), "cache written");
    }

    @Test
    void filesAlreadyNamedByContentAreLeftAloneAndCachedForever() throws Exception {
        Path out = output();
        Fixtures.write(out.resolve("tiles/economy.0123abcd/0/0_0.jpg"), "tile");
        Fixtures.write(out.resolve("viewer/psv.89abcdef.js"), "import '/js/app.js';\n");
        Fixtures.write(out.resolve("vi/exhibition/index.html"), "<script src=\"/viewer/psv.89abcdef.js\"></script>");
        prepare(out, null);
        assertTrue(Files.exists(out.resolve("viewer/psv.89abcdef.js")));
        assertEquals("import '/js/app.js';\n", Fixtures.read(out.resolve("viewer/psv.89abcdef.js")), "never rewritten");
        assertTrue(Files.exists(out.resolve("js/app.js")), "what a fingerprinted file refers to keeps its name");
        Manifest m = Manifest.read(out.resolve(Manifest.FILE));
        assertTrue(m.files().get("tiles/economy.0123abcd/0/0_0.jpg").immutable());
        assertTrue(Fixtures.read(out.resolve("vi/exhibition/index.html")).contains("integrity=\"sha384-"));
        assertTrue(Fixtures.read(out.resolve(Manifest.HEADERS_FILE)).contains("\n/tiles/*\n"));
    }

    @Test
    void htmlWhitespaceKeepsAttributesExactly() {
        String in = "<html><head>\n  <title>  T  </title>\n</head><body>\n  <a  href=\"/x\"   title='a  b'>x   y</a>"
                + "<!-- gone --><!--[if IE]>kept<![endif]-->\n</body></html>";
        String out = HtmlWhitespace.minify(in);
        assertEquals("<html><head><title> T </title></head><body>\n<a  href=\"/x\"   title='a  b'>x y</a>"
                + "<!--[if IE]>kept<![endif]-->\n</body></html>", out);
        assertEquals(out, HtmlWhitespace.minify(out), "idempotent");
    }
}
