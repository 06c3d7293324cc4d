package vn.haiphong.showcase.vr360.tiles;

import java.util.Locale;

/**
 * The six faces of the cube around the viewer, in the standard orientation: the orientation of
 * Pannellum's and Hugin's cube faces and of the reference faces in {@code ../shared/heldout-pano/}.
 * Seen from the centre, {@code front} looks at yaw 0 (the middle of the equirect), {@code right}
 * at yaw 90° (a quarter of the width to the right), and every side face has the sky at its top.
 * {@code top} is the sky seen by tilting the head back from {@code front}: its bottom edge meets
 * the top edge of {@code front}, its right edge meets {@code right}. {@code bottom} is the ground
 * seen by looking down from {@code front}: its top edge meets the bottom edge of {@code front}.
 *
 * <p>Photo Sphere Viewer 5 (cubemap and cubemap-tiles adapters, {@code flipTopBottom: false})
 * wants {@code top} and {@code bottom} turned by half a turn compared with this: its top face has
 * {@code front} along its top edge and {@code right} along its left edge. Source: the adapter's
 * {@code textureCoordsToSphericalCoords} in packages/cubemap-adapter/src/CubemapAdapter.ts of
 * github.com/mistic100/Photo-Sphere-Viewer, where {@code top} is {@code yawPitch(-v, -u, -1)} and
 * {@code bottom} {@code yawPitch(v, -u, 1)} with u, v from -1 (left, top) to 1 and axes x = yaw 0,
 * y = yaw 90°, z = down; the same follows from its three.js BoxGeometry (face order left, right,
 * top, bottom, back, front, mirrored in z) and its example cubemap, laid out with the top face
 * above {@code back} (issue #748). {@link #psvHalfTurn()} marks the faces to turn when writing tiles.
 */
public enum CubeFace {
    FRONT, RIGHT, BACK, LEFT, TOP, BOTTOM;

    /** The file and URL name of the face: {@code front}, {@code right}, … (Photo Sphere Viewer's names). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for {@code top} and {@code bottom}, which Photo Sphere Viewer reads turned by 180°. */
    public boolean psvHalfTurn() {
        return this == TOP || this == BOTTOM;
    }

    /** True for the four faces around the horizon. */
    boolean isSide() {
        return !psvHalfTurn();
    }

    /** For a side face, the yaw of its centre in radians (0, π/2, π, -π/2). */
    double centreYaw() {
        return switch (this) {
            case FRONT -> 0;
            case RIGHT -> Math.PI / 2;
            case BACK -> Math.PI;
            case LEFT -> -Math.PI / 2;
            default -> throw new IllegalStateException(this + " is not a side face");
        };
    }

    /**
     * The direction seen through point (a, b) of this face, a from -1 (left edge) to 1 (right),
     * b from -1 (top edge) to 1 (bottom), as {x, y, z} with x towards yaw 0, y towards yaw 90°
     * and z up (not normalised).
     */
    public double[] direction(double a, double b) {
        return switch (this) {
            case FRONT -> new double[] {1, a, -b};
            case RIGHT -> new double[] {-a, 1, -b};
            case BACK -> new double[] {-1, -a, -b};
            case LEFT -> new double[] {a, -1, -b};
            case TOP -> new double[] {b, a, 1};
            case BOTTOM -> new double[] {-b, a, -1};
        };
    }

    /** Yaw in radians (-π..π, positive to the right) of a direction from {@link #direction}. */
    static double yaw(double[] d) {
        return Math.atan2(d[1], d[0]);
    }

    /** Pitch in radians (-π/2..π/2, positive up) of a direction from {@link #direction}. */
    static double pitch(double[] d) {
        return Math.atan2(d[2], Math.hypot(d[0], d[1]));
    }
}
