package vn.haiphong.showcase.vr360.tiles;

/**
 * A direction seen from the camera in Photo Sphere Viewer's convention, in radians: yaw 0 looks
 * north (the centre of the {@code front} face), yaw grows to the right (east π/2, south π, west
 * 3π/2) and is kept in [0, 2π); pitch is + up, in [-π/2, π/2].
 */
public record Direction(double yaw, double pitch) {
    private static final double TWO_PI = 2 * Math.PI;

    public Direction {
        if (!Double.isFinite(yaw) || !(Math.abs(pitch) <= Math.PI / 2 + 1e-12)) {
            throw new IllegalArgumentException("not a direction: yaw " + yaw + ", pitch " + pitch);
        }
        yaw %= TWO_PI;
        if (yaw < 0) {
            yaw += TWO_PI;
        }
        if (yaw >= TWO_PI) {
            yaw = 0;
        }
    }

    /** The direction of the vector {x north, y east, z up}. */
    public static Direction of(double x, double y, double z) {
        return new Direction(Math.atan2(y, x), Math.atan2(z, Math.hypot(x, y)));
    }

    /** The direction as a unit vector {x north, y east, z up}, the axes of {@link CubeFace#direction}. */
    public double[] vector() {
        double c = Math.cos(pitch);
        return new double[] {c * Math.cos(yaw), c * Math.sin(yaw), Math.sin(pitch)};
    }
}
