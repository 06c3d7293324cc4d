package vn.haiphong.showcase.cdn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.haiphong.showcase.output.Output;

/**
 * The files the CDN stage works on: a folder on disk, plus (in a build) the text files the
 * renderer left in memory ({@link CdnStaging}). A held file is changed in memory and reaches the
 * disk once, through {@link #publish}; a file on disk is changed where it is.
 */
final class Tree {
    private final Path root;
    private final Map<String, byte[]> held;
    private final Output disk;

    /** Only the folder {@code root}. */
    Tree(Path root) {
        this(root, new java.util.concurrent.ConcurrentHashMap<>(), null);
    }

    Tree(Path root, Map<String, byte[]> held, Output disk) {
        this.root = root;
        this.held = held;
        this.disk = disk;
    }

    Path root() {
        return root;
    }

    boolean held(String p) {
        return held.containsKey(p);
    }

    /** Every file, relative and sorted, except the stage's own manifest and headers file. */
    List<String> list() {
        TreeSet<String> all = new TreeSet<>(held.keySet());
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .forEach(all::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + root, e);
            }
        }
        all.remove(Manifest.FILE);
        all.remove(Manifest.HEADERS_FILE);
        return List.copyOf(all);
    }

    byte[] read(String p) throws IOException {
        byte[] b = held.get(p);
        if (b == TAKEN) {
            throw new IllegalStateException(p + " was taken as text and not written back");
        }
        return b != null ? b : Files.readAllBytes(root.resolve(p));
    }

    /** Marks a held file whose bytes were given up for its text; it must be written back. */
    private static final byte[] TAKEN = new byte[0];

    /**
     * The file as UTF-8 text, like {@link #readText}; a held file gives up its bytes (so a page is
     * not in memory twice while references are rewritten) and must be {@linkplain #write written}
     * back, see {@link #taken}.
     */
    String takeText(String p) throws IOException {
        byte[] b = held.get(p);
        if (b == null) {
            return Files.readString(root.resolve(p), StandardCharsets.UTF_8);
        }
        String text = decode(b);
        held.put(p, TAKEN);
        return text;
    }

    /** Whether {@code p} gave up its bytes to {@link #takeText} and was not written back yet. */
    boolean taken(String p) {
        return held.get(p) == TAKEN;
    }

    /** The file as UTF-8 text; {@link java.nio.charset.MalformedInputException} when it is not (as {@link Files#readString}). */
    String readText(String p) throws IOException {
        byte[] b = held.get(p);
        return b != null ? decode(b) : Files.readString(root.resolve(p), StandardCharsets.UTF_8);
    }

    static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Replaces the file's bytes (in memory when it is held). */
    void write(String p, byte[] bytes) throws IOException {
        if (held.containsKey(p)) {
            held.put(p, bytes);
        } else {
            Files.write(root.resolve(p), bytes);
        }
    }

    /** Renames {@code from} to {@code to}, with new bytes unless {@code bytes} is null. */
    void move(String from, String to, byte[] bytes) throws IOException {
        byte[] old = held.remove(from);
        if (old != null) {
            held.put(to, bytes != null ? bytes : old);
        } else if (bytes != null) {
            Files.write(root.resolve(to), bytes);
            Files.delete(root.resolve(from));
        } else {
            Files.move(root.resolve(from), root.resolve(to), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    byte[] sha256(String p) throws IOException {
        byte[] b = held.get(p);
        if (b != null) {
            return Fingerprinter.digest("SHA-256", b);
        }
        try (InputStream in = Files.newInputStream(root.resolve(p))) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    long size(String p) throws IOException {
        byte[] b = held.get(p);
        return b != null ? b.length : Files.size(root.resolve(p));
    }

    /** The first bytes of a file, for sniffing its type. */
    byte[] head(String p, int n) throws IOException {
        byte[] b = held.get(p);
        if (b != null) {
            return java.util.Arrays.copyOf(b, Math.min(n, b.length));
        }
        try (InputStream in = Files.newInputStream(root.resolve(p))) {
            return in.readNBytes(n);
        }
    }

    /** Puts a held file on disk in its final form (once); a file already on disk stays as it is. */
    void publish(String p, byte[] bytes) throws IOException {
        if (held.remove(p) != null) {
            writeNew(p, bytes);
        }
    }

    /** Writes a new file (a compressed twin, the manifest). */
    void writeNew(String p, byte[] bytes) throws IOException {
        if (disk != null) {
            disk.write(p, bytes);
        } else {
            Files.write(root.resolve(p), bytes);
        }
    }
}
