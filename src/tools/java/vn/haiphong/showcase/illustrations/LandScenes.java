package vn.haiphong.showcase.illustrations;

import static vn.haiphong.showcase.illustrations.IllustrationGenerator.c;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import vn.haiphong.showcase.illustrations.Painter.Clothes;
import vn.haiphong.showcase.illustrations.Painter.Hat;
import vn.haiphong.showcase.illustrations.Painter.Palette;

/**
 * The land chapters as travel posters: liberation 1955, the city today, culture and festivals,
 * and the exhibition's people series. Each picture shows one real Hai Phong subject; each chapter
 * tells its story in order (see the captions in {@link Scenes}).
 */
final class LandScenes {
    private LandScenes() {
    }

    /** The colours {@link Painter}'s own motifs (people, boats, stalls) take in these scenes. */
    static final Palette POSTER = new Palette(c(0x6fa8c8), c(0xb9d8e0), c(0xf3e6c8), c(0xfff1cf), c(0xa9c3bf),
            c(0x6f8f80), c(0x6fb0c0), c(0x2f6f85), c(0x2b3a40), c(0xfffaf0),
            new Color[] {c(0xd42a20), c(0xe2b565), c(0x3f7d6a), c(0x2f6f85), c(0xc05a3c)});

    static void draw(Painter p, String chapter, int n) {
        Landmarks L = new Landmarks(p);
        switch (chapter) {
            case "liberation" -> liberation(p, L, n);
            case "city" -> city(p, L, n);
            case "culture" -> culture(p, L, n);
            default -> people(p, L, n);
        }
    }

    // 1955 colours: faded poster inks
    private static final Color[] WALLS_1955 = {c(0xecd9a8), c(0xe8c98a), c(0xf1e3c4), c(0xe3b98f), c(0xd9cfa6)};
    private static final Color[] SHIRTS_1955 = {c(0xf2ede0), c(0xe9e2cf), c(0x4a5a78), c(0x7a5b3e), c(0x2f2f33), c(0xb9a27a)};
    private static final Color[] SHIRTS = {c(0xf2f2f2), c(0x457b9d), c(0xe76f51), c(0x2a9d8f), c(0xf4a261), c(0x6d597a), c(0xd62828)};
    private static final Color[] LEGS = {c(0x1d3557), c(0x343a40), c(0x495057), c(0x2b2d42)};
    private static final Color[] PRODUCE = {c(0x6a994e), c(0xa7c957), c(0xf4a261), c(0xe9c46a), c(0xbc4749), c(0x90be6d)};

    private static Clothes wear(Color shirt, Color legs, Hat hat) {
        return new Clothes(shirt, legs, hat, null);
    }

    private static Clothes anyone1955(Painter p) {
        return wear(SHIRTS_1955[p.r.nextInt(SHIRTS_1955.length)], p.r.nextBoolean() ? c(0x2a2622) : c(0xe9e2cf),
                p.r.nextDouble() < 0.4 ? Hat.CONICAL : Hat.NONE);
    }

    private static Clothes anyone(Painter p, Hat hat) {
        return wear(SHIRTS[p.r.nextInt(SHIRTS.length)], LEGS[p.r.nextInt(LEGS.length)], hat);
    }

    /** Rows of people seen from behind between u0 and u1, the front row at {@code v}, some waving flags. */
    private static void crowd(Painter p, Landmarks L, double u0, double u1, double v, int rows, double size, double flags, boolean y1955) {
        for (int row = rows - 1; row >= 0; row--) {
            double vv = v - row * size * 0.55 * p.w / p.h;
            double sz = size * (1 - row * 0.12);
            for (double u = u0 + p.rnd(0, sz * 0.3); u < u1; u += sz * p.rnd(0.3, 0.45)) {
                Clothes cl = y1955 ? anyone1955(p) : anyone(p, Hat.NONE);
                p.person(u, vv + p.rnd(-0.006, 0.006), sz, cl, p.rnd(-0.05, 0.05), true);
                if (p.r.nextDouble() < flags) {
                    L.handFlag(u + sz * 0.12, vv - sz * 1.45 * p.w / p.h, sz * 0.22);
                }
            }
        }
    }

    /** A rider on a motorbike in side view, facing right. */
    private static void motorbike(Painter p, Landmarks L, double u, double base, double size, Color body, Clothes rider) {
        double S = p.s(size);
        double bx = p.x(u);
        double by = p.y(base);
        L.fill(new Ellipse2D.Double(bx - S * 0.5, by - S * 0.3, S * 0.3, S * 0.3), c(0x222222));
        L.fill(new Ellipse2D.Double(bx + S * 0.25, by - S * 0.3, S * 0.3, S * 0.3), c(0x222222));
        L.fill(new RoundRectangle2D.Double(bx - S * 0.45, by - S * 0.45, S * 0.9, S * 0.22, S * 0.12, S * 0.12), body);
        L.fill(new RoundRectangle2D.Double(bx + S * 0.3, by - S * 0.7, S * 0.12, S * 0.4, S * 0.05, S * 0.05), body);
        p.person(u - size * 0.05, base - size * 0.2 * p.w / p.h, size * 0.95, rider, 0.12, false);
    }

    // ================= liberation, 1955 =================

    private static void liberation(Painter p, Landmarks L, int n) {
        switch (n) {
            case 1 -> { // troops of the People's Army march in along a street of shophouses
                L.sky(0.5, c(0x8fb8bf), c(0xdcd9bf), c(0xf3dcae));
                L.cloud(0.2, 0.12, 0.22, Landmarks.alpha(Color.WHITE, 0.5));
                L.cloud(0.78, 0.08, 0.18, Landmarks.alpha(Color.WHITE, 0.4));
                L.ridge(0.44, 0.05, 1.2, c(0xbcc7b4));
                double u = 0.0;
                int k = 0;
                while (u < 1.0) {
                    double wdt = 0.11 + (k * 37 % 5) * 0.014;
                    int floors = 2 + (k % 3 == 1 ? 1 : 0);
                    L.shophouse(u, Math.min(1.01, u + wdt), 0.64, floors, 0.09, WALLS_1955[k % WALLS_1955.length], Landmarks.SHUTTER,
                            Landmarks.TERRACOTTA);
                    if (k % 2 == 0) {
                        L.hangingFlag(u + wdt / 2, 0.64 - 0.09 * 1.5 * floors + 0.03, 0.06);
                    }
                    u += wdt;
                    k++;
                }
                L.rect(0, 0.64, 1, 0.68, c(0xd8cdb0));
                L.band(0.68, 1.0, c(0xb9ab8c), c(0x9c8e70));
                for (double tu = 0.06; tu < 1; tu += 0.22) {
                    L.roundTree(tu, 0.69, 0.13, c(0x4f7356));
                }
                // the column: a flag bearer ahead, soldiers marching right
                L.soldier(0.74, 0.84, 0.13, false);
                L.handFlag(0.755, 0.42, 0.06);
                for (int s = 0; s < 7; s++) {
                    L.soldier(0.66 - s * 0.062, 0.84 + (s % 2) * 0.005, 0.125, true);
                }
                crowd(p, L, -0.04, 0.2, 1.03, 2, 0.17, 0.5, true);
                crowd(p, L, 0.85, 1.04, 1.03, 2, 0.17, 0.5, true);
            }
            case 2 -> { // the Opera House square hung with flags
                L.sky(0.62, c(0x86b6c9), c(0xcfe0d6), c(0xf4e4bf));
                L.cloud(0.82, 0.1, 0.2, Landmarks.alpha(Color.WHITE, 0.55));
                L.roundTree(0.08, 0.62, 0.2, c(0x5f8466));
                L.roundTree(0.93, 0.62, 0.22, c(0x5f8466));
                L.operaHouse(0.5, 0.6, 0.64, c(0xeedcaf), c(0xf7eed8), c(0x8e9e8f), c(0x5a4a3a));
                L.band(0.62, 1.0, c(0xe0d3b4), c(0xc9b893));
                for (double fu = 0.12; fu < 0.9; fu += 0.076) {
                    flagOnPole(p, L, fu, 0.42, 0.66, 0.022);
                }
                crowd(p, L, 0.04, 0.96, 0.86, 4, 0.06, 0.25, true);
                crowd(p, L, 0.0, 1.0, 1.03, 2, 0.11, 0.3, true);
            }
            case 3 -> { // sampans and junks with flags on the Cấm river, warehouses on the far bank
                L.sky(0.5, c(0x9cc0c4), c(0xe2dcc0), c(0xf0d7a6));
                L.ridge(0.47, 0.05, 0.8, c(0xb9c4ac));
                for (int k = 0; k < 6; k++) {
                    double wu = 0.05 + k * 0.15;
                    L.rect(wu, 0.455, wu + 0.12, 0.51, c(0xcbb48b));
                    L.fill(L.poly(wu - 0.005, 0.455, wu + 0.06, 0.425, wu + 0.125, 0.455), c(0x9a6a4a));
                    L.rect(wu + 0.02, 0.47, wu + 0.05, 0.51, c(0x6d5a44));
                }
                L.water(0.51, c(0xa8bdb1), c(0x5f7f7c), c(0xf5ead0), 60);
                p.junk(0.28, 0.78, 0.26);
                p.junk(0.72, 0.64, 0.13);
                L.handFlag(0.285, 0.36, 0.03);
                L.handFlag(0.725, 0.47, 0.018);
                sampan(p, L, 0.55, 0.88, 0.2);
                sampan(p, L, 0.88, 0.76, 0.14);
                L.handFlag(0.57, 0.74, 0.025);
                L.handFlag(0.885, 0.66, 0.02);
                // people waving from the stone steps of the quay
                L.fill(L.poly(-0.01, 0.8, 0.2, 0.84, 0.32, 1.01, -0.01, 1.01), c(0x8a7a62));
                crowd(p, L, -0.02, 0.24, 1.02, 2, 0.12, 0.6, true);
            }
            case 4 -> { // cyclos and bicycles decked with flags on a shophouse street
                L.sky(0.2, c(0x9cc4c9), c(0xd9dfc8), c(0xeedcb3));
                L.shophouse(-0.02, 0.34, 0.72, 2, 0.2, c(0xecd9a8), Landmarks.SHUTTER, Landmarks.TERRACOTTA);
                L.shophouse(0.34, 0.68, 0.72, 2, 0.2, c(0xe3b98f), c(0x4a6f8a), Landmarks.TERRACOTTA);
                L.shophouse(0.68, 1.02, 0.72, 2, 0.2, c(0xe8c98a), Landmarks.SHUTTER, Landmarks.TERRACOTTA);
                L.hangingFlag(0.16, 0.33, 0.09);
                L.hangingFlag(0.51, 0.33, 0.09);
                L.hangingFlag(0.85, 0.33, 0.09);
                L.rect(0, 0.72, 1, 0.77, c(0xd8cdb0));
                L.band(0.77, 1.0, c(0xa89a7c), c(0x8f8166));
                L.fill(new Ellipse2D.Double(p.x(0.18), p.y(0.9), p.s(0.36), p.s(0.03)), Landmarks.alpha(Color.BLACK, 0.2));
                L.cyclo(0.32, 0.93, 0.3, c(0x2f5d73), true, wear(c(0xf2ede0), c(0x2a2622), Hat.CONICAL));
                L.handFlag(0.2, 0.59, 0.04);
                L.fill(new Ellipse2D.Double(p.x(0.58), p.y(0.92), p.s(0.3), p.s(0.025)), Landmarks.alpha(Color.BLACK, 0.2));
                L.bicycle(0.68, 0.94, 0.075, c(0x2a2622));
                p.person(0.66, 0.86, 0.2, wear(c(0xf2ede0), c(0x2a2622), Hat.NONE), 0.12, false);
                L.handFlag(0.7, 0.58, 0.03);
                L.bicycle(0.86, 0.9, 0.06, c(0x6d3b22));
                p.person(0.845, 0.835, 0.16, wear(c(0x4a5a78), c(0x2a2622), Hat.CONICAL), 0.1, false);
                L.handFlag(0.87, 0.6, 0.025);
            }
            case 5 -> { // a girl gives flowers to a soldier
                L.sky(0.75, c(0xa6c7c2), c(0xe8dfc4), c(0xf3dcae));
                for (double tu = 0.05; tu < 1.0; tu += 0.18) {
                    L.roundTree(tu, 0.6, 0.16, c(0xa9bba0));
                }
                L.band(0.58, 1.0, c(0xe3d6b4), c(0xcdbd95));
                crowd(p, L, -0.02, 1.02, 0.66, 2, 0.06, 0.5, true);
                Clothes girl = wear(c(0xf6f1e4), c(0x2a2622), Hat.NONE);
                p.person(0.4, 0.99, 0.42, girl, 0.08, false);
                // her plait and a bouquet held out
                L.fill(new RoundRectangle2D.Double(p.x(0.4) + p.s(0.03), p.y(0.99) - p.s(0.42) * 0.95, p.s(0.012), p.s(0.42) * 0.3,
                        p.s(0.01), p.s(0.01)), Painter.HAIR);
                double bx = p.x(0.48);
                double by = p.y(0.99) - p.s(0.42) * 0.62;
                L.fill(new Rectangle2D.Double(bx - p.s(0.004), by, p.s(0.008), p.s(0.06)), c(0x5f8a4a));
                Color[] petals = {c(0xd42a20), c(0xf2c14e), c(0xf6f1e4), c(0xe76f8a)};
                for (int k = 0; k < 12; k++) {
                    double a = k * 0.52;
                    double rr = p.s(0.022) * (k % 3 == 0 ? 0.3 : 1);
                    L.fill(new Ellipse2D.Double(bx + Math.cos(a) * rr - p.s(0.011), by - p.s(0.02) + Math.sin(a) * rr * 0.8 - p.s(0.011),
                            p.s(0.022), p.s(0.022)), petals[k % petals.length]);
                }
                L.soldier(0.6, 1.0, 0.5, true);
                L.handFlag(0.84, 0.2, 0.06);
                p.person(0.86, 1.02, 0.34, wear(c(0x4a5a78), c(0x2a2622), Hat.NONE), 0, false);
            }
            case 6 -> { // dockers get the old port working again
                L.sky(0.42, c(0xe9c88e), c(0xf1dcb0), c(0xf6e6c4));
                L.sun(0.8, 0.16, 0.035, c(0xfff4d8), 0.35);
                L.ridge(0.42, 0.04, 0.7, c(0xc9c2a4));
                L.water(0.42, c(0xb9b49a), c(0x8a8a78), c(0xfff4d8), 30);
                // a steamer with one funnel, moored close along the quay
                steamer(p, L, 0.5, 0.68, 0.8);
                quayCrane(p, L, 0.12, 0.7, 0.4);
                // the stone quay, sacks and dockers carrying them ashore
                L.band(0.68, 1.0, c(0x8a7660), c(0x6a5a48));
                for (int k = 0; k < 9; k++) {
                    double su = 0.56 + (k % 5) * 0.055;
                    double sv = 0.8 - (k / 5) * 0.035;
                    L.fill(new RoundRectangle2D.Double(p.x(su), p.y(sv), p.s(0.05), p.s(0.03), p.s(0.012), p.s(0.012)), c(0xe8dcb8));
                }
                for (int k = 0; k < 4; k++) {
                    double du = 0.22 + k * 0.12;
                    double dv = 0.98 - (k % 2) * 0.04;
                    p.person(du, dv, 0.22, wear(c(0xe9e2cf), c(0x2a2622), Hat.CONICAL), 0.15, false);
                    L.fill(new RoundRectangle2D.Double(p.x(du) - p.s(0.03), p.y(dv) - p.s(0.22) * 0.93, p.s(0.07), p.s(0.035), p.s(0.012),
                            p.s(0.012)), c(0xe8dcb8));
                }
                L.handFlag(0.52, 0.3, 0.03);
            }
            case 7 -> { // portrait: the flag raised high over the rooftops
                L.sky(0.8, c(0x6f9fb5), c(0xc9dcd3), c(0xf3ddb0));
                L.cloud(0.25, 0.3, 0.45, Landmarks.alpha(Color.WHITE, 0.45));
                L.cloud(0.75, 0.5, 0.35, Landmarks.alpha(Color.WHITE, 0.35));
                // rooftops of the old town
                for (int k = 0; k < 6; k++) {
                    double ru = -0.05 + k * 0.2;
                    double rv = 0.74 + (k % 2) * 0.03;
                    L.shophouse(ru, ru + 0.19, rv + 0.12, 2, 0.09, WALLS_1955[k % WALLS_1955.length], Landmarks.SHUTTER, Landmarks.TERRACOTTA);
                }
                L.rect(0, 0.88, 1, 1, c(0xcdbd95));
                g(L).setColor(c(0xe8e2d2));
                g(L).setStroke(new BasicStroke((float) p.s(0.012)));
                g(L).draw(new Line2D.Double(p.x(0.3), p.y(0.14), p.x(0.3), p.y(0.86)));
                L.fill(new Ellipse2D.Double(p.x(0.3) - p.s(0.012), p.y(0.13), p.s(0.024), p.s(0.024)), c(0xf2c14e));
                L.handFlag(0.3, 0.155, 0.3);
                crowd(p, L, -0.05, 1.05, 1.02, 3, 0.2, 0.5, true);
            }
            default -> { // night: children's star lanterns and torches through the old streets
                L.sky(0.55, c(0x0f1a33), c(0x24335a), c(0x4a4566));
                L.sun(0.8, 0.14, 0.03, c(0xf6e7c1), 0.25);
                for (int k = 0; k < 60; k++) {
                    L.fill(new Ellipse2D.Double(p.x(p.rnd(0, 1)), p.y(p.rnd(0, 0.4)), p.s(0.0015), p.s(0.0015)), Landmarks.alpha(Color.WHITE, 0.7));
                }
                double u = -0.02;
                int k = 0;
                while (u < 1.0) {
                    double wdt = 0.12 + (k % 3) * 0.02;
                    L.shophouse(u, u + wdt, 0.66, 2 + k % 2, 0.09, Landmarks.mix(WALLS_1955[k % 5], c(0x1b2440), 0.65), c(0x1f3a3a),
                            c(0x3a2a30));
                    // lit windows
                    for (int f = 1; f < 2 + k % 2; f++) {
                        L.rect(u + wdt * 0.3, 0.66 - 0.09 * 1.5 * (f + 1) + 0.04, u + wdt * 0.45, 0.66 - 0.09 * 1.5 * f - 0.02, c(0xf7c86a));
                    }
                    u += wdt;
                    k++;
                }
                L.band(0.66, 1.0, c(0x2a2a3a), c(0x1a1a26));
                Color[] lanterns = {c(0xe8342a), c(0xf2c14e), c(0xe8342a), c(0xf08a3a)};
                for (int i = 0; i < 9; i++) {
                    double lu = 0.1 + i * 0.1;
                    double lv = 0.62 + (i % 3) * 0.03;
                    p.person(lu - 0.02, lv + 0.22, 0.12, wear(Landmarks.mix(SHIRTS_1955[i % 6], c(0x1b2440), 0.4), c(0x1a1a26), Hat.NONE), 0,
                            false);
                    L.starLantern(lu + 0.01, lv, 0.022, lanterns[i % lanterns.length]);
                }
                crowd(p, L, -0.02, 1.02, 1.03, 1, 0.16, 0.0, true);
                L.fill(new Rectangle2D.Double(0, p.y(0.9), p.w, p.y(0.1)), Landmarks.alpha(c(0x0f1a33), 0.55));
            }
        }
    }

    private static java.awt.Graphics2D g(Landmarks L) {
        return L.g;
    }

    private static void flagOnPole(Painter p, Landmarks L, double u, double top, double base, double size) {
        L.g.setColor(c(0xe8e2d2));
        L.g.setStroke(new BasicStroke((float) Math.max(2, p.s(size) * 0.08)));
        L.g.draw(new Line2D.Double(p.x(u), p.y(top), p.x(u), p.y(base)));
        L.handFlag(u, top, size);
    }

    /** A small wooden sampan with a curved rattan cover and a rower at the stern. */
    private static void sampan(Painter p, Landmarks L, double u, double waterline, double size) {
        double S = p.s(size);
        double bx = p.x(u);
        double by = p.y(waterline);
        GeneralPath hull = new GeneralPath();
        hull.moveTo(bx - S * 0.5, by - S * 0.1);
        hull.quadTo(bx, by + S * 0.06, bx + S * 0.5, by - S * 0.12);
        hull.lineTo(bx + S * 0.42, by - S * 0.04);
        hull.quadTo(bx, by + S * 0.12, bx - S * 0.44, by - S * 0.02);
        hull.closePath();
        L.fill(hull, c(0x5a3f2c));
        L.fill(new Arc2D.Double(bx - S * 0.22, by - S * 0.22, S * 0.36, S * 0.3, 0, 180, Arc2D.CHORD), c(0x9a7a50));
        p.person(u + size * 0.34, waterline - size * 0.02 * p.w / p.h, size * 0.5, wear(c(0xe9e2cf), c(0x2a2622), Hat.CONICAL), -0.2, false);
        L.g.setColor(c(0x3a2a1c));
        L.g.setStroke(new BasicStroke((float) (S * 0.012)));
        L.g.draw(new Line2D.Double(bx + S * 0.38, by - S * 0.3, bx + S * 0.52, by + S * 0.05));
    }

    /** A 1950s steamer: black hull, white deckhouse, one tall funnel, two masts. */
    private static void steamer(Painter p, Landmarks L, double u, double waterline, double length) {
        double S = p.s(length);
        double bx = p.x(u) - S / 2;
        double by = p.y(waterline);
        L.fill(L.poly((bx) / p.w, (by - S * 0.09) / p.h, (bx + S) / p.w, (by - S * 0.11) / p.h, (bx + S * 0.95) / p.w, by / p.h,
                (bx + S * 0.05) / p.w, by / p.h), c(0x2e2a2a));
        L.fill(new Rectangle2D.Double(bx + S * 0.03, by - S * 0.05, S * 0.93, S * 0.015), c(0x9a3a2a));
        L.fill(new Rectangle2D.Double(bx + S * 0.35, by - S * 0.16, S * 0.3, S * 0.07), c(0xf1ead8));
        L.fill(new Rectangle2D.Double(bx + S * 0.42, by - S * 0.2, S * 0.16, S * 0.04), c(0xf1ead8));
        for (int k = 0; k < 6; k++) {
            L.fill(new Rectangle2D.Double(bx + S * (0.37 + k * 0.045), by - S * 0.14, S * 0.02, S * 0.02), c(0x4a4a4a));
        }
        L.fill(new Rectangle2D.Double(bx + S * 0.48, by - S * 0.32, S * 0.06, S * 0.13), c(0xc9a24a));
        L.fill(new Rectangle2D.Double(bx + S * 0.48, by - S * 0.32, S * 0.06, S * 0.025), c(0x2e2a2a));
        L.g.setColor(c(0x2e2a2a));
        L.g.setStroke(new BasicStroke((float) (S * 0.006)));
        L.g.draw(new Line2D.Double(bx + S * 0.15, by - S * 0.1, bx + S * 0.15, by - S * 0.36));
        L.g.draw(new Line2D.Double(bx + S * 0.82, by - S * 0.11, bx + S * 0.82, by - S * 0.34));
        // smoke drifting
        for (int k = 0; k < 5; k++) {
            double r = S * (0.03 + k * 0.012);
            L.fill(new Ellipse2D.Double(bx + S * (0.5 - k * 0.06) - r, by - S * (0.36 + k * 0.03) - r, 2 * r, 2 * r),
                    Landmarks.alpha(c(0x8a8a8a), 0.35 - k * 0.05));
        }
    }

    /** A small steam crane of the old quay: a cabin on a post and a slanting jib with a hook. */
    private static void quayCrane(Painter p, Landmarks L, double u, double base, double size) {
        double S = p.s(size);
        double bx = p.x(u);
        double by = p.y(base);
        Color iron = c(0x3a3a3a);
        L.fill(new Rectangle2D.Double(bx - S * 0.04, by - S * 0.35, S * 0.08, S * 0.35), iron);
        L.fill(new Rectangle2D.Double(bx - S * 0.1, by - S * 0.5, S * 0.2, S * 0.16), c(0x6d5a44));
        L.fill(L.poly((bx - S * 0.12) / p.w, (by - S * 0.5) / p.h, bx / p.w, (by - S * 0.58) / p.h, (bx + S * 0.12) / p.w,
                (by - S * 0.5) / p.h), iron);
        L.g.setColor(iron);
        L.g.setStroke(new BasicStroke((float) (S * 0.025), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        L.g.draw(new Line2D.Double(bx + S * 0.05, by - S * 0.42, bx + S * 0.6, by - S * 0.95));
        L.g.draw(new Line2D.Double(bx - S * 0.02, by - S * 0.56, bx + S * 0.6, by - S * 0.95));
        L.g.setStroke(new BasicStroke((float) (S * 0.006)));
        L.g.draw(new Line2D.Double(bx + S * 0.6, by - S * 0.95, bx + S * 0.6, by - S * 0.55));
        L.fill(new Rectangle2D.Double(bx + S * 0.55, by - S * 0.55, S * 0.1, S * 0.07), c(0xe3d3a8));
    }

    // ================= the city today =================

    private static void city(Painter p, Landmarks L, int n) {
        switch (n) {
            case 1 -> { // the Opera House today between red flamboyants
                L.sky(0.6, c(0x4f9fd0), c(0xa9d6e6), c(0xf3ecd8));
                L.cloud(0.18, 0.1, 0.24, Landmarks.alpha(Color.WHITE, 0.75));
                L.cloud(0.8, 0.16, 0.18, Landmarks.alpha(Color.WHITE, 0.6));
                L.roundTree(0.16, 0.58, 0.12, c(0x7fa889));
                L.roundTree(0.84, 0.58, 0.12, c(0x7fa889));
                L.operaHouse(0.5, 0.6, 0.56, c(0xf2dba0), c(0xfbf3df), c(0x7c9a95), c(0x6a4a2a));
                L.band(0.62, 1.0, c(0xe9ddc2), c(0xd6c6a3));
                L.rect(0, 0.8, 1, 0.83, c(0x6c9a5a));
                L.flamboyant(0.14, 0.86, 0.19, Landmarks.RED, c(0x4a3326));
                L.flamboyant(0.86, 0.87, 0.2, Landmarks.RED, c(0x4a3326));
                for (int k = 0; k < 12; k++) {
                    p.person(p.rnd(0.22, 0.78), p.rnd(0.68, 0.78), 0.025, anyone(p, Hat.NONE), 0, false);
                }
                for (int k = 0; k < 6; k++) {
                    p.person(p.rnd(0.2, 0.8), p.rnd(0.9, 0.97), 0.05, anyone(p, Hat.NONE), 0, p.r.nextBoolean());
                }
            }
            case 2 -> { // a boulevard under a red flamboyant canopy
                L.sky(0.5, c(0x6fb3dc), c(0xbfe0ea), c(0xf6eedb));
                // road converging to the vanishing point
                L.band(0.5, 1.0, c(0xb3b0a8), c(0x8a877f));
                L.fill(L.poly(0.47, 0.5, 0.53, 0.5, 1.1, 1.0, -0.1, 1.0), c(0x6e6c68));
                L.fill(L.poly(0.497, 0.5, 0.503, 0.5, 0.52, 1.0, 0.48, 1.0), c(0xefe6c8));
                L.rect(0.43, 0.44, 0.57, 0.5, c(0xc9d3d6)); // distant buildings
                // trees on both sides, smaller towards the distance
                for (int k = 7; k >= 0; k--) {
                    double t = Math.pow(0.72, k);
                    double size = 0.62 * t;
                    double vv = 0.5 + 0.5 * t;
                    L.flamboyant(0.5 - 0.42 * t, vv, size, Landmarks.mix(Landmarks.RED, c(0xf3c2b0), (1 - t) * 0.6), c(0x4a3326));
                    L.flamboyant(0.5 + 0.42 * t, vv, size, Landmarks.mix(Landmarks.RED, c(0xf3c2b0), (1 - t) * 0.6), c(0x4a3326));
                }
                Color[] bikes = {c(0xd62828), c(0x2a6f97), c(0xf2f2f2), c(0x343a40)};
                double[][] mb = {{0.35, 0.86, 0.12}, {0.56, 0.74, 0.08}, {0.45, 0.64, 0.05}, {0.62, 0.92, 0.13}, {0.4, 0.57, 0.03}};
                for (int k = 0; k < mb.length; k++) {
                    motorbike(p, L, mb[k][0], mb[k][1], mb[k][2], bikes[k % 4], anyone(p, Hat.CAP));
                }
                // petals on the road
                for (int k = 0; k < 120; k++) {
                    double vv = p.rnd(0.6, 1.0);
                    L.fill(new Ellipse2D.Double(p.x(p.rnd(0, 1)), p.y(vv), p.s(0.006) * vv, p.s(0.003) * vv), c(0xd42a20));
                }
            }
            case 3 -> { // flamboyants mirrored in Tam Bạc lake
                L.sky(0.52, c(0x7fbfe0), c(0xcde7ea), c(0xf8efd8));
                L.cloud(0.7, 0.12, 0.2, Landmarks.alpha(Color.WHITE, 0.6));
                Runnable bank = () -> {
                    double u = -0.02;
                    int k = 0;
                    Color[] walls = {c(0xf2c14e), c(0xe9e2cf), c(0x9ec9d9), c(0xf4a261), c(0xf1e3c4)};
                    while (u < 1.0) {
                        double wdt = 0.06 + (k % 3) * 0.015;
                        L.shophouse(u, u + wdt, 0.5, 3 + k % 2, 0.04, walls[k % walls.length], c(0x3f7d6a), c(0xb0553a));
                        u += wdt;
                        k++;
                    }
                    for (double fu = 0.08; fu < 1; fu += 0.16) {
                        L.flamboyant(fu, 0.52, 0.14, Landmarks.RED, c(0x4a3326));
                    }
                };
                bank.run();
                L.rect(0, 0.52, 1, 0.54, c(0xd8d0bf));
                L.band(0.54, 1.0, c(0x7fb7c8), c(0x3f7f95));
                // the reflection: the same bank, mirrored and faded
                AffineTransform saved = L.g.getTransform();
                Composite comp = L.g.getComposite();
                L.g.setClip(new Rectangle2D.Double(0, p.y(0.54), p.w, p.h));
                L.g.translate(0, p.y(0.54) * 2);
                L.g.scale(1, -1);
                L.g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.35f));
                long keep = 77;
                p.r.setSeed(keep);
                bank.run();
                L.g.setComposite(comp);
                L.g.setTransform(saved);
                L.g.setClip(null);
                L.water(0.56, Landmarks.alpha(Color.WHITE, 0), Landmarks.alpha(Color.WHITE, 0), c(0xffffff), 40);
                // the near promenade with a big flamboyant over it
                L.fill(L.poly(0, 0.86, 0.45, 0.9, 0.6, 1.0, 0, 1.0), c(0xcfc4aa));
                L.flamboyant(0.12, 0.95, 0.32, Landmarks.RED, c(0x3a2a20));
                p.person(0.3, 0.96, 0.08, anyone(p, Hat.NONE), 0, false);
                p.person(0.34, 0.965, 0.075, anyone(p, Hat.CONICAL), 0, false);
            }
            case 4 -> { // the Lê Chân statue in its square
                L.sky(0.9, c(0x5e9fcf), c(0xb9dbe8), c(0xf6ead2));
                L.cloud(0.22, 0.2, 0.26, Landmarks.alpha(Color.WHITE, 0.6));
                L.cloud(0.78, 0.32, 0.2, Landmarks.alpha(Color.WHITE, 0.5));
                L.ridge(0.8, 0.05, 1.5, c(0xa9c3b4));
                L.roundTree(0.16, 0.84, 0.2, c(0x3f6e4a));
                L.roundTree(0.84, 0.84, 0.2, c(0x3f6e4a));
                L.roundTree(0.27, 0.86, 0.14, c(0x5a8a5e));
                L.roundTree(0.73, 0.86, 0.14, c(0x5a8a5e));
                L.band(0.84, 1.0, c(0xe3d8c0), c(0xcdbf9f));
                L.leChanStatue(0.5, 0.92, 0.52, c(0x3d4636), c(0xb8c49a), c(0xd8d2c2));
                L.rect(0, 0.93, 1, 0.95, c(0x6c9a5a));
                for (int k = 0; k < 5; k++) {
                    p.person(0.08 + k * 0.2 + (k >= 2 ? 0.1 : 0), 0.985, 0.05, anyone(p, Hat.NONE), 0, p.r.nextBoolean());
                }
            }
            case 5 -> { // the skyline across the Cấm river at blue hour
                L.sky(0.6, c(0x16234a), c(0x3e5590), c(0xc9a0a8));
                for (int k = 0; k < 40; k++) {
                    double bu = p.rnd(-0.02, 1.0);
                    double bw = p.rnd(0.025, 0.06);
                    double bh = p.rnd(0.08, 0.32) * (1 - Math.abs(bu - 0.55));
                    Color tower = Landmarks.mix(c(0x1d2a4a), c(0x4a5a88), p.rnd(0, 0.5));
                    L.rect(bu, 0.6 - bh, bu + bw, 0.6, tower);
                    for (double wv = 0.6 - bh + 0.01; wv < 0.59; wv += 0.012) {
                        for (double wu = bu + 0.004; wu < bu + bw - 0.004; wu += 0.008) {
                            if (p.r.nextDouble() < 0.35) {
                                L.rect(wu, wv, wu + 0.004, wv + 0.005, Landmarks.alpha(c(0xffd890), 0.85));
                            }
                        }
                    }
                }
                L.band(0.6, 1.0, c(0x2a3a66), c(0x101a33));
                for (int k = 0; k < 160; k++) {
                    double vv = p.rnd(0.61, 0.99);
                    double wu = p.rnd(0, 1);
                    L.rect(wu, vv, wu + p.rnd(0.005, 0.03), vv + 0.002, Landmarks.alpha(c(0xffd890), p.rnd(0.2, 0.6)));
                }
                sampan(p, L, 0.25, 0.85, 0.16);
                L.fill(new Rectangle2D.Double(0, p.y(0.6) - p.s(0.002), p.w, p.s(0.004)), c(0xf2c14e));
            }
            case 6 -> { // a bowl of bánh đa cua, Hai Phong's crab noodle soup
                L.band(0, 1, c(0x3d7fb0), c(0x2f6a98)); // a blue plastic pavement-stall table
                L.fill(new Ellipse2D.Double(p.x(-0.2), p.y(-0.3), p.s(0.7), p.s(0.5)), Landmarks.alpha(Color.WHITE, 0.08));
                double cx = p.x(0.46);
                double cy = p.y(0.52);
                double R = p.s(0.22);
                L.fill(new Ellipse2D.Double(cx - R * 1.05 + R * 0.08, cy - R * 1.05 + R * 0.1, R * 2.1, R * 2.1), Landmarks.alpha(Color.BLACK, 0.3));
                L.fill(new Ellipse2D.Double(cx - R, cy - R, 2 * R, 2 * R), c(0xf4f1e8));
                L.g.setColor(c(0x3a6ea5));
                L.g.setStroke(new BasicStroke((float) (R * 0.03)));
                L.g.draw(new Ellipse2D.Double(cx - R * 0.93, cy - R * 0.93, R * 1.86, R * 1.86));
                double r = R * 0.82;
                L.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r), c(0xc8743a)); // the broth
                // the brown-red rice noodles
                L.g.setStroke(new BasicStroke((float) (R * 0.06), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                for (int k = 0; k < 22; k++) {
                    double a = p.rnd(0, 6.28);
                    double d = p.rnd(0, r * 0.7);
                    double sx = cx + Math.cos(a) * d;
                    double sy = cy + Math.sin(a) * d;
                    GeneralPath nd = new GeneralPath();
                    nd.moveTo(sx, sy);
                    nd.quadTo(sx + p.rnd(-1, 1) * R * 0.3, sy + p.rnd(-1, 1) * R * 0.3, sx + p.rnd(-1, 1) * R * 0.35, sy + p.rnd(-1, 1) * R * 0.35);
                    L.g.setColor(k % 2 == 0 ? c(0x8a3b22) : c(0xa24a2a));
                    L.g.draw(nd);
                }
                // crab paste, morning glory, spring onion, fried shallots, a slice of pork roll
                for (int k = 0; k < 9; k++) {
                    double a = p.rnd(0, 6.28);
                    double d = p.rnd(0, r * 0.6);
                    double rr = R * p.rnd(0.08, 0.14);
                    L.fill(new Ellipse2D.Double(cx + Math.cos(a) * d - rr, cy + Math.sin(a) * d - rr * 0.8, rr * 2, rr * 1.6), c(0xd9a23a));
                }
                for (int k = 0; k < 16; k++) {
                    double a = p.rnd(0, 6.28);
                    double d = p.rnd(r * 0.2, r * 0.8);
                    L.g.setColor(c(0x4f9a3a));
                    L.g.setStroke(new BasicStroke((float) (R * 0.035), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    double sx = cx + Math.cos(a) * d;
                    double sy = cy + Math.sin(a) * d;
                    L.g.draw(new Line2D.Double(sx, sy, sx + p.rnd(-1, 1) * R * 0.15, sy + p.rnd(-1, 1) * R * 0.15));
                }
                for (int k = 0; k < 3; k++) {
                    double ex = cx + R * (k - 1) * 0.3;
                    L.fill(new Ellipse2D.Double(ex - R * 0.13, cy - R * 0.4 - R * 0.13, R * 0.26, R * 0.26), c(0xf0d8c0));
                    L.fill(new Ellipse2D.Double(ex - R * 0.1, cy - R * 0.4 - R * 0.1, R * 0.2, R * 0.2), c(0xe8c2a8));
                }
                for (int k = 0; k < 40; k++) {
                    double a = p.rnd(0, 6.28);
                    double d = p.rnd(0, r * 0.8);
                    L.fill(new Ellipse2D.Double(cx + Math.cos(a) * d, cy + Math.sin(a) * d, R * 0.04, R * 0.03), c(0xe0b060));
                }
                // chopsticks and spoon
                L.g.setColor(c(0xe8d8b0));
                L.g.setStroke(new BasicStroke((float) (R * 0.035), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                L.g.draw(new Line2D.Double(cx + R * 0.5, cy - R * 1.2, cx + R * 1.5, cy + R * 0.2));
                L.g.draw(new Line2D.Double(cx + R * 0.62, cy - R * 1.25, cx + R * 1.6, cy + R * 0.1));
                // a plate of herbs, lime and chilli
                double hx = p.x(0.8);
                double hy = p.y(0.78);
                L.fill(new Ellipse2D.Double(hx - R * 0.5, hy - R * 0.35, R, R * 0.7), c(0xf4f1e8));
                for (int k = 0; k < 12; k++) {
                    L.fill(new Ellipse2D.Double(hx + p.rnd(-0.35, 0.25) * R, hy + p.rnd(-0.25, 0.12) * R, R * 0.16, R * 0.1),
                            k % 2 == 0 ? c(0x5a9a3a) : c(0x7fb84a));
                }
                L.fill(new Arc2D.Double(p.x(0.16) - R * 0.15, p.y(0.82) - R * 0.15, R * 0.3, R * 0.3, 0, 180, Arc2D.PIE), c(0x8fc34a));
                L.fill(new Arc2D.Double(p.x(0.16) - R * 0.12, p.y(0.82) - R * 0.12, R * 0.24, R * 0.24, 0, 180, Arc2D.PIE), c(0xd9ec9a));
                L.fill(new RoundRectangle2D.Double(p.x(0.2), p.y(0.2), R * 0.35, R * 0.07, R * 0.07, R * 0.07), c(0xd42a20));
                L.fill(new RoundRectangle2D.Double(p.x(0.22), p.y(0.25), R * 0.3, R * 0.06, R * 0.06, R * 0.06), c(0xd42a20));
            }
            case 7 -> { // schoolgirls in white áo dài cycle under a flamboyant: the exam season
                L.sky(0.55, c(0x76b8dc), c(0xc2e2ea), c(0xf6efd9));
                L.rect(0, 0.32, 1, 0.62, c(0xf2d27a)); // a long yellow school wall
                L.rect(0, 0.3, 1, 0.33, c(0xc0553a));
                for (int k = 0; k < 9; k++) {
                    L.rect(0.04 + k * 0.11, 0.38, 0.09 + k * 0.11, 0.52, c(0x5b8a7a));
                }
                L.band(0.62, 1.0, c(0xbdb7a8), c(0x9f998b));
                L.rect(0, 0.62, 1, 0.66, c(0xe0d6c0));
                L.flamboyant(0.6, 0.66, 0.45, Landmarks.RED, c(0x3a2a20));
                for (int k = 0; k < 80; k++) {
                    L.fill(new Ellipse2D.Double(p.x(p.rnd(0, 1)), p.y(p.rnd(0.66, 1)), p.s(0.006), p.s(0.003)), c(0xd42a20));
                }
                double[][] girls = {{0.22, 0.93, 0.2}, {0.48, 0.86, 0.16}, {0.86, 0.97, 0.22}};
                for (double[] gl : girls) {
                    aoDaiCyclist(p, L, gl[0], gl[1], gl[2]);
                }
            }
            default -> { // Tam Bạc flower market
                L.sky(0.45, c(0x8fc6e0), c(0xd2e8e8), c(0xfbeed6));
                L.shophouse(-0.02, 0.25, 0.5, 3, 0.06, c(0xf1e3c4), Landmarks.SHUTTER, c(0xb0553a));
                L.shophouse(0.25, 0.5, 0.5, 3, 0.06, c(0x9ec9d9), c(0x2f5d73), c(0xb0553a));
                L.shophouse(0.5, 0.76, 0.5, 4, 0.05, c(0xf2c14e), Landmarks.SHUTTER, c(0xb0553a));
                L.shophouse(0.76, 1.02, 0.5, 3, 0.06, c(0xe9c2b0), Landmarks.SHUTTER, c(0xb0553a));
                L.band(0.5, 1.0, c(0xd8cdb6), c(0xbcae92));
                Color[] blooms = {c(0xf4a6b8), c(0xf2c14e), c(0xe63946), c(0xffffff), c(0xf7a04a), c(0xb07ad8)};
                // rows of flower buckets
                for (int row = 0; row < 3; row++) {
                    double vv = 0.62 + row * 0.13;
                    double sz = 0.05 + row * 0.015;
                    for (double u = 0.02 + row * 0.02; u < 0.98; u += sz * 1.1) {
                        Color bloom = blooms[p.r.nextInt(blooms.length)];
                        L.fill(new RoundRectangle2D.Double(p.x(u), p.y(vv) - p.s(sz) * 0.5, p.s(sz), p.s(sz) * 0.5, p.s(sz) * 0.1,
                                p.s(sz) * 0.1), c(0x3d6e8a));
                        for (int k = 0; k < 7; k++) {
                            double rr = p.s(sz) * p.rnd(0.12, 0.2);
                            L.fill(new Ellipse2D.Double(p.x(u) + p.s(sz) * p.rnd(0.05, 0.95) - rr, p.y(vv) - p.s(sz) * p.rnd(0.5, 0.95) - rr,
                                    rr * 2, rr * 2), k % 3 == 0 ? c(0x4f8a3a) : bloom);
                        }
                    }
                    if (row == 1) {
                        // a flower seller's bicycle loaded with peach branches
                        L.bicycle(0.5, 0.83, 0.07, c(0x2a2622));
                        for (int k = 0; k < 30; k++) {
                            double a = p.rnd(-2.6, -0.5);
                            double d = p.rnd(0.02, 0.12);
                            L.fill(new Ellipse2D.Double(p.x(0.46 + Math.cos(a) * d), p.y(0.7) + p.s(Math.sin(a) * d), p.s(0.012), p.s(0.012)),
                                    c(0xf4a6b8));
                        }
                        p.person(0.58, 0.84, 0.15, wear(c(0xf4f1e8), c(0x2b2d42), Hat.CONICAL), 0, false);
                    }
                }
                p.person(0.2, 1.0, 0.22, anyone(p, Hat.CONICAL), 0, true);
                p.person(0.8, 1.02, 0.24, anyone(p, Hat.NONE), 0, true);
            }
        }
    }

    /** A schoolgirl in a white áo dài on a bicycle, riding right, the tails of her dress flying. */
    private static void aoDaiCyclist(Painter p, Landmarks L, double u, double base, double height) {
        double H = p.s(height);
        L.bicycle(u, base, height * 0.3, c(0x2a2622));
        double hip = p.y(base) - H * 0.45;
        double fx = p.x(u) - H * 0.15;
        GeneralPath tail = new GeneralPath();
        tail.moveTo(fx, hip - H * 0.05);
        tail.curveTo(fx - H * 0.2, hip, fx - H * 0.35, hip + H * 0.05, fx - H * 0.5, hip + H * 0.02);
        tail.lineTo(fx - H * 0.45, hip + H * 0.12);
        tail.curveTo(fx - H * 0.3, hip + H * 0.15, fx - H * 0.1, hip + H * 0.12, fx + H * 0.05, hip + H * 0.05);
        tail.closePath();
        L.fill(tail, c(0xf8f6f0));
        L.fill(L.poly((fx + H * 0.02) / p.w, hip / p.h, (fx + H * 0.1) / p.w, hip / p.h, (fx + H * 0.32) / p.w, (p.y(base) - H * 0.18) / p.h,
                (fx + H * 0.26) / p.w, (p.y(base) - H * 0.15) / p.h), c(0xf8f6f0)); // trouser leg to the pedal
        GeneralPath torso = new GeneralPath();
        torso.moveTo(fx - H * 0.05, hip);
        torso.lineTo(fx + H * 0.12, hip);
        torso.lineTo(fx + H * 0.12, hip - H * 0.3);
        torso.lineTo(fx + H * 0.0, hip - H * 0.33);
        torso.closePath();
        L.fill(torso, c(0xffffff));
        L.g.setColor(c(0xf0ece2));
        L.g.setStroke(new BasicStroke((float) (H * 0.05), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        L.g.draw(new Line2D.Double(fx + H * 0.08, hip - H * 0.27, fx + H * 0.38, hip - H * 0.2));
        L.fill(new Ellipse2D.Double(fx - H * 0.01, hip - H * 0.46, H * 0.13, H * 0.14), Painter.SKIN);
        L.fill(new Arc2D.Double(fx - H * 0.02, hip - H * 0.47, H * 0.14, H * 0.1, 0, 180, Arc2D.CHORD), Painter.HAIR);
        L.fill(new RoundRectangle2D.Double(fx - H * 0.05, hip - H * 0.42, H * 0.06, H * 0.22, H * 0.04, H * 0.04), Painter.HAIR);
        L.fill(L.poly((fx - H * 0.16) / p.w, (hip - H * 0.4) / p.h, (fx + H * 0.055) / p.w, (hip - H * 0.54) / p.h, (fx + H * 0.27) / p.w,
                (hip - H * 0.4) / p.h), Painter.STRAW);
    }

    // ================= culture and festivals =================

    private static void culture(Painter p, Landmarks L, int n) {
        switch (n) {
            case 1 -> { // Đồ Sơn buffalo fighting: two buffaloes lock horns in the sand ring
                L.sky(0.36, c(0x5aa6d6), c(0xaed8e8), c(0xf4ecd6));
                L.band(0.3, 0.38, c(0x7fb6c8), c(0x9cc6cc)); // the sea beyond
                L.ridge(0.33, 0.06, 0.6, c(0x8fb09a));
                // stands full of people, flags along their top
                L.band(0.38, 0.56, c(0x6f6a74), c(0x5a5560));
                for (int row = 0; row < 6; row++) {
                    for (double u = 0; u < 1; u += 0.011) {
                        L.fill(new Ellipse2D.Double(p.x(u + p.rnd(-0.003, 0.003)), p.y(0.4 + row * 0.028), p.s(0.008), p.s(0.009)),
                                SHIRTS[p.r.nextInt(SHIRTS.length)]);
                    }
                }
                Color[] flags = {c(0xd42a20), c(0xf2c14e), c(0x2a8a5a), c(0x2f6fb0), c(0xf08a3a)};
                for (int k = 0; k < 14; k++) {
                    L.pennant(0.03 + k * 0.07, 0.28, 0.035, flags[k % flags.length]);
                }
                // the ring: sand inside a low fence
                L.band(0.56, 1.0, c(0xd8b77a), c(0xc49a5a));
                L.fill(new Ellipse2D.Double(p.x(0.06), p.y(0.6), p.s(0.88), p.y(0.36)), c(0xe8cd93));
                L.rect(0, 0.56, 1, 0.58, c(0xf4ecd6));
                L.buffalo(0.34, 0.86, 0.28, 1, c(0x3a3330), c(0xe6dcc6), 0.12);
                L.buffalo(0.66, 0.86, 0.28, -1, c(0x2e2826), c(0xe6dcc6), 0.12);
                L.fill(new Ellipse2D.Double(p.x(0.18), p.y(0.855), p.s(0.64), p.s(0.03)), Landmarks.alpha(Color.BLACK, 0.18));
                // dust
                for (int k = 0; k < 12; k++) {
                    double rr = p.s(p.rnd(0.02, 0.05));
                    L.fill(new Ellipse2D.Double(p.x(0.5 + p.rnd(-0.2, 0.2)) - rr, p.y(0.85) - rr * p.rnd(0.2, 1.2), rr * 2, rr),
                            Landmarks.alpha(c(0xf4e4c0), 0.35));
                }
                L.ceremonialParasol(0.1, 0.6, 0.08, c(0xd42a20));
                L.ceremonialParasol(0.9, 0.6, 0.08, c(0xf2c14e));
                p.person(0.11, 0.86, 0.11, wear(c(0xd42a20), c(0xf2c14e), Hat.NONE), 0, false);
                p.person(0.89, 0.86, 0.11, wear(c(0xd42a20), c(0xf2c14e), Hat.NONE), 0, false);
            }
            case 2 -> { // the procession leads a decorated buffalo to the ring under parasols and pennants
                L.sky(0.55, c(0x2f78b0), c(0x8cc0dc), c(0xf5ead0));
                L.ridge(0.5, 0.08, 0.8, c(0xa9c6b4));
                L.ridge(0.55, 0.05, 1.4, c(0x7fa88a));
                L.band(0.58, 1.0, c(0xdcc596), c(0xc3a974));
                Color[] flags = {c(0xd42a20), c(0xf2c14e), c(0x2a8a5a), c(0x2f6fb0), c(0xf08a3a)};
                for (int k = 0; k < 7; k++) {
                    L.pennant(0.06 + k * 0.14, 0.32 + (k % 2) * 0.03, 0.05, flags[k % flags.length]);
                }
                for (int k = 0; k < 7; k++) {
                    p.person(0.04 + k * 0.14, 0.86 + (k % 2) * 0.02, 0.16, wear(k % 2 == 0 ? c(0xd42a20) : c(0xf2c14e), c(0xf4ecd6), Hat.NONE), 0,
                            false);
                }
                L.ceremonialParasol(0.3, 0.42, 0.12, c(0xf2c14e));
                L.ceremonialParasol(0.72, 0.4, 0.12, c(0xd42a20));
                L.buffalo(0.52, 0.92, 0.3, 1, c(0x3a3330), c(0xe6dcc6), 0.02);
                // the red cloth on its head and the rope to its leader
                L.fill(new Ellipse2D.Double(p.x(0.52) + p.s(0.3) * 0.52, p.y(0.92) - p.s(0.3) * 0.5, p.s(0.3) * 0.18, p.s(0.3) * 0.12),
                        Landmarks.RED);
                p.person(0.8, 0.95, 0.2, wear(c(0xd42a20), c(0xf4ecd6), Hat.NONE), -0.05, false);
                L.g.setColor(c(0x6b4a2a));
                L.g.setStroke(new BasicStroke((float) p.s(0.003)));
                L.g.draw(new Line2D.Double(p.x(0.52) + p.s(0.3) * 0.72, p.y(0.92) - p.s(0.3) * 0.3, p.x(0.78), p.y(0.95) - p.s(0.2) * 0.45));
                // a drum
                L.fill(new RoundRectangle2D.Double(p.x(0.1), p.y(0.82), p.s(0.08), p.s(0.07), p.s(0.02), p.s(0.02)), c(0xa3352a));
                L.fill(new Ellipse2D.Double(p.x(0.1), p.y(0.81), p.s(0.08), p.s(0.02)), c(0xe8d8b0));
                crowd(p, L, -0.03, 1.03, 1.08, 1, 0.13, 0.3, false);
            }
            case 3 -> { // Hàng Kênh communal house across its courtyard and pond
                L.sky(0.5, c(0x3f86b8), c(0x9cc8dc), c(0xf3e6c8));
                L.cloud(0.25, 0.1, 0.22, Landmarks.alpha(Color.WHITE, 0.6));
                L.roundTree(0.07, 0.5, 0.3, c(0x4f7a52));
                L.roundTree(0.93, 0.5, 0.28, c(0x4f7a52));
                L.roundTree(0.5, 0.38, 0.26, c(0x7fa889));
                L.communalHouse(0.5, 0.62, 0.78, c(0x4e3c36), c(0x8a2f1e), c(0xbab2a0));
                L.band(0.62, 0.74, c(0xd9d1bd), c(0xcbc1a8)); // the brick courtyard
                for (int k = 0; k < 12; k++) {
                    L.rect(0, 0.62 + k * 0.01, 1, 0.62 + k * 0.01 + 0.0015, Landmarks.alpha(Color.BLACK, 0.06));
                }
                L.band(0.74, 1.0, c(0x6f9e9a), c(0x3f6e70));
                // the roof mirrored in the pond
                L.fill(L.poly(0.1, 0.74, 0.9, 0.74, 0.8, 0.86, 0.2, 0.86), Landmarks.alpha(c(0x2e2a2a), 0.35));
                L.fill(L.poly(0.16, 0.74, 0.84, 0.74, 0.84, 0.78, 0.16, 0.78), Landmarks.alpha(c(0x6a2a1e), 0.3));
                L.water(0.76, Landmarks.alpha(Color.WHITE, 0), Landmarks.alpha(Color.WHITE, 0), c(0xffffff), 30);
                L.rect(0, 0.735, 1, 0.745, c(0x9a9282));
                p.person(0.3, 0.71, 0.06, anyone(p, Hat.NONE), 0, false);
                p.person(0.34, 0.715, 0.055, wear(c(0xf2c14e), c(0x2b2d42), Hat.NONE), 0, false);
            }
            case 4 -> { // Dư Hàng pagoda: the gate tower, a stone stupa and bonsai
                L.sky(0.56, c(0x9cc8d8), c(0xe0eadf), c(0xfbefd6));
                L.roundTree(0.12, 0.56, 0.24, c(0x5f8a5e));
                L.roundTree(0.88, 0.56, 0.26, c(0x5f8a5e));
                L.pagodaGate(0.5, 0.68, 0.5, c(0xe9dcc0), c(0x5b4640), c(0x7a3b22));
                L.band(0.66, 1.0, c(0xcdc4ae), c(0xb6ab92));
                L.stupa(0.17, 0.8, 0.16, c(0xb8b0a0));
                for (int k = 0; k < 5; k++) {
                    L.bonsai(0.3 + k * 0.1 + (k >= 2 ? 0.02 : 0), 0.92 - (k % 2) * 0.01, 0.07);
                }
                L.bonsai(0.88, 0.96, 0.1);
                L.fill(new Rectangle2D.Double(p.x(0.46), p.y(0.76), p.s(0.08), p.s(0.035)), c(0x8a8272)); // incense burner on its plinth
                L.fill(new RoundRectangle2D.Double(p.x(0.47), p.y(0.72), p.s(0.06), p.s(0.03), p.s(0.02), p.s(0.02)), c(0x6b5a3a));
            }
            case 5 -> { // the Bạch Đằng stakes at low tide
                L.sky(0.48, c(0xb7ccd0), c(0xe6e4d6), c(0xf4e7cd));
                L.hill(0.2, 0.3, 0.3, 0.5, c(0xa7bfb2));
                L.hill(0.7, 0.35, 0.26, 0.5, c(0x9bb6a6));
                L.ridge(0.5, 0.08, 1.1, c(0x6f9a7e));
                L.ridge(0.52, 0.03, 2.0, c(0x4f7a5e));
                L.water(0.52, c(0xb9c7c0), c(0x8fa8a6), c(0xffffff), 30);
                // the mudflat the tide has left
                GeneralPath mud = new GeneralPath();
                mud.moveTo(0, p.y(0.7));
                mud.curveTo(p.x(0.3), p.y(0.66), p.x(0.6), p.y(0.74), p.x(1), p.y(0.68));
                mud.lineTo(p.w, p.h);
                mud.lineTo(0, p.h);
                mud.closePath();
                L.fill(mud, c(0x8a7a62));
                L.band(0.85, 1.0, Landmarks.alpha(c(0x6f604c), 0), Landmarks.alpha(c(0x6f604c), 0.8));
                for (int row = 0; row < 4; row++) {
                    double base = 0.66 + row * 0.08;
                    double hgt = 0.07 + row * 0.05;
                    for (double u = 0.08 + row * 0.02; u < 0.94; u += 0.035 + row * 0.02) {
                        L.stake(u + p.rnd(-0.01, 0.01), base + p.rnd(-0.01, 0.01), hgt * p.rnd(0.8, 1.1), p.rnd(-0.15, 0.05),
                                Landmarks.mix(c(0x4a3222), c(0x8a9a92), 0.5 - row * 0.15));
                    }
                }
                L.birds(p, 0.6, 0.2, 0.12, 7);
            }
            case 6 -> { // Côn Sơn – Kiếp Bạc: stone steps climb through pines to a temple
                L.sky(0.4, c(0x8cbfd6), c(0xd6e6dc), c(0xf2ead2));
                L.hill(0.25, 0.4, 0.18, 0.55, c(0xa9c2b0));
                L.hill(0.8, 0.35, 0.24, 0.55, c(0x98b5a0));
                L.band(0.55, 1.0, c(0x8fb39a), c(0x7fa88a));
                L.hill(0.5, 0.6, 0.3, 1.0, c(0x5f8a6a));
                L.temple(0.5, 0.36, 0.22, c(0xe9dcc0), c(0x5b4640));
                // the long stair
                L.fill(L.poly(0.47, 0.36, 0.53, 0.36, 0.66, 1.0, 0.34, 1.0), c(0xcfc7b2));
                for (int k = 0; k < 30; k++) {
                    double t = Math.pow(k / 30.0, 1.6);
                    double vv = 0.36 + 0.64 * t;
                    double half = 0.03 + 0.13 * t;
                    L.rect(0.5 - half, vv, 0.5 + half, vv + 0.002 + t * 0.004, Landmarks.alpha(Color.BLACK, 0.18));
                }
                for (int k = 0; k < 7; k++) {
                    double t = Math.pow((k + 1) / 8.0, 1.5);
                    double vv = 0.36 + 0.64 * t;
                    double off = 0.05 + 0.16 * t;
                    L.pine(0.5 - off - 0.02, vv, 0.06 + 0.25 * t, c(0x2f5a4a), -0.15);
                    L.pine(0.5 + off + 0.02, vv, 0.06 + 0.25 * t, c(0x2f5a4a), 0.15);
                }
                for (int k = 0; k < 4; k++) {
                    p.person(0.47 + k * 0.02, 0.62 + k * 0.08, 0.03 + k * 0.015, anyone(p, Hat.NONE), 0, true);
                }
            }
            case 7 -> { // the Red Flamboyant Flower Festival parade
                L.sky(0.5, c(0x62aee0), c(0xb8e0ec), c(0xf6efdc));
                for (double fu = 0.05; fu < 1; fu += 0.18) {
                    L.flamboyant(fu, 0.55, 0.16, Landmarks.RED, c(0x4a3326));
                }
                L.band(0.55, 1.0, c(0xb8b2a6), c(0x9a9488));
                crowd(p, L, -0.02, 1.02, 0.62, 2, 0.05, 0.15, false);
                p.paradeFloat(0.32, 0.82, 0.3);
                for (int k = 0; k < 5; k++) {
                    double du = 0.56 + k * 0.08;
                    p.person(du, 0.9 + (k % 2) * 0.03, 0.15, wear(c(0xd42a20), c(0xd42a20), Hat.NONE), (k % 2 == 0 ? 0.1 : -0.1), false);
                    // a red fan held up
                    L.fill(new Arc2D.Double(p.x(du) + p.s(0.01), p.y(0.9 + (k % 2) * 0.03) - p.s(0.15) * 1.05, p.s(0.06), p.s(0.06), 20, 140,
                            Arc2D.PIE), c(0xf2c14e));
                }
            }
            default -> { // a water-puppet show in a pavilion on the village pond, at dusk
                L.sky(0.55, c(0x3a4a7a), c(0xc9849a), c(0xf7c68a));
                L.sun(0.8, 0.42, 0.03, c(0xfff0c0), 0.4);
                L.ridge(0.55, 0.05, 1.2, c(0x5a5a6a));
                L.roundTree(0.1, 0.58, 0.2, c(0x3a4a4a));
                L.roundTree(0.9, 0.58, 0.18, c(0x3a4a4a));
                L.water(0.58, c(0x6a7aa0), c(0x2a3456), c(0xf7c68a), 50);
                // the water pavilion (thủy đình) on its stilts
                L.rect(0.28, 0.5, 0.72, 0.64, c(0xb8452e));
                L.rect(0.3, 0.54, 0.7, 0.64, c(0x2a1a1a));
                for (int k = 0; k < 14; k++) {
                    L.rect(0.3 + k * 0.0286, 0.54, 0.3 + k * 0.0286 + 0.004, 0.64, c(0xc98a4a)); // bamboo blind
                }
                L.curvedRoof(p.x(0.5), p.y(0.51), p.y(0.36), p.s(0.26), p.s(0.13), c(0x4a3a36), c(0x6a5a50));
                for (int k = 0; k < 5; k++) {
                    L.rect(0.3 + k * 0.1, 0.64, 0.31 + k * 0.1, 0.68, c(0x4a2a1e));
                }
                // puppets on the water: a dragon spouting and a farmer
                GeneralPath dragon = new GeneralPath();
                dragon.moveTo(p.x(0.2), p.y(0.8));
                dragon.curveTo(p.x(0.24), p.y(0.72), p.x(0.28), p.y(0.84), p.x(0.32), p.y(0.76));
                dragon.lineTo(p.x(0.34), p.y(0.72));
                dragon.lineTo(p.x(0.35), p.y(0.78));
                dragon.curveTo(p.x(0.3), p.y(0.88), p.x(0.25), p.y(0.78), p.x(0.21), p.y(0.84));
                dragon.closePath();
                L.fill(dragon, c(0xd9a23a));
                L.fill(new Ellipse2D.Double(p.x(0.33), p.y(0.71), p.s(0.03), p.s(0.02)), c(0xd42a20));
                for (int k = 0; k < 10; k++) {
                    L.fill(new Ellipse2D.Double(p.x(0.37 + k * 0.006), p.y(0.68 - k * 0.01 + k * k * 0.0015), p.s(0.006), p.s(0.006)),
                            Landmarks.alpha(Color.WHITE, 0.7));
                }
                p.person(0.62, 0.8, 0.1, wear(c(0x5a8a4a), c(0x5a8a4a), Hat.CONICAL), 0.2, false);
                p.person(0.72, 0.78, 0.08, wear(c(0xd42a20), c(0xd42a20), Hat.NONE), -0.2, false);
                L.band(0.76, 0.8, Landmarks.alpha(c(0x2a3456), 0.5), Landmarks.alpha(c(0x2a3456), 0.8));
                // the audience on the bank
                for (double u = -0.02; u < 1.03; u += 0.045) {
                    p.person(u, 1.04, 0.12, wear(Landmarks.mix(SHIRTS[p.r.nextInt(SHIRTS.length)], c(0x1a1a2a), 0.55), c(0x1a1a2a), Hat.NONE), 0,
                            true);
                }
            }
        }
    }

    // ================= people (the exhibition series) =================

    private static void people(Painter p, Landmarks L, int n) {
        switch (n) {
            case 1 -> { // the city administration building with the national flag
                L.sky(0.6, c(0x2f6fa8), c(0x7fb6d8), c(0xd8e8ec));
                L.lightShaft(0.55, 0.12, Color.WHITE, 0.08);
                p.civicBuilding(0.5, 0.63, 0.72, c(0xf4ead2), c(0xd62828));
                L.band(0.62, 1.0, c(0x3f6e4a), c(0x2f5a3a)); // the lawn in front
                L.fill(L.poly(0.44, 0.62, 0.56, 0.62, 0.7, 1.0, 0.3, 1.0), c(0xd8d2c4)); // the path up to the steps
                for (int k = 0; k < 5; k++) {
                    p.person(0.42 + k * 0.04 + p.rnd(-0.01, 0.01), 0.72 + k * 0.05, 0.05 + k * 0.008, anyone(p, Hat.NONE), 0, k % 2 == 0);
                }
                for (int k = 0; k < 6; k++) {
                    L.fill(new Ellipse2D.Double(p.x(0.04 + k * 0.05), p.y(0.66 + k * 0.055), p.s(0.06), p.s(0.025)), c(0xd42a20));
                    L.fill(new Ellipse2D.Double(p.x(0.9 - k * 0.05), p.y(0.66 + k * 0.055), p.s(0.06), p.s(0.025)), c(0xf2c14e));
                }
                L.flamboyant(0.1, 0.86, 0.24, Landmarks.RED, c(0x3a2a20));
                L.flamboyant(0.9, 0.88, 0.26, Landmarks.RED, c(0x3a2a20));
            }
            case 2 -> { // the counters of a one-stop public-service centre
                p.interior(0.6, c(0xe8eef2), c(0xd9d4cc));
                p.display(0.5, 0.1, 0.16, 4);
                Color staff = c(0x9ec5e8);
                for (int k = 0; k < 5; k++) {
                    p.person(0.17 + k * 0.165, 0.6, 0.13, wear(staff, LEGS[0], Hat.NONE), 0, false);
                }
                p.counters(0.08, 0.92, 0.62, 0.09, 5, c(0x2b5f8a), c(0xd62828));
                p.pottedPlant(0.03, 0.66, 0.08);
                p.pottedPlant(0.97, 0.66, 0.08);
                p.person(0.2, 0.78, 0.19, anyone(p, Hat.NONE), 0, true);
                p.person(0.52, 0.76, 0.18, anyone(p, Hat.NONE), 0, true);
                p.person(0.66, 0.79, 0.19, anyone(p, Hat.NONE), 0, true);
                p.seatedRow(0.05, 0.95, 0.93, 0.075, c(0x3d7ea6), SHIRTS, 0.55);
            }
            case 3 -> { // Monday flag ceremony in a school courtyard
                L.sky(0.6, c(0x7fb8dc), c(0xc8e4ec), c(0xf8efd9));
                p.building(0.06, 0.94, 0.64, 3, 0.1, c(0xf2cf63), c(0x5b7f91), true, c(0xa0463a));
                L.band(0.64, 1.0, c(0xa8604a), c(0x8a4a38)); // the red-brick courtyard
                L.flamboyant(0.1, 0.7, 0.22, Landmarks.RED, c(0x4a3326));
                L.flamboyant(0.9, 0.7, 0.22, Landmarks.RED, c(0x4a3326));
                p.flagpole(0.5, 0.3, 0.72, 0.045);
                Clothes pupil = new Clothes(c(0xffffff), c(0x1d3557), Hat.NONE, c(0xd62828));
                for (int row = 0; row < 4; row++) {
                    double v = 0.76 + row * 0.07;
                    double size = 0.07 + row * 0.012;
                    for (double u = 0.1 + row * 0.01; u < 0.92; u += size * 0.9) {
                        p.person(u + p.rnd(-0.005, 0.005), v, size, pupil, 0, true);
                    }
                }
            }
            case 4 -> { // a hospital with an ambulance at its entrance
                L.sky(0.66, c(0x6fb0d8), c(0xbfe0ea), c(0xf2f4ee));
                L.cloud(0.78, 0.1, 0.2, Landmarks.alpha(Color.WHITE, 0.7));
                p.building(0.2, 0.8, 0.7, 7, 0.07, c(0xf4f6f7), c(0x6a9ec0), false, null);
                p.crossSign(0.5, 0.16, 0.05);
                L.rect(0, 0.7, 1, 0.72, c(0xb8b2a6));
                p.building(0.4, 0.6, 0.72, 1, 0.05, c(0x3d7ea6), c(0xbfe3f2), false, null);
                L.roundTree(0.1, 0.74, 0.14, c(0x3f6e4a));
                L.roundTree(0.9, 0.74, 0.14, c(0x3f6e4a));
                L.band(0.72, 1.0, c(0xa8a398), c(0x8c877c));
                p.ambulance(0.62, 0.93, 0.2);
                for (int k = 0; k < 4; k++) {
                    p.person(p.rnd(0.1, 0.45), p.rnd(0.84, 0.96), 0.08, anyone(p, Hat.NONE), 0, false);
                }
                p.person(0.3, 0.92, 0.1, wear(c(0xffffff), c(0xffffff), Hat.NONE), 0, false);
            }
            case 5 -> { // a fishing harbour in the morning: blue boats moored, basket boats drawn up on the sand
                L.sky(0.34, c(0x5a9cc8), c(0xb4d8e4), c(0xf4ead2));
                L.hill(0.15, 0.25, 0.22, 0.34, c(0x9fbcae));
                L.hill(0.8, 0.3, 0.2, 0.34, c(0xb0c8bc));
                L.water(0.34, c(0x6fb3c4), c(0x2f7f92), c(0xffffff), 40);
                double[][] boats = {{0.1, 0.44, 0.12}, {0.35, 0.41, 0.09}, {0.62, 0.46, 0.15}, {0.85, 0.4, 0.08}};
                for (double[] b : boats) {
                    p.fishingBoat(b[0], b[1], b[2], c(0x1f5fa8));
                }
                GeneralPath sand = new GeneralPath();
                sand.moveTo(0, p.y(0.62));
                sand.curveTo(p.x(0.3), p.y(0.58), p.x(0.7), p.y(0.66), p.w, p.y(0.6));
                sand.lineTo(p.w, p.h);
                sand.lineTo(0, p.h);
                sand.closePath();
                L.fill(sand, c(0xe8d6aa));
                for (int k = 0; k < 5; k++) {
                    double bu = 0.14 + k * 0.18;
                    double bv = 0.8 + (k % 2) * 0.08;
                    double bs = 0.14 + (k % 2) * 0.03;
                    L.fill(new Ellipse2D.Double(p.x(bu) - p.s(bs) * 0.55, p.y(bv) - p.s(bs) * 0.05, p.s(bs) * 1.1, p.s(bs) * 0.12),
                            Landmarks.alpha(Color.BLACK, 0.15));
                    p.basketBoat(bu, bv, bs, false);
                }
                p.person(0.32, 0.93, 0.2, wear(c(0x4a6f8a), c(0x2b2d42), Hat.CONICAL), 0.3, false);
                p.person(0.7, 0.8, 0.17, wear(c(0xe76f51), c(0x2b2d42), Hat.CONICAL), 0, false);
                L.birds(p, 0.5, 0.14, 0.1, 6);
            }
            case 6 -> { // the stalls of a traditional market, under the market hall's roof
                L.band(0, 0.55, c(0x3a2e2a), c(0x5a4a40));
                for (int k = 0; k < 7; k++) {
                    L.rect(0.0, 0.05 + k * 0.06, 1.0, 0.05 + k * 0.06 + 0.012, c(0x2a201c)); // roof beams
                }
                for (int k = 0; k < 6; k++) {
                    L.sun(0.1 + k * 0.16, 0.3, 0.008, c(0xffe2a0), 0.5); // hanging bulbs
                }
                L.rect(0, 0.42, 1, 0.55, c(0xf3e6c8)); // daylight through the far side
                L.band(0.52, 1.0, c(0xb8ae9a), c(0x9c9280));
                Color[] awnings = {c(0x2a9d8f), c(0xe63946), c(0xf4a261), c(0x457b9d)};
                for (int k = 0; k < 4; k++) {
                    p.person(0.13 + k * 0.25 + 0.04, 0.68, 0.11, wear(SHIRTS[k + 1], LEGS[k], Hat.CONICAL), 0, false);
                    p.stall(0.13 + k * 0.25, 0.76, 0.22, awnings[k], PRODUCE);
                }
                for (int k = 0; k < 6; k++) {
                    p.basin(p.x(0.08 + k * 0.17 + p.rnd(-0.02, 0.02)), p.y(0.9), p.s(0.09), PRODUCE[p.r.nextInt(PRODUCE.length)]);
                }
                p.person(0.3, 1.0, 0.2, anyone(p, Hat.CONICAL), 0, true);
                p.person(0.62, 0.98, 0.19, anyone(p, Hat.NONE), 0, true);
            }
            case 7 -> { // young volunteers planting mangroves on a mudflat
                L.sky(0.46, c(0x9cc8dc), c(0xdbeae4), c(0xf6ead2));
                L.water(0.46, c(0xa8cdd2), c(0x8ab5bc), c(0xffffff), 20);
                for (int k = 0; k < 30; k++) {
                    L.roundTree(p.rnd(0, 1), 0.5, p.rnd(0.03, 0.05), c(0x4f7a52));
                }
                L.band(0.5, 1.0, c(0x6f5f4c), c(0x4f4232));
                p.puddles(0.56, 0.95, 14);
                for (int row = 0; row < 4; row++) {
                    for (double u = 0.04 + row * 0.03; u < 1; u += 0.09 + row * 0.02) {
                        p.mangrove(u, 0.58 + row * 0.07, 0.04 + row * 0.01);
                    }
                }
                Color green = c(0x2f9e6a);
                Color blue = c(0x2b7bb9);
                p.person(0.2, 0.86, 0.16, wear(green, c(0x343a40), Hat.CONICAL), 0.55, false);
                p.mangrove(0.27, 0.88, 0.07);
                p.person(0.45, 0.8, 0.14, wear(blue, c(0x343a40), Hat.CAP), -0.5, false);
                p.person(0.63, 0.92, 0.18, wear(green, c(0x343a40), Hat.CAP), 0.45, false);
                p.mangrove(0.71, 0.94, 0.08);
                p.person(0.83, 0.82, 0.14, wear(blue, c(0x343a40), Hat.CONICAL), 0, false);
            }
            default -> { // a community football match
                L.sky(0.4, c(0x6fb0d8), c(0xbfe0ea), c(0xf6efdc));
                L.ridge(0.4, 0.04, 1.3, c(0xa9c3b4));
                L.band(0.4, 0.55, c(0x8a9a8a), c(0x7a8a7a));
                crowd(p, L, -0.02, 1.02, 0.56, 3, 0.05, 0.0, false);
                p.bunting(0.3, 0.02, 36);
                p.pitch(0.57);
                p.goal(0.1, 0.78, 0.18);
                Color red = c(0xd62828);
                Color blue = c(0x1d6fb8);
                double[][] players = {{0.18, 0.76, 0}, {0.3, 0.7, 1}, {0.42, 0.8, 0}, {0.55, 0.68, 1}, {0.6, 0.86, 0}, {0.72, 0.74, 1},
                    {0.85, 0.9, 0}, {0.9, 0.7, 1}, {0.06, 0.76, 2}};
                for (double[] pl : players) {
                    Color shirt = pl[2] == 0 ? red : pl[2] == 1 ? blue : c(0xffd166);
                    p.person(pl[0], pl[1], 0.05 + (pl[1] - 0.6) * 0.2, wear(shirt, c(0xffffff), Hat.NONE), p.rnd(-0.25, 0.25), false);
                }
                p.ball(0.5, 0.81, 0.012);
            }
        }
    }
}
