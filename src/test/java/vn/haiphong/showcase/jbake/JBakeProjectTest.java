package vn.haiphong.showcase.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.output.MemoryOutput;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.BuildResult;

/** Focused behaviours of JBake builds: file names, dates, lists, YAML headers and content errors. */
class JBakeProjectTest {

    @Test
    void symbolicLinksAreSkippedWithAWarningUnlikeJBakeWhichFollowsThem(@TempDir Path dir) throws Exception {
        TestProject p = new TestProject(dir, "")
                .post("blog/live.md", "Live", "2024-04-01", "published", null, "Here.")
                .file("assets/css/site.css", "body{}");
        java.nio.file.Files.createSymbolicLink(dir.resolve("assets/passwd.txt"), Path.of("/etc/passwd"));
        java.nio.file.Files.createSymbolicLink(dir.resolve("content/etc"), Path.of("/etc"));
        BuildResult r = p.build();
        assertTrue(r.ok(), () -> r.errors().toString());
        assertTrue(p.exists("css/site.css"));
        assertFalse(p.exists("passwd.txt"));
        assertFalse(p.exists("etc"));
        String why = ": a symbolic link, skipped — symbolic links are not followed, so a site never publishes files"
                + " from outside its folder; copy the file in instead";
        assertTrue(r.warnings().containsAll(java.util.List.of("content/etc" + why, "assets/passwd.txt" + why)),
                r.warnings().toString());
        java.nio.file.Files.delete(dir.resolve("assets/passwd.txt"));
        java.nio.file.Files.delete(dir.resolve("content/etc"));
    }

    @Test
    void draftsGetTheSuffixOnTheFileNameOnly(@TempDir Path dir) {
        TestProject p = new TestProject(dir, "")
                .post("blog/idea.md", "Idea", "2024-05-01", "draft", null, "Soon.")
                .post("blog/live.md", "Live", "2024-04-01", "published", null, "Here.");
        BuildResult r = p.build();

        assertTrue(r.ok(), () -> r.errors().toString());
        assertTrue(p.exists("blog/idea-draft.html"));
        assertFalse(p.exists("blog/idea.html"));
        assertTrue(p.read("blog/idea-draft.html").startsWith("Idea|01 May 2024|draft|blog/idea.html|../|"),
                "the model's uri keeps the name without -draft, as JBake's does");
        assertEquals("Live;", p.read("archive.html"), "drafts are not listed");
    }

    @Test
    void publishedDateWaitsForItsDate(@TempDir Path dir) {
        TestProject p = new TestProject(dir, "")
                .post("due.md", "Due", "2025-02-12", "published-date", null, "")
                .post("later.md", "Later", "2025-06-01", "published-date", null, "");
        p.build();

        assertEquals("Due;", p.read("archive.html"));
        assertTrue(p.read("later.html").contains("|published-date|"), "rendered at its normal path, not listed");
    }

    @Test
    void tagFilesKeepTheRawTag(@TempDir Path dir) {
        TestProject p = new TestProject(dir, "")
                .post("a.md", "A", "2024-01-01", "published", "Cat Ba, ẩm thực, Hải Phòng/đêm", "")
                .post("b.md", "B", "2024-02-01", "draft", "draft-only", "");
        assertTrue(p.build().ok());

        assertEquals("Cat Ba|../|A;", p.read("tags/Cat Ba.html"));
        assertEquals("ẩm thực|../|A;", p.read("tags/ẩm thực.html"));
        assertEquals("Hải Phòng/đêm|../../|A;", p.read("tags/Hải Phòng/đêm.html"), "a / in a tag makes a folder");
        assertFalse(p.exists("tags/draft-only.html"), "drafts' tags get no page");
    }

    @Test
    void tagSanitizeReplacesSpaces(@TempDir Path dir) {
        TestProject p = new TestProject(dir, "tag.sanitize=true\n")
                .post("a.md", "A", "2024-01-01", "published", "Cat Ba", "");
        p.build();
        assertEquals("Cat-Ba|../|A;", p.read("tags/Cat-Ba.html"));
    }

    @Test
    void datesFollowJvmLocale(@TempDir Path en, @TempDir Path vi) {
        TestProject english = new TestProject(en, "")
                .post("a.md", "A", "2024-03-15", "published", null, "");
        TestProject vietnamese = new TestProject(vi, "jvm.locale=vi_VN\n")
                .post("a.md", "A", "2024-03-15", "published", null, "");
        english.build();
        vietnamese.build();

        assertTrue(english.read("a.html").startsWith("A|15 March 2024|"), "English when jvm.locale is unset");
        assertTrue(vietnamese.read("a.html").startsWith("A|15 tháng 3 2024|"), vietnamese.read("a.html"));
    }

    @Test
    void fileNamesAreUrlEncodedAsJBakeDoes(@TempDir Path dir) {
        TestProject p = new TestProject(dir, "")
                .post("blog/xin chào.md", "Hello", "2024-01-01", "published", null, "");
        p.build();
        assertTrue(p.read("blog/xin+ch%C3%A0o.html").contains("|blog/xin+ch%C3%A0o.html|"));
    }

    @Test
    void neighboursSkipDraftsAndStayWithinTheType(@TempDir Path dir) {
        TestProject p = new TestProject(dir, "")
                .post("one.md", "One", "2024-01-01", "published", null, "")
                .post("two.md", "Two", "2024-02-01", "draft", null, "")
                .post("three.md", "Three", "2024-03-01", "published", null, "")
                .file("content/about.html", "title=About\ndate=2024-02-15\ntype=page\nstatus=published\n~~~~~~\n<p>x</p>");
        p.build();

        assertTrue(p.read("one.html").contains("||newer=Three|"), p.read("one.html"));
        assertTrue(p.read("two-draft.html").contains("|older=One|newer=Three|"), "drafts have neighbours");
        assertTrue(p.read("three.html").contains("|older=One||"), p.read("three.html"));
    }

    @Test
    void indexPagesCarryJBakesPagingValues(@TempDir Path dir) {
        TestProject p = new TestProject(dir, "index.paginate=true\nindex.posts_per_page=2\n");
        for (int i = 1; i <= 5; i++) {
            p.post("p" + i + ".md", "P" + i, "2024-01-0" + i, "published", null, "");
        }
        p.build();

        assertEquals("P5;P4;|1/3|none|2/|", p.read("index.html"));
        assertEquals("P3;P2;|2/3||3/|../", p.read("2/index.html"));
        assertEquals("P1;|3/3|2/|none|../", p.read("3/index.html"));
        assertEquals("P5;P4;P3;P2;P1;", p.read("archive.html"), "only index pages are sliced");
    }

    @Test
    void yamlFrontMatterReadsLikeAJBakeHeader(@TempDir Path jbake, @TempDir Path yaml) {
        TestProject a = new TestProject(jbake, "")
                .post("a.md", "Ferries", "2024-03-15", "published", "travel, Cat Ba", "*Hello*");
        TestProject b = new TestProject(yaml, "")
                .file("content/a.md", "---\ntitle: Ferries\ndate: 2024-03-15\ntype: post\nstatus: published\n"
                        + "tags: [travel, Cat Ba]\n---\n*Hello*");
        assertTrue(a.build().ok());
        BuildResult r = b.build();

        assertTrue(r.ok(), () -> r.errors().toString());
        assertEquals(a.read("a.html"), b.read("a.html"));
        assertEquals(a.read("tags/Cat Ba.html"), b.read("tags/Cat Ba.html"));
    }

    @Test
    void yamlFrontMatterMistakesAreReportedAtTheFieldLine(@TempDir Path dir) {
        TestProject p = new TestProject(dir, "")
                .file("content/a.md", "---\ntitle: A\nsummary: |\n  two\n  lines\ntype: post\nstatus: published\n"
                        + "date: 15/03/2024\n---\nx")
                .post("ok.md", "OK", "2024-01-01", "published", null, "");
        BuildResult r = p.build();

        assertEquals(List.of("content/a.md:8"), r.errors().stream().map(e -> where(dir, e)).toList(), r.errors().toString());
    }

    @Test
    void headerMistakesAreContentErrorsWithTheirLine(@TempDir Path dir) {
        TestProject p = new TestProject(dir, "")
                .file("content/a.md", "title=A\ndate=2024-01-01\ntype=post\nstatus=published\njust words\n~~~~~~\nx")
                .file("content/b.md", "title=B\ndate=15/03/2024\ntype=post\nstatus=published\n~~~~~~\nx")
                .file("content/c.md", "title=C\ntype = post\nstatus=published\n~~~~~~\nx")
                .file("content/d.md", "title=D\ntype=news\nstatus=published\n~~~~~~\nx")
                .file("content/e.adoc", "= E\n")
                .post("ok.md", "OK", "2024-01-01", "published", null, "")
                .file("templates/archive.ftl", "<#list published_posts as p>\n${p.missing}\n</#list>");
        BuildResult r = p.build();

        assertEquals(List.of("content/a.md:5", "content/b.md:2", "content/c.md:2", "content/d.md:2", "content/e.adoc",
                        "templates/archive.ftl:2"),
                r.errors().stream().map(e -> where(dir, e)).toList(), "template errors are reported with content errors");
        assertTrue(r.errors().get(3).message().contains("unknown document type \"news\""));
        assertTrue(r.errors().get(4).message().contains("the document has no type"), r.errors().get(4).message());
    }

    @Test
    void templateErrorsNameTheTemplateAndLineAndKeepTheOldOutput(@TempDir Path dir) throws IOException {
        TestProject p = new TestProject(dir, "")
                .post("a.md", "A", "2024-01-01", "published", null, "");
        assertTrue(p.build().ok());
        p.file("templates/archive.ftl", "<#list published_posts as p>\n${p.missing}\n</#list>");

        BuildResult r = p.build();

        assertEquals(1, r.errors().size(), r.errors().toString());
        assertEquals("templates/archive.ftl:2", where(dir, r.errors().get(0)));
        assertEquals("A;", p.read("archive.html"), "the previous output is untouched");
        try (var s = Files.list(dir)) {
            assertEquals(List.of(), s.filter(f -> f.getFileName().toString().startsWith(".output")).toList(),
                    "no staging folder left behind");
        }
    }

    @Test
    void missingAndBrokenTemplatesAreReportedOnce(@TempDir Path dir) throws IOException {
        TestProject p = new TestProject(dir, "")
                .post("a.md", "A", "2024-01-01", "published", "x", "")
                .post("b.md", "B", "2024-01-02", "published", "x", "")
                .file("templates/tags.ftl", "<#if tag>\n${tag}\n");
        Files.delete(dir.resolve("templates/feed.ftl"));
        BuildResult r = p.build();

        assertEquals(List.of("templates/feed.ftl", "templates/tags.ftl:2"),
                r.errors().stream().map(e -> where(dir, e)).toList(), r.errors().toString());
        assertTrue(r.errors().get(0).hint().contains("render.feed=false"), r.errors().get(0).hint());
    }

    @Test
    void laterWritesWinAsInJBake(@TempDir Path dir) {
        TestProject p = new TestProject(dir, "")
                .post("a.md", "A", "2024-01-01", "published", null, "")
                .file("assets/archive.html", "from assets");
        BuildResult r = p.build();

        assertEquals("from assets", p.read("archive.html"));
        assertEquals(1, r.warnings().size(), r.warnings().toString());
    }

    @Test
    void servesFromMemoryWithoutTouchingTheOutputFolder(@TempDir Path dir) {
        TestProject p = new TestProject(dir, "")
                .post("a.md", "A", "2024-01-01", "published", "x", "");
        MemoryOutput memory = new MemoryOutput();
        BuildResult r = JBakeProject.build(new BuildOptions(dir, null, null, false, null), memory,
                new java.util.concurrent.ForkJoinPool(1), TestProject.NOW, java.util.Map.of());

        assertTrue(r.ok());
        assertEquals("A;", new String(memory.get("archive.html").bytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(memory.files().containsKey("tags/x.html"));
        assertFalse(Files.exists(dir.resolve("output")));
    }

    private static String where(Path dir, ContentError e) {
        String path = dir.relativize(e.path()).toString();
        return e.line() > 0 ? path + ":" + e.line() : path;
    }
}
