package vn.haiphong.showcase.vr360.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The warm-up runs the tiler's single-threaded variants (so that it leaves the workers free):
 * they must give the very bytes of the parallel ones, and the warm-up itself must run to its end
 * (its thread swallows failures, so a broken step would otherwise only show as lost speed).
 */
class WarmupTest {
    private static EquirectImage noise(int width, long seed) {
        byte[] px = new byte[width * (width / 2) * 3];
        new java.util.Random(seed).nextBytes(px);
        return new EquirectImage(width, width / 2, px);
    }

    @Test
    void serialProjectionEqualsParallelForEveryFace() {
        EquirectImage pano = noise(1024, 7);
        FaceProjector p = new FaceProjector(pano, 256);
        for (CubeFace f : CubeFace.values()) {
            FaceImage parallel = new FaceImage(256);
            FaceImage serial = new FaceImage(256);
            p.project(f, parallel);
            p.projectSerially(f, serial);
            assertArrayEquals(parallel.bgr(), serial.bgr(), f.id());
        }
    }

    @Test
    void serialPolarFilterEqualsParallel() {
        EquirectImage a = noise(2048, 11);
        EquirectImage b = noise(2048, 11);
        PolarPrefilter.apply(a, 512, true);
        PolarPrefilter.apply(b, 512, false);
        assertArrayEquals(a.bgr(), b.bgr());
        assertTrue(!Arrays.equals(a.bgr(), noise(2048, 11).bgr()), "the filter changed nothing");
    }

    @Test
    void warmUpRunsEveryStepToTheEnd() throws Exception {
        // 3 rounds × 6 faces, one 128 px tile each: at least a few hundred bytes a tile
        assertTrue(Warmup.exercise() > 18 * 300);
    }
}
