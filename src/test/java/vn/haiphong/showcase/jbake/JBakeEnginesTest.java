package vn.haiphong.showcase.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.haiphong.showcase.output.OutputDir;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.BuildResult;

/**
 * JBake's other template engines, each fixture built by real JBake 2.7.0 (its optional engines on
 * the test classpath) and by us: the same files, byte for byte. Nothing is normalised: the
 * fixtures print no build time and no hash-ordered set.
 */
class JBakeEnginesTest {

    @ParameterizedTest
    @ValueSource(strings = {"jbake-groovy", "jbake-pebble", "jbake-thymeleaf", "jbake-jade"})
    void writesTheSameBytesAsJBake(String fixture, @TempDir Path tmp) throws IOException {
        Path site = Path.of("src/test/resources/sites", fixture);
        RealJBake.Result theirs = RealJBake.bake(site, tmp.resolve("jbake"));
        BuildResult ours = new JBakeBuild().run(new BuildOptions(site, tmp.resolve("ours"), null, false, null));

        assertTrue(theirs.errors().isEmpty(), () -> "JBake errors: " + theirs.errors());
        assertTrue(ours.ok(), () -> "our errors: " + ours.errors());
        assertEquals(List.of(), ours.warnings());
        SortedSet<String> ourFiles = RealJBake.listFiles(tmp.resolve("ours"));
        assertTrue(ourFiles.remove(OutputDir.MARKER));
        assertEquals(theirs.files(), ourFiles);
        assertEquals(List.of(), RealJBake.textDifferences(tmp.resolve("jbake"), tmp.resolve("ours"), theirs.files()));
    }

    @Test
    void groovyFailuresNameTheTemplate(@TempDir Path dir) {
        TestProject p = new TestProject(dir, "template.post.file=post.gsp\n")
                .post("a.md", "A", "2024-01-01", "published", null, "")
                .file("templates/post.gsp", "<% include \"part.gsp\" %>")
                .file("templates/part.gsp", "${content.title.noSuchMethod()}");
        BuildResult r = p.build();

        assertEquals(1, r.errors().size(), r.errors().toString());
        assertEquals(dir.resolve("templates/part.gsp"), r.errors().get(0).path());
        assertTrue(r.errors().get(0).message().contains("noSuchMethod"), r.errors().get(0).message());
    }

    @Test
    void anEngineWeLackIsOneClearError(@TempDir Path dir) {
        TestProject p = new TestProject(dir, "template.post.file=post.xyz\n")
                .post("a.md", "A", "2024-01-01", "published", null, "")
                .post("b.md", "B", "2024-01-02", "published", null, "")
                .file("templates/post.xyz", "hello");
        BuildResult r = p.build();

        assertEquals(1, r.errors().size(), r.errors().toString());
        assertEquals(dir.resolve("templates/post.xyz"), r.errors().get(0).path());
        assertTrue(r.errors().get(0).message().contains("no template engine for .xyz"), r.errors().get(0).message());
    }
}
