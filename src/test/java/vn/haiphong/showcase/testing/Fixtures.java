package vn.haiphong.showcase.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/** Copies fixture sites to a temporary folder so tests can change them freely. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The project's root folder (Maven runs tests there). */
    public static Path projectRoot() {
        return Path.of("").toAbsolutePath();
    }

    /**
     * Copies {@code src/test/resources/sites/<name>} into {@code dir}/site; a fixture without its own
     * templates gets the project's real {@code templates/} (one source of templates).
     */
    public static Path site(String name, Path dir) {
        Path from = projectRoot().resolve("src/test/resources/sites").resolve(name);
        Path to = dir.resolve("site");
        try {
            PathUtils.copyDirectory(from, to);
            if (!Files.isDirectory(to.resolve("templates"))) {
                // the project's theme: templates plus the stylesheet, script, icon and images they refer to
                PathUtils.copyDirectory(projectRoot().resolve("templates"), to.resolve("templates"));
                Files.createDirectories(to.resolve("assets"));
                PathUtils.copyDirectory(projectRoot().resolve("assets/css"), to.resolve("assets/css"));
                PathUtils.copyDirectory(projectRoot().resolve("assets/img"), to.resolve("assets/img"));
                PathUtils.copyDirectory(projectRoot().resolve("assets/js"), to.resolve("assets/js"));
                Files.copy(projectRoot().resolve("assets/favicon.svg"), to.resolve("assets/favicon.svg"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /**
     * The project's own default site, copied (content, templates, assets, site.yaml). Its image
     * cache is shared by every copy ({@code target/test-image-cache}), so its 64 illustrations are
     * encoded once per {@code mvn verify}, not once per test; so are the exhibition's rendered halls
     * ({@code target/test-vr360-cache}).
     */
    public static Path defaultSite(Path dir) {
        Path to = dir.resolve("default-site");
        try {
            Files.createDirectories(to);
            for (String d : new String[] {"content", "templates", "assets", "vr360"}) {
                PathUtils.copyDirectory(projectRoot().resolve(d), to.resolve(d));
            }
            Files.copy(projectRoot().resolve("site.yaml"), to.resolve("site.yaml"));
            Path shared = projectRoot().resolve("target/test-image-cache");
            Files.createDirectories(shared);
            Files.createDirectories(to.resolve(".cache"));
            Files.createSymbolicLink(to.resolve(".cache/images"), shared);
            Path halls = projectRoot().resolve("target/test-vr360-cache");
            Files.createDirectories(halls);
            Files.createSymbolicLink(to.resolve(".cache/vr360"), halls);
            // the print edition's resampled photos, shared the same way (its PDFs are cached there too)
            Path print = projectRoot().resolve("target/test-print-cache");
            Files.createDirectories(print);
            Files.createSymbolicLink(to.resolve(".cache/print"), print);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path p, String text) {
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code root} with its bytes, by relative path. */
    public static Map<String, byte[]> snapshot(Path root) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
    /**
     * The one error of {@code errors} about the file whose path ends with {@code fileSuffix}; fails
     * unless there is exactly one, and unless it says how to fix the problem.
     */
    public static vn.haiphong.showcase.errors.ContentError onlyError(java.util.List<vn.haiphong.showcase.errors.ContentError> errors,
                                                                     String fileSuffix) {
        java.util.List<vn.haiphong.showcase.errors.ContentError> hits = errors.stream()
                .filter(e -> e.path().toString().endsWith(fileSuffix)).toList();
        org.junit.jupiter.api.Assertions.assertEquals(1, hits.size(), () -> "errors for " + fileSuffix + ": " + errors);
        org.junit.jupiter.api.Assertions.assertFalse(hits.get(0).hint().isEmpty(), "every error says how to fix it");
        return hits.get(0);
    }
}
