package vn.haiphong.showcase.vr360.hall;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import vn.haiphong.showcase.vr360.tiles.FaceImage;

/**
 * A picture prepared for drawing in perspective: a chain of mip levels (B, G, R bytes), each half
 * the one before by 2 × 2 averaging, sampled trilinearly at the level that matches the footprint
 * of a face pixel, so a small, distant picture is averaged instead of shimmering. The first level
 * is the source halved as often as it can be while keeping the texels the hall needs.
 */
final class MipPicture {
    private final int[] widths;
    private final int[] heights;
    private final byte[][] levels;

    private MipPicture(List<byte[]> levels, List<int[]> sizes) {
        this.levels = levels.toArray(byte[][]::new);
        this.widths = sizes.stream().mapToInt(s -> s[0]).toArray();
        this.heights = sizes.stream().mapToInt(s -> s[1]).toArray();
    }

    /** Prepares {@code image} for drawing at most {@code neededWidth} texels wide without loss of detail. */
    static MipPicture of(BufferedImage image, double neededWidth) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] px = FaceImage.bgr(image);
        List<byte[]> levels = new ArrayList<>();
        List<int[]> sizes = new ArrayList<>();
        while (w >= 2 && h >= 2 && w / 2 >= neededWidth) {
            px = halve(px, w, h);
            w /= 2;
            h /= 2;
        }
        levels.add(px);
        sizes.add(new int[] {w, h});
        while (w > 1 || h > 1) {
            px = halve(px, w, h);
            w = Math.max(1, w / 2);
            h = Math.max(1, h / 2);
            levels.add(px);
            sizes.add(new int[] {w, h});
        }
        return new MipPicture(levels, sizes);
    }

    /** Width of the first level in texels. */
    int width() {
        return widths[0];
    }

    int height() {
        return heights[0];
    }

    /**
     * The colour at (s, t), fractions 0..1 of the width from the left and of the height from the
     * top, for a face pixel covering {@code footprint} first-level texels, as linear {r, g, b}.
     */
    void sample(double s, double t, double footprint, float[] out) {
        double lod = footprint <= 1 ? 0 : log2(footprint);
        int last = levels.length - 1;
        if (lod >= last) {
            bilinear(last, s, t, out, 1, false);
        } else {
            int l = (int) lod;
            float f = (float) (lod - l);
            bilinear(l, s, t, out, 1 - f, false);
            if (f > 0) {
                bilinear(l + 1, s, t, out, f, true);
            }
        }
        out[0] = Srgb.toLinear(out[0]);
        out[1] = Srgb.toLinear(out[1]);
        out[2] = Srgb.toLinear(out[2]);
    }

    /**
     * log2 of x ≥ 1 to about 1e-4 (exponent plus a polynomial of the mantissa): the level of
     * detail only weighs two levels, so Math.log's exactness is time spent for nothing.
     */
    static double log2(double x) {
        int e = Math.getExponent(x);
        double m = x * Double.longBitsToDouble((long) (1023 - e) << 52) - 1; // mantissa - 1, in [0, 1)
        // minimax-like cubic for log2(1 + m) on [0, 1), then a correction
        double p = m * (1.4425449 + m * (-0.7181452 + m * (0.4575485 + m * (-0.2779042 + m * (0.1217970
                + m * (-0.0258411))))));
        return e + p;
    }

    /** Bilinear sRGB sample of one level, weighted, into out as {r, g, b} levels 0..255. */
    private void bilinear(int level, double s, double t, float[] out, float weight, boolean add) {
        int w = widths[level];
        int h = heights[level];
        byte[] p = levels[level];
        double x = s * w - 0.5;
        double y = t * h - 0.5;
        x = x < 0 ? 0 : Math.min(x, w - 1);
        y = y < 0 ? 0 : Math.min(y, h - 1);
        int x0 = (int) x;
        int y0 = (int) y;
        float fx = (float) (x - x0);
        float fy = (float) (y - y0);
        int x1 = Math.min(x0 + 1, w - 1);
        int y1 = Math.min(y0 + 1, h - 1);
        int i00 = (y0 * w + x0) * 3;
        int i01 = (y0 * w + x1) * 3;
        int i10 = (y1 * w + x0) * 3;
        int i11 = (y1 * w + x1) * 3;
        float w00 = (1 - fx) * (1 - fy) * weight;
        float w01 = fx * (1 - fy) * weight;
        float w10 = (1 - fx) * fy * weight;
        float w11 = fx * fy * weight;
        for (int c = 0; c < 3; c++) {
            float v = w00 * (p[i00 + c] & 0xff) + w01 * (p[i01 + c] & 0xff) + w10 * (p[i10 + c] & 0xff)
                    + w11 * (p[i11 + c] & 0xff);
            int o = 2 - c; // B, G, R → r, g, b
            out[o] = add ? out[o] + v : v;
        }
    }

    /** The next level: each texel the mean of a 2 × 2 block (the last row or column repeated when odd). */
    private static byte[] halve(byte[] px, int w, int h) {
        int nw = Math.max(1, w / 2);
        int nh = Math.max(1, h / 2);
        byte[] out = new byte[nw * nh * 3];
        for (int y = 0; y < nh; y++) {
            int r0 = Math.min(2 * y, h - 1) * w * 3;
            int r1 = Math.min(2 * y + 1, h - 1) * w * 3;
            int d = y * nw * 3;
            for (int x = 0; x < nw; x++, d += 3) {
                int c0 = Math.min(2 * x, w - 1) * 3;
                int c1 = Math.min(2 * x + 1, w - 1) * 3;
                for (int c = 0; c < 3; c++) {
                    int sum = (px[r0 + c0 + c] & 0xff) + (px[r0 + c1 + c] & 0xff) + (px[r1 + c0 + c] & 0xff)
                            + (px[r1 + c1 + c] & 0xff);
                    out[d + c] = (byte) ((sum + 2) >> 2);
                }
            }
        }
        return out;
    }
}
