import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes a deterministic, textured equirectangular panorama JPEG for the tiling benchmark:
 * sky-to-ground gradient, a grid every 10 degrees, and multi-octave value noise so the JPEG
 * codec has photo-like work to do. Same arguments, same bytes.
 *
 * Usage: java bench/PanoGen.java WIDTH OUT.jpg   (height = WIDTH / 2, JPEG quality 90)
 */
public final class PanoGen {
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java bench/PanoGen.java WIDTH OUT.jpg");
            System.exit(2);
        }
        int w = Integer.parseInt(args[0]);
        int h = w / 2;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        IntStream.range(0, h).parallel().forEach(y -> row(px, w, h, y));
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = writer.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(0.9f);
        Path out = Path.of(args[1]);
        Files.deleteIfExists(out);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out.toFile())) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, null), p);
        }
        writer.dispose();
    }

    private static void row(byte[] px, int w, int h, int y) {
        double pitch = 90 - (y + 0.5) * 180.0 / h;
        for (int x = 0; x < w; x++) {
            double yaw = (x + 0.5) * 360.0 / w - 180;
            // noise in a frame fixed to the sphere's surface, so the texture keeps its scale
            double cx = Math.cos(Math.toRadians(pitch));
            double n = noise(yaw * cx * 0.5, pitch * 0.5) * 0.5 + noise(yaw * cx * 3, pitch * 3) * 0.3
                    + noise(yaw * cx * 40, pitch * 40) * 0.2;
            double sky = pitch > 0 ? 1 : 0;
            double r = sky * (90 + pitch) + (1 - sky) * (120 + pitch) + 90 * n;
            double g = sky * (140 + pitch) + (1 - sky) * (100 - pitch) + 80 * n;
            double b = sky * (200 + pitch * 0.5) + (1 - sky) * (60 + pitch * 0.2) + 60 * n;
            double gx = Math.abs(yaw - Math.rint(yaw / 10) * 10) * cx;
            double gy = Math.abs(pitch - Math.rint(pitch / 10) * 10);
            if (gx < 0.08 || gy < 0.08) {
                r = g = b = 250;
            }
            int i = (y * w + x) * 3;
            px[i] = clamp(b);
            px[i + 1] = clamp(g);
            px[i + 2] = clamp(r);
        }
    }

    private static byte clamp(double v) {
        return (byte) Math.max(0, Math.min(255, (int) v));
    }

    /** Smooth value noise in [0, 1) on an integer lattice. */
    private static double noise(double x, double y) {
        int xi = (int) Math.floor(x);
        int yi = (int) Math.floor(y);
        double fx = x - xi;
        double fy = y - yi;
        fx = fx * fx * (3 - 2 * fx);
        fy = fy * fy * (3 - 2 * fy);
        double a = hash(xi, yi);
        double b = hash(xi + 1, yi);
        double c = hash(xi, yi + 1);
        double d = hash(xi + 1, yi + 1);
        return (a + (b - a) * fx) + ((c + (d - c) * fx) - (a + (b - a) * fx)) * fy;
    }

    private static double hash(int x, int y) {
        int h = x * 374761393 + y * 668265263;
        h = (h ^ (h >>> 13)) * 1274126177;
        return ((h ^ (h >>> 16)) & 0xffffff) / (double) 0x1000000;
    }
}
