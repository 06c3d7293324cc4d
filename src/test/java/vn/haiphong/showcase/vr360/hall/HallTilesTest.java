package vn.haiphong.showcase.vr360.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.vr360.tiles.CubeFace;
import vn.haiphong.showcase.vr360.tiles.Panoramas;
import vn.haiphong.showcase.vr360.tiles.PanoramaTiler;

/** {@link PanoramaTiler#tileFaces}: rendered faces become the same files as a tiled equirect, plus a thumbnail. */
class HallTilesTest {
    @TempDir
    Path tmp;

    /** Six faces of 1024 px: each a flat colour with a white square in its top left quarter. */
    static Map<CubeFace, BufferedImage> faces(int size) {
        Color[] colours = {Color.RED, Color.GREEN, Color.BLUE, Color.ORANGE, Color.MAGENTA, Color.CYAN};
        Map<CubeFace, BufferedImage> faces = new EnumMap<>(CubeFace.class);
        for (CubeFace f : CubeFace.values()) {
            BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = img.createGraphics();
            g.setColor(colours[f.ordinal()]);
            g.fillRect(0, 0, size, size);
            g.setColor(Color.WHITE);
            g.fillRect(size / 8, size / 8, size / 4, size / 4);
            g.dispose();
            faces.put(f, img);
        }
        return faces;
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
                    .collect(Collectors.toList());
        }
    }

    @Test
    void writesThePyramidPreviewManifestAndThumbnail() throws Exception {
        Path dir = tmp.resolve("economy");
        PanoramaTiler.Result r = PanoramaTiler.tileFaces(faces(1024), dir, 512);
        assertEquals(2, r.pyramid().levels().size());
        List<String> files = files(dir);
        // 6 × (1 + 4) tiles, preview, manifest, thumbnail
        assertEquals(6 * 5 + 3, files.size(), files.toString());
        assertEquals(files.size(), r.files());
        for (CubeFace f : CubeFace.values()) {
            assertTrue(files.contains("tiles/0/" + f.id() + "/0_0.jpg"), files.toString());
            for (String t : List.of("0_0", "1_0", "0_1", "1_1")) {
                BufferedImage tile = Panoramas.read(dir.resolve("tiles/1/" + f.id() + "/" + t + ".jpg"));
                assertEquals(512, tile.getWidth());
                assertEquals(512, tile.getHeight());
            }
        }
        BufferedImage preview = Panoramas.read(dir.resolve("preview.jpg"));
        assertEquals(6 * 256, preview.getWidth());
        assertEquals(256, preview.getHeight());
        BufferedImage thumb = Panoramas.read(dir.resolve("thumb.jpg"));
        assertEquals(480, thumb.getWidth());
        assertEquals(270, thumb.getHeight());
        String manifest = Files.readString(dir.resolve("tiles.json"));
        assertTrue(manifest.contains("\"source\": {\"faceSize\": 1024},"), manifest);
        assertTrue(manifest.contains("\"levels\": [{\"faceSize\": 512, \"nbTiles\": 1}, {\"faceSize\": 1024, \"nbTiles\": 2}]"),
                manifest);
        assertTrue(manifest.contains("\"flipTopBottom\": false"), manifest);
        assertTrue(manifest.contains("\"baseUrl\": {\"type\": \"stripe\", \"path\": \"preview.jpg\""), manifest);
        assertFalse(manifest.contains("fullFaces"), manifest);
    }

    /** Side tiles are cut as given; top and bottom turned by half a turn, as for an equirect. */
    @Test
    void tilesKeepTheSideFacesAndTurnTopAndBottomForPhotoSphereViewer() throws Exception {
        Path dir = tmp.resolve("t");
        PanoramaTiler.tileFaces(faces(1024), dir, 512);
        // the white square (128..384) is in tile 0_0 of front, but in tile 1_1 of top, turned to 640..896 → 128..384 of it
        BufferedImage front = Panoramas.read(dir.resolve("tiles/1/front/0_0.jpg"));
        assertWhite(front.getRGB(256, 256), "front 0_0 centre");
        BufferedImage top = Panoramas.read(dir.resolve("tiles/1/top/1_1.jpg"));
        assertWhite(top.getRGB(512 - 256, 512 - 256), "top 1_1");
        BufferedImage topFirst = Panoramas.read(dir.resolve("tiles/1/top/0_0.jpg"));
        assertFalse(isWhite(topFirst.getRGB(256, 256)), "top 0_0 holds no square");
    }

    @Test
    void theThumbnailIsTheMiddleBandOfTheFrontFace() throws Exception {
        Map<CubeFace, BufferedImage> faces = faces(1024);
        BufferedImage front = faces.get(CubeFace.FRONT);
        java.awt.Graphics2D g = front.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 1024, 224); // above the 16:9 band (224..800): must not show
        g.setColor(Color.YELLOW);
        g.fillRect(0, 512, 1024, 288); // the lower half of the band
        g.dispose();
        Path dir = tmp.resolve("thumb");
        PanoramaTiler.tileFaces(faces, dir, 512);
        BufferedImage thumb = Panoramas.read(dir.resolve("thumb.jpg"));
        int top = thumb.getRGB(240, 3);
        assertTrue((top >> 16 & 0xff) > 200 && (top & 0xff) < 80, "red at the top of the band: " + Integer.toHexString(top));
        int bottom = thumb.getRGB(240, 266);
        assertTrue((bottom >> 16 & 0xff) > 200 && (bottom >> 8 & 0xff) > 200 && (bottom & 0xff) < 80,
                "yellow at the bottom: " + Integer.toHexString(bottom));
    }

    @Test
    void facesThatCannotBeCutIntoTilesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PanoramaTiler.tileFaces(faces(1000), tmp.resolve("a"), 512));
        Map<CubeFace, BufferedImage> five = faces(512);
        five.remove(CubeFace.BOTTOM);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PanoramaTiler.tileFaces(five, tmp.resolve("b"), 512));
        assertEquals("the bottom face is missing", e.getMessage());
        assertFalse(Files.exists(tmp.resolve("a")));
    }

    @Test
    void aSecondTilingReplacesTheFirstWhole() throws Exception {
        Path dir = tmp.resolve("room");
        PanoramaTiler.tileFaces(faces(1024), dir, 512);
        PanoramaTiler.tileFaces(faces(512), dir, 512);
        List<String> files = files(dir);
        assertEquals(6 + 3, files.size(), files.toString());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(dir), left.collect(Collectors.toList()), "no staging folders left behind");
        }
    }

    @Test
    void aRenderedHallTilesEndToEnd() throws Exception {
        Hall hall = Hall.of(12, 8, 4);
        List<Placed> placed = HallLayout.place(hall, List.of(new WallItem("a", Wall.NORTH, 1, WallItem.Kind.PICTURE, 1.5),
                WallItem.door("b", Wall.EAST, 1)));
        Map<CubeFace, BufferedImage> faces = HallRenderer.render(hall, placed, id -> HallRendererTest.solid(Color.RED, 1.5), 512);
        PanoramaTiler.Result r = PanoramaTiler.tileFaces(faces, tmp.resolve("small"), 256);
        assertEquals(512, r.pyramid().faceSize());
        assertEquals(6 * 5 + 3, files(tmp.resolve("small")).size());
    }

    private static boolean isWhite(int rgb) {
        return (rgb >> 16 & 0xff) > 220 && (rgb >> 8 & 0xff) > 220 && (rgb & 0xff) > 220;
    }

    private static void assertWhite(int rgb, String what) {
        assertTrue(isWhite(rgb), what + ": " + Integer.toHexString(rgb));
    }
}
