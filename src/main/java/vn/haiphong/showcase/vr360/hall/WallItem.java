package vn.haiphong.showcase.vr360.hall;

import java.util.Objects;

/**
 * Something that takes a slot on a wall of a {@link Hall}: a picture, a video (drawn as its
 * poster) or a door to another room.
 *
 * @param id     the exhibit's id, or for a door whatever names it in messages (e.g. the target room)
 * @param slot   1-based, left to right as seen from the centre of the hall
 * @param aspect the picture's width / height; ignored for doors
 */
public record WallItem(String id, Wall wall, int slot, Kind kind, double aspect) {
    /** What hangs in the slot. */
    public enum Kind { PICTURE, VIDEO, DOOR }

    public WallItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(wall, "wall");
        Objects.requireNonNull(kind, "kind");
        if (slot < 1) {
            throw new IllegalArgumentException("slot of " + id + " must be 1 or more, was " + slot);
        }
        if (kind != Kind.DOOR && !(aspect > 0.01 && aspect < 100)) {
            throw new IllegalArgumentException("aspect (width / height) of " + id + " must be between 0.01 and 100, was "
                    + aspect);
        }
    }

    /** A door to {@code to}: the target room's id names it. */
    public static WallItem door(String to, Wall wall, int slot) {
        return new WallItem(to, wall, slot, Kind.DOOR, 1);
    }
}
