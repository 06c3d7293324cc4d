package vn.haiphong.showcase.vr360.tiles;

import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Arrays;

/** A square image of 3 bytes per pixel (B, G, R), row by row: a cube face at one level. */
public final class FaceImage {
    private static final ColorModel BGR = new BufferedImage(1, 1, BufferedImage.TYPE_3BYTE_BGR).getColorModel();

    private final int size;
    private final byte[] bgr;

    public FaceImage(int size, byte[] bgr) {
        if (size <= 0 || (long) size * size * 3 != bgr.length) {
            throw new IllegalArgumentException("expected " + size + "² × 3 bytes, got " + bgr.length);
        }
        this.size = size;
        this.bgr = bgr;
    }

    public FaceImage(int size) {
        this(size, new byte[size * size * 3]);
    }

    int size() {
        return size;
    }

    public byte[] bgr() {
        return bgr;
    }

    /** Writes this face at half the size into {@code half}, each pixel the mean of a 2 × 2 block. */
    void halveInto(FaceImage half) {
        int n = size / 2;
        if (half.size != n || size % 2 != 0) {
            throw new IllegalArgumentException("cannot halve " + size + " px into " + half.size);
        }
        byte[] out = half.bgr;
        int row = size * 3;
        for (int y = 0; y < n; y++) {
            int s = 2 * y * row;
            int d = y * n * 3;
            for (int x = 0; x < n; x++, s += 6, d += 3) {
                for (int c = 0; c < 3; c++) {
                    int sum = (bgr[s + c] & 0xff) + (bgr[s + 3 + c] & 0xff)
                            + (bgr[s + row + c] & 0xff) + (bgr[s + row + 3 + c] & 0xff);
                    out[d + c] = (byte) ((sum + 2) >> 2);
                }
            }
        }
    }

    /** This face scaled to {@code n} × {@code n} by area averaging (for shrinking). */
    FaceImage resized(int n) {
        if (n == size) {
            return this;
        }
        return new FaceImage(n, shrunk(0, size, n, n));
    }

    /**
     * The rows {@code top} to {@code top + band} at the face's full width, shrunk by area
     * averaging to {@code width} × {@code height} BGR bytes (vertical pass, then horizontal).
     */
    byte[] shrunk(int top, int band, int width, int height) {
        AreaWeights across = new AreaWeights(size, width);
        AreaWeights down = new AreaWeights(band, height);
        float[] rows = new float[height * size * 3];
        for (int y = 0; y < band; y++) {
            int o = down.first(y);
            for (int k = 0; k < 2; k++) {
                float wt = k == 0 ? down.weight0(y) : down.weight1(y);
                if (wt == 0) {
                    continue;
                }
                int d = (o + k) * size * 3;
                int s = (top + y) * size * 3;
                for (int i = 0; i < size * 3; i++) {
                    rows[d + i] += wt * (bgr[s + i] & 0xff);
                }
            }
        }
        byte[] out = new byte[width * height * 3];
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
                out[y * width * 3 + i] = toByte(acc[i]);
            }
        }
        return out;
    }

    /** A copy of the {@code n} × {@code n} square whose top left corner is (x, y). */
    FaceImage region(int x, int y, int n) {
        if (x < 0 || y < 0 || x + n > size || y + n > size) {
            throw new IllegalArgumentException("region " + x + "," + y + " +" + n + " outside " + size);
        }
        byte[] out = new byte[n * n * 3];
        for (int r = 0; r < n; r++) {
            System.arraycopy(bgr, ((y + r) * size + x) * 3, out, r * n * 3, n * 3);
        }
        return new FaceImage(n, out);
    }

    /** A copy turned by half a turn (180°). */
    FaceImage halfTurned() {
        byte[] out = new byte[bgr.length];
        int px = size * size;
        for (int i = 0, j = (px - 1) * 3; i < px * 3; i += 3, j -= 3) {
            out[j] = bgr[i];
            out[j + 1] = bgr[i + 1];
            out[j + 2] = bgr[i + 2];
        }
        return new FaceImage(size, out);
    }

    /** The face as a {@link BufferedImage#TYPE_3BYTE_BGR} image sharing this face's pixels. */
    public BufferedImage asImage() {
        WritableRaster r = Raster.createInterleavedRaster(new DataBufferByte(bgr, bgr.length), size, size,
                size * 3, 3, new int[] {2, 1, 0}, new Point(0, 0));
        return new BufferedImage(BGR, r, false, null);
    }

    /**
     * The pixels of {@code image} as B, G, R bytes row by row: its own array when it already holds
     * them that way (a decoded JPEG, a face from the hall renderer), else a converted copy.
     */
    public static byte[] bgr(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR && image.getRaster().getParent() == null
                && image.getRaster().getSampleModel() instanceof ComponentSampleModel sm
                && sm.getScanlineStride() == w * 3 && sm.getPixelStride() == 3
                && Arrays.equals(sm.getBandOffsets(), new int[] {2, 1, 0})) {
            byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            if (data.length == w * h * 3) {
                return data;
            }
        }
        BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = copy.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return ((DataBufferByte) copy.getRaster().getDataBuffer()).getData();
    }

    static byte toByte(float v) {
        int i = (int) (v + 0.5f);
        return (byte) (i < 0 ? 0 : Math.min(i, 255));
    }
}
