package vn.haiphong.showcase.vr360.hall;

import java.awt.Color;

/** sRGB ⇄ linear light by table, for shading in linear light and writing 8-bit sRGB faces. */
final class Srgb {
    /** Table steps over linear 0..1; interpolated, within 0.1 of a level (small enough to stay in L1). */
    private static final int STEPS = 1024;
    /** Linear value of each 8-bit sRGB level, plus one spare for interpolation. */
    private static final float[] TO_LINEAR = new float[257];
    /** sRGB value (0..255, not rounded) of linear i / STEPS, plus one spare. */
    private static final float[] TO_SRGB = new float[STEPS + 2];

    static {
        for (int i = 0; i < 256; i++) {
            TO_LINEAR[i] = (float) decode(i / 255.0);
        }
        TO_LINEAR[256] = 1;
        for (int i = 0; i <= STEPS; i++) {
            TO_SRGB[i] = (float) (encode(i / (double) STEPS) * 255);
        }
        TO_SRGB[STEPS + 1] = 255;
    }

    private Srgb() {
    }

    static double decode(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static double encode(double v) {
        return v <= 0.0031308 ? v * 12.92 : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
    }

    /** Linear value of an sRGB level 0..255 (fractions interpolated). */
    static float toLinear(float level) {
        if (level <= 0) {
            return 0;
        }
        if (level >= 255) {
            return 1;
        }
        int i = (int) level;
        float f = level - i;
        return TO_LINEAR[i] + f * (TO_LINEAR[i + 1] - TO_LINEAR[i]);
    }

    /** sRGB level 0..255 (not rounded) of a linear value, clipped to 0..1. */
    static float toLevel(float linear) {
        // by the float's bits: 2^BITS buckets per octave from 2^-LOW_OCTAVES up to 1, each holding
        // the level of its middle (within 0.05 of a level); below, sRGB is linear (12.92 ×)
        int bits = Float.floatToRawIntBits(linear);
        int i = (bits >> (23 - BITS)) - FIRST;
        if (i < 0) {
            return linear <= 0 ? 0 : linear * (12.92f * 255);
        }
        return i < BY_BITS.length ? BY_BITS[i] : 255;
    }

    private static final int BITS = 11;
    private static final int LOW_OCTAVES = 12;
    /** Bucket index of 2^-LOW_OCTAVES. */
    private static final int FIRST = Float.floatToRawIntBits(0x1.0p-12f) >> (23 - BITS);
    private static final float[] BY_BITS = new float[LOW_OCTAVES << BITS];

    static {
        for (int i = 0; i < BY_BITS.length; i++) {
            float lo = Float.intBitsToFloat((i + FIRST) << (23 - BITS));
            float hi = Float.intBitsToFloat((i + FIRST + 1) << (23 - BITS));
            BY_BITS[i] = (float) (encode((lo + (double) hi) / 2) * 255);
        }
    }

    /** {r, g, b} in linear light. */
    static float[] linear(Color c) {
        return new float[] {(float) decode(c.getRed() / 255.0), (float) decode(c.getGreen() / 255.0),
                (float) decode(c.getBlue() / 255.0)};
    }
}
