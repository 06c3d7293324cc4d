package vn.haiphong.showcase.vr360.tiles;

import java.util.Arrays;

/**
 * Projects an equirectangular panorama onto cube faces. Each face is sampled bilinearly on a
 * finer inner grid and area-averaged down to the face size, so shrinking does not alias. The
 * grid is only as fine as the panorama needs: a face pixel at a (-1..1 across the face) spans
 * c / (1 + a²) panorama pixels along that axis, c = width / (π × face size), 1.27 for 8K and 16K
 * panoramas, so columns and rows are c times denser at the centre and plain at the edges (about
 * 1.09 samples per pixel per axis, a quarter fewer samples than a uniform grid). Where the equirect
 * crowds its pixels near the poles, {@link PolarPrefilter} has already averaged them along the
 * rows. Rows of the face are computed in bands, in parallel.
 */
final class FaceProjector {
    private static final int BAND = 32;
    private static final double HALF_PI = Math.PI / 2;
    private static final double TWO_PI = Math.PI * 2;

    private final EquirectImage src;
    private final int size;
    private final int inner;
    private final AreaWeights weights;
    /** Face coordinate (-1..1) of the centre of each inner column or row. */
    private final double[] coord;
    /** Per inner column: offset of the first output pixel it falls into, and its two weights / 65536. */
    private final int[] first;
    private final float[] scaled0;
    private final float[] scaled1;

    FaceProjector(EquirectImage src, int size) {
        this.src = src;
        this.size = size;
        double c = src.width() / (Math.PI * size);
        this.weights = AreaWeights.adaptive(size, t -> density(c, 2 * t / size - 1));
        this.inner = weights.samples();
        this.coord = new double[inner];
        for (int i = 0; i < inner; i++) {
            coord[i] = 2 * weights.centre(i) / size - 1;
        }
        first = new int[inner];
        scaled0 = new float[inner];
        scaled1 = new float[inner];
        for (int i = 0; i < inner; i++) {
            first[i] = weights.first(i) * 3;
            scaled0[i] = weights.weight0(i) / 65536f;
            scaled1[i] = weights.weight1(i) / 65536f;
        }
    }

    /**
     * Inner samples per face pixel needed at face coordinate a: panorama pixels per face pixel
     * along that axis, {@code c / (1 + a²)}, at least 1.
     */
    static double density(double c, double a) {
        return Math.max(1, c / (1 + a * a));
    }

    /** Renders {@code face} in the standard orientation (see {@link CubeFace}) into {@code out}. */
    void project(CubeFace face, FaceImage out) {
        if (out.size() != size) {
            throw new IllegalArgumentException("face is " + out.size() + " px, projector makes " + size);
        }
        Columns columns = face.isSide() ? sideColumns(face) : null;
        int bands = (size + BAND - 1) / BAND;
        Parallel.forEach(bands, () -> new float[2][], (b, buf) -> band(face, columns, b * BAND,
                Math.min(size, (b + 1) * BAND), out.bgr(), buf));
    }

    /** {@link #project} on the calling thread alone (for {@link Warmup}, which must leave the workers free). */
    void projectSerially(CubeFace face, FaceImage out) {
        Columns columns = face.isSide() ? sideColumns(face) : null;
        float[][] buf = new float[2][];
        for (int from = 0; from < size; from += BAND) {
            band(face, columns, from, Math.min(size, from + BAND), out.bgr(), buf);
        }
    }

    /**
     * For side faces the yaw depends on the column only: per column the two source columns
     * (as byte offsets in a row), the 8-bit fraction between them, and 1 / √(1 + a²).
     */
    private record Columns(int[] x0, int[] x1, int[] fx, double[] scale) {
    }

    private Columns sideColumns(CubeFace face) {
        int w = src.width();
        int[] x0 = new int[inner];
        int[] x1 = new int[inner];
        int[] fx = new int[inner];
        double[] scale = new double[inner];
        for (int i = 0; i < inner; i++) {
            double a = coord[i];
            double x = sourceX(face.centreYaw() + Math.atan(a), w);
            int c = (int) x;
            x0[i] = c * 3;
            x1[i] = (c + 1 == w ? 0 : c + 1) * 3;
            fx[i] = (int) ((x - c) * 256);
            scale[i] = 1 / Math.sqrt(1 + a * a);
        }
        return new Columns(x0, x1, fx, scale);
    }

    /** Source column coordinate (pixel centres at integers, 0 ≤ x < width) of a yaw. */
    private static double sourceX(double yaw, int w) {
        double u = (yaw + Math.PI) / TWO_PI;
        u -= Math.floor(u);
        double x = u * w - 0.5;
        return x < 0 ? x + w : x;
    }

    /** Output rows [from, to); {@code buf} holds the worker's accumulator and row, made on first use. */
    private void band(CubeFace face, Columns columns, int from, int to, byte[] out, float[][] buf) {
        int n3 = size * 3;
        if (buf[0] == null) {
            buf[0] = new float[BAND * n3];
            buf[1] = new float[n3 + 3];
        }
        float[] acc = buf[0];
        float[] row = buf[1];
        Arrays.fill(acc, 0, (to - from) * n3, 0);
        int firstInner = weights.start(from);
        int lastInner = weights.end(to - 1);
        for (int k = firstInner; k < lastInner; k++) {
            int o = weights.first(k);
            float w0 = weights.weight0(k);
            float w1 = weights.weight1(k);
            boolean in0 = o >= from && o < to;
            boolean in1 = w1 != 0 && o + 1 >= from && o + 1 < to;
            if (!in0 && !in1) {
                continue;
            }
            Arrays.fill(row, 0);
            if (columns != null) {
                sideRow(columns, coord[k], row);
            } else {
                capRow(face == CubeFace.TOP, coord[k], row);
            }
            if (in0) {
                add(row, w0, acc, (o - from) * n3, n3);
            }
            if (in1) {
                add(row, w1, acc, (o + 1 - from) * n3, n3);
            }
        }
        int base = from * n3;
        for (int i = 0; i < (to - from) * n3; i++) {
            out[base + i] = FaceImage.toByte(acc[i]);
        }
    }

    private static void add(float[] row, float w, float[] acc, int at, int n) {
        for (int i = 0; i < n; i++) {
            acc[at + i] += w * row[i];
        }
    }

    /** One inner row of a side face: pitch = atan(-b / √(1 + a²)). */
    private void sideRow(Columns columns, double b, float[] row) {
        int w3 = src.width() * 3;
        int last = src.height() - 1;
        double yScale = src.height() / Math.PI;
        double yOffset = HALF_PI * yScale - 0.5;
        int[] x0 = columns.x0();
        int[] x1 = columns.x1();
        int[] fx = columns.fx();
        double[] scale = columns.scale();
        for (int i = 0; i < inner; i++) {
            double y = FastAtan.atan(b * scale[i]) * yScale + yOffset;
            int y0;
            int fy;
            if (y <= 0) {
                y0 = 0;
                fy = 0;
            } else if (y >= last) {
                y0 = last;
                fy = 0;
            } else {
                y0 = (int) y;
                fy = (int) ((y - y0) * 256);
            }
            int r0 = y0 * w3;
            int r1 = y0 < last ? r0 + w3 : r0;
            blend(r0 + x0[i], r0 + x1[i], r1 + x0[i], r1 + x1[i], fx[i], fy, i, row);
        }
    }

    /** One inner row of the top or bottom face. */
    private void capRow(boolean top, double b, float[] row) {
        int w = src.width();
        int w3 = w * 3;
        int last = src.height() - 1;
        double yScale = src.height() / Math.PI;
        double xScale = w / TWO_PI;
        for (int i = 0; i < inner; i++) {
            double a = coord[i];
            // top: direction (b, a, 1); bottom: (-b, a, -1); see CubeFace.direction
            double yaw = FastAtan.atan2(a, top ? b : -b);
            double fromZenith = FastAtan.atan(Math.sqrt(a * a + b * b));
            double x = (yaw + Math.PI) * xScale - 0.5;
            if (x < 0) {
                x += w;
            } else if (x >= w) {
                x -= w;
            }
            int c0 = (int) x;
            int fx = (int) ((x - c0) * 256);
            int c1 = c0 + 1 == w ? 0 : c0 + 1;
            double y = (top ? fromZenith : Math.PI - fromZenith) * yScale - 0.5;
            int y0;
            int fy;
            if (y <= 0) {
                y0 = 0;
                fy = 0;
            } else if (y >= last) {
                y0 = last;
                fy = 0;
            } else {
                y0 = (int) y;
                fy = (int) ((y - y0) * 256);
            }
            int r0 = y0 * w3;
            int r1 = y0 < last ? r0 + w3 : r0;
            blend(r0 + c0 * 3, r0 + c1 * 3, r1 + c0 * 3, r1 + c1 * 3, fx, fy, i, row);
        }
    }

    /**
     * Bilinear mix of four source pixels (byte offsets) with 8-bit fractions, added to the row
     * where inner column i falls (both output pixels it overlaps; the row has one spare pixel).
     */
    private void blend(int p00, int p01, int p10, int p11, int fx, int fy, int i, float[] row) {
        byte[] s = src.bgr();
        int gx = 256 - fx;
        int gy = 256 - fy;
        int b = ((s[p00] & 0xff) * gx + (s[p01] & 0xff) * fx) * gy + ((s[p10] & 0xff) * gx + (s[p11] & 0xff) * fx) * fy;
        int g = ((s[p00 + 1] & 0xff) * gx + (s[p01 + 1] & 0xff) * fx) * gy
                + ((s[p10 + 1] & 0xff) * gx + (s[p11 + 1] & 0xff) * fx) * fy;
        int r = ((s[p00 + 2] & 0xff) * gx + (s[p01 + 2] & 0xff) * fx) * gy
                + ((s[p10 + 2] & 0xff) * gx + (s[p11 + 2] & 0xff) * fx) * fy;
        int o = first[i];
        float a0 = scaled0[i];
        float a1 = scaled1[i];
        row[o] += a0 * b;
        row[o + 1] += a0 * g;
        row[o + 2] += a0 * r;
        row[o + 3] += a1 * b;
        row[o + 4] += a1 * g;
        row[o + 5] += a1 * r;
    }
}
