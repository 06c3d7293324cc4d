package vn.haiphong.showcase.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.site.BuildResult;

/**
 * What JBake 2.7.0 forgives: a lenient build skips or empties with a warning that names the file
 * and says what JBake does; a strict build ({@code check}, {@code build --strict}) refuses. Also the
 * Java objects JBake's Freemarker templates call methods on ({@code db}, {@code data}).
 */
class JBakeLeniencyTest {

    private static TestProject broken(Path dir) {
        return new TestProject(dir, "")
                .file("content/a.md", "title=A\ndate=2024-01-01\ntype=post\nstatus=published\njust words\n~~~~~~\nx")
                .file("content/c.md", "title=C\ntype = post\nstatus=published\n~~~~~~\nx")
                .file("content/d.md", "title=D\ndate=2024-01-01\ntype=news\nstatus=published\n~~~~~~\nx")
                .post("ok.md", "OK", "2024-01-01", "published", null, "fine");
    }

    @Test
    void brokenHeadersAndUndeclaredTypesAreSkippedWithAWarningSayingWhatJBakeDoes(@TempDir Path dir) {
        TestProject p = broken(dir);
        BuildResult r = p.buildLenient();

        assertTrue(r.ok(), () -> r.errors().toString());
        assertEquals("OK;", p.read("archive.html"));
        assertTrue(p.exists("ok.html"));
        assertFalse(p.exists("a.html") || p.exists("c.html") || p.exists("d.html"), "skipped as JBake skips them");
        List<String> skipped = r.warnings().stream().filter(w -> w.contains("the file is skipped")).toList();
        assertEquals(3, skipped.size(), r.warnings().toString());
        assertTrue(skipped.get(0).startsWith(dir.resolve("content/a.md") + ":5: this header line is not `key=value`"),
                skipped.get(0));
        assertTrue(skipped.get(0).contains("as JBake 2.7.0 skips a file whose header it cannot read"), skipped.get(0));
        assertTrue(skipped.get(0).contains("`build --strict` or `check` makes this an error"), skipped.get(0));
        assertTrue(skipped.get(1).startsWith(dir.resolve("content/c.md") + ":2: JBake reads `type=` only"), skipped.get(1));
        assertTrue(skipped.get(2).startsWith(dir.resolve("content/d.md") + ":3: unknown document type \"news\""),
                skipped.get(2));
        assertTrue(skipped.get(2).contains("JBake 2.7.0 skips a document whose type jbake.properties does not declare"));
    }

    @Test
    void strictRefusesWhatJBakeSkips(@TempDir Path dir) {
        BuildResult r = broken(dir).build();

        assertEquals(3, r.errors().size(), r.errors().toString());
        assertTrue(new JBakeBuild(true).run(new vn.haiphong.showcase.site.BuildOptions(dir, dir.resolve("o2"), null,
                false, null)).errors().size() == 3, "JBakeBuild(true), what check and build --strict use");
    }

    @Test
    void aMissingTemplateGivesEmptyPagesWithAWarning(@TempDir Path dir) throws Exception {
        TestProject p = new TestProject(dir, "")
                .post("a.md", "A", "2024-01-01", "published", null, "");
        Files.delete(dir.resolve("templates/feed.ftl"));

        BuildResult r = p.buildLenient();

        assertTrue(r.ok(), () -> r.errors().toString());
        assertEquals("", p.read("feed.xml"), "JBake leaves an empty file");
        assertEquals(List.of(dir.resolve("templates/feed.ftl") + ": the template for feed is missing, so its pages are"
                + " written empty, as JBake 2.7.0 does (create it or set render.feed=false in jbake.properties;"
                + " `build --strict` or `check` makes this an error)"), r.warnings());
        assertFalse(p.build().ok(), "strict refuses it");
    }

    @Test
    void templatesCallJavaMethodsOnDbAndDataAsInJBake(@TempDir Path dir) {
        TestProject p = new TestProject(dir, "")
                .post("a.md", "A", "2024-01-01", "published", "port, food", "")
                .post("b.md", "B", "2024-02-01", "published", "port", "")
                .post("c.md", "C", "2024-03-01", "draft", "port", "")
                .file("content/about.md", "title=About\ntype=page\nstatus=published\n~~~~~~\nx")
                .file("data/team.yml", "people:\n  - Lan\n  - Minh\n")
                .file("templates/archive.ftl", "${db.getPublishedPages().size()}|${db.getPublishedPostsByTag(\"port\").size()}"
                        + "|${db.getDocumentCount(\"post\")}|${db.getPublishedCount(\"post\")}"
                        + "|<#list db.getPublishedPosts() as x>${x.title}</#list>|${db.getAllTags()?size}"
                        + "|${db.getDocumentByUri(\"c.html\").get(0).title}|${data.get(\"team.yml\").get(\"people\").size()}"
                        + "|${published_posts?size}");

        BuildResult r = p.buildLenient();

        assertTrue(r.ok(), () -> r.errors().toString());
        assertEquals("1|2|3|2|BA|2|C|2|2", p.read("archive.html"));
    }

    @Test
    void methodsOutsideTheModelStayClosedAndFailuresNameTheTemplateLine(@TempDir Path dir) {
        TestProject p = new TestProject(dir, "")
                .post("a.md", "A", "2024-01-01", "published", null, "")
                .file("templates/archive.ftl", "x\n${db.getClass().getClassLoader()}")
                .file("templates/feed.ftl", "y\n\n${db.deleteContent(\"a.html\")}");

        BuildResult r = p.buildLenient();

        assertEquals(2, r.errors().size(), r.errors().toString());
        assertEquals(dir.resolve("templates/archive.ftl"), r.errors().get(0).path());
        assertEquals(2, r.errors().get(0).line());
        assertEquals(dir.resolve("templates/feed.ftl"), r.errors().get(1).path());
        assertEquals(3, r.errors().get(1).line());
        for (var e : r.errors()) {
            assertFalse(e.message().contains("\tat ") || e.message().contains("FTL stack trace"), e.message());
        }
    }
}
