package vn.haiphong.showcase.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output folder, written whole or not at all: files go to a hidden sibling folder, which
 * replaces the real one only on {@link #commit()}. A failed build calls {@link #abort()} and the
 * previous output stays as it was. Since a commit deletes what was there, a target is checked
 * before anything is written: see {@link #forSite} and {@link #replacing}.
 *
 * <p>The swap is all or nothing: {@link #commit()} moves the old folder aside to
 * {@code .NAME.old-ID}, moves the new one in, and puts the old one back when that fails; nothing
 * beside the target outlives the build on any failure path. A build killed with {@code -9} leaves
 * its {@code .NAME.building-ID} (and, when killed inside the swap, {@code .NAME.old-ID}); the
 * next build of the same target removes them, and puts a moved-aside old folder back when the
 * target itself is missing. The staging folder {@code .NAME.building-ID} holds the tree being
 * written ({@code tree/}) and {@value #LOCK}, which a live build keeps
 * {@linkplain FileChannel#tryLock locked} until its staging folder is gone, so a second build
 * running at the same time never removes the first one's folders.
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

    /** The lock file a live build holds in its staging folder, beside (never in) the tree it writes. */
    static final String LOCK = ".showcase-lock";
    private static final String TREE = "tree";
    private static final String BUILDING = ".building-";
    private static final String OLD = ".old-";

    /** Moves a folder; tests replace it to make a step of the swap fail. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    static Mover mover = OutputDir::move;

    private final Path target;
    private final Path staging;
    private final Path tree;
    private final boolean marked;
    private final FileChannel lock;
    private volatile boolean done;

    private OutputDir(Path target, Path staging, boolean marked, FileChannel lock) {
        this.target = target;
        this.staging = staging;
        this.tree = staging.resolve(TREE);
        this.marked = marked;
        this.lock = lock;
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
        Path staging = null;
        FileChannel lock = null;
        try {
            Files.createDirectories(abs.getParent());
            sweep(abs);
            staging = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + BUILDING);
            lock = FileChannel.open(staging.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            if (lock.tryLock() == null) {
                throw new IOException("cannot lock " + staging.resolve(LOCK));
            }
            Files.createDirectory(staging.resolve(TREE));
            return new OutputDir(abs, staging, marked, lock);
        } catch (IOException e) {
            closeQuietly(lock);
            if (staging != null) {
                deleteQuietly(staging);
            }
            throw new UncheckedIOException("cannot create a folder next to " + abs, e);
        }
    }

    /**
     * Removes what killed builds of {@code target} left beside it: staging folders whose lock no
     * live build holds (without a lock file: older than this process), and old folders whose
     * staging folder is gone. When the target itself is missing (a build killed between the two
     * moves of its swap), the newest such old folder becomes the target again. Only names this
     * class makes are touched. Best effort: what cannot be removed now, the next build tries again.
     */
    static void sweep(Path target) {
        Path parent = target.getParent();
        String building = "." + target.getFileName() + BUILDING;
        String old = "." + target.getFileName() + OLD;
        List<Path> olds = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (name.startsWith(building) && leftBehind(p)) {
                    deleteQuietly(p);
                } else if (name.startsWith(old)) {
                    olds.add(p);
                }
            }
        } catch (IOException e) {
            return;
        }
        olds.sort(Comparator.comparing(OutputDir::modified).reversed());
        for (Path o : olds) {
            String id = o.getFileName().toString().substring(old.length());
            if (Files.exists(parent.resolve(building + id), LinkOption.NOFOLLOW_LINKS)) {
                continue; // its build is alive and swapping
            }
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    mover.move(o, target);
                    continue;
                } catch (IOException e) {
                    // then it goes like any other
                }
            }
            deleteQuietly(o);
        }
    }

    /** Whether the staging folder {@code dir} belongs to no live build. */
    private static boolean leftBehind(Path dir) {
        Path lockFile = dir.resolve(LOCK);
        if (!Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            // killed before it took its lock, or made before builds took one
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            return modified(dir).isBefore(started);
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            return ch.tryLock() != null;
        } catch (OverlappingFileLockException e) {
            return false; // a build in this process holds it
        } catch (IOException e) {
            return false; // gone meanwhile, or not ours to open
        }
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }

    /** The folder being written. */
    public Path root() {
        return tree;
    }

    @Override
    public void write(String rel, byte[] bytes) {
        Path file = resolve(rel);
        try {
            ensureParent(file);
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target.resolve(rel), e);
        }
    }

    @Override
    public void copy(Path source, String rel) {
        Path file = resolve(rel);
        try {
            ensureParent(file);
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target.resolve(rel), e);
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
        if (done) {
            throw new IllegalStateException("this output was already committed or aborted");
        }
        Path file = tree.resolve(rel).normalize();
        if (!file.startsWith(tree)) {
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

    /**
     * Replaces the target folder with what was written; when that cannot be done, leaves the
     * target as it was and throws. Either way, after {@link #abort()} (which a caller runs in a
     * {@code finally}) nothing but the target is left beside it.
     *
     * @throws UncheckedIOException when the new output cannot be put in place
     */
    public void commit() {
        if (done) {
            throw new IllegalStateException("this output was already committed or aborted");
        }
        String id = staging.getFileName().toString().substring(("." + target.getFileName() + BUILDING).length());
        // named after the staging folder, whose lock keeps other builds' sweeps off it until the swap is over
        Path old = target.getParent().resolve("." + target.getFileName() + OLD + id);
        boolean aside = false;
        try {
            if (marked) {
                Files.write(tree.resolve(MARKER), MARKER_TEXT);
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                mover.move(target, old);
                aside = true;
            }
            try {
                mover.move(tree, target);
            } catch (IOException e) {
                if (aside) {
                    try {
                        mover.move(old, target);
                        aside = false;
                    } catch (IOException restore) {
                        e.addSuppressed(restore);
                        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                            // another build's whole output got there first: the old one is not needed
                            deleteQuietly(old);
                            aside = false;
                        } // else the next build's sweep puts it back
                    }
                }
                throw e;
            }
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new output in place at " + target, e);
        } finally {
            if (done) {
                if (aside) {
                    deleteQuietly(old);
                }
                deleteQuietly(staging);
                closeQuietly(lock);
            }
        }
    }

    /** Throws away what was written; does nothing after {@link #commit()} or a first abort. */
    public void abort() {
        if (!done) {
            done = true;
            deleteQuietly(staging);
            closeQuietly(lock);
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // the lock goes with the process anyway
            }
        }
    }

    /** Deletes {@code dir} as far as it can: clean-up on the way out must not hide the first failure. */
    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (UncheckedIOException e) {
            // the next build's sweep tries again
        }
    }

    static void move(Path from, Path to) throws IOException {
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
