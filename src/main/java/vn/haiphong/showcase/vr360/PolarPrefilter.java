package vn.haiphong.showcase.vr360;

import java.util.stream.IntStream;

/**
 * Averages the polar rows of an equirect along the row, in place, before the top and bottom
 * faces are sampled. A row at pitch φ holds the whole circle of latitude in {@code width} pixels,
 * but on a cap face that circle is only 2π·r pixels long, so the face sees k·tan|φ| source
 * pixels per pixel along it (k = width / (π × the projector's inner size), about 1). Where that
 * is above one pixel, the row is filtered with a tent made of two passes of a box that wide
 * (prefix sums with fractional ends, wrapping around the row; a single box leaves a fifth of a
 * stripe pattern as ripple, the tent a twentieth): the classic anisotropic pre-filter, like a
 * horizontal mip level chosen per row. The side faces never look beyond ±54.7°, where the box is
 * at most 1.4 px, and are projected before this runs.
 */
final class PolarPrefilter {
    private static final int CHUNK = 16;

    private PolarPrefilter() {
    }

    /** Filters the rows of {@code src} that a face sampled on an {@code inner} grid would alias. */
    static void apply(EquirectImage src, int inner) {
        int h = src.height();
        double k = src.width() / (Math.PI * inner);
        int[] rows = IntStream.range(0, h).filter(y -> boxWidth(y, h, k) > 1).toArray();
        int chunks = (rows.length + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            Buffers buf = new Buffers(src.width());
            for (int i = c * CHUNK; i < Math.min(rows.length, (c + 1) * CHUNK); i++) {
                filterRow(src, rows[i], Math.min(boxWidth(rows[i], h, k), src.width()), buf);
            }
        });
    }

    /** Width in source pixels of the box for row y. */
    static double boxWidth(int y, int height, double k) {
        double pitch = Math.PI / 2 - (y + 0.5) * Math.PI / height;
        return k * Math.tan(Math.abs(pitch));
    }

    /** Work arrays of one thread. */
    private static final class Buffers {
        final double[] row;
        final double[] prefix;

        Buffers(int width) {
            row = new double[width * 3];
            prefix = new double[(2 * width + 8) * 3];
        }
    }

    private static void filterRow(EquirectImage src, int y, double box, Buffers buf) {
        int w = src.width();
        byte[] s = src.bgr();
        int rowStart = y * w * 3;
        double[] row = buf.row;
        for (int i = 0; i < w * 3; i++) {
            row[i] = s[rowStart + i] & 0xff;
        }
        // two passes of the box make a tent: its side lobes are a fifth of the box's
        boxPass(row, w, box, buf.prefix);
        boxPass(row, w, box, buf.prefix);
        for (int i = 0; i < w * 3; i++) {
            s[rowStart + i] = FaceImage.toByte((float) row[i]);
        }
    }

    /** Replaces each pixel of the row by the mean of a box {@code box} pixels wide centred on it, wrapping around. */
    private static void boxPass(double[] row, int w, double box, double[] prefix) {
        int pad = Math.min(w / 2 + 2, (int) Math.ceil(box / 2) + 1);
        int len = w + 2 * pad;
        // prefix[e * 3 + c]: sum of channel c over extended pixels [0, e); extended pixel e is row pixel (e - pad) mod w
        prefix[0] = 0;
        prefix[1] = 0;
        prefix[2] = 0;
        for (int e = 0; e < len; e++) {
            int x = e - pad;
            if (x < 0) {
                x += w;
            } else if (x >= w) {
                x -= w;
            }
            int at = e * 3;
            prefix[at + 3] = prefix[at] + row[x * 3];
            prefix[at + 4] = prefix[at + 1] + row[x * 3 + 1];
            prefix[at + 5] = prefix[at + 2] + row[x * 3 + 2];
        }
        // the box around pixel i covers [i + 0.5 - box/2, i + 0.5 + box/2): both ends have the same
        // fractional position for every pixel of the row
        double left = pad + 0.5 - box / 2;
        int l0 = (int) Math.floor(left);
        double fl = left - l0;
        double right = left + box;
        int r0 = (int) Math.floor(right);
        double fr = right - r0;
        double scale = 1 / box;
        for (int i = 0; i < w; i++) {
            int l = (l0 + i) * 3;
            int r = (r0 + i) * 3;
            for (int c = 0; c < 3; c++) {
                double pl = prefix[l + c];
                double pr = prefix[r + c];
                row[i * 3 + c] = (pr - pl + fr * (prefix[r + 3 + c] - pr) - fl * (prefix[l + 3 + c] - pl)) * scale;
            }
        }
    }
}
