package vn.haiphong.showcase.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.haiphong.showcase.testing.Fixtures.read;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.images.TestImages;
import vn.haiphong.showcase.testing.Fixtures;

/** Images through whole builds: the default site's photo book, and Markdown images in a small site. */
class ImagesSiteTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path tmp;

    @Test
    void theDefaultSitePublishesNoLocationDataAndRebuildsWithoutEncoding() throws Exception {
        Path site = Fixtures.defaultSite(tmp);
        noCdn(site); // this test reads variants by their names; the CDN stage would add hashes
        List<String> log = new ArrayList<>();
        SiteBuild build = SiteBuild.once().log(log::add, null);
        BuildResult r = build.run(new BuildOptions(site, null, null, false, TODAY));
        assertTrue(r.ok(), r.errors().toString());
        assertTrue(log.get(0).startsWith("images: encoders JPEG"), log.toString());
        Path out = site.resolve("output");
        List<Path> published;
        try (Stream<Path> s = Files.walk(out)) {
            published = s.filter(p -> p.toString().matches(".*\\.(jpe?g|webp|avif|png)$")).toList();
        }
        assertTrue(published.size() >= 48 * 8, "variants of the 48 photos: " + published.size());
        for (Path p : published) {
            Metadata md = ImageMetadataReader.readMetadata(p.toFile());
            assertNull(md.getFirstDirectoryOfType(GpsDirectory.class), "GPS in " + p);
            ExifIFD0Directory exif = md.getFirstDirectoryOfType(ExifIFD0Directory.class);
            assertTrue(exif == null || !exif.containsTag(ExifIFD0Directory.TAG_MODEL), "camera model in " + p);
        }
        // the original with GPS is not published as it is
        assertFalse(Files.exists(out.resolve("photos/illustrations/port-01.jpg")));
        var gpsVariant = ImageIO.read(out.resolve("photos/illustrations/port-01.2400.jpg").toFile());
        assertEquals(2400, gpsVariant.getWidth());
        assertEquals(1600, gpsVariant.getHeight());
        // the portrait stored sideways is published upright
        var portrait = ImageIO.read(out.resolve("photos/illustrations/liberation-07.960.jpg").toFile());
        assertEquals(960, portrait.getWidth());
        assertEquals(1280, portrait.getHeight());

        String chapter = read(out.resolve("en/photobook/01-liberation-1955/index.html"));
        assertTrue(chapter.contains("<source type=\"image/webp\" srcset=\"/photos/illustrations/liberation-01.480.webp 480w,"), chapter);
        assertTrue(java.util.regex.Pattern.compile("width=\"2400\" height=\"1600\" alt=\"Illustration: soldiers in pith helmets march along a street of French-era shophouses between crowds holding flags\""
                + " class=\"ph-[0-9a-f]{12}\" fetchpriority=\"high\"").matcher(chapter).find(), chapter);
        assertFalse(chapter.contains(" style=\""), "no inline styles: the Content-Security-Policy refuses them");
        assertTrue(chapter.contains("<link rel=\"stylesheet\" href=\"/css/pictures.css\">"));
        assertTrue(read(out.resolve("css/pictures.css")).contains("{background:#"));
        assertEquals(7, chapter.split("loading=\"lazy\" decoding=\"async\"", -1).length - 1, "all but the first photo load lazily");
        assertTrue(chapter.contains("<figcaption><span class=\"photo-number\">1.</span> 13 May 1955: the People"), chapter);
        // the credit all eight illustrations share is said once for the chapter, not under every photo
        assertEquals(1, chapter.split("<p class=\"chapter-credit\">Computer-generated illustration – Hai Phong Showcase</p>", -1).length - 1, chapter);
        assertFalse(chapter.contains("class=\"photo-credit\""), "no credit repeated under each photo");
        assertTrue(chapter.contains("rel=\"next\" href=\"/en/photobook/02-port-logistics/\""));
        assertTrue(chapter.contains("<script type=\"module\" src=\"/js/lightbox."));
        String index = read(out.resolve("zh/photobook/index.html"));
        assertEquals(6, index.split("class=\"chapter-card\"", -1).length - 1);

        SiteBuild again = SiteBuild.once();
        assertTrue(again.run(new BuildOptions(site, null, null, false, TODAY)).ok());
        assertEquals(68, again.imageStats().images(),
                "64 illustrations (photo book and exhibition), the posters of the exhibition's 3 wall videos and the link-preview picture");
        assertEquals(0, again.imageStats().encoded(), "a rebuild of unchanged photos encodes nothing");
    }

    private static void noCdn(Path site) throws java.io.IOException {
        Path yaml = site.resolve("site.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceAll("(?m)^cdn:.*$", "") + "\ncdn: false\n");
    }

    @Test
    void markdownImagesBecomePicturesAndBrokenOnesAreErrors() throws Exception {
        Path site = Fixtures.site("mini", tmp);
        noCdn(site);
        TestImages.write(site.resolve("assets/photos/harbour.jpg"), TestImages.cameraJpeg(1200, 800, 1, true));
        TestImages.write(site.resolve("content/en/harbour-detail.jpg"), TestImages.cameraJpeg(600, 400, 1, false));
        Fixtures.write(site.resolve("content/en/gallery.md"), """
                ---
                title: Gallery
                ---
                ![The harbour at dawn](/photos/harbour.jpg)

                Inline ![a detail](harbour-detail.jpg) and a decorative dot ![](/img/dot.svg){.decorative}.
                """);
        BuildResult r = SiteBuild.once().run(new BuildOptions(site, null, null, false, TODAY));
        assertTrue(r.ok(), r.errors().toString());
        String html = read(site.resolve("output/en/gallery/index.html"));
        assertTrue(html.contains("<figure class=\"figure\"><picture><source type=\"image/"), html);
        assertTrue(html.matches("(?s).*alt=\"The harbour at dawn\" class=\"ph-[0-9a-f]{12}\" fetchpriority=\"high\".*"), html);
        assertTrue(html.contains("<figcaption>Cảng Hải Phòng lúc bình minh <span class=\"photo-credit\">Test Credit</span></figcaption>"),
                "caption and credit from the photo's own metadata: " + html);
        assertTrue(html.contains("src=\"/en/harbour-detail.600.jpg\"") && html.matches("(?s).*alt=\"a detail\" class=\"ph-[0-9a-f]{12}\" loading=\"lazy\" decoding=\"async\".*"), html);
        assertTrue(html.contains("<img src=\"/img/dot.svg\" alt=\"\" class=\"decorative\""), html);
        assertTrue(Files.exists(site.resolve("output/photos/harbour.1200.webp")));

        Fixtures.write(site.resolve("content/en/gallery.md"), """
                ---
                title: Gallery
                ---
                ![](/photos/harbour.jpg)

                ![Gone](/photos/missing.jpg)
                """);
        Fixtures.write(site.resolve("content/en/cover.md"), "---\ntitle: Cover\nimage: /photos/nope.jpg\n---\nText.\n");
        TestImages.write(site.resolve("assets/photos/bomb.jpg"), TestImages.bombJpeg(12000, 12000));
        byte[] full = TestImages.cameraJpeg(900, 600, 1, false);
        TestImages.write(site.resolve("assets/photos/cut.jpg"), java.util.Arrays.copyOf(full, full.length / 3));
        r = SiteBuild.once().run(new BuildOptions(site, null, null, false, TODAY));
        assertFalse(r.ok());
        List<String> lines = r.errors().stream().map(e -> e.format(site)).toList();
        assertTrue(lines.contains("assets/photos/bomb.jpg: image is 12000 × 12000 px (144.0 megapixels), over the limit of 100 megapixels"
                + " — make it smaller (e.g. `vips thumbnail in.jpg out.jpg 6000`) or raise `images: {maxMegapixels: …}` in site.yaml"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("assets/photos/cut.jpg: cannot read this image: the file is truncated")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("content/en/gallery.md:4: an image has no alt text: `/photos/harbour.jpg`")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("content/en/gallery.md:6: image not found: `/photos/missing.jpg` (looked for assets/photos/missing.jpg)")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("content/en/cover.md:3: image not found: `/photos/nope.jpg`")), lines.toString());
        for (ContentError e : r.errors()) {
            assertTrue(Files.exists(e.path()), "every error names a real file: " + e);
        }
    }
}
