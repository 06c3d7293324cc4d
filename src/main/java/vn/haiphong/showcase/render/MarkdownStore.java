package vn.haiphong.showcase.render;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.haiphong.showcase.markdown.MarkdownRenderer;

/**
 * Rendered Markdown kept on disk in {@code .cache/markdown/} between builds, keyed by a 64-bit
 * hash of everything the HTML depends on: the page text, the language it is shown in, the link
 * table of that language and the renderer's own code. A rebuild of unchanged pages therefore
 * skips Flexmark entirely; anything that could change the HTML changes the key. Entries not used
 * by a build are dropped when it saves. Pages with link problems or warnings are never stored.
 */
final class MarkdownStore {
    /** 2: each entry also holds its side-column HTML ({@link MarkdownRenderer.Rendered#aside()}). */
    private static final int FORMAT = 2;

    private final Path file;
    private final Map<Long, MarkdownRenderer.Rendered> loaded;
    private final Map<Long, MarkdownRenderer.Rendered> used = new ConcurrentHashMap<>();
    private volatile boolean changed;

    private MarkdownStore(Path file, Map<Long, MarkdownRenderer.Rendered> loaded) {
        this.file = file;
        this.loaded = loaded;
    }

    /** Opens the store in {@code dir}; an unreadable or outdated store is simply empty. */
    static MarkdownStore open(Path dir) {
        Path file = dir.resolve("markdown.bin");
        Map<Long, MarkdownRenderer.Rendered> map = new ConcurrentHashMap<>();
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                if (in.readInt() == FORMAT && in.readLong() == CODE_VERSION) {
                    int n = in.readInt();
                    for (int i = 0; i < n; i++) {
                        long key = in.readLong();
                        String html = string(in);
                        int h = in.readInt();
                        List<MarkdownRenderer.HeadingInfo> headings = new ArrayList<>(h);
                        for (int k = 0; k < h; k++) {
                            headings.add(new MarkdownRenderer.HeadingInfo(in.readByte(), string(in), string(in)));
                        }
                        int a = in.readInt();
                        List<String> aside = new ArrayList<>(a);
                        for (int k = 0; k < a; k++) {
                            aside.add(string(in));
                        }
                        map.put(key, new MarkdownRenderer.Rendered(html, List.copyOf(headings), List.of(), List.of(),
                                List.copyOf(aside)));
                    }
                }
            } catch (IOException | RuntimeException e) {
                map.clear(); // a damaged cache only costs a full render
            }
        }
        return new MarkdownStore(file, map);
    }

    MarkdownRenderer.Rendered get(long key) {
        MarkdownRenderer.Rendered r = used.get(key);
        if (r == null) {
            r = loaded.get(key);
            if (r != null) {
                used.put(key, r);
            }
        }
        return r;
    }

    void put(long key, MarkdownRenderer.Rendered r) {
        if (r.problems().isEmpty() && r.warnings().isEmpty()) { // so warnings repeat on every build
            used.put(key, r);
            changed = true;
        }
    }

    /**
     * Writes what this build used, when it differs from what was loaded, and starts the next
     * build from it (a running {@code serve} keeps one store).
     */
    void save() throws IOException {
        if (!changed && used.size() == loaded.size()) {
            used.clear();
            return;
        }
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "markdown", ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(FORMAT);
                out.writeLong(CODE_VERSION);
                out.writeInt(used.size());
                for (Map.Entry<Long, MarkdownRenderer.Rendered> e : used.entrySet()) {
                    out.writeLong(e.getKey());
                    string(out, e.getValue().html());
                    out.writeInt(e.getValue().headings().size());
                    for (MarkdownRenderer.HeadingInfo h : e.getValue().headings()) {
                        out.writeByte(h.level());
                        string(out, h.id());
                        string(out, h.text());
                    }
                    out.writeInt(e.getValue().aside().size());
                    for (String a : e.getValue().aside()) {
                        string(out, a);
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        loaded.clear();
        loaded.putAll(used);
        used.clear();
        changed = false;
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** 64-bit FNV-1a over the characters, then a final mix: fast, and collisions are negligible at site sizes. */
    static long hash(long seed, CharSequence s) {
        long h = seed ^ 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /**
     * Changes whenever the classes that turn Markdown into HTML change, so a new version of the
     * generator never serves HTML rendered by an older one.
     */
    static final long CODE_VERSION = codeVersion();

    private static long codeVersion() {
        long h = FORMAT;
        for (Class<?> c : new Class<?>[] {MarkdownRenderer.class, PageLinks.class, MarkdownStore.class,
                vn.haiphong.showcase.markdown.Picture.class, vn.haiphong.showcase.markdown.SafeHtml.class, Pictures.class,
                vn.haiphong.showcase.markdown.CjkEmphasis.class,
                com.vladsch.flexmark.parser.Parser.class, com.vladsch.flexmark.html.HtmlRenderer.class}) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                if (in != null) {
                    h = hash(h, new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
            } catch (IOException e) {
                h = hash(h, String.valueOf(System.nanoTime()));
            }
        }
        return h;
    }
}
