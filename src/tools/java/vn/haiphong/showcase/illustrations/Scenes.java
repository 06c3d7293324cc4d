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
    private static final String LABEL = "ILLUSTRATION · HAI PHONG SHOWCASE";

    private Scenes() {
    }

    static final Color[] BOXES = {c(0xe63946), c(0xf1c453), c(0x2a9d8f), c(0x457b9d), c(0xf4a261), c(0xe9ecef)};
    static final Palette SEPIA = new Palette(c(0xcdb892), c(0xe3d2ad), c(0xf3e6c4), c(0xfff3d6), c(0xb8a27c),
            c(0x8c7556), c(0xc2ad86), c(0x8f7a5a), c(0x3e2c1c), c(0xfff8e6), new Color[] {c(0xb03a2e), c(0x9a5b3c), c(0xc9a36b)});
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
    static final Palette FESTIVAL = new Palette(c(0x120826), c(0x2e1a4f), c(0x6b2d5c), c(0xffd6e0), c(0x2a1b45),
            c(0x1a1030), c(0x3a2352), c(0x0d0820), c(0x0c0818), c(0xffe5b4),
            new Color[] {c(0xff7b00), c(0xffba08), c(0xe63946), c(0xf72585), c(0x4cc9f0)});
    static final Palette SUNSET_BAY = new Palette(c(0x3a2e5c), c(0xc0587e), c(0xffb36b), c(0xffe3a8), c(0x6b4d7a),
            c(0x3d2c52), c(0xb06a7a), c(0x2a2148), c(0x1f1830), c(0xffe9cf), new Color[] {c(0xe85d3a), c(0xb8402a)});
    static final Palette FUTURE = new Palette(c(0x6ec1e4), c(0xc3ecf2), c(0xf1fff4), c(0xfffde8), c(0xa8d5c9),
            c(0x52b788), c(0x7fc4d6), c(0x2a7f9e), c(0x1f4e5f), c(0xffffff), new Color[] {c(0x00b4d8), c(0x52b788), c(0xffb703)});

    static final Palette LAGOON = new Palette(c(0x5aa9d6), c(0xa8d8ea), c(0xeef7f2), c(0xfffbe8), c(0x8fb5a5),
            c(0x3f6f55), c(0x5cc2b8), c(0x1e7f86), c(0x233838), c(0xffffff), new Color[] {c(0xe76f51), c(0xc8553d), c(0x2a9d8f)});
    static final Palette DAWN = new Palette(c(0x2c3e6b), c(0xc98a9a), c(0xffcf9a), c(0xfff0c2), c(0x7a6a8a),
            c(0x4a4060), c(0xd9a08a), c(0x3a3a5e), c(0x1e1e30), c(0xfff1dc), new Color[] {c(0x1f5fa8), c(0xd62828), c(0xf1c453)});

    static final List<Shot> SHOTS = shots();

    private static List<Shot> shots() {
        List<Shot> s = new ArrayList<>();
        String[][] captions = {
            {"liberation", "a welcoming crowd with flags before the Opera House, May 1955",
                "the Opera House square decked with flags",
                "junks and a steamer on the Cam River below the hills",
                "rows of people with flags at sunrise",
                "boats on the river at dawn, birds over the water",
                "the old quay with its small cranes and a cargo ship",
                "a single flag raised high above the crowd (portrait)",
                "a tree-lined street filled with people"},
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
            {"city", "the city skyline at blue hour",
                "flamboyant trees in bloom over a crowded boulevard",
                "the riverfront skyline and its reflection",
                "the Opera House at dusk between flamboyant trees",
                "evening traffic: the light trails of motorbikes",
                "a park with trees and people on a summer day",
                "a flamboyant tree on a quiet street",
                "a bridge lit up over the river at night"},
            {"culture", "fireworks over the water with strings of lanterns",
                "lanterns above a festival crowd",
                "the Red Flamboyant Flower Festival on a summer day",
                "a boat race of junks on the bay",
                "fireworks over the city skyline",
                "lantern light on the water among limestone islands",
                "a crowd watching the fireworks",
                "Cat Ba's limestone islands and junks at sunset"},
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
                "pupils lined up in a school courtyard",
                "a hospital with an ambulance at its entrance",
                "a fishing village harbour at dawn, with boats and basket boats",
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
            case "liberation" -> SEPIA;
            case "port", "industry" -> SeaScenes.palette(chapter, n);
            case "city" -> n == 2 || n == 6 || n == 7 ? SUMMER : BLUE_HOUR;
            case "culture" -> n == 3 || n == 4 ? SUMMER : n == 8 ? SUNSET_BAY : FESTIVAL;
            case "tourism" -> switch (n) {
                case 1, 6 -> LAGOON;
                case 3 -> SUNSET_BAY;
                case 4 -> BLUE_HOUR;
                case 5 -> MORNING;
                case 7 -> DAY;
                default -> SUMMER;
            };
            case "people" -> switch (n) {
                case 3, 7 -> MORNING;
                case 5 -> DAWN;
                case 6, 8 -> SUMMER;
                default -> DAY;
            };
            default -> SeaScenes.palette(chapter, n);
        };
        Painter p = new Painter(shot.width(), shot.height(), seed, pal);
        switch (chapter) {
            case "liberation" -> liberation(p, n);
            case "port" -> SeaScenes.port(p, n);
            case "industry" -> SeaScenes.industry(p, n);
            case "city" -> city(p, n);
            case "culture" -> culture(p, n);
            case "tourism" -> {
                if (n == 2 || n == 3 || n == 8) {
                    tourism(p, n); // Đồ Sơn beach, Bạch Long Vĩ lighthouse, the festival parade: already their subjects
                } else {
                    SeaScenes.tourism(p, n);
                }
            }
            case "people" -> people(p, n);
            default -> SeaScenes.future(p, n);
        }
        p.finish(chapter.equals("liberation") ? 9 : 4, chapter.equals("liberation"), LABEL);
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

    private static void liberation(Painter p, int n) {
        switch (n) {
            case 1 -> {
                backdrop(p, 0.7, 0.75, 0.28, false);
                p.ground(0.7, p.p.near());
                p.operaHouse(0.5, 0.7, 0.55);
                for (double u = 0.1; u < 0.95; u += 0.12) {
                    p.flag(u, 0.42, 0.03);
                }
                p.crowd(0.78, 4, 0.05, 0.18);
            }
            case 2 -> {
                backdrop(p, 0.68, 0.2, 0.25, false);
                p.ground(0.68, Painter.mix(p.p.near(), p.p.light(), 0.2));
                p.operaHouse(0.5, 0.68, 0.7);
                p.trees(0.72, 6, 0.07);
                for (double u = 0.08; u < 0.95; u += 0.09) {
                    p.flag(u, 0.5, 0.022);
                }
            }
            case 3 -> {
                backdrop(p, 0.6, 0.3, 0.3, true);
                p.ship(0.5, 0.7, 0.38, false);
                p.junk(0.2, 0.78, 0.18);
                p.junk(0.82, 0.68, 0.1);
            }
            case 4 -> {
                backdrop(p, 0.62, 0.5, 0.45, false);
                p.ground(0.62, p.p.near());
                p.crowd(0.6, 6, 0.055, 0.35);
            }
            case 5 -> {
                backdrop(p, 0.55, 0.7, 0.42, true);
                p.birds(14);
                p.junk(0.3, 0.72, 0.16);
                p.junk(0.6, 0.64, 0.1);
                p.junk(0.85, 0.85, 0.2);
            }
            case 6 -> {
                backdrop(p, 0.6, 0.15, 0.3, true);
                p.ground(0.72, p.p.near());
                p.crane(0.3, 0.72, 0.25, false);
                p.crane(0.55, 0.72, 0.22, false);
                p.ship(0.58, 0.72, 0.35, false);
            }
            case 7 -> {
                backdrop(p, 0.75, 0.3, 0.35, false);
                p.ground(0.75, p.p.near());
                p.flag(0.32, 0.12, 0.22);
                p.crowd(0.8, 5, 0.09, 0.15);
            }
            default -> {
                backdrop(p, 0.6, 0.85, 0.25, false);
                p.ground(0.6, Painter.mix(p.p.near(), p.p.light(), 0.15));
                p.skyline(0.62, 0.08, 0.16, 0.9, p.p.near(), false, false);
                p.trees(0.72, 8, 0.12);
                p.crowd(0.8, 4, 0.045, 0.2);
            }
        }
    }

    private static void city(Painter p, int n) {
        switch (n) {
            case 1 -> {
                backdrop(p, 0.72, 0.8, 0.62, false);
                p.skyline(0.74, 0.15, 0.4, 0.95, p.p.near(), true, false);
                p.ground(0.74, p.p.shape());
                p.traffic(0.78, 0.98, 160);
            }
            case 2 -> {
                backdrop(p, 0.68, 0.3, 0.2, false);
                p.ground(0.68, c(0x8c8c84));
                p.skyline(0.7, 0.1, 0.22, 0.9, c(0x9db3c4), false, true);
                for (double u = 0.08; u < 1; u += 0.22) {
                    p.flamboyant(u, 0.86, 0.3);
                }
                p.crowd(0.92, 2, 0.04, 0.0);
            }
            case 3 -> {
                backdrop(p, 0.6, 0.15, 0.5, true);
                p.skyline(0.6, 0.1, 0.3, 0.95, p.p.near(), true, false);
                p.traffic(0.6, 0.61, 30);
            }
            case 4 -> {
                backdrop(p, 0.7, 0.5, 0.6, false);
                p.ground(0.7, p.p.shape());
                p.operaHouse(0.5, 0.72, 0.5);
                p.flamboyant(0.1, 0.9, 0.35);
                p.flamboyant(0.9, 0.9, 0.35);
                p.traffic(0.8, 0.95, 80);
            }
            case 5 -> {
                backdrop(p, 0.55, 0.6, 0.5, false);
                p.skyline(0.57, 0.1, 0.35, 1.0, p.p.near(), true, false);
                p.ground(0.57, p.p.shape());
                p.traffic(0.6, 1.0, 420);
            }
            case 6 -> {
                backdrop(p, 0.62, 0.7, 0.2, false);
                p.ground(0.62, c(0x7fb069));
                p.skyline(0.63, 0.08, 0.2, 0.7, c(0x9db3c4), false, true);
                p.trees(0.75, 12, 0.12);
                p.crowd(0.9, 2, 0.035, 0.0);
            }
            case 7 -> {
                backdrop(p, 0.75, 0.8, 0.2, false);
                p.ground(0.75, c(0x9a948a));
                p.flamboyant(0.45, 0.92, 0.75);
            }
            default -> {
                backdrop(p, 0.62, 0.85, 0.55, true);
                p.skyline(0.62, 0.06, 0.22, 0.9, p.p.near(), true, false);
                p.bridge(0.66, 0.22, false);
                p.traffic(0.655, 0.665, 40);
            }
        }
    }

    private static void culture(Painter p, int n) {
        switch (n) {
            case 1 -> {
                backdrop(p, 0.66, 0.5, 0.9, true);
                p.fireworks(6);
                p.lanterns(0.05, 0.06, 14);
            }
            case 2 -> {
                backdrop(p, 0.7, 0.5, 0.9, false);
                p.ground(0.7, p.p.near());
                p.lanterns(0.08, 0.05, 16);
                p.lanterns(0.25, 0.06, 12);
                p.crowd(0.76, 4, 0.05, 0.05);
            }
            case 3 -> {
                backdrop(p, 0.66, 0.75, 0.18, false);
                p.ground(0.66, c(0x9a948a));
                p.flamboyant(0.18, 0.86, 0.4);
                p.flamboyant(0.82, 0.86, 0.4);
                p.lanterns(0.1, 0.05, 12);
                p.crowd(0.88, 2, 0.04, 0.3);
            }
            case 4 -> {
                p.horizon = 0.55;
                p.sky();
                p.sun(0.8, 0.2, 0.03);
                p.karsts(6, 0.15, Painter.mix(p.p.far(), p.p.skyLow(), 0.3));
                p.water();
                for (double u = 0.1; u < 1; u += 0.2) {
                    p.junk(u, 0.65 + u * 0.25, 0.12 + u * 0.08);
                }
            }
            case 5 -> {
                backdrop(p, 0.7, 0.5, 0.95, false);
                p.fireworks(7);
                p.skyline(0.72, 0.12, 0.3, 0.95, p.p.near(), true, false);
                p.ground(0.72, p.p.shape());
            }
            case 6 -> {
                p.horizon = 0.58;
                p.sky();
                p.karsts(8, 0.22, p.p.near());
                p.water();
                p.lanterns(0.1, 0.04, 18);
                p.reflection(0.5, 0.2);
            }
            case 7 -> {
                backdrop(p, 0.62, 0.5, 0.95, true);
                p.fireworks(5);
                p.crowd(0.82, 4, 0.06, 0.0);
            }
            default -> {
                p.horizon = 0.6;
                p.sky();
                p.sun(0.62, 0.48, 0.035);
                p.karsts(10, 0.24, p.p.near());
                p.water();
                p.reflection(0.62, 0.05);
                p.junk(0.25, 0.75, 0.2);
                p.junk(0.75, 0.7, 0.12);
            }
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

    private static void people(Painter p, int n) {
        switch (n) {
            case 1 -> { // the city administration building
                backdrop(p, 0.68, 0.82, 0.16, false);
                p.ground(0.68, c(0x8fae7a));
                p.civicBuilding(0.5, 0.7, 0.78, c(0xf2e6c9), c(0xd62828));
                p.ground(0.74, c(0x7fb069));
                p.ground(0.86, c(0xb8b2a6));
                p.flamboyant(0.07, 0.82, 0.3);
                p.flamboyant(0.93, 0.82, 0.3);
                for (int k = 0; k < 6; k++) {
                    p.person(p.rnd(0.2, 0.8), p.rnd(0.9, 0.98), 0.06, anyone(p, Painter.Hat.NONE), 0, false);
                }
            }
            case 2 -> { // a one-stop public-service centre
                p.interior(0.6, c(0xe8eef2), c(0xd9d4cc));
                p.display(0.5, 0.1, 0.16, 4);
                Color staff = c(0x9ec5e8);
                for (int k = 0; k < 5; k++) {
                    p.person(0.17 + k * 0.165, 0.6, 0.13, wear(staff, LEGS[0], Painter.Hat.NONE), 0, false);
                }
                p.counters(0.08, 0.92, 0.62, 0.09, 5, c(0x2b5f8a), c(0xd62828));
                p.pottedPlant(0.03, 0.66, 0.08);
                p.pottedPlant(0.97, 0.66, 0.08);
                p.person(0.2, 0.78, 0.19, anyone(p, Painter.Hat.NONE), 0, true);
                p.person(0.52, 0.76, 0.18, anyone(p, Painter.Hat.NONE), 0, true);
                p.person(0.66, 0.79, 0.19, anyone(p, Painter.Hat.NONE), 0, true);
                p.seatedRow(0.05, 0.95, 0.93, 0.075, c(0x3d7ea6), SHIRTS, 0.55);
            }
            case 3 -> { // a school courtyard
                backdrop(p, 0.62, 0.2, 0.14, false);
                p.building(0.06, 0.94, 0.64, 3, 0.1, c(0xf2cf63), c(0x5b7f91), true, c(0xa0463a));
                p.ground(0.64, c(0xcfc8b8));
                p.trees(0.7, 4, 0.18);
                p.flagpole(0.5, 0.3, 0.72, 0.045);
                Painter.Clothes boy = new Painter.Clothes(c(0xffffff), c(0x1d3557), Painter.Hat.NONE, c(0xd62828));
                for (int row = 0; row < 4; row++) {
                    double v = 0.76 + row * 0.07;
                    double size = 0.07 + row * 0.012;
                    for (double u = 0.1 + row * 0.01; u < 0.92; u += size * 0.9) {
                        p.person(u + p.rnd(-0.005, 0.005), v, size, boy, 0, true);
                    }
                }
            }
            case 4 -> { // a hospital
                backdrop(p, 0.66, 0.8, 0.16, false);
                p.building(0.2, 0.8, 0.7, 7, 0.07, c(0xf4f6f7), c(0x6a9ec0), false, null);
                p.crossSign(0.5, 0.16, 0.05);
                p.ground(0.7, c(0xb8b2a6));
                p.building(0.4, 0.6, 0.72, 1, 0.05, c(0x3d7ea6), c(0xbfe3f2), false, null);
                p.trees(0.72, 6, 0.12);
                p.ground(0.85, c(0x8c8c84));
                p.ambulance(0.62, 0.93, 0.2);
                for (int k = 0; k < 5; k++) {
                    p.person(p.rnd(0.05, 0.55), p.rnd(0.84, 0.98), 0.08, anyone(p, Painter.Hat.NONE), 0, false);
                }
                p.person(0.3, 0.92, 0.1, wear(c(0xffffff), c(0xffffff), Painter.Hat.NONE), 0, false);
            }
            case 5 -> { // a fishing village harbour at dawn
                backdrop(p, 0.6, 0.7, 0.5, true);
                for (int k = 0; k < 9; k++) {
                    p.house(0.02 + k * 0.045, 0.6, 0.035, Painter.mix(c(0xe8d6b0), p.p.skyLow(), 0.35), Painter.mix(c(0x8e3b2f), p.p.shape(), 0.4));
                }
                p.birds(12);
                double[][] boats = {{0.12, 0.66, 0.1}, {0.3, 0.68, 0.12}, {0.5, 0.65, 0.09}, {0.85, 0.67, 0.1}, {0.62, 0.75, 0.2},
                    {0.25, 0.84, 0.28}};
                for (double[] b : boats) {
                    p.fishingBoat(b[0], b[1], b[2], Painter.mix(c(0x1f5fa8), p.p.skyLow(), 0.3 - b[2]));
                }
                p.basketBoat(0.82, 0.92, 0.09, true);
                p.basketBoat(0.93, 0.86, 0.06, false);
            }
            case 6 -> { // a traditional market
                backdrop(p, 0.5, 0.2, 0.14, false);
                p.building(0.0, 1.0, 0.52, 1, 0.06, c(0xd9c9a3), c(0x8c6d4f), false, c(0x8e3b2f));
                p.ground(0.52, c(0xa89f8f));
                Color[] awnings = {c(0x2a9d8f), c(0xe63946), c(0xf4a261), c(0x457b9d)};
                for (int k = 0; k < 4; k++) {
                    p.person(0.13 + k * 0.25 + 0.04, 0.68, 0.11, wear(SHIRTS[k], LEGS[k], Painter.Hat.CONICAL), 0, false);
                    p.stall(0.13 + k * 0.25, 0.76, 0.22, awnings[k], PRODUCE);
                }
                for (int k = 0; k < 6; k++) {
                    p.basin(p.x(0.08 + k * 0.17 + p.rnd(-0.02, 0.02)), p.y(0.9), p.s(0.09), PRODUCE[p.r.nextInt(PRODUCE.length)]);
                }
                p.person(0.3, 1.0, 0.2, anyone(p, Painter.Hat.CONICAL), 0, true);
                p.person(0.62, 0.98, 0.19, anyone(p, Painter.Hat.NONE), 0, true);
                p.person(0.9, 1.01, 0.21, anyone(p, Painter.Hat.CONICAL), 0, true);
            }
            case 7 -> { // young volunteers planting mangroves
                p.horizon = 0.48;
                p.sky();
                p.clouds(6, 0.05, 0.3);
                p.sun(0.25, 0.14, 0.03);
                p.water();
                p.trees(0.5, 30, 0.05);
                p.ground(0.52, c(0x7d6b58));
                p.puddles(0.56, 0.95, 14);
                for (int row = 0; row < 4; row++) {
                    for (double u = 0.04 + row * 0.03; u < 1; u += 0.09 + row * 0.02) {
                        p.mangrove(u, 0.58 + row * 0.07, 0.04 + row * 0.01);
                    }
                }
                Color green = c(0x2f9e6a);
                Color blue = c(0x2b7bb9);
                p.person(0.2, 0.86, 0.16, wear(green, c(0x343a40), Painter.Hat.CONICAL), 0.55, false);
                p.mangrove(0.27, 0.88, 0.07);
                p.person(0.45, 0.8, 0.14, wear(blue, c(0x343a40), Painter.Hat.CAP), -0.5, false);
                p.person(0.63, 0.92, 0.18, wear(green, c(0x343a40), Painter.Hat.CAP), 0.45, false);
                p.mangrove(0.71, 0.94, 0.08);
                p.person(0.83, 0.82, 0.14, wear(blue, c(0x343a40), Painter.Hat.CONICAL), 0, false);
            }
            default -> { // a community football match
                backdrop(p, 0.4, 0.8, 0.14, false);
                p.ground(0.4, c(0x6c757d));
                p.crowd(0.46, 3, 0.03, 0.1);
                p.bunting(0.3, 0.02, 36);
                p.pitch(0.55);
                p.goal(0.1, 0.78, 0.18);
                Color red = c(0xd62828);
                Color blue = c(0x1d6fb8);
                double[][] players = {{0.18, 0.76, 0}, {0.3, 0.7, 1}, {0.42, 0.8, 0}, {0.55, 0.68, 1}, {0.6, 0.86, 0}, {0.72, 0.74, 1},
                    {0.85, 0.9, 0}, {0.9, 0.7, 1}, {0.06, 0.76, 2}};
                for (double[] pl : players) {
                    Color shirt = pl[2] == 0 ? red : pl[2] == 1 ? blue : c(0xffd166);
                    p.person(pl[0], pl[1], 0.05 + (pl[1] - 0.6) * 0.2, wear(shirt, c(0xffffff), Painter.Hat.NONE), p.rnd(-0.25, 0.25), false);
                }
                p.ball(0.5, 0.81, 0.012);
            }
        }
    }
}
