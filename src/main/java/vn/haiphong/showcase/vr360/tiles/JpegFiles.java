package vn.haiphong.showcase.vr360.tiles;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Writes baseline JPEGs (4:2:0, no metadata beyond JFIF) with the JDK's encoder. */
public final class JpegFiles {
    /** The DESIGN's tile quality. */
    static final float QUALITY = 0.75f;

    private JpegFiles() {
    }

    /** Encodes {@code image} at {@code quality} (0..1) into {@code file}, creating its folder. */
    public static void write(BufferedImage image, float quality, Path file) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try (FileImageOutputStream out = new FileImageOutputStream(file.toFile())) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
    }

    /** Encodes {@code image} like {@link #write} and returns the bytes (for {@link Warmup}). */
    static byte[] encode(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), p);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }
}
