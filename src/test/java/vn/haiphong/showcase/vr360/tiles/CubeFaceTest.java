package vn.haiphong.showcase.vr360.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The geometry of the faces: where they look, how they meet, and how Photo Sphere Viewer reads them. */
class CubeFaceTest {
    private static final double EPS = 1e-9;

    private static void assertYawPitch(double yawDeg, double pitchDeg, double[] d, String what) {
        assertEquals(pitchDeg, Math.toDegrees(CubeFace.pitch(d)), 1e-9, what + " pitch");
        if (Math.abs(pitchDeg) < 89) {
            double diff = Math.IEEEremainder(Math.toDegrees(CubeFace.yaw(d)) - yawDeg, 360);
            assertEquals(0, diff, 1e-9, what + " yaw");
        }
    }

    @Test
    void faceCentresLookWhereTheirNamesSay() {
        assertYawPitch(0, 0, CubeFace.FRONT.direction(0, 0), "front");
        assertYawPitch(90, 0, CubeFace.RIGHT.direction(0, 0), "right");
        assertYawPitch(180, 0, CubeFace.BACK.direction(0, 0), "back");
        assertYawPitch(-90, 0, CubeFace.LEFT.direction(0, 0), "left");
        assertYawPitch(0, 90, CubeFace.TOP.direction(0, 0), "top");
        assertYawPitch(0, -90, CubeFace.BOTTOM.direction(0, 0), "bottom");
    }

    @Test
    void sideFacesHaveTheSkyUpAndTurnRightAcrossTheirWidth() {
        for (CubeFace f : new CubeFace[] {CubeFace.FRONT, CubeFace.RIGHT, CubeFace.BACK, CubeFace.LEFT}) {
            assertEquals(45, Math.toDegrees(CubeFace.pitch(f.direction(0, -1))), EPS, f + " top edge");
            assertEquals(-45, Math.toDegrees(CubeFace.pitch(f.direction(0, 1))), EPS, f + " bottom edge");
            double left = Math.toDegrees(CubeFace.yaw(f.direction(-1, 0)));
            double right = Math.toDegrees(CubeFace.yaw(f.direction(1, 0)));
            assertEquals(90, Math.IEEEremainder(right - left, 360), EPS, f + " spans 90° left to right");
        }
    }

    @Test
    void topAndBottomMeetTheSideFacesTheStandardWay() {
        // top: bottom edge on front's top edge, right edge on right's top edge, top edge on back's
        assertArrayEquals(CubeFace.FRONT.direction(0, -1), CubeFace.TOP.direction(0, 1), EPS);
        assertArrayEquals(CubeFace.RIGHT.direction(0, -1), CubeFace.TOP.direction(1, 0), EPS);
        assertArrayEquals(CubeFace.BACK.direction(0, -1), CubeFace.TOP.direction(0, -1), EPS);
        assertArrayEquals(CubeFace.LEFT.direction(0, -1), CubeFace.TOP.direction(-1, 0), EPS);
        // bottom: top edge on front's bottom edge, right edge on right's bottom edge
        assertArrayEquals(CubeFace.FRONT.direction(0, 1), CubeFace.BOTTOM.direction(0, -1), EPS);
        assertArrayEquals(CubeFace.RIGHT.direction(0, 1), CubeFace.BOTTOM.direction(1, 0), EPS);
        assertArrayEquals(CubeFace.BACK.direction(0, 1), CubeFace.BOTTOM.direction(0, 1), EPS);
        // neighbouring side faces share their vertical edges
        assertArrayEquals(CubeFace.FRONT.direction(1, 0.3), CubeFace.RIGHT.direction(-1, 0.3), EPS);
        assertArrayEquals(CubeFace.LEFT.direction(1, -0.7), CubeFace.FRONT.direction(-1, -0.7), EPS);
    }

    /**
     * Photo Sphere Viewer reads side faces as we write them, and top and bottom turned by half a
     * turn: pixel (x, y) of its top face is pixel (size - x, size - y) of our standard top face.
     */
    @Test
    void photoSphereViewerSeesTopAndBottomHalfTurned() {
        int size = 64;
        for (CubeFace f : CubeFace.values()) {
            for (int y = 0; y <= size; y += 8) {
                for (int x = 0; x <= size; x += 8) {
                    double[] psv = Panoramas.psvYawPitch(f.id(), x, y, size);
                    int sx = f.psvHalfTurn() ? size - x : x;
                    int sy = f.psvHalfTurn() ? size - y : y;
                    double[] d = f.direction(2.0 * sx / size - 1, 2.0 * sy / size - 1);
                    String at = f + " (" + x + ", " + y + ")";
                    assertEquals(CubeFace.pitch(d), psv[1], 1e-9, at + " pitch");
                    if (Math.abs(psv[1]) < Math.PI / 2 - 1e-6) {
                        assertEquals(0, Math.IEEEremainder(CubeFace.yaw(d) - psv[0], 2 * Math.PI), 1e-9, at + " yaw");
                    }
                }
            }
        }
    }

    @Test
    void fastAtanIsAccurateToAThousandthOfA16kPixel() {
        for (double x = -50; x <= 50; x += 0.0137) {
            assertEquals(Math.atan(x), FastAtan.atan(x), 1e-8, "atan " + x);
        }
        for (double t = -Math.PI; t <= Math.PI; t += 0.001) {
            double y = Math.sin(t) * 3;
            double x = Math.cos(t) * 3;
            assertEquals(0, Math.IEEEremainder(Math.atan2(y, x) - FastAtan.atan2(y, x), 2 * Math.PI), 1e-8, "atan2 at " + t);
        }
        assertEquals(0, FastAtan.atan2(0, 0));
    }
}
