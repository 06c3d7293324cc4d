package vn.haiphong.showcase.vr360.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.haiphong.showcase.vr360.tiles.TilePyramid.Level;

/** The pyramid shapes DESIGN.md promises, computed from widths alone. */
class TilePyramidTest {

    @Test
    void an8kPanoramaGives2048PxFacesOf4x4TilesInThreeLevels() {
        TilePyramid p = TilePyramid.forWidth(8192, 512);
        assertEquals(2048, p.faceSize());
        assertEquals(4, p.nbTiles());
        assertEquals(List.of(new Level(0, 512, 1), new Level(1, 1024, 2), new Level(2, 2048, 4)), p.levels());
        assertEquals(6 * (1 + 4 + 16), p.tileCount());
    }

    @Test
    void a16kPanoramaGives4096PxFacesOf8x8Tiles() {
        TilePyramid p = TilePyramid.forWidth(16384, 512);
        assertEquals(4096, p.faceSize());
        assertEquals(8, p.nbTiles());
        assertEquals(4, p.levels().size());
        assertEquals(new Level(0, 512, 1), p.levels().get(0));
        assertEquals(6 * (1 + 4 + 16 + 64), p.tileCount());
    }

    @Test
    void theFaceIsTheLargestTileTimesPowerOfTwoNotAboveWidthOverPi() {
        assertEquals(1024, TilePyramid.forWidth(4096, 512).faceSize()); // 4096 / π = 1303.8
        assertEquals(512, TilePyramid.forWidth(2048, 512).faceSize()); // 651.9
        assertEquals(1024, TilePyramid.forWidth(6433, 512).faceSize()); // 2047.7: just short of 2048
        assertEquals(2048, TilePyramid.forWidth(6434, 512).faceSize()); // 2048.0
        assertEquals(2560, TilePyramid.forWidth(8192, 640).faceSize());
        assertEquals(512, TilePyramid.forWidth(2048, 256).faceSize());
        assertEquals(2, TilePyramid.forWidth(2048, 256).levels().size());
    }

    @Test
    void photoSphereViewerAllowsAtMost16TilesPerSide() {
        TilePyramid p = TilePyramid.forWidth(60000, 512);
        assertEquals(16, p.nbTiles());
        assertEquals(8192, p.faceSize());
        assertEquals(5, p.levels().size());
        for (Level l : p.levels()) {
            assertEquals(Integer.bitCount(l.nbTiles()), 1, "power of two: " + l);
            assertEquals(l.faceSize(), l.nbTiles() * 512);
        }
    }

    @Test
    void aPanoramaNarrowerThanPiTilesIsRefused() {
        assertEquals(1609, TilePyramid.minimumWidth(512));
        assertEquals(512, TilePyramid.forWidth(1609, 512).faceSize());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TilePyramid.forWidth(1608, 512));
        assertEquals("a 1608 px wide panorama is too small for 512 px tiles: it needs at least 1609 px", e.getMessage());
    }
}
