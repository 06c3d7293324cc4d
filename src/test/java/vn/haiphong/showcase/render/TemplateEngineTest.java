package vn.haiphong.showcase.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
