package vn.haiphong.showcase.vr360.hall;

import java.util.List;
import java.util.Objects;
import vn.haiphong.showcase.vr360.tiles.Direction;

/**
 * Where a {@link WallItem} hangs: its rectangle on the wall in metres ({@code left} from the
 * wall's left end as seen facing it from the centre, {@code bottom} above the floor) and the
 * directions of its centre and corners as the visitor sees them. For pictures and videos the
 * rectangle is the image itself (the frame is drawn around it); for doors, the opening.
 *
 * @param corners top-left, top-right, bottom-right, bottom-left as seen by the visitor
 * @param panel   the blank label plaque under a picture or video, or the sign over a door; null
 *                when the wall has no room for it
 */
public record Placed(WallItem item, double left, double bottom, double width, double height, Direction centre,
        List<Direction> corners, Panel panel) {
    public Placed {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(centre, "centre");
        corners = List.copyOf(corners);
        if (corners.size() != 4) {
            throw new IllegalArgumentException("a placed item has 4 corners, got " + corners.size());
        }
    }

    /** Right edge in metres from the wall's left end. */
    public double right() {
        return left + width;
    }

    /** Top edge in metres above the floor. */
    public double top() {
        return bottom + height;
    }
}
