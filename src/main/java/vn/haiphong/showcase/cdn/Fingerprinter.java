package vn.haiphong.showcase.cdn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.haiphong.showcase.content.Permalinks;

/**
 * Gives referenced assets content-hashed names ({@code site.css} → {@code site.3f9a1c2b.css})
 * and rewrites every reference to them, then adds Subresource Integrity to the HTML's
 * {@code <script>} and {@code <link>} elements that load fingerprinted CSS and JavaScript.
 * An asset's hash covers its final bytes, so assets that refer to other assets (CSS to fonts
 * and images) are renamed after the assets they refer to. Files nobody refers to keep their
 * names (something outside may link to them), and so do files already named by content
 * ({@code NAME.<8+ hex>.EXT}, or anything below a folder named {@code NAME.<8+ hex>}, which is
 * how tile pyramids that scripts address by pattern are fingerprinted by their producer).
 */
final class Fingerprinter {
    private static final Pattern TAG = Pattern.compile("<(script|link)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTR = Pattern.compile("([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\\s*=\\s*\"([^\"]*)\")?");

    /** What fingerprinting did: old path → new path, and every file whose name now changes with its content. */
    record Outcome(Map<String, String> renamed, Set<String> immutable, List<String> warnings) {
    }

    private final Tree root;
    private final UrlReferences urls;
    private final ForkJoinPool pool;

    Fingerprinter(Tree root, String baseUrl, ForkJoinPool pool) {
        this.root = root;
        this.urls = new UrlReferences(baseUrl);
        this.pool = pool;
    }

    /** Whether {@code path} is already named by its content (the file or one of its folders). */
    static boolean isFingerprinted(String path) {
        String[] segs = path.split("/");
        if (Permalinks.isContentNamedFile(segs[segs.length - 1])) {
            return true;
        }
        for (int i = 0; i < segs.length - 1; i++) {
            if (Permalinks.isContentNamedFolder(segs[i])) {
                return true;
            }
        }
        return false;
    }

    /** Files that keep their names even when referenced: things other software asks for by name. */
    private static boolean wellKnown(String path) {
        return path.startsWith(".well-known/") || !path.contains("/") && path.startsWith("apple-touch-icon");
    }

    /** Renames and rewrites in place under the root; {@code paths} are all files, relative, sorted. */
    Outcome apply(List<String> paths) {
        List<String> warnings = new ArrayList<>();
        Set<String> candidates = new HashSet<>();
        List<String> docs = new ArrayList<>();
        for (String p : paths) {
            if (MediaTypes.fingerprintable(p)) {
                candidates.add(p);
            }
            if (MediaTypes.referring(p)) {
                docs.add(p);
            }
        }
        Map<String, String> texts = new ConcurrentHashMap<>();
        Map<String, List<UrlReferences.Ref>> refs = new ConcurrentHashMap<>();
        pool.submit(() -> docs.parallelStream().forEach(d -> {
            // a file named by its content is never rewritten: it keeps its bytes. Only the texts of
            // assets that may be renamed are kept; a page is read again when it is rewritten, so
            // thousands of pages are never in memory twice (held bytes and text) at once
            boolean asset = candidates.contains(d) && !isFingerprinted(d);
            String text = asset ? take(d) : read(d);
            if (asset) {
                texts.put(d, text);
            }
            refs.put(d, urls.find(text, d, candidates));
        })).join();

        Set<String> referenced = new TreeSet<>();
        Set<String> pinned = new HashSet<>();
        for (String d : docs) {
            for (UrlReferences.Ref r : refs.get(d)) {
                if (!r.target().equals(d)) {
                    referenced.add(r.target());
                    if (isFingerprinted(d)) {
                        pinned.add(r.target()); // a file named by its content is never rewritten
                    }
                }
            }
        }
        Set<String> renamable = new LinkedHashSet<>();
        for (String p : referenced) {
            if (!isFingerprinted(p) && !wellKnown(p) && !pinned.contains(p)) {
                renamable.add(p);
            }
        }
        List<String> order = dependencyOrder(renamable, refs, warnings);

        Map<String, String> hashes = new HashMap<>();
        Map<String, String> renamed = new HashMap<>();
        Map<String, byte[]> finalBytes = new HashMap<>();
        for (String asset : order) {
            byte[] bytes = texts.containsKey(asset)
                    ? rewrite(texts.get(asset), refs.get(asset), hashes).getBytes(StandardCharsets.UTF_8) : null;
            String hex = bytes != null ? hex(digest("SHA-256", bytes)) : hex(digestFile(asset));
            String target = Permalinks.contentName(asset, hex);
            String hash = hex.substring(0, Permalinks.HASH_LENGTH);
            move(asset, target, bytes);
            hashes.put(asset, hash);
            renamed.put(asset, target);
            if (bytes != null && MediaTypes.isScriptOrStyle(asset)) {
                finalBytes.put(target, bytes);
            }
        }
        Set<String> immutable = new TreeSet<>(renamed.values());
        for (String p : paths) {
            if (isFingerprinted(p)) {
                immutable.add(p);
            }
        }

        List<String> others = docs.stream().filter(d -> !renamed.containsKey(d) && !isFingerprinted(d)).toList();
        Map<String, String> integrity = new ConcurrentHashMap<>();
        pool.submit(() -> others.stream().filter(d -> !MediaTypes.isHtml(d)).toList().parallelStream()
                .forEach(d -> rewriteInPlace(d, textOf(d, texts), refs.get(d), hashes, null, null))).join();
        pool.submit(() -> others.stream().filter(MediaTypes::isHtml).toList().parallelStream()
                .forEach(d -> rewriteInPlace(d, textOf(d, texts), refs.get(d), hashes, immutable,
                        target -> integrity.computeIfAbsent(target, t -> sri(t, finalBytes.get(t)))))).join();
        return new Outcome(Map.copyOf(renamed), Set.copyOf(immutable), warnings);
    }

    /** Assets before the assets that refer to them; assets in a reference cycle keep their names. */
    private static List<String> dependencyOrder(Set<String> renamable, Map<String, List<UrlReferences.Ref>> refs,
                                                List<String> warnings) {
        Map<String, Integer> state = new HashMap<>();
        List<String> order = new ArrayList<>();
        Set<String> cyclic = new TreeSet<>();
        for (String a : renamable) {
            visit(a, renamable, refs, state, new ArrayList<>(), order, cyclic);
        }
        if (!cyclic.isEmpty()) {
            warnings.add("these files refer to each other in a cycle, so they keep their names and are not cached"
                    + " for long: " + String.join(", ", cyclic));
        }
        order.removeIf(cyclic::contains);
        return order;
    }

    private static void visit(String a, Set<String> renamable, Map<String, List<UrlReferences.Ref>> refs,
                              Map<String, Integer> state, List<String> stack, List<String> order, Set<String> cyclic) {
        Integer s = state.get(a);
        if (s != null) {
            if (s == 1) {
                cyclic.addAll(stack.subList(stack.indexOf(a), stack.size()));
            }
            return;
        }
        state.put(a, 1);
        stack.add(a);
        for (UrlReferences.Ref r : refs.getOrDefault(a, List.of())) {
            if (renamable.contains(r.target()) && !r.target().equals(a)) {
                visit(r.target(), renamable, refs, state, stack, order, cyclic);
            }
        }
        stack.remove(stack.size() - 1);
        state.put(a, 2);
        order.add(a);
    }


    private static String rewrite(String text, List<UrlReferences.Ref> refs, Map<String, String> hashes) {
        StringBuilder out = null;
        int last = 0;
        for (UrlReferences.Ref r : refs) {
            String hash = hashes.get(r.target());
            if (hash == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 64);
            }
            String token = text.substring(r.start(), r.end());
            out.append(text, last, r.start()).append(Permalinks.contentName(token, hash));
            last = r.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    private void rewriteInPlace(String doc, String text, List<UrlReferences.Ref> refs, Map<String, String> hashes,
                                Set<String> immutable, java.util.function.Function<String, String> sri) {
        String result = rewrite(text, refs, hashes);
        if (sri != null) {
            result = addIntegrity(result, doc, immutable, sri);
        }
        if (!result.equals(text) || root.taken(doc)) {
            write(doc, result.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Adds {@code integrity} to script and stylesheet elements that load fingerprinted files. */
    private String addIntegrity(String html, String doc, Set<String> immutable,
                                java.util.function.Function<String, String> sri) {
        String docDir = doc.contains("/") ? doc.substring(0, doc.lastIndexOf('/') + 1) : "";
        Matcher m = TAG.matcher(html);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            Map<String, String> attrs = attributes(m.group(2));
            if (attrs.containsKey("integrity")) {
                continue;
            }
            String url;
            if (m.group(1).equalsIgnoreCase("script")) {
                url = attrs.get("src");
            } else {
                String rel = " " + attrs.getOrDefault("rel", "").toLowerCase(java.util.Locale.ROOT) + " ";
                String as = attrs.getOrDefault("as", "");
                boolean loads = rel.contains(" stylesheet ") || rel.contains(" modulepreload ")
                        || rel.contains(" preload ") && (as.equals("script") || as.equals("style"));
                url = loads ? attrs.get("href") : null;
            }
            if (url == null) {
                continue;
            }
            String target = urls.resolve(url.replace("&amp;", "&").split("[?#]", 2)[0], docDir,
                    UrlReferences.Relative.ANY);
            if (target == null || !immutable.contains(target) || !MediaTypes.isScriptOrStyle(target)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(html.length() + 128);
            }
            int close = html.charAt(m.end() - 2) == '/' ? m.end() - 2 : m.end() - 1;
            out.append(html, last, close).append(" integrity=\"").append(sri.apply(target)).append('"');
            last = close;
        }
        return out == null ? html : out.append(html, last, html.length()).toString();
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> attrs = new HashMap<>();
        Matcher a = ATTR.matcher(s);
        while (a.find()) {
            attrs.put(a.group(1).toLowerCase(java.util.Locale.ROOT), a.group(2) == null ? "" : a.group(2));
        }
        return attrs;
    }

    private String sri(String target, byte[] known) {
        byte[] bytes = known;
        if (bytes == null) {
            try {
                bytes = root.read(target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "sha384-" + Base64.getEncoder().encodeToString(digest("SHA-384", bytes));
    }

    /** The text kept from the first reading, else taken now (so it is written back, rewritten). */
    private String textOf(String doc, Map<String, String> kept) {
        String t = kept.get(doc);
        return t != null ? t : take(doc);
    }

    private String take(String rel) {
        try {
            return root.takeText(rel);
        } catch (java.nio.charset.MalformedInputException e) {
            return ""; // not UTF-8 text: nothing we could rewrite safely (its bytes stay)
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(String rel) {
        try {
            return root.readText(rel);
        } catch (java.nio.charset.MalformedInputException e) {
            return ""; // not UTF-8 text: nothing we could rewrite safely
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String rel, byte[] bytes) {
        try {
            root.write(rel, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void move(String from, String to, byte[] newBytes) {
        try {
            root.move(from, to, newBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] digestFile(String rel) {
        try {
            return root.sha256(rel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
