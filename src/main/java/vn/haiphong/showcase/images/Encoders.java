package vn.haiphong.showcase.images;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Which encoders this machine offers: JPEG and WebP always (in-process), AVIF when libvips'
 * {@code vips} command is on the PATH (Debian: {@code libvips-tools}).
 */
public final class Encoders {
    private final String vipsVersion;
    private final String avifOff;

    private Encoders(String vipsVersion, String avifOff) {
        this.vipsVersion = vipsVersion;
        this.avifOff = avifOff;
    }

    /** Looks for {@code vips} on the PATH; AVIF is used only when {@code avif} is wanted and it is there. */
    public static Encoders detect(boolean avif) {
        if (!avif) {
            return new Encoders(null, "AVIF off (images.avif: false)");
        }
        String v = vipsVersion();
        return new Encoders(v, v == null ? "AVIF off (no `vips` on PATH; Debian: libvips-tools)" : null);
    }

    /** JPEG and WebP only. */
    public static Encoders withoutAvif() {
        return new Encoders(null, "AVIF off");
    }

    /** Whether AVIF variants are written. */
    public boolean avif() {
        return vipsVersion != null;
    }

    /** For the build log: {@code JPEG (JDK), WebP (libwebp), AVIF (vips 8.14.1)}. */
    public String describe() {
        return "JPEG (JDK ImageIO), WebP (libwebp)" + (avif() ? ", AVIF (" + vipsVersion + ")" : "; " + avifOff);
    }

    /** Encodes {@code img} (8-bit BGR or ABGR) as AVIF through {@code vips heifsave}. */
    byte[] avif(BufferedImage img, int quality, Path tmpDir) throws IOException {
        Files.createDirectories(tmpDir);
        Path in = Files.createTempFile(tmpDir, "avif", ".ppm");
        Path out = Files.createTempFile(tmpDir, "avif", ".avif");
        try {
            writePpm(img, in);
            List<String> cmd = List.of("vips", "heifsave", in.toString(), out.toString(), "--Q", String.valueOf(quality),
                    "--compression", "av1", "--effort", "2", "--strip");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] log = p.getInputStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroy();
                throw new IOException("vips heifsave failed: " + new String(log, StandardCharsets.UTF_8).strip());
            }
            return Files.readAllBytes(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while encoding AVIF", e);
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }

    /** Binary PPM: lossless, and read by vips without a codec. Transparency is dropped (AVIF sources are opaque here). */
    private static void writePpm(BufferedImage img, Path file) throws IOException {
        int w = img.getWidth();
        int h = img.getHeight();
        int bands = Raster.hasAlpha(img) ? 4 : 3;
        int off = bands == 4 ? 1 : 0;
        byte[] src = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        byte[] rgb = new byte[w * h * 3];
        for (int i = 0, o = 0; o < rgb.length; i += bands) {
            rgb[o++] = src[i + off + 2];
            rgb[o++] = src[i + off + 1];
            rgb[o++] = src[i + off];
        }
        try (OutputStream os = Files.newOutputStream(file)) {
            os.write(("P6\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            os.write(rgb);
        }
    }

    private static String vipsVersion() {
        try {
            Process p = new ProcessBuilder("vips", "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && v.startsWith("vips")) {
                return v.replace('-', ' ');
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
