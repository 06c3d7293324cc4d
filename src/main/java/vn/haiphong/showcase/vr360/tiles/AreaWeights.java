package vn.haiphong.showcase.vr360.tiles;

import java.util.function.DoubleUnaryOperator;

/**
 * How a row of finer samples maps onto the {@code to} pixels of a row when shrinking by area
 * averaging. Sample i covers an interval of the output row no longer than one pixel, so it falls
 * into output pixel {@link #first(int)} and maybe the next; the two weights are the covered
 * lengths, and the weights reaching each output pixel add up to 1. The samples are either evenly
 * spread ({@code from} over {@code to}) or denser where a density function asks.
 */
final class AreaWeights {
    private final int to;
    private final int[] first;
    private final float[] w0;
    private final float[] w1;
    private final double[] centre;
    /** For output pixel j, the samples [start[j], end[j]) reach it. */
    private final int[] start;
    private final int[] end;

    /** {@code from} evenly spread samples shrunk to {@code to} pixels. */
    AreaWeights(int from, int to) {
        this(evenBounds(from, to), to);
    }

    private AreaWeights(double[] bounds, int to) {
        int n = bounds.length - 1;
        if (to <= 0 || n < to) {
            throw new IllegalArgumentException("can only shrink: " + n + " → " + to);
        }
        this.to = to;
        first = new int[n];
        w0 = new float[n];
        w1 = new float[n];
        centre = new double[n];
        start = new int[to];
        end = new int[to];
        java.util.Arrays.fill(start, n);
        for (int i = 0; i < n; i++) {
            double lo = bounds[i];
            double hi = bounds[i + 1];
            int o = Math.min(to - 1, (int) Math.floor(lo));
            first[i] = o;
            centre[i] = (lo + hi) / 2;
            if (hi <= o + 1 + 1e-9 || o + 1 >= to) {
                w0[i] = (float) (hi - lo);
            } else {
                w0[i] = (float) (o + 1 - lo);
                w1[i] = (float) (hi - (o + 1));
            }
            int last = w1[i] != 0 ? o + 1 : o;
            start[o] = Math.min(start[o], i);
            start[last] = Math.min(start[last], i);
            end[o] = Math.max(end[o], i + 1);
            end[last] = Math.max(end[last], i + 1);
        }
    }

    /**
     * Samples for a row of {@code to} pixels with at least {@code density(t)} samples per pixel at
     * output position t (0..to), never fewer than one: as many as the density adds up to, rounded
     * up, placed so that each sample covers 1 / density of the row.
     */
    static AreaWeights adaptive(int to, DoubleUnaryOperator density) {
        int steps = to * 16;
        double[] cumulative = new double[steps + 1];
        for (int s = 0; s < steps; s++) {
            double t = (s + 0.5) * to / steps;
            cumulative[s + 1] = cumulative[s] + Math.max(1, density.applyAsDouble(t)) * to / steps;
        }
        int n = (int) Math.ceil(cumulative[steps] - 1e-9);
        double scale = n / cumulative[steps];
        double[] bounds = new double[n + 1];
        int s = 0;
        for (int k = 1; k < n; k++) {
            double target = k / scale;
            while (cumulative[s + 1] < target) {
                s++;
            }
            double f = (target - cumulative[s]) / (cumulative[s + 1] - cumulative[s]);
            bounds[k] = (s + f) * to / steps;
        }
        bounds[n] = to;
        return new AreaWeights(bounds, to);
    }

    private static double[] evenBounds(int from, int to) {
        double[] b = new double[from + 1];
        for (int i = 0; i <= from; i++) {
            b[i] = (double) i * to / from;
        }
        return b;
    }

    /** Number of samples. */
    int samples() {
        return first.length;
    }

    /** Output pixels. */
    int pixels() {
        return to;
    }

    int first(int i) {
        return first[i];
    }

    float weight0(int i) {
        return w0[i];
    }

    float weight1(int i) {
        return w1[i];
    }

    /** Centre of sample i in output pixel units (0..to). */
    double centre(int i) {
        return centre[i];
    }

    /** First sample that reaches output pixel j. */
    int start(int j) {
        return start[j];
    }

    /** One past the last sample that reaches output pixel j. */
    int end(int j) {
        return end[j];
    }
}
