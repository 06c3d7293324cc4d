package vn.haiphong.showcase.vr360.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.haiphong.showcase.vr360.tiles.Direction;

/** Where {@link HallLayout} hangs things, in metres and as Photo Sphere Viewer directions. */
class HallLayoutTest {
    private static final double EPS = 1e-9;
    private static final Hall HALL = Hall.of(18, 12, 5);

    private static WallItem picture(String id, Wall wall, int slot, double aspect) {
        return new WallItem(id, wall, slot, WallItem.Kind.PICTURE, aspect);
    }

    /** The direction of a wall point computed from scratch: x north, y east, camera at (0, 0, 1.6). */
    private static Direction expected(Hall hall, Wall wall, double along, double up) {
        double x;
        double y;
        switch (wall) {
            case NORTH -> {
                x = hall.depth() / 2;
                y = -hall.width() / 2 + along;
            }
            case EAST -> {
                x = hall.depth() / 2 - along;
                y = hall.width() / 2;
            }
            case SOUTH -> {
                x = -hall.depth() / 2;
                y = hall.width() / 2 - along;
            }
            default -> {
                x = -hall.depth() / 2 + along;
                y = -hall.width() / 2;
            }
        }
        double yaw = Math.atan2(y, x);
        return new Direction(yaw < 0 ? yaw + 2 * Math.PI : yaw, Math.atan2(up - 1.6, Math.hypot(x, y)));
    }

    private static void assertDirection(Direction want, Direction got, String what) {
        assertEquals(0, Math.IEEEremainder(want.yaw() - got.yaw(), 2 * Math.PI), 1e-9, what + " yaw");
        assertEquals(want.pitch(), got.pitch(), 1e-9, what + " pitch");
        assertTrue(got.yaw() >= 0 && got.yaw() < 2 * Math.PI, what + " yaw in [0, 2π): " + got.yaw());
    }

    @Test
    void aPictureInTheMiddleOfEachWallAtEyeHeightLooksAlongTheCompass() {
        // 3 slots of 6 m (north, south) or 4 m (east, west); aspect 3 keeps the picture 1.6 m high or less
        List<WallItem> items = List.of(picture("n", Wall.NORTH, 2, 3), picture("n3", Wall.NORTH, 3, 3),
                picture("e", Wall.EAST, 2, 3), picture("e3", Wall.EAST, 3, 3), picture("s", Wall.SOUTH, 2, 3),
                picture("s3", Wall.SOUTH, 3, 3), picture("w", Wall.WEST, 2, 3), picture("w3", Wall.WEST, 3, 3));
        List<Placed> placed = HallLayout.place(HALL, items);
        double[] yaws = {0, Math.PI / 2, Math.PI, 3 * Math.PI / 2};
        for (int i = 0; i < 4; i++) {
            Placed p = placed.get(2 * i);
            assertEquals(1.6, p.bottom() + p.height() / 2, EPS, p.item().id() + " hangs at eye height");
            assertEquals(yaws[i], p.centre().yaw(), EPS, p.item().id() + " yaw");
            assertEquals(0, p.centre().pitch(), EPS, p.item().id() + " pitch");
        }
    }

    @Test
    void slotsSplitTheWallEquallyAndPicturesFillAtMostEightTenthsOfTheirSlot() {
        List<Placed> placed = HallLayout.place(HALL, List.of(picture("wide", Wall.NORTH, 3, 2), picture("tall", Wall.NORTH, 6, 0.5),
                picture("east", Wall.EAST, 1, 1.5)));
        // north: 6 slots of 3 m; slot 3 spans 6..9 m, centre 7.5; 0.8 × 3 = 2.4 m wide, 1.2 m high
        Placed wide = placed.get(0);
        assertEquals(2.4, wide.width(), EPS);
        assertEquals(1.2, wide.height(), EPS);
        assertEquals(7.5 - 1.2, wide.left(), EPS);
        assertEquals(1.0, wide.bottom(), EPS);
        // slot 6 spans 15..18 m; the 2.4 m height limit: 1.2 × 2.4 m, lifted so the bottom stays at 0.5 m
        Placed tall = placed.get(1);
        assertEquals(1.2, tall.width(), EPS);
        assertEquals(2.4, tall.height(), EPS);
        assertEquals(16.5 - 0.6, tall.left(), EPS);
        assertEquals(0.5, tall.bottom(), EPS);
        // east: one slot of 12 m, limited by the 2.4 m height: 3.6 × 2.4 m
        Placed east = placed.get(2);
        assertEquals(3.6, east.width(), EPS);
        assertEquals(6 - 1.8, east.left(), EPS);
    }

    @Test
    void inALowHallPicturesStayClearOfTheCeiling() {
        Hall low = Hall.of(10, 10, 2.6);
        Placed p = HallLayout.place(low, List.of(picture("p", Wall.WEST, 1, 0.7))).get(0);
        assertEquals(2.6 - 0.4 - 0.5, p.height(), EPS, "as high as fits between 0.5 m and 0.4 m below the ceiling");
        assertEquals(0.5, p.bottom(), EPS);
        assertEquals(2.2, p.top(), EPS);
    }

    @Test
    void doorsStandOnTheFloorAndTakeASlot() {
        Placed door = HallLayout.place(HALL, List.of(WallItem.door("tourism", Wall.EAST, 4), picture("p", Wall.EAST, 1, 1)))
                .get(0);
        assertEquals(1.6, door.width(), EPS);
        assertEquals(2.5, door.height(), EPS);
        assertEquals(0, door.bottom(), EPS);
        assertEquals(10.5 - 0.8, door.left(), EPS);
    }

    @Test
    void centreAndCornersAreTheDirectionsOfThoseWallPoints() {
        List<WallItem> items = List.of(picture("a", Wall.NORTH, 1, 1.5), picture("b", Wall.EAST, 3, 0.8),
                picture("c", Wall.SOUTH, 5, 1), picture("d", Wall.WEST, 2, 2.5), WallItem.door("x", Wall.SOUTH, 2));
        for (Placed p : HallLayout.place(HALL, items)) {
            Wall w = p.item().wall();
            String id = p.item().id();
            assertDirection(expected(HALL, w, p.left() + p.width() / 2, p.bottom() + p.height() / 2), p.centre(), id + " centre");
            assertDirection(expected(HALL, w, p.left(), p.top()), p.corners().get(0), id + " top-left");
            assertDirection(expected(HALL, w, p.right(), p.top()), p.corners().get(1), id + " top-right");
            assertDirection(expected(HALL, w, p.right(), p.bottom()), p.corners().get(2), id + " bottom-right");
            assertDirection(expected(HALL, w, p.left(), p.bottom()), p.corners().get(3), id + " bottom-left");
            // as the visitor sees it: left is to the left (smaller yaw), top is up
            double turn = Math.IEEEremainder(p.corners().get(1).yaw() - p.corners().get(0).yaw(), 2 * Math.PI);
            assertTrue(turn > 0, id + ": top-right is right of top-left");
            assertTrue(p.corners().get(0).pitch() > p.corners().get(3).pitch(), id + ": top-left is above bottom-left");
        }
    }

    @Test
    void aPictureNearTheNorthWestCornerIsJustWestOfNorth() {
        Placed p = HallLayout.place(HALL, List.of(picture("nw", Wall.NORTH, 1, 1), picture("f", Wall.NORTH, 9, 1))).get(0);
        // slot 1 of 9 on an 18 m wall: centre 1 m from the west end, 8 m west of the axis, 6 m north
        assertEquals(2 * Math.PI - Math.atan2(8, 6), p.centre().yaw(), EPS);
    }

    @Test
    void twoThingsInOneSlotAreRefusedNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HallLayout.place(HALL,
                List.of(picture("a", Wall.NORTH, 3, 1), picture("c", Wall.EAST, 3, 1), picture("b", Wall.NORTH, 3, 1))));
        assertEquals("two things hang in slot 3 of the north wall: a and b", e.getMessage());
    }

    @Test
    void aDoorInASlotNarrowerThanADoorIsRefused() {
        HallLayout.Misfit e = assertThrows(HallLayout.Misfit.class,
                () -> HallLayout.place(HALL, List.of(WallItem.door("port", Wall.EAST, 8))));
        assertEquals("port", e.itemId());
        assertTrue(e.getMessage().startsWith("the door does not fit in slot 8 of the east wall"), e.getMessage());
        assertTrue(e.getMessage().contains("8 slots of 1.50 m"), e.getMessage());
    }

    @Test
    void aPictureInATinySlotIsRefused() {
        HallLayout.Misfit e = assertThrows(HallLayout.Misfit.class,
                () -> HallLayout.place(HALL, List.of(picture("crowded", Wall.WEST, 60, 1))));
        assertEquals("crowded", e.itemId());
        assertTrue(e.getMessage().startsWith("it does not fit in slot 60 of the west wall"), e.getMessage());
    }

    @Test
    void directionsKeepTheirYawBetweenZeroAndATurn() {
        assertEquals(3 * Math.PI / 2, new Direction(-Math.PI / 2, 0).yaw(), EPS);
        assertEquals(0.5, new Direction(0.5 + 4 * Math.PI, 0).yaw(), EPS);
        assertEquals(0, new Direction(2 * Math.PI, 0).yaw(), EPS);
        assertThrows(IllegalArgumentException.class, () -> new Direction(0, 2));
    }

    /**
     * Every picture gets a label plaque under its frame, left-aligned with it and clear of the
     * skirting; a door gets a sign over its architrave; the hall's title hangs on the north wall
     * above all of them. Panels never overlap the frames, the doors or one another.
     */
    @Test
    void labelsSignsAndTheTitleHangClearOfFramesDoorsAndEachOther() {
        List<WallItem> items = new java.util.ArrayList<>();
        for (int s = 1; s <= 7; s++) {
            items.add(s == 4 ? WallItem.door("next", Wall.NORTH, s) : picture("n" + s, Wall.NORTH, s, s % 2 == 0 ? 1.5 : 1.8));
        }
        items.add(picture("e1", Wall.EAST, 1, 3));
        items.add(picture("e2", Wall.EAST, 2, 3));
        List<Placed> placed = HallLayout.place(HALL, items);
        for (Placed p : placed) {
            double slot = p.item().wall() == Wall.NORTH ? 18.0 / 7 : 6.0;
            Panel panel = p.panel();
            assertTrue(panel != null, p.item().id() + " has a panel");
            assertTrue(panel.left() >= (p.item().slot() - 1) * slot - EPS && panel.right() <= p.item().slot() * slot + EPS,
                    p.item().id() + ": the panel stays in its slot");
            if (p.item().kind() == WallItem.Kind.DOOR) {
                assertEquals(Panel.Kind.SIGN, panel.kind());
                assertTrue(panel.bottom() >= p.top() + HallLayout.DOOR_CASING + HallLayout.ARCHITRAVE, "the sign is over the architrave");
                assertEquals(p.left() + p.width() / 2, panel.left() + panel.widthMetres() / 2, EPS, "centred over the door");
            } else {
                assertEquals(Panel.Kind.LABEL, panel.kind());
                double frame = HallLayout.frameWidth(p.width(), p.height(), slot);
                assertTrue(panel.top() <= p.bottom() - frame, p.item().id() + ": under the frame");
                assertTrue(panel.bottom() >= HallLayout.SKIRTING_CLEAR, p.item().id() + ": above the skirting");
                assertEquals(p.left(), panel.left(), EPS, p.item().id() + ": left-aligned with its picture");
                assertTrue(panel.space() >= panel.width(), p.item().id() + ": its text may take at least the plaque's width");
            }
            // the anchor is where the viewer pins the text: the top-left corner of a label, the bottom middle of a sign
            double u = panel.kind() == Panel.Kind.LABEL ? panel.left() : panel.left() + panel.widthMetres() / 2;
            double v = panel.kind() == Panel.Kind.LABEL ? panel.top() : panel.bottom();
            assertDirection(expected(HALL, p.item().wall(), u, v), panel.anchor(), p.item().id() + " anchor");
        }
        Panel title = HallLayout.title(HALL, placed);
        assertTrue(title != null, "a 5 m hall has room for its title");
        assertEquals(Wall.NORTH, title.wall());
        assertEquals(9, title.left() + title.widthMetres() / 2, EPS, "centred on the wall");
        assertTrue(title.top() <= HALL.height(), "under the ceiling");
        for (Placed p : placed) {
            if (p.item().wall() == Wall.NORTH) {
                assertTrue(title.bottom() >= p.panel().top() && title.bottom() >= p.top(), "the title is above " + p.item().id());
            }
        }
        assertDirection(expected(HALL, Wall.NORTH, 9, title.bottom() + title.heightMetres() / 2), title.anchor(), "title anchor");
        double dz = title.bottom() + title.heightMetres() / 2 - HallLayout.EYE_HEIGHT;
        assertEquals(2 * Math.atan(title.widthMetres() / 2 / Math.hypot(6, dz)), title.width(), 1e-9, "angular width seen from the centre");
    }

    /** A picture too tall to leave room for its label below gets it beside, on the right; a low hall has no title. */
    @Test
    void aTallPictureHasItsLabelBesideItAndALowHallNoTitle() {
        Hall low = Hall.of(12, 10, 3.3);
        List<Placed> placed = HallLayout.place(low, List.of(picture("tall", Wall.NORTH, 1, 0.7), picture("wide", Wall.NORTH, 2, 1.5)));
        Placed tall = placed.get(0);
        Panel label = tall.panel();
        assertTrue(label != null);
        assertTrue(label.left() > tall.right(), "beside, on the right");
        assertEquals(tall.bottom(), label.bottom(), EPS, "level with the picture's bottom");
        assertTrue(label.right() <= 6, "inside its slot");
        assertEquals(null, HallLayout.title(low, placed), "no room for a title above 2.4 m pictures under a 3.3 m ceiling");
    }
}
