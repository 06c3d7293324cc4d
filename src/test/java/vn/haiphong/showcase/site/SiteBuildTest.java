package vn.haiphong.showcase.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.haiphong.showcase.testing.Fixtures.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.testing.Fixtures;

class SiteBuildTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path tmp;
    Path site;
    Path out;

    @BeforeEach
    void setUp() {
        site = Fixtures.site("mini", tmp);
        out = site.resolve("output");
    }

    private BuildResult build(boolean drafts) {
        return SiteBuild.once().run(new BuildOptions(site, null, null, drafts, TODAY));
    }

    private String page(String rel) {
        return read(out.resolve(rel));
    }

    @Test
    void everyLanguageGetsItsPagesUnderItsCodeWithPrettyUrls() {
        BuildResult r = build(false);
        assertTrue(r.ok(), r.errors().toString());
        for (String rel : new String[] {"index.html", "robots.txt", "sitemap.xml", "vi/index.html",
                "vi/about/index.html", "vi/news/index.html", "vi/news/post-1/index.html", "vi/news/post-2/index.html",
                "en/news/post-1/index.html", "ja/news/post-1/index.html", "vi/404.html", "en/404.html", "ja/404.html",
                "vi/sitemap.xml", "vi/feed.xml", "vi/tags/index.html", "vi/tags/le-hoi/index.html",
                "vi/tags/cang-bien/index.html", "ja/tags/祭り/index.html", "img/dot.svg"}) {
            assertTrue(Files.isRegularFile(out.resolve(rel)), rel);
        }
        assertTrue(page("vi/index.html").contains("<html lang=\"vi\""));
        assertTrue(page("ja/index.html").contains("<html lang=\"ja\""));
    }

    @Test
    void draftsAndFuturePagesAreLeftOutUnlessAskedFor() {
        build(false);
        assertFalse(Files.exists(out.resolve("vi/news/draft/index.html")));
        assertFalse(Files.exists(out.resolve("vi/news/future/index.html")));
        assertFalse(page("vi/news/index.html").contains("Bản nháp"));
        build(true);
        assertTrue(Files.exists(out.resolve("vi/news/draft/index.html")));
        assertTrue(Files.exists(out.resolve("vi/news/future/index.html")));
    }

    @Test
    void aMissingTranslationFallsBackToVietnameseWithANoticeAndNoSeoClaims() {
        build(false);
        String ja = page("ja/about/index.html");
        assertTrue(ja.contains("<html lang=\"ja\""), "UI stays Japanese");
        assertTrue(ja.contains("class=\"notice\""), "visible notice");
        assertTrue(ja.contains("<article class=\"wrap article\" lang=\"vi\">"), "the text is marked Vietnamese");
        assertTrue(ja.contains("<link rel=\"canonical\" href=\"https://mini.example/vi/about/\">"), ja);
        assertFalse(ja.contains("hreflang=\"ja\" href=\"https://mini.example/ja/about/\""));
        assertFalse(page("ja/sitemap.xml").contains("/ja/about/"));
        assertFalse(page("vi/about/index.html").contains("href=\"https://mini.example/ja/about/\""),
                "the fallback is in no hreflang set");
        assertTrue(page("vi/about/index.html").contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://mini.example/en/about/\">"));
        // the notice is in the visitor's language
        assertTrue(ja.contains("日本語"), ja);
    }

    @Test
    void theLanguageSwitcherStaysOnTheSamePage() {
        build(false);
        String en = page("en/news/post-1/index.html");
        assertTrue(en.contains("href=\"/vi/news/post-1/\" lang=\"vi\" hreflang=\"vi\""), en);
        assertTrue(en.contains("href=\"/ja/news/post-1/\" lang=\"ja\" hreflang=\"ja\""));
        // a page with no translation and no fallback source leads to that language's home
        String vi = page("vi/news/post-2/index.html");
        assertTrue(vi.contains("href=\"/en/news/post-2/\""), "fallback copy exists in en");
    }

    @Test
    void linksToMarkdownFilesBecomeUrlsInTheSameLanguage() {
        build(false);
        String vi = page("vi/about/index.html");
        assertTrue(vi.contains("<a href=\"/vi/news/post-1/#chi-tiet\">tin</a>"), vi);
        assertTrue(vi.contains("<a href=\"/vi/\">trang chủ</a>"), vi);
        assertTrue(vi.contains("<h2 id=\"lich-su\">") && vi.contains("<h2 id=\"lich-su-1\">") && vi.contains("<h2 id=\"port\">"));
        assertTrue(page("ja/index.html").contains("<a href=\"/ja/about/\">概要</a>"), "ja links to the fallback copy");
    }

    @Test
    void sectionsPaginateAndListNewestFirst() {
        build(false);
        String p1 = page("vi/news/index.html");
        String p2 = page("vi/news/page/2/index.html");
        assertTrue(p1.indexOf("Lễ hội Hoa Phượng Đỏ") < p1.indexOf("Cảng Lạch Huyện"));
        assertTrue(p2.contains("Cầu Tân Vũ – Lạch Huyện"));
        assertTrue(p1.contains("rel=\"next\" href=\"/vi/news/page/2/\""));
    }

    @Test
    void feedsSitemapsAndRootFilesAreConsistent() {
        build(false);
        assertTrue(page("robots.txt").contains("Sitemap: https://mini.example/sitemap.xml"));
        String index = page("sitemap.xml");
        assertTrue(index.contains("<loc>https://mini.example/ja/sitemap.xml</loc>"));
        String sm = page("vi/sitemap.xml");
        assertTrue(sm.contains("<loc>https://mini.example/vi/news/post-1/</loc>"));
        assertTrue(sm.contains("<xhtml:link rel=\"alternate\" hreflang=\"ja\" href=\"https://mini.example/ja/news/post-1/\"/>"));
        assertTrue(sm.contains("hreflang=\"x-default\""));
        String feed = page("vi/feed.xml");
        assertTrue(feed.contains("<title>Lễ hội Hoa Phượng Đỏ</title>"));
        assertFalse(feed.contains("Bản nháp"));
        String root = page("index.html");
        assertTrue(root.contains("hreflang=\"x-default\" href=\"https://mini.example/\""));
        assertTrue(root.contains("href=\"/ja/\"") && root.contains("Tiếng Việt"));
    }

    @Test
    void everyPageHeadHasCanonicalOpenGraphAndJsonLd() {
        build(false);
        String en = page("en/news/post-1/index.html");
        assertTrue(en.contains("<link rel=\"canonical\" href=\"https://mini.example/en/news/post-1/\">"));
        assertTrue(en.contains("<meta property=\"og:title\" content=\"Red Flamboyant Flower festival\">"));
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(en);
        assertTrue(m.find());
        assertTrue(m.group(1).contains("\"@type\":\"NewsArticle\"") && m.group(1).contains("\"datePublished\":\"2025-05-10\""));
        assertTrue(en.contains("10 May 2025"), "date in the page's locale");
        assertTrue(page("vi/news/post-1/index.html").contains("10 tháng 5, 2025"));
    }

    @Test
    void theOutputIsReadyForACdnWithStableHtmlUrlsAndFingerprintedAssets() {
        assertTrue(build(false).ok());
        String home = page("vi/index.html");
        Matcher css = Pattern.compile("<link rel=\"stylesheet\" href=\"/css/site\\.([0-9a-f]{8})\\.css\" integrity=\"sha384-[^\"]+\">")
                .matcher(home);
        assertTrue(css.find(), home);
        assertTrue(Files.isRegularFile(out.resolve("css/site." + css.group(1) + ".css")));
        assertFalse(Files.exists(out.resolve("css/site.css")));
        assertTrue(Files.isRegularFile(out.resolve("vi/index.html.br")) && Files.isRegularFile(out.resolve("vi/index.html.gz")));
        assertTrue(page(".publish.json").contains("\"vi/index.html\":{\"sha256\":"));
        assertTrue(page("_headers").contains("frame-ancestors 'none'"), "pages are not frameable");
    }

    @Test
    void twoBuildsOfTheSameSourcesAreByteIdentical() {
        build(false);
        Map<String, byte[]> first = Fixtures.snapshot(out);
        build(false);
        Map<String, byte[]> second = Fixtures.snapshot(out);
        assertEquals(first.keySet(), second.keySet());
        for (String k : first.keySet()) {
            assertArrayEquals(first.get(k), second.get(k), k);
        }
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputUntouchedAndNoStagingBehind() throws Exception {
        assertTrue(build(false).ok());
        Map<String, byte[]> before = Fixtures.snapshot(out);
        Fixtures.write(site.resolve("content/vi/broken.md"), "---\ntitle: [oops\n---\n");
        BuildResult r = build(false);
        assertFalse(r.ok());
        Map<String, byte[]> after = Fixtures.snapshot(out);
        assertEquals(before.keySet(), after.keySet());
        try (var s = Files.list(site)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".output")), "staging removed");
        }
    }

    @Test
    void theMarkdownCacheNeverServesStaleHtml() throws Exception {
        build(false);
        Path cache = site.resolve(".cache/markdown/markdown.bin");
        assertTrue(Files.isRegularFile(cache), "rendered Markdown is kept for the next build");
        Path vi = site.resolve("content/vi/about.md");
        Files.writeString(vi, Files.readString(vi).replace("## Cảng biển {#port}", "## Cảng nước sâu {#deep-port}")
                .replace("13/5/1955", "ngày 13 tháng 5 năm 1955"));
        build(false);
        String html = page("vi/about/index.html");
        assertTrue(html.contains("ngày 13 tháng 5 năm 1955") && html.contains("<h2 id=\"deep-port\">"), html);
        assertFalse(html.contains("id=\"port\""));
        // a link that broke because its target went away is reported, not served from the cache
        Files.delete(site.resolve("content/vi/news/post-1.md"));
        BuildResult r = build(false);
        assertFalse(r.ok());
        assertTrue(r.errors().stream().anyMatch(e -> e.path().endsWith("about.md") && e.message().contains("post-1.md")));
    }

    @Test
    void aDamagedCacheIsIgnored() throws Exception {
        build(false);
        Map<String, byte[]> first = Fixtures.snapshot(out);
        Files.write(site.resolve(".cache/markdown/markdown.bin"), new byte[] {0, 0, 0, 1, 42, 42});
        assertTrue(build(false).ok());
        Map<String, byte[]> second = Fixtures.snapshot(out);
        for (String k : first.keySet()) {
            assertArrayEquals(first.get(k), second.get(k), k);
        }
    }

    @Test
    void anIncrementalRebuildPublishesExactlyWhatAFullRebuildWould() throws Exception {
        BuildOptions options = new BuildOptions(site, null, null, false, TODAY);
        SiteBuild serve = SiteBuild.incremental();
        vn.haiphong.showcase.output.MemoryOutput first = new vn.haiphong.showcase.output.MemoryOutput();
        assertTrue(serve.runInMemory(options, first).ok());
        Path vi = site.resolve("content/vi/about.md");
        Files.writeString(vi, Files.readString(vi).replace("13/5/1955", "13 tháng 5 năm 1955"));
        vn.haiphong.showcase.output.MemoryOutput next = new vn.haiphong.showcase.output.MemoryOutput(first);
        BuildResult r = serve.runChanged(options, next, java.util.Set.of(vi));
        assertTrue(r != null && r.ok());
        assertEquals(2, r.pages(), "vi/about and its fallback copy in ja (en has its own translation)");
        vn.haiphong.showcase.output.MemoryOutput full = new vn.haiphong.showcase.output.MemoryOutput();
        assertTrue(SiteBuild.incremental().runInMemory(options, full).ok());
        assertEquals(full.files().keySet(), next.files().keySet());
        for (String k : full.files().keySet()) {
            var a = full.files().get(k);
            var b = next.files().get(k);
            if (a.bytes() != null) {
                assertArrayEquals(a.bytes(), b.bytes(), k);
            } else {
                assertEquals(a.source(), b.source(), k);
            }
        }
        // a front matter change can move the page in lists: the incremental path declines
        Files.writeString(vi, Files.readString(vi).replace("title: \"Giới thiệu Hải Phòng\"", "title: \"Về Hải Phòng\""));
        assertEquals(null, serve.runChanged(options, new vn.haiphong.showcase.output.MemoryOutput(next), java.util.Set.of(vi)));
    }

    @Test
    void theCdnStageCanBeSwitchedOff() throws Exception {
        build(false);
        assertTrue(Files.exists(out.resolve(".publish.json")));
        Path yaml = site.resolve("site.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "cdn: false\n");
        assertTrue(build(false).ok());
        assertFalse(Files.exists(out.resolve(".publish.json")));
        assertFalse(Files.exists(out.resolve("vi/index.html.gz")));
        assertTrue(page("vi/index.html").contains("href=\"/css/site.css\""), "plain asset names");
    }

    @Test
    void baseUrlCanBeOverridden() {
        SiteBuild.once().run(new BuildOptions(site, null, "https://cdn.example/", false, TODAY));
        assertTrue(page("vi/about/index.html").contains("href=\"https://cdn.example/vi/about/\""));
    }
}
