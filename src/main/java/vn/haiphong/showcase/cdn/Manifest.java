package vn.haiphong.showcase.cdn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code output/.publish.json}: every published file with its SHA-256, size and the headers it
 * is served with. The build writes it; {@code publish} compares it with the bucket. Precompressed
 * twins ({@code x.css.br}, {@code x.css.gz}) are entries of their own that name the file they
 * encode.
 */
public record Manifest(Map<String, Entry> files) {
    /** The manifest's file name in the output folder. */
    public static final String FILE = ".publish.json";
    /** The headers file for Netlify and Cloudflare Pages in the output folder. */
    public static final String HEADERS_FILE = "_headers";
    private static final int VERSION = 1;

    public Manifest {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /**
     * One file. {@code contentEncoding} is {@code br} or {@code gzip} for a precompressed twin
     * (then {@code variantOf} names the plain file), else null; {@code encodings} lists the
     * twins a plain file has.
     */
    public record Entry(String sha256, long size, String contentType, String cacheControl, String contentEncoding,
                        boolean immutable, List<String> encodings, String variantOf, boolean frameable) {
        public Entry {
            encodings = List.copyOf(encodings);
        }

        /**
         * A short hash of the headers object storage keeps with the file; a change of any of them
         * means the stored object must be updated even when its bytes are the same.
         */
        public String headersHash() {
            String all = contentType + "\n" + cacheControl + "\n" + (contentEncoding == null ? "" : contentEncoding);
            return Fingerprinter.hex(Fingerprinter.digest("SHA-256", all.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 16);
        }

        /** Pages, feeds and sitemaps: what visitors reach by a stable address, published after the assets. */
        public boolean document() {
            String t = contentType;
            return t.startsWith("text/html") || t.startsWith("application/xml") || t.startsWith("application/atom+xml")
                    || t.startsWith("application/rss+xml") || t.startsWith("text/plain");
        }
    }

    /** Reads the manifest at {@code file}; throws {@link IOException} when it is missing or not a manifest. */
    public static Manifest read(Path file) throws IOException {
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(Integer.MAX_VALUE);
            root = new Yaml(new SafeConstructor(options)).load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new IOException(file + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> m) || !(m.get("files") instanceof Map<?, ?> files)
                || !Integer.valueOf(VERSION).equals(m.get("version"))) {
            throw new IOException(file + " is not a version " + VERSION + " publish manifest");
        }
        Map<String, Entry> entries = new TreeMap<>();
        for (Map.Entry<?, ?> e : files.entrySet()) {
            Map<?, ?> f = (Map<?, ?>) e.getValue();
            List<String> enc = new ArrayList<>();
            if (f.get("encodings") instanceof List<?> l) {
                l.forEach(x -> enc.add(String.valueOf(x)));
            }
            entries.put(String.valueOf(e.getKey()), new Entry((String) f.get("sha256"),
                    ((Number) f.get("size")).longValue(), (String) f.get("contentType"), (String) f.get("cacheControl"),
                    (String) f.get("contentEncoding"), Boolean.TRUE.equals(f.get("immutable")), enc,
                    (String) f.get("variantOf"), Boolean.TRUE.equals(f.get("frameable"))));
        }
        return new Manifest(entries);
    }

    /** The manifest as JSON, one file a line, in path order. */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\"version\":").append(VERSION).append(",\"files\":{\n");
        boolean first = true;
        for (Map.Entry<String, Entry> e : files.entrySet()) {
            Entry f = e.getValue();
            if (!first) {
                sb.append(",\n");
            }
            first = false;
            string(e.getKey(), sb);
            sb.append(":{\"sha256\":\"").append(f.sha256()).append("\",\"size\":").append(f.size());
            sb.append(",\"contentType\":");
            string(f.contentType(), sb);
            sb.append(",\"cacheControl\":");
            string(f.cacheControl(), sb);
            if (f.contentEncoding() != null) {
                sb.append(",\"contentEncoding\":\"").append(f.contentEncoding()).append('"');
            }
            if (f.immutable()) {
                sb.append(",\"immutable\":true");
            }
            if (!f.encodings().isEmpty()) {
                sb.append(",\"encodings\":[");
                for (int i = 0; i < f.encodings().size(); i++) {
                    sb.append(i > 0 ? "," : "").append('"').append(f.encodings().get(i)).append('"');
                }
                sb.append(']');
            }
            if (f.variantOf() != null) {
                sb.append(",\"variantOf\":");
                string(f.variantOf(), sb);
            }
            if (f.frameable()) {
                sb.append(",\"frameable\":true");
            }
            sb.append('}');
        }
        return sb.append("\n}}\n").toString();
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
