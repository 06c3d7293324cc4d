package vn.haiphong.showcase.illustrations;

import static vn.haiphong.showcase.illustrations.Coast.c;

import java.awt.Color;
import vn.haiphong.showcase.illustrations.Painter.Palette;

/**
 * The sea-side chapters, redrawn as a travel-poster series of real Hai Phong subjects: the port
 * ({@code port-*}: from the Cấm river quays to the Lạch Huyện gateway and its sea bridge), industry
 * ({@code industry-*}: industrial zones, a logistics centre, wind and sun at the coast), the
 * exhibition's tourism series ({@code tourism-*}) and the plans to 2030 ({@code future-*}). One
 * dusk scene at most per chapter; main subjects kept inside the centre ~80 % so crops keep them.
 */
final class SeaScenes {
    private SeaScenes() {
    }

    static final Color[] BOXES = {c(0xd1495b), c(0xedae49), c(0x00798c), c(0x30638e), c(0xe07a3f), c(0xf2efe6), c(0x6a994e)};
    static final Color SKY_TOP = c(0x4f97c7);
    static final Color SKY_LOW = c(0xf3ead2);
    static final Color SEA_TOP = c(0x5fa7b5);
    static final Color SEA_LOW = c(0x1d5d78);
    static final Color FAR = c(0xa9c3cc);
    static final Color MID = c(0x7fa39c);
    static final Color NEAR = c(0x4f7d62);
    static final Color CONCRETE = c(0xe8e2d4);
    static final Color SHADE = c(0x9c9a92);
    static final Color CRANE = c(0x2f5d8a);
    static final Color CLOUD = new Color(255, 255, 255, 150);

    /** The palette the shared motifs of {@link Painter} use in a scene. */
    static Palette palette(String chapter, int n) {
        if (chapter.equals("tourism")) {
            return switch (n) {
                case 1, 6 -> Scenes.LAGOON;
                case 3 -> Scenes.SUNSET_BAY;
                case 4 -> Scenes.BLUE_HOUR;
                case 5 -> Scenes.MORNING;
                case 7 -> Scenes.DAY;
                default -> Scenes.SUMMER;
            };
        }
        if (chapter.equals("port") && n == 2 || chapter.equals("industry") && n == 6) {
            return Scenes.SUNSET_BAY;
        }
        return Scenes.DAY;
    }

    private static void daySky(Coast k, double horizon) {
        k.sky(SKY_TOP, SKY_LOW, horizon);
        k.clouds(4, 0.08, horizon * 0.5, CLOUD);
    }

    static void port(Painter p, int n) {
        Coast k = new Coast(p);
        switch (n) {
            case 1 -> { // Lach Huyen: quay cranes working a big container ship
                daySky(k, 0.6);
                k.ridge(0.0, 0.5, 0.6, 0.05, FAR);
                k.sea(SEA_TOP, SEA_LOW, Color.WHITE, 60);
                k.containerShip(0.3, 0.74, 0.62, 5, c(0x23323f), BOXES);
                k.land(0.74, c(0xb9b4a8));
                k.land(0.745, c(0xcac5b8));
                for (int i = 0; i < 4; i++) {
                    k.stsCrane(0.22 + i * 0.16, 0.84, 0.42, -0.2, i % 2 == 0 ? CRANE : c(0x3a6fa0), c(0xf2b134));
                }
                k.stack(0.08, 0.92, 0.93, 3, 0.022, BOXES, true);
                k.truck(0.12, 0.985, 0.09, c(0xe4572e), BOXES[2]);
                k.truck(0.62, 0.985, 0.09, c(0x30638e), BOXES[1]);
            }
            case 4 -> { // Hoang Dieu river port on the Cam River
                k.sky(c(0x7fb2d6), c(0xf6ecd6), 0.55);
                k.clouds(3, 0.08, 0.3, CLOUD);
                k.ridge(0.3, 1.1, 0.55, 0.06, FAR);
                k.land(0.55, c(0xc7c9bf));
                for (int i = 0; i < 5; i++) { // warehouses on the far bank
                    k.hall(0.04 + i * 0.19, 0.6, 0.16, 0.05, 0.02, c(0xe9dfc8), c(0xa8563f));
                }
                k.p.horizon = 0.6;
                k.sea(c(0x8a9e8a), c(0x5c6e5a), c(0xe8e2c8), 50); // the Cam River's brown-green water
                for (int i = 0; i < 3; i++) {
                    double u = 0.2 + i * 0.25;
                    k.stsCrane(u, 0.6, 0.2, 0.08, c(0xc8553d), c(0xf2b134));
                }
                k.containerShip(0.14, 0.7, 0.42, 2, c(0x3c4a3e), BOXES);
                for (int i = 0; i < 2; i++) { // river barges
                    double u = 0.12 + i * 0.45;
                    p.g.setColor(c(0x3b3025));
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(u), p.y(0.86), p.s(0.3), p.s(0.018)));
                    k.stack(u + 0.02, u + 0.26, 0.86, 1, 0.014, BOXES, false);
                }
            }
            case 3 -> { // the container yard: blocks of boxes, gantries, lorries
                k.sky(c(0x6fb0d9), c(0xeef2ea), 0.3);
                k.land(0.3, c(0xbdb8ab));
                double[] rows = {0.42, 0.58, 0.78, 0.99};
                for (int r = 0; r < rows.length; r++) {
                    double unit = 0.014 + r * 0.008;
                    k.stack(-0.02, 1.02, rows[r], 4, unit, BOXES, true);
                    if (r < 3) {
                        k.gantry(0.15 + 0.3 * r, rows[r] + 0.004, 0.12 + r * 0.03, 0.1 + r * 0.06, c(0xf2b134));
                    }
                }
                for (int i = 0; i < 4; i++) {
                    k.stsCrane(0.2 + i * 0.18, 0.3, 0.15, 0.07, CRANE, c(0xf2b134));
                }
            }
            default -> { // n == 8: Binh bridge over the Cam River
                k.sky(c(0x8cc3e0), c(0xfbf1dc), 0.66);
                k.clouds(4, 0.06, 0.2, CLOUD);
                k.ridge(-0.1, 0.6, 0.66, 0.05, FAR);
                k.ridge(0.5, 1.1, 0.66, 0.04, Painter.mix(FAR, MID, 0.4));
                k.sea(c(0x91a896), c(0x4d6b5c), Color.WHITE, 40);
                k.cableStayed(-0.02, 1.02, 0.54, 0.3, 0.7, 0.3, c(0xd3cab8), c(0x8e8a80));
                for (int i = 0; i < 3; i++) {
                    double u = 0.3 + i * 0.22;
                    p.g.setColor(c(0x3b3025));
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(u), p.y(0.78 + i * 0.05), p.s(0.16), p.s(0.014)));
                    p.g.setColor(c(0xc9b27a));
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(u + 0.01), p.y(0.78 + i * 0.05) - p.s(0.01), p.s(0.12), p.s(0.01)));
                }
                k.bank(c(0x4f7d62)); // the near bank with its trees
            }
            case 5 -> { // the Tan Vu - Lach Huyen sea bridge: long, low, straight across the sea to Cat Hai
                k.sky(c(0x5aa2d0), c(0xf5efdc), 0.42);
                k.clouds(5, 0.06, 0.3, CLOUD);
                k.ridge(-0.05, 0.38, 0.42, 0.025, FAR);
                k.sea(c(0x7cbcc6), c(0x1f6a86), Color.WHITE, 90);
                p.g.setColor(Painter.mix(MID, SKY_LOW, 0.45)); // Cat Hai island and the port at the bridge's far end
                p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(-0.02), p.y(0.405), p.s(0.24), p.y(0.02)));
                for (int i = 0; i < 4; i++) {
                    k.stsCrane(0.04 + i * 0.035, 0.41, 0.05, 0.02, Painter.mix(CRANE, SKY_LOW, 0.55), Painter.mix(CRANE, SKY_LOW, 0.55));
                }
                k.viaduct(1.05, 0.84, 0.14, 0.42, 0.028, 0.003, 0.55, CONCRETE, c(0xd6d0c2), SHADE);
                for (int i = 0; i < 6; i++) { // cars on the deck, placed along it as the viaduct recedes
                    double e = 1 - Math.pow(1 - (0.04 + i * 0.035), 2.2);
                    double size = 0.03 * (1 - e * 0.8);
                    k.car(1.05 + (0.14 - 1.05) * e - size / 2, 0.84 + (0.42 - 0.84) * e + 0.002, size, BOXES[i % BOXES.length]);
                }
            }
            case 6 -> { // a tug leads a container ship into the channel
                daySky(k, 0.55);
                k.ridge(0.0, 0.45, 0.55, 0.035, FAR);
                k.sea(SEA_TOP, SEA_LOW, Color.WHITE, 80);
                k.containerShip(0.15, 0.75, 0.66, 6, c(0x1d2733), BOXES);
                k.tug(0.7, 0.84, 0.12, c(0xc8553d));
                k.tug(0.08, 0.9, 0.1, c(0x2f6f8a));
            }
            case 7 -> { // lorries leave the port for the expressway
                daySky(k, 0.45);
                k.land(0.45, c(0xc9c3b3));
                for (int i = 0; i < 5; i++) {
                    k.stsCrane(0.1 + i * 0.17, 0.45, 0.26, 0.1, c(0x6f93b5), c(0xf2b134));
                }
                k.stack(0.0, 1.0, 0.56, 3, 0.018, BOXES, true);
                k.land(0.62, c(0x5a5f66));
                p.g.setColor(c(0xf2efe6));
                for (double u = 0.02; u < 1; u += 0.09) {
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(u), p.y(0.8), p.s(0.05), p.s(0.004)));
                }
                k.land(0.97, c(0x6a994e));
                k.truck(0.06, 0.76, 0.22, c(0xd1495b), BOXES[2]);
                k.truck(0.4, 0.76, 0.22, c(0xf2efe6), BOXES[1]);
                k.truck(0.72, 0.93, 0.22, c(0x30638e), BOXES[4]);
            }
            case 2 -> { // a container ship heads out at dusk
                k.sky(c(0x3a2e5c), c(0xffb36b), 0.62);
                k.sun(0.7, 0.5, 0.045, c(0xffe3a8));
                k.sea(c(0xc0707a), c(0x2a2148), c(0xffd9a0), 70);
                k.containerShip(0.18, 0.8, 0.56, 4, c(0x1b1830), new Color[] {c(0x8a4f6d), c(0xb0606a), c(0x5a3f6a)});
                for (int i = 0; i < 3; i++) {
                    k.stsCrane(0.1 + i * 0.06, 0.62, 0.1, 0.05, c(0x2a2148), c(0xffd27f));
                }
            }
        }
    }

    static void industry(Painter p, int n) {
        Coast k = new Coast(p);
        switch (n) {
            case 1 -> { // an industrial zone: rows of low factory halls among trees
                k.sky(c(0x7fb8dc), c(0xf1f1e4), 0.3);
                k.land(0.3, c(0x9cbf88));
                for (int r = 0; r < 4; r++) {
                    double v = 0.38 + r * 0.17;
                    double sz = 0.6 + r * 0.4;
                    for (int i = 0; i < 4; i++) {
                        k.hall(0.02 + i * 0.25 + (r % 2) * 0.05, v, 0.16 * sz / 1.2, 0.025 * sz, 0.03 * sz, c(0xf1efe8),
                                i % 2 == 0 ? c(0x3d6f9e) : c(0x8fa3ad));
                    }
                    p.g.setColor(c(0x8a8d90));
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(0, p.y(v + 0.01), p.w, p.s(0.006 * sz)));
                    k.treeRow(0.0, 1.0, v + 0.045, 0.025 * sz, 14, NEAR);
                }
            }
            case 2 -> { // wind turbines along the coastal dyke
                daySky(k, 0.72);
                k.sea(SEA_TOP, SEA_LOW, Color.WHITE, 20);
                k.land(0.8, c(0x8bb174));
                k.land(0.82, c(0x6a994e));
                for (int i = 0; i < 5; i++) {
                    double u = 0.2 + i * 0.16;
                    double size = 0.3 - i * 0.045;
                    k.turbine(u, 0.8 - i * 0.02, size, 0.4 + i, c(0xf7f7f2));
                }
            }
            case 3 -> { // solar panels beside factory roofs
                daySky(k, 0.4);
                k.land(0.4, c(0x9cbf88));
                k.hall(0.05, 0.5, 0.35, 0.06, 0.05, c(0xf1efe8), c(0x3d6f9e));
                k.hall(0.55, 0.48, 0.32, 0.05, 0.04, c(0xf1efe8), c(0x8fa3ad));
                k.solar(-0.02, 1.02, 0.55, 1.0, 9, c(0x1f3f73));
            }
            case 4 -> { // the boulevard into an industrial park
                k.sky(c(0x6fb0d9), c(0xf2f0e4), 0.52);
                k.land(0.52, c(0x9cbf88));
                k.hall(0.05, 0.6, 0.3, 0.08, 0.03, c(0xf4f2ec), c(0x2f6f9e));
                k.hall(0.62, 0.6, 0.32, 0.08, 0.03, c(0xf4f2ec), c(0x2f6f9e));
                k.road(0.5, 0.6, 0.04, 0.9, c(0x6b6e72));
                k.treeRow(0.0, 0.38, 0.78, 0.09, 4, NEAR);
                k.treeRow(0.62, 1.0, 0.78, 0.09, 4, NEAR);
                k.car(0.44, 0.82, 0.08, c(0xf2efe6));
            }
            case 5 -> { // a logistics centre: warehouse, loading bays, lorries
                daySky(k, 0.42);
                k.land(0.42, c(0xbdb8ab));
                k.hall(0.08, 0.7, 0.7, 0.2, 0.08, c(0xeef0f2), c(0x8fa3ad));
                for (int i = 0; i < 6; i++) {
                    p.g.setColor(c(0x30638e));
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(0.12 + i * 0.11), p.y(0.6), p.s(0.07), p.y(0.1)));
                }
                k.truck(0.12, 0.86, 0.2, c(0xd1495b), BOXES[1]);
                k.truck(0.45, 0.9, 0.2, c(0x00798c), BOXES[0]);
                k.stack(0.8, 1.0, 0.7, 3, 0.03, BOXES, false);
            }
            case 6 -> { // an evening shift: a long lit hall and its stacks at dusk
                k.sky(c(0x3a2e5c), c(0xffb36b), 0.66);
                k.sun(0.5, 0.3, 0.05, c(0xffe3a8));
                k.ridge(-0.1, 0.6, 0.66, 0.08, c(0x5a4670));
                k.land(0.66, c(0x2f2640));
                p.g.setColor(c(0x2a2240)); // two stacks, one with a thin plume
                p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(0.16), p.y(0.2), p.s(0.022), p.y(0.5)));
                p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(0.22), p.y(0.28), p.s(0.02), p.y(0.42)));
                p.g.setColor(new Color(255, 220, 190, 70));
                for (int q = 0; q < 8; q++) {
                    double r = p.s(0.012 + q * 0.005);
                    p.g.fill(new java.awt.geom.Ellipse2D.Double(p.x(0.171) + q * p.s(0.012) - r, p.y(0.19) - q * p.s(0.01) - r, 2 * r, 2 * r));
                }
                k.hall(0.08, 0.9, 0.8, 0.24, 0.06, c(0x4a3f6b), c(0x3a2e5c));
                p.g.setColor(c(0xffd27f));
                for (int w = 0; w < 14; w++) {
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(0.1 + w * 0.056), p.y(0.72), p.s(0.034), p.y(0.04)));
                }
                k.truck(0.62, 0.985, 0.14, c(0x8a4f6d), c(0x5a3f6a));
            }
            case 7 -> { // inside: an assembly line with robot arms
                k.sky(c(0xe9eef2), c(0xdfe6ea), 0.55);
                p.g.setColor(c(0xc9d3da));
                p.g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, p.w, p.y(0.12)));
                p.g.setColor(c(0xfffbea));
                for (int i = 0; i < 6; i++) {
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(0.05 + i * 0.16), p.y(0.13), p.s(0.1), p.y(0.012)));
                }
                p.g.setColor(c(0xd4dde3)); // windows in the back wall
                for (int i = 0; i < 5; i++) {
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(0.06 + i * 0.19), p.y(0.22), p.s(0.14), p.y(0.16)));
                }
                k.land(0.55, c(0xc5ccd2));
                p.g.setColor(c(0x52b788)); // the green safety walkway
                p.g.fill(new java.awt.geom.Rectangle2D.Double(0, p.y(0.8), p.w, p.y(0.06)));
                p.g.setColor(c(0x5b6670));
                p.g.fill(new java.awt.geom.Rectangle2D.Double(0, p.y(0.62), p.w, p.y(0.05)));
                for (int i = 0; i < 4; i++) {
                    k.robotArm(0.14 + i * 0.24, 0.62, 0.2, c(0xf2a541));
                    k.box(p.x(0.06 + i * 0.24), p.y(0.6), p.s(0.06), p.s(0.02), c(0x30638e));
                }
            }
            default -> { // new cars lined up outside an assembly plant
                daySky(k, 0.42);
                for (int i = 0; i < 3; i++) {
                    k.stsCrane(0.66 + i * 0.09, 0.44, 0.16, 0.07, c(0x8fa9c2), c(0xf2b134));
                }
                k.land(0.42, c(0xbdb8ab));
                k.hall(0.08, 0.58, 0.56, 0.12, 0.05, c(0xf1efe8), c(0x2f5d8a));
                Color[] cars = {c(0xd1495b), c(0xf2efe6), c(0x30638e), c(0x2b2f36), c(0xedae49)};
                for (int r = 0; r < 3; r++) {
                    for (int i = 0; i < 6; i++) {
                        k.car(0.05 + i * 0.15, 0.7 + r * 0.12, 0.1 + r * 0.02, cars[(i + r) % cars.length]);
                    }
                }
            }
        }
    }

    static void tourism(Painter p, int n) {
        Coast k = new Coast(p);
        Color rock = c(0x7d9a8a);
        Color forest = c(0x3f7355);
        switch (n) {
            case 1 -> { // Lan Ha Bay: karst islands, a junk, kayaks
                k.sky(c(0x69b3d8), c(0xf1f3e4), 0.58);
                for (int i = 0; i < 7; i++) { // far islands, pale with distance
                    k.karst(0.08 + i * 0.14, 0.58, p.rnd(0.05, 0.09), p.rnd(0.06, 0.1), Painter.mix(rock, SKY_LOW, 0.7),
                            Painter.mix(forest, SKY_LOW, 0.7));
                }
                k.karst(0.62, 0.58, 0.12, 0.16, Painter.mix(rock, SKY_LOW, 0.45), Painter.mix(forest, SKY_LOW, 0.45));
                k.karst(0.22, 0.58, 0.17, 0.32, rock, forest);
                k.karst(0.84, 0.58, 0.13, 0.4, Painter.mix(rock, Color.BLACK, 0.1), forest);
                k.sea(c(0x62c2b3), c(0x1e7f86), Color.WHITE, 60);
                p.junk(0.5, 0.76, 0.16);
                p.kayak(0.3, 0.88, 0.08, c(0xf4a261), c(0xe63946));
                p.kayak(0.7, 0.9, 0.07, c(0xffd166), c(0x2a9d8f));
            }
            case 4 -> { // street seafood in the evening: stalls, basins, stools
                k.sky(c(0x1b2a4e), c(0x3d4f8a), 0.45);
                for (int i = 0; i < 5; i++) { // shophouses, lit
                    double u = 0.02 + i * 0.2;
                    p.g.setColor(Painter.mix(c(0x2b3a67), c(0x4a3f6b), i % 2));
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(u), p.y(0.12 + (i % 3) * 0.04), p.s(0.18), p.y(0.5)));
                    p.g.setColor(c(0xffd27f));
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(u + 0.03), p.y(0.25 + (i % 3) * 0.04), p.s(0.05), p.y(0.06)));
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(u + 0.1), p.y(0.25 + (i % 3) * 0.04), p.s(0.05), p.y(0.06)));
                }
                k.land(0.55, c(0x4a4036));
                p.lanterns(0.08, 0.05, 12);
                for (int i = 0; i < 3; i++) {
                    p.stall(0.08 + i * 0.31, 0.78, 0.25, p.p.accents()[i], new Color[] {c(0xe76f51), c(0xf4a261), c(0x9c6644), c(0xd62828)});
                }
                p.stools(0.0, 1.0, 0.96, 0.04);
            }
            case 5 -> { // Cat Ba national park: forested ridges, a lookout tower on the peak
                k.sky(c(0x9cc9e2), c(0xf4f0e0), 0.5);
                k.ridge(-0.1, 1.1, 0.5, 0.12, Painter.mix(forest, SKY_LOW, 0.6));
                k.land(0.5, Painter.mix(forest, SKY_LOW, 0.6));
                k.ridge(-0.2, 0.7, 0.62, 0.2, Painter.mix(forest, SKY_LOW, 0.35));
                k.land(0.62, Painter.mix(forest, SKY_LOW, 0.35));
                k.ridge(0.3, 1.2, 0.72, 0.22, Painter.mix(forest, SKY_LOW, 0.15));
                k.land(0.72, forest);
                p.pylon(0.3, 0.445, 0.33); // the steel lookout tower on the peak
                p.g.setColor(c(0xb8402a));
                p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(0.288), p.y(0.315), p.s(0.024), p.y(0.018)));
                for (int i = 0; i < 18; i++) {
                    k.tree(p.rnd(0.0, 1.0), p.rnd(0.85, 1.02), p.rnd(0.08, 0.14), Painter.mix(forest, Color.BLACK, p.rnd(0, 0.25)));
                }
            }
            case 6 -> { // a floating fishing village on rafts, karsts behind
                k.sky(c(0x7cc0de), c(0xf3f1e2), 0.5);
                for (int i = 0; i < 6; i++) {
                    k.karst(0.1 + i * 0.17, 0.5, p.rnd(0.05, 0.08), p.rnd(0.05, 0.08), Painter.mix(rock, SKY_LOW, 0.7),
                            Painter.mix(forest, SKY_LOW, 0.7));
                }
                k.karst(0.15, 0.5, 0.22, 0.3, Painter.mix(rock, SKY_LOW, 0.3), Painter.mix(forest, SKY_LOW, 0.3));
                k.karst(0.55, 0.5, 0.3, 0.22, Painter.mix(rock, SKY_LOW, 0.45), Painter.mix(forest, SKY_LOW, 0.45));
                k.karst(0.9, 0.5, 0.2, 0.34, Painter.mix(rock, SKY_LOW, 0.2), Painter.mix(forest, SKY_LOW, 0.2));
                k.sea(c(0x62b8aa), c(0x1e6f76), Color.WHITE, 40);
                Color[] walls = {c(0x3d8fc4), c(0xf2c14e), c(0x4fb286), c(0xe07a5f), c(0xf2efe6)};
                for (int i = 0; i < 6; i++) {
                    k.raftHouse(0.06 + i * 0.15, 0.66 + (i % 2) * 0.03, 0.08, walls[i % walls.length], i % 2 == 0 ? c(0x2f6f8a) : c(0xb8402a));
                }
                for (int i = 0; i < 4; i++) {
                    k.raftHouse(0.04 + i * 0.26, 0.86, 0.15, walls[(i + 2) % walls.length], i % 2 == 0 ? c(0xb8402a) : c(0x2f6f8a));
                }
            }
            default -> { // n == 7: the Cat Hai - Phu Long cable car over the sea
                k.sky(c(0x5aa2d0), c(0xf3efe0), 0.62);
                k.clouds(3, 0.06, 0.2, CLOUD);
                k.ridge(0.55, 1.1, 0.62, 0.16, Painter.mix(forest, SKY_LOW, 0.3));
                k.ridge(-0.1, 0.3, 0.62, 0.05, FAR);
                k.sea(SEA_TOP, SEA_LOW, Color.WHITE, 60);
                p.pylon(0.22, 0.66, 0.12);
                p.pylon(0.74, 0.55, 0.24);
                p.cable(0.22, 0.13, 0.74, 0.25, 0.03, 4, c(0xf2b134));
                p.cable(0.06, 0.02, 0.22, 0.13, 0.005, 1, c(0xd1495b));
                p.cable(0.74, 0.25, 0.94, 0.45, 0.01, 1, c(0xd1495b));
            }
        }
    }

    static void future(Painter p, int n) {
        Coast k = new Coast(p);
        switch (n) {
            case 1 -> { // a green port city: new quarters behind a riverside park
                k.sky(c(0x6ec1e4), c(0xf1fff4), 0.55);
                k.ridge(-0.1, 1.1, 0.55, 0.06, Painter.mix(FAR, c(0xf1fff4), 0.3));
                for (int i = 0; i < 11; i++) {
                    double u = 0.08 + i * 0.077 + p.rnd(-0.01, 0.01);
                    double hh = 0.1 + 0.16 * Math.abs(Math.sin(i * 1.7 + 0.4));
                    double bw = p.rnd(0.035, 0.055);
                    Color wall = Painter.mix(c(0xcfe3e0), c(0xf4f8f4), (i % 3) / 3.0);
                    p.g.setColor(wall);
                    p.g.fill(new java.awt.geom.RoundRectangle2D.Double(p.x(u), p.y(0.55 - hh), p.s(bw), p.y(hh) + 2, p.s(bw * 0.5), p.s(bw * 0.5)));
                    p.g.setColor(Painter.mix(wall, c(0x2a7f9e), 0.35));
                    for (double v = 0.56 - hh + 0.02; v < 0.54; v += 0.018) {
                        p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(u + bw * 0.12), p.y(v), p.s(bw * 0.76), p.y(0.006)));
                    }
                    p.g.setColor(Painter.mix(wall, Color.BLACK, 0.12));
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(u + bw * 0.7), p.y(0.55 - hh + 0.03), p.s(bw * 0.3), p.y(hh - 0.03)));
                    p.g.setColor(c(0x52b788)); // a roof garden
                    p.g.fill(new java.awt.geom.Ellipse2D.Double(p.x(u + bw * 0.1), p.y(0.55 - hh) - p.s(0.006), p.s(bw * 0.8), p.s(0.014)));
                }
                k.land(0.55, c(0x74c69d));
                k.treeRow(0.0, 1.0, 0.66, 0.07, 12, c(0x40916c));
                k.p.horizon = 0.7;
                k.sea(c(0x7fc4d6), c(0x2a7f9e), Color.WHITE, 40);
                p.g.setColor(c(0xe9e4d4)); // the riverside promenade
                p.g.fill(new java.awt.geom.Rectangle2D.Double(0, p.y(0.66), p.w, p.y(0.04)));
                k.tug(0.55, 0.86, 0.1, c(0x00b4d8));
            }
            case 6 -> { // a green port: electric lorries, solar roofs, shore power
                daySky(k, 0.5);
                k.sea(SEA_TOP, SEA_LOW, Color.WHITE, 30);
                k.containerShip(0.08, 0.62, 0.5, 4, c(0x1d2733), BOXES);
                k.land(0.62, c(0xc9c3b3));
                for (int i = 0; i < 3; i++) {
                    k.stsCrane(0.2 + i * 0.18, 0.7, 0.3, -0.1, c(0x52b788), c(0xffb703));
                }
                k.solar(0.55, 1.0, 0.72, 0.86, 4, c(0x1f3f73));
                k.truck(0.1, 0.95, 0.16, c(0x52b788), BOXES[2]);
                k.truck(0.36, 0.95, 0.16, c(0x52b788), BOXES[0]);
            }
            case 3 -> { // high-tech industry: a chip plant in a green park
                k.sky(c(0x9ad1ea), c(0xf4fbf6), 0.5);
                k.land(0.5, c(0x95d5b2));
                k.ridge(-0.1, 1.1, 0.5, 0.05, Painter.mix(FAR, c(0xf4fbf6), 0.3));
                k.hall(0.1, 0.7, 0.5, 0.12, 0.12, c(0xf7f9fa), c(0x1f3f73));
                k.hall(0.62, 0.66, 0.24, 0.08, 0.08, c(0xf7f9fa), c(0x1f3f73));
                p.g.setColor(c(0x8ecae6)); // the glass atrium at the entrance
                p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(0.28), p.y(0.52), p.s(0.14), p.y(0.18)));
                p.g.setColor(Painter.alpha(Color.WHITE, 0.5));
                for (double u = 0.29; u < 0.42; u += 0.02) {
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(u), p.y(0.52), p.s(0.002), p.y(0.18)));
                }
                p.g.setColor(c(0x7fc4d6)); // a pond in front
                p.g.fill(new java.awt.geom.Ellipse2D.Double(p.x(0.45), p.y(0.76), p.s(0.4), p.y(0.08)));
                k.treeRow(0.0, 0.4, 0.9, 0.1, 4, c(0x40916c));
                k.treeRow(0.85, 1.0, 0.92, 0.1, 1, c(0x2d6a4f));
            }
            case 4 -> { // an offshore wind farm and its service boat
                k.sky(c(0x78b6dc), c(0xeef5f0), 0.7);
                k.sea(c(0x6fb1c4), c(0x1f5f7a), Color.WHITE, 80);
                for (int i = 0; i < 7; i++) {
                    k.turbine(0.4 + i * 0.08, 0.7 + 0.003 * i, 0.12 - i * 0.008, i * 0.6, c(0xeef2f2));
                }
                k.turbine(0.24, 0.8, 0.33, 0.3, c(0xf7f7f2));
                p.g.setColor(c(0xffb703));
                p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(0.225), p.y(0.78), p.s(0.03), p.y(0.03)));
                k.tug(0.55, 0.9, 0.12, c(0xffb703));
            }
            case 5 -> { // a park in every neighbourhood: lake, trees, paths
                k.sky(c(0x8fd0ea), c(0xf4fbef), 0.4);
                for (int i = 0; i < 6; i++) {
                    p.g.setColor(c(0xdbe9e4));
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(0.05 + i * 0.16), p.y(0.28), p.s(0.1), p.y(0.12)));
                }
                k.land(0.4, c(0x95d5b2));
                k.treeRow(0.0, 1.0, 0.5, 0.08, 9, c(0x40916c));
                k.p.horizon = 0.6;
                p.g.setColor(c(0x7fc4d6));
                p.g.fill(new java.awt.geom.Ellipse2D.Double(p.x(0.2), p.y(0.58), p.s(0.6), p.y(0.2)));
                k.tree(0.1, 0.95, 0.25, c(0x2d6a4f));
                k.tree(0.88, 0.97, 0.28, c(0x2d6a4f));
            }
            case 2 -> { // rail meets port: a freight train loaded under a gantry
                daySky(k, 0.45);
                k.land(0.45, c(0xc9c3b3));
                k.stack(0.0, 1.0, 0.55, 3, 0.02, BOXES, true);
                p.g.setColor(c(0x5b5048));
                p.g.fill(new java.awt.geom.Rectangle2D.Double(0, p.y(0.8), p.w, p.s(0.006)));
                for (int i = 0; i < 5; i++) { // flat wagons, each with a container, behind a locomotive
                    double u = 0.02 + i * 0.16;
                    p.g.setColor(c(0x3b3f46));
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(u), p.y(0.8) - p.s(0.012), p.s(0.155), p.s(0.008)));
                    for (double wu : new double[] {0.02, 0.045, 0.11, 0.135}) {
                        p.g.fill(new java.awt.geom.Ellipse2D.Double(p.x(u + wu) - p.s(0.007), p.y(0.8) - p.s(0.008), p.s(0.014), p.s(0.014)));
                    }
                    k.box(p.x(u + 0.005), p.y(0.8) - p.s(0.058), p.s(0.145), p.s(0.046), BOXES[i % BOXES.length]);
                }
                p.g.setColor(c(0xd1495b)); // the locomotive
                p.g.fill(new java.awt.geom.RoundRectangle2D.Double(p.x(0.83), p.y(0.8) - p.s(0.07), p.s(0.13), p.s(0.058), p.s(0.02), p.s(0.02)));
                p.g.setColor(c(0xf2efe6));
                p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(0.83), p.y(0.8) - p.s(0.035), p.s(0.13), p.s(0.008)));
                p.g.setColor(c(0x9fc7e0));
                p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(0.935), p.y(0.8) - p.s(0.062), p.s(0.02), p.s(0.02)));
                p.g.setColor(c(0x3b3f46));
                for (double wu : new double[] {0.85, 0.875, 0.915, 0.94}) {
                    p.g.fill(new java.awt.geom.Ellipse2D.Double(p.x(wu) - p.s(0.007), p.y(0.8) - p.s(0.012), p.s(0.014), p.s(0.014)));
                }
                k.gantry(0.3, 0.84, 0.4, 0.36, c(0x52b788));
            }
            case 7 -> { // a cruise ship at the passenger quay, Cat Ba's hills beyond
                k.sky(c(0x73bde0), c(0xf6f6e8), 0.55);
                k.ridge(-0.1, 0.7, 0.55, 0.12, Painter.mix(NEAR, SKY_LOW, 0.4));
                k.sea(c(0x62c2b3), c(0x1e7f86), Color.WHITE, 40);
                k.ridge(0.45, 1.15, 0.55, 0.2, Painter.mix(NEAR, SKY_LOW, 0.2));
                p.g.setColor(c(0xe9e4d4)); // the passenger terminal on its quay
                p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(0.7), p.y(0.62), p.s(0.28), p.y(0.1)));
                p.g.setColor(c(0x00b4d8));
                p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(0.72), p.y(0.55), p.s(0.22), p.y(0.07)));
                java.awt.geom.GeneralPath hull = new java.awt.geom.GeneralPath();
                hull.moveTo(p.x(0.08), p.y(0.64));
                hull.lineTo(p.x(0.74), p.y(0.64));
                hull.lineTo(p.x(0.7), p.y(0.76));
                hull.lineTo(p.x(0.1), p.y(0.76));
                hull.closePath();
                p.g.setColor(c(0xfafaf6));
                p.g.fill(hull);
                p.g.setColor(c(0x1f4e5f));
                p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(0.1), p.y(0.735), p.s(0.61), p.y(0.025)));
                for (int d = 0; d < 4; d++) { // stepped decks, each a row of windows
                    double v = 0.64 - (d + 1) * 0.045;
                    double u0 = 0.12 + d * 0.025;
                    double u1 = 0.62 - d * 0.04;
                    p.g.setColor(c(0xf4f4ee));
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(u0), p.y(v), p.x(u1) - p.x(u0), p.y(0.046)));
                    p.g.setColor(c(0x2a6f8a));
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(u0 + 0.005), p.y(v + 0.016), p.x(u1) - p.x(u0) - p.s(0.01), p.y(0.012)));
                }
                p.g.setColor(c(0x1f4e5f)); // the funnel
                p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(0.2), p.y(0.4), p.s(0.04), p.y(0.065)));
                p.g.setColor(c(0x00b4d8));
                p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(0.2), p.y(0.41), p.s(0.04), p.y(0.015)));
            }
            default -> { // mangroves and a sea dyke protect the coast
                k.sky(c(0x8ccbe6), c(0xf3f8ee), 0.36);
                k.sea(c(0x9ccfc9), c(0x4f8f8a), Color.WHITE, 30);
                for (int i = 0; i < 70; i++) {
                    double v = p.rnd(0.42, 0.8);
                    p.mangrove(p.rnd(0.0, 1.0), v, 0.03 + (v - 0.42) * 0.2);
                }
                k.land(0.8, c(0x6a994e));
                k.land(0.83, c(0xb7b09c));
                for (int i = 0; i < 4; i++) {
                    k.stsCrane(0.75 + i * 0.04, 0.36, 0.06, 0.03, c(0x9fb8c8), c(0x9fb8c8));
                }
            }
        }
    }
}
