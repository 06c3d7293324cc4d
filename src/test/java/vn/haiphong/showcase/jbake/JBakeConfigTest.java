package vn.haiphong.showcase.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.errors.ContentErrors;

/** jbake.properties as JBake reads it, and the {@code config} hash templates see. */
class JBakeConfigTest {

    private static JBakeConfig load(Path dir, String properties, Map<String, String> system, ContentErrors errors) {
        new TestProject(dir, properties);
        return JBakeConfig.load(dir, Map.of(), system, errors);
    }

    @Test
    void templatesSeeEveryKeyWithUnderscores(@TempDir Path dir) {
        ContentErrors errors = new ContentErrors();
        JBakeConfig config = load(dir, "site.host=https://notes.example\nindex.paginate=true\n"
                + "markdown.extensions=HARDWRAPS,AUTOLINKS, TABLES\nescaped=a\\,b\n", Map.of("java.version", "17"), errors);
        Map<String, Object> model = config.templateModel(dir.resolve("output"));

        assertTrue(errors.isEmpty(), errors.sorted()::toString);
        assertEquals("https://notes.example", model.get("site_host"));
        assertEquals("tags", model.get("tag_path"), "JBake's defaults are there too");
        assertEquals(".html", model.get("output_extension"));
        assertEquals("true", model.get("render_tags"), "values stay strings");
        assertEquals(Boolean.TRUE, model.get("index_paginate"), "except index_paginate");
        assertEquals(List.of("HARDWRAPS", "AUTOLINKS", "TABLES"), model.get("markdown_extensions"),
                "a value with commas is a list of trimmed items");
        assertEquals("a,b", model.get("escaped"), "\\, keeps the comma");
        assertEquals("17", model.get("java_version"), "system properties are the last layer, as in JBake");
        assertEquals("v2.7.0", model.get("version"));
        assertEquals(dir.resolve("output").toFile(), model.get("destinationFolder"));
    }

    @Test
    void layersAndDocumentTypes(@TempDir Path dir) {
        new TestProject(dir, "site.host=https://a.example\ntemplate.news.file=news.ftl\n")
                .file("custom.properties", "site.host=https://custom.example\n");
        JBakeConfig config = JBakeConfig.load(dir, Map.of(), Map.of("site.host", "https://system.example"),
                new ContentErrors());
        JBakeConfig overridden = JBakeConfig.load(dir, Map.of("site.host", "https://cli.example"), Map.of(),
                new ContentErrors());

        assertEquals("https://custom.example", config.string("site.host"), "custom.properties wins, then jbake.properties");
        assertEquals("https://cli.example", overridden.string("site.host"), "--base-url wins over every file");
        assertEquals(List.of("page", "post", "masterindex", "archive", "feed", "news", "error404", "tag", "tagsindex",
                "sitemap", "data"), config.documentTypes());
        assertEquals(Locale.ENGLISH, config.locale());
    }

    @Test
    void badValuesAreReportedWithTheirLine(@TempDir Path dir) {
        ContentErrors errors = new ContentErrors();
        load(dir, "site.title=x\nrender.tags=maybe\njvm.locale=english-please\nindex.posts_per_page=0\n", Map.of(), errors);

        assertEquals(List.of(2, 3, 4), errors.sorted().stream().map(e -> e.line()).toList(), errors.sorted()::toString);
    }
}
