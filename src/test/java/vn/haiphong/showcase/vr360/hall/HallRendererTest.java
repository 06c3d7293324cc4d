package vn.haiphong.showcase.vr360.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.haiphong.showcase.vr360.tiles.CubeFace;
import vn.haiphong.showcase.vr360.tiles.Panoramas;
import vn.haiphong.showcase.vr360.tiles.Direction;

/**
 * The rendered hall: pictures land on the face pixels {@link HallLayout} computes for them,
 * faces meet without seams, distant fine detail is averaged rather than aliased.
 */
class HallRendererTest {
    static final int SIZE = 2048;
    /** Saturated colours, easy to tell from walls, mats and frames under any light. */
    static final Color[] COLOURS = {new Color(255, 0, 0), new Color(0, 200, 0), new Color(0, 0, 255),
            new Color(255, 0, 255), new Color(0, 220, 220), new Color(230, 230, 0)};
    static final Hall HALL = Hall.of(18, 12, 5);
    static List<Placed> placed;
    static Map<String, BufferedImage> pictures = new HashMap<>();
    static Map<CubeFace, BufferedImage> faces;

    @BeforeAll
    static void render() {
        List<WallItem> items = new ArrayList<>();
        int n = 0;
        int[] slots = {5, 4, 5, 4};
        for (Wall w : Wall.values()) {
            for (int s = 1; s <= slots[w.ordinal()]; s++) {
                if (w == Wall.SOUTH && s == 3) {
                    items.add(WallItem.door("next", w, s));
                    continue;
                }
                String id = "p" + n;
                double aspect = n % 3 == 0 ? 0.75 : 1.5;
                WallItem.Kind kind = n % 5 == 4 ? WallItem.Kind.VIDEO : WallItem.Kind.PICTURE;
                items.add(new WallItem(id, w, s, kind, aspect));
                pictures.put(id, solid(COLOURS[n % COLOURS.length], aspect));
                n++;
            }
        }
        placed = HallLayout.place(HALL, items);
        faces = HallRenderer.render(HALL, placed, pictures::get, SIZE);
    }

    static BufferedImage solid(Color c, double aspect) {
        int h = 600;
        BufferedImage img = new BufferedImage((int) Math.round(h * aspect), h, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.dispose();
        return img;
    }

    /** The face and pixel (x, y, continuous) where a direction lands, on whichever face holds it. */
    record Spot(CubeFace face, double x, double y) {
    }

    static Spot spot(double[] d) {
        for (CubeFace f : CubeFace.values()) {
            double[] p = Panoramas.expectedPixel(f, d, SIZE);
            if (p != null && p[0] >= 0 && p[0] < SIZE && p[1] >= 0 && p[1] < SIZE) {
                return new Spot(f, p[0], p[1]);
            }
        }
        throw new AssertionError("no face for " + java.util.Arrays.toString(d));
    }

    static int rgb(Spot s) {
        return faces.get(s.face()).getRGB((int) Math.floor(s.x()), (int) Math.floor(s.y()));
    }

    /** True when a rendered pixel shows the saturated colour c (same strong and weak channels, whatever the light). */
    static boolean shows(int rgb, Color c) {
        int[] got = {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff};
        int[] want = {c.getRed(), c.getGreen(), c.getBlue()};
        int max = Math.max(got[0], Math.max(got[1], got[2]));
        for (int i = 0; i < 3; i++) {
            boolean strong = want[i] > 128;
            if (strong ? got[i] < max * 0.75 || got[i] < 90 : got[i] > max * 0.3) {
                return false;
            }
        }
        return true;
    }

    static Color colourOf(Placed p) {
        return COLOURS[Integer.parseInt(p.item().id().substring(1)) % COLOURS.length];
    }

    @Test
    void facesAreSquareBgrImagesOfTheSizeAsked() {
        assertEquals(6, faces.size());
        for (BufferedImage f : faces.values()) {
            assertEquals(SIZE, f.getWidth());
            assertEquals(SIZE, f.getHeight());
            assertEquals(BufferedImage.TYPE_3BYTE_BGR, f.getType());
        }
    }

    @Test
    void eachPictureIsDrawnWhereItsCentreDirectionPoints() {
        int checked = 0;
        for (Placed p : placed) {
            if (p.item().kind() == WallItem.Kind.DOOR) {
                continue;
            }
            Spot s = spot(p.centre().vector());
            assertTrue(shows(rgb(s), colourOf(p)), p.item().id() + " at " + s + " shows " + Integer.toHexString(rgb(s)));
            checked++;
        }
        assertEquals(17, checked);
    }

    @Test
    void picturesAreOnTheFaceOfTheirWall() {
        Map<Wall, CubeFace> faceOf = Map.of(Wall.NORTH, CubeFace.FRONT, Wall.EAST, CubeFace.RIGHT, Wall.SOUTH, CubeFace.BACK,
                Wall.WEST, CubeFace.LEFT);
        for (Placed p : placed) {
            Direction c = p.centre();
            // only the middle slots sit squarely in front of the face centre
            if (Math.abs(Math.IEEEremainder(c.yaw(), Math.PI / 2)) < 0.2) {
                assertEquals(faceOf.get(p.item().wall()), spot(c.vector()).face(), p.item().id());
            }
        }
    }

    /**
     * The picture's corners and edges are where HallLayout's corners say, to about a pixel: a
     * face is a gnomonic projection, so the drawn edges are the straight lines between the corner
     * pixels. Two pixels inside each corner and each edge's middle show the picture; two pixels
     * outside show something else (mat or screen). The edges are box-filtered over about a
     * pixel, so a corner more than a pixel off fails.
     */
    @Test
    void pictureCornersAndEdgesLandWhereTheLayoutSaysWithinAPixel() {
        int checked = 0;
        for (Placed p : placed) {
            if (p.item().kind() == WallItem.Kind.DOOR) {
                continue;
            }
            Spot centre = spot(p.centre().vector());
            List<Spot> corners = p.corners().stream().map(d -> spot(d.vector())).toList();
            if (corners.stream().anyMatch(s -> s.face() != centre.face())) {
                continue; // across a face edge: the pixel walk below would leave the face
            }
            for (int k = 0; k < 4; k++) {
                Spot c = corners.get(k);
                Spot d = corners.get((k + 1) % 4);
                Spot mid = new Spot(c.face(), (c.x() + d.x()) / 2, (c.y() + d.y()) / 2);
                for (Spot at : List.of(c, mid)) {
                    // unit steps towards the centre along x and y separately
                    double sx = Math.signum(Math.round(centre.x() - at.x()));
                    double sy = Math.signum(Math.round(centre.y() - at.y()));
                    if (at == mid) {
                        boolean vertical = Math.abs(d.x() - c.x()) < Math.abs(d.y() - c.y());
                        sx = vertical ? sx : 0;
                        sy = vertical ? 0 : sy;
                    }
                    Spot in = new Spot(c.face(), at.x() + 2 * sx, at.y() + 2 * sy);
                    Spot out = new Spot(c.face(), at.x() - 2 * sx, at.y() - 2 * sy);
                    String what = p.item().id() + (at == mid ? " middle of edge " : " corner ") + k;
                    assertTrue(shows(rgb(in), colourOf(p)), what + " 2 px inside: " + Integer.toHexString(rgb(in)));
                    assertTrue(!shows(rgb(out), colourOf(p)), what + " 2 px outside: " + Integer.toHexString(rgb(out)));
                }
            }
            checked++;
        }
        assertTrue(checked >= 10, "checked " + checked + " pictures");
    }

    /**
     * For each edge pixel of each face, the pixel on the neighbouring face just across the edge
     * (found through the directions, not through any layout table) has nearly the same colour.
     */
    @Test
    void facesMeetWithoutSeams() {
        for (CubeFace f : CubeFace.values()) {
            double sum = 0;
            int n = 0;
            for (int i = 0; i < SIZE; i++) {
                double t = 2.0 * (i + 0.5) / SIZE - 1;
                double[][] edges = {{t, -1}, {t, 1}, {-1, t}, {1, t}};
                for (double[] e : edges) {
                    double a = e[0];
                    double b = e[1];
                    // the centre of this face's edge pixel, and a point half a pixel beyond the edge
                    double ia = Math.abs(a) == 1 ? a * (1 - 1.0 / SIZE) : a;
                    double ib = Math.abs(b) == 1 ? b * (1 - 1.0 / SIZE) : b;
                    double oa = Math.abs(a) == 1 ? a * (1 + 1.0 / SIZE) : a;
                    double ob = Math.abs(b) == 1 ? b * (1 + 1.0 / SIZE) : b;
                    int here = faces.get(f).getRGB((int) ((ia + 1) / 2 * SIZE), (int) ((ib + 1) / 2 * SIZE));
                    Spot there = spot(f.direction(oa, ob));
                    assertTrue(there.face() != f, f + " edge at " + a + ", " + b);
                    sum += difference(here, rgb(there));
                    n++;
                }
            }
            double mean = sum / n;
            assertTrue(mean < 4, f + ": mean difference across its edges " + mean);
        }
    }

    static double difference(int p, int q) {
        return (Math.abs((p >> 16 & 0xff) - (q >> 16 & 0xff)) + Math.abs((p >> 8 & 0xff) - (q >> 8 & 0xff))
                + Math.abs((p & 0xff) - (q & 0xff))) / 3.0;
    }

    /**
     * Through a door the next hall shows in its own colours: here (no hall given behind it) a
     * hall like this one, whose accent (red) is the picture glimpsed on its far wall; around the
     * opening, the casing in the accent colour.
     */
    @Test
    void aDoorShowsTheNextHallInsideAnAccentCasing() {
        Placed door = placed.stream().filter(p -> p.item().kind() == WallItem.Kind.DOOR).findFirst().orElseThrow();
        // straight through the opening at eye height: the far wall's picture
        double[] through = HallLayout.direction(HALL, Wall.SOUTH, door.left() + door.width() / 2, HallLayout.EYE_HEIGHT).vector();
        int inside = rgb(spot(through));
        assertTrue(shows(inside, new Color(255, 0, 0)), "the next hall's accent through the door: " + Integer.toHexString(inside));
        // just outside the top-left corner of the opening: the casing, in the accent colour (red)
        Spot c = spot(HallLayout.direction(HALL, Wall.SOUTH, door.left() - 0.06, door.top() + 0.06).vector());
        int casing = rgb(c);
        assertTrue(shows(casing, new Color(255, 0, 0)), "casing " + Integer.toHexString(casing));
    }

    /** The door opens on the hall given behind it: its accent, not this hall's, is what shows through. */
    @Test
    void aDoorShowsTheColoursOfTheHallBehindIt() {
        Placed door = placed.stream().filter(p -> p.item().kind() == WallItem.Kind.DOOR).findFirst().orElseThrow();
        Hall green = new Hall(18, 12, 5, Hall.DEFAULT_WALLS, Hall.DEFAULT_FLOOR, Hall.DEFAULT_CEILING, new Color(0, 160, 0));
        Map<CubeFace, BufferedImage> other = HallRenderer.render(HALL, placed, pictures::get, Map.of("next", green), 256);
        double[] px = null;
        CubeFace face = null;
        for (CubeFace f : CubeFace.values()) {
            double[] p = Panoramas.expectedPixel(f,
                    HallLayout.direction(HALL, Wall.SOUTH, door.left() + door.width() / 2, HallLayout.EYE_HEIGHT).vector(), 256);
            if (p != null && p[0] >= 0 && p[0] < 256 && p[1] >= 0 && p[1] < 256) {
                px = p;
                face = f;
            }
        }
        int inside = other.get(face).getRGB((int) px[0], (int) px[1]);
        assertTrue(shows(inside, new Color(0, 200, 0)), "green through the door: " + Integer.toHexString(inside));
    }

    /** The label plaque under a picture is painted blank and pale: the viewer writes on it. */
    @Test
    void eachPictureHasAPaleBlankLabelPlaqueUnderIt() {
        int checked = 0;
        for (Placed p : placed) {
            if (p.item().kind() == WallItem.Kind.DOOR || p.panel() == null) {
                continue;
            }
            Panel label = p.panel();
            double u = label.left() + label.widthMetres() / 2;
            double v = label.bottom() + label.heightMetres() / 2;
            int rgb = rgb(spot(HallLayout.direction(HALL, p.item().wall(), u, v).vector()));
            int r = rgb >> 16 & 0xff;
            int g = rgb >> 8 & 0xff;
            int b = rgb & 0xff;
            assertTrue(Math.min(r, Math.min(g, b)) > 150 && Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) < 40,
                    p.item().id() + ": a pale, neutral plaque, was " + Integer.toHexString(rgb));
            checked++;
        }
        assertTrue(checked >= 10, "labels checked: " + checked);
    }

    /**
     * A one-texel checkerboard seen at a grazing angle far down a long wall must come out as an
     * even grey, not as moiré: sampled without regard to the pixel footprint its pixels would be
     * nearly black or white at random.
     */
    @Test
    void fineDetailFarAwayIsAveragedNotAliased() {
        Hall hall = Hall.of(40, 6, 5);
        List<Placed> both = HallLayout.place(hall, List.of(new WallItem("checks", Wall.NORTH, 1, WallItem.Kind.PICTURE, 1.5),
                new WallItem("other", Wall.NORTH, 8, WallItem.Kind.PICTURE, 1.5)));
        Placed p = both.get(0);
        BufferedImage checks = new BufferedImage(1500, 1000, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 1000; y++) {
            for (int x = 0; x < 1500; x++) {
                checks.setRGB(x, y, (x + y) % 2 == 0 ? 0xffffff : 0x000000);
            }
        }
        int size = 1024;
        Map<CubeFace, BufferedImage> rendered = HallRenderer.render(hall, both, id -> checks, size);
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (int j = 0; j <= 40; j++) {
            for (int i = 0; i <= 40; i++) {
                double along = p.left() + p.width() * (0.3 + 0.4 * i / 40);
                double up = p.bottom() + p.height() * (0.3 + 0.4 * j / 40);
                double[] d = HallLayout.direction(hall, Wall.NORTH, along, up).vector();
                double[] px = Panoramas.expectedPixel(CubeFace.LEFT, d, size);
                assertNotNull(px, "the far end of the north wall is on the left face");
                int g = rendered.get(CubeFace.LEFT).getRGB((int) px[0], (int) px[1]) >> 8 & 0xff;
                sum += g;
                sq += (double) g * g;
                n++;
            }
        }
        double mean = sum / n;
        double sd = Math.sqrt(sq / n - mean * mean);
        assertTrue(sd < 8, "the checkerboard should be an even grey; std dev " + sd + " around " + mean);
        assertTrue(mean > 60 && mean < 230, "a mid grey (lit), was " + mean);
    }
}
