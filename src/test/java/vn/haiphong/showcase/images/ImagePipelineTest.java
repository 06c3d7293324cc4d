package vn.haiphong.showcase.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.config.ImageOptions;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.errors.ContentErrors;

class ImagePipelineTest {
    static final ForkJoinPool POOL = new ForkJoinPool(2);

    @TempDir
    Path tmp;

    @AfterAll
    static void stop() {
        POOL.shutdown();
    }

    private ImagePipeline pipeline(Encoders encoders) {
        return new ImagePipeline(ImageOptions.DEFAULT, encoders, tmp.resolve("cache"));
    }

    private ImageSet run(ImagePipeline p, Path file, String url, ContentErrors errors) {
        return p.process(List.of(new ImagePipeline.Source(file, url)), errors, POOL, null);
    }

    @Test
    void variantsDecodeAtTheConfiguredWidthsWithoutLocationOrDeviceData() throws Exception {
        Path src = tmp.resolve("photos/harbour.jpg");
        TestImages.write(src, TestImages.cameraJpeg(3000, 2000, 1, true));
        assertNotNull(ImageMetadataReader.readMetadata(src.toFile()).getFirstDirectoryOfType(GpsDirectory.class),
                "the source has GPS");
        ContentErrors errors = new ContentErrors();
        Encoders encoders = Encoders.detect(true);
        ResponsiveImage img = run(pipeline(encoders), src, "/photos/harbour.jpg", errors).get("/photos/harbour.jpg");
        assertTrue(errors.isEmpty(), errors.sorted().toString());
        assertEquals(2400, img.width());
        assertEquals(1600, img.height());
        List<Variant.Format> formats = encoders.avif()
                ? List.of(Variant.Format.AVIF, Variant.Format.WEBP, Variant.Format.JPEG)
                : List.of(Variant.Format.WEBP, Variant.Format.JPEG);
        assertEquals(formats, img.formats());
        assertEquals(formats.size() * 4, img.variants().size());
        for (Variant v : img.variants()) {
            assertTrue(Arrays.asList(480, 960, 1600, 2400).contains(v.width()), v.toString());
            assertEquals(v.width() * 2 / 3, v.height(), 1, v.toString());
            assertTrue(v.url().matches("/photos/harbour\\.\\d+\\.(jpg|webp|avif)"), v.url());
            if (v.format() != Variant.Format.AVIF) { // no AVIF decoder in the JDK
                BufferedImage decoded = ImageIO.read(v.file().toFile());
                assertNotNull(decoded, "decodable: " + v.url());
                assertEquals(v.width(), decoded.getWidth());
                assertEquals(v.height(), decoded.getHeight());
            }
            Metadata md = ImageMetadataReader.readMetadata(v.file().toFile());
            assertNull(md.getFirstDirectoryOfType(GpsDirectory.class), "no GPS in " + v.url());
            ExifIFD0Directory exif = md.getFirstDirectoryOfType(ExifIFD0Directory.class);
            assertTrue(exif == null || !exif.containsTag(ExifIFD0Directory.TAG_MAKE), "no camera make in " + v.url());
            if (v.format() == Variant.Format.JPEG) {
                IptcDirectory iptc = md.getFirstDirectoryOfType(IptcDirectory.class);
                assertNotNull(iptc, "IPTC kept in " + v.url());
                assertEquals("Cảng Hải Phòng lúc bình minh", iptc.getString(IptcDirectory.TAG_CAPTION, "UTF-8"));
                assertEquals("Test Credit", iptc.getString(IptcDirectory.TAG_CREDIT, "UTF-8"));
            }
        }
        assertEquals("Cảng Hải Phòng lúc bình minh", img.metadata().caption());
        assertTrue(img.placeholder().startsWith("data:image/png;base64,"));
        assertTrue(img.color().matches("#[0-9a-f]{6}"));
    }

    @Test
    void smallImagesAreNeverEnlarged() throws Exception {
        Path src = tmp.resolve("small.jpg");
        TestImages.write(src, TestImages.cameraJpeg(700, 500, 1, false));
        ContentErrors errors = new ContentErrors();
        ResponsiveImage img = run(pipeline(Encoders.withoutAvif()), src, "/small.jpg", errors).get("/small.jpg");
        assertEquals(List.of(480, 700, 480, 700), img.variants().stream().map(Variant::width).toList());
        assertEquals(700, img.width());
    }

    @Test
    void exifOrientationIsApplied() throws Exception {
        Path src = tmp.resolve("portrait.jpg");
        // stored 800 × 600, left half red; orientation 6 = turn 90° clockwise to view
        TestImages.write(src, TestImages.cameraJpeg(800, 600, 6, false));
        ContentErrors errors = new ContentErrors();
        ResponsiveImage img = run(pipeline(Encoders.withoutAvif()), src, "/portrait.jpg", errors).get("/portrait.jpg");
        assertEquals(600, img.width());
        assertEquals(800, img.height());
        Variant jpeg = img.variants().stream().filter(v -> v.format() == Variant.Format.JPEG && v.width() == 600).findFirst().orElseThrow();
        BufferedImage d = ImageIO.read(jpeg.file().toFile());
        assertEquals(600, d.getWidth());
        int top = d.getRGB(300, 100);
        int bottom = d.getRGB(300, 700);
        assertTrue((top >> 16 & 0xff) > 200 && (top & 0xff) < 80, "the stored left (red) is now on top: " + Integer.toHexString(top));
        assertTrue((bottom & 0xff) > 200, "blue at the bottom: " + Integer.toHexString(bottom));
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() throws Exception {
        Path src = tmp.resolve("bomb.jpg");
        TestImages.write(src, TestImages.bombJpeg(20000, 20000));
        ContentErrors errors = new ContentErrors();
        ImageSet set = run(pipeline(Encoders.withoutAvif()), src, "/bomb.jpg", errors);
        assertNull(set.get("/bomb.jpg"));
        List<ContentError> all = errors.sorted();
        assertEquals(1, all.size(), all.toString());
        assertEquals(src, all.get(0).path());
        assertTrue(all.get(0).message().contains("20000 × 20000") && all.get(0).message().contains("limit of 100"), all.get(0).message());
    }

    @Test
    void truncatedAndUnreadableFilesAreContentErrorsNamingTheFile() throws Exception {
        byte[] full = TestImages.cameraJpeg(1200, 800, 1, false);
        Path cut = tmp.resolve("cut.jpg");
        TestImages.write(cut, Arrays.copyOf(full, full.length / 2));
        Path junk = tmp.resolve("junk.jpg");
        TestImages.write(junk, "this is not a picture".getBytes());
        ContentErrors errors = new ContentErrors();
        ImageSet set = pipeline(Encoders.withoutAvif()).process(List.of(new ImagePipeline.Source(cut, "/cut.jpg"),
                new ImagePipeline.Source(junk, "/junk.jpg")), errors, POOL, null);
        assertEquals(0, set.size());
        List<ContentError> all = errors.sorted();
        assertEquals(2, all.size(), all.toString());
        assertEquals(cut, all.get(0).path());
        assertTrue(all.get(0).message().contains("truncated"), all.get(0).message());
        assertEquals(junk, all.get(1).path());
        assertTrue(all.get(1).message().startsWith("cannot read this image"), all.get(1).message());
    }

    @Test
    void theCacheMeansASecondRunEncodesNothing() throws Exception {
        Path src = tmp.resolve("a.jpg");
        TestImages.write(src, TestImages.cameraJpeg(1000, 800, 1, true));
        ImagePipeline first = pipeline(Encoders.withoutAvif());
        ResponsiveImage one = run(first, src, "/a.jpg", new ContentErrors()).get("/a.jpg");
        assertEquals(1, first.stats().encoded());
        first.saveCache();
        byte[] before = Files.readAllBytes(one.variants().get(0).file());

        ImagePipeline second = pipeline(Encoders.withoutAvif()); // a new build: only the disk cache is shared
        ResponsiveImage two = run(second, src, "/a.jpg", new ContentErrors()).get("/a.jpg");
        assertEquals(0, second.stats().encoded());
        assertEquals(1, second.stats().reused());
        assertEquals(one, two);
        assertTrue(Arrays.equals(before, Files.readAllBytes(two.variants().get(0).file())));

        // same bytes under another name: content-addressed, still no encoding
        Path copy = tmp.resolve("elsewhere/b.jpg");
        TestImages.write(copy, Files.readAllBytes(src));
        ImagePipeline third = pipeline(Encoders.withoutAvif());
        assertNotNull(run(third, copy, "/elsewhere/b.jpg", new ContentErrors()).get("/elsewhere/b.jpg"));
        assertEquals(0, third.stats().encoded());
        assertFalse(third.stats().reused() == 0);
    }
}
