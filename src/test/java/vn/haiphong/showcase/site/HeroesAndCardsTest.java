package vn.haiphong.showcase.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.haiphong.showcase.testing.BuiltDefaultSite;

/**
 * The default site as published (CDN stage on): every home, section and article page has its hero
 * as the first picture of {@code <main>}, before the first {@code <h2>}, never lazy; every card
 * shows a picture; the root 404 page speaks every language; the home page stays light.
 */
class HeroesAndCardsTest {
    static final List<String> LANGS = List.of("vi", "en", "zh", "ko", "ja");

    private static Document page(String rel) throws IOException {
        Path f = BuiltDefaultSite.output().resolve(rel);
        assertTrue(Files.isRegularFile(f), rel + " is built");
        return Jsoup.parse(f.toFile(), "UTF-8");
    }

    /** Every page of a language that has a front-matter hero: home, sections and articles (photo-book chapters have their own photos, the exhibition its viewer). */
    private static List<String> pagesWithHeroes(String lang) throws IOException {
        Path root = BuiltDefaultSite.output().resolve(lang);
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList()) {
                String rel = BuiltDefaultSite.output().relativize(p).toString().replace('\\', '/');
                if (rel.contains("/tags/") || rel.matches(".*/photobook/0\\d-.*") || rel.matches(".*/page/\\d+/.*")
                        || rel.contains("/search/") || rel.contains("/exhibition/")) {
                    // (the exhibition's hero is its viewer's still: a picture above it pushed the viewer below the fold)
                    continue;
                }
                out.add(rel);
            }
        }
        return out;
    }

    @Test
    void theHeroIsTheFirstPictureOfMainBeforeTheFirstH2AndNeverLazy() throws IOException {
        for (String lang : LANGS) {
            List<String> pages = pagesWithHeroes(lang);
            assertTrue(pages.size() >= 25, lang + ": home, sections and articles: " + pages);
            for (String rel : pages) {
                Document d = page(rel);
                Element main = d.selectFirst("main");
                assertNotNull(main, rel);
                Element hero = main.selectFirst(".page-hero img");
                assertNotNull(hero, rel + " has a hero");
                assertEquals(hero, main.selectFirst("img"), rel + ": the hero is the first picture in <main>");
                Element h2 = main.selectFirst("h2");
                if (h2 != null) {
                    assertTrue(hero.siblingIndex() >= 0 && before(main, hero, h2), rel + ": the hero comes before the first <h2>");
                }
                assertFalse(hero.hasAttr("loading"), rel + ": the hero is never lazy");
                assertEquals("high", hero.attr("fetchpriority"), rel);
                assertTrue(Integer.parseInt(hero.attr("width")) > 0 && Integer.parseInt(hero.attr("height")) > 0, rel);
                assertFalse(hero.attr("alt").isBlank(), rel + ": the hero says what it shows");
                assertTrue(hero.attr("srcset").contains(" 960w") && hero.hasAttr("sizes"), rel + ": responsive " + hero);
                assertNotNull(hero.parent().selectFirst("source[type=image/webp]"), rel + ": a WebP source");
                boolean bleed = !d.body().hasClass("kind-page");
                assertEquals(bleed, hero.parent().parent().hasClass("page-hero-bleed"),
                        rel + ": full-bleed on home and section pages only");
            }
        }
    }

    /** Whether {@code a} comes before {@code b} in document order inside {@code root}. */
    private static boolean before(Element root, Element a, Element b) {
        for (Element e : root.getAllElements()) {
            if (e == a) {
                return true;
            }
            if (e == b) {
                return false;
            }
        }
        return false;
    }

    @Test
    void everyCardShowsAPictureThatLoadsLazily() throws IOException {
        for (String lang : LANGS) {
            for (String rel : List.of(lang + "/index.html", lang + "/pillars/index.html", lang + "/invest/index.html",
                    lang + "/visit/index.html", lang + "/news/index.html")) {
                Document d = page(rel);
                List<Element> cards = d.select("li.card");
                assertFalse(cards.isEmpty(), rel + " lists cards");
                for (Element c : cards) {
                    Element img = c.selectFirst(".card-picture img");
                    assertNotNull(img, rel + ": a card without a picture: " + c.text());
                    assertEquals("lazy", img.attr("loading"), rel + ": cards sit below the hero");
                    assertTrue(img.attr("sizes").contains("17rem"), rel + ": sized for a grid column");
                }
            }
        }
    }

    @Test
    void aFallbackCardOnTheHomePageSaysItsTextIsVietnamese() throws IOException {
        // the launch post has no Japanese translation: it is one of the three newest news items
        Document ja = page("ja/index.html");
        Element card = ja.select("li.card").stream().filter(c -> c.selectFirst("a[href*=showcase-launch]") != null)
                .findFirst().orElseThrow();
        Element note = card.selectFirst(".card-note");
        assertNotNull(note, "the card says its text is not in Japanese");
        assertEquals("vi", note.selectFirst("span[lang]").attr("lang"));
        assertEquals("vi", card.selectFirst(".card-title").attr("lang"));
        assertTrue(page("en/index.html").select(".card-note").isEmpty(), "translated cards carry no note");
    }

    @Test
    void theArticleHasASideColumnWithRelatedPagesAndPressHasTheContactBlock() throws IOException {
        Document a = page("en/visit/cat-ba/index.html");
        Element aside = a.selectFirst("main .article-grid > aside.article-aside");
        assertNotNull(aside, "the side column");
        assertFalse(aside.select(".related-list a").isEmpty(), "related pages");
        Document press = page("en/press/index.html");
        Element contact = press.selectFirst(".aside-contact address");
        assertNotNull(contact, "Press shows the contact block");
        assertTrue(contact.text().contains("Department of Foreign Affairs"), contact.text());
        assertTrue(contact.select("a[href^=mailto:]").isEmpty(), "no e-mail: the sources state none");
        assertFalse(press.selectFirst("main").text().contains(".example"), "no placeholder address on Press");
        assertTrue(press.select("main a[href^=mailto:]").isEmpty(), "no placeholder mailbox on Press");
    }

    @Test
    void theRoot404SpeaksEveryLanguageAndLeadsToEachHome() throws IOException {
        Document d = page("404.html");
        for (String lang : LANGS) {
            String htmlLang = lang.equals("zh") ? "zh-Hans" : lang;
            Element block = d.selectFirst("li[lang=" + htmlLang + "]");
            assertNotNull(block, "a block in " + lang);
            assertNotNull(block.selectFirst("a[href=/" + lang + "/]"), lang + " home");
            assertTrue(block.select("a[href^=/" + lang + "/]").size() >= 5, lang + " sections");
            assertFalse(block.selectFirst("h2").text().isBlank());
        }
        for (Element a : d.select("a[href], link[href]")) {
            assertTrue(a.attr("href").startsWith("/"), "served at any path, every link is from the root: " + a);
        }
    }

    @Test
    void theHomePageStaysUnder150KbWithoutPhotos() throws IOException {
        Path out = BuiltDefaultSite.output();
        for (String lang : LANGS) {
            Document d = page(lang + "/index.html");
            long bytes = Files.size(out.resolve(lang + "/index.html"));
            for (Element e : d.select("link[rel=stylesheet][href], script[src]")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                bytes += Files.size(out.resolve(url.substring(1)));
            }
            assertTrue(bytes <= 150 * 1024, lang + " home: " + bytes + " bytes of HTML, CSS and JS");
        }
    }
}
