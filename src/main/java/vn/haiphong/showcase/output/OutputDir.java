package vn.haiphong.showcase.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The output folder, written whole or not at all: files go to a hidden sibling folder, which
 * replaces the real one only on {@link #commit()}. A failed build calls {@link #abort()} and the
 * previous output stays as it was.
 */
public final class OutputDir implements Output {
    private final Path target;
    private final Path staging;

    private OutputDir(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts a new output for {@code target} (which need not exist). */
    public static OutputDir begin(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs.getParent());
            Path staging = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".building-");
            return new OutputDir(abs, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder next to " + abs, e);
        }
    }

    /** The folder being written. */
    public Path root() {
        return staging;
    }

    @Override
    public void write(String rel, byte[] bytes) {
        Path file = resolve(rel);
        try {
            ensureParent(file);
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public void copy(Path source, String rel) {
        Path file = resolve(rel);
        try {
            ensureParent(file);
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + file, e);
        }
    }

    @Override
    public void link(Path source, String rel) {
        Path file = resolve(rel);
        try {
            ensureParent(file);
            Files.deleteIfExists(file);
            Files.createLink(file, source);
        } catch (IOException | UnsupportedOperationException e) {
            copy(source, rel); // another file system, or links not supported
        }
    }

    private Path resolve(String rel) {
        Path file = staging.resolve(rel).normalize();
        if (!file.startsWith(staging)) {
            throw new IllegalArgumentException("output path escapes the output folder: " + rel);
        }
        return file;
    }

    private static void ensureParent(Path file) throws IOException {
        Path parent = file.getParent();
        if (!Files.isDirectory(parent)) {
            try {
                Files.createDirectories(parent);
            } catch (FileAlreadyExistsException e) {
                // another thread made it
            }
        }
    }

    /** Replaces the target folder with what was written. */
    public void commit() {
        try {
            Path old = null;
            if (Files.exists(target)) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                move(target, old);
            }
            move(staging, target);
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new output in place at " + target, e);
        }
    }

    /** Throws away what was written. */
    public void abort() {
        deleteTree(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Deletes {@code dir} and everything in it: files in parallel (a site has as many folders as
     * pages, and removing the previous output was the longest serial step of a build), then the
     * folders, deepest first.
     */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            java.util.List<Path> all = s.toList();
            all.parallelStream().filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> {
                        try {
                            Files.deleteIfExists(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot delete " + p, e);
                        }
                    });
            for (Path p : all.stream().filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
