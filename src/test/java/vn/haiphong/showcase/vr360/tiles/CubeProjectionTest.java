package vn.haiphong.showcase.vr360.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.haiphong.showcase.vr360.tiles.Panoramas.Mark;

/** Equirect → cube faces on a synthetic 2048 × 1024 panorama whose marks sit at known directions. */
class CubeProjectionTest {
    static final Color RED = new Color(255, 0, 0);
    static final Color GREEN = new Color(0, 255, 0);
    static final Color BLUE = new Color(0, 0, 255);
    static final Color YELLOW = new Color(255, 255, 0);
    static final Color MAGENTA = new Color(255, 0, 255);
    static final Color CYAN = new Color(0, 255, 255);
    static final Color ORANGE = new Color(255, 128, 0);
    static final List<Mark> MARKS = List.of(
            new Mark(0, 0, RED, 2),         // centre of front
            new Mark(90, 0, GREEN, 2),      // centre of right
            new Mark(0, 90, BLUE, 2),       // north pole: centre of top
            new Mark(0, 60, YELLOW, 2),     // top, below its centre (towards front)
            new Mark(90, 60, MAGENTA, 2),   // top, right of its centre (towards right)
            new Mark(0, -60, CYAN, 2),      // bottom, above its centre (towards front)
            new Mark(-120, -25, ORANGE, 2)); // left face, right half, below the horizon... and back

    static final int SIZE = 512;
    static Map<CubeFace, BufferedImage> faces;

    /** Projects the six faces the way the tiler does: sides, then the polar filter, then top and bottom. */
    static Map<CubeFace, BufferedImage> project(BufferedImage equirect, boolean prefilter) {
        BufferedImage copy = new BufferedImage(equirect.getWidth(), equirect.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        copy.setData(equirect.getRaster()); // the polar filter works in place
        EquirectImage img = EquirectImage.of(copy);
        FaceProjector projector = new FaceProjector(img, SIZE);
        Map<CubeFace, BufferedImage> out = new EnumMap<>(CubeFace.class);
        for (CubeFace f : CubeFace.values()) {
            if (f == CubeFace.TOP && prefilter) {
                PolarPrefilter.apply(img, SIZE);
            }
            FaceImage face = new FaceImage(SIZE);
            projector.project(f, face);
            out.put(f, face.asImage());
        }
        return out;
    }

    @BeforeAll
    static void projectSynthetic() {
        faces = project(Panoramas.synthetic(2048, MARKS.toArray(Mark[]::new)), true);
    }

    private static void assertMarkAt(CubeFace face, Color color, double x, double y) {
        double[] c = Panoramas.centroid(faces.get(face), color, 40);
        assertNotNull(c, color + " not found on " + face);
        assertEquals(x, c[0], 1.0, face + " x of " + color);
        assertEquals(y, c[1], 1.0, face + " y of " + color);
    }

    @Test
    void theHorizonMarksLandAtTheCentresOfFrontAndRight() {
        assertMarkAt(CubeFace.FRONT, RED, 256, 256);
        assertMarkAt(CubeFace.RIGHT, GREEN, 256, 256);
    }

    @Test
    void theNorthPoleIsTheCentreOfTop() {
        assertMarkAt(CubeFace.TOP, BLUE, 256, 256);
    }

    @Test
    void topHasFrontBelowItsCentreAndRightToItsRight() {
        double off = Math.tan(Math.toRadians(30)) * 256; // 60° up is 30° from the pole
        assertMarkAt(CubeFace.TOP, YELLOW, 256, 256 + off);
        assertMarkAt(CubeFace.TOP, MAGENTA, 256 + off, 256);
    }

    @Test
    void bottomHasFrontAboveItsCentre() {
        double off = Math.tan(Math.toRadians(30)) * 256;
        assertMarkAt(CubeFace.BOTTOM, CYAN, 256, 256 - off);
    }

    @Test
    void everyMarkLandsWhereTheFaceGeometrySaysAndNowhereElse() {
        for (Mark m : MARKS) {
            for (CubeFace f : CubeFace.values()) {
                double[] expected = Panoramas.expectedPixel(f, m.direction(), SIZE);
                double[] found = Panoramas.centroid(faces.get(f), m.color(), 40);
                boolean inside = expected != null && expected[0] > 12 && expected[0] < SIZE - 12
                        && expected[1] > 12 && expected[1] < SIZE - 12;
                if (inside) {
                    assertNotNull(found, m + " missing on " + f);
                    assertEquals(expected[0], found[0], 1.0, m + " x on " + f);
                    assertEquals(expected[1], found[1], 1.0, m + " y on " + f);
                } else if (expected == null) {
                    assertNull(found, m + " should not be on " + f);
                }
            }
        }
    }

    /**
     * Alternate black and white columns, the worst case for the poles: a circle of latitude
     * near the pole crowds hundreds of columns into a few face pixels. Filtered, the top face's
     * centre is an even grey; sampled without the polar filter it is moiré.
     */
    @Test
    void stripesDoNotAliasNearThePoles() {
        BufferedImage stripes = new BufferedImage(2048, 1024, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 1024; y++) {
            for (int x = 0; x < 2048; x++) {
                stripes.setRGB(x, y, x % 2 == 0 ? 0 : 0xffffff);
            }
        }
        double filtered = centreSpread(project(stripes, true).get(CubeFace.TOP));
        double raw = centreSpread(project(stripes, false).get(CubeFace.TOP));
        assertTrue(filtered < 6, "filtered top face should be flat grey, spread " + filtered + " (raw " + raw + ")");
        assertTrue(raw > 30, "the test should see aliasing without the filter, spread " + raw);
    }

    /** Standard deviation of the grey level within a radius of a quarter face around the centre. */
    private static double centreSpread(BufferedImage face) {
        double sum = 0;
        double sq = 0;
        int n = 0;
        int c = face.getWidth() / 2;
        for (int y = 0; y < face.getHeight(); y++) {
            for (int x = 0; x < face.getWidth(); x++) {
                if (Math.hypot(x + 0.5 - c, y + 0.5 - c) < c / 2.0) {
                    double g = face.getRGB(x, y) & 0xff;
                    sum += g;
                    sq += g * g;
                    n++;
                }
            }
        }
        double mean = sum / n;
        return Math.sqrt(sq / n - mean * mean);
    }
}
