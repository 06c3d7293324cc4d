package vn.haiphong.showcase.vr360;

/**
 * How the {@code from} pixels of a row map onto {@code to} ≤ {@code from} pixels when shrinking by
 * area averaging: pixel i covers [i, i + 1) × to / from of the output, so it falls into output
 * pixel {@link #first(int)} and maybe the next; the two weights are the covered lengths, and the
 * weights reaching each output pixel add up to 1.
 */
final class AreaWeights {
    private final int[] first;
    private final float[] w0;
    private final float[] w1;

    AreaWeights(int from, int to) {
        if (to <= 0 || to > from) {
            throw new IllegalArgumentException("can only shrink: " + from + " → " + to);
        }
        first = new int[from];
        w0 = new float[from];
        w1 = new float[from];
        for (int i = 0; i < from; i++) {
            double start = (double) i * to / from;
            double end = (double) (i + 1) * to / from;
            int o = (int) Math.floor(start);
            first[i] = o;
            if (end <= o + 1 + 1e-12 || o + 1 >= to) {
                w0[i] = (float) (end - start);
            } else {
                w0[i] = (float) (o + 1 - start);
                w1[i] = (float) (end - (o + 1));
            }
        }
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
}
