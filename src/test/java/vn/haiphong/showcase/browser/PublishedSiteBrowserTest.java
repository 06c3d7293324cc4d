package vn.haiphong.showcase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.haiphong.showcase.publish.Publisher;
import vn.haiphong.showcase.publish.S3Location;
import vn.haiphong.showcase.testing.BucketSite;
import vn.haiphong.showcase.testing.BuiltDefaultSite;
import vn.haiphong.showcase.testing.Chromium;
import vn.haiphong.showcase.testing.ExhibitionViewer;
import vn.haiphong.showcase.testing.PageActivity;
import vn.haiphong.showcase.testing.S3ProxyServer;

/**
 * The default site as visitors get it from the CDN: built (once for the test run,
 * {@link BuiltDefaultSite}), published to S3Proxy, served from the bucket with the stored headers
 * and the {@code _headers} rules (CSP on), and loaded in headless Chromium. Every page in
 * {@link #pagesToCheck} must load with no console error (a CSP violation, a failed integrity check
 * and a missing file all log one) and no {@code securitypolicyviolation} event, every stylesheet
 * and image must load, the exhibition pages must show their 360° viewer (software WebGL; started
 * with its button, which loads the viewer's script) with a room on its canvas, and no page but the
 * exhibition's embed page may be framed by another site.
 */
class PublishedSiteBrowserTest {
    @TempDir
    static Path tmp;
    static S3ProxyServer s3;
    static BucketSite cdn;
    static ChromeDriver driver;
    static Path output;

    @BeforeAll
    static void start() throws Exception {
        Chromium.require();
        // the site as built for the whole test run; publishing only reads it, so it stays as other tests expect
        output = BuiltDefaultSite.output();
        s3 = new S3ProxyServer(tmp);
        s3.createBucket("showcase");
        S3Location to = S3Location.parse("s3://showcase/");
        new Publisher(s3.client(), s3.endpoint().toString(), new PrintWriter(new StringWriter()))
                .publish(new Publisher.Options(output, to, false, 256, false, 8, false));
        cdn = new BucketSite(s3.client(), "showcase", "", output.resolve("_headers"));

        driver = Chromium.start(tmp.resolve("chrome-profile"), ExhibitionViewer.WEBGL);
        // every document records the CSP violations it sees, from its first script on
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__cspViolations = [];
                document.addEventListener('securitypolicyviolation', e =>
                  window.__cspViolations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));"""));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (cdn != null) {
            cdn.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    /**
     * The pages to load: the chooser, each language's home, and the photo book and exhibition
     * pages that exist in the output (chapters and the embed page appear here as they are built).
     */
    static List<String> pagesToCheck() throws Exception {
        List<String> pages = new ArrayList<>(List.of("/", "/vi/", "/en/", "/zh/", "/en/visit/cat-ba/"));
        for (String section : List.of("photobook", "exhibition")) {
            Path dir = output.resolve("en").resolve(section);
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList()) {
                    String rel = output.relativize(p).toString();
                    pages.add("/" + (rel.endsWith("index.html") ? rel.substring(0, rel.length() - 10) : rel));
                }
            }
        }
        return pages;
    }

    /**
     * The console's warnings and errors since the last call. SwiftShader's own performance notes
     * ("GL Driver Message (OpenGL, Performance, …): GPU stall due to ReadPixels") are left out: they
     * come from the software GL of the test browser (taking a screenshot reads the canvas back),
     * not from the page.
     */
    private static List<String> consoleProblems() {
        List<String> problems = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getMessage().contains("GL Driver Message (OpenGL, Performance")) {
                continue;
            }
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                problems.add(e.getLevel() + " " + e.getMessage());
            }
        }
        return problems;
    }

    @Test
    void everyPageLoadsUnderItsCspWithNoConsoleErrorAndNoBlockedResource() throws Exception {
        List<String> pages = pagesToCheck();
        assertTrue(pages.contains("/en/photobook/") && pages.contains("/en/exhibition/")
                && pages.contains("/en/exhibition/embed.html"), pages.toString());
        consoleProblems();
        int viewers = 0;
        for (String page : pages) {
            driver.get(cdn.baseUrl() + page);
            new WebDriverWait(driver, PageActivity.PATIENCE).until(d -> "complete".equals(
                    ((JavascriptExecutor) d).executeScript("return document.readyState")));
            JavascriptExecutor js = (JavascriptExecutor) driver;
            Number sheets = (Number) js.executeScript("return document.styleSheets.length;");
            Number links = (Number) js.executeScript("return document.querySelectorAll('link[rel=stylesheet]').length;");
            assertEquals(links.intValue(), sheets.intValue(), page + ": a stylesheet was blocked");
            Number applied = (Number) js.executeScript(
                    "return Array.from(document.styleSheets).reduce((n, s) => n + s.cssRules.length, 0);");
            assertTrue(applied.intValue() > 20, page + ": the stylesheet's rules apply");
            // pictures below the fold load lazily: ask for them all, so every one is checked
            js.executeScript("document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager');");
            new WebDriverWait(driver, PageActivity.PATIENCE).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("return Array.from(document.images).every(i => i.complete);")));
            Object brokenImages = js.executeScript("return Array.from(document.images)"
                    + ".filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src);");
            assertEquals(List.of(), brokenImages, page + ": images that did not load");
            if (page.startsWith("/en/exhibition/")) {
                assertEquals("economy", ExhibitionViewer.start(driver), page + ": the viewer, started, shows the first room");
                double spread = ExhibitionViewer.canvasSpread(driver);
                assertTrue(spread > ExhibitionViewer.NOT_BLANK, page + ": the viewer's canvas looks blank (spread " + spread + ")");
                viewers++;
            }
            assertEquals(List.of(), js.executeScript("return window.__cspViolations;"), page + ": securitypolicyviolation events");
            List<String> problems = consoleProblems();
            assertEquals(List.of(), problems, page + ": console problems");
        }
        assertEquals(2, viewers, "the exhibition page and embed.html were checked with their viewer");
    }

    @Test
    void theConsoleCheckSeesACspViolation() {
        // a control: an inline script is what the policy forbids, and the check must notice it
        s3.client().putObject(r -> r.bucket("showcase").key("csp-control.html").contentType("text/html; charset=utf-8"),
                software.amazon.awssdk.core.sync.RequestBody.fromString(
                        "<!DOCTYPE html><title>control</title><script>document.title = 'ran';</script>"));
        try {
            consoleProblems();
            driver.get(cdn.baseUrl() + "/csp-control.html");
            assertEquals("control", driver.getTitle(), "the inline script was blocked");
            assertTrue(consoleProblems().stream().anyMatch(p -> p.contains("Content Security Policy")));
            assertEquals(List.of("script-src-elem blocked inline"), ((List<?>) ((JavascriptExecutor) driver)
                    .executeScript("return window.__cspViolations;")).stream().map(v -> String.valueOf(v).replaceAll(" at .*", "")).toList(),
                    "the securitypolicyviolation listener saw it too");
        } finally {
            s3.client().deleteObject(r -> r.bucket("showcase").key("csp-control.html"));
        }
    }

    @Test
    void responsesCarryTheStoredHeadersPrecompressedBytesAndTheSecurityHeaders() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> home = http.send(HttpRequest.newBuilder(URI.create(cdn.baseUrl() + "/en/"))
                .header("Accept-Encoding", "br, gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, home.statusCode());
        assertEquals("br", home.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals("text/html;charset=utf-8", home.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        String csp = home.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && csp.endsWith("frame-ancestors 'none'"), csp);
        assertEquals("DENY", home.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(home.headers().firstValue("Permissions-Policy").orElse("").contains("gyroscope=(self)"));
        assertTrue(home.headers().firstValue("Cache-Control").orElse("").contains("must-revalidate"));

        String html = new String(com.aayushatharva.brotli4j.decoder.Decoder.decompress(home.body())
                .getDecompressedData(), StandardCharsets.UTF_8);
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/css/site\\.[0-9a-f]{8}\\.css)\"").matcher(html);
        assertTrue(css.find(), html);
        HttpResponse<Void> sheet = http.send(HttpRequest.newBuilder(URI.create(cdn.baseUrl() + css.group(1))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals("public, max-age=31536000, immutable", sheet.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("text/css;charset=utf-8", sheet.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
    }

    @Test
    void theEmbedPageSaysAnySiteMayFrameItAndTheExhibitionPageSaysNone() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String page : List.of("/en/exhibition/embed.html", "/ja/exhibition/embed.html", "/en/exhibition/", "/en/exhibition/oembed.json")) {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(cdn.baseUrl() + page)).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(200, r.statusCode(), page);
            List<String> csp = r.headers().allValues("Content-Security-Policy");
            assertEquals(1, csp.size(), page + ": one policy, not two combined: " + csp);
            if (page.endsWith("embed.html")) {
                assertTrue(csp.get(0).endsWith("frame-ancestors *"), page + ": " + csp);
                assertTrue(r.headers().firstValue("X-Frame-Options").isEmpty(), page + ": X-Frame-Options would forbid frames");
            } else {
                assertTrue(csp.get(0).contains("frame-ancestors 'none'"), page + ": " + csp);
                assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), page);
            }
        }
    }

    /** Whether the console says the browser refused to frame a page. */
    private static boolean refused(List<String> problems) {
        return problems.stream().anyMatch(p -> p.contains("frame-ancestors") || p.contains("Refused to"));
    }

    @Test
    void onlyTheEmbedPageMayBeFramedByAnotherSite() throws Exception {
        List<String> targets = new ArrayList<>(List.of("/en/", "/en/exhibition/"));
        boolean embedExists = Files.isRegularFile(output.resolve("en/exhibition/embed.html"));
        if (embedExists) {
            targets.add("/en/exhibition/embed.html");
        }
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        other.createContext("/", ex -> {
            String target = ex.getRequestURI().getQuery().substring(2);
            byte[] body = ("<!DOCTYPE html><title>other site</title><link rel=\"icon\" href=\"data:,\">"
                    + "<iframe id=\"f\" src=\"" + cdn.baseUrl() + target
                    + "\" allow=\"fullscreen; gyroscope\"></iframe>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (var os = ex.getResponseBody()) {
                os.write(body);
            }
        });
        other.start();
        try {
            consoleProblems();
            for (String target : targets) {
                // 127.0.0.1 and localhost are different origins
                // (the page's load waits for its frame: the browser has framed the target or refused it)
                driver.get("http://localhost:" + other.getAddress().getPort() + "/?u=" + target);
                boolean embed = target.endsWith("embed.html");
                List<String> problems = new ArrayList<>(consoleProblems());
                if (!embed) {
                    // the refusal comes into the console log around the frame's load: wait for that message
                    try {
                        new WebDriverWait(driver, PageActivity.PATIENCE).until(d -> {
                            problems.addAll(consoleProblems());
                            return refused(problems);
                        });
                    } catch (TimeoutException e) {
                        // the assertion below says what went wrong
                    }
                }
                if (embed) {
                    // framed by the other site, the exhibition runs: started with its button, its viewer shows a room
                    driver.switchTo().frame("f");
                    try {
                        ExhibitionViewer.start(driver);
                        double spread = ExhibitionViewer.canvasSpread(driver);
                        assertTrue(spread > ExhibitionViewer.NOT_BLANK, target + " in another site's frame: blank canvas (" + spread + ")");
                    } finally {
                        driver.switchTo().defaultContent();
                    }
                }
                problems.addAll(consoleProblems());
                assertEquals(!embed, refused(problems), target + ": " + problems);
                if (embed) {
                    assertEquals(List.of(), problems, target + " framed: console problems");
                }
            }
        } finally {
            other.stop(0);
        }
    }
}
