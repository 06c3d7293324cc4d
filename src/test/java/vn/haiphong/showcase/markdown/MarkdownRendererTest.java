package vn.haiphong.showcase.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer md = new MarkdownRenderer();

    private MarkdownRenderer.Rendered render(String text) {
        return md.render(text, LinkRewriter.NONE);
    }

    @Test
    void headingIdsSitOnTheHeadingAndAreUniqueInEveryScript() {
        MarkdownRenderer.Rendered r = render("## Lịch sử\n\n## Lịch sử\n\n## 港湾と物流\n\n## 항만 물류\n\n## Cảng {#port}\n\n## port\n");
        assertTrue(r.html().contains("<h2 id=\"lich-su\">Lịch sử</h2>"), r.html());
        assertTrue(r.html().contains("<h2 id=\"lich-su-1\">"));
        assertTrue(r.html().contains("<h2 id=\"港湾と物流\">"));
        assertTrue(r.html().contains("<h2 id=\"항만-물류\">"));
        assertTrue(r.html().contains("<h2 id=\"port\">"));
        assertTrue(r.html().contains("<h2 id=\"port-1\">"), "a generated id never takes an explicit one");
        assertEquals(List.of("lich-su", "lich-su-1", "港湾と物流", "항만-물류", "port", "port-1"),
                r.headings().stream().map(MarkdownRenderer.HeadingInfo::id).toList());
    }

    @Test
    void extensionsAreOn() {
        String html = render("""
                | a | b |
                |---|---|
                | 1 | 2 |

                ~~old~~ new, see https://haiphong.gov.vn for more.[^n]

                Term
                : Definition

                [^n]: A note.
                """).html();
        assertTrue(html.contains("<table"), html);
        assertTrue(html.contains("<del>old</del>"), html);
        assertTrue(html.contains("<a href=\"https://haiphong.gov.vn\">"), html);
        assertTrue(html.contains("<dl>") && html.contains("<dt>Term</dt>"), html);
        assertTrue(html.contains("footnote"), html);
    }

    @Test
    void linksGoThroughTheRewriterAndProblemsKeepTheirLine() {
        LinkRewriter rewriter = (url, image) -> url.equals("missing.md")
                ? LinkRewriter.Outcome.error("no such page", "fix it")
                : LinkRewriter.Outcome.ok(url.replace(".md", "/"));
        MarkdownRenderer.Rendered r = md.render("Para\n\n[a](about.md) and\n\n[b](missing.md)\n\n![pic](x.jpg)\n\n[c][ref]\n\n[ref]: other.md\n", rewriter);
        assertTrue(r.html().contains("<a href=\"about/\">a</a>"), r.html());
        assertTrue(r.html().contains("<a href=\"other/\">c</a>"), r.html());
        assertEquals(1, r.problems().size());
        assertEquals(5, r.problems().get(0).line());
    }
}
