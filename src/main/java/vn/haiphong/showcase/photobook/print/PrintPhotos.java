package vn.haiphong.showcase.photobook.print;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import vn.haiphong.showcase.images.PrintMaster;

/**
 * The photos as the book prints them: resampled down to the pixels their printed size needs at
 * {@link #PPI} (never up: a photo smaller than that keeps its own pixels and earns a warning),
 * JPEG at quality 90, cached in {@code .cache/print/photos/} by source hash and size, and shared
 * by the five editions.
 */
final class PrintPhotos {
    static final int PPI = 300;
    private static final float QUALITY = 0.9f;

    private final Path cacheDir;
    private final Map<String, byte[]> ready = new ConcurrentHashMap<>();

    PrintPhotos(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /**
     * The file's own pixel size as seen (the web pipeline's size is capped at its widest
     * variant); {@code w} × {@code h} when its header cannot be read.
     */
    static int[] pixelSize(Path file, int w, int h) {
        try {
            return PrintMaster.displaySize(file);
        } catch (IOException e) {
            return new int[]{w, h};
        }
    }

    /** The pixels a picture printed {@code mm} long needs at {@link #PPI}. */
    static int pixelsFor(float mm) {
        return (int) Math.ceil(mm / 25.4 * PPI);
    }

    /** The JPEG for {@code source} (content hash {@code hash}) at most {@code w} × {@code h} pixels. */
    byte[] jpeg(Path source, String hash, int srcW, int srcH, int w, int h) {
        int tw = Math.min(w, srcW);
        int th = Math.min(h, srcH);
        String key = hash + "-" + tw + "x" + th + ".jpg";
        return ready.computeIfAbsent(key, k -> {
            Path cached = cacheDir.resolve(k);
            try {
                if (Files.isRegularFile(cached)) {
                    return Files.readAllBytes(cached);
                }
                byte[] bytes = encode(source, tw, th);
                Files.createDirectories(cacheDir);
                Path tmp = Files.createTempFile(cacheDir, "photo", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return bytes;
            } catch (IOException e) {
                throw new UncheckedIOException("could not prepare " + source + " for print: " + e.getMessage(), e);
            }
        });
    }

    private static byte[] encode(Path source, int w, int h) throws IOException {
        BufferedImage src = PrintMaster.read(source, w, h);
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE); // transparent parts print on white paper
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(src, 0, 0, null);
        g.dispose();
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(ios);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(out, null, null), p);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
