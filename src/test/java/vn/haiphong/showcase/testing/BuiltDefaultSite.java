package vn.haiphong.showcase.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.BuildResult;
import vn.haiphong.showcase.site.SiteBuild;

/**
 * The project's default site, built once per test JVM as it is published (CDN stage included:
 * fingerprinted, minified, precompressed) and shared read-only by the quality gates, which only
 * look at it. Tests that change the site build their own copy with {@link Fixtures#defaultSite}.
 */
public final class BuiltDefaultSite {
    private static Path output;

    private BuiltDefaultSite() {
    }

    /** The built {@code output/} folder; the first call builds it (about a minute with a cold image cache). */
    public static synchronized Path output() {
        if (output == null) {
            try {
                Path dir = Files.createTempDirectory("showcase-gates");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        PathUtils.deleteDirectory(dir);
                    } catch (IOException ignored) {
                        // a temporary folder left behind is harmless
                    }
                }));
                Path site = Fixtures.defaultSite(dir);
                BuildResult r = SiteBuild.once().run(new BuildOptions(site, null, null, false, null));
                assertTrue(r.ok(), "the default site builds: " + r.errors());
                output = site.resolve("output");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return output;
    }

    /** The test-only npm tools ({@code src/test/js}, installed by {@code npm ci} in the Maven build). */
    public static Path testTool(String relative) {
        Path p = Fixtures.projectRoot().resolve("src/test/js/node_modules").resolve(relative);
        assertTrue(Files.isRegularFile(p), p + " is missing: run `mvn generate-test-resources` (npm ci in src/test/js)");
        return p;
    }
}
