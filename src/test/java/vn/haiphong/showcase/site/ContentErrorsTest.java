package vn.haiphong.showcase.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.testing.Fixtures;
import vn.haiphong.showcase.testing.MiniSite;

/** Every kind of content error: named file and line, a hint, all errors at once, no output written. */
class ContentErrorsTest extends MiniSite {
    private List<ContentError> errors() {
        BuildResult r = build();
        assertFalse(Files.exists(site.resolve("output")), "nothing is written when the sources have errors");
        return r.errors();
    }

    @Test
    void allErrorsAreCollectedAndReportedTogether() throws Exception {
        Fixtures.write(site.resolve("content/vi/bad-yaml.md"), "---\ntitle: \"A\"\ntags: [a,\n---\nx\n");
        Fixtures.write(site.resolve("content/vi/broken-link.md"), "---\ntitle: A\n---\n\nLine 5\n\n[x](/nowhere.md)\n");
        Fixtures.write(site.resolve("content/vi/layout.md"), "---\ntitle: A\nlayout: fancy\n---\nx\n");
        Fixtures.write(site.resolve("content/en/dup-a.md"), "---\ntitle: A\ntranslationKey: same\n---\n");
        Fixtures.write(site.resolve("content/en/dup-b.md"), "---\ntitle: B\ntranslationKey: same\n---\n");
        Files.write(site.resolve("content/vi/latin1.md"), "---\ntitle: caf\u00e9\n---\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.write(site.resolve("content/vi/image.md"), new byte[] {(byte) 0xff, (byte) 0xd8, 0, 0, 0x10});
        Fixtures.write(site.resolve("content/vi/notes.adoc"), "= Title\n");
        Files.write(site.resolve("content/vi/brief.docx"), new byte[] {'P', 'K', 3, 4});
        Fixtures.write(site.resolve("content/fr/page.md"), "---\ntitle: A\n---\n");
        List<ContentError> errors = errors();

        assertTrue(Fixtures.onlyError(errors, "bad-yaml.md").message().startsWith("invalid YAML"));
        ContentError link = Fixtures.onlyError(errors, "broken-link.md");
        assertEquals(7, link.line(), "line of the link in the file");
        assertTrue(link.message().contains("/nowhere.md"));
        ContentError layout = Fixtures.onlyError(errors, "layout.md");
        assertTrue(layout.message().contains("unknown layout `fancy`"));
        assertEquals(3, layout.line());
        assertTrue(Fixtures.onlyError(errors, "dup-b.md").message().contains("translationKey `same`"));
        ContentError utf = Fixtures.onlyError(errors, "latin1.md");
        assertEquals("not valid UTF-8", utf.message());
        assertEquals(2, utf.line());
        assertTrue(Fixtures.onlyError(errors, "image.md").message().contains("not a Markdown text file"));
        assertTrue(Fixtures.onlyError(errors, "notes.adoc").message().contains("AsciiDoc"));
        assertTrue(Fixtures.onlyError(errors, "brief.docx").message().contains("office document"));
        assertTrue(Fixtures.onlyError(errors, "content/fr").message().contains("not a language"));
        for (ContentError e : errors) {
            assertTrue(e.format(site).matches("^content/[^:]+(:\\d+)?: .+ — .+$"), e.format(site));
        }
    }

    @Test
    void aFrontMatterValueFoundWrongWhileRenderingIsReportedAtItsLine() {
        Fixtures.write(site.resolve("content/vi/wide.md"),
                "---\ntitle: A\ndescription: >\n  Two lines\n  of text\ntags: [a,\n  b]\nlayout: fancy\nimage: /nope.jpg\n---\nx\n");
        List<ContentError> errors = errors();
        List<ContentError> hits = errors.stream().filter(e -> e.path().toString().endsWith("wide.md")).toList();
        assertEquals(List.of(8, 9), hits.stream().map(ContentError::line).toList(), hits.toString());
        assertTrue(hits.get(0).message().contains("unknown layout `fancy`"));
        assertTrue(hits.get(1).message().contains("image not found"));
    }

    @Test
    void aTemplateErrorNamesTheTemplateAndLine() {
        Fixtures.write(site.resolve("templates/page.ftl"), "<#import \"layout.ftl\" as layout>\n<@layout.shell>\n${page.nope.deeper}\n</@layout.shell>\n");
        List<ContentError> errors = errors();
        ContentError e = Fixtures.onlyError(errors, "templates/page.ftl");
        assertEquals(3, e.line());
        assertTrue(e.message().contains("while rendering content/"), e.message());
    }

    @Test
    void aTemplateSyntaxErrorIsReportedBeforeRendering() {
        Fixtures.write(site.resolve("templates/partials/extra.ftl"), "line one\n<#if>\n");
        ContentError e = Fixtures.onlyError(errors(), "extra.ftl");
        assertEquals(2, e.line());
        assertTrue(e.message().startsWith("template syntax error"));
    }

    @Test
    void badSiteYamlStopsEarlyWithItsLine() {
        Fixtures.write(site.resolve("site.yaml"), "baseUrl: https://x.example\nlanguages: [vi, en\n");
        ContentError e = Fixtures.onlyError(errors(), "site.yaml");
        assertTrue(e.line() >= 2, "line " + e.line());
    }

    @Test
    void aMissingUiStringIsAnErrorNamingTheKey() {
        Fixtures.write(site.resolve("templates/tags.ftl"), "${t(\"no_such_key\")}\n");
        List<ContentError> errors = errors();
        assertTrue(errors.stream().anyMatch(e -> e.message().contains("`no_such_key`")), errors.toString());
    }

    @Test
    void photoBookProblemsAreReportedAtThePhotosOwnLines() throws Exception {
        Files.createDirectories(site.resolve("assets/photos"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "jpg", site.resolve("assets/photos/a.jpg").toFile());
        Fixtures.write(site.resolve("content/vi/photobook/01-one.md"), String.join("\n",
                "---",
                "title: Một",
                "intro: |",
                "  Ảnh đầu tiên,",
                "  src: /photos/a.jpg (words in a text, not the photo)",
                "photos:",
                "  - src: /photos/a.jpg",
                "    alt: \"\"",
                "  - caption: a photo without its file",
                "  - src: /photos/missing.jpg",
                "    alt: x",
                "---",
                "x", ""));
        List<String> found = errors().stream().filter(e -> e.path().toString().endsWith("01-one.md"))
                .map(e -> e.line() + " " + e.message().substring(0, Math.min(24, e.message().length()))).sorted().toList();
        assertEquals(List.of("10 photo not found: `/photo", "7 photo `/photos/a.jpg` ha", "9 a photo without `src`: `"), found);
    }

    @Test
    void aHeroWithoutAltTextABadFocusAndABadFactAreErrorsAtTheirLines() {
        Fixtures.write(site.resolve("content/vi/hero.md"),
                "---\ntitle: A\nimage: /img/dot.svg\nimageFocus: \"left top\"\nfacts:\n  - {value: \"1\"}\n  - Fine.\n---\nx\n");
        List<ContentError> hits = errors().stream().filter(e -> e.path().toString().endsWith("hero.md")).sorted().toList();
        assertEquals(3, hits.size(), hits.toString());
        assertEquals(3, hits.get(0).line());
        assertEquals("`image` has no `imageAlt`", hits.get(0).message());
        assertTrue(hits.get(0).hint().contains("imageAlt: "), "says how to fix it: " + hits.get(0).hint());
        assertEquals(4, hits.get(1).line());
        assertTrue(hits.get(1).message().contains("bad `imageFocus: left top`"));
        assertTrue(hits.get(1).hint().contains("\"50% 30%\""));
        assertEquals(6, hits.get(2).line());
        assertTrue(hits.get(2).message().contains("`facts` item 1 has no `label`"));
        for (ContentError e : hits) {
            assertTrue(e.format(site).matches("^content/vi/hero\\.md:\\d+: .+ — .+$"), e.format(site));
        }
    }
}
