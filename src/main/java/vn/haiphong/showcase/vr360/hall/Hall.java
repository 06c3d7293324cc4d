package vn.haiphong.showcase.vr360.hall;

import java.awt.Color;
import java.util.Objects;

/**
 * A rendered exhibition hall: a box {@code width} metres from west to east, {@code depth} from
 * south to north and {@code height} from floor to ceiling, seen from its centre at eye height
 * ({@link HallLayout#EYE_HEIGHT}). Colours are sRGB.
 *
 * @param accent the frames' inner line, the door frames and a touch of the skirting
 */
public record Hall(double width, double depth, double height, Color walls, Color floor, Color ceiling, Color accent) {
    /** The colours {@code exhibition.yaml} uses when a hall names none. */
    public static final Color DEFAULT_WALLS = new Color(0xef, 0xe8, 0xdc);
    public static final Color DEFAULT_FLOOR = new Color(0x7a, 0x5a, 0x40);
    public static final Color DEFAULT_CEILING = new Color(0xf6, 0xf3, 0xee);
    public static final Color DEFAULT_ACCENT = new Color(0xb3, 0x26, 0x2e);

    public Hall {
        checkSize("width", width);
        checkSize("depth", depth);
        checkSize("height", height);
        if (height <= HallLayout.EYE_HEIGHT) {
            throw new IllegalArgumentException("a hall must be higher than the eye height " + HallLayout.EYE_HEIGHT
                    + " m, was " + height + " m");
        }
        Objects.requireNonNull(walls, "walls");
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(ceiling, "ceiling");
        Objects.requireNonNull(accent, "accent");
    }

    /** A hall of the given size in the default colours. */
    public static Hall of(double width, double depth, double height) {
        return new Hall(width, depth, height, DEFAULT_WALLS, DEFAULT_FLOOR, DEFAULT_CEILING, DEFAULT_ACCENT);
    }

    /** Length of {@code wall} in metres, left end to right end. */
    public double length(Wall wall) {
        return wall == Wall.NORTH || wall == Wall.SOUTH ? width : depth;
    }

    private static void checkSize(String what, double metres) {
        if (!(metres >= 1 && metres <= 200)) {
            throw new IllegalArgumentException("hall " + what + " must be between 1 and 200 m, was " + metres);
        }
    }
}
