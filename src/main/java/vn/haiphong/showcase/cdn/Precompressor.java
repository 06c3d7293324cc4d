package vn.haiphong.showcase.cdn;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Brotli and gzip bytes for a file, the same bytes for the same input every time (gzip with no
 * file name and modification time 0). Files that change with every edit (pages, feeds) use
 * settings that cost little; files named by their content are compressed once, at the highest
 * settings, and cached forever by browsers and CDNs, so they get the smallest bytes. Only
 * those are kept in the build cache: compressing a page at the fast settings costs less than
 * reading its bytes back from one small cache file among thousands.
 */
final class Precompressor {
    /** Part of every cache key: a new encoder version or setting never reuses old bytes. */
    private static final String CODECS = "b1.24.0";
    private static final int BROTLI_DOCUMENT = 6;
    private static final int BROTLI_IMMUTABLE = 11;
    private static final int GZIP_DOCUMENT = 6;
    private static final int GZIP_IMMUTABLE = 9;

    private final DerivedCache cache;
    private final boolean brotli;
    private final DocumentTwins documents;

    Precompressor(DerivedCache cache) {
        this(cache, null);
    }

    /** With {@code documentsDir}, twins of files that change with edits are kept there too (see {@link DocumentTwins}). */
    Precompressor(DerivedCache cache, Path documentsDir) {
        this.cache = cache;
        this.brotli = loadBrotli();
        this.documents = new DocumentTwins(documentsDir == null ? null
                : documentsDir.resolve("documents-br" + BROTLI_DOCUMENT + (brotli ? "" : "none") + "-gz" + GZIP_DOCUMENT
                + "-" + CODECS + ".pack"));
        if (documents.file() != null) {
            cache.keep(documents.file());
        }
    }

    /**
     * Both twins of {@code input} (SHA-256 {@code sha}): files named by content from the per-file
     * cache, others from the pack of the previous build's documents; a hit costs no compression.
     */
    DocumentTwins.Twins twins(byte[] input, String sha, boolean immutable) {
        if (!immutable) {
            DocumentTwins.Twins t = documents.get(sha);
            if (t != null) {
                return t;
            }
            t = new DocumentTwins.Twins(brotli(input, sha, false), gzip(input, sha, false)).withDigests();
            documents.put(sha, t);
            return t;
        }
        return new DocumentTwins.Twins(brotli(input, sha, true), gzip(input, sha, true));
    }

    /** Keeps the documents' twins for the next build. */
    void close() {
        documents.close();
    }

    private static boolean loadBrotli() {
        try {
            return Brotli4jLoader.isAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    /** Whether Brotli's native encoder loaded on this machine. */
    boolean brotliAvailable() {
        return brotli;
    }

    /** Brotli bytes of {@code input} (whose SHA-256 is {@code sha}), or null without the encoder. */
    byte[] brotli(byte[] input, String sha, boolean immutable) {
        if (!brotli) {
            return null;
        }
        int quality = immutable ? BROTLI_IMMUTABLE : BROTLI_DOCUMENT;
        String kind = "br" + quality + "-" + CODECS;
        byte[] cached = immutable ? cache.get(sha, kind) : null;
        if (cached != null) {
            return cached;
        }
        try {
            byte[] out = Encoder.compress(input, new Encoder.Parameters().setQuality(quality));
            if (immutable) {
                cache.put(sha, kind, out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gzip bytes of {@code input}. */
    byte[] gzip(byte[] input, String sha, boolean immutable) {
        int level = immutable ? GZIP_IMMUTABLE : GZIP_DOCUMENT;
        String kind = "gz" + level + "-" + CODECS;
        byte[] cached = immutable ? cache.get(sha, kind) : null;
        if (cached != null) {
            return cached;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 3 + 64);
        try (GZIPOutputStream gz = new LeveledGzip(out, level)) {
            gz.write(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        if (immutable) {
            cache.put(sha, kind, bytes);
        }
        return bytes;
    }

    /** The JDK's gzip writer (header without name or time) at a chosen level. */
    private static final class LeveledGzip extends GZIPOutputStream {
        LeveledGzip(ByteArrayOutputStream out, int level) throws IOException {
            super(out, 1 << 16);
            def.setLevel(level);
            def.setStrategy(Deflater.DEFAULT_STRATEGY);
        }
    }
}
