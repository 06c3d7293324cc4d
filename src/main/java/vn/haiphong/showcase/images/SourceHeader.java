package vn.haiphong.showcase.images;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.webp.WebpDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What the header of an image file says, read without decoding a pixel: stored size, EXIF
 * orientation and the caption/credit/copyright we keep. The pixel limit is checked on this.
 *
 * @param width       stored width (before orientation)
 * @param height      stored height
 * @param orientation EXIF orientation 1–8 (1 when absent)
 */
record SourceHeader(int width, int height, int orientation, PhotoMetadata metadata) {

    /** Width after the orientation is applied. */
    int displayWidth() {
        return orientation >= 5 ? height : width;
    }

    int displayHeight() {
        return orientation >= 5 ? width : height;
    }

    /** Reads the header; throws {@link IOException} with a readable message when the file is not an image we can read. */
    static SourceHeader read(Path file) throws IOException {
        Metadata md;
        try (InputStream in = Files.newInputStream(file)) {
            md = ImageMetadataReader.readMetadata(in, Files.size(file));
        } catch (ImageProcessingException | RuntimeException e) {
            throw new IOException("not a readable image (" + e.getMessage() + ")", e);
        }
        int w = 0;
        int h = 0;
        JpegDirectory jpeg = md.getFirstDirectoryOfType(JpegDirectory.class);
        PngDirectory png = md.getFirstDirectoryOfType(PngDirectory.class);
        WebpDirectory webp = md.getFirstDirectoryOfType(WebpDirectory.class);
        if (jpeg != null) {
            w = intOf(jpeg, JpegDirectory.TAG_IMAGE_WIDTH);
            h = intOf(jpeg, JpegDirectory.TAG_IMAGE_HEIGHT);
        } else if (png != null) {
            w = intOf(png, PngDirectory.TAG_IMAGE_WIDTH);
            h = intOf(png, PngDirectory.TAG_IMAGE_HEIGHT);
        } else if (webp != null) {
            w = intOf(webp, WebpDirectory.TAG_IMAGE_WIDTH);
            h = intOf(webp, WebpDirectory.TAG_IMAGE_HEIGHT);
        }
        if (w <= 0 || h <= 0) {
            int[] size = sizeFromReader(file);
            w = size[0];
            h = size[1];
        }
        ExifIFD0Directory exif = md.getFirstDirectoryOfType(ExifIFD0Directory.class);
        int orientation = exif != null ? intOf(exif, ExifIFD0Directory.TAG_ORIENTATION) : 1;
        if (orientation < 1 || orientation > 8) {
            orientation = 1;
        }
        return new SourceHeader(w, h, orientation, metadata(md, exif));
    }

    private static PhotoMetadata metadata(Metadata md, ExifIFD0Directory exif) {
        IptcDirectory iptc = md.getFirstDirectoryOfType(IptcDirectory.class);
        Map<String, String> xmp = Map.of();
        XmpDirectory x = md.getFirstDirectoryOfType(XmpDirectory.class);
        if (x != null) {
            xmp = x.getXmpProperties();
        }
        String caption = first(str(iptc, IptcDirectory.TAG_CAPTION), xmp.get("dc:description[1]"),
                str(exif, ExifIFD0Directory.TAG_IMAGE_DESCRIPTION));
        String credit = first(str(iptc, IptcDirectory.TAG_CREDIT), xmp.get("photoshop:Credit"));
        String copyright = first(str(iptc, IptcDirectory.TAG_COPYRIGHT_NOTICE), xmp.get("dc:rights[1]"),
                str(exif, ExifIFD0Directory.TAG_COPYRIGHT));
        String creator = first(str(iptc, IptcDirectory.TAG_BY_LINE), xmp.get("dc:creator[1]"),
                str(exif, ExifIFD0Directory.TAG_ARTIST));
        return new PhotoMetadata(caption, credit, copyright, creator);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static String str(Directory d, int tag) {
        return d == null ? null : d.getString(tag, "UTF-8");
    }

    private static int intOf(Directory d, int tag) {
        Integer i = d.getInteger(tag);
        return i == null ? 0 : i;
    }

    private static int[] sizeFromReader(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("not an image format we can read");
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in, true, true);
                return new int[] {r.getWidth(0), r.getHeight(0)};
            } finally {
                r.dispose();
            }
        }
    }
}
