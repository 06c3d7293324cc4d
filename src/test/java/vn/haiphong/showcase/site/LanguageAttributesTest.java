package vn.haiphong.showcase.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.haiphong.showcase.testing.BuiltDefaultSite;

/**
 * Language of parts (WCAG 3.1.2) over the built default site: words in another language than the
 * page's carry that language's {@code lang}, so screen readers switch voice: the language switcher
 * and the "also in" links, the root chooser, the Vietnamese text of fallback pages and the
 * visitor's language around it, and any run of Vietnamese text on a page in another language.
 */
class LanguageAttributesTest {
    static final Map<String, String> HTML_LANG = Map.of("vi", "vi", "en", "en", "zh", "zh-Hans", "ko", "ko", "ja", "ja");
    static final String BASE = "https://haiphong-showcase.example";
    static final List<Document> pages = new ArrayList<>();
    static Document chooser;
    static Document rootNotFound;

    @BeforeAll
    static void read() throws IOException {
        Path output = BuiltDefaultSite.output();
        try (Stream<Path> s = Files.walk(output)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document d = Jsoup.parse(f.toFile(), "UTF-8", BASE + "/" + output.relativize(f));
                if (output.relativize(f).toString().equals("index.html")) {
                    chooser = d;
                } else if (output.relativize(f).toString().equals("404.html")) {
                    rootNotFound = d; // like the chooser, it speaks every language and has no switcher
                } else if (d.selectFirst("meta[http-equiv=refresh]") == null) {
                    // (a page with a refresh is a former tag address forwarding to the tag: TagAddressesTest)
                    pages.add(d);
                }
            }
        }
    }

    /** The language an element's text is in: the nearest {@code lang} attribute. */
    static String langOf(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.hasAttr("lang")) {
                return x.attr("lang");
            }
        }
        return "";
    }

    static String where(Document d, Element e) {
        String html = e.outerHtml().replaceAll("\\s+", " ");
        return d.location() + ": " + (html.length() > 140 ? html.substring(0, 140) + "…" : html);
    }

    @Test
    void languageLinksAreWrittenInTheirOwnLanguage() {
        List<String> problems = new ArrayList<>();
        for (Document d : pages) {
            for (Element a : d.select("nav.lang-switch a, .site-footer a[hreflang]")) {
                if (!HTML_LANG.containsValue(a.attr("hreflang")) || !a.attr("hreflang").equals(langOf(a))) {
                    problems.add(where(d, a));
                }
            }
            // embed.html has no site header: its switcher is the exhibition's own (.ex-langs)
            String switcher = d.selectFirst("nav.lang-switch") == null && d.selectFirst(".ex-embed-body") != null
                    ? ".ex-langs a" : "nav.lang-switch a";
            for (Element a : d.select(".ex-langs a")) {
                if (!HTML_LANG.containsValue(a.attr("hreflang")) || !a.attr("hreflang").equals(langOf(a))) {
                    problems.add(where(d, a));
                }
            }
            if (d.select(switcher).size() != HTML_LANG.size()) {
                problems.add(d.location() + ": the language switcher has " + d.select(switcher).size() + " entries");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theRoot404WritesEachLanguageInItsLanguage() {
        List<Element> links = rootNotFound.select("a[hreflang]");
        assertTrue(links.size() >= HTML_LANG.size() * 5, "homes and sections of every language: " + links.size());
        for (Element a : links) {
            assertEquals(a.attr("hreflang"), langOf(a), where(rootNotFound, a));
        }
    }

    @Test
    void theChooserWritesEachChoiceInItsLanguage() {
        List<Element> choices = chooser.select(".choices a");
        assertEquals(HTML_LANG.size(), choices.size());
        for (Element a : choices) {
            assertEquals(a.attr("hreflang"), langOf(a), where(chooser, a));
            assertEquals(a.attr("hreflang"), langOf(a.selectFirst(".choice-tagline")), where(chooser, a));
        }
    }

    @Test
    void fallbackPagesMarkTheTextAndTheInterfaceWithTheirOwnLanguages() {
        List<String> problems = new ArrayList<>();
        int fallbacks = 0;
        for (Document d : pages) {
            Element canonical = d.selectFirst("link[rel=canonical]");
            String own = d.selectFirst("html").attr("lang");
            // a fallback's canonical is the page in another language; embed.html's is its own
            // language's exhibition page (a frame, not a translation)
            if (canonical == null || canonical.attr("href").equals(d.location().replaceAll("index\\.html$", ""))
                    || d.location().endsWith("404.html")
                    || canonical.attr("href").regionMatches(BASE.length(), d.location(), BASE.length(), 4)) {
                continue;
            }
            fallbacks++;
            String source = HTML_LANG.get(canonical.attr("href").substring(BASE.length() + 1, BASE.length() + 3));
            Element notice = d.selectFirst(".notice");
            if (notice == null || !langOf(notice).equals(own)) {
                problems.add(d.location() + ": the fallback notice must be in the visitor's language " + own);
            } else if (notice.selectFirst("[lang=" + source + "]") == null) {
                problems.add(where(d, notice) + " — the source language's name needs lang=" + source);
            }
            for (Element e : d.select("main h1, main .lead, main .prose > *, main .card-title")) {
                if (!langOf(e).equals(source)) {
                    problems.add(where(d, e) + " — text in " + source + " marked as " + langOf(e));
                }
            }
            for (Element e : d.select("main .breadcrumbs, main .meta, main #_toc, main .tags-title, main .chapter-kicker, main .chapter-nav, main .card-date")) {
                if (!langOf(e).equals(own)) {
                    problems.add(where(d, e) + " — interface text in " + own + " marked as " + langOf(e));
                }
            }
        }
        assertTrue(fallbacks > 0, "the default site has fallback pages (ja/news/showcase-launch)");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void vietnameseSentencesOnOtherLanguagesPagesAreMarkedVietnamese() {
        List<String> problems = new ArrayList<>();
        for (Document d : pages) {
            if (d.selectFirst("html").attr("lang").equals("vi")) {
                continue;
            }
            for (Element e : d.body().select("*")) {
                if (looksVietnamese(e.ownText()) && !langOf(e).equals("vi")) {
                    problems.add(where(d, e) + " — Vietnamese text marked as " + langOf(e));
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " elements:\n" + String.join("\n", problems));
    }

    /**
     * Vietnamese running text, not a name: eight Latin words or more in a row (not broken by CJK
     * text), at least six in ten of them written with Vietnamese letters (ă â đ ê ô ơ ư or a tone
     * mark). "Hải Phòng" or "Đình Vũ – Cát Hải Economic Zone" inside other text are proper names,
     * which WCAG 3.1.2 leaves out; a Vietnamese sentence or book title is not.
     */
    static boolean looksVietnamese(String text) {
        for (String run : text.split("[^\\p{IsLatin}\\p{IsCommon}\\p{M}]+")) {
            int latin = 0;
            int vi = 0;
            for (String w : run.split("[^\\p{IsLatin}\\p{M}]+")) {
                if (w.isEmpty()) {
                    continue;
                }
                latin++;
                if (VIETNAMESE_LETTER.matcher(w).find()) {
                    vi++;
                }
            }
            if (latin >= 8 && vi * 10 >= latin * 6) {
                return true;
            }
        }
        return false;
    }

    static final java.util.regex.Pattern VIETNAMESE_LETTER = java.util.regex.Pattern.compile(
            "[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
            + "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]");
}
