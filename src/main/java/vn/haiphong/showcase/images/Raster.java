package vn.haiphong.showcase.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Pixel operations on interleaved 8-bit images ({@code TYPE_3BYTE_BGR}, or
 * {@code TYPE_4BYTE_ABGR} with transparency): halving by 2×2 averaging, a final bilinear step,
 * and EXIF orientation. Downscaling halves first so the bilinear step never skips pixels.
 */
final class Raster {
    private Raster() {
    }

    /** {@code img} as one of the two interleaved types (a copy only when it is another type). */
    static BufferedImage normalize(BufferedImage img) {
        int type = img.getColorModel().hasAlpha() ? BufferedImage.TYPE_4BYTE_ABGR : BufferedImage.TYPE_3BYTE_BGR;
        if (img.getType() == type) {
            return img;
        }
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), type);
        Graphics2D g = out.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return out;
    }

    static boolean hasAlpha(BufferedImage img) {
        return img.getType() == BufferedImage.TYPE_4BYTE_ABGR;
    }

    /** Averages each 2×2 block: a quarter of the pixels, no aliasing. */
    static BufferedImage halve(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int nw = Math.max(1, w / 2);
        int nh = Math.max(1, h / 2);
        int bands = hasAlpha(img) ? 4 : 3;
        byte[] src = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(nw, nh, img.getType());
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int stride = w * bands;
        for (int y = 0; y < nh; y++) {
            int r0 = Math.min(2 * y, h - 1) * stride;
            int r1 = Math.min(2 * y + 1, h - 1) * stride;
            int o = y * nw * bands;
            for (int x = 0; x < nw; x++) {
                int c0 = Math.min(2 * x, w - 1) * bands;
                int c1 = Math.min(2 * x + 1, w - 1) * bands;
                for (int b = 0; b < bands; b++) {
                    int sum = (src[r0 + c0 + b] & 0xff) + (src[r0 + c1 + b] & 0xff)
                            + (src[r1 + c0 + b] & 0xff) + (src[r1 + c1 + b] & 0xff);
                    dst[o++] = (byte) ((sum + 2) >> 2);
                }
            }
        }
        return out;
    }

    /** Halves while still at least twice the target, then scales bilinearly to exactly {@code tw × th}. */
    static BufferedImage scale(BufferedImage img, int tw, int th) {
        BufferedImage cur = img;
        while (cur.getWidth() >= 2 * tw && cur.getHeight() >= 2 * th) {
            cur = halve(cur);
        }
        if (cur.getWidth() == tw && cur.getHeight() == th) {
            return cur;
        }
        BufferedImage out = new BufferedImage(tw, th, cur.getType());
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(cur, 0, 0, tw, th, null);
        g.dispose();
        return out;
    }

    /** The image as EXIF orientation {@code o} (1–8) says it is meant to be seen. */
    static BufferedImage orient(BufferedImage img, int o) {
        if (o <= 1 || o > 8) {
            return img;
        }
        int w = img.getWidth();
        int h = img.getHeight();
        boolean swap = o >= 5;
        int dw = swap ? h : w;
        int dh = swap ? w : h;
        int bands = hasAlpha(img) ? 4 : 3;
        byte[] src = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(dw, dh, img.getType());
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int i = 0;
        for (int y = 0; y < dh; y++) {
            for (int x = 0; x < dw; x++) {
                int sx;
                int sy;
                switch (o) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; } // 8
                }
                int s = (sy * w + sx) * bands;
                for (int b = 0; b < bands; b++) {
                    dst[i++] = src[s + b];
                }
            }
        }
        return out;
    }

    /** The mean colour as {@code #rrggbb}. */
    static String averageColor(BufferedImage img) {
        int bands = hasAlpha(img) ? 4 : 3;
        int off = bands == 4 ? 1 : 0; // ABGR: skip alpha
        byte[] d = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        long b = 0;
        long g = 0;
        long r = 0;
        long n = (long) img.getWidth() * img.getHeight();
        for (int i = 0; i < d.length; i += bands) {
            b += d[i + off] & 0xff;
            g += d[i + off + 1] & 0xff;
            r += d[i + off + 2] & 0xff;
        }
        return String.format("#%02x%02x%02x", r / n, g / n, b / n);
    }
}
