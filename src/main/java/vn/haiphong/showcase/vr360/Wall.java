package vn.haiphong.showcase.vr360;

/** A wall of a hall, named by the compass: north is straight ahead at the start. */
public enum Wall {
    NORTH, EAST, SOUTH, WEST
}
