package vn.haiphong.showcase.vr360.hall;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.haiphong.showcase.vr360.tiles.Direction;

/**
 * Hangs pictures, videos and doors on the walls of a {@link Hall}. A wall has as many equal slots
 * as the highest slot number used on it; each item is centred in its slot. Pictures and videos
 * hang with their centre at eye height, moved up or down only as far as it takes to stay between
 * {@value #LOWEST_EDGE} m above the floor and {@value #CEILING_GAP} m below the ceiling, as large
 * as fits in 0.8 × the slot's width and {@value #MAX_PICTURE_HEIGHT} m of height at their aspect.
 * Doors are {@value #DOOR_WIDTH} × {@value #DOOR_HEIGHT} m openings standing on the floor.
 * The camera is at the centre of the floor plan, {@value #EYE_HEIGHT} m above the floor.
 *
 * <p>Each item also gets a blank {@link Panel} for the text the viewer draws over it: a label
 * plaque under a picture's frame, left-aligned with it (beside it on the right when a tall picture
 * leaves no room below), a sign over a door's architrave; {@link #title} places the hall's title
 * panel on the wall facing the start view, above everything hanging there.
 */
public final class HallLayout {
    public static final double EYE_HEIGHT = 1.6;
    public static final double DOOR_WIDTH = 1.6;
    public static final double DOOR_HEIGHT = 2.5;
    /** Door frame (casing) width around the opening, drawn on the wall. */
    static final double DOOR_CASING = 0.12;
    static final double MAX_PICTURE_HEIGHT = 2.4;
    static final double SLOT_FILL = 0.8;
    static final double LOWEST_EDGE = 0.5;
    static final double CEILING_GAP = 0.4;
    /** Below this a picture would be a stamp, not an exhibit. */
    static final double MIN_PICTURE_SIDE = 0.2;
    /** The door's architrave: a moulding this wide around the opening (outside the casing). */
    static final double ARCHITRAVE = 0.2;
    /** A picture's label plaque: at most this wide, this high, this far below the frame, never below SKIRTING_CLEAR. */
    static final double LABEL_WIDTH = 0.7;
    static final double LABEL_HEIGHT = 0.3;
    static final double LABEL_GAP = 0.08;
    static final double SKIRTING_CLEAR = 0.15;
    /** A plaque lower than this would not hold two lines of text: it goes beside the picture instead. */
    static final double LABEL_MIN_HEIGHT = 0.2;
    /** The sign over a door: width, height, gap above the architrave. */
    static final double SIGN_WIDTH = 1.8;
    static final double SIGN_HEIGHT = 0.36;
    static final double SIGN_GAP = 0.1;
    /** The hall's title panel: at most this wide (and 45 % of its wall), this high, this far above what hangs below it. */
    static final double TITLE_WIDTH = 6.0;
    static final double TITLE_HEIGHT = 0.7;
    static final double TITLE_GAP = 0.3;
    /** The wall the title panel hangs on: the one the visitor faces at the start (yaw 0). */
    public static final Wall TITLE_WALL = Wall.NORTH;

    private HallLayout() {
    }

    /**
     * Places every item, in the order given.
     *
     * @throws IllegalArgumentException when two items share a slot of a wall, or an item does not
     *                                  fit its slot (a door wider than the slot or taller than the
     *                                  hall, a slot or hall too small for a picture); the message
     *                                  names the items and the wall
     */
    public static List<Placed> place(Hall hall, List<WallItem> items) {
        Map<Wall, Integer> slots = new EnumMap<>(Wall.class);
        Map<String, WallItem> taken = new HashMap<>();
        for (WallItem item : items) {
            slots.merge(item.wall(), item.slot(), Math::max);
            WallItem other = taken.putIfAbsent(item.wall() + "/" + item.slot(), item);
            if (other != null) {
                throw new Misfit(item.id(), "two things hang in slot " + item.slot() + " of the "
                        + item.wall().id() + " wall: " + other.id() + " and " + item.id());
            }
        }
        List<Placed> placed = new ArrayList<>(items.size());
        for (WallItem item : items) {
            placed.add(place(hall, item, slots.get(item.wall())));
        }
        return placed;
    }

    /** An item that cannot hang where it was put; {@link #itemId} names it, the message says why. */
    public static final class Misfit extends IllegalArgumentException {
        private final String itemId;

        Misfit(String itemId, String message) {
            super(message);
            this.itemId = itemId;
        }

        public String itemId() {
            return itemId;
        }
    }

    /** Width in metres of each slot on {@code wall} when it has {@code slots} of them. */
    static double slotWidth(Hall hall, Wall wall, int slots) {
        return hall.length(wall) / slots;
    }

    private static Placed place(Hall hall, WallItem item, int slots) {
        double slot = slotWidth(hall, item.wall(), slots);
        double middle = (item.slot() - 0.5) * slot;
        String where = "slot " + item.slot() + " of the " + item.wall().id() + " wall";
        String split = "the " + item.wall().id() + " wall (" + metres(hall.length(item.wall())) + ") has " + slots
                + " slots of " + metres(slot);
        double width;
        double height;
        double bottom;
        if (item.kind() == WallItem.Kind.DOOR) {
            double needed = DOOR_WIDTH + 2 * DOOR_CASING;
            if (slot < needed) {
                throw new Misfit(item.id(), "the door does not fit in " + where + ": " + split
                        + " and a door needs " + metres(needed));
            }
            if (hall.height() < DOOR_HEIGHT + DOOR_CASING + 0.1) {
                throw new Misfit(item.id(), "the door in " + where + " needs a hall at least "
                        + metres(DOOR_HEIGHT + DOOR_CASING + 0.1) + " high; this one is " + metres(hall.height()));
            }
            width = DOOR_WIDTH;
            height = DOOR_HEIGHT;
            bottom = 0;
        } else {
            double maxWidth = SLOT_FILL * slot;
            double maxHeight = Math.min(MAX_PICTURE_HEIGHT, hall.height() - LOWEST_EDGE - CEILING_GAP);
            width = Math.min(maxWidth, maxHeight * item.aspect());
            height = width / item.aspect();
            if (Math.min(width, height) < MIN_PICTURE_SIDE) {
                throw new Misfit(item.id(), "it does not fit in " + where + ": " + split
                        + ", so it would hang only " + metres(width) + " × " + metres(height));
            }
            double centre = Math.max(LOWEST_EDGE + height / 2, Math.min(hall.height() - CEILING_GAP - height / 2, EYE_HEIGHT));
            bottom = centre - height / 2;
        }
        double left = middle - width / 2;
        Wall w = item.wall();
        List<Direction> corners = List.of(direction(hall, w, left, bottom + height),
                direction(hall, w, left + width, bottom + height), direction(hall, w, left + width, bottom),
                direction(hall, w, left, bottom));
        Panel panel;
        if (item.kind() == WallItem.Kind.DOOR) {
            double signBottom = DOOR_HEIGHT + DOOR_CASING + ARCHITRAVE + SIGN_GAP;
            double signWidth = Math.min(SIGN_WIDTH, slot * 0.9);
            panel = signBottom + SIGN_HEIGHT + 0.1 > hall.height() ? null
                    : Panel.of(Panel.Kind.SIGN, hall, w, middle - signWidth / 2, signBottom, signWidth, SIGN_HEIGHT,
                            "bottom center", slot * 1.9);
        } else {
            double frame = frameWidth(width, height, slot);
            double labelWidth = Math.min(LABEL_WIDTH, width);
            double labelTop = bottom - frame - LABEL_GAP;
            // under the picture, from its left edge; where a tall picture leaves no room there,
            // beside it on the right, level with its bottom, if the slot has room
            double besideLeft = left + width + frame + LABEL_GAP;
            double besideWidth = Math.min(LABEL_WIDTH, (item.slot() * slot) - 0.05 - besideLeft);
            double labelHeight = Math.min(LABEL_HEIGHT, labelTop - SKIRTING_CLEAR);
            if (labelHeight >= LABEL_MIN_HEIGHT) {
                panel = Panel.of(Panel.Kind.LABEL, hall, w, left, labelTop - labelHeight, labelWidth, labelHeight, "top left",
                        slot - 0.15);
            } else if (besideWidth >= 0.3) {
                panel = Panel.of(Panel.Kind.LABEL, hall, w, besideLeft, bottom, besideWidth, LABEL_HEIGHT, "top left",
                        besideWidth + 0.05);
            } else {
                panel = null;
            }
        }
        return new Placed(item, left, bottom, width, height, direction(hall, w, middle, bottom + height / 2), corners, panel);
    }

    /** Width in metres of the frame around a picture {@code width} × {@code height} in a slot {@code slot} wide. */
    static double frameWidth(double width, double height, double slot) {
        return Math.min(0.05 + 0.07 * Math.min(width, height), 0.09 * slot);
    }

    /**
     * The hall's title panel, centred on {@link #TITLE_WALL} above everything hanging there (and
     * the signs over its doors), or null when the hall is too low for it.
     */
    public static Panel title(Hall hall, List<Placed> placed) {
        double above = 0;
        int slots = 1;
        for (Placed p : placed) {
            if (p.item().wall() == TITLE_WALL) {
                slots = Math.max(slots, p.item().slot());
            }
        }
        double slot = slotWidth(hall, TITLE_WALL, slots);
        for (Placed p : placed) {
            if (p.item().wall() != TITLE_WALL) {
                continue;
            }
            double top = p.item().kind() == WallItem.Kind.DOOR ? p.top() + DOOR_CASING + ARCHITRAVE
                    : p.top() + frameWidth(p.width(), p.height(), slot);
            if (p.panel() != null) {
                top = Math.max(top, p.panel().top());
            }
            above = Math.max(above, top);
        }
        // over what hangs there, and never lower than a metre above the eyes (a bare wall)
        double bottom = Math.max(above + TITLE_GAP, EYE_HEIGHT + 1.0);
        if (bottom + TITLE_HEIGHT > hall.height() - 0.25) {
            return null;
        }
        double length = hall.length(TITLE_WALL);
        double width = Math.min(TITLE_WIDTH, 0.45 * length);
        return Panel.of(Panel.Kind.TITLE, hall, TITLE_WALL, (length - width) / 2, bottom, width, TITLE_HEIGHT, "center center",
                0.9 * length);
    }

    /** The direction from the camera of the point {@code along} metres along {@code wall}, {@code up} above the floor. */
    static Direction direction(Hall hall, Wall wall, double along, double up) {
        double[] p = wall.point(hall, along, up);
        return Direction.of(p[0], p[1], p[2]);
    }

    private static String metres(double m) {
        return String.format(Locale.ROOT, "%.2f m", m);
    }
}
