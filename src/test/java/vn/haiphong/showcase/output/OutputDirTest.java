package vn.haiphong.showcase.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.testing.Tmpfs;

/** The output transaction and its guard, without a build around them. */
class OutputDirTest {
    @TempDir
    Path tmp;

    private List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSiteOutputIsMarkedOnCommitOnly() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path out = site.resolve("public");
        OutputDir dir = OutputDir.forSite(out, site, List.of(site.resolve("content")));
        dir.write("index.html", "<p>hi");
        assertFalse(Files.exists(dir.root().resolve(OutputDir.MARKER)), "the CDN stage runs before the marker exists");
        dir.commit();
        dir.abort();
        assertEquals(List.of(OutputDir.MARKER, "index.html"), names(out));
        assertEquals(List.of("public"), names(site), "no staging or old folder left beside it");
    }

    @Test
    void aRefusedTargetLeavesNoTrace() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path content = Files.createDirectories(site.resolve("content"));
        OutputRefused e = assertThrows(OutputRefused.class,
                () -> OutputDir.forSite(content.resolve("en/out"), site, List.of(content)));
        assertTrue(e.getMessage().contains("it is inside the site's content/"), e.getMessage());
        assertEquals(List.of(), names(content), "no staging folder made inside content/");
    }

    @Test
    void anAbortedOutputKeepsThePreviousOne() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path out = site.resolve("output");
        OutputDir first = OutputDir.forSite(out, site, List.of());
        first.write("a.html", "first");
        first.commit();
        OutputDir second = OutputDir.forSite(out, site, List.of());
        second.write("b.html", "second");
        second.abort();
        assertEquals(List.of(OutputDir.MARKER, "a.html"), names(out));
        assertEquals(List.of("output"), names(site));
    }

    @Test
    void anOwnedOutputReplacesOnlyItsOwnFolderAndIsNotMarked() throws IOException {
        Path tiles = tmp.resolve("tiles");
        OutputDir dir = OutputDir.replacing(tiles, "tiles.json");
        dir.write("tiles.json", "{}");
        dir.commit();
        assertEquals(List.of("tiles.json"), names(tiles));
        OutputDir.replacing(tiles, "tiles.json").abort();
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("keep.txt"), "mine");
        OutputRefused e = assertThrows(OutputRefused.class, () -> OutputDir.replacing(other, "tiles.json"));
        assertEquals("cannot write into " + other + ": it is not empty and holds no tiles.json;"
                + " choose a new or empty folder", e.getMessage());
    }

    @AfterEach
    void restoreMover() {
        OutputDir.mover = OutputDir::move;
    }

    /** A site with a committed output holding {@code a.html}. */
    private Path committedOutput(Path site) {
        Path out = site.resolve("output");
        OutputDir first = OutputDir.forSite(out, site, List.of());
        first.write("a.html", "first");
        first.commit();
        return out;
    }

    @Test
    void whenTheNewTreeCannotBeMovedInTheOldOneIsPutBack() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path out = committedOutput(site);
        OutputDir second = OutputDir.forSite(out, site, List.of());
        second.write("b.html", "second");
        OutputDir.mover = (from, to) -> {
            if (from.equals(second.root())) {
                throw new IOException("injected: the new tree cannot be moved");
            }
            OutputDir.move(from, to);
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class, second::commit);
        assertTrue(e.getMessage().startsWith("cannot put the new output in place at " + out), e.getMessage());
        second.abort();
        assertEquals(List.of(OutputDir.MARKER, "a.html"), names(out), "the old tree, whole");
        assertEquals(List.of("output"), names(site), "no .output.old-* nor .output.building-* left");
    }

    @Test
    void whenTheOldTreeCannotBeMovedAsideNothingChanges() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path out = committedOutput(site);
        OutputDir second = OutputDir.forSite(out, site, List.of());
        second.write("b.html", "second");
        OutputDir.mover = (from, to) -> {
            throw new IOException("injected: nothing moves");
        };
        assertThrows(UncheckedIOException.class, second::commit);
        second.abort();
        assertEquals(List.of(OutputDir.MARKER, "a.html"), names(out));
        assertEquals(List.of("output"), names(site));
    }

    @Test
    void anImmutableOutputIsLeftAsItWasWithNoDebris() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path out = committedOutput(site);
        Tmpfs.immutable(out, true); // root ignores permission bits, but not this
        try {
            OutputDir second = OutputDir.forSite(out, site, List.of());
            second.write("b.html", "second");
            assertThrows(UncheckedIOException.class, second::commit);
            second.abort();
            assertEquals(List.of(OutputDir.MARKER, "a.html"), names(out));
            assertEquals(List.of("output"), names(site));
        } finally {
            Tmpfs.immutable(out, false);
        }
    }

    @Test
    void anOutputOnAReadOnlyFileSystemIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path mount = tmp.resolve("ro");
        try (Tmpfs ro = Tmpfs.mount(mount, "1m", true)) {
            Path site = Files.createDirectories(tmp.resolve("site"));
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                    () -> OutputDir.forSite(mount.resolve("output"), site, List.of()));
            assertTrue(e.getMessage().contains("cannot create a folder next to"), e.getMessage());
            assertEquals(List.of(), names(mount));
        }
    }

    @Test
    void whatAKilledBuildLeftIsRemovedByTheNextOne() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path out = committedOutput(site);
        // a build killed mid-render: its staging folder, with a lock file nobody holds
        Path killed = Files.createDirectories(site.resolve(".output.building-111/tree/en"));
        Files.writeString(killed.resolve("index.html"), "half");
        Files.writeString(site.resolve(".output.building-111").resolve(OutputDir.LOCK), "");
        // one killed before it took its lock (or from before builds took one): older than this process
        Path unlocked = Files.createDirectories(site.resolve(".output.building-222"));
        Files.setLastModifiedTime(unlocked, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        // one killed after the swap: the previous output, moved aside
        Files.createDirectories(site.resolve(".output.old-333/en"));
        // not ours: kept
        Files.createDirectories(site.resolve(".public.building-444"));
        Files.writeString(site.resolve(".output.building-555"), "a file, not a folder");
        OutputDir next = OutputDir.forSite(out, site, List.of());
        assertEquals(java.util.Set.of(".output.building-555", next.root().getParent().getFileName().toString(),
                ".public.building-444", "output"), java.util.Set.copyOf(names(site)));
        next.abort();
        assertEquals(List.of(".output.building-555", ".public.building-444", "output"), names(site));
    }

    @Test
    void aBuildKilledBetweenTheTwoMovesOfItsSwapGetsItsOldOutputBack() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path out = committedOutput(site);
        Files.move(out, site.resolve(".output.old-777"));
        OutputDir.forSite(out, site, List.of()).abort();
        assertEquals(List.of("output"), names(site));
        assertEquals(List.of(OutputDir.MARKER, "a.html"), names(out));
    }

    @Test
    void aSecondBuildRunningAtTheSameTimeLeavesTheFirstOnesFoldersAlone() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path out = committedOutput(site);
        OutputDir first = OutputDir.forSite(out, site, List.of());
        first.write("first.html", "1");
        OutputDir second = OutputDir.forSite(out, site, List.of());
        assertTrue(Files.isRegularFile(first.root().resolve("first.html")), "the first build's staging survives");
        second.write("second.html", "2");
        second.commit();
        first.commit();
        assertEquals(List.of(OutputDir.MARKER, "first.html"), names(out));
        assertEquals(List.of("output"), names(site));
    }

    @Test
    void twoBuildsCommittingAtOnceLeaveOneWholeOutputAndNothingBesideIt() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path out = committedOutput(site);
        OutputDir first = OutputDir.forSite(out, site, List.of());
        first.write("first.html", "1");
        OutputDir second = OutputDir.forSite(out, site, List.of());
        second.write("second.html", "2");
        OutputDir.mover = (from, to) -> {
            if (from.equals(first.root())) {
                // the second build commits between the first one's two moves
                OutputDir.mover = OutputDir::move;
                second.commit();
            }
            OutputDir.move(from, to);
        };
        assertThrows(UncheckedIOException.class, first::commit);
        first.abort();
        assertEquals(List.of(OutputDir.MARKER, "second.html"), names(out));
        assertEquals(List.of("output"), names(site));
    }
}
