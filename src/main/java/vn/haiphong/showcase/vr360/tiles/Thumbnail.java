package vn.haiphong.showcase.vr360.tiles;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** A small landscape view cut from the middle of a face, shrunk by area averaging. */
public final class Thumbnail {
    private Thumbnail() {
    }

    /**
     * The band of {@code face} around its horizontal middle with the proportions of
     * {@code width} × {@code height}, the face's full width, shrunk to that size.
     */
    public static BufferedImage of(FaceImage face, int width, int height) {
        int size = face.size();
        int band = (int) Math.round((double) size * height / width);
        if (width > size || band > size) {
            throw new IllegalArgumentException("cannot cut " + width + " × " + height + " from a " + size + " px face");
        }
        byte[] bgr = face.shrunk((size - band) / 2, band, width, height);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        System.arraycopy(bgr, 0, ((DataBufferByte) out.getRaster().getDataBuffer()).getData(), 0, bgr.length);
        return out;
    }
}
