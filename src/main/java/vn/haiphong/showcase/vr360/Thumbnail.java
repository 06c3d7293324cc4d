package vn.haiphong.showcase.vr360;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** A small landscape view cut from the middle of a face, shrunk by area averaging. */
final class Thumbnail {
    private Thumbnail() {
    }

    /**
     * The band of {@code face} around its horizontal middle with the proportions of
     * {@code width} × {@code height}, the face's full width, shrunk to that size.
     */
    static BufferedImage of(FaceImage face, int width, int height) {
        int size = face.size();
        int band = (int) Math.round((double) size * height / width);
        if (width > size || band > size) {
            throw new IllegalArgumentException("cannot cut " + width + " × " + height + " from a " + size + " px face");
        }
        int top = (size - band) / 2;
        AreaWeights across = new AreaWeights(size, width);
        AreaWeights down = new AreaWeights(band, height);
        byte[] src = face.bgr();
        float[] rows = new float[height * size * 3];
        for (int y = 0; y < band; y++) {
            int s = (top + y) * size * 3;
            for (int k = 0; k < 2; k++) {
                float wt = k == 0 ? down.weight0(y) : down.weight1(y);
                if (wt != 0) {
                    int d = (down.first(y) + k) * size * 3;
                    for (int i = 0; i < size * 3; i++) {
                        rows[d + i] += wt * (src[s + i] & 0xff);
                    }
                }
            }
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] px = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        float[] acc = new float[width * 3];
        for (int y = 0; y < height; y++) {
            java.util.Arrays.fill(acc, 0);
            int s = y * size * 3;
            for (int x = 0; x < size; x++) {
                int o = across.first(x) * 3;
                float w0 = across.weight0(x);
                float w1 = across.weight1(x);
                for (int c = 0; c < 3; c++) {
                    float v = rows[s + x * 3 + c];
                    acc[o + c] += w0 * v;
                    if (w1 != 0) {
                        acc[o + 3 + c] += w1 * v;
                    }
                }
            }
            for (int i = 0; i < width * 3; i++) {
                px[y * width * 3 + i] = FaceImage.toByte(acc[i]);
            }
        }
        return out;
    }
}
