package vn.haiphong.showcase.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcBlock;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

/**
 * Decoding and encoding. JPEG is read by TwelveMonkeys (CMYK, odd ICC profiles) and written by
 * the JDK's encoder; WebP is written by libwebp through webp-imageio. Encoders write pixels
 * only, so no EXIF (location, device) survives; {@link #withMetadata} then adds back caption,
 * credit and copyright as IPTC and XMP.
 */
final class Codecs {
    static {
        // ImageIO registers the codecs it finds through the system class loader, once. When the
        // generator runs in a class loader of its own (the Maven plugin's, a test harness's), the
        // TwelveMonkeys readers and the WebP writer beside it are invisible there: without them
        // JPEGs would decode through the JDK alone and WebP would fail. Register them from here.
        ClassLoader own = Codecs.class.getClassLoader();
        if (own != null && own != ClassLoader.getSystemClassLoader()) {
            Thread t = Thread.currentThread();
            ClassLoader before = t.getContextClassLoader();
            t.setContextClassLoader(own);
            try {
                ImageIO.scanForPlugins();
            } finally {
                t.setContextClassLoader(before);
            }
        }
    }

    private Codecs() {
    }

    /** A file we could not decode; the message is for the content team. */
    static final class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Decodes {@code file}, keeping every {@code subsample}-th pixel (1 = all) to bound memory for
     * very large sources. A truncated or corrupt file throws {@link Unreadable}.
     */
    static BufferedImage decode(Path file, int subsample) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean jpeg = name.endsWith(".jpg") || name.endsWith(".jpeg");
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader;
            if (jpeg) {
                reader = jpegReader();
            } else {
                Iterator<ImageReader> it = ImageIO.getImageReaders(in);
                if (!it.hasNext()) {
                    throw new Unreadable("not an image format we can read", null);
                }
                reader = it.next();
            }
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                if (subsample > 1) {
                    param.setSourceSubsampling(subsample, subsample, 0, 0);
                }
                BufferedImage img = reader.read(0, param);
                for (String w : warnings) {
                    String lw = w.toLowerCase(Locale.ROOT);
                    if (lw.contains("premature end") || lw.contains("corrupt") || lw.contains("truncat")) {
                        throw new Unreadable("the file is truncated or damaged (" + w + ")", null);
                    }
                }
                return Raster.normalize(img);
            } catch (Unreadable e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new Unreadable("cannot decode: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
            } finally {
                reader.dispose();
            }
        }
    }

    /** TwelveMonkeys' JPEG reader (registered through its service file), else the JDK's. */
    private static ImageReader jpegReader() throws IOException {
        Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName("jpeg");
        ImageReader first = null;
        while (it.hasNext()) {
            ImageReader r = it.next();
            if (r.getClass().getName().startsWith("com.twelvemonkeys.")) {
                if (first != null) {
                    first.dispose();
                }
                return r;
            }
            if (first == null) {
                first = r;
            } else {
                r.dispose();
            }
        }
        if (first == null) {
            throw new Unreadable("no JPEG decoder", null);
        }
        return first;
    }

    static byte[] jpeg(BufferedImage img, int quality) throws IOException {
        ImageWriter writer = jdkWriter("jpeg");
        ImageWriteParam p = writer.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(quality / 100f);
        return write(writer, img, p);
    }

    static byte[] png(BufferedImage img) throws IOException {
        ImageWriter writer = jdkWriter("png");
        return write(writer, img, writer.getDefaultWriteParam());
    }

    static byte[] webp(BufferedImage img, int quality) throws IOException {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByMIMEType("image/webp");
        if (!it.hasNext()) {
            throw new IOException("no WebP encoder: webp-imageio is missing from the class path");
        }
        ImageWriter writer = it.next();
        ImageWriteParam p = writer.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionType("Lossy");
        p.setCompressionQuality(quality / 100f);
        return write(writer, img, p);
    }

    private static byte[] write(ImageWriter writer, BufferedImage img, ImageWriteParam p) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(img.getWidth() * img.getHeight() / 4);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), p);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The JDK's own writer (not a plug-in's), for predictable output. */
    private static ImageWriter jdkWriter(String format) throws IOException {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(format);
        ImageWriter any = null;
        while (it.hasNext()) {
            ImageWriter w = it.next();
            if (w.getClass().getName().startsWith("com.sun.imageio.")) {
                return w;
            }
            any = any == null ? w : any;
        }
        if (any == null) {
            throw new IOException("no " + format + " encoder");
        }
        return any;
    }

    /** {@code jpeg} with caption, credit, copyright and creator as IPTC (APP13) and XMP (APP1). */
    static byte[] withMetadata(byte[] jpeg, PhotoMetadata m) throws IOException {
        if (m.isEmpty()) {
            return jpeg;
        }
        try {
            List<IptcRecord> records = new ArrayList<>();
            add(records, IptcTypes.CAPTION_ABSTRACT, m.caption());
            add(records, IptcTypes.CREDIT, m.credit());
            add(records, IptcTypes.COPYRIGHT_NOTICE, m.copyright());
            add(records, IptcTypes.BYLINE, m.creator());
            ByteArrayOutputStream withIptc = new ByteArrayOutputStream(jpeg.length + 1024);
            new JpegIptcRewriter().writeIptc(jpeg, withIptc, new PhotoshopApp13Data(records, new ArrayList<IptcBlock>(), true));
            ByteArrayOutputStream withXmp = new ByteArrayOutputStream(jpeg.length + 2048);
            new JpegXmpRewriter().updateXmpXml(withIptc.toByteArray(), withXmp, xmp(m));
            return withXmp.toByteArray();
        } catch (org.apache.commons.imaging.ImagingException e) {
            throw new IOException("cannot write metadata: " + e.getMessage(), e);
        }
    }

    private static void add(List<IptcRecord> records, IptcTypes type, String value) {
        if (!value.isEmpty()) {
            records.add(new IptcRecord(type, value));
        }
    }

    private static String xmp(PhotoMetadata m) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\"");
        if (!m.credit().isEmpty()) {
            sb.append(" photoshop:Credit=\"").append(esc(m.credit())).append('"');
        }
        sb.append('>');
        if (!m.caption().isEmpty()) {
            sb.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(m.caption()))
                    .append("</rdf:li></rdf:Alt></dc:description>");
        }
        if (!m.copyright().isEmpty()) {
            sb.append("<dc:rights><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(m.copyright()))
                    .append("</rdf:li></rdf:Alt></dc:rights>");
        }
        if (!m.creator().isEmpty()) {
            sb.append("<dc:creator><rdf:Seq><rdf:li>").append(esc(m.creator())).append("</rdf:li></rdf:Seq></dc:creator>");
        }
        sb.append("</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return new String(sb.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
