package vn.haiphong.showcase.cdn;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Brotli and gzip twins of pages and other files that change with edits, kept between builds
 * in one pack file keyed by the SHA-256 of the file's bytes, so a rebuild compresses only the
 * pages that changed. One file, not one per page: reading back thousands of small cache files
 * cost more than compressing at the pages' settings; the pack is memory-mapped and each hit is
 * one copy out of it. Every build writes the pack anew, with the entries it used, as it goes
 * (appending, so new twins never pile up in memory), and swaps it in at the end; a damaged or
 * missing pack only costs the compression again.
 *
 * <p>Record: 32 bytes of SHA-256, then the Brotli length and bytes, then the gzip length and
 * bytes (big-endian ints; Brotli length -1 when there was no encoder).
 */
final class DocumentTwins implements AutoCloseable {
    private static final byte[] MAGIC = "showcase-twins-1\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Both twins of one input; {@code br} is null without Brotli. */
    record Twins(byte[] br, byte[] gz) {
    }

    private final Path file;
    private final Path next;
    private final MappedByteBuffer old;
    private final Map<String, Integer> index = new HashMap<>();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private FileChannel out;

    /** A pack at {@code file} ({@code kind} names the settings: another kind never reuses it); null {@code file}: none. */
    DocumentTwins(Path file) {
        this.file = file;
        MappedByteBuffer map = null;
        FileChannel o = null;
        Path n = null;
        if (file != null) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                map = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
                if (!scan(map)) {
                    map = null;
                    index.clear();
                }
            } catch (IOException | RuntimeException e) {
                map = null;
                index.clear();
            }
            try {
                Files.createDirectories(file.getParent());
                n = Files.createTempFile(file.getParent(), ".twins-", ".part");
                o = FileChannel.open(n, StandardOpenOption.WRITE);
                o.write(ByteBuffer.wrap(MAGIC));
            } catch (IOException e) {
                o = null;
                n = null;
            }
        }
        this.old = map;
        this.out = o;
        this.next = n;
    }

    private boolean scan(ByteBuffer b) {
        if (b.remaining() < MAGIC.length) {
            return false;
        }
        for (byte m : MAGIC) {
            if (b.get() != m) {
                return false;
            }
        }
        byte[] sha = new byte[32];
        while (b.remaining() > 0) {
            int at = b.position();
            if (b.remaining() < 36) {
                return false;
            }
            b.get(sha);
            int br = b.getInt();
            if (br > b.remaining() || br < -1) {
                return false;
            }
            b.position(b.position() + Math.max(0, br));
            if (b.remaining() < 4) {
                return false;
            }
            int gz = b.getInt();
            if (gz < 0 || gz > b.remaining()) {
                return false;
            }
            b.position(b.position() + gz);
            index.put(HexFormat.of().formatHex(sha), at);
        }
        return true;
    }

    /** The twins of the input with SHA-256 {@code sha} (hex), or null. */
    Twins get(String sha) {
        Integer at = index.get(sha);
        if (at == null) {
            return null;
        }
        ByteBuffer b = old.duplicate();
        b.position(at + 32);
        int brLen = b.getInt();
        byte[] br = null;
        if (brLen >= 0) {
            br = new byte[brLen];
            b.get(br);
        }
        byte[] gz = new byte[b.getInt()];
        b.get(gz);
        Twins t = new Twins(br, gz);
        put(sha, t);
        return t;
    }

    /** Keeps {@code twins} for the next build. */
    void put(String sha, Twins twins) {
        if (out == null || !written.add(sha)) {
            return;
        }
        int brLen = twins.br() == null ? -1 : twins.br().length;
        ByteBuffer rec = ByteBuffer.allocate(32 + 8 + Math.max(0, brLen) + twins.gz().length);
        rec.put(HexFormat.of().parseHex(sha)).putInt(brLen);
        if (twins.br() != null) {
            rec.put(twins.br());
        }
        rec.putInt(twins.gz().length).put(twins.gz()).flip();
        synchronized (this) {
            try {
                while (rec.hasRemaining()) {
                    out.write(rec);
                }
            } catch (IOException e) {
                abandon();
            }
        }
    }

    private void abandon() {
        try {
            if (out != null) {
                out.close();
            }
            if (next != null) {
                Files.deleteIfExists(next);
            }
        } catch (IOException e) {
            // a stray .part file: removed with the rest of an unused cache
        }
        out = null;
    }

    /** Puts the pack this build wrote in place of the old one. */
    @Override
    public synchronized void close() {
        if (out == null) {
            return;
        }
        try {
            out.close();
            out = null;
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            abandon();
        }
    }

    /** The pack's file (so the cache's clean-up keeps it). */
    Path file() {
        return file;
    }
}
