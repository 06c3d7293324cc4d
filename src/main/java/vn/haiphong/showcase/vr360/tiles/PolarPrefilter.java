package vn.haiphong.showcase.vr360.tiles;

import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/**
 * Averages the polar rows of an equirect along the row, in place, before the top and bottom
 * faces are sampled. A row at pitch φ holds the whole circle of latitude in {@code width} pixels,
 * but on a cap face that circle is only 2π·r face pixels long: a face pixel spans c·tan|φ|
 * panorama pixels along it (c = width / (π × face size)), and {@link FaceProjector}'s inner grid
 * has at least {@code FaceProjector.density(c, r)} samples per face pixel there, r = cot|φ| being
 * the distance from the face centre. Where a sample would span more than one panorama pixel, the
 * row is filtered with a tent made of two passes of a box that wide (running sums with fractional
 * ends, wrapping around the row; a single box leaves a fifth of a stripe pattern as ripple, the
 * tent a twentieth): the classic anisotropic pre-filter, like a horizontal mip level chosen per
 * row. The side faces, which look up to ±54.7° and need no such filter, are projected first.
 */
final class PolarPrefilter {
    private static final int CHUNK = 8;

    private PolarPrefilter() {
    }

    /** Filters the rows of {@code src} that cap faces of {@code faceSize} pixels would alias. */
    static void apply(EquirectImage src, int faceSize) {
        apply(src, faceSize, true);
    }

    /** With {@code parallel} false, on the calling thread alone (for {@link Warmup}). */
    static void apply(EquirectImage src, int faceSize, boolean parallel) {
        int w = src.width();
        int h = src.height();
        double c = w / (Math.PI * faceSize);
        int[] rows = IntStream.range(0, h).filter(y -> boxWidth(y, h, c) > 1).toArray();
        int chunks = (rows.length + CHUNK - 1) / CHUNK;
        BiConsumer<Integer, Buffers> work = (chunk, buf) -> {
            for (int i = chunk * CHUNK; i < Math.min(rows.length, (chunk + 1) * CHUNK); i++) {
                filterRow(src.bgr(), rows[i] * w * 3, w, Math.min(boxWidth(rows[i], h, c), w), buf);
            }
        };
        if (parallel) {
            Parallel.forEach(chunks, () -> new Buffers(w), work);
        } else {
            Buffers buf = new Buffers(w);
            for (int chunk = 0; chunk < chunks; chunk++) {
                work.accept(chunk, buf);
            }
        }
    }

    /** Width in panorama pixels of the box for row y, c = width / (π × face size). */
    static double boxWidth(int y, int height, double c) {
        double pitch = Math.abs(Math.PI / 2 - (y + 0.5) * Math.PI / height);
        return c * Math.tan(pitch) / FaceProjector.density(c, 1 / Math.tan(pitch));
    }

    /** Work arrays of one thread: a row of channel values, and the row after the first pass. */
    private static final class Buffers {
        final int[] row;
        final int[] mid;

        Buffers(int width) {
            row = new int[width * 3];
            mid = new int[width * 3];
        }
    }

    /** Two passes of a box {@code box} pixels wide over the row starting at byte {@code start}. */
    private static void filterRow(byte[] s, int start, int w, double box, Buffers buf) {
        int[] row = buf.row;
        int[] mid = buf.mid;
        for (int i = 0; i < w * 3; i++) {
            row[i] = (s[start + i] & 0xff) << 8;
        }
        boxPass(row, mid, w, box);
        boxPass(mid, row, w, box);
        for (int i = 0; i < w * 3; i++) {
            int v = (row[i] + 128) >> 8;
            s[start + i] = (byte) (v < 0 ? 0 : Math.min(v, 255));
        }
    }

    /**
     * out[i] = mean of {@code in} over the box [i + 0.5 - box/2, i + 0.5 + box/2), the row read as
     * pixels of constant value, wrapping around; values are 8-bit fixed point. A running sum of
     * the whole pixels inside the box, plus the fractions of the two end pixels: both ends have
     * the same fractional position for every pixel of the row.
     */
    private static void boxPass(int[] in, int[] out, int w, double box) {
        double left = 0.5 - box / 2;
        int l = (int) Math.floor(left);
        long fl = Math.round((left - l) * 256);
        double right = 0.5 + box / 2;
        int r = (int) Math.floor(right);
        long fr = Math.round((right - r) * 256);
        // dividing by 256 × box as a multiplication by 2^40 / (256 × box) and a shift: the sums stay
        // below 2^24 × box, so the product stays below 2^63
        long scale = Math.round(Math.scalb(1.0, 32) / box);
        // l and r, relative to pixel i, as wrapped positions in the row
        int li = wrap(l, w);
        int ri = wrap(r, w);
        long s0 = 0;
        long s1 = 0;
        long s2 = 0;
        for (int j = l; j < r; j++) {
            int at = wrap(j, w) * 3;
            s0 += in[at];
            s1 += in[at + 1];
            s2 += in[at + 2];
        }
        for (int i = 0; i < w; i++) {
            int lo = li * 3;
            int hi = ri * 3;
            out[i * 3] = (int) ((((s0 << 8) + fr * in[hi] - fl * in[lo]) * scale) >> 40);
            out[i * 3 + 1] = (int) ((((s1 << 8) + fr * in[hi + 1] - fl * in[lo + 1]) * scale) >> 40);
            out[i * 3 + 2] = (int) ((((s2 << 8) + fr * in[hi + 2] - fl * in[lo + 2]) * scale) >> 40);
            s0 += in[hi] - in[lo];
            s1 += in[hi + 1] - in[lo + 1];
            s2 += in[hi + 2] - in[lo + 2];
            li = li + 1 == w ? 0 : li + 1;
            ri = ri + 1 == w ? 0 : ri + 1;
        }
    }

    private static int wrap(int x, int w) {
        return Math.floorMod(x, w);
    }
}
