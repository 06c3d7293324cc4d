package vn.haiphong.showcase.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.testing.Fixtures;
import vn.haiphong.showcase.testing.MiniSite;

/**
 * Sources that could hurt a build: files too large to hold in memory, templates that include
 * themselves, symbolic links out of the site, paths that climb out of it. Each is a content error
 * (or a warning) naming the file, never a crash, a stack trace or a file from outside the site,
 * and the output folder is left as it was with nothing beside it.
 */
class HostileSourcesTest extends MiniSite {
    /** Builds, expects it to fail, and that nothing was written beside the site's sources. */
    private List<ContentError> errors() throws IOException {
        BuildResult r = build();
        assertFalse(r.ok(), "the build fails");
        try (Stream<Path> s = Files.list(site)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".output.") || n.equals("output")).toList(), "no output, no temp folder");
        }
        return r.errors();
    }

    /** A file of {@code bytes} zeros that takes no disk space (sparse). */
    private static void sparse(Path file, long bytes) throws IOException {
        Files.createDirectories(file.getParent());
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
    }

    @Test
    void aFiftyMegabytePageIsAContentErrorNotAnOutOfMemoryError() throws IOException {
        Path big = site.resolve("content/en/huge.md");
        sparse(big, 50L << 20);
        try {
            ContentError e = Fixtures.onlyError(errors(), "content/en/huge.md");
            assertEquals("the file is 50.0 MB, more than the 5.0 MB a page may be", e.message());
            assertTrue(e.hint().startsWith("split it into several pages"), e.hint());
        } finally {
            Files.delete(big);
        }
    }

    @Test
    void oversizedYamlFilesAreContentErrorsToo() throws IOException {
        sparse(site.resolve("templates/i18n/en.yaml"), 3L << 20);
        ContentError e = Fixtures.onlyError(errors(), "templates/i18n/en.yaml");
        assertEquals("the file is 3.0 MB, more than the 2.0 MB a YAML file may be", e.message());
        Files.delete(site.resolve("templates/i18n/en.yaml"));
        Files.copy(Fixtures.projectRoot().resolve("templates/i18n/en.yaml"), site.resolve("templates/i18n/en.yaml"));
        sparse(site.resolve("vr360/exhibition.yaml"), 3L << 20);
        e = Fixtures.onlyError(errors(), "vr360/exhibition.yaml");
        assertEquals("the file is 3.0 MB, more than the 2.0 MB a YAML file may be", e.message());
        sparse(site.resolve("site.yaml"), 3L << 20);
        e = Fixtures.onlyError(errors(), "site.yaml");
        assertEquals("the file is 3.0 MB, more than the 2.0 MB a YAML file may be", e.message());
    }

    @Test
    void aTemplateIncludingItselfIsReportedWithTheChainBeforeRendering() throws IOException {
        Path footer = site.resolve("templates/partials/footer.ftl");
        Files.writeString(footer, "<footer>\n<#include \"/partials/extra.ftl\">\n</footer>\n");
        Files.writeString(site.resolve("templates/partials/extra.ftl"), "<p>more</p>\n<#include \"footer.ftl\">\n");
        ContentError e = Fixtures.onlyError(errors(), "templates/partials/footer.ftl");
        assertEquals(2, e.line());
        assertEquals("`<#include \"partials/extra.ftl\">` makes an endless loop of includes:"
                + " partials/extra.ftl → partials/footer.ftl → partials/extra.ftl", e.message());
        Files.writeString(footer, "<footer>\n\n<#include \"footer.ftl\">\n</footer>\n");
        e = Fixtures.onlyError(errors(), "templates/partials/footer.ftl");
        assertEquals(3, e.line());
        assertTrue(e.message().endsWith("loop of includes: partials/footer.ftl → partials/footer.ftl"), e.message());
    }

    @Test
    void aMacroCallingItselfWithoutEndIsAContentErrorNotAStackOverflow() throws IOException {
        Files.writeString(site.resolve("templates/page.ftl"), "<#macro again n><@again n + 1/></#macro>\n<@again 0/>\n");
        ContentError e = Fixtures.onlyError(errors(), "templates/page.ftl");
        assertTrue(e.message().startsWith("the template never finished while rendering content/"), e.message());
        assertTrue(e.message().endsWith("calls itself without end"), e.message());
    }

    @Test
    void symbolicLinksInContentAndAssetsAreSkippedWithAWarningAndNeverRead() throws IOException {
        Path passwd = Path.of("/etc/passwd");
        Files.createSymbolicLink(site.resolve("content/en/passwd.txt"), passwd);
        Files.createSymbolicLink(site.resolve("content/en/linked.md"), passwd);
        Files.createSymbolicLink(site.resolve("content/robots-extra.txt"), passwd);
        Files.createSymbolicLink(site.resolve("assets/secret.txt"), passwd);
        Files.createSymbolicLink(site.resolve("assets/etc"), Path.of("/etc"));
        BuildResult r = build();
        assertTrue(r.ok(), r.errors().toString());
        String why = ": a symbolic link, skipped — symbolic links are not followed, so a site never publishes files"
                + " from outside its folder; copy the file in instead";
        for (String link : List.of("content/en/passwd.txt", "content/en/linked.md", "content/robots-extra.txt",
                "assets/secret.txt", "assets/etc")) {
            assertTrue(r.warnings().contains(link + why), () -> link + " in " + r.warnings());
        }
        Path out = site.resolve("output");
        String root = Files.readAllLines(passwd).get(0);
        for (var e : Fixtures.snapshot(out).entrySet()) {
            assertFalse(new String(e.getValue(), java.nio.charset.StandardCharsets.ISO_8859_1).contains(root),
                    "nothing of /etc/passwd in " + e.getKey());
        }
        assertFalse(Files.exists(out.resolve("en/passwd.txt")));
        assertFalse(Files.exists(out.resolve("secret.txt")));
        assertFalse(Files.exists(out.resolve("etc")));
    }

    @Test
    void pathsClimbingOutOfTheSiteAreContentErrors() throws IOException {
        Files.writeString(site.resolve("content/en/climb.md"), "---\ntitle: Climb\nimage: ../../../../etc/passwd\n---\n\n"
                + "![x](../../../../etc/passwd)\n\n[y](../../../../etc/passwd.md)\n");
        List<ContentError> errors = errors();
        List<ContentError> mine = errors.stream().filter(e -> e.path().endsWith("content/en/climb.md")).toList();
        assertTrue(mine.size() >= 2, errors.toString());
        assertTrue(mine.stream().allMatch(e -> !e.hint().isEmpty()), mine.toString());
    }
}
