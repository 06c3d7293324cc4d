package vn.haiphong.showcase.cdn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Results derived from file contents (minified CSS and JS, Brotli and gzip bytes), kept in
 * {@code .cache/publish/} under the SHA-256 of the input and the kind of result, so a rebuild
 * only does the work for files that changed. Entries a build did not use are removed when it
 * ends; a damaged or missing cache only costs the work again.
 */
final class DerivedCache {
    private final Path dir;
    private final Set<Path> used = ConcurrentHashMap.newKeySet();

    /** A cache in {@code dir}, or none when {@code dir} is null. */
    DerivedCache(Path dir) {
        this.dir = dir;
    }

    private Path file(String inputSha256, String kind) {
        return dir.resolve(inputSha256.substring(0, 2)).resolve(inputSha256 + "." + kind);
    }

    /** The stored result, or null. */
    byte[] get(String inputSha256, String kind) {
        if (dir == null) {
            return null;
        }
        Path f = file(inputSha256, kind);
        try {
            byte[] bytes = Files.readAllBytes(f);
            used.add(f);
            return bytes;
        } catch (IOException e) {
            return null;
        }
    }

    void put(String inputSha256, String kind, byte[] result) {
        if (dir == null) {
            return;
        }
        Path f = file(inputSha256, kind);
        try {
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), ".part-", "");
            Files.write(tmp, result);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            used.add(f);
        } catch (IOException e) {
            // not cached: the next build does the work again
        }
    }

    /** Marks {@code file} (in the cache's folder) as used, so {@link #prune} keeps it. */
    void keep(Path file) {
        used.add(file);
    }

    /** Removes the entries this build did not use. */
    void prune() {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                if (!used.contains(p)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // stale entries stay until the next build
        }
    }
}
