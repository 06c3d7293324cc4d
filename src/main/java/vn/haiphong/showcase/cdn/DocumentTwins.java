package vn.haiphong.showcase.cdn;

import java.io.IOException;
import java.nio.ByteBuffer;
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
 * cost more than compressing at the pages' settings; each hit is one positional read out of the
 * pack (not a memory map: mapped pages count in the build's resident memory, about 100 MiB for
 * the 10,000-page corpus, while what is read stays in the system's file cache). Every build writes the pack anew, with the entries it used, as it goes
 * (appending, so new twins never pile up in memory), and swaps it in at the end; a damaged or
 * missing pack only costs the compression again.
 *
 * <p>Record: 32 bytes of SHA-256, then the Brotli length, bytes and their SHA-256, then the gzip
 * length, bytes and SHA-256 (big-endian ints; Brotli length -1, and no bytes nor digest, when there
 * was no encoder). The twins' digests are kept because the manifest names them: hashing them
 * again cost as much as a tenth of a warm build.
 */
final class DocumentTwins implements AutoCloseable {
    private static final byte[] MAGIC = "showcase-twins-2\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Both twins of one input; {@code br} is null without Brotli. Their own SHA-256 (raw, for the
     * publish manifest) travel with them when known: null means not worked out yet.
     */
    record Twins(byte[] br, byte[] gz, byte[] brSha, byte[] gzSha) {
        Twins(byte[] br, byte[] gz) {
            this(br, gz, null, null);
        }

        /** These twins with their SHA-256 worked out. */
        Twins withDigests() {
            return new Twins(br, gz, br == null ? null : Fingerprinter.digest("SHA-256", br),
                    Fingerprinter.digest("SHA-256", gz));
        }
    }

    private final Path file;
    private final Path next;
    private final FileChannel old;
    /** Per SHA-256 (hex): where the record's Brotli bytes start, their length (-1: none) and the gzip length. */
    private final Map<String, long[]> index = new HashMap<>();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private FileChannel out;

    /** A pack at {@code file} ({@code kind} names the settings: another kind never reuses it); null {@code file}: none. */
    DocumentTwins(Path file) {
        this.file = file;
        FileChannel in = null;
        FileChannel o = null;
        Path n = null;
        if (file != null) {
            try {
                in = FileChannel.open(file, StandardOpenOption.READ);
                if (!scan(in)) {
                    in.close();
                    in = null;
                    index.clear();
                }
            } catch (IOException | RuntimeException e) {
                close(in);
                in = null;
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
        this.old = in;
        this.out = o;
        this.next = n;
    }

    private static void close(FileChannel ch) {
        try {
            if (ch != null) {
                ch.close();
            }
        } catch (IOException e) {
            // nothing was written to it
        }
    }

    /** Reads the records' heads (SHA-256 and lengths), skipping their bytes. */
    private boolean scan(FileChannel ch) throws IOException {
        long size = ch.size();
        ByteBuffer head = ByteBuffer.allocate(Math.max(MAGIC.length, 36));
        head.limit(MAGIC.length);
        if (size < MAGIC.length || !readFully(ch, head, 0)) {
            return false;
        }
        for (byte m : MAGIC) {
            if (head.get() != m) {
                return false;
            }
        }
        byte[] sha = new byte[32];
        long at = MAGIC.length;
        while (at < size) {
            if (size - at < 36) {
                return false;
            }
            head.clear();
            readFully(ch, head, at);
            head.get(sha);
            int br = head.getInt();
            long brStart = at + 36;
            if (br < -1 || br > size - brStart) {
                return false;
            }
            long gzHead = brStart + (br < 0 ? 0 : br + 32L);
            if (size - gzHead < 4) {
                return false;
            }
            ByteBuffer len = ByteBuffer.allocate(4);
            readFully(ch, len, gzHead);
            int gz = len.getInt();
            if (gz < 0 || gz > size - gzHead - 4 - 32) {
                return false;
            }
            index.put(HexFormat.of().formatHex(sha), new long[] {brStart, br, gz});
            at = gzHead + 4 + gz + 32;
        }
        return true;
    }

    /** Fills {@code b} from {@code at} and flips it; false at the end of the file. */
    private static boolean readFully(FileChannel ch, ByteBuffer b, long at) throws IOException {
        long pos = at;
        while (b.hasRemaining()) {
            int n = ch.read(b, pos);
            if (n < 0) {
                return false;
            }
            pos += n;
        }
        b.flip();
        return true;
    }

    /** The twins of the input with SHA-256 {@code sha} (hex), or null. */
    Twins get(String sha) {
        long[] at = index.get(sha);
        if (at == null) {
            return null;
        }
        int brLen = (int) at[1];
        int gzLen = (int) at[2];
        ByteBuffer b = ByteBuffer.allocate((brLen < 0 ? 0 : brLen + 32) + 4 + gzLen + 32);
        try {
            if (!readFully(old, b, at[0])) {
                return null;
            }
        } catch (IOException e) {
            return null; // compressed again
        }
        byte[] br = null;
        byte[] brSha = null;
        if (brLen >= 0) {
            br = new byte[brLen];
            b.get(br);
            brSha = new byte[32];
            b.get(brSha);
        }
        b.getInt();
        byte[] gz = new byte[gzLen];
        b.get(gz);
        byte[] gzSha = new byte[32];
        b.get(gzSha);
        Twins t = new Twins(br, gz, brSha, gzSha);
        put(sha, t);
        return t;
    }

    /** Keeps {@code twins} for the next build (with their digests, worked out here if they are not known). */
    void put(String sha, Twins twins) {
        if (out == null || !written.add(sha)) {
            return;
        }
        Twins t = twins.gzSha() == null ? twins.withDigests() : twins;
        int brLen = t.br() == null ? -1 : t.br().length;
        ByteBuffer rec = ByteBuffer.allocate(32 + 8 + (brLen < 0 ? 0 : brLen + 32) + t.gz().length + 32);
        rec.put(HexFormat.of().parseHex(sha)).putInt(brLen);
        if (t.br() != null) {
            rec.put(t.br()).put(t.brSha());
        }
        rec.putInt(t.gz().length).put(t.gz()).put(t.gzSha()).flip();
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
        close(old);
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
