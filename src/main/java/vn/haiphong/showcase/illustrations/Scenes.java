package vn.haiphong.showcase.illustrations;

import static vn.haiphong.showcase.illustrations.IllustrationGenerator.c;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import vn.haiphong.showcase.illustrations.IllustrationGenerator.Shot;
import vn.haiphong.showcase.illustrations.Painter.Palette;

/** The 48 pictures of the photo book: six chapters of eight, each a composition of {@link Painter} motifs. */
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
            {"port", "container cranes at Lach Huyen at dusk",
                "a loaded container ship heading out at sunset",
                "the container yard in daylight",
                "a row of cranes against the evening sky",
                "the cable-stayed bridge over the sea approach",
                "ships at anchor with limestone islands behind",
                "container stacks five high on the quay",
                "a junk passing a container ship"},
            {"industry", "factory halls and wind turbines in the morning",
                "wind turbines along the coast",
                "a solar farm beside an industrial park",
                "the skyline of an industrial park",
                "factory halls next to a container depot",
                "wind turbines at sunset",
                "a research campus of glass buildings among trees",
                "factories beside the port cranes"},
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
            {"future", "glass towers rising beyond a green park",
                "a cable-stayed bridge and ships in a bright morning",
                "an elevated metro line through the new city",
                "offshore wind turbines and a solar farm",
                "a green park below the new towers",
                "an automated container terminal in daylight",
                "the city at sunrise with flamboyant trees",
                "a waterfront skyline with the islands beyond"},
        };
        for (String[] ch : captions) {
            for (int i = 1; i <= 8; i++) {
                boolean big = i == 1;
                s.add(new Shot(String.format("%s-%02d.jpg", ch[0], i), big ? 6000 : W12, big ? 4000 : H12, ch[i]));
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
            case "port" -> n == 3 || n == 5 || n == 7 ? DAY : DUSK;
            case "industry" -> n == 6 ? SUNSET_BAY : MORNING;
            case "city" -> n == 2 || n == 6 || n == 7 ? SUMMER : BLUE_HOUR;
            case "culture" -> n == 3 || n == 4 ? SUMMER : n == 8 ? SUNSET_BAY : FESTIVAL;
            default -> FUTURE;
        };
        Painter p = new Painter(shot.width(), shot.height(), seed, pal);
        switch (chapter) {
            case "liberation" -> liberation(p, n);
            case "port" -> port(p, n);
            case "industry" -> industry(p, n);
            case "city" -> city(p, n);
            case "culture" -> culture(p, n);
            default -> future(p, n);
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

    private static void port(Painter p, int n) {
        switch (n) {
            case 1 -> {
                backdrop(p, 0.64, 0.72, 0.5, true);
                p.ground(0.74, p.p.shape());
                p.containers(0.0, 0.55, 0.74, 3, 0.012);
                for (double u = 0.12; u < 0.9; u += 0.17) {
                    p.crane(u, 0.74, 0.3, false);
                }
                p.ship(0.45, 0.78, 0.5, true);
            }
            case 2 -> {
                backdrop(p, 0.6, 0.4, 0.45, true);
                p.ship(0.3, 0.7, 0.55, true);
                p.birds(10);
            }
            case 3 -> {
                backdrop(p, 0.5, 0.85, 0.15, false);
                p.ground(0.5, c(0x9aa5ab));
                p.crane(0.15, 0.55, 0.35, true);
                p.crane(0.85, 0.55, 0.35, false);
                p.containers(-0.02, 1.02, 0.68, 4, 0.016);
                p.containers(-0.02, 1.02, 0.86, 4, 0.02);
                p.containers(-0.02, 1.02, 1.04, 3, 0.026);
            }
            case 4 -> {
                backdrop(p, 0.7, 0.5, 0.55, true);
                for (double u = 0.06; u < 1; u += 0.11) {
                    p.crane(u, 0.74, 0.34, true);
                }
                p.ground(0.74, p.p.shape());
            }
            case 5 -> {
                backdrop(p, 0.66, 0.2, 0.2, true);
                p.bridge(0.58, 0.3, true);
                p.ship(0.55, 0.85, 0.3, true);
            }
            case 6 -> {
                p.horizon = 0.6;
                p.sky();
                p.sun(0.3, 0.4, 0.03);
                p.karsts(9, 0.2, Painter.mix(p.p.far(), p.p.skyLow(), 0.4));
                p.water();
                p.reflection(0.3, 0.04);
                p.ship(0.1, 0.7, 0.3, true);
                p.ship(0.55, 0.75, 0.35, true);
            }
            case 7 -> {
                backdrop(p, 0.4, 0.8, 0.15, false);
                p.ground(0.4, c(0x8d99a0));
                p.containers(-0.02, 1.02, 0.7, 5, 0.028);
                p.containers(-0.02, 1.02, 1.02, 6, 0.045);
            }
            default -> {
                backdrop(p, 0.58, 0.65, 0.42, true);
                p.ship(0.35, 0.68, 0.6, true);
                p.junk(0.2, 0.88, 0.22);
            }
        }
    }

    private static void industry(Painter p, int n) {
        switch (n) {
            case 1 -> {
                backdrop(p, 0.66, 0.2, 0.25, false);
                p.ground(0.7, Painter.mix(p.p.near(), c(0x5f8a6a), 0.4));
                for (double u = 0.55; u < 1; u += 0.1) {
                    p.turbine(u, 0.66, 0.3, u * 9);
                }
                p.factory(0.04, 0.78, 0.45, 0.12, true);
                p.factory(0.45, 0.82, 0.3, 0.09, true);
            }
            case 2 -> {
                backdrop(p, 0.6, 0.8, 0.3, true);
                for (double u = 0.05; u < 1; u += 0.13) {
                    p.turbine(u, 0.62, 0.25 + u * 0.1, u * 7);
                }
            }
            case 3 -> {
                backdrop(p, 0.55, 0.7, 0.22, false);
                p.ground(0.55, Painter.mix(p.p.near(), c(0x7aa36f), 0.4));
                p.factory(0.1, 0.58, 0.5, 0.08, false);
                p.solarField(0.62, 1.0);
            }
            case 4 -> {
                backdrop(p, 0.7, 0.3, 0.3, false);
                p.ground(0.7, p.p.near());
                p.skyline(0.72, 0.08, 0.22, 0.85, p.p.shape(), false, true);
                p.factory(0.55, 0.82, 0.4, 0.1, true);
            }
            case 5 -> {
                backdrop(p, 0.6, 0.75, 0.25, false);
                p.ground(0.6, c(0x9aa5ab));
                p.factory(0.02, 0.72, 0.5, 0.12, true);
                p.containers(0.55, 1.02, 0.74, 4, 0.016);
                p.containers(-0.02, 1.02, 0.98, 4, 0.026);
            }
            case 6 -> {
                backdrop(p, 0.62, 0.5, 0.5, true);
                for (double u = 0.08; u < 1; u += 0.15) {
                    p.turbine(u, 0.63, 0.32, u * 5);
                }
            }
            case 7 -> {
                backdrop(p, 0.66, 0.25, 0.22, false);
                p.ground(0.66, c(0x6fa574));
                p.skyline(0.7, 0.12, 0.3, 0.7, c(0x4c7a93), false, true);
                p.trees(0.8, 14, 0.1);
            }
            default -> {
                backdrop(p, 0.6, 0.15, 0.22, true);
                p.ground(0.72, p.p.near());
                p.factory(0.02, 0.72, 0.4, 0.1, true);
                p.crane(0.6, 0.72, 0.3, false);
                p.crane(0.8, 0.72, 0.3, false);
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

    private static void future(Painter p, int n) {
        switch (n) {
            case 1 -> {
                backdrop(p, 0.68, 0.8, 0.2, false);
                p.skyline(0.7, 0.2, 0.5, 0.9, c(0x5fa8d3), false, true);
                p.ground(0.7, c(0x74c69d));
                p.trees(0.82, 16, 0.1);
            }
            case 2 -> {
                backdrop(p, 0.6, 0.25, 0.2, true);
                p.bridge(0.55, 0.32, true);
                p.ship(0.5, 0.85, 0.35, true);
            }
            case 3 -> {
                backdrop(p, 0.72, 0.7, 0.2, false);
                p.skyline(0.74, 0.15, 0.45, 0.9, c(0x5fa8d3), false, true);
                p.ground(0.74, c(0x74c69d));
                p.metro(0.66);
            }
            case 4 -> {
                backdrop(p, 0.5, 0.3, 0.18, true);
                for (double u = 0.05; u < 1; u += 0.09) {
                    p.turbine(u, 0.52, 0.12 + u * 0.05, u * 11);
                }
                p.solarField(0.78, 1.0);
            }
            case 5 -> {
                backdrop(p, 0.6, 0.7, 0.18, false);
                p.skyline(0.62, 0.2, 0.45, 0.85, c(0x5fa8d3), false, true);
                p.ground(0.62, c(0x74c69d));
                p.trees(0.8, 20, 0.13);
                p.crowd(0.95, 1, 0.04, 0.0);
            }
            case 6 -> {
                backdrop(p, 0.55, 0.8, 0.18, false);
                p.ground(0.55, c(0xb7c4c9));
                for (double u = 0.1; u < 1; u += 0.2) {
                    p.crane(u, 0.6, 0.3, true);
                }
                p.containers(-0.02, 1.02, 0.8, 4, 0.02);
                p.containers(-0.02, 1.02, 1.02, 4, 0.03);
            }
            case 7 -> {
                backdrop(p, 0.66, 0.5, 0.55, false);
                p.skyline(0.68, 0.15, 0.4, 0.9, c(0x5fa8d3), false, true);
                p.ground(0.68, c(0x74c69d));
                p.flamboyant(0.2, 0.92, 0.35);
                p.flamboyant(0.78, 0.94, 0.3);
            }
            default -> {
                p.horizon = 0.6;
                p.sky();
                p.sun(0.85, 0.2, 0.03);
                p.karsts(6, 0.12, Painter.mix(p.p.far(), p.p.skyLow(), 0.35));
                p.skyline(0.6, 0.15, 0.4, 0.8, c(0x5fa8d3), false, true);
                p.water();
                p.reflection(0.85, 0.05);
            }
        }
    }
}
