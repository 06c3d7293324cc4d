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
    private static final double SKIRTING = 0.12;
    private static final double PANEL_PERIOD = 3.0;
    private static final double PANEL_HALF = 0.6;
    private static final double TILE_GRID = 0.6;
    private static final double PLANK_WIDTH = 0.19;
    private static final double PLANK_LENGTH = 2.2;
    private static final float[] FRAME = Srgb.linear(new java.awt.Color(0x2a, 0x26, 0x23));
    private static final float[] MAT = Srgb.linear(new java.awt.Color(0xf3, 0xf0, 0xe8));
    private static final float[] SCREEN = Srgb.linear(new java.awt.Color(0x14, 0x14, 0x16));
    private static final float[] PANEL = {1.0f, 0.97f, 0.9f};
    private static final float[] WARM = {1.0f, 0.72f, 0.42f};

    /** What a ray hits: a surface id, the point (relative to the eye), the ray parameter, the plane's axis. */
    static final class Hit {
        int surface;
        double x;
        double y;
        double z;
        double t;
        int axis;
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

        Hung(Placed p, MipPicture picture, int index, HallScene scene) {
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
            poolInvU = 1 / ((r - l) / 2 + 0.55);
            poolZ = t - 0.15 * (t - b);
            poolInvZ = 1 / ((t - b) / 2 + 0.8);
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

    /** @param pictures the prepared picture of each placed item, in the same order (null for doors) */
    HallScene(Hall hall, List<Placed> placed, List<MipPicture> pictures) {
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
            byIndex[i] = new Hung(p, pictures.get(i), i, this);
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
            Hit hit, float[] out, float[] tmp) {
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
            shadeWall(s, u, hit.z - zf, s == 0 || s == 2 ? fy : fx, fz, out, tmp);
        } else if (s == FLOOR) {
            double grazing = 1 - Math.abs(dz) / Math.sqrt(dx * dx + dy * dy + dz * dz);
            shadeFloor(hit.x, hit.y, fx, fy, grazing, out, null);
        } else if (s == CEILING) {
            shadeCeiling(hit.x, hit.y, fx, fy, out);
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
            int size, Hit hit, float[] colours, int[] surfaces, float[] colour, float[] tmp) {
        if (az != 0 || sz == 0) {
            for (int x = 0; x < size; x++) {
                shade(sx + x * ax, sy + x * ay, sz + x * az, ax, ay, az, bx, by, bz, hit, colour, tmp);
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
        // the ceiling's terms along the axis constant along the row, once known
        boolean constX = ax == 0;
        boolean constY = !constX && ay == 0;
        boolean known = false;
        double cP = 0;
        boolean cRoom = false;
        double cCover = 0;
        double cDist = 0;
        double cStripe = 0;
        double cSoft = 0;
        Planks planks = up ? null : new Planks();
        for (int x = 0; x < size; x++) {
            double dx = sx + x * ax;
            double dy = sy + x * ay;
            if (Math.abs(dx) >= limX || Math.abs(dy) >= limY) {
                shade(dx, dy, dz, ax, ay, az, bx, by, bz, hit, colour, tmp);
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
                shadeFloor(px, py, fx, fy, grazing, colour, planks);
            } else if (constX || constY) {
                double c = constX ? px : py;
                double fc = constX ? fx : fy;
                double hc = constX ? hx : hy;
                double v = constX ? py : px;
                double fv = constX ? fy : fx;
                double hv = constX ? hy : hx;
                if (!known) {
                    known = true;
                    cP = Math.rint(c * INV_PANEL_PERIOD) * PANEL_PERIOD;
                    cRoom = Math.abs(cP) + PANEL_HALF < hc - 0.9;
                    cCover = cover(c, fc, cP - PANEL_HALF, cP + PANEL_HALF);
                    cDist = Math.abs(c - cP);
                    cStripe = stripes(c * INV_TILE_GRID, fc * INV_TILE_GRID, TILE_GRID_LINE);
                    cSoft = soft(hc - Math.abs(c), 0.4);
                }
                double vP = Math.rint(v * INV_PANEL_PERIOD) * PANEL_PERIOD;
                double panel = 0;
                double halo = 0;
                if (cRoom && Math.abs(vP) + PANEL_HALF < hv - 0.9) {
                    panel = cCover == 0 ? 0 : cCover * cover(v, fv, vP - PANEL_HALF, vP + PANEL_HALF);
                    double q = (Math.max(cDist, Math.abs(v - vP)) - PANEL_HALF) * (1 / 0.35);
                    halo = 0.35 / (1 + q * q);
                }
                double grid = Math.max(cStripe, stripes(v * INV_TILE_GRID, fv * INV_TILE_GRID, TILE_GRID_LINE));
                double wallSoft = Math.max(cSoft, soft(hv - Math.abs(v), 0.4));
                ceilingColour(panel, halo, grid, wallSoft, colour);
            } else {
                shadeCeiling(px, py, fx, fy, colour);
            }
            colours[3 * x] = colour[0];
            colours[3 * x + 1] = colour[1];
            colours[3 * x + 2] = colour[2];
        }
    }

    // ---- walls -------------------------------------------------------------------------------

    private void shadeWall(int w, double u, double h, double fu, double fh, float[] out, float[] tmp) {
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
        int slot = (int) (u * perSlot[w]);
        Hung[] row = slots[w];
        Hung item = slot >= 0 && slot < row.length ? row[slot] : null;
        if (item != null) {
            if (item.door) {
                float c = (float) rect(u, h, fu, fh, item.l - item.frame, item.r + item.frame, -1, item.t + item.frame);
                if (c > 0) {
                    // casing: accent with a darker inner edge toward the opening
                    float inner = (float) rect(u, h, fu, fh, item.l - 0.025, item.r + 0.025, -1, item.t + 0.025);
                    float k = 1 - 0.45f * inner;
                    r += c * (accent[0] * k - r);
                    g += c * (accent[1] * k - g);
                    b += c * (accent[2] * k - b);
                }
            } else {
                double fr = item.frame;
                double c0 = rect(u, h, fu, fh, item.l - fr, item.r + fr, item.b - fr, item.t + fr);
                // soft shadow of the frame on the wall, a little below it
                double d = outside(u, h + 0.04, item.l - fr, item.r + fr, item.b - fr, item.t + fr);
                float shadow = (float) (0.45 * (1 - smooth(0, 0.09 + 0.6 * Math.max(fu, fh), d)) * (1 - c0));
                r *= 1 - shadow;
                g *= 1 - shadow;
                b *= 1 - shadow;
                if (c0 > 0) {
                    double c1 = rect(u, h, fu, fh, item.l - item.line, item.r + item.line, item.b - item.line,
                            item.t + item.line);
                    double c2 = rect(u, h, fu, fh, item.l - item.mat, item.r + item.mat, item.b - item.mat,
                            item.t + item.mat);
                    double c3 = rect(u, h, fu, fh, item.l, item.r, item.b, item.t);
                    // the frame is lit from above: its top and left bands a little lighter
                    float bevel = (float) (1 + 0.5 * cover(h, fh, item.t + item.line, item.t + fr)
                            - 0.25 * cover(h, fh, item.b - fr, item.b - item.line));
                    float kf = (float) (c0 - c1) * bevel;
                    float kl = (float) (c1 - c2);
                    float km = (float) (c2 - c3);
                    float[] mat = item.video ? SCREEN : MAT;
                    float kw = (float) (1 - c0);
                    r = r * kw + FRAME[0] * kf + accent[0] * kl + mat[0] * km;
                    g = g * kw + FRAME[1] * kf + accent[1] * kl + mat[1] * km;
                    b = b * kw + FRAME[2] * kf + accent[2] * kl + mat[2] * km;
                    if (c3 > 0) {
                        double tw = item.picture.width();
                        double foot = Math.max(fu / (item.r - item.l) * tw, fh / (item.t - item.b) * item.picture.height());
                        item.picture.sample((u - item.l) / (item.r - item.l), (item.t - h) / (item.t - item.b), foot, tmp);
                        float k = (float) c3;
                        r += k * tmp[0];
                        g += k * tmp[1];
                        b += k * tmp[2];
                    }
                    // the mat's inner bevel: a thin shadow where it meets the picture
                    if (!item.video && c2 > c3) {
                        double edge = rect(u, h, fu, fh, item.l - 0.006, item.r + 0.006, item.b - 0.006, item.t + 0.006) - c3;
                        float e = (float) (0.3 * edge);
                        r -= e * MAT[0];
                        g -= e * MAT[1];
                        b -= e * MAT[2];
                    }
                }
            }
        }
        float light = wallLight(w, u, h, slot);
        out[0] = r * light;
        out[1] = g * light;
        out[2] = b * light;
    }

    /** Light on a wall: ambient brighter toward the ceiling, spotlight pools, darker corners. */
    private float wallLight(int w, double u, double h, int slot) {
        double height = this.height;
        double light = 0.52 + 0.16 * (h * invHeight);
        Hung[] row = slots[w];
        for (int s = Math.max(0, slot - 1); s <= Math.min(row.length - 1, slot + 1); s++) {
            Hung it = row[s];
            if (it == null || it.door) {
                continue;
            }
            double cz = it.poolZ;
            double qu = (u - it.poolU) * it.poolInvU;
            double qz = (h - cz) * it.poolInvZ;
            double q = qu * qu + qz * qz;
            // a spotlight's pool: bright core, soft rim, brightest above the picture's centre
            light += 0.62 / (1 + q * q * q) * (h > cz ? 1 : 0.85 + 0.15 / (1 + qz * qz * 4));
        }
        double side = Math.min(u, length[w] - u);
        double ao = 1 - 0.28 * soft(side, 0.45) - 0.22 * soft(h, 0.35) - 0.18 * soft(height - h, 0.4);
        return (float) (light * ao);
    }

    // ---- floor -------------------------------------------------------------------------------

    /** Oak-like planks running north–south, with seams, per-plank tone and grain faded by distance. */
    private void shadeFloor(double x, double y, double fx, double fy, double grazing, float[] out, Planks cache) {
        float k = plankTone(x, y, fx, fy, cache);
        double wallDist = Math.min(hx - Math.abs(x), hy - Math.abs(y));
        // brighter under the middle of the ceiling, darker along the walls
        double cx = x * invHx;
        double cy = y * invHy;
        double light = (0.64 + 0.16 * (1 - cx * cx) * (1 - cy * cy)) * (1 - 0.35 * soft(Math.max(0, wallDist), 0.5));
        float l = (float) light * k;
        // a satin finish: the lit walls reflect more at grazing angles
        double g2 = grazing * grazing;
        float f = (float) (0.03 + 0.3 * g2 * g2 * g2);
        float m = l * (1 - f);
        float n = 0.8f * f;
        out[0] = floor[0] * m + sheen[0] * n;
        out[1] = floor[1] * m + sheen[1] * n;
        out[2] = floor[2] * m + sheen[2] * n;
    }

    private static final double INV_PLANK_WIDTH = 1 / PLANK_WIDTH;
    private static final double INV_PLANK_LENGTH = 1 / PLANK_LENGTH;
    /** Seams 4 mm wide, as fractions of a plank's width and length. */
    private static final double SEAM_ACROSS = 0.004 / PLANK_WIDTH;
    private static final double SEAM_ALONG = 0.004 / PLANK_LENGTH;

    /** The last plank row and plank seen along a face row, with their hashes: neighbouring pixels mostly share them. */
    private static final class Planks {
        int row = Integer.MIN_VALUE;
        double offset;
        int col = Integer.MIN_VALUE;
        double tint;
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
        double offset;
        if (cache == null) {
            offset = hash(row, 7);
        } else {
            if (cache.row != row) {
                cache.row = row;
                cache.offset = hash(row, 7);
                cache.col = Integer.MIN_VALUE;
            }
            offset = cache.offset;
        }
        double along = x * INV_PLANK_LENGTH + offset;
        double fa = fy * INV_PLANK_WIDTH;
        double fl = fx * INV_PLANK_LENGTH;
        // how well planks, their ends and the grain are resolved at this distance (1 = clearly)
        double planks = 1 - step(0.25, 1 / 0.65, Math.max(fa, fl));
        double tone = 1;
        double dark = stripes(across, fa, SEAM_ACROSS);
        if (planks > 0) {
            int col = (int) Math.floor(along);
            double tint;
            if (cache == null) {
                tint = hash(row, col);
            } else {
                if (cache.col != col) {
                    cache.col = col;
                    cache.tint = hash(row, col);
                }
                tint = cache.tint;
            }
            tone += 0.16 * (tint - 0.5) * planks;
            double ends = 1 - step(0.3, 1 / 0.6, Math.max(fa, fx * 20));
            if (ends > 0) {
                dark = Math.max(dark, stripes(along, fl, SEAM_ALONG) * ends);
            }
        }
        if (fy < 0.008) {
            double grain = 1 - step(0.002, 1 / 0.006, fy);
            double phase = y * 480 + 2.2 * sin(x * 1.7 + row * 1.3);
            tone += 0.06 * grain * sin(phase);
        }
        return (float) (tone * (1 - 0.55 * dark));
    }

    // ---- ceiling -----------------------------------------------------------------------------

    private static final double INV_PANEL_PERIOD = 1 / PANEL_PERIOD;
    private static final double INV_TILE_GRID = 1 / TILE_GRID;
    private static final double TILE_GRID_LINE = 0.012 / TILE_GRID;

    private void shadeCeiling(double x, double y, double fx, double fy, float[] out) {
        // panels centred on a grid of PANEL_PERIOD, only where a whole panel stays clear of the walls
        double px = Math.rint(x * INV_PANEL_PERIOD) * PANEL_PERIOD;
        double py = Math.rint(y * INV_PANEL_PERIOD) * PANEL_PERIOD;
        boolean room = Math.abs(px) + PANEL_HALF < hx - 0.9 && Math.abs(py) + PANEL_HALF < hy - 0.9;
        double panel = 0;
        double halo = 0;
        if (room) {
            panel = rect(x, y, fx, fy, px - PANEL_HALF, px + PANEL_HALF, py - PANEL_HALF, py + PANEL_HALF);
            double q = (Math.max(Math.abs(x - px), Math.abs(y - py)) - PANEL_HALF) * (1 / 0.35);
            halo = 0.35 / (1 + q * q);
        }
        double grid = Math.max(stripes(x * INV_TILE_GRID, fx * INV_TILE_GRID, TILE_GRID_LINE),
                stripes(y * INV_TILE_GRID, fy * INV_TILE_GRID, TILE_GRID_LINE));
        double wallDist = Math.min(hx - Math.abs(x), hy - Math.abs(y));
        ceilingColour(panel, halo, grid, soft(wallDist, 0.4), out);
    }

    private void ceilingColour(double panel, double halo, double grid, double wallSoft, float[] out) {
        double light = (0.56 + halo) * (1 - 0.14 * grid) * (1 - 0.25 * wallSoft);
        float p = (float) panel;
        float l = (float) light * (1 - p);
        out[0] = ceiling[0] * l + PANEL[0] * p;
        out[1] = ceiling[1] * l + PANEL[1] * p;
        out[2] = ceiling[2] * l + PANEL[2] * p;
    }

    // ---- corridors behind doors ----------------------------------------------------------------

    private void shadeCorridor(int s, Hit hit, double fx, double fy, double fz, float[] out) {
        int part = (s - CORRIDOR) % 8;
        Hung h = byIndex[(s - CORRIDOR) / 8];
        double along = h.axis == 0 ? hit.x : hit.y;
        double depth = Math.max(0, (along - h.plane) * h.sign) / CORRIDOR_LENGTH;
        double lateral = h.axis == 0 ? hit.y : hit.x;
        double up = hit.z - zf;
        // warm light from around a corner at the far end, on the high-lateral side
        double side = (lateral - h.lo) / (h.hi - h.lo);
        double warm = depth * depth * (0.55 + 0.45 * side);
        double cool = 0.16 * (1 - depth);
        float[] base;
        float k;
        switch (part) {
            case 2 -> {
                base = floor;
                k = plankTone(hit.x, hit.y, fx, fy, null);
            }
            case 3 -> {
                base = ceiling;
                k = 0.5f;
            }
            case 4 -> {
                base = wall;
                k = 1.1f;
                warm = 0.75 + 0.35 * side - 0.2 * (up / HallLayout.DOOR_HEIGHT);
            }
            default -> {
                base = wall;
                k = 0.85f;
            }
        }
        double edges = 1 - 0.3 * soft(Math.min(side, 1 - side) * (h.hi - h.lo), 0.25);
        for (int c = 0; c < 3; c++) {
            out[c] = (float) (base[c] * k * (cool + warm * WARM[c]) * edges);
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
