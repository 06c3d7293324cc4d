package vn.haiphong.showcase.illustrations;

import static vn.haiphong.showcase.illustrations.IllustrationGenerator.c;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import vn.haiphong.showcase.illustrations.IllustrationGenerator.Shot;
import vn.haiphong.showcase.illustrations.Painter.Palette;

/**
 * The 64 illustrations, each a composition of {@link Painter} motifs: the photo book's six chapters
 * of eight, and the VR360 exhibition's two series of eight ({@code tourism-*}, {@code people-*}).
 */
final class Scenes {
    static final String WITH_GPS = "port-01.jpg";
    static final String PORTRAIT = "liberation-07.jpg";
    private static final int W12 = 4240;
    private static final int H12 = 2832;

    private Scenes() {
    }

    static final Color[] BOXES = {c(0xe63946), c(0xf1c453), c(0x2a9d8f), c(0x457b9d), c(0xf4a261), c(0xe9ecef)};
    static final Palette DUSK = new Palette(c(0x1b2a4e), c(0x8a4f7d), c(0xff9e5e), c(0xffd9a0), c(0x4a3f6b),
            c(0x2d2a4a), c(0x6b4a6e), c(0x1b2440), c(0x141a2e), c(0xffe9cf), BOXES);
    static final Palette DAY = new Palette(c(0x4f9ccb), c(0x9fd0e6), c(0xe6f2f5), c(0xfffbe8), c(0x8fb3c4),
            c(0x5b7f91), c(0x4f8fb0), c(0x1f4e6b), c(0x22333b), c(0xffffff), BOXES);
    static final Palette MORNING = new Palette(c(0x7fb3d5), c(0xc6def1), c(0xfde2c8), c(0xfff1d0), c(0x9fb8c8),
            c(0x6d8a9c), c(0x8fb1c7), c(0x4a6d85), c(0x33495a), c(0xffffff), new Color[] {c(0xf28f3b), c(0x2a9d8f), c(0xe9c46a)});
    static final Palette BLUE_HOUR = new Palette(c(0x0b1d3a), c(0x3d4f8a), c(0xf2a76b), c(0xffd6a5), c(0x2b3a67),
            c(0x1b2a44), c(0x3b4a7a), c(0x0e1a33), c(0x101a2e), c(0xffe8c2), new Color[] {c(0xffd27f), c(0xff9f43), c(0xfff3c4)});
    static final Palette SUMMER = new Palette(c(0x6fb7e0), c(0xbfe3f2), c(0xfff1e0), c(0xfffbe8), c(0x9ec9b9),
            c(0x5f9c7f), c(0x6fb3c9), c(0x2f6f8a), c(0x2b3a3a), c(0xffffff), new Color[] {c(0xd62828), c(0xf77f00), c(0xfcbf49)});
    static final Palette SUNSET_BAY = new Palette(c(0x3a2e5c), c(0xc0587e), c(0xffb36b), c(0xffe3a8), c(0x6b4d7a),
            c(0x3d2c52), c(0xb06a7a), c(0x2a2148), c(0x1f1830), c(0xffe9cf), new Color[] {c(0xe85d3a), c(0xb8402a)});
    static final Palette FUTURE = new Palette(c(0x6ec1e4), c(0xc3ecf2), c(0xf1fff4), c(0xfffde8), c(0xa8d5c9),
            c(0x52b788), c(0x7fc4d6), c(0x2a7f9e), c(0x1f4e5f), c(0xffffff), new Color[] {c(0x00b4d8), c(0x52b788), c(0xffb703)});

    static final Palette LAGOON = new Palette(c(0x5aa9d6), c(0xa8d8ea), c(0xeef7f2), c(0xfffbe8), c(0x8fb5a5),
            c(0x3f6f55), c(0x5cc2b8), c(0x1e7f86), c(0x233838), c(0xffffff), new Color[] {c(0xe76f51), c(0xc8553d), c(0x2a9d8f)});

    static final List<Shot> SHOTS = shots();

    private static List<Shot> shots() {
        List<Shot> s = new ArrayList<>();
        String[][] captions = {
            {"liberation", "13 May 1955: People's Army soldiers enter the city along a street of French-era shophouses, welcomed with flags",
                "the Opera House square hung with flags and filled with people, May 1955",
                "sampans and junks flying flags on the Cam River, warehouses on the far bank",
                "a cyclo and bicycles decked with flags in a street of shophouses",
                "a girl gives flowers to a soldier of the People's Army",
                "dock workers and steam cranes on the old quay, a steamer alongside",
                "the national flag raised high above the crowd (portrait)",
                "children carry star lanterns through the old streets at night"},
            {"port", "ship-to-shore cranes working a container ship at Lach Huyen international gateway port",
                "Hoang Dieu river port on the Cam River: quay cranes, warehouses and river barges",
                "the container yard: blocks of boxes under yellow gantry cranes",
                "Binh bridge, the cable-stayed bridge over the Cam River, with river barges",
                "the Tan Vu - Lach Huyen sea bridge, a long low viaduct across the sea",
                "tugs guide a container ship along the channel",
                "container lorries leave the port for the expressway",
                "a container ship heads out to sea at dusk"},
            {"industry", "rows of low factory halls among trees in an industrial zone",
                "wind turbines on the coast behind the sea dyke",
                "a solar farm beside factory halls",
                "the tree-lined road into an industrial park",
                "a logistics centre: warehouse, loading bays and container lorries",
                "factory halls lit for the evening shift at dusk",
                "robot arms on an assembly line",
                "new cars lined up outside an assembly plant"},
            {"city", "the Opera House (1912) on its square between red flamboyant trees",
                "a boulevard under a canopy of red flamboyant flowers",
                "flamboyant trees and old houses mirrored in Tam Bac lake",
                "the statue of the heroine general Le Chan in Le Chan square",
                "the city's towers across the Cam River at blue hour",
                "a bowl of banh da cua, Hai Phong's crab noodle soup",
                "schoolgirls in white ao dai cycle under a flamboyant tree",
                "the Tam Bac flower market"},
            {"culture", "buffalo fighting at Do Son: two buffaloes lock horns in the sand ring",
                "the festival procession leads a fighting buffalo under ceremonial parasols",
                "Hang Kenh communal house across its courtyard and pond",
                "Du Hang pagoda: the gate tower, a stone stupa and bonsai",
                "the Bach Dang stakes standing in the river at low tide",
                "Con Son: stone steps climb through the pines to the temple",
                "a flower float and dancers in the Red Flamboyant Flower Festival",
                "a water-puppet show on a village pond at dusk"},
            {"future", "a green port city: new quarters behind a riverside park",
                "a green port: electric lorries, green cranes and solar panels on the quay",
                "a high-tech factory in a green park",
                "an offshore wind farm and its service boat",
                "a park with a lake in every neighbourhood",
                "rail meets port: containers loaded onto a freight train",
                "a cruise ship at the passenger quay, green hills beyond",
                "mangroves and a sea dyke protect the coast, the port in the distance"},
        };
        for (String[] ch : captions) {
            for (int i = 1; i <= 8; i++) {
                boolean big = i == 1;
                s.add(new Shot(String.format("%s-%02d.jpg", ch[0], i), big ? 6000 : W12, big ? 4000 : H12, ch[i]));
            }
        }
        String[][] exhibition = {
            {"tourism", "the limestone islands of Lan Ha Bay off Cat Ba, with a junk and kayaks",
                "parasols on the beach at Do Son",
                "the lighthouse on Bach Long Vi island at sunset",
                "seafood stalls and plastic stools on an evening street",
                "the forested hills of Cat Ba National Park, a lookout tower on a peak",
                "a floating fishing village of coloured raft houses among limestone islands",
                "the Cat Hai - Phu Long cable car crossing the sea towards Cat Ba island",
                "a float in the Red Flamboyant Flower Festival parade"},
            {"people", "the city administration building with the national flag",
                "the counters of a one-stop public-service centre",
                "pupils at the Monday flag ceremony in a school courtyard",
                "a hospital with an ambulance at its entrance",
                "a fishing harbour in the morning, with blue boats and basket boats",
                "the stalls of a traditional market",
                "young volunteers planting mangroves on a mudflat",
                "a community football match with spectators"},
        };
        for (String[] ch : exhibition) {
            for (int i = 1; i <= 8; i++) {
                s.add(new Shot(String.format("%s-%02d.jpg", ch[0], i), W12, H12, ch[i]));
            }
        }
        // the portrait: drawn upright, stored sideways (see IllustrationGenerator)
        int idx = s.indexOf(s.stream().filter(x -> x.name().equals(PORTRAIT)).findFirst().orElseThrow());
        Shot p = s.get(idx);
        s.set(idx, new Shot(p.name(), 3000, 4000, p.caption()));
        return List.copyOf(s);
    }

    static BufferedImage paint(Shot shot) {
        String chapter = shot.name().substring(0, shot.name().indexOf('-'));
        int n = Integer.parseInt(shot.name().substring(shot.name().indexOf('-') + 1, shot.name().indexOf('.')));
        long seed = shot.name().hashCode() * 7919L + 1; // fixed: a new VERSION must not reshuffle every picture
        Palette pal = switch (chapter) {
            case "liberation", "city", "culture", "people" -> LandScenes.POSTER;
            case "port", "industry" -> SeaScenes.palette(chapter, n);
            case "tourism" -> switch (n) {
                case 1, 6 -> LAGOON;
                case 3 -> SUNSET_BAY;
                case 4 -> BLUE_HOUR;
                case 5 -> MORNING;
                case 7 -> DAY;
                default -> SUMMER;
            };
            default -> SeaScenes.palette(chapter, n);
        };
        Painter p = new Painter(shot.width(), shot.height(), seed, pal);
        switch (chapter) {
            case "liberation", "city", "culture", "people" -> LandScenes.draw(p, chapter, n);
            case "port" -> SeaScenes.port(p, n);
            case "industry" -> SeaScenes.industry(p, n);
            case "tourism" -> {
                if (n == 2 || n == 3 || n == 8) {
                    tourism(p, n); // Đồ Sơn beach, Bạch Long Vĩ lighthouse, the festival parade: already their subjects
                } else {
                    SeaScenes.tourism(p, n);
                }
            }
            default -> SeaScenes.future(p, n);
        }
        p.finish(4);
        return p.img;
    }

    private static void backdrop(Painter p, double horizon, double sunU, double sunV, boolean water) {
        p.horizon = horizon;
        p.sky();
        p.clouds(5, 0.05, horizon - 0.25);
        p.sun(sunU, sunV, 0.03);
        p.hills(horizon, 0.08, Painter.mix(p.p.far(), p.p.skyLow(), 0.45));
        p.hills(horizon + 0.005, 0.045, Painter.mix(p.p.near(), p.p.skyLow(), 0.25));
        if (water) {
            p.water();
            p.reflection(sunU, 0.05);
        }
    }

    private static Painter.Clothes wear(Color shirt, Color legs, Painter.Hat hat) {
        return new Painter.Clothes(shirt, legs, hat, null);
    }

    private static final Color[] SHIRTS = {c(0xe9ecef), c(0x457b9d), c(0xe76f51), c(0x2a9d8f), c(0xf4a261), c(0x6d597a), c(0xd62828)};
    private static final Color[] LEGS = {c(0x1d3557), c(0x343a40), c(0x495057), c(0x6c757d)};
    private static final Color[] SEAFOOD = {c(0xe76f51), c(0xf4a261), c(0x8d99ae), c(0xd62828), c(0x6b705c)};
    private static final Color[] PRODUCE = {c(0x6a994e), c(0xa7c957), c(0xf4a261), c(0xe9c46a), c(0xbc4749), c(0x90be6d)};

    /** Someone in the crowd: a shirt and trousers drawn from the lists above. */
    private static Painter.Clothes anyone(Painter p, Painter.Hat hat) {
        return wear(SHIRTS[p.r.nextInt(SHIRTS.length)], LEGS[p.r.nextInt(LEGS.length)], hat);
    }

    private static void tourism(Painter p, int n) {
        switch (n) {
            case 1 -> { // Cat Ba and Lan Ha Bay
                p.horizon = 0.6;
                p.sky();
                p.clouds(6, 0.05, 0.3);
                p.sun(0.8, 0.16, 0.03);
                p.karsts(10, 0.16, Painter.mix(p.p.far(), p.p.skyLow(), 0.5));
                p.karsts(5, 0.28, p.p.near());
                p.karst(0.12, 0.16, 0.42, Painter.mix(p.p.near(), c(0x1f3f30), 0.3));
                p.karst(0.9, 0.14, 0.36, Painter.mix(p.p.near(), c(0x1f3f30), 0.2));
                p.water();
                p.reflection(0.8, 0.03);
                p.junk(0.45, 0.74, 0.16);
                p.junk(0.7, 0.67, 0.08);
                p.kayak(0.28, 0.88, 0.09, c(0xf4a261), c(0xe63946));
                p.kayak(0.18, 0.8, 0.07, c(0xffd166), c(0x2a9d8f));
            }
            case 2 -> { // Do Son beach
                p.horizon = 0.5;
                p.sky();
                p.clouds(6, 0.05, 0.3);
                p.sun(0.22, 0.16, 0.03);
                p.hills(0.5, 0.06, Painter.mix(p.p.far(), p.p.skyLow(), 0.4));
                p.island(0.88, 0.3, 0.12, Painter.mix(p.p.near(), c(0x2f5f45), 0.3));
                p.water();
                p.reflection(0.22, 0.04);
                p.shore(0.7, 0.025, c(0xead9b0));
                for (int k = 0; k < 6; k++) {
                    p.person(p.rnd(0.1, 0.9), p.rnd(0.56, 0.64), 0.02, anyone(p, Painter.Hat.NONE), 0, false);
                }
                double[][] parasols = {{0.08, 0.8}, {0.22, 0.78}, {0.36, 0.81}, {0.52, 0.79}, {0.66, 0.82}, {0.8, 0.8}, {0.93, 0.83},
                    {0.15, 0.93}, {0.44, 0.95}, {0.72, 0.94}};
                for (int k = 0; k < parasols.length; k++) {
                    p.parasol(parasols[k][0], parasols[k][1], parasols[k][1] > 0.9 ? 0.12 : 0.08, p.p.accents()[k % p.p.accents().length]);
                }
                p.person(0.3, 0.9, 0.07, wear(c(0xffffff), c(0x1d3557), Painter.Hat.CAP), 0, false);
                p.person(0.6, 0.88, 0.06, wear(c(0xe76f51), c(0x264653), Painter.Hat.NONE), 0, false);
                p.person(0.57, 0.89, 0.045, wear(c(0x2a9d8f), c(0x264653), Painter.Hat.NONE), 0, false);
            }
            case 3 -> { // Bach Long Vi lighthouse
                p.horizon = 0.64;
                p.sky();
                p.clouds(4, 0.08, 0.35);
                p.sun(0.2, 0.56, 0.028);
                p.water();
                p.reflection(0.2, 0.05);
                p.island(0.62, 0.6, 0.14, Painter.mix(p.p.near(), c(0x2b3a2b), 0.4));
                p.trees(0.42, 0.84, 0.56, 7, 0.025);
                p.lighthouse(0.66, 0.515, 0.2, true);
                p.house(0.58, 0.535, 0.04, c(0xe9e4d4), c(0xa0463a));
                p.birds(9);
                p.fishingBoat(0.2, 0.86, 0.14, c(0x1f5fa8));
            }
            case 4 -> { // an evening seafood street
                backdrop(p, 0.5, 0.85, 0.35, false);
                p.skyline(0.52, 0.08, 0.3, 0.95, p.p.near(), true, false);
                p.ground(0.52, Painter.mix(p.p.shape(), c(0x5a4a3a), 0.4));
                p.lanterns(0.06, 0.05, 14);
                for (int k = 0; k < 3; k++) {
                    p.person(0.12 + k * 0.33 + 0.05, 0.7, 0.13, wear(Painter.mix(SHIRTS[k + 2], p.p.skyLow(), 0.1), LEGS[k], Painter.Hat.NONE), 0, false);
                    p.stall(0.12 + k * 0.33, 0.78, 0.26, p.p.accents()[k], SEAFOOD);
                }
                p.stools(0.0, 1.0, 0.97, 0.035);
                for (int k = 0; k < 5; k++) {
                    p.person(p.rnd(0.02, 0.98), 1.02, 0.2, anyone(p, Painter.Hat.NONE), 0, true);
                }
            }
            case 5 -> { // a village homestay among the hills
                p.horizon = 0.62;
                p.sky();
                p.clouds(5, 0.05, 0.3);
                p.sun(0.75, 0.18, 0.03);
                p.karsts(8, 0.34, Painter.mix(p.p.far(), c(0x5f8f6a), 0.55));
                p.hills(0.62, 0.07, Painter.mix(p.p.near(), c(0x3f7a4a), 0.5));
                p.ground(0.62, c(0x7fae5a));
                for (int k = 0; k < 7; k++) {
                    double v = 0.66 + Math.pow(k / 7.0, 1.4) * 0.34;
                    p.ground(v, k % 2 == 0 ? c(0x8cbc62) : c(0x6fa04e));
                }
                p.trees(0.66, 9, 0.07);
                p.house(0.2, 0.7, 0.12, c(0xf1e3c6), c(0xa0463a));
                p.house(0.42, 0.69, 0.09, c(0xe8d6b0), c(0x8e3b2f));
                p.house(0.74, 0.71, 0.14, c(0xf5ead2), c(0xa0463a));
                p.trees(0.72, 5, 0.09);
                p.person(0.55, 0.86, 0.09, wear(c(0x6c8ebf), c(0x343a40), Painter.Hat.CONICAL), 0, false);
                p.person(0.62, 0.9, 0.1, wear(c(0xf4a261), c(0x1d3557), Painter.Hat.CAP), 0, false);
            }
            case 6 -> { // kayaks in a lagoon
                p.horizon = 0.52;
                p.sky();
                p.clouds(5, 0.05, 0.25);
                p.sun(0.5, 0.12, 0.028);
                p.karst(0.5, 0.3, 0.2, Painter.mix(p.p.far(), p.p.skyLow(), 0.45));
                p.karst(0.1, 0.34, 0.5, p.p.near());
                p.karst(0.32, 0.18, 0.3, Painter.mix(p.p.near(), p.p.skyLow(), 0.2));
                p.karst(0.92, 0.32, 0.46, p.p.near());
                p.karst(0.72, 0.16, 0.26, Painter.mix(p.p.near(), p.p.skyLow(), 0.2));
                p.water();
                p.reflection(0.5, 0.03);
                Color[] hulls = {c(0xe63946), c(0xf4a261), c(0xffd166), c(0x06d6a0), c(0xef476f)};
                double[][] kayaks = {{0.3, 0.62, 0.07}, {0.55, 0.66, 0.08}, {0.7, 0.74, 0.11}, {0.38, 0.84, 0.15}, {0.82, 0.9, 0.16}};
                for (int k = 0; k < kayaks.length; k++) {
                    p.kayak(kayaks[k][0], kayaks[k][1], kayaks[k][2], hulls[k], k % 2 == 0 ? c(0xffb703) : c(0xe76f51));
                }
            }
            case 7 -> { // a cable car over the sea towards the islands
                p.horizon = 0.66;
                p.sky();
                p.clouds(6, 0.05, 0.35);
                p.sun(0.85, 0.15, 0.03);
                p.karsts(7, 0.15, Painter.mix(p.p.far(), p.p.skyLow(), 0.45));
                p.island(0.88, 0.36, 0.2, Painter.mix(p.p.near(), c(0x2f5f45), 0.4));
                p.water();
                p.reflection(0.85, 0.04);
                p.hills(0.9, 0.35, c(0x4f7f4f));
                p.pylon(0.14, 0.68, 0.22);
                p.pylon(0.84, 0.56, 0.38);
                p.cable(-0.1, 0.3, 0.14, 0.22, -0.005, 1, c(0xe63946));
                p.cable(0.14, 0.22, 0.84, 0.38, 0.04, 4, c(0xffb703));
                p.cable(0.84, 0.38, 1.1, 0.45, 0.01, 0, c(0xffb703));
                p.trees(0.0, 0.35, 0.92, 5, 0.08);
            }
            default -> { // the Red Flamboyant Flower Festival parade
                backdrop(p, 0.58, 0.8, 0.15, false);
                Color[] walls = {c(0xf2d27a), c(0xe9c46a), c(0xf4e1b0), c(0xe8b86d)};
                for (int k = 0; k < 12; k++) { // a street of old shophouses, not a skyline
                    double u = -0.02 + k * 0.09;
                    double top = 0.34 + (k % 3) * 0.04;
                    p.g.setColor(walls[k % walls.length]);
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(u), p.y(top), p.s(0.088), p.y(0.6 - top)));
                    p.g.setColor(c(0xa0463a));
                    p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(u) - p.s(0.004), p.y(top) - p.s(0.01), p.s(0.096), p.s(0.012)));
                    p.g.setColor(c(0x2f6f5a));
                    for (int q = 0; q < 3; q++) {
                        p.g.fill(new java.awt.geom.Rectangle2D.Double(p.x(u + 0.012 + q * 0.026), p.y(top + 0.03), p.s(0.014), p.y(0.05)));
                    }
                }
                p.ground(0.6, c(0x9a948a));
                p.flamboyant(0.08, 0.8, 0.35);
                p.flamboyant(0.92, 0.8, 0.35);
                p.bunting(0.08, 0.04, 30);
                p.crowd(0.66, 2, 0.035, 0.25);
                p.paradeFloat(0.5, 0.84, 0.34);
                for (int k = 0; k < 7; k++) {
                    double u = 0.12 + k * 0.127;
                    p.person(u, 0.98, 0.15, new Painter.Clothes(c(0xd62828), c(0xd62828), Painter.Hat.NONE, c(0xffd166)), 0, false);
                }
                p.crowd(0.98, 1, 0.06, 0.4);
            }
        }
    }
}
