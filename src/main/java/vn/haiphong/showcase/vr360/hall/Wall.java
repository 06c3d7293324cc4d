package vn.haiphong.showcase.vr360.hall;

import java.util.Locale;

/** The four walls of a {@link Hall}, named by the compass direction they face the visitor from. */
public enum Wall {
    NORTH, EAST, SOUTH, WEST;

    /** The name used in {@code exhibition.yaml} and in messages: {@code north}, {@code east}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The point {@code along} metres from this wall's left end (as seen facing it from the centre)
     * and {@code up} metres above the floor, as {x north, y east, z up} relative to the camera.
     */
    double[] point(Hall hall, double along, double up) {
        double hw = hall.width() / 2;
        double hd = hall.depth() / 2;
        double z = up - HallLayout.EYE_HEIGHT;
        return switch (this) {
            case NORTH -> new double[] {hd, -hw + along, z};
            case EAST -> new double[] {hd - along, hw, z};
            case SOUTH -> new double[] {-hd, hw - along, z};
            case WEST -> new double[] {-hd + along, -hw, z};
        };
    }
}
