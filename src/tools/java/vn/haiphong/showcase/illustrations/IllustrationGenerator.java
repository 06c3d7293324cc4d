package vn.haiphong.showcase.illustrations;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcBlock;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Draws the default site's pictures: 64 illustrations (there are no real photos in this
 * repository) — the photo book's 48 and the VR360 exhibition's 16 ({@code tourism-*},
 * {@code people-*}) — 12 and 24 megapixel JPEGs that exercise the image pipeline the way camera
 * files do. Each carries IPTC caption, credit and copyright saying it is a generated
 * illustration; one ({@code port-01.jpg}) also has GPS and camera EXIF (which the site must never
 * publish), and one ({@code liberation-07.jpg}) is a portrait stored sideways with EXIF
 * orientation 6. Deterministic: the same version draws the same pixels. Run by Maven
 * ({@code process-classes}); files already drawn by this version are kept.
 *
 * <p>Usage: {@code IllustrationGenerator OUT_DIR}
 */
public final class IllustrationGenerator {
    /**
     * Bump when any existing picture changes, so existing copies are redrawn. Adding pictures needs
     * no bump: a missing file is always drawn.
     */
    static final int VERSION = 3;
    static final String CREDIT = "Illustration: Hai Phong Showcase (generated)";
    static final String COPYRIGHT = "Generated illustration, Hai Phong Showcase. Free to reuse (CC0).";

    private IllustrationGenerator() {
    }

    /** One picture: its file name, size, seed and what it shows (the English caption in its metadata). */
    record Shot(String name, int width, int height, String caption) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: IllustrationGenerator OUT_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Path stamp = out.resolve(".version");
        String want = "illustrations " + VERSION + "\n";
        boolean current = Files.isRegularFile(stamp) && Files.readString(stamp).equals(want);
        List<Shot> todo = new ArrayList<>();
        for (Shot s : Scenes.SHOTS) {
            if (!current || !Files.isRegularFile(out.resolve(s.name()))) {
                todo.add(s);
            }
        }
        if (todo.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        todo.parallelStream().forEach(s -> {
            try {
                Path tmp = Files.createTempFile(out, s.name(), ".tmp");
                Files.write(tmp, render(s));
                Files.move(tmp, out.resolve(s.name()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Files.writeString(stamp, want, StandardCharsets.UTF_8);
        System.out.printf("illustrations: drew %d pictures into %s in %.1f s%n", todo.size(), out, (System.nanoTime() - t0) / 1e9);
    }

    /** The JPEG file of {@code s}, metadata included. */
    static byte[] render(Shot s) throws IOException {
        boolean sideways = s.name().equals(Scenes.PORTRAIT);
        BufferedImage img = Scenes.paint(s);
        if (sideways) {
            img = rotateLeft(img); // stored on its side; EXIF orientation 6 turns it upright
        }
        byte[] jpeg = encode(img, 0.9f);
        List<IptcRecord> iptc = List.of(new IptcRecord(IptcTypes.CAPTION_ABSTRACT, "Illustration: " + s.caption()),
                new IptcRecord(IptcTypes.CREDIT, CREDIT), new IptcRecord(IptcTypes.COPYRIGHT_NOTICE, COPYRIGHT),
                new IptcRecord(IptcTypes.BYLINE, "Hai Phong Showcase illustration generator"));
        ByteArrayOutputStream withIptc = new ByteArrayOutputStream(jpeg.length + 4096);
        new JpegIptcRewriter().writeIptc(jpeg, withIptc, new PhotoshopApp13Data(iptc, new ArrayList<IptcBlock>(), true));
        TiffOutputSet exif = new TiffOutputSet();
        TiffOutputDirectory root = exif.getOrCreateRootDirectory();
        root.add(TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION, "Illustration: " + s.caption());
        root.add(TiffTagConstants.TIFF_TAG_COPYRIGHT, COPYRIGHT);
        root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) (sideways ? 6 : 1));
        if (s.name().equals(Scenes.WITH_GPS)) {
            // what a phone would write: where and with what it was taken (the site must strip this)
            root.add(TiffTagConstants.TIFF_TAG_MAKE, "ExampleCam");
            root.add(TiffTagConstants.TIFF_TAG_MODEL, "EC-24 (test metadata)");
            exif.setGpsInDegrees(106.7925, 20.8290); // longitude, latitude: Lach Huyen port
        }
        ByteArrayOutputStream withExif = new ByteArrayOutputStream(jpeg.length + 8192);
        new ExifRewriter().updateExifMetadataLossless(withIptc.toByteArray(), withExif, exif);
        return withExif.toByteArray();
    }

    private static BufferedImage rotateLeft(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        BufferedImage out = new BufferedImage(h, w, BufferedImage.TYPE_3BYTE_BGR);
        byte[] src = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        // out(x, y) = in(w - 1 - y, x)
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < h; x++) {
                int s = (x * w + (w - 1 - y)) * 3;
                int d = (y * h + x) * 3;
                dst[d] = src[s];
                dst[d + 1] = src[s + 1];
                dst[d + 2] = src[s + 2];
            }
        }
        return out;
    }

    private static byte[] encode(BufferedImage img, float quality) throws IOException {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = null;
        while (it.hasNext()) {
            ImageWriter w = it.next();
            if (writer == null || w.getClass().getName().startsWith("com.sun.imageio.")) {
                writer = w;
            }
        }
        if (writer == null) {
            throw new IOException("no JPEG encoder");
        }
        ImageWriteParam p = writer.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(quality);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(img.getWidth() * img.getHeight() / 3);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), p);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    static Color c(int rgb) {
        return new Color(rgb);
    }
}
