package vn.haiphong.showcase.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.render.model.ExhibitionView;
import vn.haiphong.showcase.render.model.PageView;

/** How our templates see the typed model: record components as fields, null as missing, everything else as before. */
class TemplateEngineTest {
    @TempDir
    Path dir;

    private String render(String template, Map<String, Object> model) throws IOException {
        Files.writeString(dir.resolve("t.ftl"), template);
        ContentErrors errors = new ContentErrors();
        String out = new TemplateEngine(dir, true).render("t.ftl", model, "a test", errors);
        assertEquals(List.of(), errors.sorted());
        return out;
    }

    @Test
    void recordComponentsReadAsFieldsAndNullIsMissing() throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("pager", new PageView.Pager(2, 3, "/en/news/", ""));
        model.put("share", PageView.ShareImage.NONE);
        model.put("track", new ExhibitionView.Track("/a.vtt", "en", "English", true));
        assertEquals("2/3 /en/news/ [false] [false] true false",
                render("${pager.number}/${pager.total} ${pager.prev} [${pager.next?has_content?c}] [${(share.url??)?c}]"
                        + " ${track.default?c} ${(pager.nope??)?c}", model));
    }

    @Test
    void mapsListsAndNumbersRenderAsBefore() throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("params", Map.of("n", 1234567, "list", List.of("a", "b")));
        assertEquals("1234567 a,b 2 <&amp;>", render("${params.n} <#list params.list as x>${x}<#sep>,</#list> ${params.list?size}"
                + " <${'&'}>", model));
    }

    @Test
    void noTemplateMakesJavaObjects() throws IOException {
        Path marker = dir.resolve("ran");
        // Execute runs a shell command; SimpleHash is harmless, but any class at all is refused, not a list of known bad ones
        for (String made : List.of("\"freemarker.template.utility.Execute\"?new()(\"touch " + marker + "\")",
                "\"freemarker.template.SimpleHash\"?new()?size")) {
            Files.writeString(dir.resolve("t.ftl"), "${" + made + "}");
            for (TemplateEngine engine : List.of(new TemplateEngine(dir, true), new TemplateEngine(dir, cfg -> { }))) {
                ContentErrors errors = new ContentErrors();
                assertNull(engine.render("t.ftl", new HashMap<>(), "a downloaded theme", errors));
                assertEquals(1, errors.sorted().size(), errors.sorted().toString());
                assertTrue(errors.sorted().get(0).message().contains("is not allowed"), errors.sorted().get(0).message());
            }
        }
        assertFalse(Files.exists(marker), "the template ran a command");
    }
}
