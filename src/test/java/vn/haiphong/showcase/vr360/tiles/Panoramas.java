package vn.haiphong.showcase.vr360.tiles;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Synthetic equirects with marks at known directions, and the measurements the tests make on faces. */
public final class Panoramas {
    private Panoramas() {
    }

    /** A coloured disc of {@code radiusDeg} around (yaw, pitch), in degrees. */
    record Mark(double yawDeg, double pitchDeg, Color color, double radiusDeg) {
        double[] direction() {
            double yaw = Math.toRadians(yawDeg);
            double pitch = Math.toRadians(pitchDeg);
            return new double[] {Math.cos(pitch) * Math.cos(yaw), Math.cos(pitch) * Math.sin(yaw), Math.sin(pitch)};
        }
    }

    /** A {@code width} × width/2 equirect: a soft grey gradient by pitch with the marks on top. */
    public static BufferedImage synthetic(int width, Mark... marks) {
        int height = width / 2;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        double[][] dirs = new double[marks.length][];
        for (int m = 0; m < marks.length; m++) {
            dirs[m] = marks[m].direction();
        }
        for (int y = 0; y < height; y++) {
            double pitch = Math.PI / 2 - (y + 0.5) * Math.PI / height;
            int grey = (int) (100 + 40 * Math.sin(pitch));
            int bg = new Color(grey, grey, grey).getRGB();
            for (int x = 0; x < width; x++) {
                double yaw = (x + 0.5) * 2 * Math.PI / width - Math.PI;
                double[] d = {Math.cos(pitch) * Math.cos(yaw), Math.cos(pitch) * Math.sin(yaw), Math.sin(pitch)};
                int rgb = bg;
                for (int m = 0; m < marks.length; m++) {
                    double dot = d[0] * dirs[m][0] + d[1] * dirs[m][1] + d[2] * dirs[m][2];
                    if (Math.acos(Math.min(1, dot)) <= Math.toRadians(marks[m].radiusDeg())) {
                        rgb = marks[m].color().getRGB();
                    }
                }
                img.setRGB(x, y, rgb);
            }
        }
        return img;
    }

    /**
     * Where a direction lands on a face in the standard orientation, in pixel coordinates of a
     * {@code size} face (0..size, pixel centres at +0.5), or null when it is not on that face.
     */
    public static double[] expectedPixel(CubeFace face, double[] d, int size) {
        double[] n = face.direction(0, 0);
        double[] ea = minus(face.direction(1, 0), n);
        double[] eb = minus(face.direction(0, 1), n);
        double along = dot(d, n);
        if (along <= 0) {
            return null;
        }
        double a = dot(d, ea) / along;
        double b = dot(d, eb) / along;
        if (Math.abs(a) > 1 || Math.abs(b) > 1) {
            return null;
        }
        return new double[] {(a + 1) / 2 * size, (b + 1) / 2 * size};
    }

    private static double[] minus(double[] p, double[] q) {
        return new double[] {p[0] - q[0], p[1] - q[1], p[2] - q[2]};
    }

    private static double dot(double[] p, double[] q) {
        return p[0] * q[0] + p[1] * q[1] + p[2] * q[2];
    }

    /** Centre (x + 0.5, y + 0.5) of the pixels within {@code tolerance} of {@code color}, or null if none. */
    public static double[] centroid(BufferedImage img, Color color, int tolerance) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        int w = img.getWidth();
        int[] px = img.getRGB(0, 0, w, img.getHeight(), null, 0, w);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < w; x++) {
                int p = px[y * w + x];
                if (Math.abs((p >> 16 & 0xff) - color.getRed()) <= tolerance && Math.abs((p >> 8 & 0xff) - color.getGreen()) <= tolerance
                        && Math.abs((p & 0xff) - color.getBlue()) <= tolerance) {
                    sx += x + 0.5;
                    sy += y + 0.5;
                    n++;
                }
            }
        }
        return n == 0 ? null : new double[] {sx / n, sy / n};
    }

    /** Mean absolute difference of the grey levels of two images of the same size. */
    public static double meanAbsoluteGreyDifference(BufferedImage p, BufferedImage q) {
        int w = p.getWidth();
        int h = p.getHeight();
        int[] a = p.getRGB(0, 0, w, h, null, 0, w);
        int[] b = q.getRGB(0, 0, w, h, null, 0, w);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(grey(a[i]) - grey(b[i]));
        }
        return sum / a.length;
    }

    private static double grey(int rgb) {
        return 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
    }

    /** Area-averaged copy at {@code size} × {@code size} (for shrinking square images). */
    public static BufferedImage scaled(BufferedImage img, int size) {
        int n = img.getWidth();
        int[] px = img.getRGB(0, 0, n, n, null, 0, n);
        double[][] rgb = new double[3][size * n];
        // vertical: source row y covers [y, y + 1) × size / n of the output rows
        for (int y = 0; y < n; y++) {
            double lo = (double) y * size / n;
            double hi = (double) (y + 1) * size / n;
            for (int o = (int) lo; o < size && o < hi; o++) {
                double w = Math.min(hi, o + 1) - Math.max(lo, o);
                for (int x = 0; x < n; x++) {
                    int p = px[y * n + x];
                    rgb[0][o * n + x] += w * (p >> 16 & 0xff);
                    rgb[1][o * n + x] += w * (p >> 8 & 0xff);
                    rgb[2][o * n + x] += w * (p & 0xff);
                }
            }
        }
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_3BYTE_BGR);
        for (int o = 0; o < size; o++) {
            double[] acc = new double[3 * size];
            for (int x = 0; x < n; x++) {
                double lo = (double) x * size / n;
                double hi = (double) (x + 1) * size / n;
                for (int q = (int) lo; q < size && q < hi; q++) {
                    double w = Math.min(hi, q + 1) - Math.max(lo, q);
                    for (int c = 0; c < 3; c++) {
                        acc[q * 3 + c] += w * rgb[c][o * n + x];
                    }
                }
            }
            int[] line = new int[size];
            for (int q = 0; q < size; q++) {
                int r = (int) Math.round(Math.min(255, acc[q * 3]));
                int g = (int) Math.round(Math.min(255, acc[q * 3 + 1]));
                int b = (int) Math.round(Math.min(255, acc[q * 3 + 2]));
                line[q] = r << 16 | g << 8 | b;
            }
            out.setRGB(0, o, size, 1, line, 0, size);
        }
        return out;
    }

    /** A copy turned by half a turn. */
    public static BufferedImage halfTurned(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(w - 1 - x, h - 1 - y, img.getRGB(x, y));
            }
        }
        return out;
    }

    /** A copy turned a quarter turn clockwise (a square image). */
    public static BufferedImage quarterTurned(BufferedImage img) {
        int n = img.getWidth();
        BufferedImage out = new BufferedImage(n, n, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                out.setRGB(n - 1 - y, x, img.getRGB(x, y));
            }
        }
        return out;
    }

    /** A copy mirrored left to right. */
    public static BufferedImage mirrored(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(w - 1 - x, y, img.getRGB(x, y));
            }
        }
        return out;
    }

    public static BufferedImage read(Path file) {
        try {
            BufferedImage img = ImageIO.read(file.toFile());
            if (img == null) {
                throw new IOException("not an image: " + file);
            }
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeJpeg(BufferedImage img, Path file) {
        try {
            if (!ImageIO.write(img, "jpg", file.toFile())) {
                throw new IOException("no JPEG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Photo Sphere Viewer 5's mapping from a cube-face texture pixel to yaw and pitch (radians),
     * transcribed from {@code textureCoordsToSphericalCoords} in
     * packages/cubemap-adapter/src/CubemapAdapter.ts (github.com/mistic100/Photo-Sphere-Viewer),
     * with {@code flipTopBottom} false: what the viewer will show at each pixel of our tiles.
     */
    public static double[] psvYawPitch(String face, double textureX, double textureY, int faceSize) {
        double u = 2 * (textureX / faceSize - 0.5);
        double v = 2 * (textureY / faceSize - 0.5);
        double[] xyz = switch (face) {
            case "front" -> new double[] {1, u, v};
            case "right" -> new double[] {-u, 1, v};
            case "left" -> new double[] {u, -1, v};
            case "back" -> new double[] {-1, -u, v};
            case "bottom" -> new double[] {v, -u, 1};
            case "top" -> new double[] {-v, -u, -1};
            default -> throw new IllegalArgumentException(face);
        };
        double dv = Math.sqrt(xyz[0] * xyz[0] + xyz[1] * xyz[1] + xyz[2] * xyz[2]);
        return new double[] {Math.atan2(xyz[1] / dv, xyz[0] / dv), -Math.asin(xyz[2] / dv)};
    }
}
