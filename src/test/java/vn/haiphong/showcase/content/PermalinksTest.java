package vn.haiphong.showcase.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every URL shape the site publishes, as DESIGN.md's URL contract states them. */
class PermalinksTest {
    private static final String HEX = "1a2b3c4d5e6f7a8b9c0d";

    private static Page page(String key, Page.Kind kind) {
        return new Page("vi", key + ".md", key, kind, "T", "", null, List.of(), null, false, null, null, null, null,
                false, null, 0, null, Map.of(), "", false, Path.of("content/vi/" + key + ".md"), 1, Map.of());
    }

    @Test
    void languagePagesLiveUnderTheLanguageCode() {
        assertEquals("/", Permalinks.chooser());
        assertEquals("/en/", Permalinks.home("en"));
        assertEquals("/en/news/port-2025/", Permalinks.page("en", page("news/port-2025", Page.Kind.PAGE)));
        assertEquals("/en/news/", Permalinks.page("en", page("news/_index", Page.Kind.SECTION)));
        assertEquals("/en/", Permalinks.page("en", page("_index", Page.Kind.HOME)));
        assertEquals("/en/tags/", Permalinks.tags("en"));
        assertEquals("/en/tags/cang-bien/", Permalinks.tag("en", "Cảng biển"));
        assertEquals("/en/feed.xml", Permalinks.feed("en"));
        assertEquals("/en/sitemap.xml", Permalinks.sitemap("en"));
        assertEquals("/en/404.html", Permalinks.notFound("en"));
        assertEquals("/en/search/", Permalinks.search("en"));
        assertEquals("/en/photobook/", Permalinks.photobook("en"));
        assertEquals("/en/photobook/port/#photo-3", Permalinks.photo("/en/photobook/port/", 3));
        assertEquals("/en/exhibition/", Permalinks.exhibition("en"));
        assertEquals("/en/exhibition/embed.html", Permalinks.exhibitionEmbed("en"));
        assertEquals("/en/exhibition/oembed.json", Permalinks.exhibitionOembed("en"));
        assertEquals("#room=economy&exhibit=cranes", Permalinks.exhibitLink("economy", "cranes"));
        assertEquals("/en/exhibition/#room=economy&exhibit=cranes",
                Permalinks.exhibition("en") + Permalinks.exhibitLink("economy", "cranes"));
        assertEquals("/en/news/chart.png", Permalinks.contentFile("en", "news/chart.png"));
    }

    @Test
    void laterListPagesAddPageN() {
        assertEquals("/en/news/", Permalinks.pagination("/en/news/", 1));
        assertEquals("/en/news/page/2/", Permalinks.pagination("/en/news/", 2));
        assertEquals("/en/tags/port/page/3/", Permalinks.pagination(Permalinks.tag("en", "port"), 3));
    }

    @Test
    void rootFiles() {
        assertEquals("/sitemap.xml", Permalinks.sitemapIndex());
        assertEquals("/robots.txt", Permalinks.robots());
        assertEquals("/css/pictures.css", Permalinks.root("css/pictures.css"));
        assertEquals("/css/pictures.css", Permalinks.root("/css/pictures.css"));
    }

    @Test
    void bundlesAndTilesAreNamedByContent() {
        assertEquals("/js/lightbox.1a2b3c4d.js", Permalinks.bundle("lightbox", "1a2b3c4d5e", "js"), "one hash length for every content name");
        assertEquals("/css/lightbox.1a2b3c4d.css", Permalinks.bundle("lightbox", "1a2b3c4d5e", "css"));
        assertTrue(Permalinks.isContentNamedFile("lightbox.1a2b3c4d.js"));
        assertThrows(IllegalArgumentException.class, () -> Permalinks.bundle("lightbox", "1a2b", "js"));
        assertEquals("vr360/tiles/economy.1a2b3c4d", Permalinks.tileFolder("economy", HEX));
        assertEquals("/vr360/tiles/economy.1a2b3c4d/still.jpg",
                Permalinks.tileFile(Permalinks.tileFolder("economy", HEX), "still.jpg"));
    }

    @Test
    void absoluteUrlsPutTheBaseUrlInFront() {
        assertEquals("https://x.example/en/", new Permalinks("https://x.example").absolute(Permalinks.home("en")));
        assertEquals("/en/", new Permalinks("").absolute("/en/"));
        assertThrows(NullPointerException.class, () -> new Permalinks(null));
    }

    @Test
    void everyUrlHasOneOutputFile() {
        assertEquals("index.html", Permalinks.file(Permalinks.chooser()));
        assertEquals("en/index.html", Permalinks.file("/en/"));
        assertEquals("en/news/page/2/index.html", Permalinks.file(Permalinks.pagination("/en/news/", 2)));
        assertEquals("en/feed.xml", Permalinks.file(Permalinks.feed("en")));
        assertEquals("en/404.html", Permalinks.file(Permalinks.notFound("en")));
        assertEquals("en/photobook/port/index.html", Permalinks.file(Permalinks.photo("/en/photobook/port/", 3)));
        assertEquals("en/search/index.html", Permalinks.file("/en/search/?q=port"));
        assertEquals("vr360/tiles/economy.1a2b3c4d/tiles/0/f/0_0.jpg",
                Permalinks.file(Permalinks.tileFile(Permalinks.tileFolder("economy", HEX), "tiles/0/f/0_0.jpg")));
    }

    @Test
    void contentNames() {
        assertEquals("css/site.1a2b3c4d.css", Permalinks.contentName("css/site.css", HEX));
        assertEquals("fonts/LICENSE.1a2b3c4d", Permalinks.contentName("fonts/LICENSE", HEX));
        assertEquals(".well-known/x.1a2b3c4d", Permalinks.contentName(".well-known/x", HEX));
        assertEquals("economy.1a2b3c4d", Permalinks.contentNamedFolder("economy", HEX));
        assertTrue(Permalinks.isContentNamedFile("site.1a2b3c4d.css"));
        assertFalse(Permalinks.isContentNamedFile("site.css"));
        assertFalse(Permalinks.isContentNamedFile("harbour.960.webp"));
        assertTrue(Permalinks.isContentNamedFolder("economy.1a2b3c4d"));
        assertFalse(Permalinks.isContentNamedFolder("economy"));
        assertThrows(IllegalArgumentException.class, () -> Permalinks.contentName("a.css", "XYZ12345"));
        assertThrows(IllegalArgumentException.class, () -> Permalinks.contentNamedFolder("a", "1a2b"));
        assertEquals(8, Permalinks.HASH_LENGTH);
    }
}
