package vn.haiphong.showcase.vr360;

import java.util.List;

/** Where a wall item ended up: metres on its wall, and its centre and corners as directions. */
public record Placed(WallItem item, double left, double bottom, double width, double height, Direction centre,
                     List<Direction> corners) {
}
