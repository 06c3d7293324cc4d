package vn.haiphong.showcase.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.haiphong.showcase.output.OutputDir;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.BuildResult;

/**
 * The key promise for JBake projects: each fixture built by real JBake 2.7.0 and by us gives the
 * same set of files, the same visible text and links on every HTML page, the same entries in the
 * feed and sitemap, and the same bytes for copied files. {@code jbake-blog} is a typical blog
 * (paginated index, tags, feed, sitemap, drafts); {@code jbake-features} covers the rest
 * (extension-less URIs, a custom type, data and YAML files, 404, ignored and hidden folders).
 *
 * <p>The fixtures leave out what JBake itself does not produce deterministically, so that a
 * difference always means a difference between the generators: no {@code published_date} in the
 * templates (the build's "now"; two builds could straddle New Year), no e-mail address in the
 * Markdown (JBake obfuscates it with a JVM-wide random generator, so its bytes depend on what ran
 * before), no {@code .adoc} files (AsciiDoc and the other template engines are compared byte for
 * byte in JBakeAsciidocTest and JBakeEnginesTest), no {@code previousContent}/{@code nextContent} links (JBake's
 * DocumentsRenderer looks each post up again by map equality, which fails in some runs, and then
 * every post's "older" link is the newest post: seen in 1 of 4 runs here; JBakeProjectTest checks
 * ours against the rule JBake's code states), and only templates that sort what JBake keeps in
 * hash order ({@code tags}, {@code alltags}). Both builds print dates in UTC ({@link RealJBake} pins it), so
 * the RSS times match too.
 */
class JBakeCompatibilityTest {

    @ParameterizedTest
    @ValueSource(strings = {"jbake-blog", "jbake-features"})
    void buildsTheSameFilesAndTextAsJBake(String fixture, @TempDir Path tmp) throws IOException {
        Path site = Path.of("src/test/resources/sites", fixture);
        long t0 = System.nanoTime();
        RealJBake.Result theirs = RealJBake.bake(site, tmp.resolve("jbake"));
        long t1 = System.nanoTime();
        BuildResult ours = new JBakeBuild().run(new BuildOptions(site, tmp.resolve("ours"), null, false, null));
        long t2 = System.nanoTime();
        System.out.printf("%s: real JBake %d ms, ours %d ms (same JVM, JBake first)%n", fixture,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);

        assertTrue(theirs.errors().isEmpty(), () -> "JBake errors: " + theirs.errors());
        assertTrue(ours.ok(), () -> "our errors: " + ours.errors());
        assertEquals(List.of(), ours.warnings());
        SortedSet<String> ourFiles = RealJBake.listFiles(tmp.resolve("ours"));
        assertTrue(ourFiles.remove(OutputDir.MARKER), "our output carries the build's marker");
        assertEquals(theirs.files(), ourFiles, "the same set of output files, our marker aside");

        List<String> differences = new ArrayList<>();
        for (String file : theirs.files()) {
            Path a = tmp.resolve("jbake").resolve(file);
            Path b = tmp.resolve("ours").resolve(file);
            if (file.endsWith(".html")) {
                compare(file, "text", text(a), text(b), differences);
                compare(file, "links", links(a), links(b), differences);
            } else if (file.endsWith(".xml")) {
                compare(file, "loc/link/title values", xmlValues(a), xmlValues(b), differences);
                compare(file, "text", xmlText(a), xmlText(b), differences);
            } else if (!Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b))) {
                differences.add(file + ": copied file differs");
            }
        }
        assertEquals(List.of(), differences);
    }

    private static void compare(String file, String what, Object theirs, Object ours, List<String> differences) {
        if (!theirs.equals(ours)) {
            differences.add(file + ": " + what + " differs\n  JBake: " + theirs + "\n  ours:  " + ours);
        }
    }

    /** What a reader sees: tags stripped, entities decoded, white space collapsed (the title included). */
    static String text(Path html) throws IOException {
        return Jsoup.parse(Files.readString(html)).text();
    }

    /** Every href and src, decoded, in document order. */
    static List<String> links(Path html) throws IOException {
        Document doc = Jsoup.parse(Files.readString(html));
        List<String> links = new ArrayList<>();
        for (Element e : doc.select("[href], [src]")) {
            links.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
        }
        return links;
    }

    /** The set of {@code <loc>}, {@code <link>} and {@code <title>} values of a feed or sitemap. */
    static SortedSet<String> xmlValues(Path xml) throws IOException {
        Document doc = Jsoup.parse(Files.readString(xml), "", Parser.xmlParser());
        return doc.select("loc, link, title").stream().map(Element::text)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The whole text of a feed or sitemap, element by element. */
    static String xmlText(Path xml) throws IOException {
        return Jsoup.parse(Files.readString(xml), "", Parser.xmlParser()).text();
    }
}
