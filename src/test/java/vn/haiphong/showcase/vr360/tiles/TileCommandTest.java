package vn.haiphong.showcase.vr360.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.testing.ConsoleCapture;
import vn.haiphong.showcase.vr360.tiles.Panoramas.Mark;

/** {@code vr360 tile}: the files it writes for Photo Sphere Viewer, and its answers to bad input. */
class TileCommandTest {
    @TempDir
    static Path shared;
    static Path panorama;

    @TempDir
    Path tmp;

    @BeforeAll
    static void writePanorama() {
        panorama = shared.resolve("synthetic.jpg");
        Panoramas.writeJpeg(Panoramas.synthetic(2048, CubeProjectionTest.MARKS.toArray(Mark[]::new)), panorama);
    }

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private int run(String... args) {
        return console.run(args);
    }

    private String err() {
        return console.err();
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
                    .collect(Collectors.toList());
        }
    }

    @Test
    void writesEveryTileOfEveryLevelAsADecodableJpegPlusPreviewManifestAndFaces() throws Exception {
        Path dir = tmp.resolve("pano");
        assertEquals(0, run("vr360", "tile", panorama.toString(), "--out", dir.toString(), "--faces", "--tile-size", "256"), err());
        // 2048 / π = 652: 512 px faces of 2 × 2 tiles of 256, and a level of one tile
        List<String> files = files(dir);
        List<String> tiles = files.stream().filter(f -> f.startsWith("tiles/")).collect(Collectors.toList());
        assertEquals(6 * (1 + 4), tiles.size(), tiles.toString());
        for (CubeFace f : CubeFace.values()) {
            assertTrue(tiles.contains("tiles/0/" + f.id() + "/0_0.jpg"), tiles.toString());
            for (String t : List.of("0_0", "1_0", "0_1", "1_1")) {
                assertTrue(tiles.contains("tiles/1/" + f.id() + "/" + t + ".jpg"), tiles.toString());
            }
            assertTrue(files.contains("faces/" + f.id() + ".jpg"), files.toString());
            BufferedImage face = Panoramas.read(dir.resolve("faces/" + f.id() + ".jpg"));
            assertEquals(512, face.getWidth());
            assertEquals(512, face.getHeight());
        }
        for (String t : tiles) {
            BufferedImage img = Panoramas.read(dir.resolve(t));
            assertEquals(256, img.getWidth(), t);
            assertEquals(256, img.getHeight(), t);
        }
        BufferedImage preview = Panoramas.read(dir.resolve("preview.jpg"));
        assertEquals(6 * 256, preview.getWidth());
        assertEquals(256, preview.getHeight());
        assertEquals(6 * 5 + 6 + 2, files.size(), files.toString());

        String manifest = Files.readString(dir.resolve("tiles.json"));
        assertTrue(manifest.contains("\"faceSize\": 512,"), manifest);
        assertTrue(manifest.contains("\"nbTiles\": 2,"), manifest);
        assertTrue(manifest.contains("\"levels\": [{\"faceSize\": 256, \"nbTiles\": 1}, {\"faceSize\": 512, \"nbTiles\": 2}]"), manifest);
        assertTrue(manifest.contains("\"tileUrl\": \"tiles/{level}/{face}/{col}_{row}.jpg\""), manifest);
        assertTrue(manifest.contains("\"faces\": [\"front\", \"right\", \"back\", \"left\", \"top\", \"bottom\"]"), manifest);
        assertTrue(manifest.contains("\"baseUrl\": {\"type\": \"stripe\", \"path\": \"preview.jpg\""), manifest);
        assertTrue(manifest.contains("\"flipTopBottom\": false"), manifest);
        assertTrue(manifest.contains("\"front\": \"faces/front.jpg\""), manifest);
        assertTrue(console.out().startsWith("tiled "), console.out());
    }

    /** Each mark, found in the tiles, is where Photo Sphere Viewer's own formula says it is. */
    @Test
    void tilesShowEachMarkWherePhotoSphereViewerWillLookForIt() throws Exception {
        Path dir = tmp.resolve("pano");
        assertEquals(0, run("vr360", "tile", panorama.toString(), "--out", dir.toString()), err());
        int size = 512;
        int found = 0;
        java.util.Map<CubeFace, BufferedImage> tiles = new java.util.EnumMap<>(CubeFace.class);
        for (CubeFace f : CubeFace.values()) {
            tiles.put(f, Panoramas.read(dir.resolve("tiles/0/" + f.id() + "/0_0.jpg")));
        }
        for (Mark m : CubeProjectionTest.MARKS) {
            for (CubeFace f : CubeFace.values()) {
                BufferedImage tile = tiles.get(f);
                double[] c = Panoramas.centroid(tile, m.color(), 60);
                double[] expected = Panoramas.expectedPixel(f, m.direction(), size);
                if (c == null || expected == null || Math.min(Math.min(expected[0], expected[1]),
                        size - Math.max(expected[0], expected[1])) < 12) {
                    continue;
                }
                double[] yawPitch = Panoramas.psvYawPitch(f.id(), c[0], c[1], size);
                String what = m + " on " + f;
                assertEquals(m.pitchDeg(), Math.toDegrees(yawPitch[1]), 0.4, what + " pitch");
                if (Math.abs(m.pitchDeg()) < 85) {
                    assertEquals(0, Math.IEEEremainder(Math.toDegrees(yawPitch[0]) - m.yawDeg(), 360), 0.4, what + " yaw");
                }
                found++;
            }
        }
        assertTrue(found >= CubeProjectionTest.MARKS.size(), "marks found: " + found);
    }

    @Test
    void theSamePanoramaGivesTheSameBytesAndAnEarlierTilingIsReplaced() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, run("vr360", "tile", panorama.toString(), "--out", a.toString()), err());
        Files.createDirectories(b);
        Files.writeString(b.resolve("tiles.json"), "{}");
        Files.writeString(b.resolve("stale.jpg"), "old");
        assertEquals(0, run("vr360", "tile", panorama.toString(), "--out", b.toString()), err());
        assertEquals(files(a), files(b));
        for (String f : files(a)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(List.of("a", "b"), siblings.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()));
        }
    }

    @Test
    void aFileThatIsNotAJpegIsAContentErrorNamingIt() throws Exception {
        Path bad = tmp.resolve("notes.jpg");
        Files.writeString(bad, "these are not pixels");
        assertEquals(1, run("vr360", "tile", bad.toString(), "--out", tmp.resolve("o").toString()));
        assertTrue(err().contains("notes.jpg: is not a JPEG image"), err());
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    @Test
    void aTruncatedJpegIsAContentErrorNamingIt() throws Exception {
        byte[] whole = Files.readAllBytes(panorama);
        Path cut = tmp.resolve("cut.jpg");
        Files.write(cut, Arrays.copyOf(whole, whole.length * 3 / 5));
        assertEquals(1, run("vr360", "tile", cut.toString(), "--out", tmp.resolve("o").toString()));
        assertTrue(err().contains("cut.jpg: is truncated or damaged"), err());
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    @Test
    void aPictureThatIsNotTwoToOneIsAContentErrorNamingIt() throws Exception {
        Path photo = tmp.resolve("photo.jpg");
        Panoramas.writeJpeg(new BufferedImage(1800, 1200, BufferedImage.TYPE_3BYTE_BGR), photo);
        assertEquals(1, run("vr360", "tile", photo.toString(), "--out", tmp.resolve("o").toString()));
        assertTrue(err().contains("photo.jpg: is 1800 × 1200 px, not an equirectangular panorama"), err());
    }

    @Test
    void aPanoramaTooSmallForOneTileIsAContentError() throws Exception {
        Path small = tmp.resolve("small.jpg");
        Panoramas.writeJpeg(new BufferedImage(1200, 600, BufferedImage.TYPE_3BYTE_BGR), small);
        assertEquals(1, run("vr360", "tile", small.toString(), "--out", tmp.resolve("o").toString()));
        assertTrue(err().contains("small.jpg: is only 1200 × 600 px: the faces would be smaller than one tile"), err());
        assertTrue(err().contains("at least 1609 px wide, or a smaller --tile-size"), err());
        assertEquals(0, run("vr360", "tile", small.toString(), "--out", tmp.resolve("o").toString(), "--tile-size", "256"), err());
    }

    @Test
    void aGreyPanoramaIsTiledInColourJpegs() throws Exception {
        Path grey = tmp.resolve("grey.jpg");
        BufferedImage img = new BufferedImage(1700, 850, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setSample(850, 425, 0, 255);
        Panoramas.writeJpeg(img, grey);
        assertEquals(0, run("vr360", "tile", grey.toString(), "--out", tmp.resolve("o").toString()), err());
        assertEquals(512, Panoramas.read(tmp.resolve("o/tiles/0/front/0_0.jpg")).getWidth());
    }

    @Test
    void usageProblemsExitTwo() throws Exception {
        assertEquals(2, run("vr360", "tile", panorama.toString()));
        assertTrue(err().contains("--out"), err());
        assertEquals(2, run("vr360", "tile", tmp.resolve("missing.jpg").toString(), "--out", tmp.resolve("o").toString()));
        assertTrue(err().contains("missing.jpg: no such file"), err());
        assertEquals(2, run("vr360", "tile", panorama.toString(), "--out", tmp.resolve("o").toString(), "--tile-size", "3"));
        assertEquals(2, run("vr360"));
        Path busy = tmp.resolve("busy");
        Files.createDirectories(busy);
        Files.writeString(busy.resolve("keep.txt"), "mine");
        assertEquals(2, run("vr360", "tile", panorama.toString(), "--out", busy.toString()));
        assertTrue(err().contains("holds no tiles.json"), err());
        assertEquals(List.of("keep.txt"), files(busy));
        assertNotNull(panorama);
    }
}
