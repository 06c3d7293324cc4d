package vn.haiphong.showcase.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output folder, written whole or not at all: files go to a hidden sibling folder, which
 * replaces the real one only on {@link #commit()}. A failed build calls {@link #abort()} and the
 * previous output stays as it was. Since a commit deletes what was there, a target is checked
 * before anything is written: see {@link #forSite} and {@link #replacing}.
 */
public final class OutputDir implements Output {
    /**
     * The file a site's output carries, so that the next build knows the folder is its own to
     * replace. Written on commit, after the CDN stage, so it is in neither the publish manifest
     * nor {@code _headers}, and {@code publish} (which sends what the manifest lists) never uploads it.
     */
    public static final String MARKER = ".showcase-output";
    private static final byte[] MARKER_TEXT = ("This folder is the output of a Hai Phong Showcase build. The next build"
            + " replaces it whole: keep no files of your own here.\n").getBytes(StandardCharsets.UTF_8);

    private final Path target;
    private final Path staging;
    private final boolean marked;
    private boolean done;

    private OutputDir(Path target, Path staging, boolean marked) {
        this.target = target;
        this.staging = staging;
        this.marked = marked;
    }

    /**
     * Starts the output of the site in {@code site} at {@code target} (which need not exist).
     *
     * @param sources the site's source folders, which the output must not be or be inside
     * @throws OutputRefused when {@code target} is the site folder, holds it, is or is inside one
     *                       of {@code sources} or the site's {@code .cache}, {@code .git} or
     *                       {@code src} (symbolic links followed), is a file, or is a non-empty
     *                       folder without {@link #MARKER} other than {@code site/output}
     */
    public static OutputDir forSite(Path target, Path site, List<Path> sources) {
        OutputGuard.forSite(site, sources, MARKER).check(target);
        return begin(target, true);
    }

    /**
     * Starts an output at {@code target} that may replace only an empty folder or one holding
     * {@code ownFile}, a file the writer itself puts there ({@code vr360 tile}: {@code tiles.json}).
     *
     * @throws OutputRefused when {@code target} is a file or a folder of something else
     */
    public static OutputDir replacing(Path target, String ownFile) {
        OutputGuard.owning(ownFile).check(target);
        return begin(target, false);
    }

    private static OutputDir begin(Path target, boolean marked) {
        Path abs = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs.getParent());
            Path staging = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".building-");
            return new OutputDir(abs, staging, marked);
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
            if (marked) {
                Files.write(staging.resolve(MARKER), MARKER_TEXT);
            }
            Path old = null;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                move(target, old);
            }
            move(staging, target);
            done = true;
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new output in place at " + target, e);
        }
    }

    /** Throws away what was written; does nothing after {@link #commit()} or a first abort. */
    public void abort() {
        if (!done) {
            done = true;
            deleteTree(staging);
        }
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
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            java.util.List<Path> all = s.toList();
            all.parallelStream().filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> {
                        try {
                            Files.deleteIfExists(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot delete " + p, e);
                        }
                    });
            for (Path p : all.stream().filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
