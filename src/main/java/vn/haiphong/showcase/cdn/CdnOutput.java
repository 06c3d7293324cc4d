package vn.haiphong.showcase.cdn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import vn.haiphong.showcase.content.Permalinks;

/**
 * The last stage of a build: turns a rendered output folder into what a CDN can serve and cache.
 * In order: HTML whitespace, CSS and JS minified (esbuild); referenced assets renamed by content
 * with every reference rewritten and Subresource Integrity added; every compressible file written
 * again as {@code .br} and {@code .gz} when smaller; then {@code _headers} and the publish
 * manifest {@code .publish.json}. Works on files only: it knows nothing of pages or languages.
 */
public final class CdnOutput {
    private CdnOutput() {
    }

    /** What the stage did; {@code warnings} name files left as they were and why. */
    public record Result(int files, int fingerprinted, int compressed, List<String> warnings) {
    }

    /**
     * Prepares the folder {@code root} in place. Throws {@link UncheckedIOException} when a file
     * cannot be read or written; content problems (CSS esbuild cannot parse) are warnings.
     */
    public static Result prepare(Path root, CdnSettings settings, ForkJoinPool pool) {
        return prepare(new Tree(root), null, settings, pool);
    }

    /**
     * Prepares what a build rendered into {@code staging}: the files it holds in memory reach the
     * disk once, in their final form. The order of the work:
     * <ol>
     * <li>while pages render, each is minified as it is written (on the rendering thread) and kept
     *     in memory; copied files, image variants and PDFs are already on disk;</li>
     * <li>CSS and JavaScript are minified (esbuild, cached by content);</li>
     * <li>every text file's references are found; content-named assets are hashed and renamed
     *     first, each after the assets it refers to (a stylesheet after its fonts and images),
     *     so their final names are known before any page that refers to them is rewritten;</li>
     * <li>pages and the other text files get their references rewritten and Subresource Integrity
     *     added, in memory;</li>
     * <li>each file is compressed (Brotli and gzip) in memory and written once, with its twins.</li>
     * </ol>
     * Pages cannot be finished while they render: whether an asset gets a content name depends on
     * every file that refers to it, the last of which (the search index) is written after all pages.
     */
    public static Result prepare(CdnStaging staging, CdnSettings settings, ForkJoinPool pool) {
        return prepare(new Tree(staging.root(), staging.held(), staging.disk()), staging, settings, pool);
    }

    private static Result prepare(Tree root, CdnStaging staging, CdnSettings settings, ForkJoinPool pool) {
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        DerivedCache cache = new DerivedCache(settings.cacheDir());
        List<String> paths = root.list();

        minify(root, staging, paths, cache, settings, pool, warnings);

        Fingerprinter.Outcome fp = new Fingerprinter(root, settings.baseUrl(), pool).apply(paths);
        warnings.addAll(fp.warnings());
        List<String> finalPaths = paths.stream().map(p -> fp.renamed().getOrDefault(p, p)).sorted().toList();

        Precompressor pre = new Precompressor(cache, settings.cacheDir());
        if (!pre.brotliAvailable()) {
            warnings.add("Brotli's native encoder is not available on this machine: only .gz files are written");
        }
        Map<String, Manifest.Entry> entries = new ConcurrentHashMap<>();
        pool.submit(() -> finalPaths.parallelStream().forEach(p -> describe(root, p, fp.immutable().contains(p),
                settings.frameablePaths().contains(Permalinks.root(p)), pre, entries))).join();
        pre.close();
        cache.prune();

        Manifest manifest = new Manifest(entries);
        Set<String> frameable = new TreeSet<>();
        for (String f : settings.frameablePaths()) {
            if (entries.containsKey(f.substring(1))) {
                frameable.add(f);
            }
        }
        try {
            root.writeNew(Manifest.FILE, manifest.toJson().getBytes(StandardCharsets.UTF_8));
            root.writeNew(Manifest.HEADERS_FILE,
                    HeaderRules.headersFile(frameable, fp.immutable(), entries.keySet()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int compressed = (int) entries.values().stream().filter(e -> e.variantOf() != null).count();
        List<String> sorted = new ArrayList<>(warnings);
        Collections.sort(sorted);
        return new Result(entries.size(), fp.renamed().size(), compressed, List.copyOf(sorted));
    }

    private static void minify(Tree root, CdnStaging staging, List<String> paths, DerivedCache cache,
                               CdnSettings settings, ForkJoinPool pool, List<String> warnings) {
        List<String> work = paths.stream().filter(p -> !Fingerprinter.isFingerprinted(p)
                && (MediaTypes.isHtml(p) || MediaTypes.isScriptOrStyle(p))
                && (staging == null || !staging.minified(p) || !root.held(p))).toList();
        Esbuild esbuild = null;
        if (work.stream().anyMatch(MediaTypes::isScriptOrStyle)) {
            String[] why = new String[1];
            Path tools = settings.cacheDir() != null ? settings.cacheDir().resolveSibling("tools")
                    : Path.of(System.getProperty("java.io.tmpdir"), "showcase-tools");
            esbuild = Esbuild.locate(tools, why);
            if (esbuild == null) {
                warnings.add("CSS and JavaScript are not minified: " + why[0]);
            }
        }
        Esbuild minifier = esbuild;
        pool.submit(() -> work.parallelStream().forEach(p -> {
            try {
                String text = root.readText(p);
                String result;
                if (MediaTypes.isHtml(p)) {
                    result = HtmlWhitespace.minify(text);
                } else if (minifier == null) {
                    return;
                } else {
                    result = minified(minifier, text, MediaTypes.extension(p).equals("css") ? "css" : "js", cache, p,
                            warnings);
                }
                if (!result.equals(text)) {
                    root.write(p, result.getBytes(StandardCharsets.UTF_8));
                }
            } catch (java.nio.charset.MalformedInputException e) {
                warnings.add(p + ": not minified: not UTF-8 text");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })).join();
    }

    private static String minified(Esbuild esbuild, String text, String loader, DerivedCache cache, String path,
                                   List<String> warnings) {
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        String sha = Fingerprinter.hex(Fingerprinter.digest("SHA-256", input));
        String kind = "min-" + esbuild.id() + "." + loader;
        byte[] cached = cache.get(sha, kind);
        if (cached != null) {
            return new String(cached, StandardCharsets.UTF_8);
        }
        try {
            String out = esbuild.minify(text, loader);
            cache.put(sha, kind, out.getBytes(StandardCharsets.UTF_8));
            return out;
        } catch (Esbuild.MinifyException e) {
            warnings.add(path + ": not minified, published as it is: " + e.getMessage());
            return text;
        }
    }

    private static void describe(Tree root, String p, boolean immutable, boolean frameable, Precompressor pre,
                                 Map<String, Manifest.Entry> entries) {
        String cacheControl = immutable ? HeaderRules.IMMUTABLE : HeaderRules.REVALIDATE;
        try {
            if (!MediaTypes.compressible(p)) {
                byte[] head = root.head(p, 400);
                entries.put(p, new Manifest.Entry(Fingerprinter.hex(root.sha256(p)), root.size(p),
                        MediaTypes.contentType(p, head), cacheControl, null, immutable, List.of(), null, frameable));
                return;
            }
            byte[] bytes = root.read(p);
            root.publish(p, bytes);
            String sha = Fingerprinter.hex(Fingerprinter.digest("SHA-256", bytes));
            String type = MediaTypes.contentType(p, bytes);
            List<String> encodings = new ArrayList<>();
            DocumentTwins.Twins twins = pre.twins(bytes, sha, immutable);
            byte[] br = twins.br();
            if (br != null && br.length < bytes.length) {
                twin(root, p, ".br", "br", br, twins.brSha(), type, cacheControl, immutable, entries);
                encodings.add("br");
            }
            byte[] gz = twins.gz();
            if (gz.length < bytes.length) {
                twin(root, p, ".gz", "gzip", gz, twins.gzSha(), type, cacheControl, immutable, entries);
                encodings.add("gzip");
            }
            entries.put(p, new Manifest.Entry(sha, bytes.length, type, cacheControl, null, immutable, encodings, null,
                    frameable));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root.root().resolve(p), e);
        }
    }

    /** Writes a twin; {@code sha256} is its digest when known already (from the pack), else null. */
    private static void twin(Tree root, String p, String suffix, String encoding, byte[] bytes, byte[] sha256,
                             String type, String cacheControl, boolean immutable, Map<String, Manifest.Entry> entries)
            throws IOException {
        root.writeNew(p + suffix, bytes);
        entries.put(p + suffix, new Manifest.Entry(Fingerprinter.hex(sha256 != null ? sha256
                : Fingerprinter.digest("SHA-256", bytes)),
                bytes.length, type, cacheControl, encoding, immutable, List.of(), p, false));
    }
}
