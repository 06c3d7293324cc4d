package vn.haiphong.showcase.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcBlock;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Small camera-like JPEGs for tests: GPS, device EXIF, orientation and IPTC caption/credit as asked. */
public final class TestImages {
    private TestImages() {
    }

    /** A JPEG whose left half is red and right half blue, with the metadata a phone would write. */
    public static byte[] cameraJpeg(int w, int h, int orientation, boolean gps) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, w / 2, h);
        g.setColor(Color.BLUE);
        g.fillRect(w / 2, 0, w - w / 2, h);
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", plain);
        List<IptcRecord> iptc = List.of(new IptcRecord(IptcTypes.CAPTION_ABSTRACT, "Cảng Hải Phòng lúc bình minh"),
                new IptcRecord(IptcTypes.CREDIT, "Test Credit"), new IptcRecord(IptcTypes.COPYRIGHT_NOTICE, "© Test"));
        ByteArrayOutputStream withIptc = new ByteArrayOutputStream();
        try {
            new JpegIptcRewriter().writeIptc(plain.toByteArray(), withIptc, new PhotoshopApp13Data(iptc, new ArrayList<IptcBlock>(), true));
            TiffOutputSet exif = new TiffOutputSet();
            var root = exif.getOrCreateRootDirectory();
            root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
            root.add(TiffTagConstants.TIFF_TAG_MAKE, "TestMake");
            root.add(TiffTagConstants.TIFF_TAG_MODEL, "TestModel");
            if (gps) {
                exif.setGpsInDegrees(106.6881, 20.8449);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(withIptc.toByteArray(), out, exif);
            return out.toByteArray();
        } catch (org.apache.commons.imaging.ImagingException e) {
            throw new IOException(e);
        }
    }

    /** A valid small JPEG whose header claims {@code w × h} pixels (a decompression bomb's trick). */
    public static byte[] bombJpeg(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_3BYTE_BGR);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", out);
        byte[] b = out.toByteArray();
        for (int i = 2; i + 8 < b.length; i++) {
            if ((b[i] & 0xff) == 0xff && (b[i + 1] & 0xff) == 0xc0) { // SOF0: length(2) precision(1) height(2) width(2)
                b[i + 5] = (byte) (h >> 8);
                b[i + 6] = (byte) h;
                b[i + 7] = (byte) (w >> 8);
                b[i + 8] = (byte) w;
                return b;
            }
        }
        throw new IllegalStateException("no SOF0 marker");
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
