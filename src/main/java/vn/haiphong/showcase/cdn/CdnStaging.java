package vn.haiphong.showcase.cdn;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.haiphong.showcase.output.Output;

/**
 * The output of a build with the CDN stage, as the renderer writes it: the text files it makes
 * (pages, feeds, sitemaps, styles, scripts, indexes) stay in memory until the stage has named the
 * assets they refer to; everything else (copied files, image variants, PDFs) goes straight to
 * {@code disk}. A page is minified the moment it is written, on the rendering thread, and
 * reaches the disk once, with its references rewritten, next to its {@code .br} and {@code .gz}
 * twins: see {@link CdnOutput#prepare(CdnStaging, CdnSettings, java.util.concurrent.ForkJoinPool)}
 * for the order.
 *
 * <p>Holding the pages costs no more memory than the stage always needed: it reads every page's
 * text before it can rewrite any of them, because which assets get content names depends on
 * every file that refers to them (a file nobody refers to keeps its name; one referred to from a
 * file already named by content keeps it too).
 */
public final class CdnStaging implements Output {
    private final Output disk;
    private final Path root;
    private final Map<String, byte[]> held = new ConcurrentHashMap<>();
    private final Map<String, Boolean> minified = new ConcurrentHashMap<>();
    private final Map<String, Boolean> onDisk = new ConcurrentHashMap<>();

    /** Writes through {@code disk}, whose folder is {@code root}. */
    public CdnStaging(Output disk, Path root) {
        this.disk = disk;
        this.root = root;
    }

    @Override
    public void write(String rel, byte[] bytes) {
        String p = rel.replace('\\', '/');
        if (!MediaTypes.compressible(p)) {
            release(p);
            disk.write(rel, bytes);
            onDisk.put(p, Boolean.TRUE);
            return;
        }
        forgetCopy(p);
        byte[] kept = bytes;
        boolean done = false;
        if (MediaTypes.isHtml(p) && !Fingerprinter.isFingerprinted(p)) {
            try {
                String text = Tree.decode(bytes);
                kept = HtmlWhitespace.minify(text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                done = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                // left as it is: the stage's own minifying step says why
            }
        }
        held.put(p, kept);
        if (done) {
            minified.put(p, Boolean.TRUE);
        } else {
            minified.remove(p);
        }
    }

    /**
     * A rendered page is minified as it is, without the round trip through UTF-8 bytes and back
     * that {@link #write(String, byte[])} takes: the same bytes for text without surrogates. A page
     * with surrogates takes the round trip, which turns an unpaired one into {@code ?} before
     * minifying (minifying could otherwise join two of them around a comment, or read {@code <?}
     * as a tag).
     */
    @Override
    public void write(String rel, String text) {
        String p = rel.replace('\\', '/');
        if (!MediaTypes.compressible(p) || !MediaTypes.isHtml(p) || Fingerprinter.isFingerprinted(p)
                || hasSurrogate(text)) {
            write(rel, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        forgetCopy(p);
        held.put(p, HtmlWhitespace.minify(text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        minified.put(p, Boolean.TRUE);
    }

    @Override
    public void copy(Path source, String rel) {
        release(rel.replace('\\', '/'));
        disk.copy(source, rel);
        onDisk.put(rel.replace('\\', '/'), Boolean.TRUE);
    }

    @Override
    public void link(Path source, String rel) {
        release(rel.replace('\\', '/'));
        disk.link(source, rel);
        onDisk.put(rel.replace('\\', '/'), Boolean.TRUE);
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A copied file replaced by a rendered one: the copy must not stay behind on disk. */
    private void forgetCopy(String p) {
        if (onDisk.remove(p) != null) {
            try {
                java.nio.file.Files.deleteIfExists(root.resolve(p));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private void release(String p) {
        held.remove(p);
        minified.remove(p);
    }

    Output disk() {
        return disk;
    }

    Path root() {
        return root;
    }

    Map<String, byte[]> held() {
        return held;
    }

    /** Whether the held file {@code p} was already minified when it was written. */
    boolean minified(String p) {
        return minified.containsKey(p);
    }
}
