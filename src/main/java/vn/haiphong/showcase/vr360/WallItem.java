package vn.haiphong.showcase.vr360;

/** One thing to hang on a hall's wall. */
public record WallItem(String id, Wall wall, int slot, Kind kind, double aspect) {
    public enum Kind { PICTURE, VIDEO, DOOR }
}
