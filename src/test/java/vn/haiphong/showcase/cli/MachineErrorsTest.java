package vn.haiphong.showcase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.testing.ConsoleCapture;
import vn.haiphong.showcase.testing.Fixtures;
import vn.haiphong.showcase.testing.Tmpfs;

/**
 * A full disk, a read-only disk, a locked folder, a denied permission: one line saying what,
 * why and how to fix it, exit code 2, no stack trace, the previous output as it was and nothing
 * left beside it.
 */
class MachineErrorsTest {
    @TempDir
    Path tmp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The one line after the build's notes, which must be an error without a stack trace. */
    private String errorLine() {
        String all = console.err();
        assertFalse(all.contains("\tat ") || all.contains("Exception"), all);
        List<String> errors = all.lines().filter(l -> !l.startsWith("images: ")).toList();
        assertEquals(1, errors.size(), all);
        return errors.get(0);
    }

    @Test
    void aFullDiskIsSaidToBeFullAndLeavesThePreviousOutputAndNoTempFolder() throws IOException {
        Path site = Fixtures.site("mini", tmp);
        try (Tmpfs disk = Tmpfs.mount(tmp.resolve("disk"), "4m", false)) {
            Path out = disk.dir().resolve("out");
            assertEquals(0, console.run("build", "--site", site.toString(), "--output", out.toString()), console.err());
            Map<String, byte[]> before = Fixtures.snapshot(out);
            byte[] chunk = new byte[1 << 20];
            new Random(1).nextBytes(chunk);
            try (OutputStream o = Files.newOutputStream(site.resolve("assets/big.bin"))) {
                for (int i = 0; i < 6; i++) {
                    o.write(chunk);
                }
            }
            assertEquals(2, console.run("build", "--site", site.toString(), "--output", out.toString()), console.err());
            String err = errorLine();
            // whichever file the disk had no room for first, named where it is published
            assertTrue(err.matches("error: cannot (write|copy \\S+ to) " + java.util.regex.Pattern.quote(out.toString())
                    + "/\\S+: .*"), err);
            assertTrue(err.contains(": the disk is full (No space left on device) — free space on the disk that holds the output"), err);
            assertTrue(err.contains("or build into a folder on another disk with --output DIR"), err);
            assertEquals(List.of("out"), names(disk.dir()), "no .out.building-* left");
            Map<String, byte[]> after = Fixtures.snapshot(out);
            assertEquals(before.keySet(), after.keySet());
            before.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, after.get(k)), k));
        }
    }

    @Test
    void aReadOnlyDiskIsNamedWithWhatToDo() throws IOException {
        Path site = Fixtures.site("mini", tmp);
        try (Tmpfs disk = Tmpfs.mount(tmp.resolve("ro"), "1m", true)) {
            Path out = disk.dir().resolve("out");
            assertEquals(2, console.run("build", "--site", site.toString(), "--output", out.toString()), console.err());
            String err = errorLine();
            assertTrue(err.startsWith("error: cannot "), err);
            assertTrue(err.contains(": the disk is read-only — build into a folder on another disk with --output DIR"
                    + " on a writable disk"), err);
            assertEquals(List.of(), names(disk.dir()));
        }
    }

    @Test
    void aLockedOutputIsLeftAsItWasWithAHint() throws IOException {
        Path site = Fixtures.site("mini", tmp);
        assertEquals(0, console.run("build", "--site", site.toString()), console.err());
        Path out = site.resolve("output");
        Map<String, byte[]> before = Fixtures.snapshot(out);
        Tmpfs.immutable(out, true);
        try {
            assertEquals(2, console.run("build", "--site", site.toString()), console.err());
        } finally {
            Tmpfs.immutable(out, false);
        }
        String err = errorLine();
        assertTrue(err.startsWith("error: cannot put the new output in place at " + out
                + ": operation not permitted — the folder may be locked against changes (`lsattr -d " + out + "`; `chattr -i`"), err);
        assertEquals(before.keySet(), Fixtures.snapshot(out).keySet());
        assertEquals(List.of(), names(site).stream().filter(n -> n.startsWith(".output.")).toList());
    }

    @Test
    void aDeniedPermissionIsOneLineWithHowToFix() {
        // root, which runs CI, is never denied; the exception is what a user would meet
        var e = new UncheckedIOException("cannot write /srv/site/output/en/index.html",
                new AccessDeniedException("/srv/site/.output.building-1/tree/en/index.html"));
        assertEquals("cannot write /srv/site/output/en/index.html: permission denied — give your user write access to"
                + " /srv/site/.output.building-1/tree/en (`ls -ld /srv/site/.output.building-1/tree/en`, then"
                + " `chmod u+w` or `chown`) or build into a folder on another disk with --output DIR",
                Main.explain(e, "build"));
    }

    @Test
    void otherFailuresAreOneLineAndABugSaysSo() {
        assertEquals("cannot delete x: input/output error — check that the disk works and the folder is writable,"
                + " then run the command again", Main.explain(new UncheckedIOException("cannot delete x",
                new FileSystemException("x", null, "input/output error")), "build"));
        String bug = Main.explain(new IllegalStateException("oops"), "build");
        assertTrue(bug.startsWith("internal error: java.lang.IllegalStateException: oops — this is a bug, please report it"),
                bug);
        assertTrue(bug.contains("SHOWCASE_DEBUG=1"), bug);
    }

    @Test
    void contentAndTemplateProblemsReachTheUserWithoutAStackTraceAndLeaveTheOutput() throws IOException {
        Path site = Fixtures.site("mini", tmp);
        assertEquals(0, console.run("build", "--site", site.toString()), console.err());
        Map<String, byte[]> before = Fixtures.snapshot(site.resolve("output"));
        Files.writeString(site.resolve("templates/page.ftl"), "<#macro again n><@again n + 1/></#macro>\n<@again 0/>\n");
        Files.writeString(site.resolve("templates/partials/footer.ftl"), "<#include \"footer.ftl\">\n");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(site.resolve("content/en/huge.md").toFile(), "rw")) {
            f.setLength(50L << 20);
        }
        assertEquals(1, console.run("build", "--site", site.toString()), console.err());
        String err = console.err();
        assertFalse(err.contains("\tat ") || err.contains("Error:") || err.contains("Exception"), err);
        assertTrue(err.contains("templates/partials/footer.ftl:1: `<#include \"partials/footer.ftl\">` makes an endless"
                + " loop of includes"), err);
        assertTrue(err.contains("content/en/huge.md: the file is 50.0 MB, more than the 5.0 MB a page may be"), err);
        assertEquals(before.keySet(), Fixtures.snapshot(site.resolve("output")).keySet());
        assertEquals(List.of(), names(site).stream().filter(n -> n.startsWith(".output.")).toList());
        Files.delete(site.resolve("content/en/huge.md"));
    }
}
