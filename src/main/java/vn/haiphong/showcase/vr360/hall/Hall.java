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

    /**
     * The colour of the title panel: the accent, darkened as far as it takes for white text on it
     * to reach a contrast of at least 4.5:1 (WCAG AA), so the hall keeps its colour and the viewer
     * its legibility.
     */
    public Color titleColour() {
        float[] c = {accent.getRed(), accent.getGreen(), accent.getBlue()};
        for (int i = 0; i < 40 && contrastWithWhite(c) < 4.6; i++) {
            for (int k = 0; k < 3; k++) {
                c[k] *= 0.93f;
            }
        }
        return new Color(Math.round(c[0]), Math.round(c[1]), Math.round(c[2]));
    }

    private static double contrastWithWhite(float[] srgb) {
        double l = 0.2126 * lin(srgb[0]) + 0.7152 * lin(srgb[1]) + 0.0722 * lin(srgb[2]);
        return 1.05 / (l + 0.05);
    }

    private static double lin(float level) {
        double v = level / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** A floor of little colour (a grey or a greyish blue) is polished concrete; any other, wooden planks. */
    public boolean concreteFloor() {
        int max = Math.max(floor.getRed(), Math.max(floor.getGreen(), floor.getBlue()));
        int min = Math.min(floor.getRed(), Math.min(floor.getGreen(), floor.getBlue()));
        return max == 0 || (max - min) / (double) max < 0.25;
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
