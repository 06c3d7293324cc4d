package vn.haiphong.showcase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.output.OutputDir;
import vn.haiphong.showcase.testing.ConsoleCapture;
import vn.haiphong.showcase.testing.Fixtures;

/**
 * A build killed with {@code kill -9} in the middle of writing leaves its hidden staging folder
 * and the previous output; the next build removes the folder and replaces the output.
 */
class KilledBuildTest {
    @TempDir
    Path tmp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void theNextBuildRemovesWhatABuildKilledWithSigkillLeft() throws Exception {
        Path site = Fixtures.site("mini", tmp);
        assertEquals(0, console.run("build", "--site", site.toString()), console.err());
        Path index = site.resolve("output/en/index.html");
        String before = Files.readString(index);
        // enough pages that the build is still writing when it is killed
        for (int i = 0; i < 1500; i++) {
            Files.writeString(site.resolve("content/en/news/n" + i + ".md"),
                    "---\ntitle: \"News " + i + "\"\ndate: 2025-01-01\n---\n\nText " + i + ".\n");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build", "--site", site.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile());
        pb.environment().put("SHOWCASE_NO_FORK", "1");
        Process child = pb.start();
        try {
            Path staging = awaitWriting(site, child);
            // a second build starting now sweeps the folder, but must leave the live build's staging alone
            OutputDir.forSite(site.resolve("output"), site, List.of()).abort();
            assertTrue(Files.isDirectory(staging.resolve("tree")), "a live build's staging folder is kept");
            assertTrue(child.isAlive(), "the build was still running when it was killed");
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertTrue(Files.isDirectory(staging), "the killed build left its staging folder");
            assertEquals(before, Files.readString(index), "and the previous output as it was");
        } finally {
            child.destroyForcibly();
        }
        assertEquals(0, console.run("build", "--site", site.toString()), console.err());
        assertEquals(List.of(), names(site).stream().filter(n -> n.startsWith(".output.")).toList(),
                "no .output.building-* or .output.old-* left");
        assertTrue(Files.isRegularFile(site.resolve("output/en/news/n1499/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("output").resolve(OutputDir.MARKER)));
    }

    /** Waits until the child's staging folder holds written files; fails when the child ends or a minute passes. */
    private static Path awaitWriting(Path site, Process child) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            assertTrue(child.isAlive(), "the build ended before it could be killed");
            Optional<Path> staging = stagingOf(site);
            // with the CDN stage pages reach the disk last (they wait in memory for the assets' names),
            // but copied files are written at once: any file in the tree means the build is writing
            if (staging.isPresent() && hasFiles(staging.get().resolve("tree"))) {
                return staging.get();
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the build never started writing");
    }

    private static boolean hasFiles(Path tree) throws IOException {
        if (!Files.isDirectory(tree)) {
            return false;
        }
        try (Stream<Path> s = Files.walk(tree)) {
            return s.anyMatch(Files::isRegularFile);
        } catch (java.io.UncheckedIOException e) {
            return false; // a folder appeared or went while walking
        }
    }

    private static Optional<Path> stagingOf(Path site) throws IOException {
        try (Stream<Path> s = Files.list(site)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".output.building-")).findFirst();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
