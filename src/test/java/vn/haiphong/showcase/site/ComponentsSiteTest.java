package vn.haiphong.showcase.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.testing.BuiltDefaultSite;
import vn.haiphong.showcase.testing.Fixtures;
import vn.haiphong.showcase.testing.MiniSite;

/** Content components in whole builds: errors at the file's own line, the gallery's lightbox, the default site. */
class ComponentsSiteTest extends MiniSite {
    @Test
    void everyBadComponentIsAnErrorAtItsLineInTheFileCountingTheFrontMatter() {
        Fixtures.write(site.resolve("content/vi/bad.md"), """
                ---
                title: "Sai"
                description: "Một trang có lỗi"
                ---

                ::foo{a=1}

                ::map{lon=106.69 zoom=9}

                :::figures{source="/about.md"}
                130+
                :::

                :::timeline
                Không có năm — sự kiện
                :::

                :::figures{source="/about.md" colour="red"}
                1 — một
                :::

                :::note
                never closed
                """);
        BuildResult r = build();
        assertFalse(r.ok());
        List<String> got = r.errors().stream().filter(e -> e.path().toString().endsWith("bad.md"))
                .map(e -> e.line() + ": " + e.message()).toList();
        assertEquals(List.of(
                "6: unknown component `::foo`",
                "8: `::map` needs `lat`",
                "11: a figure without a label: `130+`",
                "15: a timeline line without a year: `Không có năm — sự kiện`",
                "18: unknown attribute `colour` of `:::figures`",
                "22: `:::note` is not closed: no line of three colons `:::` ends it"), got);
        for (ContentError e : r.errors()) {
            assertTrue(e.format(site).matches("^content/vi/bad\\.md:\\d+: .+ — .+$"), e.format(site));
        }
    }

    @Test
    void aPageWithAGalleryLoadsTheLightboxAndItsLinksAreChecked() throws Exception {
        BufferedImage img = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Files.createDirectories(site.resolve("assets/photos"));
        ImageIO.write(img, "jpg", site.resolve("assets/photos/port.jpg").toFile());
        Fixtures.write(site.resolve("content/en/gallery.md"), """
                ---
                title: "Gallery"
                ---

                :::gallery
                ![The port at night](/photos/port.jpg "Cranes at night")
                :::

                ::cta{href="/about.md" label="About us"}
                """);
        BuildResult r = build();
        assertTrue(r.ok(), r.errors().toString());
        String html = Fixtures.read(site.resolve("output/en/gallery/index.html"));
        assertTrue(html.contains("data-lightbox"), html);
        Matcher js = Pattern.compile("<script type=\"module\" src=\"(/js/lightbox\\.[0-9a-f]{8,}\\.js)\"").matcher(html);
        Matcher css = Pattern.compile("<link rel=\"stylesheet\" href=\"(/css/lightbox\\.[0-9a-f]{8,}\\.css)\"").matcher(html);
        assertTrue(js.find() && css.find(), html);
        assertTrue(Files.isRegularFile(site.resolve("output" + js.group(1))), "the lightbox is published: " + js.group(1));
        assertTrue(Files.isRegularFile(site.resolve("output" + css.group(1))), css.group(1));
        assertTrue(html.contains("<a class=\"cta-link\" href=\"/en/about/\">About us</a>"), html);
        String about = Fixtures.read(site.resolve("output/en/about/index.html"));
        assertFalse(about.contains("lightbox"), "pages without a gallery do not load it");

        Fixtures.write(site.resolve("content/en/gallery.md"), "---\ntitle: \"Gallery\"\n---\n\n::cta{href=\"/nowhere.md\" label=\"x\"}\n");
        BuildResult broken = build();
        ContentError e = Fixtures.onlyError(broken.errors(), "gallery.md");
        assertEquals(5, e.line());
        assertTrue(e.message().contains("/nowhere.md"), e.message());
    }

    @Test
    void theMarkdownCacheFollowsTheWordsComponentsShow() throws Exception {
        Fixtures.write(site.resolve("content/vi/note.md"), "---\ntitle: \"Ghi chú\"\n---\n\n:::note\nBến tàu mở cửa lúc 6 giờ.\n:::\n");
        assertTrue(build().ok());
        assertTrue(Fixtures.read(site.resolve("output/vi/note/index.html")).contains("<p class=\"callout-title\">Lưu ý</p>"));
        assertTrue(Files.isRegularFile(site.resolve(".cache/markdown/markdown.bin")));
        Path vi = site.resolve("templates/i18n/vi.yaml");
        Files.writeString(vi, Files.readString(vi).replace("component_note: \"Lưu ý\"", "component_note: \"Chú ý\""));
        assertTrue(build().ok());
        assertTrue(Fixtures.read(site.resolve("output/vi/note/index.html")).contains("<p class=\"callout-title\">Chú ý</p>"),
                "a changed UI string is not served from the cache");
    }

    @Test
    void theDefaultSiteShowsItsComponentsInEveryLanguage() {
        Path out = BuiltDefaultSite.output();
        for (String lang : List.of("vi", "en", "zh", "ko", "ja")) {
            String invest = Fixtures.read(out.resolve(lang + "/invest/index.html"));
            assertTrue(invest.contains("class=\"key-figures\""), lang + ": figures on the invest page");
            assertEquals(4, count(invest, "class=\"key-figure-value\""), lang);
            assertTrue(invest.contains("class=\"key-figures-source\""), lang);
            assertTrue(invest.contains("class=\"cta-link\" href=\"/" + lang + "/invest/how-to-start/\""), lang);
            assertTrue(Fixtures.read(out.resolve(lang + "/invest/industrial-zones/index.html")).contains("<figure class=\"map\">"), lang);
            assertTrue(Fixtures.read(out.resolve(lang + "/visit/cat-ba/index.html")).contains("<figure class=\"map\">"), lang);
            assertTrue(Fixtures.read(out.resolve(lang + "/visit/cat-ba/index.html")).contains("class=\"callout callout-tip\""), lang);
            String about = Fixtures.read(out.resolve(lang + "/about/index.html"));
            assertTrue(about.contains("<ol class=\"timeline\">") && about.contains("<time datetime=\"1955\">"), lang);
            assertTrue(Fixtures.read(out.resolve(lang + "/photobook/index.html")).contains("<ol class=\"timeline\">"), lang);
            assertFalse(invest.contains(":::"), lang + ": no directive is left as text");
        }
        assertTrue(Fixtures.read(out.resolve("vi/invest/index.html")).contains("23,6 tỷ USD"));
        assertTrue(Fixtures.read(out.resolve("ja/invest/index.html")).contains("出典：<a "), "no space after a full-width colon");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
