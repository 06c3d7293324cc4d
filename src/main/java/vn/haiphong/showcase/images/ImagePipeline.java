package vn.haiphong.showcase.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import vn.haiphong.showcase.config.ImageOptions;
import vn.haiphong.showcase.errors.ContentErrors;

/**
 * The one way raster images get published: each source becomes responsive variants (the
 * configured widths, never enlarged) in WebP and JPEG (PNG when it has transparency), plus AVIF
 * when {@code vips} is there; EXIF orientation applied, location and device metadata gone,
 * caption/credit/copyright kept in the JPEGs. Oversized, unreadable and truncated files are
 * content errors naming the file. Results are cached by content hash in {@code .cache/images/}.
 */
public final class ImagePipeline {
    /** Bump when the pixels or files written for the same source and options change. */
    private static final int PIPELINE_VERSION = 2;
    private static final int PLACEHOLDER_WIDTH = 12;

    /** A raster image to publish: the file and the URL pages write for it ({@code /photos/harbour.jpg}). */
    public record Source(Path file, String url) {
    }

    /** How much work the last run did. */
    public record Stats(int images, int encoded, int reused) {
    }

    private final ImageOptions options;
    private final Encoders encoders;
    private final ImageCache cache;
    private final Set<String> usedKeys = ConcurrentHashMap.newKeySet();
    private Stats stats = new Stats(0, 0, 0);

    /**
     * @param cacheDir the image cache, normally {@code SITE/.cache/images}
     */
    public ImagePipeline(ImageOptions options, Encoders encoders, Path cacheDir) {
        this.options = options;
        this.encoders = encoders;
        this.cache = new ImageCache(cacheDir);
    }

    /** Whether {@code fileName} is a raster image this pipeline publishes (JPEG, PNG, WebP). */
    public static boolean isRaster(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png") || n.endsWith(".webp");
    }

    /**
     * Processes every source on {@code pool}, reusing cached results; problems go to {@code errors}
     * (those images are left out). {@code progress} receives a line now and then on long runs.
     */
    public ImageSet process(List<Source> sources, ContentErrors errors, ForkJoinPool pool, Consumer<String> progress) {
        checkNames(sources, errors);
        Map<String, ResponsiveImage> out = new ConcurrentHashMap<>();
        AtomicInteger encoded = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Progress bar = new Progress(sources.size(), progress);
        pool.submit(() -> sources.parallelStream().forEach(s -> {
            try {
                ResponsiveImage r = one(s, errors, encoded);
                if (r != null) {
                    out.put(s.url(), r);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("image cache: " + e.getMessage(), e);
            } finally {
                bar.step(done.incrementAndGet());
            }
        })).join();
        bar.finish();
        stats = new Stats(sources.size(), encoded.get(), out.size() - encoded.get());
        return new ImageSet(out);
    }

    /** What the last {@link #process} did. */
    public Stats stats() {
        return stats;
    }

    /**
     * The SHA-256 (hex) of a source file's bytes, as the image cache knows it: remembered across
     * builds by path, size and modification time, so a warm build does not read the file.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public String sourceHash(Path file) {
        try {
            return cache.sourceHash(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** After a successful build: remembers source hashes and drops cache entries this build did not use. */
    public void saveCache() {
        try {
            cache.saveMemo();
            cache.sweep(usedKeys);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the image cache (delete .cache/images if it is damaged)", e);
        }
    }

    private ResponsiveImage one(Source s, ContentErrors errors, AtomicInteger encoded) throws IOException {
        String key = cache.sourceHash(s.file()).substring(0, 40) + "-" + operationKey();
        usedKeys.add(key);
        Properties cached = cache.find(key);
        if (cached != null) {
            long pixels = Long.parseLong(cached.getProperty("sourcePixels", "0"));
            if (pixels > options.maxPixels()) { // encoded under a higher limit than today's
                errors.add(s.file(), 0, String.format(Locale.ROOT, "image has %.1f megapixels, over the limit of %.0f megapixels",
                        pixels / 1e6, options.maxPixels() / 1e6), "make it smaller or raise `images: {maxMegapixels: …}` in site.yaml");
                return null;
            }
            return fromEntry(s, key, cached);
        }
        SourceHeader header;
        try {
            header = SourceHeader.read(s.file());
        } catch (IOException e) {
            errors.add(s.file(), 0, "cannot read this image: " + e.getMessage(),
                    "open it in an image editor and save it again as JPEG or PNG, or replace it");
            return null;
        }
        long pixels = (long) header.width() * header.height();
        if (pixels > options.maxPixels()) {
            errors.add(s.file(), 0, String.format(Locale.ROOT, "image is %d × %d px (%.1f megapixels), over the limit of %.0f megapixels",
                            header.width(), header.height(), pixels / 1e6, options.maxPixels() / 1e6),
                    "make it smaller (e.g. `vips thumbnail in.jpg out.jpg 6000`) or raise `images: {maxMegapixels: …}` in site.yaml");
            return null;
        }
        if (header.width() <= 0 || header.height() <= 0) {
            errors.add(s.file(), 0, "the image header gives no size", "save the file again as JPEG or PNG");
            return null;
        }
        Encoded e;
        try {
            e = encode(s, header);
        } catch (Codecs.Unreadable ex) {
            errors.add(s.file(), 0, "cannot read this image: " + ex.getMessage(),
                    "open it in an image editor and save it again, or replace it with an undamaged copy");
            return null;
        } catch (OutOfMemoryError ex) {
            errors.add(s.file(), 0, "not enough memory to decode this image",
                    "make it smaller, or give Java more memory (SHOWCASE_JAVA_OPTS=-Xmx4g)");
            return null;
        }
        cache.store(key, e.files(), e.props());
        encoded.incrementAndGet();
        Properties stored = cache.find(key);
        return fromEntry(s, key, stored != null ? stored : e.props());
    }

    private record Encoded(Map<String, byte[]> files, Properties props) {
    }

    private Encoded encode(Source s, SourceHeader h) throws IOException {
        int dw = h.displayWidth();
        int dh = h.displayHeight();
        List<Integer> widths = widthsFor(dw);
        int largest = widths.get(widths.size() - 1);
        // very large sources: let the decoder skip pixels, keeping twice the largest width to average down
        int factor = dw / largest;
        BufferedImage full = Codecs.decode(s.file(), factor >= 4 ? factor / 2 : 1);
        boolean alpha = Raster.hasAlpha(full);
        Map<String, byte[]> files = new LinkedHashMap<>();
        StringBuilder variants = new StringBuilder();
        BufferedImage current = full;
        BufferedImage smallest = null;
        for (int i = widths.size() - 1; i >= 0; i--) {
            int w = widths.get(i);
            int hgt = Math.max(1, (int) Math.round((double) dh * w / dw));
            boolean swap = h.orientation() >= 5;
            // halve the working copy while it stays at least twice this width: the next (smaller) variant starts there
            while ((swap ? current.getHeight() : current.getWidth()) >= 2 * w
                    && (swap ? current.getWidth() : current.getHeight()) >= 2 * hgt) {
                current = Raster.halve(current);
            }
            BufferedImage scaled = Raster.orient(Raster.scale(current, swap ? hgt : w, swap ? w : hgt), h.orientation());
            smallest = scaled;
            if (alpha) {
                files.put(w + ".png", Codecs.png(scaled));
            } else {
                files.put(w + ".jpg", Codecs.withMetadata(Codecs.jpeg(scaled, options.jpegQuality()), h.metadata()));
            }
            files.put(w + ".webp", Codecs.webp(scaled, options.webpQuality()));
            if (encoders.avif() && !alpha) {
                files.put(w + ".avif", encoders.avif(scaled, options.avifQuality(), cache.tmpDir()));
            }
            variants.insert(0, w + "x" + hgt + " ");
        }
        Properties p = new Properties();
        p.setProperty("sourcePixels", String.valueOf((long) h.width() * h.height()));
        p.setProperty("width", String.valueOf(largest));
        p.setProperty("height", String.valueOf(Math.max(1, (int) Math.round((double) dh * largest / dw))));
        p.setProperty("variants", variants.toString().strip());
        p.setProperty("formats", (encoders.avif() && !alpha ? "avif " : "") + "webp " + (alpha ? "png" : "jpg"));
        p.setProperty("color", Raster.averageColor(smallest));
        int ph = Math.max(1, Math.round((float) smallest.getHeight() * PLACEHOLDER_WIDTH / smallest.getWidth()));
        BufferedImage tiny = Raster.scale(alpha ? Raster.normalize(flatten(smallest)) : smallest, PLACEHOLDER_WIDTH, ph);
        // a PNG this small is a third of a JPEG, whose tables alone take 600 bytes
        p.setProperty("placeholder", "data:image/png;base64," + Base64.getEncoder().encodeToString(Codecs.png(tiny)));
        p.setProperty("caption", h.metadata().caption());
        p.setProperty("credit", h.metadata().credit());
        p.setProperty("copyright", h.metadata().copyright());
        p.setProperty("creator", h.metadata().creator());
        return new Encoded(files, p);
    }

    private static BufferedImage flatten(BufferedImage img) {
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        java.awt.Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return out;
    }

    /** The configured widths below the source's width, plus the source's own width when it is below the largest. */
    List<Integer> widthsFor(int sourceWidth) {
        List<Integer> out = new ArrayList<>();
        for (int w : options.widths()) {
            if (w < sourceWidth) {
                out.add(w);
            }
        }
        int max = options.widths().get(options.widths().size() - 1);
        if (sourceWidth <= max) {
            out.add(sourceWidth);
        }
        return out;
    }

    private ResponsiveImage fromEntry(Source s, String key, Properties p) {
        Path dir = cache.entryDir(key);
        String base = s.url().substring(0, s.url().lastIndexOf('.'));
        List<Variant> variants = new ArrayList<>();
        for (String f : p.getProperty("formats").split(" ")) {
            Variant.Format format = switch (f) {
                case "avif" -> Variant.Format.AVIF;
                case "webp" -> Variant.Format.WEBP;
                case "png" -> Variant.Format.PNG;
                default -> Variant.Format.JPEG;
            };
            for (String v : p.getProperty("variants").split(" ")) {
                int x = v.indexOf('x');
                int w = Integer.parseInt(v.substring(0, x));
                int h = Integer.parseInt(v.substring(x + 1));
                variants.add(new Variant(format, w, h, base + "." + w + "." + f, dir.resolve(w + "." + f)));
            }
        }
        PhotoMetadata m = new PhotoMetadata(p.getProperty("caption"), p.getProperty("credit"),
                p.getProperty("copyright"), p.getProperty("creator"));
        return new ResponsiveImage(s.url(), Integer.parseInt(p.getProperty("width")), Integer.parseInt(p.getProperty("height")),
                List.copyOf(variants), p.getProperty("color"), p.getProperty("placeholder"), m);
    }

    private String operationKey() {
        String op = PIPELINE_VERSION + " " + options.widths() + " " + options.jpegQuality() + " " + options.webpQuality()
                + (encoders.avif() ? " avif" + options.avifQuality() : "");
        return Long.toHexString(op.hashCode() & 0xffffffffL);
    }

    /** Two sources whose variants would share names ({@code a.jpg} and {@code a.png} in one folder). */
    private static void checkNames(List<Source> sources, ContentErrors errors) {
        Map<String, Source> seen = new HashMap<>();
        Set<Source> reported = new HashSet<>();
        for (Source s : sources) {
            String base = s.url().substring(0, s.url().lastIndexOf('.')).toLowerCase(Locale.ROOT);
            Source other = seen.putIfAbsent(base, s);
            if (other != null && reported.add(s)) {
                errors.add(s.file(), 0, "this image and " + other.url() + " would publish variants with the same name ("
                        + base + ".960.webp …)", "rename one of them");
            }
        }
    }
}
