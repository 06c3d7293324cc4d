package vn.haiphong.showcase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The child JVM's heap follows the site's size past what 1 GiB holds. */
class LauncherTest {
    private static final long GIB = 1L << 30;

    @Test
    void theHeapIsOneGibibyteUpTo16000PagesThen64KibAPageWithinThreeQuartersOfTheMachine() {
        assertEquals("-Xmx1g", Launcher.heapFor(0, 24 * GIB));
        assertEquals("-Xmx1g", Launcher.heapFor(16_000, 24 * GIB));
        assertEquals("-Xmx1125m", Launcher.heapFor(18_000, 24 * GIB));
        assertEquals("-Xmx3125m", Launcher.heapFor(50_000, 24 * GIB));
        assertEquals("-Xmx3072m", Launcher.heapFor(50_000, 4 * GIB), "three quarters of a 4 GiB machine");
        assertEquals("-Xmx1024m", Launcher.heapFor(50_000, GIB), "never below the default");
        assertEquals("-Xmx3125m", Launcher.heapFor(50_000, 0), "machine's memory unknown");
    }

    @Test
    void pagesAreTheMarkdownAndHtmlFilesUnderContent(@TempDir Path site) throws Exception {
        assertEquals(0, Launcher.countPages(site, 100));
        for (int i = 0; i < 30; i++) {
            Path f = site.resolve("content/vi/p" + i + (i % 3 == 0 ? ".html" : ".md"));
            Files.createDirectories(f.getParent());
            Files.writeString(f, "x");
        }
        Files.writeString(site.resolve("content/vi/photo.jpg"), "x");
        assertEquals(30, Launcher.countPages(site, 100));
        assertEquals(10, Launcher.countPages(site, 10), "counting stops at the limit");
    }
}
