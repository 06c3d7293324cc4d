package vn.haiphong.showcase.vr360.hall;

import java.util.List;

/**
 * The hall as the renderer sees it: a box around the camera (x north, y east, z up, the axes of
 * {@link CubeFace#direction}, origin at the eye), framed pictures on its walls, corridors behind
 * its doors, and the materials and light of every surface. {@link #trace} finds what a ray hits;
 * {@link #shade} colours it, filtered over the footprint of a face pixel: stripes, seams, frame
 * edges and panel edges are box-filtered analytically (coverage of the pixel's extent on the
 * surface), detail too fine for the pixel fades to its mean, and pictures are sampled from mip
 * levels. Edges between surfaces are left to the renderer's supersampling, which finds them
 * through the surface ids {@link #trace} returns.
 */
final class HallScene {
    static final int FLOOR = 4;
    static final int CEILING = 5;
    /** Corridor surfaces: CORRIDOR + 8 × door + (0 lateral low, 1 lateral high, 2 floor, 3 ceiling, 4 end). */
    static final int CORRIDOR = 8;
    private static final double CORRIDOR_LENGTH = 4.0;
    /** Depth of the doorway's reveal (the wall's thickness) before the next hall begins. */
    private static final double REVEAL = 0.3;
    private static final double SKIRTING = 0.1;
    /** The lighting tracks run this far from the walls; the cove's light slot this far. */
    private static final double TRACK_INSET = 1.6;
    private static final double TRACK_WIDTH = 0.035;
    private static final double COVE_INSET = 0.32;
    private static final double COVE_WIDTH = 0.05;
    private static final double PLANK_WIDTH = 0.19;
    private static final double PLANK_LENGTH = 2.2;
    private static final float[] FRAME = Srgb.linear(new java.awt.Color(0x2a, 0x26, 0x23));
    private static final float[] MAT = Srgb.linear(new java.awt.Color(0xf3, 0xf0, 0xe8));
    private static final float[] SCREEN = Srgb.linear(new java.awt.Color(0x14, 0x14, 0x16));
    /** The picture labels' plaque, the door signs' panel, the lighting tracks and the cove's glowing slot. */
    private static final float[] PLAQUE = Srgb.linear(new java.awt.Color(0xf7, 0xf5, 0xf0));
    private static final float[] SIGN = Srgb.linear(new java.awt.Color(0x26, 0x2a, 0x2e));
    private static final float[] TRACK = Srgb.linear(new java.awt.Color(0x2e, 0x30, 0x33));
    private static final float[] COVE = {1.25f, 1.2f, 1.1f};

    /** What a ray hits: a surface id, the point (relative to the eye), the ray parameter, the plane's axis. */
    static final class Hit {
        int surface;
        double x;
        double y;
        double z;
        double t;
        int axis;
    }

    /**
     * One worker's memory of the terms its last pixels had in common with the next: along a face
     * row the wall it faces keeps one height, the floor and ceiling one distance from a wall, and
     * the floor's reflection one height on the wall it mirrors. A term is reused only when every
     * input it was computed from is bit for bit the same, so each colour is exactly the one
     * computed afresh; only the work is saved.
     */
    static final class Reuse {
        final float[] tmp = new float[3];
        final Planks planks = new Planks();
        /** {@link #wallLight}: the wall and height (bits) of the terms below, and their generation. */
        int lightWall = -1;
        long lightH = Double.doubleToRawLongBits(Double.NaN);
        long lightGeneration;
        double lightBase;
        double lightFoot;
        double titleQz;
        /** Per slot of the wall: the pool's vertical term qz², valid when its stamp is the generation. */
        final double[] poolQz2;
        final long[] poolStamp;
        /** {@link #shadeCeiling}: the distance from the wall and footprint (bits) of the light and cove below. */
        long ceilingDist = Double.doubleToRawLongBits(Double.NaN);
        long ceilingF;
        double ceilingLight;
        float ceilingCove;
        /** {@link #reflection}: the floor point and direction (bits) of each way to a wall. */
        long reflX = Double.doubleToRawLongBits(Double.NaN);
        long reflDx;
        double reflTx;
        long reflY = Double.doubleToRawLongBits(Double.NaN);
        long reflDy;
        double reflTy;
        /** {@link #reflection}: the wall and height met (bits), the blur and skirting there, and their generation. */
        int reflWall = -1;
        long reflUp = Double.doubleToRawLongBits(Double.NaN);
        long reflGeneration;
        double reflBlur;
        float reflR;
        float reflG;
        float reflB;
        /** Per slot of that wall: how much of the blurred height its frame and its picture (or door) cover. */
        final double[] reflFrame;
        final double[] reflPicture;
        final long[] reflStamp;
        /** {@link #shadeWall}: the wall, height and footprint (bits) of the terms below, and their generation. */
        int wallW = -1;
        long wallH = Double.doubleToRawLongBits(Double.NaN);
        long wallFu;
        long wallFh;
        long wallGeneration;
        float wallR;
        float wallG;
        float wallB;
        /** The reciprocal widths of the frames' and the doors' soft shadows, valid when stamped with the generation. */
        long frameShadowStamp;
        double frameShadowInv;
        long doorShadowStamp;
        double doorShadowInv;
        /** Per slot: how much of the pixel's height the outer frame covers (stamp A), and the rest (stamp B). */
        final long[] wallStampA;
        final double[] wallOuter;
        final long[] wallStampB;
        /** Pictures: line, mat, picture, mat edge; doors: casing, the groove's two edges, the casing's inner edge. */
        final double[][] wallV;
        final float[] wallBevel;
        final double[] wallPicT;
        final double[] wallFoot;
        /** {@link #shadeFloor}: the distance from the nearer wall (bits) and the shade along the walls there. */
        long floorDist = Double.doubleToRawLongBits(Double.NaN);
        double floorShade;
        /** The cells of the concrete's two noises. */
        final Cell coarse = new Cell();
        final Cell fine = new Cell();

        private Reuse(int slots) {
            poolQz2 = new double[slots];
            poolStamp = new long[slots];
            reflFrame = new double[slots];
            reflPicture = new double[slots];
            reflStamp = new long[slots];
            wallStampA = new long[slots];
            wallOuter = new double[slots];
            wallStampB = new long[slots];
            wallV = new double[slots][4];
            wallBevel = new float[slots];
            wallPicT = new double[slots];
            wallFoot = new double[slots];
        }
    }

    /** A worker's own {@link Reuse}, for every call of {@link #shade} and {@link #shadeRow} it makes. */
    Reuse reuse() {
        int most = 0;
        for (Hung[] row : slots) {
            most = Math.max(most, row.length);
        }
        return new Reuse(most);
    }

    /** A picture, video or door on a wall, in wall coordinates (metres along the wall, above the floor). */
    private static final class Hung {
        final Placed placed;
        final boolean door;
        final boolean video;
        final double l;
        final double r;
        final double b;
        final double t;
        /** Outer frame, outer edge of the accent line, outer edge of the mat. */
        final double frame;
        final double line;
        final double mat;
        final MipPicture picture;
        final int index;
        /** Corridor: axis along it (0 x, 1 y), its sign, the wall plane, lateral bounds, floor, ceiling. */
        final int axis;
        final double sign;
        final double plane;
        final double lo;
        final double hi;
        /** The spotlight's pool: centre along the wall, 1 / half width, centre height, 1 / half height. */
        final double poolU;
        final double poolInvU;
        final double poolZ;
        final double poolInvZ;
        /** Pictures: their mean colour (for reflections). Doors: the architrave's width and the next hall's colours. */
        final float[] mean = new float[3];
        final double arch;
        final float[] nWall;
        final float[] nFloor;
        final float[] nCeiling;
        final float[] nAccent;
        /** The label plaque or door sign, or null. */
        final Panel panel;

        Hung(Placed p, MipPicture picture, int index, HallScene scene, Hall next) {
            this.placed = p;
            this.door = p.item().kind() == WallItem.Kind.DOOR;
            this.video = p.item().kind() == WallItem.Kind.VIDEO;
            this.l = p.left();
            this.r = p.right();
            this.b = p.bottom();
            this.t = p.top();
            this.picture = picture;
            this.index = index;
            if (door) {
                frame = HallLayout.DOOR_CASING;
                line = 0;
                mat = 0;
            } else {
                double slot = scene.slotWidth[p.item().wall().ordinal()];
                double border = Math.min(0.05 + 0.07 * Math.min(p.width(), p.height()), 0.09 * slot);
                frame = border;
                line = video ? border * 0.72 : border * 0.62;
                mat = video ? border * 0.64 : border * 0.54;
            }
            Wall w = p.item().wall();
            axis = w == Wall.NORTH || w == Wall.SOUTH ? 0 : 1;
            sign = w == Wall.NORTH || w == Wall.EAST ? 1 : -1;
            plane = sign * (axis == 0 ? scene.hx : scene.hy);
            double[] a = w.point(scene.hall, l, 0);
            double[] c = w.point(scene.hall, r, 0);
            lo = Math.min(a[1 - axis], c[1 - axis]);
            hi = Math.max(a[1 - axis], c[1 - axis]);
            poolU = (l + r) / 2;
            poolInvU = 1 / ((r - l) / 2 + 0.5);
            poolZ = (t + b) / 2 + 0.1;
            poolInvZ = 1 / ((t - b) / 2 + 0.6);
            panel = p.panel();
            if (picture != null) {
                picture.sample(0.5, 0.5, 1e9, mean);
            }
            double slot = scene.slotWidth[p.item().wall().ordinal()];
            arch = door ? Math.max(0, Math.min(HallLayout.ARCHITRAVE, (slot - p.width()) / 2 - frame - 0.02)) : 0;
            Hall n = next == null ? scene.hall : next;
            nWall = Srgb.linear(n.walls());
            nFloor = Srgb.linear(n.floor());
            nCeiling = Srgb.linear(n.ceiling());
            nAccent = Srgb.linear(n.accent());
        }
    }

    private final Hall hall;
    private final double hx;
    private final double hy;
    private final double zf;
    private final double zc;
    private final double doorTop;
    private final double invHx;
    private final double invHy;
    private final double height;
    private final double invHeight;
    private final double[] slotWidth = new double[4];
    private final double[] perSlot = new double[4];
    private final double[] length = new double[4];
    private final Hung[][] slots = new Hung[4][];
    /** The placed items by their index in the list given. */
    private final Hung[] byIndex;
    private final float[] wall;
    private final float[] skirting;
    private final float[] floor;
    private final float[] ceiling;
    private final float[] accent;
    private final float[] sheen;
    private final float[] titleColour;
    /** The title panel (null when the hall has none) and its wall's index. */
    private final Panel title;
    private final int titleWall;
    /** The title's light pool: its centre and its half size plus the pool's margin, in wall metres. */
    private final double titleMidU;
    private final double titleHalfU;
    private final double titleMidZ;
    private final double titleHalfZ;
    private final boolean concrete;

    /**
     * @param pictures the prepared picture of each placed item, in the same order (null for doors)
     * @param beyond   the hall behind each door, in the same order (null: a hall like this one)
     */
    HallScene(Hall hall, List<Placed> placed, List<MipPicture> pictures, List<Hall> beyond) {
        this.hall = hall;
        hx = hall.depth() / 2;
        hy = hall.width() / 2;
        zf = -HallLayout.EYE_HEIGHT;
        zc = hall.height() - HallLayout.EYE_HEIGHT;
        doorTop = zf + HallLayout.DOOR_HEIGHT;
        invHx = 1 / hx;
        invHy = 1 / hy;
        height = hall.height();
        invHeight = 1 / height;
        int[] count = new int[4];
        for (Placed p : placed) {
            int w = p.item().wall().ordinal();
            count[w] = Math.max(count[w], p.item().slot());
        }
        for (Wall w : Wall.values()) {
            int i = w.ordinal();
            length[i] = hall.length(w);
            slots[i] = new Hung[Math.max(1, count[i])];
            slotWidth[i] = length[i] / slots[i].length;
            perSlot[i] = slots[i].length / length[i];
        }
        byIndex = new Hung[placed.size()];
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            byIndex[i] = new Hung(p, pictures.get(i), i, this, beyond == null ? null : beyond.get(i));
            slots[p.item().wall().ordinal()][p.item().slot() - 1] = byIndex[i];
        }
        wall = Srgb.linear(hall.walls());
        floor = Srgb.linear(hall.floor());
        ceiling = Srgb.linear(hall.ceiling());
        accent = Srgb.linear(hall.accent());
        skirting = new float[3];
        sheen = new float[3];
        for (int c = 0; c < 3; c++) {
            skirting[c] = wall[c] * 0.16f + accent[c] * 0.04f;
            sheen[c] = (wall[c] + ceiling[c]) * 0.5f;
        }
        titleColour = Srgb.linear(hall.titleColour());
        title = HallLayout.title(hall, placed);
        titleWall = HallLayout.TITLE_WALL.ordinal();
        titleMidU = title == null ? 0 : (title.left() + title.right()) / 2;
        titleHalfU = title == null ? 1 : title.widthMetres() / 2 + 0.6;
        titleMidZ = title == null ? 0 : (title.bottom() + title.top()) / 2;
        titleHalfZ = title == null ? 1 : title.heightMetres() / 2 + 0.5;
        concrete = hall.concreteFloor();
    }

    /** Where the ray from the eye along (dx, dy, dz) first meets the hall, into {@code hit}; returns the surface id. */
    int trace(double dx, double dy, double dz, Hit hit) {
        double tx = dx > 0 ? hx / dx : dx < 0 ? -hx / dx : Double.MAX_VALUE;
        double ty = dy > 0 ? hy / dy : dy < 0 ? -hy / dy : Double.MAX_VALUE;
        double tz = dz > 0 ? zc / dz : dz < 0 ? zf / dz : Double.MAX_VALUE;
        int surface;
        double t;
        if (tz <= tx && tz <= ty) {
            t = tz;
            surface = dz > 0 ? CEILING : FLOOR;
            hit.axis = 2;
        } else if (tx <= ty) {
            t = tx;
            surface = dx > 0 ? Wall.NORTH.ordinal() : Wall.SOUTH.ordinal();
            hit.axis = 0;
        } else {
            t = ty;
            surface = dy > 0 ? Wall.EAST.ordinal() : Wall.WEST.ordinal();
            hit.axis = 1;
        }
        hit.t = t;
        hit.x = dx * t;
        hit.y = dy * t;
        hit.z = dz * t;
        hit.surface = surface;
        if (surface < 4 && hit.z < doorTop) {
            double u = along(surface, hit.x, hit.y);
            Hung h = slotAt(surface, u);
            if (h != null && h.door && u > h.l && u < h.r) {
                return corridor(h, dx, dy, dz, hit);
            }
        }
        return surface;
    }

    /** The ray continues through a door opening into the corridor behind it. */
    private int corridor(Hung h, double dx, double dy, double dz, Hit hit) {
        double dk = h.axis == 0 ? dx : dy;
        double dm = h.axis == 0 ? dy : dx;
        double tk = (h.plane + h.sign * CORRIDOR_LENGTH) / dk;
        double tm = dm > 0 ? h.hi / dm : dm < 0 ? h.lo / dm : Double.MAX_VALUE;
        double tz = dz > 0 ? doorTop / dz : dz < 0 ? zf / dz : Double.MAX_VALUE;
        int part;
        double t;
        if (tk <= tm && tk <= tz) {
            t = tk;
            part = 4;
            hit.axis = h.axis;
        } else if (tm <= tz) {
            t = tm;
            part = dm > 0 ? 1 : 0;
            hit.axis = 1 - h.axis;
        } else {
            t = tz;
            part = dz > 0 ? 3 : 2;
            hit.axis = 2;
        }
        hit.t = t;
        hit.x = dx * t;
        hit.y = dy * t;
        hit.z = dz * t;
        hit.surface = CORRIDOR + 8 * h.index + part;
        return hit.surface;
    }

    /** Metres from the left end of wall {@code w} (as seen from the centre) of a point on it. */
    private double along(int w, double x, double y) {
        return switch (w) {
            case 0 -> y + hy;
            case 1 -> hx - x;
            case 2 -> hy - y;
            default -> x + hx;
        };
    }

    private Hung slotAt(int w, double u) {
        int s = (int) (u * perSlot[w]);
        Hung[] row = slots[w];
        return s >= 0 && s < row.length ? row[s] : null;
    }

    /**
     * The colour, in linear light, seen along (dx, dy, dz) by a face pixel whose face coordinates
     * move by (ax, ay, az) per pixel to the right and (bx, by, bz) per pixel down; into {@code out}.
     */
    void shade(double dx, double dy, double dz, double ax, double ay, double az, double bx, double by, double bz,
            Hit hit, float[] out, Reuse re) {
        int s = trace(dx, dy, dz, hit);
        // how the hit point moves per pixel, for the footprint: t (e - d e_k / d_k)
        double dk = hit.axis == 0 ? dx : hit.axis == 1 ? dy : dz;
        double ak = (hit.axis == 0 ? ax : hit.axis == 1 ? ay : az) / dk;
        double bk = (hit.axis == 0 ? bx : hit.axis == 1 ? by : bz) / dk;
        double t = hit.t;
        double fx = t * (Math.abs(ax - dx * ak) + Math.abs(bx - dx * bk));
        double fy = t * (Math.abs(ay - dy * ak) + Math.abs(by - dy * bk));
        double fz = t * (Math.abs(az - dz * ak) + Math.abs(bz - dz * bk));
        if (s < 4) {
            double u = along(s, hit.x, hit.y);
            shadeWall(s, u, hit.z - zf, s == 0 || s == 2 ? fy : fx, fz, out, re);
        } else if (s == FLOOR) {
            double grazing = 1 - Math.abs(dz) / Math.sqrt(dx * dx + dy * dy + dz * dz);
            shadeFloor(hit.x, hit.y, fx, fy, grazing, dx, dy, dz, out, re);
        } else if (s == CEILING) {
            shadeCeiling(hit.x, hit.y, fx, fy, out, re);
        } else {
            shadeCorridor(s, hit, fx, fy, fz, out);
        }
    }

    /**
     * Shades the pixel centres of a face row, pixel x looking along (sx, sy, sz) + x (ax, ay, az),
     * into {@code colours} (r, g, b per pixel) and their surfaces into {@code surfaces}: the same
     * as {@link #shade} for every pixel, but a row that moves horizontally (az = 0, as on every
     * face of {@link CubeFace}) meets the floor or the ceiling at one ray parameter, so pixels that
     * clearly see that plane skip the ray cast and the footprint's divisions, and the ceiling's
     * terms along the axis that stays constant along the row are worked out once per row.
     */
    void shadeRow(double sx, double sy, double sz, double ax, double ay, double az, double bx, double by, double bz,
            int size, Hit hit, float[] colours, int[] surfaces, float[] colour, Reuse re) {
        if (az != 0 || sz == 0) {
            for (int x = 0; x < size; x++) {
                shade(sx + x * ax, sy + x * ay, sz + x * az, ax, ay, az, bx, by, bz, hit, colour, re);
                surfaces[x] = hit.surface;
                colours[3 * x] = colour[0];
                colours[3 * x + 1] = colour[1];
                colours[3 * x + 2] = colour[2];
            }
            return;
        }
        double dz = sz;
        boolean up = dz > 0;
        double t = up ? zc / dz : zf / dz;
        int plane = up ? CEILING : FLOOR;
        double ak = az / dz;
        double bk = bz / dz;
        // well inside the plane's part of the row (the ray cast decides near the walls)
        double limX = hx * 0.999999 / t;
        double limY = hy * 0.999999 / t;
        for (int x = 0; x < size; x++) {
            double dx = sx + x * ax;
            double dy = sy + x * ay;
            if (Math.abs(dx) >= limX || Math.abs(dy) >= limY) {
                shade(dx, dy, dz, ax, ay, az, bx, by, bz, hit, colour, re);
                surfaces[x] = hit.surface;
                colours[3 * x] = colour[0];
                colours[3 * x + 1] = colour[1];
                colours[3 * x + 2] = colour[2];
                continue;
            }
            double px = dx * t;
            double py = dy * t;
            double fx = t * (Math.abs(ax - dx * ak) + Math.abs(bx - dx * bk));
            double fy = t * (Math.abs(ay - dy * ak) + Math.abs(by - dy * bk));
            surfaces[x] = plane;
            if (!up) {
                // in float: a satin sheen needs no more, and float's square root and division are quicker
                float r2 = (float) (dx * dx + dy * dy + dz * dz);
                double grazing = 1 - (float) Math.abs(dz) / (float) Math.sqrt(r2);
                shadeFloor(px, py, fx, fy, grazing, dx, dy, dz, colour, re);
            } else {
                shadeCeiling(px, py, fx, fy, colour, re);
            }
            colours[3 * x] = colour[0];
            colours[3 * x + 1] = colour[1];
            colours[3 * x + 2] = colour[2];
        }
    }

    // ---- walls -------------------------------------------------------------------------------

    private void shadeWall(int w, double u, double h, double fu, double fh, float[] out, Reuse re) {
        long hBits = Double.doubleToRawLongBits(h);
        long fuBits = Double.doubleToRawLongBits(fu);
        long fhBits = Double.doubleToRawLongBits(fh);
        if (w != re.wallW || hBits != re.wallH || fuBits != re.wallFu || fhBits != re.wallFh) {
            // a row of the wall a face looks at keeps its height and footprint: the terms of those
            // (the skirting here, below the vertical halves of frames and doors) are worked out once
            re.wallW = w;
            re.wallH = hBits;
            re.wallFu = fuBits;
            re.wallFh = fhBits;
            re.wallGeneration++;
            float r = wall[0];
            float g = wall[1];
            float b = wall[2];
            // skirting board with a pale top edge
            float sk = (float) cover(h, fh, -1, SKIRTING);
            if (sk > 0) {
                float edge = (float) cover(h, fh, SKIRTING - 0.008, SKIRTING);
                r += sk * (skirting[0] - r) + edge * skirting[0] * 0.8f;
                g += sk * (skirting[1] - g) + edge * skirting[1] * 0.8f;
                b += sk * (skirting[2] - b) + edge * skirting[2] * 0.8f;
            }
            re.wallR = r;
            re.wallG = g;
            re.wallB = b;
        }
        long generation = re.wallGeneration;
        float r = re.wallR;
        float g = re.wallG;
        float b = re.wallB;
        int slot = (int) (u * perSlot[w]);
        Hung[] row = slots[w];
        Hung item = slot >= 0 && slot < row.length ? row[slot] : null;
        if (item != null) {
            if (item.door) {
                double cas = item.frame;
                double ext = cas + item.arch;
                double cu = cover(u, fu, item.l - ext, item.r + ext);
                if (cu != 0 && re.wallStampA[slot] != generation) {
                    re.wallStampA[slot] = generation;
                    re.wallOuter[slot] = cover(h, fh, -1, item.t + ext);
                }
                double ca = cu == 0 ? 0 : cu * re.wallOuter[slot];
                // the architrave's shadow on the wall, a little to the right and below
                double d = outside(u - 0.02, h + 0.03, item.l - ext, item.r + ext, -1, item.t + ext);
                if (re.doorShadowStamp != generation) {
                    re.doorShadowStamp = generation;
                    re.doorShadowInv = 1 / (0.06 + 0.6 * Math.max(fu, fh) - 0);
                }
                float shadow = (float) (0.3 * (1 - step(0, re.doorShadowInv, d)) * (1 - ca));
                r *= 1 - shadow;
                g *= 1 - shadow;
                b *= 1 - shadow;
                if (ca > 0) {
                    double[] v = re.wallV[slot];
                    if (re.wallStampB[slot] != generation) {
                        re.wallStampB[slot] = generation;
                        v[0] = cover(h, fh, -1, item.t + cas);
                        v[1] = cover(h, fh, -1, item.t + ext - 0.035);
                        v[2] = cover(h, fh, -1, item.t + ext - 0.05);
                        v[3] = cover(h, fh, -1, item.t + 0.025);
                    }
                    float c = (float) rectAt(u, fu, item.l - cas, item.r + cas, v[0]);
                    // architrave: a moulding a little lighter than the wall, a groove near its outer edge
                    float groove = (float) rectAt(u, fu, item.l - ext + 0.035, item.r + ext - 0.035, v[1])
                            - (float) rectAt(u, fu, item.l - ext + 0.05, item.r + ext - 0.05, v[2]);
                    float lit = 1.08f - 0.35f * groove;
                    float ka = (float) ca - c;
                    // casing: the accent, darker on its inner edge toward the opening
                    float inner = (float) rectAt(u, fu, item.l - 0.025, item.r + 0.025, v[3]);
                    float k = 1 - 0.45f * inner;
                    float kw = 1 - (float) ca;
                    r = r * kw + ka * wall[0] * lit + c * accent[0] * k;
                    g = g * kw + ka * wall[1] * lit + c * accent[1] * k;
                    b = b * kw + ka * wall[2] * lit + c * accent[2] * k;
                }
            } else {
                double fr = item.frame;
                double cu = cover(u, fu, item.l - fr, item.r + fr);
                if (cu != 0 && re.wallStampA[slot] != generation) {
                    re.wallStampA[slot] = generation;
                    re.wallOuter[slot] = cover(h, fh, item.b - fr, item.t + fr);
                }
                double c0 = cu == 0 ? 0 : cu * re.wallOuter[slot];
                // soft shadow of the frame on the wall, a little below it
                double d = outside(u, h + 0.04, item.l - fr, item.r + fr, item.b - fr, item.t + fr);
                if (re.frameShadowStamp != generation) {
                    re.frameShadowStamp = generation;
                    re.frameShadowInv = 1 / (0.09 + 0.6 * Math.max(fu, fh) - 0);
                }
                float shadow = (float) (0.45 * (1 - step(0, re.frameShadowInv, d)) * (1 - c0));
                r *= 1 - shadow;
                g *= 1 - shadow;
                b *= 1 - shadow;
                if (c0 > 0) {
                    double[] v = re.wallV[slot];
                    if (re.wallStampB[slot] != generation) {
                        re.wallStampB[slot] = generation;
                        v[0] = cover(h, fh, item.b - item.line, item.t + item.line);
                        v[1] = cover(h, fh, item.b - item.mat, item.t + item.mat);
                        v[2] = cover(h, fh, item.b, item.t);
                        v[3] = cover(h, fh, item.b - 0.006, item.t + 0.006);
                        re.wallBevel[slot] = (float) (1 + 0.5 * cover(h, fh, item.t + item.line, item.t + fr)
                                - 0.25 * cover(h, fh, item.b - fr, item.b - item.line));
                        re.wallPicT[slot] = (item.t - h) / (item.t - item.b);
                        re.wallFoot[slot] = Math.max(fu / (item.r - item.l) * item.picture.width(),
                                fh / (item.t - item.b) * item.picture.height());
                    }
                    double c1 = rectAt(u, fu, item.l - item.line, item.r + item.line, v[0]);
                    double c2 = rectAt(u, fu, item.l - item.mat, item.r + item.mat, v[1]);
                    double c3 = rectAt(u, fu, item.l, item.r, v[2]);
                    // the frame is lit from above: its top and left bands a little lighter
                    float bevel = re.wallBevel[slot];
                    float kf = (float) (c0 - c1) * bevel;
                    float kl = (float) (c1 - c2);
                    float km = (float) (c2 - c3);
                    float[] mat = item.video ? SCREEN : MAT;
                    float kw = (float) (1 - c0);
                    r = r * kw + FRAME[0] * kf + accent[0] * kl + mat[0] * km;
                    g = g * kw + FRAME[1] * kf + accent[1] * kl + mat[1] * km;
                    b = b * kw + FRAME[2] * kf + accent[2] * kl + mat[2] * km;
                    if (c3 > 0) {
                        float[] tmp = re.tmp;
                        item.picture.sample((u - item.l) / (item.r - item.l), re.wallPicT[slot], re.wallFoot[slot], tmp);
                        float k = (float) c3;
                        r += k * tmp[0];
                        g += k * tmp[1];
                        b += k * tmp[2];
                    }
                    // the mat's inner bevel: a thin shadow where it meets the picture
                    if (!item.video && c2 > c3) {
                        double edge = rectAt(u, fu, item.l - 0.006, item.r + 0.006, v[3]) - c3;
                        float e = (float) (0.3 * edge);
                        r -= e * MAT[0];
                        g -= e * MAT[1];
                        b -= e * MAT[2];
                    }
                }
            }
            Panel p = item.panel;
            if (p != null && h > p.bottom() - 0.1 && h < p.top() + 0.05) {
                float[] c = item.door ? SIGN : PLAQUE;
                float[] rgb = panel(u, h, fu, fh, p.left(), p.right(), p.bottom(), p.top(), c, r, g, b, item.door ? 0.03 : 0.015);
                r = rgb[0];
                g = rgb[1];
                b = rgb[2];
            }
        }
        Panel t = title;
        if (t != null && w == titleWall && h > t.bottom() - 0.15 && h < t.top() + 0.05 && u > t.left() - 0.1
                && u < t.right() + 0.1) {
            float[] rgb = panel(u, h, fu, fh, t.left(), t.right(), t.bottom(), t.top(), titleColour, r, g, b, 0.05);
            r = rgb[0];
            g = rgb[1];
            b = rgb[2];
        }
        float light = wallLight(w, u, h, slot, re);
        out[0] = r * light;
        out[1] = g * light;
        out[2] = b * light;
    }

    private final ThreadLocal<float[]> panelScratch = ThreadLocal.withInitial(() -> new float[3]);

    /** A flat panel standing {@code depth} off the wall: its colour over (r, g, b), with a soft shadow below it. */
    private float[] panel(double u, double h, double fu, double fh, double l, double rt, double bt, double tp, float[] c,
            float r, float g, float b, double depth) {
        float[] out = panelScratch.get();
        double k = rect(u, h, fu, fh, l, rt, bt, tp);
        double d = outside(u - depth * 0.4, h + depth, l, rt, bt, tp);
        float shadow = (float) (0.35 * (1 - smooth(0, depth * 1.5 + 0.6 * Math.max(fu, fh), d)) * (1 - k));
        float kw = (float) (1 - k) * (1 - shadow);
        out[0] = r * kw + c[0] * (float) k;
        out[1] = g * kw + c[1] * (float) k;
        out[2] = b * kw + c[2] * (float) k;
        return out;
    }

    /**
     * Light on a wall: an even wash from the cove along the ceiling (a little brighter toward it),
     * a wall-washer's pool on every picture (bright over the picture, soft-edged), one on the
     * title panel, softly darker corners and foot of the wall.
     */
    private float wallLight(int w, double u, double h, int slot, Reuse re) {
        long hBits = Double.doubleToRawLongBits(h);
        if (w != re.lightWall || hBits != re.lightH) {
            // the terms of the height alone: the same all along a row of the wall a face looks at
            re.lightWall = w;
            re.lightH = hBits;
            re.lightGeneration++;
            double height = this.height;
            re.lightBase = 0.5 + 0.05 * (h * invHeight) + 0.12 * soft(height - h, 0.7);
            re.lightFoot = 0.2 * soft(h, 0.3);
            if (title != null && w == titleWall) {
                re.titleQz = (h - titleMidZ) / titleHalfZ;
            }
        }
        double light = re.lightBase;
        Hung[] row = slots[w];
        for (int s = Math.max(0, slot - 1); s <= Math.min(row.length - 1, slot + 1); s++) {
            Hung it = row[s];
            if (it == null || it.door) {
                continue;
            }
            double qu = (u - it.poolU) * it.poolInvU;
            double qz2;
            if (re.poolStamp[s] == re.lightGeneration) {
                qz2 = re.poolQz2[s];
            } else {
                double qz = (h - it.poolZ) * it.poolInvZ;
                qz2 = qz * qz;
                re.poolQz2[s] = qz2;
                re.poolStamp[s] = re.lightGeneration;
            }
            double q = qu * qu + qz2;
            if (q < 4) {
                // the pool of a spot: an even core with a soft rim, and a faint halo beyond it
                light += 0.5 * (1 - step(0.45, 1 / 0.55, q)) + 0.08 / (1 + 2 * q);
            }
        }
        if (title != null && w == titleWall) {
            double qu = (u - titleMidU) / titleHalfU;
            double qz = re.titleQz;
            double q = qu * qu + qz * qz;
            if (q < 4) {
                light += 0.35 * (1 - step(0.45, 1 / 0.55, q)) + 0.05 / (1 + 2 * q);
            }
        }
        double side = Math.min(u, length[w] - u);
        double ao = 1 - 0.22 * soft(side, 0.45) - re.lightFoot;
        return (float) (light * ao);
    }

    // ---- floor -------------------------------------------------------------------------------

    /**
     * Polished concrete (a pale, unsaturated floor colour) or oak-like planks, with the walls'
     * lit colours reflected softly: the reflected ray is followed to the wall it meets, where the
     * wall's light, the skirting, the frames and the pictures' mean colours are taken blurred in
     * proportion to how far the wall is from the floor point.
     */
    private void shadeFloor(double x, double y, double fx, double fy, double grazing, double dx, double dy, double dz,
            float[] out, Reuse re) {
        float k = concrete ? concreteTone(x, y, fx, fy, re) : plankTone(x, y, fx, fy, re.planks);
        double wallDist = Math.min(hx - Math.abs(x), hy - Math.abs(y));
        // brighter under the middle of the ceiling, darker along the walls
        double cx = x * invHx;
        double cy = y * invHy;
        long distBits = Double.doubleToRawLongBits(wallDist);
        if (distBits != re.floorDist) {
            re.floorDist = distBits;
            re.floorShade = 1 - 0.35 * soft(Math.max(0, wallDist), 0.5);
        }
        double light = (0.64 + 0.16 * (1 - cx * cx) * (1 - cy * cy)) * re.floorShade;
        float l = (float) light * k;
        double g2 = grazing * grazing;
        float f = (float) ((concrete ? 0.06 : 0.05) + (concrete ? 0.26 : 0.22) * g2 * g2);
        float m = l * (1 - f);
        reflection(x, y, dx, dy, dz, out, re);
        out[0] = floor[0] * m + out[0] * f;
        out[1] = floor[1] * m + out[1] * f;
        out[2] = floor[2] * m + out[2] * f;
    }

    /** What the floor at (x, y) mirrors along (dx, dy, -dz): a blurred, lit wall colour, into out. */
    private void reflection(double x, double y, double dx, double dy, double dz, float[] out, Reuse re) {
        // along a face row one of x, y stays put and so does its direction: so does the way to that wall
        long xBits = Double.doubleToRawLongBits(x);
        long dxBits = Double.doubleToRawLongBits(dx);
        double tx;
        if (xBits == re.reflX && dxBits == re.reflDx) {
            tx = re.reflTx;
        } else {
            tx = dx > 0 ? (hx - x) / dx : dx < 0 ? (-hx - x) / dx : Double.MAX_VALUE;
            re.reflX = xBits;
            re.reflDx = dxBits;
            re.reflTx = tx;
        }
        long yBits = Double.doubleToRawLongBits(y);
        long dyBits = Double.doubleToRawLongBits(dy);
        double ty;
        if (yBits == re.reflY && dyBits == re.reflDy) {
            ty = re.reflTy;
        } else {
            ty = dy > 0 ? (hy - y) / dy : dy < 0 ? (-hy - y) / dy : Double.MAX_VALUE;
            re.reflY = yBits;
            re.reflDy = dyBits;
            re.reflTy = ty;
        }
        double t = Math.min(tx, ty);
        double up = -dz * t;
        if (up >= height) {
            out[0] = sheen[0] * 0.7f;
            out[1] = sheen[1] * 0.7f;
            out[2] = sheen[2] * 0.7f;
            return;
        }
        int w = tx <= ty ? (dx > 0 ? 0 : 2) : (dy > 0 ? 1 : 3);
        double u = along(w, x + dx * t, y + dy * t);
        long upBits = Double.doubleToRawLongBits(up);
        if (upBits != re.reflUp || w != re.reflWall) {
            // the height met: the same along a face row whose mirrored rays meet the wall it faces
            re.reflUp = upBits;
            re.reflWall = w;
            re.reflGeneration++;
            double blur = 0.03 + 0.1 * Math.min(up, 4);
            float r = wall[0];
            float g = wall[1];
            float b = wall[2];
            float sk = (float) cover(up, blur, -1, SKIRTING);
            r += sk * (skirting[0] - r);
            g += sk * (skirting[1] - g);
            b += sk * (skirting[2] - b);
            re.reflBlur = blur;
            re.reflR = r;
            re.reflG = g;
            re.reflB = b;
        }
        double blur = re.reflBlur;
        float r = re.reflR;
        float g = re.reflG;
        float b = re.reflB;
        int slot = (int) (u * perSlot[w]);
        Hung[] row = slots[w];
        Hung item = slot >= 0 && slot < row.length ? row[slot] : null;
        if (item != null) {
            if (re.reflStamp[slot] != re.reflGeneration) {
                // the vertical halves of the rectangles below: the same for every pixel meeting this height
                re.reflStamp[slot] = re.reflGeneration;
                if (item.door) {
                    re.reflPicture[slot] = cover(up, blur, -1, item.t);
                } else {
                    double fr = item.frame;
                    re.reflFrame[slot] = cover(up, blur, item.b - fr, item.t + fr);
                    re.reflPicture[slot] = cover(up, blur, item.b, item.t);
                }
            }
            if (item.door) {
                double cu = cover(u, blur, item.l, item.r);
                float kd = (float) (cu == 0 ? 0 : cu * re.reflPicture[slot]);
                r += kd * (item.nWall[0] * 0.45f - r);
                g += kd * (item.nWall[1] * 0.45f - g);
                b += kd * (item.nWall[2] * 0.45f - b);
            } else {
                double fr = item.frame;
                double cf = cover(u, blur, item.l - fr, item.r + fr);
                float kf = (float) (cf == 0 ? 0 : cf * re.reflFrame[slot]);
                if (kf > 0) {
                    double cp = cover(u, blur, item.l, item.r);
                    float kp = (float) (cp == 0 ? 0 : cp * re.reflPicture[slot]);
                    float[] c = item.video ? SCREEN : item.mean;
                    r = r * (1 - kf) + FRAME[0] * (kf - kp) + c[0] * kp;
                    g = g * (1 - kf) + FRAME[1] * (kf - kp) + c[1] * kp;
                    b = b * (1 - kf) + FRAME[2] * (kf - kp) + c[2] * kp;
                }
            }
        }
        float light = wallLight(w, u, up, slot, re);
        out[0] = r * light;
        out[1] = g * light;
        out[2] = b * light;
    }

    /** Brightness factor of polished concrete, about 1: soft clouds of tone, saw-cut joints every 3 m. */
    private static float concreteTone(double x, double y, double fx, double fy, Reuse re) {
        double f = Math.max(fx, fy);
        double tone = 1 + 0.07 * (valueNoise(x * 0.8, y * 0.8, re.coarse) - 0.5);
        double fine = 1 - step(0.02, 1 / 0.06, f);
        if (fine > 0) {
            tone += 0.06 * fine * (valueNoise(x * 5 + 17, y * 5 + 3, re.fine) - 0.5);
        }
        double joint = Math.max(stripes(x * (1 / 3.0) + 0.5, fx * (1 / 3.0), 0.004 / 3),
                stripes(y * (1 / 3.0) + 0.5, fy * (1 / 3.0), 0.004 / 3));
        return (float) (tone * (1 - 0.4 * joint));
    }

    /** The corners' hashes of the last cell a noise was read in: neighbouring pixels mostly share it. */
    private static final class Cell {
        int ix = Integer.MIN_VALUE;
        int iy = Integer.MIN_VALUE;
        double a;
        double b;
        double c;
        double d;
    }

    /** Smoothly interpolated hash noise in [0, 1] on the unit grid. */
    private static double valueNoise(double x, double y, Cell cell) {
        double fx = Math.floor(x);
        double fy = Math.floor(y);
        int ix = (int) fx;
        int iy = (int) fy;
        double sx = x - fx;
        double sy = y - fy;
        sx = sx * sx * (3 - 2 * sx);
        sy = sy * sy * (3 - 2 * sy);
        if (ix != cell.ix || iy != cell.iy) {
            cell.ix = ix;
            cell.iy = iy;
            cell.a = hash(ix, iy);
            cell.b = hash(ix + 1, iy);
            cell.c = hash(ix, iy + 1);
            cell.d = hash(ix + 1, iy + 1);
        }
        double a = cell.a;
        double b = cell.b;
        double c = cell.c;
        double d = cell.d;
        return a + (b - a) * sx + (c - a + (a - b + d - c) * sx) * sy;
    }

    private static final double INV_PLANK_WIDTH = 1 / PLANK_WIDTH;
    private static final double INV_PLANK_LENGTH = 1 / PLANK_LENGTH;
    /** Seams 4 mm wide, as fractions of a plank's width and length. */
    private static final double SEAM_ACROSS = 0.004 / PLANK_WIDTH;
    private static final double SEAM_ALONG = 0.004 / PLANK_LENGTH;

    /**
     * The last plank row and plank seen along a face row, with their hashes, and the terms of the
     * last pixel that the next one shares when x or y stays put along the row (each reused only
     * when its inputs are bit for bit the same): neighbouring pixels mostly share them.
     */
    private static final class Planks {
        int row = Integer.MIN_VALUE;
        double offset;
        int col = Integer.MIN_VALUE;
        double tint;
        long across = Double.doubleToRawLongBits(Double.NaN);
        long fa;
        double seam;
        long resolved = Double.doubleToRawLongBits(Double.NaN);
        double planks;
        long waveX = Double.doubleToRawLongBits(Double.NaN);
        int waveRow;
        double wave;
    }

    /**
     * Brightness factor of the wood at a floor point, about 1 on average. Measured in planks (one
     * plank = 1 across and along), so the seams are stripes of period 1.
     */
    private static float plankTone(double x, double y, double fx, double fy, Planks cache) {
        // the seam between two rows sits 7 cm off the axes, so it does not run under the camera
        double across = (y + 0.07) * INV_PLANK_WIDTH;
        double rowF = Math.floor(across);
        int row = (int) rowF;
        if (cache.row != row) {
            cache.row = row;
            cache.offset = hash(row, 7);
            cache.col = Integer.MIN_VALUE;
        }
        double offset = cache.offset;
        double along = x * INV_PLANK_LENGTH + offset;
        double fa = fy * INV_PLANK_WIDTH;
        double fl = fx * INV_PLANK_LENGTH;
        // how well planks, their ends and the grain are resolved at this distance (1 = clearly)
        double resolved = Math.max(fa, fl);
        long resolvedBits = Double.doubleToRawLongBits(resolved);
        if (resolvedBits != cache.resolved) {
            cache.resolved = resolvedBits;
            cache.planks = 1 - step(0.25, 1 / 0.65, resolved);
        }
        double planks = cache.planks;
        double tone = 1;
        long acrossBits = Double.doubleToRawLongBits(across);
        long faBits = Double.doubleToRawLongBits(fa);
        if (acrossBits != cache.across || faBits != cache.fa) {
            cache.across = acrossBits;
            cache.fa = faBits;
            cache.seam = stripes(across, fa, SEAM_ACROSS);
        }
        double dark = cache.seam;
        if (planks > 0) {
            int col = (int) Math.floor(along);
            if (cache.col != col) {
                cache.col = col;
                cache.tint = hash(row, col);
            }
            double tint = cache.tint;
            tone += 0.16 * (tint - 0.5) * planks;
            double ends = 1 - step(0.3, 1 / 0.6, Math.max(fa, fx * 20));
            if (ends > 0) {
                dark = Math.max(dark, stripes(along, fl, SEAM_ALONG) * ends);
            }
        }
        if (fy < 0.008) {
            double grain = 1 - step(0.002, 1 / 0.006, fy);
            long xBits = Double.doubleToRawLongBits(x);
            if (xBits != cache.waveX || row != cache.waveRow) {
                cache.waveX = xBits;
                cache.waveRow = row;
                cache.wave = 2.2 * sin(x * 1.7 + row * 1.3);
            }
            double phase = y * 480 + cache.wave;
            tone += 0.06 * grain * sin(phase);
        }
        return (float) (tone * (1 - 0.55 * dark));
    }

    // ---- ceiling -----------------------------------------------------------------------------

    /**
     * A plain gallery ceiling: a cove's glowing slot all round near the walls, washing the strip
     * between it and the walls, and lighting tracks parallel to the walls, with a spot head over
     * each picture.
     */
    private void shadeCeiling(double x, double y, double fx, double fy, float[] out, Reuse re) {
        double ex = hx - Math.abs(x);
        double ey = hy - Math.abs(y);
        double wallDist = Math.min(ex, ey);
        double f = ex < ey ? fx : fy;
        long distBits = Double.doubleToRawLongBits(wallDist);
        long fBits = Double.doubleToRawLongBits(f);
        if (distBits != re.ceilingDist || fBits != re.ceilingF) {
            // along a face row one of x, y stays put, and with it the distance from the nearer wall
            re.ceilingDist = distBits;
            re.ceilingF = fBits;
            re.ceilingLight = 0.6 + 0.22 * soft(Math.abs(wallDist - COVE_INSET * 0.5), 0.35) - 0.1 * soft(wallDist, 0.15);
            re.ceilingCove = (float) cover(wallDist, f, COVE_INSET, COVE_INSET + COVE_WIDTH);
        }
        double light = re.ceilingLight;
        float cove = re.ceilingCove;
        float track = 0;
        float head = 0;
        if (Math.abs(ex - TRACK_INSET) < 0.2 && ey > 0.8) {
            track = (float) cover(ex, fx, TRACK_INSET - TRACK_WIDTH / 2, TRACK_INSET + TRACK_WIDTH / 2);
            head = spotHead(x > 0 ? 0 : 2, x > 0 ? y + hy : hy - y, ex, fy, fx);
        } else if (Math.abs(ey - TRACK_INSET) < 0.2 && ex > 0.8) {
            track = (float) cover(ey, fy, TRACK_INSET - TRACK_WIDTH / 2, TRACK_INSET + TRACK_WIDTH / 2);
            head = spotHead(y > 0 ? 1 : 3, y > 0 ? hx - x : x + hx, ey, fx, fy);
        }
        track = Math.max(track, head);
        float l = (float) light * (1 - cove) * (1 - track);
        out[0] = ceiling[0] * l + COVE[0] * cove + TRACK[0] * track;
        out[1] = ceiling[1] * l + COVE[1] * cove + TRACK[1] * track;
        out[2] = ceiling[2] * l + COVE[2] * cove + TRACK[2] * track;
    }

    /** Coverage of the spot head over the picture of wall w at u, on the track e metres from that wall. */
    private float spotHead(int w, double u, double e, double fu, double fe) {
        Hung it = slotAt(w, u);
        if (it == null || it.door) {
            return 0;
        }
        double c = it.poolU;
        return (float) rect(u, e, fu, fe, c - 0.06, c + 0.06, TRACK_INSET - 0.2, TRACK_INSET + 0.03);
    }

    // ---- doorways ------------------------------------------------------------------------------

    /**
     * Through a door: the reveal (the wall's thickness, in this hall's wall colour, in the shade),
     * then a glimpse of the next hall in its own colours, lit, with a framed picture in its accent
     * colour on the far wall.
     */
    private void shadeCorridor(int s, Hit hit, double fx, double fy, double fz, float[] out) {
        int part = (s - CORRIDOR) % 8;
        Hung h = byIndex[(s - CORRIDOR) / 8];
        double along = h.axis == 0 ? hit.x : hit.y;
        double depth = Math.max(0, (along - h.plane) * h.sign);
        double lateral = h.axis == 0 ? hit.y : hit.x;
        double up = hit.z - zf;
        boolean reveal = part != 4 && depth < REVEAL;
        float[] base;
        float k;
        switch (part) {
            case 2 -> {
                base = reveal ? skirting : h.nFloor;
                k = reveal ? 1.4f : 0.7f;
            }
            case 3 -> {
                base = reveal ? wall : h.nCeiling;
                k = reveal ? 0.42f : 0.55f;
            }
            case 4 -> {
                base = h.nWall;
                k = 0.78f;
                double mid = (h.lo + h.hi) / 2;
                double fl = h.axis == 0 ? fy : fx;
                double frame = rect(lateral, up, fl, fz, mid - 0.6, mid + 0.6, 1.15, 2.05);
                if (frame > 0) {
                    double pic = rect(lateral, up, fl, fz, mid - 0.5, mid + 0.5, 1.25, 1.95);
                    for (int c = 0; c < 3; c++) {
                        out[c] = (float) ((base[c] * (1 - frame) + FRAME[c] * (frame - pic) + h.nAccent[c] * pic) * k);
                    }
                    return;
                }
            }
            default -> {
                base = reveal ? wall : h.nWall;
                k = reveal ? 0.55f : 0.7f;
            }
        }
        double side = (lateral - h.lo) / (h.hi - h.lo);
        double edges = part == 4 ? 1 - 0.25 * soft(Math.min(side, 1 - side) * (h.hi - h.lo), 0.25) : 1;
        for (int c = 0; c < 3; c++) {
            out[c] = (float) (base[c] * k * edges);
        }
    }

    // ---- filters -----------------------------------------------------------------------------

    /** Fraction of [x - f/2, x + f/2] inside [lo, hi] (a point test when f is 0). */
    static double cover(double x, double f, double lo, double hi) {
        if (f < 1e-9) {
            return x >= lo && x < hi ? 1 : 0;
        }
        double a = Math.max(lo, x - f / 2);
        double b = Math.min(hi, x + f / 2);
        return b <= a ? 0 : (b - a) / f;
    }

    static double rect(double u, double v, double fu, double fv, double l, double r, double b, double t) {
        double cu = cover(u, fu, l, r);
        return cu == 0 ? 0 : cu * cover(v, fv, b, t);
    }

    /** {@link #rect} with its vertical coverage {@code cv} (= cover(v, fv, b, t)) already known. */
    private static double rectAt(double u, double fu, double l, double r, double cv) {
        double cu = cover(u, fu, l, r);
        return cu == 0 ? 0 : cu * cv;
    }

    /**
     * Box-filtered stripes {@code width} wide (a fraction of the period) centred on the integers,
     * for a pixel covering [x - f/2, x + f/2]: the fraction of it they cover (exact box filter).
     */
    static double stripes(double x, double f, double width) {
        double q = x + width / 2;
        if (f < 1e-9) {
            return q - Math.floor(q) < width ? 1 : 0;
        }
        double covered = stripeIntegral(q + f / 2, width) - stripeIntegral(q - f / 2, width);
        return covered == 0 ? 0 : covered / f;
    }

    private static double stripeIntegral(double q, double width) {
        double n = Math.floor(q);
        return n * width + Math.min(q - n, width);
    }

    /** Distance from (u, v) to the rectangle, 0 inside. */
    private static double outside(double u, double v, double l, double r, double b, double t) {
        double du = Math.max(0, Math.max(l - u, u - r));
        double dv = Math.max(0, Math.max(b - v, v - t));
        return Math.sqrt(du * du + dv * dv);
    }

    static double smooth(double e0, double e1, double x) {
        return step(e0, 1 / (e1 - e0), x);
    }

    /** {@link #smooth} with the reciprocal of the edges' distance given (no division). */
    private static double step(double e0, double inverseWidth, double x) {
        double t = (x - e0) * inverseWidth;
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        return t * t * (3 - 2 * t);
    }

    /** 1 at distance 0, falling smoothly to about 0 beyond a few times {@code scale}. */
    private static double soft(double distance, double scale) {
        double q = distance * (1 / scale);
        // by table (within 3e-5, invisible in a light factor), saving a division per call
        double x = q * SOFT_PER_UNIT;
        if (x >= 0 && x < SOFT_STEPS) {
            int i = (int) x;
            float a = SOFT[i];
            return a + (x - i) * (SOFT[i + 1] - a);
        }
        return 1 / (1 + q * q * (1 + q));
    }

    private static final int SOFT_PER_UNIT = 128;
    private static final int SOFT_STEPS = 32 * SOFT_PER_UNIT;
    private static final float[] SOFT = new float[SOFT_STEPS + 1];

    static {
        for (int i = 0; i <= SOFT_STEPS; i++) {
            double q = i / (double) SOFT_PER_UNIT;
            SOFT[i] = (float) (1 / (1 + q * q * (1 + q)));
        }
    }

    private static final int SINE_STEPS = 4096;
    private static final float[] SINE = new float[SINE_STEPS + 1];

    static {
        for (int i = 0; i <= SINE_STEPS; i++) {
            SINE[i] = (float) Math.sin(2 * Math.PI * i / SINE_STEPS);
        }
    }

    /** sin by table, to about 3e-7: for textures and soft light, where Math.sin's exactness costs time. */
    static double sin(double x) {
        double t = x * (SINE_STEPS / (2 * Math.PI));
        double f = Math.floor(t);
        int i = (int) ((long) f & (SINE_STEPS - 1));
        return SINE[i] + (t - f) * (SINE[i + 1] - SINE[i]);
    }

    /** A stable pseudo-random number in [0, 1) for a pair of integers. */
    private static double hash(int a, int b) {
        long h = a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return (h >>> 11) * 0x1.0p-53;
    }
}
