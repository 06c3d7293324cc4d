package vn.haiphong.showcase.images;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Encoded variants on disk in {@code .cache/images/}, content-addressed: one folder per source
 * content hash and operation (widths, qualities, encoders), holding the variants and an
 * {@code entry.properties}. Unchanged sources are never decoded again, wherever they move.
 * Source hashes are remembered by path, size and modification time ({@code sources.tsv}), so
 * a warm build does not even read the photos. Writes are atomic (temporary folder, then move),
 * so concurrent builds sharing a cache see whole entries or none.
 */
final class ImageCache {
    private final Path dir;
    private final Map<String, String> memo = new ConcurrentHashMap<>();
    private final Map<String, String> memoUsed = new ConcurrentHashMap<>();

    ImageCache(Path dir) {
        this.dir = dir;
        Path tsv = dir.resolve("sources.tsv");
        if (Files.isRegularFile(tsv)) {
            try (Stream<String> lines = Files.lines(tsv, StandardCharsets.UTF_8)) {
                lines.forEach(l -> {
                    int tab = l.lastIndexOf('\t');
                    if (tab > 0) {
                        memo.put(l.substring(0, tab), l.substring(tab + 1));
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                memo.clear(); // only costs hashing the sources again
            }
        }
    }

    /** SHA-256 of the file's bytes (hex), remembered by path, size and modification time. */
    String sourceHash(Path file) throws IOException {
        String stamp = file.toAbsolutePath() + "\t" + Files.size(file) + "\t" + Files.getLastModifiedTime(file).toMillis();
        String known = memo.get(stamp);
        if (known == null) {
            try (InputStream in = Files.newInputStream(file)) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
                known = HexFormat.of().formatHex(md.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        memoUsed.put(stamp, known);
        return known;
    }

    Path entryDir(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key);
    }

    /** The entry's properties when it is complete, else null. */
    Properties find(String key) {
        Path props = entryDir(key).resolve("entry.properties");
        if (!Files.isRegularFile(props)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            return null;
        }
        for (String f : p.getProperty("files", "").split(" ")) {
            if (!f.isEmpty() && !Files.isRegularFile(entryDir(key).resolve(f))) {
                return null;
            }
        }
        return p;
    }

    /** Stores an entry: its files and properties, atomically. */
    void store(String key, Map<String, byte[]> files, Properties props) throws IOException {
        Path target = entryDir(key);
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempDirectory(target.getParent(), key + ".tmp");
        try {
            StringBuilder names = new StringBuilder();
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(tmp.resolve(f.getKey()), f.getValue());
                names.append(f.getKey()).append(' ');
            }
            props.setProperty("files", names.toString().strip());
            try (Writer w = Files.newBufferedWriter(tmp.resolve("entry.properties"), StandardCharsets.UTF_8)) {
                props.store(w, null);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (find(key) == null) { // another build stored it meanwhile: keep theirs
                    throw e;
                }
            }
        } finally {
            if (Files.exists(tmp)) {
                try (Stream<Path> s = Files.walk(tmp)) {
                    for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    Path tmpDir() {
        return dir.resolve("tmp");
    }

    /** Writes the source-hash memo of the sources this build saw. */
    void saveMemo() throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "sources", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(memoUsed).entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        Files.move(tmp, dir.resolve("sources.tsv"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes entries no build of this site used this time (edited or removed photos). */
    void sweep(Set<String> used) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> shards = Files.list(dir)) {
            for (Path shard : shards.filter(Files::isDirectory).toList()) {
                if (shard.getFileName().toString().length() != 2) {
                    continue;
                }
                try (Stream<Path> entries = Files.list(shard)) {
                    for (Path e : entries.toList()) {
                        if (!used.contains(e.getFileName().toString())) {
                            try (Stream<Path> s = Files.walk(e)) {
                                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                                    Files.deleteIfExists(p);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
