package vn.haiphong.showcase.vr360;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.testing.Fixtures;

/**
 * The default site's drawn pictures ({@code assets/photos/illustrations}, drawn by the build in
 * {@code process-classes}) must be a varied set, not the same scene again and again, and the
 * exhibition must hang them sensibly. Measured from the pixels, so a picture redrawn into a copy of
 * another fails here whatever its caption says.
 *
 * <p><b>Distinctness.</b> Each picture gets a 64-bit DCT perceptual hash (luminance reduced to
 * 32×32, the 8×8 lowest frequencies of its 2-D DCT, each bit "above the median"; the algorithm of
 * {@code /work/phash/Phash.java}). Two pictures must differ in at least {@link #MIN_DISTANCE} of the
 * 64 bits. Why 20: for unrelated pictures each bit is a coin toss, so their distance is about
 * 32 ± 4 (binomial, n = 64), and fewer than 1 % of unrelated pairs fall below 22; pictures that
 * share a composition (the horizon at the same height, a big dark mass on the same side, the same
 * flat sky over a sea) come closer — the placeholder set this test was written against (ship
 * sunsets, interchangeable skylines) had 19 pairs below 20, the closest 14 bits (a river scene and
 * a hospital with the same horizon and sky). So 20 demands a different composition, not just
 * another colour or another seed of one recipe. The hash is not crop-invariant (an 80 % or 3:2
 * crop of one picture measured 10–26 bits from it), so this test is about layouts: each picture is
 * drawn from its own scene, never cut from another.
 *
 * <p><b>Sunsets.</b> A picture is a sunset (or dusk) scene when at least {@link #SUNSET_SHARE} of
 * the rows of its upper 55 % (where the sky is, in every scene of the set) are warm sky: three
 * quarters of the row orange, pink or violet-pink (hue 280°–60°, saturation ≥ 0.3, brightness ≥
 * 0.35), of one even colour across the row (mean distance from the row's mean colour ≤
 * {@link #SKY_SPREAD}, |ΔR|+|ΔG|+|ΔB|) and graded from the rows 4 % above or below, as a sky is.
 * A day sky is blue, a night sky too dark, a morning haze or a sepia print too pale; a flat wall or
 * roof of those colours is not graded, a crown of flamboyant blossom is not even. Measured: the
 * placeholder set's dusk scenes 0.31–0.81, its other pictures ≤ 0.10; the redrawn set of 64 (both
 * halves) its three dusk scenes 0.37–0.81, every other picture ≤ 0.23 (a flamboyant canopy over a
 * boulevard 0.20, before the evenness rule 0.44). At most one sunset per wall of a hall, per
 * chapter of the photo book and per exhibition series (files sharing a prefix); the placeholder
 * set fails this with five dusk pictures among its eight port scenes.
 *
 * <p><b>Halls.</b> Through the exhibition loader: every hall has ≥ 20 exhibits, 60+ in all, and no
 * picture is hung twice, so each hall has its own selection.
 */
class IllustrationVarietyTest {
    /** The fewest differing hash bits allowed between two published pictures (see the class comment). */
    static final int MIN_DISTANCE = 20;
    /** The share of warm-sky rows in the upper 55 % from which a picture counts as a sunset. */
    static final double SUNSET_SHARE = 0.3;
    /** The largest mean colour distance (|ΔR|+|ΔG|+|ΔB|) of a warm-sky row's pixels from the row's mean colour. */
    static final double SKY_SPREAD = 45;

    private static final Path DIR = Path.of(System.getProperty("illustrations.dir",
            Fixtures.projectRoot().resolve("assets/photos/illustrations").toString()));
    private static final Map<String, BufferedImage> SMALL = new ConcurrentHashMap<>();

    @BeforeAll
    static void readPictures() throws IOException {
        assertTrue(Files.isDirectory(DIR), DIR + " is missing: run `mvn -q -B package -DskipTests` to draw the illustrations");
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".jpg")).sorted().toList();
        }
        assertTrue(files.size() >= 64, "expected the 64 drawn pictures in " + DIR + ", found " + files.size());
        files.parallelStream().forEach(f -> SMALL.put(f.getFileName().toString(), small(f)));
    }

    @Test
    void noTwoPublishedPicturesAreNearDuplicates() {
        Map<String, Long> hashes = new TreeMap<>();
        SMALL.forEach((name, img) -> hashes.put(name, hash(img)));
        List<String> names = new ArrayList<>(hashes.keySet());
        List<String> close = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                int d = Long.bitCount(hashes.get(names.get(i)) ^ hashes.get(names.get(j)));
                if (d < MIN_DISTANCE) {
                    close.add(d + " bits: " + names.get(i) + " ~ " + names.get(j));
                }
            }
        }
        close.sort(null);
        assertEquals(List.of(), close, "pictures closer than " + MIN_DISTANCE + " of 64 pHash bits (redraw one of each pair)");
    }

    @Test
    void atMostOneSunsetPerChapterAndSeries() {
        Map<String, List<String>> bySeries = new TreeMap<>();
        SMALL.forEach((name, img) -> {
            if (isSunset(img)) {
                bySeries.computeIfAbsent(name.substring(0, name.indexOf('-')), k -> new ArrayList<>()).add(name);
            }
        });
        bySeries.values().forEach(l -> l.sort(null));
        bySeries.values().removeIf(l -> l.size() <= 1);
        assertEquals(Map.of(), bySeries, "more than one sunset/dusk picture in one chapter or series");
    }

    @Test
    void atMostOneSunsetPerWallAndEachHallItsOwnPictures() {
        Exhibition ex = exhibition();
        Map<String, List<String>> sunsetsByWall = new TreeMap<>();
        Map<String, String> hungIn = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int total = 0;
        for (Exhibition.Room room : ex.rooms()) {
            if (!room.isHall()) {
                continue;
            }
            assertTrue(room.exhibits().size() >= 20, "hall " + room.id() + " has " + room.exhibits().size() + " exhibits, the plan asks for ≥ 20");
            total += room.exhibits().size();
            for (Exhibition.Exhibit e : room.exhibits()) {
                String pic = e.picture();
                String before = hungIn.put(pic, room.id() + "/" + e.id());
                if (before != null) {
                    problems.add(pic + " is hung twice: " + before + " and " + room.id() + "/" + e.id());
                }
                String file = pic.substring(pic.lastIndexOf('/') + 1);
                BufferedImage img = pic.startsWith("/photos/illustrations/") ? SMALL.get(file) : null;
                if (img != null && isSunset(img) && e.spot() instanceof Exhibition.OnWall w) {
                    sunsetsByWall.computeIfAbsent(room.id() + " " + w.wall(), k -> new ArrayList<>()).add(file);
                }
            }
        }
        assertTrue(total >= 60, "the exhibition has " + total + " exhibits, the plan asks for 60+");
        sunsetsByWall.values().removeIf(l -> l.size() <= 1);
        assertEquals(Map.of(), sunsetsByWall, "more than one sunset/dusk picture on one wall");
        assertEquals(List.of(), problems, "each hall has its own selection");
    }

    /** The sunset classifier must tell the palettes apart: a made-up dusk sky is one, a day sky is not. */
    @Test
    void theSunsetClassifierSeesWarmSkies() {
        assertTrue(isSunset(gradient(0x3a2e5c, 0xc0587e, 0xffb36b)), "violet-pink-orange dusk sky");
        assertTrue(!isSunset(gradient(0x4f9ccb, 0x9fd0e6, 0xe6f2f5)), "blue day sky");
        assertTrue(!isSunset(gradient(0x0b0a1e, 0x1a1030, 0x2e1a4f)), "night sky");
    }

    private static BufferedImage gradient(int top, int mid, int low) {
        BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 200; y++) {
            double t = y / 199.0;
            int a = t < 0.5 ? top : mid;
            int b = t < 0.5 ? mid : low;
            double k = t < 0.5 ? t * 2 : t * 2 - 1;
            int rgb = 0;
            for (int sh = 16; sh >= 0; sh -= 8) {
                int ca = a >> sh & 255;
                int cb = b >> sh & 255;
                rgb |= (int) Math.round(ca + (cb - ca) * k) << sh;
            }
            for (int x = 0; x < 300; x++) {
                img.setRGB(x, y, rgb);
            }
        }
        return img;
    }

    private static Exhibition exhibition() {
        Map<String, Path> siteFiles = new LinkedHashMap<>();
        SMALL.keySet().forEach(n -> siteFiles.put("photos/illustrations/" + n, DIR.resolve(n)));
        ContentErrors errors = new ContentErrors();
        ExhibitionLoader.Loaded l = ExhibitionLoader.load(Fixtures.projectRoot(), List.of("vi", "en", "zh", "ko", "ja"), "vi",
                siteFiles, errors, new ArrayList<>());
        assertTrue(l.exhibition() != null, "the default exhibition does not load: " + errors);
        return l.exhibition();
    }

    /** True when the upper part of {@code img} is largely a warm (orange, pink, violet-pink) graded sky. */
    static boolean isSunset(BufferedImage img) {
        return warmSkyShare(img) >= SUNSET_SHARE;
    }

    /**
     * The share of the rows of the upper 55 % of {@code img} that are warm sky: at least three quarters of the
     * row's pixels of a hue between violet and yellow (280°–60°), saturation ≥ 0.3, brightness ≥ 0.35,
     * and — what tells a sky from a flat painted wall, roof or tree crown of those colours — a
     * gradient: the row's mean warm colour differs by ≥ 8 (sum of R, G, B) from the rows 4 % of the
     * height above or below.
     */
    static double warmSkyShare(BufferedImage img) {
        return warmSkyShare(img, SKY_SPREAD);
    }

    static double warmSkyShare(BufferedImage img, double maxSpread) {
        int rows = (int) (img.getHeight() * 0.55);
        int step = Math.max(1, img.getHeight() / 25);
        int n = Math.min(img.getHeight(), rows + step);
        double[][] mean = new double[n][];
        float[] hsb = new float[3];
        int[] warmIdx = new int[img.getWidth()];
        for (int y = 0; y < n; y++) {
            int warm = 0;
            double r = 0;
            double g = 0;
            double b = 0;
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                java.awt.Color.RGBtoHSB(p >> 16 & 255, p >> 8 & 255, p & 255, hsb);
                double hue = hsb[0] * 360;
                if ((hue >= 280 || hue <= 60) && hsb[1] >= 0.3 && hsb[2] >= 0.35) {
                    warmIdx[warm++] = x;
                    r += p >> 16 & 255;
                    g += p >> 8 & 255;
                    b += p & 255;
                }
            }
            if (warm * 4 < img.getWidth() * 3) {
                continue;
            }
            double[] m = {r / warm, g / warm, b / warm};
            double spread = 0; // mean distance of the row's warm pixels from their mean colour
            for (int i = 0; i < warm; i++) {
                int p = img.getRGB(warmIdx[i], y);
                spread += Math.abs((p >> 16 & 255) - m[0]) + Math.abs((p >> 8 & 255) - m[1]) + Math.abs((p & 255) - m[2]);
            }
            mean[y] = spread / warm <= maxSpread ? m : null;
        }
        int warmRows = 0;
        for (int y = 0; y < rows; y++) {
            if (mean[y] != null && (differs(mean[y], y >= step ? mean[y - step] : null) || differs(mean[y], mean[y + step]))) {
                warmRows++;
            }
        }
        return (double) warmRows / rows;
    }

    private static boolean differs(double[] a, double[] b) {
        return b != null && Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) >= 8;
    }

    /** The picture decoded at a quarter (or less) of its size: enough for a 32×32 hash and the sky's colours. */
    static BufferedImage small(Path f) {
        try (ImageInputStream in = ImageIO.createImageInputStream(f.toFile())) {
            Iterator<ImageReader> it = ImageIO.getImageReaders(in);
            ImageReader reader = it.next();
            try {
                reader.setInput(in);
                int step = Math.max(1, reader.getWidth(0) / 1000);
                ImageReadParam p = reader.getDefaultReadParam();
                p.setSourceSubsampling(step, step, 0, 0);
                BufferedImage sub = reader.read(0, p);
                BufferedImage rgb = new BufferedImage(sub.getWidth(), sub.getHeight(), BufferedImage.TYPE_INT_RGB);
                Graphics2D g = rgb.createGraphics();
                g.drawImage(sub, 0, 0, null);
                g.dispose();
                return rgb;
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(f.toString(), e);
        }
    }

    /** 64-bit DCT perceptual hash (as /work/phash/Phash.java): bit i set when DCT coefficient i is above the median. */
    static long hash(BufferedImage src) {
        BufferedImage cur = src;
        while (cur.getWidth() > 128) {
            BufferedImage n = new BufferedImage(Math.max(32, cur.getWidth() / 2), Math.max(32, cur.getHeight() / 2),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g2 = n.createGraphics();
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g2.drawImage(cur, 0, 0, n.getWidth(), n.getHeight(), null);
            g2.dispose();
            cur = n;
        }
        BufferedImage s = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = s.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(cur, 0, 0, 32, 32, null);
        g.dispose();
        double[][] y = new double[32][32];
        for (int r = 0; r < 32; r++) {
            for (int c = 0; c < 32; c++) {
                int p = s.getRGB(c, r);
                y[r][c] = 0.299 * (p >> 16 & 255) + 0.587 * (p >> 8 & 255) + 0.114 * (p & 255);
            }
        }
        double[] d = new double[64];
        for (int u = 0; u < 8; u++) {
            for (int v = 0; v < 8; v++) {
                double sum = 0;
                for (int r = 0; r < 32; r++) {
                    for (int c = 0; c < 32; c++) {
                        sum += y[r][c] * Math.cos((2 * r + 1) * u * Math.PI / 64) * Math.cos((2 * c + 1) * v * Math.PI / 64);
                    }
                }
                d[u * 8 + v] = sum;
            }
        }
        double[] sorted = Arrays.copyOfRange(d, 1, 64);
        Arrays.sort(sorted);
        double median = sorted[31];
        long bits = 0;
        for (int i = 0; i < 64; i++) {
            if (d[i] > median) {
                bits |= 1L << i;
            }
        }
        return bits;
    }

    /** Prints every picture's warm-sky share and the closest pairs: {@code java -cp … IllustrationVarietyTest DIR}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Map<String, Long> h = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".jpg")).sorted().toList()) {
                BufferedImage img = small(f);
                h.put(f.getFileName().toString(), hash(img));
                System.out.printf("sky %.3f %s %s (without the evenness rule %.3f)%n", warmSkyShare(img), isSunset(img) ? "SUNSET" : "      ",
                        f.getFileName(), warmSkyShare(img, Double.MAX_VALUE));
            }
        }
        List<String> pairs = new ArrayList<>();
        List<String> n = new ArrayList<>(h.keySet());
        for (int i = 0; i < n.size(); i++) {
            for (int j = i + 1; j < n.size(); j++) {
                pairs.add(String.format("%02d  %s  %s", Long.bitCount(h.get(n.get(i)) ^ h.get(n.get(j))), n.get(i), n.get(j)));
            }
        }
        pairs.sort(null);
        pairs.stream().limit(args.length > 1 ? Integer.parseInt(args[1]) : 20).forEach(System.out::println);
    }
}
