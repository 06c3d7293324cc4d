package vn.haiphong.showcase.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves the reference works here: real JBake 2.7.0 bakes the fixture into the files we expect. */
class RealJBakeTest {

    static final Path FIXTURE = Path.of("src/test/resources/sites/jbake-blog");

    /** What JBake 2.7.0 writes for the fixture. */
    static final List<String> EXPECTED_FILES = List.of(
            ".htaccess",
            "2/index.html",
            "3/index.html",
            "about.html",
            "about/harbour.png",
            "archive.html",
            "blog/2024/banh-da-cua.html",
            "blog/2024/cat-ba-island.html",
            "blog/2024/port-expansion.html",
            "blog/2025/flower-festival.html",
            "blog/2025/lantern-night.html",
            "blog/2025/new-metro-ideas-draft.html",
            "contact.html",
            "css/style.css",
            "feed.xml",
            "img/logo.png",
            "index.html",
            "sitemap.xml",
            "tags/Cat Ba.html",
            "tags/culture.html",
            "tags/economy.html",
            "tags/food.html",
            "tags/index.html",
            "tags/port.html",
            "tags/travel.html",
            "tags/ẩm thực.html");

    @Test
    void bakesTheFixtureIntoJBakesLayout(@TempDir Path out) throws IOException {
        RealJBake.Result result = RealJBake.bake(FIXTURE, out);

        assertTrue(result.errors().isEmpty(), () -> "JBake errors: " + result.errors());
        assertEquals(new TreeSet<>(EXPECTED_FILES), result.files());

        String post = Files.readString(out.resolve("blog/2024/cat-ba-island.html"));
        assertTrue(post.contains("<em>15 March 2024</em>"), "date in jvm.locale=en_GB, header date at UTC midnight");
        assertTrue(post.contains("href=\"../../tags/Cat Ba.html\""), "tag links keep the raw tag, rootpath ../../");
        String page2 = Files.readString(out.resolve("2/index.html"));
        assertTrue(page2.contains("Page 2 of 3"), "index.paginate with 2 posts per page over 5 published posts");
    }
}
