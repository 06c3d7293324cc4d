package vn.haiphong.showcase.vr360.hall;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.haiphong.showcase.vr360.tiles.CubeFace;
import vn.haiphong.showcase.vr360.tiles.FaceImage;
import vn.haiphong.showcase.vr360.tiles.Parallel;

/**
 * Renders a {@link Hall} with its placed pictures, videos and doors as the six cube faces seen
 * from the camera, by casting a ray through every face pixel. Faces come in the standard
 * orientation of {@link CubeFace} — the orientation {@link PanoramaTiler} cuts tiles from (it
 * turns {@code top} and {@code bottom} for Photo Sphere Viewer on the way) — so a
 * {@link Direction} from {@link HallLayout} lands on the face pixel {@link CubeFace#direction}
 * gives for it. Pixels that see another surface than a neighbour (room edges, door openings)
 * are supersampled 4 ×; everything else is filtered analytically by {@link HallScene}.
 */
public final class HallRenderer {
    private static final int BAND = 32;

    private HallRenderer() {
    }

    /**
     * The six faces, each {@code faceSize} square, {@link BufferedImage#TYPE_3BYTE_BGR}.
     *
     * @param placed      what {@link HallLayout#place} returned for this hall
     * @param pictureById the picture of a picture item, the poster of a video item, by item id
     *                    (not asked for doors); any size, prepared once per id
     * @throws IllegalArgumentException when {@code faceSize} is not between 16 and 8192, or a
     *                                  picture or video has no image
     */
    public static Map<CubeFace, BufferedImage> render(Hall hall, List<Placed> placed,
            Function<String, BufferedImage> pictureById, int faceSize) {
        return render(hall, placed, pictureById, Map.of(), faceSize);
    }

    /**
     * As {@link #render(Hall, List, Function, int)}, with the hall seen through each door: a
     * glimpse of its colours, by the door item's id (a door not in the map opens on a hall like
     * this one).
     */
    public static Map<CubeFace, BufferedImage> render(Hall hall, List<Placed> placed,
            Function<String, BufferedImage> pictureById, Map<String, Hall> beyondDoors, int faceSize) {
        if (faceSize < 16 || faceSize > 8192) {
            throw new IllegalArgumentException("face size must be between 16 and 8192 px, was " + faceSize);
        }
        List<Hall> beyond = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            beyond.add(p.item().kind() == WallItem.Kind.DOOR ? beyondDoors.get(p.item().id()) : null);
        }
        HallScene scene = new HallScene(hall, placed, pictures(hall, placed, pictureById, faceSize), beyond);
        Map<CubeFace, FaceImage> faces = new EnumMap<>(CubeFace.class);
        for (CubeFace f : CubeFace.values()) {
            faces.put(f, new FaceImage(faceSize));
        }
        CubeFace[] all = CubeFace.values();
        int bands = (faceSize + BAND - 1) / BAND;
        int pieces = all.length * bands;
        // bands in a scattered order (a stride prime to their number visits each once), so the
        // first bands show the JIT ceiling, walls, pictures, doors and floor alike: compiled with
        // every path already profiled, the shading is not thrown away and compiled again and again
        int stride = 1;
        for (int s = (int) (pieces * 0.38); s > 1; s--) {
            if (gcd(s, pieces) == 1) {
                stride = s;
                break;
            }
        }
        int by = stride;
        Parallel.forEach(pieces, () -> new Worker(scene, faceSize), (order, worker) -> {
            int piece = (int) ((long) order * by % pieces);
            CubeFace f = all[piece / bands];
            int from = piece % bands * BAND;
            worker.band(f, from, Math.min(faceSize, from + BAND), faces.get(f).bgr());
        });
        Map<CubeFace, BufferedImage> out = new EnumMap<>(CubeFace.class);
        faces.forEach((f, img) -> out.put(f, img.asImage()));
        return out;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** Each item's picture, prepared once per id and no larger than the faces can show. */
    private static List<MipPicture> pictures(Hall hall, List<Placed> placed, Function<String, BufferedImage> pictureById,
            int faceSize) {
        Map<String, Double> needed = new HashMap<>();
        for (Placed p : placed) {
            if (p.item().kind() != WallItem.Kind.DOOR) {
                needed.merge(p.item().id(), neededWidth(hall, p, faceSize), Math::max);
            }
        }
        Map<String, MipPicture> prepared = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> ids = new ArrayList<>(needed.keySet());
        ids.parallelStream().forEach(id -> {
            BufferedImage img = pictureById.apply(id);
            if (img == null) {
                throw new IllegalArgumentException("no image for " + id);
            }
            prepared.put(id, MipPicture.of(img, needed.get(id)));
        });
        List<MipPicture> out = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            out.add(p.item().kind() == WallItem.Kind.DOOR ? null : prepared.get(p.item().id()));
        }
        return out;
    }

    /**
     * Texels across a picture that keep all the detail the faces can show: its width over the
     * size of a face pixel at its nearest point (a face pixel spans at least 2 / faceSize × 0.47
     * radians, at the corners of a face).
     */
    private static double neededWidth(Hall hall, Placed p, int faceSize) {
        Wall w = p.item().wall();
        double distance = w == Wall.NORTH || w == Wall.SOUTH ? hall.depth() / 2 : hall.width() / 2;
        double pixel = 2.0 / faceSize * 0.47;
        return p.width() / (distance * pixel);
    }

    /**
     * One worker's scratch: the colours and surface ids of two rows (the row being finished and
     * the one below it, whose ids decide which pixels sit on an edge), the ids of the row above,
     * a hit and colours.
     */
    private static final class Worker {
        private final HallScene scene;
        private final int size;
        private final double step;
        private float[] row = new float[0];
        private float[] next = new float[0];
        private int[] above;
        private int[] ids;
        private int[] below;
        private final HallScene.Hit hit = new HallScene.Hit();
        private final float[] colour = new float[3];
        private final float[] sum = new float[3];
        private final HallScene.Reuse reuse;
        private double[] n;
        private double ax;
        private double ay;
        private double az;
        private double bx;
        private double by;
        private double bz;

        Worker(HallScene scene, int size) {
            this.scene = scene;
            this.size = size;
            this.step = 2.0 / size;
            this.reuse = scene.reuse();
            row = new float[size * 3];
            next = new float[size * 3];
            above = new int[size];
            ids = new int[size];
            below = new int[size];
        }

        /**
         * Rows [from, to) of face {@code f} into {@code out} (B, G, R bytes). A pixel whose
         * surface differs from a neighbour's is an edge and is shaded again from four samples.
         */
        void band(CubeFace f, int from, int to, byte[] out) {
            n = f.direction(0, 0);
            double[] ea = f.direction(1, 0);
            double[] eb = f.direction(0, 1);
            ax = (ea[0] - n[0]) * step;
            ay = (ea[1] - n[1]) * step;
            az = (ea[2] - n[2]) * step;
            bx = (eb[0] - n[0]) * step;
            by = (eb[1] - n[1]) * step;
            bz = (eb[2] - n[2]) * step;
            if (from > 0) {
                traceRow(from - 1, above);
            }
            shadeRow(from, row, ids);
            if (from == 0) {
                System.arraycopy(ids, 0, above, 0, size);
            }
            for (int y = from; y < to; y++) {
                if (y + 1 < to) {
                    shadeRow(y + 1, next, below);
                } else if (y + 1 < size) {
                    traceRow(y + 1, below);
                } else {
                    System.arraycopy(ids, 0, below, 0, size);
                }
                int o = y * size * 3;
                for (int x = 0; x < size; x++, o += 3) {
                    int id = ids[x];
                    int i = x * 3;
                    if (id != above[x] || id != below[x] || x > 0 && id != ids[x - 1] || x + 1 < size && id != ids[x + 1]) {
                        supersample(x, y);
                        row[i] = colour[0];
                        row[i + 1] = colour[1];
                        row[i + 2] = colour[2];
                    }
                    // half a level of ordered noise keeps the soft gradients of walls and ceiling from banding
                    float dither = (((x * 7 + y * 13) & 15) - 7.5f) / 16f;
                    out[o] = level(row[i + 2], dither);
                    out[o + 1] = level(row[i + 1], dither);
                    out[o + 2] = level(row[i], dither);
                }
                int[] t = above;
                above = ids;
                ids = below;
                below = t;
                float[] c = row;
                row = next;
                next = c;
            }
        }

        /** Shades the pixel centres of row y into {@code colours} and their surfaces into {@code surfaces}. */
        private void shadeRow(int y, float[] colours, int[] surfaces) {
            double b = (y + 0.5) * step - 1;
            double a0 = step / 2 - 1;
            double sx = n[0] + a0 * ax / step + b * bx / step;
            double sy = n[1] + a0 * ay / step + b * by / step;
            double sz = n[2] + a0 * az / step + b * bz / step;
            scene.shadeRow(sx, sy, sz, ax, ay, az, bx, by, bz, size, hit, colours, surfaces, colour, reuse);
        }

        /** The surfaces seen through the pixel centres of row y. */
        private void traceRow(int y, int[] surfaces) {
            double b = (y + 0.5) * step - 1;
            double a0 = step / 2 - 1;
            double sx = n[0] + a0 * ax / step + b * bx / step;
            double sy = n[1] + a0 * ay / step + b * by / step;
            double sz = n[2] + a0 * az / step + b * bz / step;
            for (int x = 0; x < size; x++) {
                surfaces[x] = scene.trace(sx + x * ax, sy + x * ay, sz + x * az, hit);
            }
        }

        /** Pixel (x, y) as the mean of four samples of half the footprint, into {@code colour}. */
        private void supersample(int x, int y) {
            double a = (x + 0.5) * step - 1;
            double b = (y + 0.5) * step - 1;
            double dx = n[0] + a * ax / step + b * bx / step;
            double dy = n[1] + a * ay / step + b * by / step;
            double dz = n[2] + a * az / step + b * bz / step;
            sum[0] = 0;
            sum[1] = 0;
            sum[2] = 0;
            for (int k = 0; k < 4; k++) {
                double sa = (k & 1) == 0 ? -0.25 : 0.25;
                double sb = (k & 2) == 0 ? -0.25 : 0.25;
                scene.shade(dx + sa * ax + sb * bx, dy + sa * ay + sb * by, dz + sa * az + sb * bz,
                        ax / 2, ay / 2, az / 2, bx / 2, by / 2, bz / 2, hit, colour, reuse);
                sum[0] += colour[0];
                sum[1] += colour[1];
                sum[2] += colour[2];
            }
            colour[0] = sum[0] / 4;
            colour[1] = sum[1] / 4;
            colour[2] = sum[2] / 4;
        }

        private static byte level(float linear, float dither) {
            int v = (int) (Srgb.toLevel(linear) + 0.5f + dither);
            return (byte) (v < 0 ? 0 : Math.min(v, 255));
        }
    }
}
