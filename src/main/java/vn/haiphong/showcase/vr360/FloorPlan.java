package vn.haiphong.showcase.vr360;

import java.util.Locale;
import vn.haiphong.showcase.vr360.Exhibition.Door;
import vn.haiphong.showcase.vr360.Exhibition.OnWall;
import vn.haiphong.showcase.vr360.Exhibition.Room;

/**
 * The floor plan the viewer's map shows: every room as a rectangle at its {@code map:} position,
 * sized by its hall (panorama rooms as circles), doors as openings in the walls. No words on it:
 * room names come from the page, in the visitor's language.
 */
public final class FloorPlan {
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 600;
    /** Pixels per metre: three 18 m halls side by side fill the width. */
    private static final double SCALE = 14;
    /** A panorama room's circle on the plan. */
    private static final double PANORAMA_RADIUS = 90;

    private FloorPlan() {
    }

    /** Where a room's centre is on the plan, in the plan's pixels. */
    public static double x(Room r) {
        return r.mapX() * WIDTH;
    }

    public static double y(Room r) {
        return r.mapY() * HEIGHT;
    }

    /** How wide a room is drawn on the plan (its hall's width, or a panorama's circle), in the plan's pixels. */
    public static double width(Room r) {
        return r.isHall() ? r.hall().width() * SCALE : 2 * PANORAMA_RADIUS;
    }

    /** How deep (north to south) a room is drawn on the plan, in the plan's pixels. */
    public static double depth(Room r) {
        return r.isHall() ? r.hall().depth() * SCALE : 2 * PANORAMA_RADIUS;
    }

    static String svg(Exhibition ex) {
        StringBuilder sb = new StringBuilder(2048);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\">\n");
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"#f4efe6\"/>\n");
        for (Room r : ex.rooms()) {
            double cx = x(r);
            double cy = y(r);
            if (!r.isHall()) {
                sb.append(String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#ffffff\" stroke=\"#3d3a35\" stroke-width=\"6\"/>\n", cx, cy,
                        PANORAMA_RADIUS));
                continue;
            }
            double w = width(r);
            double d = depth(r);
            String floor = hex(blend(r.hall().floor().getRGB(), 0xffffff, 0.7));
            sb.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"4\" fill=\"%s\" stroke=\"#3d3a35\" stroke-width=\"6\"/>\n",
                    cx - w / 2, cy - d / 2, w, d, floor));
            String accent = hex(r.hall().accent().getRGB());
            for (Door door : r.doors()) {
                OnWall on = (OnWall) door.spot();
                int slots = slotsOn(r, on);
                double t = (on.slot() - 0.5) / slots;
                double half = 0.8 * SCALE;
                double[] seg = switch (on.wall()) {
                    case NORTH -> new double[] {cx - w / 2 + t * w - half, cy - d / 2, cx - w / 2 + t * w + half, cy - d / 2};
                    case SOUTH -> new double[] {cx + w / 2 - t * w - half, cy + d / 2, cx + w / 2 - t * w + half, cy + d / 2};
                    case EAST -> new double[] {cx + w / 2, cy - d / 2 + t * d - half, cx + w / 2, cy - d / 2 + t * d + half};
                    case WEST -> new double[] {cx - w / 2, cy + d / 2 - t * d - half, cx - w / 2, cy + d / 2 - t * d + half};
                };
                sb.append(String.format(Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"10\"/>\n",
                        seg[0], seg[1], seg[2], seg[3], accent));
            }
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    /** How many slots a wall has: the highest slot used on it. */
    private static int slotsOn(Room r, OnWall on) {
        int max = on.slot();
        for (var e : r.exhibits()) {
            if (e.spot() instanceof OnWall w && w.wall() == on.wall()) {
                max = Math.max(max, w.slot());
            }
        }
        for (Door d : r.doors()) {
            if (d.spot() instanceof OnWall w && w.wall() == on.wall()) {
                max = Math.max(max, w.slot());
            }
        }
        return max;
    }

    private static int blend(int rgb, int with, double amount) {
        int r = (int) Math.round(((rgb >> 16) & 255) * (1 - amount) + ((with >> 16) & 255) * amount);
        int g = (int) Math.round(((rgb >> 8) & 255) * (1 - amount) + ((with >> 8) & 255) * amount);
        int b = (int) Math.round((rgb & 255) * (1 - amount) + (with & 255) * amount);
        return (r << 16) | (g << 8) | b;
    }

    private static String hex(int rgb) {
        return String.format("#%06x", rgb & 0xffffff);
    }
}
