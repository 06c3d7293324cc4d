package vn.haiphong.showcase.vr360.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The held-out real panorama (Jordan Pond, Matthew Petroff, CC BY-SA 3.0, in
 * {@code ../shared/heldout-pano/}, never copied into this repository) against the six cube faces
 * made from it by Pannellum's tools, in the order front, right, back, left, up, down. A correct
 * projection differs from each by about 1–10 grey levels on average, a flipped or turned face by
 * 45–50.
 */
class CubeFaceReferenceTest {
    static final Path DIR = Path.of("..", "shared", "heldout-pano");
    static final Path PANORAMA = DIR.resolve("jordan-pond-equirect-4096x2048.jpg");
    static final CubeFace[] REFERENCE_ORDER = {CubeFace.FRONT, CubeFace.RIGHT, CubeFace.BACK, CubeFace.LEFT,
        CubeFace.TOP, CubeFace.BOTTOM};
    static final int COMPARE = 256;

    @TempDir
    Path tmp;

    @Test
    void facesMatchTheReferenceFacesAndTilesMatchThemTurnedForPhotoSphereViewer() throws Exception {
        assumeTrue(Files.isRegularFile(PANORAMA) && Files.isDirectory(DIR.resolve("cube")),
                "held-out panorama not found at " + PANORAMA.toAbsolutePath().normalize() + ": reference comparison skipped");
        Path out = tmp.resolve("tiles");
        PanoramaTiler.Result r = PanoramaTiler.tile(PANORAMA, out, new PanoramaTiler.Options(512, true));
        assertEquals(1024, r.pyramid().faceSize());

        List<String> report = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            CubeFace f = REFERENCE_ORDER[i];
            BufferedImage reference = Panoramas.scaled(Panoramas.read(DIR.resolve("cube/jordan-pond-cube" + i + ".jpg")), COMPARE);
            BufferedImage ours = Panoramas.scaled(Panoramas.read(out.resolve("faces/" + f.id() + ".jpg")), COMPARE);
            double mad = Panoramas.meanAbsoluteGreyDifference(ours, reference);
            double turned = Panoramas.meanAbsoluteGreyDifference(Panoramas.halfTurned(ours), reference);
            // level 0 is the whole face in one tile, in Photo Sphere Viewer's orientation
            BufferedImage tile = Panoramas.scaled(Panoramas.read(out.resolve("tiles/0/" + f.id() + "/0_0.jpg")), COMPARE);
            double tileMad = Panoramas.meanAbsoluteGreyDifference(f.psvHalfTurn() ? Panoramas.halfTurned(tile) : tile, reference);
            report.add(String.format("%s: %.1f (half-turned %.1f, tile %.1f)", f.id(), mad, turned, tileMad));
            assertTrue(mad < 12, f + " differs from the reference by " + mad + " grey levels: " + report);
            assertTrue(tileMad < 12, f + " tile differs from the reference by " + tileMad + ": " + report);
            if (f.psvHalfTurn()) {
                assertTrue(turned > 3 * mad, f + " turned should not match: " + report);
            }
        }
        System.out.println("held-out reference faces, mean absolute grey difference: " + report);
    }
}
