package vn.haiphong.showcase.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Our flexmark set-up against the one JBake 2.7.0 uses ({@code PegdownOptionsAdapter} from
 * flexmark-profile-pegdown, test scope): byte-identical HTML for every extension set we support.
 */
class JBakeMarkdownTest {

    static final String SAMPLE = String.join("\n",
            "#Heading without a space", "", "## Heading", "",
            "A paragraph with a soft", "break and a hard  ", "break, *emphasis*, `code` and \\*escapes\\* \\< \\_.", "",
            "See https://example.org/ferries and www.example.org.", "",
            "| Ingredient | Vietnamese |", "|------------|------------|", "| crab paste | riêu cua   |", "",
            "Term", ": Definition", "",
            "```java", "double use = teu / berths;", "```", "",
            "~~~", "tilde fence", "~~~", "",
            "> A quote", "continued", "",
            "1. one", "2. two", "", "- a", "", "- b", "",
            "~~struck~~ and H~2~O and a footnote[^1].", "", "[^1]: The note.", "",
            "<div class=\"x\">html *block*</div>", "", "Inline <span>html</span>.", "",
            "***", "* * *", " ---", "");

    private static String jbake(String markdown, List<String> extensions) {
        DataHolder options = PegdownOptionsAdapter.flexmarkOptions(JBakeMarkdown.bits(extensions));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @Test
    void rendersExactlyAsJBakesPegdownProfile() {
        List<List<String>> sets = List.of(
                List.of("HARDWRAPS", "AUTOLINKS", "FENCED_CODE_BLOCKS", "DEFINITIONS"),
                List.of("HARDWRAPS", "AUTOLINKS", "FENCED_CODE_BLOCKS", "DEFINITIONS", "TABLES"),
                List.of("TABLES", "STRIKETHROUGH", "SUBSCRIPT", "FOOTNOTES", "ATXHEADERSPACE", "RELAXEDHRULES"),
                List.of("STRIKETHROUGH", "FORCELISTITEMPARA", "SUPPRESS_ALL_HTML"),
                List.of("SUBSCRIPT", "+FENCED_CODE_BLOCKS", "-HARDWRAPS"),
                List.of());
        for (List<String> set : sets) {
            List<String> warnings = new ArrayList<>();
            String ours = new JBakeMarkdown(set, warnings).render(SAMPLE);
            assertEquals(jbake(SAMPLE, set), ours, "markdown.extensions=" + set);
            assertEquals(List.of(), warnings);
        }
    }

    @Test
    void emailLinksAreObfuscatedReproducibly() {
        String md = "Write to notes@haiphong.example today.\n";
        List<String> ext = List.of("AUTOLINKS");
        String ours = new JBakeMarkdown(ext, new ArrayList<>()).render(md);

        assertEquals(ours, new JBakeMarkdown(ext, new ArrayList<>()).render(md), "the same bytes every time");
        assertNotEquals(-1, ours.indexOf("&#"), "obfuscated");
        var a = Jsoup.parse(ours).selectFirst("a");
        var b = Jsoup.parse(jbake(md, ext)).selectFirst("a");
        assertEquals(b.attr("href"), a.attr("href"));
        assertEquals(b.text(), a.text());
    }

    @Test
    void extensionsWeCannotHonourAreNamedInAWarning() {
        List<String> warnings = new ArrayList<>();
        new JBakeMarkdown(List.of("ALL", "-WIKILINKS"), warnings);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("ABBREVIATIONS, ANCHORLINKS, QUOTES, SMARTS"), warnings.get(0));
    }
}
