package vn.haiphong.showcase.vr360.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our six cube faces against faces made by other tools, in the standard orientation of
 * {@link CubeFace}, and the level-0 tiles against the same faces turned as Photo Sphere Viewer
 * reads them.
 *
 * <p>Everywhere: a small synthetic panorama committed with this test
 * ({@code src/test/resources/…/vr360/tiles/cube-reference/}: a letter F, R, B, L, U, D upright at
 * each face's centre, a dot to its upper right, each quarter of the horizon its own colour
 * brightening to the right), whose reference faces numpy and libvips made once
 * ({@code make-reference.py} there; its README says how, and how that projection was checked
 * against Pannellum's faces of a real panorama). Every mirror and turn of each of our faces is
 * compared too, so the test shows that it would see a face the wrong way round.
 *
 * <p>Where it is present: the held-out real panorama (Jordan Pond, Matthew Petroff, CC BY-SA 3.0,
 * in {@code ../shared/heldout-pano/}, never copied into this repository) against the six cube faces
 * made from it by Pannellum's tools, in the order front, right, back, left, up, down. A correct
 * projection differs from each by about 1–10 grey levels on average, a flipped or turned face by
 * 45–50. Skipped without that folder.
 */
class CubeFaceReferenceTest {
    static final Path DIR = Path.of("..", "shared", "heldout-pano");
    static final Path PANORAMA = DIR.resolve("jordan-pond-equirect-4096x2048.jpg");
    static final CubeFace[] REFERENCE_ORDER = {CubeFace.FRONT, CubeFace.RIGHT, CubeFace.BACK, CubeFace.LEFT,
        CubeFace.TOP, CubeFace.BOTTOM};
    static final int COMPARE = 256;

    /** The committed synthetic panorama and its reference faces (classpath folder next to this class). */
    static final String SYNTHETIC = "cube-reference";
    /** Its faces are 256 px (1024 px panorama, 256 px tiles); compared at 64 px, area-averaged. */
    static final int SYNTHETIC_COMPARE = 64;
    /** The most a correct face differs from its reference, in grey levels on average (measured: 0.5–0.7). */
    static final double SYNTHETIC_MATCH = 3;
    /** The least a mirrored or turned face differs from its reference (measured: 17.7 for bottom turned half, 19–36 for the rest). */
    static final double SYNTHETIC_WRONG = 12;

    /** Every way a face can be the wrong way round: mirrored, flipped, turned. */
    static final Map<String, UnaryOperator<BufferedImage>> WRONG_WAYS = new LinkedHashMap<>();

    static {
        WRONG_WAYS.put("mirrored", Panoramas::mirrored);
        WRONG_WAYS.put("upside down (flipped)", i -> Panoramas.mirrored(Panoramas.halfTurned(i)));
        WRONG_WAYS.put("turned a quarter clockwise", Panoramas::quarterTurned);
        WRONG_WAYS.put("turned half", Panoramas::halfTurned);
        WRONG_WAYS.put("turned a quarter anticlockwise", i -> Panoramas.halfTurned(Panoramas.quarterTurned(i)));
        WRONG_WAYS.put("mirrored across the diagonal", i -> Panoramas.mirrored(Panoramas.quarterTurned(i)));
        WRONG_WAYS.put("mirrored across the other diagonal", i -> Panoramas.quarterTurned(Panoramas.mirrored(i)));
    }

    @TempDir
    Path tmp;

    @Test
    void facesOfTheCommittedPanoramaMatchItsReferenceFacesAndNoMirrorOrTurnOfThemDoes() throws Exception {
        Path dir = Path.of(CubeFaceReferenceTest.class.getResource(SYNTHETIC).toURI());
        Path out = tmp.resolve("tiles");
        PanoramaTiler.Result r = PanoramaTiler.tile(dir.resolve("panorama-1024x512.jpg"), out, new PanoramaTiler.Options(256, true));
        assertEquals(256, r.pyramid().faceSize());

        List<String> report = new ArrayList<>();
        for (CubeFace f : CubeFace.values()) {
            BufferedImage reference = Panoramas.scaled(Panoramas.read(dir.resolve("faces/" + f.id() + ".jpg")), SYNTHETIC_COMPARE);
            BufferedImage ours = Panoramas.scaled(Panoramas.read(out.resolve("faces/" + f.id() + ".jpg")), SYNTHETIC_COMPARE);
            double mad = Panoramas.meanAbsoluteGreyDifference(ours, reference);
            // level 0 is the whole face in one tile, in Photo Sphere Viewer's orientation
            BufferedImage tile = Panoramas.scaled(Panoramas.read(out.resolve("tiles/0/" + f.id() + "/0_0.jpg")), SYNTHETIC_COMPARE);
            double tileMad = Panoramas.meanAbsoluteGreyDifference(f.psvHalfTurn() ? Panoramas.halfTurned(tile) : tile, reference);
            StringBuilder line = new StringBuilder(String.format("%s: %.1f (tile %.1f", f.id(), mad, tileMad));
            double leastWrong = Double.MAX_VALUE;
            String closestWrong = "";
            for (Map.Entry<String, UnaryOperator<BufferedImage>> way : WRONG_WAYS.entrySet()) {
                double wrong = Panoramas.meanAbsoluteGreyDifference(way.getValue().apply(ours), reference);
                if (wrong < leastWrong) {
                    leastWrong = wrong;
                    closestWrong = way.getKey();
                }
            }
            report.add(line.append(String.format("; wrong way round at least %.1f, %s)", leastWrong, closestWrong)).toString());
            assertTrue(mad < SYNTHETIC_MATCH, f + " differs from its reference by " + mad + " grey levels: " + report);
            assertTrue(tileMad < SYNTHETIC_MATCH, f + " level-0 tile differs from the reference by " + tileMad + ": " + report);
            assertTrue(leastWrong > SYNTHETIC_WRONG, f + " " + closestWrong + " would pass for the reference (" + leastWrong
                    + " grey levels): the comparison cannot tell the orientation: " + report);
        }
        System.out.println("synthetic reference faces, mean absolute grey difference: " + report);
    }

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
