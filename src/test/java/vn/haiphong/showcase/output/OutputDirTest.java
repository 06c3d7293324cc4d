package vn.haiphong.showcase.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
