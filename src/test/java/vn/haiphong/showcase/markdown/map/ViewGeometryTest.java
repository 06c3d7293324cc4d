package vn.haiphong.showcase.markdown.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViewGeometryTest {
    @Test
    void aRingHalfOutsideIsCutAtTheEdge() {
        double[] square = {-10, 0, 10, 0, 10, 10, -10, 10};
        double[] clipped = ViewGeometry.clipRing(square, 0, 0, 100, 100);
        assertEquals(100.0, Math.abs(area(clipped)), 1e-9);
        for (int i = 0; i < clipped.length; i += 2) {
            assertFalse(clipped[i] < 0, "x stays inside");
        }
        assertEquals(0, ViewGeometry.clipRing(new double[] {200, 200, 210, 200, 210, 210}, 0, 0, 100, 100).length);
    }

    @Test
    void aLineLeavingAndComingBackBecomesTwoPieces() {
        double[] line = {10, 10, 150, 10, 150, 50, 10, 50};
        List<double[]> pieces = ViewGeometry.clipLine(line, 0, 0, 100, 100);
        assertEquals(2, pieces.size());
        assertArrayEquals(new double[] {10, 10, 100, 10}, pieces.get(0), 1e-9);
        assertArrayEquals(new double[] {100, 50, 10, 50}, pieces.get(1), 1e-9);
    }

    @Test
    void simplifyDropsWhatIsWithinTheToleranceAndKeepsCorners() {
        double[] wobbly = {0, 0, 5, 0.2, 10, 0, 10, 10, 5, 10.3, 0, 10};
        double[] simple = ViewGeometry.simplify(wobbly, 0.5, true);
        assertArrayEquals(new double[] {0, 0, 10, 0, 10, 10, 0, 10}, simple, 1e-9);
        assertArrayEquals(new double[] {0, 0, 10, 0}, ViewGeometry.simplify(new double[] {0, 0, 5, 0.2, 10, 0}, 0.5, false), 1e-9);
    }

    @Test
    void smoothingRoundsShortCornersAndKeepsLongEdgesStraight() {
        double[] step = {0, 0, 4, 0, 4, 4, 8, 4, 8, 100, 0, 100};
        double[] smooth = ViewGeometry.smoothRing(step, 16);
        // (4,0) and (4,4) sit between short edges and become two points each; the others stay
        assertArrayEquals(new double[] {0, 0, 3, 0, 4, 1, 4, 3, 5, 4, 8, 4, 8, 100, 0, 100}, smooth, 1e-9);
    }

    @Test
    void pathDataWritesRelativeTenths() {
        PathData d = new PathData();
        d.add(new double[] {10.04, 20, 12.5, 20, 12.5, 19.46, 10, 19.5}, true);
        assertEquals("M10 20l2.5 0 0-.5-2.5 0z", d.toString());
        assertFalse(new PathData().add(new double[] {1, 1, 1.01, 1.01}, false), "a line that rounds to one point is left out");
    }

    private static double area(double[] xy) {
        double a = 0;
        int n = xy.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            a += xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];
        }
        return a / 2;
    }
}
