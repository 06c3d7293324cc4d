package vn.haiphong.showcase.vr360.tiles;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A decoded equirectangular panorama kept as one compact array of 3 bytes per pixel (B, G, R,
 * the layout of {@link BufferedImage#TYPE_3BYTE_BGR}, so a decoded JPEG is used without a copy):
 * 384 MiB for 16384 × 8192, where int ARGB would take 512 MiB. Column x covers yaw
 * -180° + 360° × x / width, row y covers pitch 90° - 180° × y / height.
 */
public final class EquirectImage {
    private final int width;
    private final int height;
    private final byte[] bgr;

    EquirectImage(int width, int height, byte[] bgr) {
        if (width <= 0 || height <= 0 || (long) width * height * 3 != bgr.length) {
            throw new IllegalArgumentException("expected " + width + " × " + height + " × 3 bytes, got " + bgr.length);
        }
        this.width = width;
        this.height = height;
        this.bgr = bgr;
    }

    /**
     * Wraps an image, without copying when it is already {@link BufferedImage#TYPE_3BYTE_BGR}.
     * Tiling filters the polar rows in place, so the image must not be used afterwards.
     */
    public static EquirectImage of(BufferedImage image) {
        BufferedImage img = image;
        if (img.getType() != BufferedImage.TYPE_3BYTE_BGR || img.getRaster().getParent() != null) {
            img = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            var g = img.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        return new EquirectImage(img.getWidth(), img.getHeight(), data);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels, row by row, B G R per pixel; shared, not copied. */
    byte[] bgr() {
        return bgr;
    }
}
