package vn.haiphong.showcase.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.haiphong.showcase.testing.BuiltDefaultSite;
import vn.haiphong.showcase.testing.Fixtures;
import vn.haiphong.showcase.testing.MiniSite;

/** Maps written {@code place="aside"}: in an article's side column, in the text of pages without one. */
class AsideMapSiteTest extends MiniSite {
    private static final String SIDE_COLUMN = "<aside class=\"article-aside\">";

    /** The article's text: from the prose to the side column (or the end of the article). */
    private static String text(String html) {
        int from = html.indexOf("<div class=\"prose\">");
        int to = html.indexOf(SIDE_COLUMN);
        return html.substring(from, to < 0 ? html.indexOf("</article>") : to);
    }

    /** The side column, or "" when the page has none. */
    private static String sideColumn(String html) {
        int from = html.indexOf(SIDE_COLUMN);
        return from < 0 ? "" : html.substring(from, html.indexOf("</aside>\n</div>", from));
    }

    @Test
    void anArticleShowsTheMapInItsSideColumnAndASectionKeepsItInItsText() {
        String map = "::map{lat=20.72 lon=107.05 zoom=10 label=\"Cát Bà\" place=\"aside\"}";
        Fixtures.write(site.resolve("content/vi/cat-ba.md"), "---\ntitle: \"Cát Bà\"\n---\n\nQuần đảo phía đông thành phố.\n\n"
                + map + "\n\n## Đi lại\n\nBằng phà.\n");
        Fixtures.write(site.resolve("content/vi/news/_index.md"), "---\ntitle: \"Tin tức\"\ndescription: \"Tin mới.\"\n---\n\n"
                + map + "\n");
        assertTrue(build().ok());
        for (int run = 1; run <= 2; run++) { // the second build takes both pages from the Markdown cache
            String article = Fixtures.read(site.resolve("output/vi/cat-ba/index.html"));
            assertTrue(sideColumn(article).contains("<div class=\"aside-box aside-map\"><figure class=\"map\"><svg "), article);
            assertTrue(sideColumn(article).contains("<span class=\"map-place\">Cát Bà</span>"), article);
            assertFalse(text(article).contains("<figure class=\"map\">"), "not in the text as well: " + text(article));
            assertTrue(text(article).contains("<p>Quần đảo phía đông thành phố.</p>\n<h2 id=\"di-lai\">"), text(article));
            String section = Fixtures.read(site.resolve("output/vi/news/index.html"));
            assertEquals("", sideColumn(section), "a section has no side column");
            assertTrue(section.contains("<figure class=\"map\"><svg "), "the section keeps its map in its text");
            if (run == 1) {
                assertTrue(build().ok());
            }
        }
    }

    @Test
    void aPlaceOtherThanAsideIsAnErrorAtItsLineInTheFile() {
        Fixtures.write(site.resolve("content/vi/bad.md"), """
                ---
                title: "Sai"
                description: "Một trang có lỗi"
                ---

                ::map{lat=20.72 lon=107.05 zoom=10 label="Cát Bà" place="sidebar"}
                """);
        BuildResult r = build();
        assertFalse(r.ok());
        List<String> got = r.errors().stream().filter(e -> e.path().toString().endsWith("bad.md"))
                .map(e -> e.line() + ": " + e.message()).toList();
        assertEquals(List.of("6: `place` of `::map` can only be `aside`, not `sidebar`"), got);
        assertTrue(r.errors().get(0).format(site).contains("write `place=\"aside\"`"), r.errors().get(0).format(site));
    }

    @Test
    void theDefaultSiteShowsItsOnePlaceMapsInTheSideColumnAndTheZonesInTheText() {
        Path out = BuiltDefaultSite.output();
        for (String lang : List.of("vi", "en", "zh", "ko", "ja")) {
            for (String page : List.of("visit/cat-ba", "visit/do-son")) {
                String html = Fixtures.read(out.resolve(lang + "/" + page + "/index.html"));
                assertTrue(sideColumn(html).contains("<div class=\"aside-box aside-map\"><figure class=\"map\">"), lang + " " + page);
                assertFalse(text(html).contains("<figure class=\"map\">"), lang + " " + page);
            }
            String zones = Fixtures.read(out.resolve(lang + "/invest/industrial-zones/index.html"));
            assertTrue(text(zones).contains("<figure class=\"map\">"), lang);
            assertFalse(sideColumn(zones).contains("<figure class=\"map\">"), lang);
        }
    }
}
