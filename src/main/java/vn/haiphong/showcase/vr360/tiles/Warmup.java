package vn.haiphong.showcase.vr360.tiles;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Compiles the tiler's hot loops before the panorama is decoded, on a background thread of its
 * own, by tiling a small synthetic panorama in memory (nothing is written).
 *
 * <p>Why: a {@code vr360 tile} run is a fresh JVM whose hot loops start interpreted. Without
 * this, the C2 compiler thread competes with the two workers while they project the first face,
 * and the loops are compiled again each time a new kind of face (side, top, bottom) changes their
 * branch profile: at 8K about 2 s of C2 time in a 3.3 cpu-s run, the first face at 2.5 × the cost
 * of the next, and {@code bottom} slower than {@code top}. The decode before the projection runs
 * on one thread (libjpeg through ImageIO), so on two cores the other one is free for these
 * compilations; once every kind of face has been seen the compiled code no longer falls back.
 * Under load the compilations cost the same CPU as before, only earlier and once. The results do
 * not depend on it: Java arithmetic is the same interpreted and compiled, so the tiles are the
 * same bytes with or without the warm-up.
 */
public final class Warmup {
    /** The warm-up panorama: 1024 × 512, faces of 256 px, the same 1.27 samples per pixel as 8K → 2048 and 16K → 4096. */
    private static final int WIDTH = 1024;
    private static final int FACE = 256;
    /** Rounds over the six faces: enough for C2 to compile the projection with every face's branches seen. */
    private static final int ROUNDS = 3;

    private Warmup() {
    }

    /** Starts the warm-up on a daemon thread (it never delays the end of the process) and returns at once. */
    public static void start() {
        Thread t = new Thread(Warmup::run, "tiles-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            exercise();
        } catch (IOException | RuntimeException | LinkageError e) {
            // only a loss of speed: the real run compiles the same code as it goes
        }
    }

    /**
     * The warm-up itself, on the calling thread: every step of a tiling on a small synthetic
     * panorama, the JPEG tiles encoded in memory. Returns the bytes encoded (for the tests).
     */
    static long exercise() throws IOException {
        byte[] px = new byte[WIDTH * (WIDTH / 2) * 3];
        int seed = 0x2545F491;
        for (int i = 0; i < px.length; i++) {
            seed ^= seed << 13;
            seed ^= seed >>> 17;
            seed ^= seed << 5;
            px[i] = (byte) ((i / 3 % WIDTH) / 4 + (seed & 63));
        }
        EquirectImage pano = new EquirectImage(WIDTH, WIDTH / 2, px);
        FaceProjector projector = new FaceProjector(pano, FACE);
        FaceImage face = new FaceImage(FACE);
        FaceImage half = new FaceImage(FACE / 2);
        long encoded = 0;
        // side, top and bottom faces in turn, so that the compiled loops have seen every kind
        for (int round = 0; round < ROUNDS; round++) {
            for (CubeFace f : CubeFace.values()) {
                if (f == CubeFace.TOP && round == 0) {
                    PolarPrefilter.apply(pano, FACE, false);
                }
                projector.projectSerially(f, face);
                face.halveInto(half);
                BufferedImage tile = f.psvHalfTurn() ? face.region(0, 0, FACE / 2).halfTurned().asImage()
                        : face.asImage().getSubimage(0, 0, FACE / 2, FACE / 2);
                encoded += JpegFiles.encode(tile, JpegFiles.QUALITY).length;
                face.resized(FACE / 4);
            }
        }
        return encoded;
    }
}
