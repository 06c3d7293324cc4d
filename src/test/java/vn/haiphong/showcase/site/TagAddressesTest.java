package vn.haiphong.showcase.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.check.LinkChecker;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.testing.Fixtures;

/**
 * Japanese tags keep their voiced marks in their addresses ({@code /ja/tags/カットバ/}), and the
 * addresses earlier versions published without them ({@code /ja/tags/カットハ/}) still lead there.
 */
class TagAddressesTest {
    @Test
    void kanaTagsKeepTheirMarksAndTheOldAddressesForwardToThem(@TempDir Path dir) throws IOException {
        Path site = Fixtures.site("mini", dir);
        Path post = site.resolve("content/ja/news/post-1.md");
        Files.writeString(post, Fixtures.read(post).replace("tags: [\"祭り\"]", "tags: [\"祭り\", \"カットバ\", \"ハイズオン\", \"ぽ\"]"));
        BuildResult r = SiteBuild.once().run(new BuildOptions(site, null, null, false, null));
        assertTrue(r.ok(), r.errors().toString());
        Path out = site.resolve("output");

        for (String tag : List.of("カットバ", "ハイズオン", "ぽ")) {
            String page = Fixtures.read(out.resolve("ja/tags/" + tag + "/index.html"));
            assertFalse(page.contains("http-equiv=\"refresh\""), tag + " has its real tag page");
        }
        Map<String, String> moved = Map.of("カットハ", "カットバ", "ハイスオン", "ハイズオン", "ほ", "ぽ");
        for (Map.Entry<String, String> e : moved.entrySet()) {
            String alias = Fixtures.read(out.resolve("ja/tags/" + e.getKey() + "/index.html"));
            String target = "/ja/tags/" + e.getValue() + "/";
            assertTrue(alias.contains("<meta http-equiv=\"refresh\" content=\"0; url=" + target + "\">"), alias);
            assertTrue(alias.contains("<link rel=\"canonical\" href=\"https://mini.example" + target + "\">"), alias);
            assertTrue(alias.contains("<meta name=\"robots\" content=\"noindex\">"), alias);
            assertTrue(alias.contains("<html lang=\"ja\">"), alias);
            assertTrue(alias.contains("このページは新しいアドレスに移動しました"), alias);
        }
        // nothing else is aliased: Vietnamese and kana without voiced marks kept their addresses
        try (Stream<Path> s = Files.list(out.resolve("vi/tags"))) {
            assertEquals(List.of("cang-bien", "index.html", "le-hoi", "van-hoa"),
                    s.map(p -> p.getFileName().toString()).filter(n -> !n.contains(".html.")).sorted().toList());
        }
        try (Stream<Path> s = Files.list(out.resolve("ja/tags"))) {
            assertEquals(List.of("index.html", "ほ", "ぽ", "カットハ", "カットバ", "ハイスオン", "ハイズオン", "祭り"),
                    s.map(p -> p.getFileName().toString()).filter(n -> !n.contains(".html.")).sorted().toList());
        }

        String sitemap = java.net.URLDecoder.decode(Fixtures.read(out.resolve("ja/sitemap.xml")),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(sitemap.contains("/ja/tags/カットバ/"), sitemap);
        assertFalse(sitemap.contains("/ja/tags/カットハ/"), "aliases are not pages of the site: " + sitemap);
        assertFalse(sitemap.contains("/ja/tags/ほ/"), sitemap);

        List<ContentError> problems = new LinkChecker(out, "https://mini.example", Map.of()).check();
        assertTrue(problems.isEmpty(), problems.stream().map(ContentError::toString).collect(Collectors.joining("\n")));
    }
}
