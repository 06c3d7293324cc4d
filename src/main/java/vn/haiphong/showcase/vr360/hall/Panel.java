package vn.haiphong.showcase.vr360.hall;

import java.util.Objects;
import vn.haiphong.showcase.vr360.tiles.Direction;

/**
 * A blank panel painted on a wall, whose text the viewer draws over it in the visitor's language:
 * a picture's label plaque, the sign over a door, the hall's title. Its rectangle is in wall
 * metres ({@code left} from the wall's left end as seen from the centre, {@code bottom} above the
 * floor); {@code anchor} is the point of it the viewer pins its text to ({@link #anchorName} says
 * which), {@code width} and {@code height} are its angular size in radians as seen from the camera
 * (the great-circle distance between the midpoints of opposite edges), {@code space} the angular
 * width its text may take at most before it would reach a neighbour (a label: its picture's width;
 * a sign, which hangs above the pictures: its slot and half of each neighbouring one; the title: its wall).
 */
public record Panel(Kind kind, Wall wall, double left, double bottom, double widthMetres, double heightMetres,
        Direction anchor, String anchorName, double width, double height, double space) {
    /** What the panel is for. */
    public enum Kind { LABEL, SIGN, TITLE }

    public Panel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(wall, "wall");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(anchorName, "anchorName");
    }

    public double right() {
        return left + widthMetres;
    }

    public double top() {
        return bottom + heightMetres;
    }

    /**
     * The panel {@code w} × {@code h} metres at ({@code left}, {@code bottom}) on {@code wall},
     * pinned at its {@code anchorName} point ("top left", "bottom center" or "center center"),
     * whose text may spread over {@code spaceMetres} of wall.
     */
    static Panel of(Kind kind, Hall hall, Wall wall, double left, double bottom, double w, double h, String anchorName,
            double spaceMetres) {
        double cu = left + w / 2;
        double cv = bottom + h / 2;
        double au = anchorName.endsWith("left") ? left : cu;
        double av = anchorName.startsWith("top") ? bottom + h : anchorName.startsWith("bottom") ? bottom : cv;
        double width = angle(hall, wall, left, cv, left + w, cv);
        double height = angle(hall, wall, cu, bottom, cu, bottom + h);
        double space = angle(hall, wall, cu - spaceMetres / 2, cv, cu + spaceMetres / 2, cv);
        return new Panel(kind, wall, left, bottom, w, h, HallLayout.direction(hall, wall, au, av), anchorName, width, height,
                space);
    }

    /** The angle in radians between two wall points as seen from the camera. */
    static double angle(Hall hall, Wall wall, double u1, double v1, double u2, double v2) {
        double[] a = wall.point(hall, u1, v1);
        double[] b = wall.point(hall, u2, v2);
        double dot = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
        double cross = Math.sqrt(Math.pow(a[1] * b[2] - a[2] * b[1], 2) + Math.pow(a[2] * b[0] - a[0] * b[2], 2)
                + Math.pow(a[0] * b[1] - a[1] * b[0], 2));
        return Math.atan2(cross, dot);
    }
}
