package vn.haiphong.showcase.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.output.OutputDir;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.BuildResult;

/**
 * AsciiDoc in a JBake project: real JBake 2.7.0 (with AsciidoctorJ 2.5.7 on the test classpath)
 * and ours write the same bytes for {@code jbake-asciidoc}; and a Markdown-only build never loads
 * AsciidoctorJ or JRuby.
 */
class JBakeAsciidocTest {

    static final Path FIXTURE = Path.of("src/test/resources/sites/jbake-asciidoc");

    @Test
    void writesTheSameFilesAsJBake(@TempDir Path tmp) throws IOException {
        RealJBake.Result theirs = RealJBake.bake(FIXTURE, tmp.resolve("jbake"));
        BuildResult ours = new JBakeBuild().run(new BuildOptions(FIXTURE, tmp.resolve("ours"), null, false, null));

        assertTrue(theirs.errors().isEmpty(), () -> "JBake errors: " + theirs.errors());
        assertTrue(ours.ok(), () -> "our errors: " + ours.errors());
        assertEquals(1, ours.warnings().size(), ours.warnings().toString());
        assertTrue(ours.warnings().get(0).contains("notes.adoc: the document has no type"), ours.warnings().get(0));
        SortedSet<String> ourFiles = RealJBake.listFiles(tmp.resolve("ours"));
        assertTrue(ourFiles.remove(OutputDir.MARKER));
        assertEquals(theirs.files(), ourFiles);
        assertTrue(ourFiles.contains("blog/plans-draft.html"), "status from default.status");
        assertEquals(List.of(), RealJBake.textDifferences(tmp.resolve("jbake"), tmp.resolve("ours"), theirs.files()));
        String harbour = Files.readString(tmp.resolve("ours/blog/harbour.html"));
        assertTrue(harbour.contains("Cranes at Lach Huyen"), "asciidoctor.attributes reach the body");
        assertTrue(harbour.contains("https://asciidoc.haiphong.example"), "exported site.host as {site_host}");
    }

    /**
     * The class-loading probe: a fresh JVM builds the Markdown-only {@code jbake-blog} with
     * {@code -verbose:class}; no AsciidoctorJ, JRuby or {@link JBakeAsciidoc} class may load. The
     * same probe on a one-page AsciiDoc project must see them load, so the probe can fail. The other
 * template engines' libraries (Groovy, Thymeleaf, Pebble, jade4j) must not load either.
     */
    @Test
    void aMarkdownOnlyBuildLoadsNoAsciidoctorJ(@TempDir Path tmp) throws Exception {
        List<String> markdown = loadedClasses(RealJBakeTest.FIXTURE, tmp.resolve("md"));
        assertTrue(markdown.stream().anyMatch(c -> c.startsWith("vn.haiphong.showcase.jbake.JBakeProject")),
                "the probe sees our classes load");
        assertEquals(List.of(), markdown.stream().filter(JBakeAsciidocTest::asciidoctor).toList());
        assertEquals(List.of(), markdown.stream().filter(c -> c.startsWith("groovy.") || c.startsWith("org.codehaus.groovy.")
                || c.startsWith("org.thymeleaf.") || c.startsWith("com.mitchellbosecke.pebble.")
                || c.startsWith("de.neuland.jade4j.") || c.startsWith("vn.haiphong.showcase.jbake.engines.")
                && c.endsWith("Adapter")).toList(), "nor any of the other template engines");

        Path adoc = tmp.resolve("adoc");
        new TestProject(adoc, "").file("content/a.adoc", "= A\n:jbake-type: page\n:jbake-status: published\n\nHi.\n");
        List<String> withAdoc = loadedClasses(adoc, tmp.resolve("adoc-out"));
        assertTrue(withAdoc.stream().anyMatch(JBakeAsciidocTest::asciidoctor), "an AsciiDoc page does load it");
    }

    private static boolean asciidoctor(String className) {
        return className.startsWith("org.asciidoctor.") || className.startsWith("org.jruby.")
                || className.equals("vn.haiphong.showcase.jbake.JBakeAsciidoc");
    }

    /** Runs {@code showcase build} on {@code site} in a new JVM; the names of the classes it loaded. */
    private static List<String> loadedClasses(Path site, Path output) throws Exception {
        Path log = output.resolveSibling(output.getFileName() + ".log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), "vn.haiphong.showcase.cli.Main",
                "build", "--site", site.toString(), "--output", output.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertEquals(0, p.waitFor(), () -> {
            try {
                return Files.readString(log).lines().filter(l -> !l.startsWith("[")).toList().toString();
            } catch (IOException e) {
                return e.toString();
            }
        });
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            // [0.012s][info][class,load] java.lang.Object source: shared objects file
            int at = line.indexOf("[class,load] ");
            if (at >= 0) {
                String rest = line.substring(at + "[class,load] ".length());
                classes.add(rest.substring(0, rest.indexOf(' ') < 0 ? rest.length() : rest.indexOf(' ')));
            }
        }
        assertFalse(classes.isEmpty(), "-verbose:class printed the loaded classes");
        return classes;
    }
}
