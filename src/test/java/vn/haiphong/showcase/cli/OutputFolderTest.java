package vn.haiphong.showcase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.output.OutputDir;
import vn.haiphong.showcase.testing.ConsoleCapture;
import vn.haiphong.showcase.testing.Fixtures;

/**
 * {@code build --output} never replaces a folder that is not a build's output: not the site,
 * nothing holding it, nothing inside its sources, no folder of someone's files. Each refusal exits
 * 2, says which folder and what to choose instead, and leaves every file where it was.
 */
class OutputFolderTest {
    private static final String ADVICE = "choose an empty folder or the site's output/";

    @TempDir
    Path tmp;
    Path site;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @BeforeEach
    void setUp() {
        site = Fixtures.site("mini", tmp);
    }

    /** Runs {@code build --site SITE --output OUTPUT}, expects a refusal naming {@code why}, and that nothing changed. */
    private void refused(Path site, Path output, String why) {
        Map<String, String> before = tree(tmp);
        assertEquals(2, console.run("build", "--site", site.toString(), "--output", output.toString()), console.err());
        String err = console.err();
        assertTrue(err.startsWith("error: cannot build into " + output.toAbsolutePath().normalize() + ": "), err);
        assertTrue(err.contains(why), err);
        assertTrue(err.contains(ADVICE + " (" + site.resolve("output") + ")"), err);
        assertEquals(before, tree(tmp), "every file and folder is as it was");
    }

    @Test
    void theSiteFolderItselfIsRefused() {
        refused(site, site, "it is the site folder itself");
        refused(site, site.resolve("content/.."), "it is the site folder itself");
        assertTrue(Files.isRegularFile(site.resolve("site.yaml")));
    }

    @Test
    void aFolderHoldingTheSiteIsRefused() {
        refused(site, tmp, "it holds the site folder " + site);
        refused(site, tmp.getRoot(), "");
    }

    @Test
    void theSourcesAndWhatIsInsideThemAreRefused() throws IOException {
        refused(site, site.resolve("content"), "it is the site's content/");
        refused(site, site.resolve("content/en"), "it is inside the site's content/");
        refused(site, site.resolve("content/en/new-folder"), "it is inside the site's content/");
        refused(site, site.resolve("templates"), "it is the site's templates/");
        refused(site, site.resolve("assets/css"), "it is inside the site's assets/");
        refused(site, site.resolve("vr360"), "it is the site's vr360/");
        Files.createDirectories(site.resolve(".cache/images"));
        refused(site, site.resolve(".cache"), "it is the site's .cache/");
        refused(site, site.resolve(".git/objects"), "it is inside the site's .git/");
        refused(site, site.resolve("src/main"), "it is inside the site's src/");
    }

    @Test
    void aFolderOfSomeoneElsesFilesIsRefused() throws IOException {
        Path theirs = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(theirs.resolve("holiday.txt"), "mine");
        refused(site, theirs, "it holds files a build did not write (it has no .showcase-output");
        assertEquals("mine", Files.readString(theirs.resolve("holiday.txt")));
    }

    @Test
    void aFileIsRefused() {
        refused(site, site.resolve("site.yaml"), "it is a file, not a folder");
    }

    @Test
    void aSymbolicLinkIntoTheSourcesIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("public"), site.resolve("content"));
        refused(site, link, "it is the site's content/ (through a symbolic link to " + site.resolve("content") + ")");
        Path inside = Files.createSymbolicLink(tmp.resolve("elsewhere"), site.resolve("content/en"));
        refused(site, inside.resolve("out"), "it is inside the site's content/ (through a symbolic link");
        Path toSite = Files.createSymbolicLink(tmp.resolve("same"), site);
        refused(site, toSite, "it is the site folder itself (through a symbolic link");
    }

    @Test
    void anEmptyOrNewFolderIsBuiltIntoAndMarked() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(0, console.run("build", "--site", site.toString(), "--output", empty.toString()), console.err());
        assertTrue(Files.isRegularFile(empty.resolve("vi/index.html")));
        assertTrue(Files.isRegularFile(empty.resolve(OutputDir.MARKER)));
        Path fresh = tmp.resolve("new/public");
        assertEquals(0, console.run("build", "--site", site.toString(), "--output", fresh.toString()), console.err());
        assertTrue(Files.isRegularFile(fresh.resolve(OutputDir.MARKER)));
        // inside the site folder but outside its sources is fine too
        Path inSite = site.resolve("public");
        assertEquals(0, console.run("build", "--site", site.toString(), "--output", inSite.toString()), console.err());
    }

    @Test
    void aPreviousOutputWithTheMarkerIsReplaced() throws IOException {
        Path out = tmp.resolve("public");
        assertEquals(0, console.run("build", "--site", site.toString(), "--output", out.toString()), console.err());
        Files.writeString(out.resolve("stale.html"), "from an older build");
        assertEquals(0, console.run("build", "--site", site.toString(), "--output", out.toString()), console.err());
        assertFalse(Files.exists(out.resolve("stale.html")), "the whole folder was replaced");
        assertTrue(Files.isRegularFile(out.resolve(OutputDir.MARKER)));
    }

    @Test
    void theDefaultOutputIsReplacedAlsoWhenAnOlderVersionLeftItUnmarked() throws IOException {
        assertEquals(0, console.run("build", "--site", site.toString()), console.err());
        assertEquals(0, console.run("build", "--site", site.toString()), console.err());
        Path out = site.resolve("output");
        Files.delete(out.resolve(OutputDir.MARKER));
        assertEquals(0, console.run("build", "--site", site.toString()), console.err());
        assertTrue(Files.isRegularFile(out.resolve(OutputDir.MARKER)));
        assertTrue(Files.isRegularFile(out.resolve("vi/index.html")));
        try (Stream<Path> s = Files.list(site)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().startsWith(".output.")).count(),
                    "no staging folder left behind");
        }
    }

    @Test
    void checkStillBuildsIntoItsOwnTemporaryFolder() {
        Map<String, String> before = tree(tmp);
        assertEquals(0, console.run("check", "--site", site.toString()), console.err());
        Map<String, String> after = tree(tmp);
        after.keySet().removeIf(p -> p.startsWith("site/.cache"));
        assertEquals(before, after, "check leaves the site alone (but for its caches)");
    }

    @Test
    void jbakeProjectsAreGuardedTheSameWay() throws IOException {
        Path jbake = Fixtures.site("jbake-blog", Files.createDirectories(tmp.resolve("jb")));
        refused(jbake, jbake, "it is the site folder itself");
        refused(jbake, jbake.resolve("content"), "it is the site's content/");
        refused(jbake, jbake.resolve("content/blog"), "it is inside the site's content/");
        refused(jbake, jbake.resolve("templates"), "it is the site's templates/");
        refused(jbake, jbake.resolve("assets"), "it is the site's assets/");
        Path theirs = Files.createDirectories(tmp.resolve("theirs"));
        Files.writeString(theirs.resolve("notes.txt"), "mine");
        refused(jbake, theirs, "it holds files a build did not write");
        assertEquals(0, console.run("build", "--site", jbake.toString()), console.err());
        assertTrue(Files.isRegularFile(jbake.resolve("output").resolve(OutputDir.MARKER)));
        assertEquals(0, console.run("build", "--site", jbake.toString()), console.err());
    }

    /** Every path under {@code root} (links not followed) with what it is: a folder, a link's target or a file's SHA-256. */
    private static Map<String, String> tree(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                String what;
                if (Files.isSymbolicLink(p)) {
                    what = "link to " + Files.readSymbolicLink(p);
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    what = "folder";
                } else {
                    what = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
                }
                out.put(root.relativize(p).toString(), what);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
