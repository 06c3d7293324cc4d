package vn.haiphong.showcase.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code place="aside"} on a map: the renderer hands the map apart for the side column, or keeps it in the text. */
class AsideMapsTest {
    private final MarkdownRenderer md = new MarkdownRenderer(new ComponentsTest.TestDrawer());
    private static final ComponentText EN = new ComponentText("en", Map.of());

    private static final String PAGE = """
            Cát Bà lies east of the city.

            ::map{lat=20.72 lon=107.05 zoom=10 label="Cát Bà" place="aside"}

            ## Getting there

            :::map{lat=20.8 lon=106.9 zoom=9 title="Islands" place="aside"}
            20.73, 107.05 — Cát Bà
            20.71, 106.78 — Đồ Sơn
            :::

            ::map{lat=20.84 lon=106.69 zoom=9 label="Hải Phòng"}
            """;

    @Test
    void onAPageWithASideColumnAsideMapsAreReturnedApartInTheOrderWritten() {
        MarkdownRenderer.Rendered r = md.render(PAGE, LinkRewriter.NONE, false, EN, true);
        assertEquals(List.of(), r.problems());
        assertEquals(2, r.aside().size(), r.aside().toString());
        assertTrue(r.aside().get(0).startsWith("<figure class=\"map\"><svg role=\"img\"><title>Cát Bà</title>"), r.aside().get(0));
        assertTrue(r.aside().get(0).endsWith("<figcaption><span class=\"map-place\">Cát Bà</span> <small class=\"map-credit\">"
                + "Test coastline (public domain)</small></figcaption></figure>"), r.aside().get(0));
        assertTrue(r.aside().get(1).contains("<span class=\"map-title\">Islands</span><ul class=\"map-places\"><li>Cát Bà</li>"
                + "<li>Đồ Sơn</li></ul>"), r.aside().get(1));
        // the text keeps everything else, and only the map written without `place`
        assertEquals(1, count(r.html(), "<figure class=\"map\">"), r.html());
        assertTrue(r.html().contains("<title>Hải Phòng</title>"), r.html());
        assertFalse(r.html().contains("Cát Bà</title>") || r.html().contains("Islands"), r.html());
        assertTrue(r.html().contains("<p>Cát Bà lies east of the city.</p>\n<h2 id=\"getting-there\">Getting there</h2>"), r.html());
    }

    @Test
    void withoutASideColumnTheyStayWhereTheyAreWritten() {
        MarkdownRenderer.Rendered r = md.render(PAGE, LinkRewriter.NONE, false, EN, false);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(), r.aside());
        assertEquals(3, count(r.html(), "<figure class=\"map\">"), r.html());
        assertTrue(r.html().indexOf("Cát Bà</title>") < r.html().indexOf("Getting there"), "in the order written");
        assertEquals(r.html(), md.render(PAGE, LinkRewriter.NONE, false, EN).html(), "the default has no side column");
    }

    @Test
    void placeTakesOnlyAsideAndABadValueIsAProblemAtItsLineNamingTheAllowedValue() {
        MarkdownRenderer.Rendered r = md.render("""
                # Title

                ::map{lat=20.72 lon=107.05 zoom=10 label="Cát Bà" place="side"}

                :::map{lat=20.8 lon=106.9 zoom=9 place=Aside}
                20.73, 107.05 — Cát Bà
                :::

                ::cta{href="/en/" label="Home" place="aside"}
                """, LinkRewriter.NONE, false, EN, true);
        StringBuilder got = new StringBuilder();
        r.problems().forEach(p -> got.append(p.line()).append(": ").append(p.message()).append('\n'));
        assertEquals("""
                3: `place` of `::map` can only be `aside`, not `side`
                5: `place` of `:::map` can only be `aside`, not `Aside`
                9: unknown attribute `place` of `::cta`
                """, got.toString());
        assertTrue(r.problems().get(0).hint().contains("place=\"aside\""), r.problems().get(0).hint());
        assertEquals(List.of(), r.aside());
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
