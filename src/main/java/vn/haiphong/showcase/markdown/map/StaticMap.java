package vn.haiphong.showcase.markdown.map;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link MapSpec} from the bundled GSHHG coastline (Hai Phong, the former Hai Duong
 * province, Cat Ba, Bach Long Vi and the sea around them): a Web-Mercator view of
 * {@value MercatorView#WIDTH}×{@value MercatorView#HEIGHT} units in which the width spans
 * 360°/2<sup>zoom</sup> of longitude (zoom 8 ≈ 1.4°, each step halves), land, sea, rivers and the
 * national border, a pin and a label per point, a scale bar and a north arrow, in at most
 * {@value #BUDGET_BYTES} bytes (island-dense views drop their finest detail). Only presentation
 * attributes, no {@code style}, so it passes the site's CSP; the svg carries the class
 * {@code static-map} for the page's stylesheet. Stateless and thread-safe; the data is read once
 * per JVM.
 */
public final class StaticMap implements MapDrawer {
    /**
     * Zoom levels the region can fill and the data's detail carries: GSHHG's shoreline here is good
     * to a few hundred metres, so beyond 12 (about 9 km across) a map would only magnify its steps.
     */
    public static final int MIN_ZOOM = 8;
    public static final int MAX_ZOOM = 12;

    private static final String SEA = "#c6d9e4";
    private static final String LAND = "#f3efe6";
    private static final String COAST = "#8fadc0";
    private static final String RIVER = "#a7c4d6";
    private static final String BORDER = "#9d8f7c";
    private static final String INK = "#1d2430";
    private static final String ACCENT = "#b3202a";
    /** Shapes run this far beyond the edge, so the cut along the clip rectangle is never seen. */
    private static final double BLEED = 3;
    /** What one map may weigh: an inline SVG stays a small part of its page. */
    static final int BUDGET_BYTES = 25_000;
    /**
     * Detail levels tried in turn until the map fits {@link #BUDGET_BYTES}: the Douglas–Peucker
     * tolerance in map units, and the smallest island or lake drawn. The first suits nearly every
     * view; island-dense ones (Ha Long Bay at zoom 9) need the coarser ones.
     */
    private static final double[][] DETAIL = {{1.0, 3}, {1.4, 4.5}, {2.0, 6.5}, {2.8, 9}};
    /**
     * From this zoom on, a unit is under ~30 m and the shoreline's stair steps (edges up to ~450 m)
     * show: their corners are rounded; longer edges are real straight coast and stay.
     */
    private static final int SMOOTH_FROM_ZOOM = 11;
    private static final double SMOOTH_MAX_EDGE_M = 450;

    private final Coastline coast;

    public StaticMap() {
        this(Coastline.bundled());
    }

    StaticMap(Coastline coast) {
        this.coast = coast;
    }

    @Override
    public String attribution() {
        return "Coastline: GSHHG (LGPL-3.0), Wessel & Smith";
    }

    /**
     * What is wrong with a spec, in English, one sentence each: a zoom outside
     * {@value #MIN_ZOOM}–{@value #MAX_ZOOM}, a view reaching beyond the bundled region, a point
     * outside the view, a blank label or title. Empty when {@link #svg} will draw it.
     */
    public List<String> problems(MapSpec spec) {
        List<String> problems = new ArrayList<>();
        if (!Double.isFinite(spec.lat()) || !Double.isFinite(spec.lon()) || Math.abs(spec.lat()) > 85) {
            problems.add("the map's centre lat=" + spec.lat() + " lon=" + spec.lon() + " is not a place on Earth");
            return problems;
        }
        if (spec.zoom() < MIN_ZOOM || spec.zoom() > MAX_ZOOM) {
            problems.add("zoom " + spec.zoom() + " is outside " + MIN_ZOOM + "–" + MAX_ZOOM
                    + " (8 shows about 140 km across, each step halves it)");
            return problems;
        }
        MercatorView view = new MercatorView(spec.lat(), spec.lon(), spec.zoom());
        if (view.west() < coast.west || view.east() > coast.east || view.south() < coast.south || view.north() > coast.north) {
            problems.add(String.format(Locale.ROOT,
                    "a zoom-%d map centred on %.4f, %.4f reaches beyond the coastline data (lat %.1f–%.1f, lon %.1f–%.1f); "
                            + "move the centre or raise the zoom", spec.zoom(), spec.lat(), spec.lon(),
                    coast.south, coast.north, coast.west, coast.east));
        }
        if (spec.title() == null || spec.title().isBlank()) {
            problems.add("the map has no title for screen readers");
        }
        for (MapPoint p : spec.points()) {
            if (p.label() == null || p.label().isBlank()) {
                problems.add("the point at " + p.lat() + ", " + p.lon() + " has no label");
            } else if (!(p.lat() <= view.north() && p.lat() >= view.south() && p.lon() >= view.west() && p.lon() <= view.east())) {
                problems.add(String.format(Locale.ROOT, "the point \"%s\" (%.4f, %.4f) lies outside the map; "
                        + "lower the zoom or move the centre", p.label(), p.lat(), p.lon()));
            }
        }
        return problems;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException with the {@link #problems} of a spec that cannot be drawn
     */
    @Override
    public String svg(MapSpec spec) {
        List<String> problems = problems(spec);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        MercatorView view = new MercatorView(spec.lat(), spec.lon(), spec.zoom());
        String svg = null;
        for (double[] detail : DETAIL) {
            svg = draw(spec, view, detail[0], detail[1]);
            if (svg.getBytes(StandardCharsets.UTF_8).length <= BUDGET_BYTES) {
                break;
            }
        }
        return svg;
    }

    private String draw(MapSpec spec, MercatorView view, double tolerance, double minExtent) {
        String id = id(spec);
        int w = MercatorView.WIDTH;
        int h = MercatorView.HEIGHT;
        StringBuilder svg = new StringBuilder(16_384);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"static-map\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" font-family=\"").append(fontFamily(spec.languageTag()))
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("\">");
        svg.append("<title id=\"").append(id).append("\">").append(xml(spec.title())).append("</title>");
        svg.append("<rect width=\"").append(w).append("\" height=\"").append(h).append("\" fill=\"").append(SEA).append("\"/>");
        appendPath(svg, shores(view, tolerance, minExtent), "fill=\"" + LAND + "\" stroke=\"" + COAST + "\" stroke-width=\".8\" stroke-linejoin=\"round\"");
        appendPath(svg, lines(view, coast.rivers, tolerance), "fill=\"none\" stroke=\"" + RIVER + "\" stroke-width=\"1.2\" stroke-linecap=\"round\" stroke-linejoin=\"round\"");
        appendPath(svg, lines(view, coast.borders, tolerance), "fill=\"none\" stroke=\"" + BORDER + "\" stroke-width=\"1\" stroke-dasharray=\"5 3\"");
        scaleBar(svg, view);
        northArrow(svg);
        markers(svg, view, spec);
        return svg.append("</svg>").toString();
    }

    private PathData shores(MercatorView view, double tolerance, double minExtent) {
        PathData d = new PathData();
        double margin = tolerance + BLEED;
        double[] clip = {-margin, -margin, MercatorView.WIDTH + margin, MercatorView.HEIGHT + margin};
        for (Coastline.Shape ring : visible(coast.shores, view)) {
            double left = view.x(ring.west());
            double right = view.x(ring.east());
            double top = view.y(ring.north());
            double bottom = view.y(ring.south());
            if (Math.max(right - left, bottom - top) < minExtent) {
                continue;
            }
            double[] xy = project(ring, view);
            if (view.zoom() >= SMOOTH_FROM_ZOOM) {
                // before clipping, so the cut along the view's edge stays straight
                xy = ViewGeometry.smoothRing(ViewGeometry.simplify(xy, tolerance, true), SMOOTH_MAX_EDGE_M / view.metresPerUnit());
            }
            boolean inside = left >= clip[0] && top >= clip[1] && right <= clip[2] && bottom <= clip[3];
            double[] clipped = inside ? xy : ViewGeometry.clipRing(xy, clip[0], clip[1], clip[2], clip[3]);
            if (clipped.length >= 6) {
                d.add(ViewGeometry.simplify(clipped, tolerance, true), true);
            }
        }
        return d;
    }

    private PathData lines(MercatorView view, List<Coastline.Shape> features, double tolerance) {
        PathData d = new PathData();
        for (Coastline.Shape line : visible(features, view)) {
            for (double[] piece : ViewGeometry.clipLine(project(line, view), -BLEED, -BLEED,
                    MercatorView.WIDTH + BLEED, MercatorView.HEIGHT + BLEED)) {
                d.add(ViewGeometry.simplify(piece, tolerance, false), false);
            }
        }
        return d;
    }

    /** The shapes whose bounding box meets the view. */
    private static List<Coastline.Shape> visible(List<Coastline.Shape> shapes, MercatorView view) {
        double west = view.west();
        double east = view.east();
        double south = view.south();
        double north = view.north();
        List<Coastline.Shape> out = new ArrayList<>();
        for (Coastline.Shape s : shapes) {
            if (s.east() >= west && s.west() <= east && s.north() >= south && s.south() <= north) {
                out.add(s);
            }
        }
        return out;
    }

    private static double[] project(Coastline.Shape shape, MercatorView view) {
        double[] world = shape.mercator();
        double[] xy = new double[world.length];
        double x0 = view.xOfWorld(0);
        double y0 = view.yOfWorld(0);
        double scale = view.xOfWorld(1) - x0;
        for (int i = 0; i < world.length; i += 2) {
            xy[i] = x0 + world[i] * scale;
            xy[i + 1] = y0 + world[i + 1] * scale;
        }
        return xy;
    }

    private static void appendPath(StringBuilder svg, PathData d, String attributes) {
        if (!d.isEmpty()) {
            svg.append("<path d=\"").append(d).append("\" ").append(attributes).append("/>");
        }
    }

    /** A bar of a round length (1, 2 or 5 × 10^n m) no longer than ~110 units, bottom left. */
    private static void scaleBar(StringBuilder svg, MercatorView view) {
        double metresPerUnit = view.metresPerUnit();
        double max = 110 * metresPerUnit;
        double metres = StrictMath.pow(10, Math.floor(StrictMath.log10(max)));
        if (metres * 5 <= max) {
            metres *= 5;
        } else if (metres * 2 <= max) {
            metres *= 2;
        }
        long length = Math.round(metres / metresPerUnit);
        String text = metres >= 1000 ? Math.round(metres / 1000) + " km" : Math.round(metres) + " m";
        int x = 14;
        int y = MercatorView.HEIGHT - 14;
        // the box leaves room for the text at the size site.css gives it on a phone (18 units)
        long box = Math.max(length, Math.round(text.length() * 0.62 * 18)) + 12;
        svg.append("<g class=\"static-map-scale\" font-size=\"12\" fill=\"").append(INK).append("\">")
                .append("<rect x=\"").append(x - 6).append("\" y=\"").append(y - 30).append("\" width=\"").append(box)
                .append("\" height=\"36\" rx=\"4\" fill=\"#fff\" fill-opacity=\".8\"/>")
                .append("<path d=\"M").append(x).append(' ').append(y - 5).append("v5h").append(length).append("v-5\" fill=\"none\" stroke=\"")
                .append(INK).append("\" stroke-width=\"1.5\"/>")
                .append("<text x=\"").append(x).append("\" y=\"").append(y - 10).append("\">").append(text).append("</text></g>");
    }

    private static void northArrow(StringBuilder svg) {
        int cx = MercatorView.WIDTH - 26;
        svg.append("<g transform=\"translate(").append(cx).append(" 28)\">")
                .append("<circle r=\"17\" fill=\"#fff\" fill-opacity=\".85\" stroke=\"").append(COAST).append("\" stroke-width=\".8\"/>")
                .append("<path d=\"M0-13l5 11-5-3-5 3z\" fill=\"").append(ACCENT).append("\"/>")
                .append("<text y=\"12\" font-size=\"10\" font-weight=\"700\" text-anchor=\"middle\" fill=\"").append(INK).append("\">N</text></g>");
    }

    private static void markers(StringBuilder svg, MercatorView view, MapSpec spec) {
        List<double[]> tips = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (MapPoint p : spec.points()) {
            tips.add(new double[] {view.x(p.lon()), view.y(p.lat())});
            labels.add(p.label());
        }
        List<LabelLayout.Placement> placements = LabelLayout.place(tips, labels);
        svg.append("<g fill=\"").append(ACCENT).append("\" stroke=\"#fff\" stroke-width=\"1.5\">");
        for (double[] tip : tips) {
            // a 24-unit pin whose point is the place, with a white hole in its head
            svg.append("<path d=\"M").append(fmt(tip[0])).append(' ').append(fmt(tip[1]))
                    .append("c-1.5-5-7-8-7-14a7 7 0 1 1 14 0c0 6-5.5 9-7 14z\"/>")
                    .append("<circle cx=\"").append(fmt(tip[0])).append("\" cy=\"").append(fmt(tip[1] - LabelLayout.HEAD + 1))
                    .append("\" r=\"2.6\" fill=\"#fff\" stroke=\"none\"/>");
        }
        svg.append("</g><g class=\"static-map-labels\" font-size=\"")
                .append(fmt(LabelLayout.FONT_SIZE)).append("\" font-weight=\"600\" fill=\"").append(INK)
                .append("\" stroke=\"#fff\" stroke-width=\"3.5\" stroke-linejoin=\"round\" paint-order=\"stroke\" dominant-baseline=\"central\">");
        for (int i = 0; i < placements.size(); i++) {
            LabelLayout.Placement at = placements.get(i);
            svg.append("<text x=\"").append(fmt(at.x())).append("\" y=\"").append(fmt(at.y())).append('"');
            if (!at.anchor().equals("start")) {
                svg.append(" text-anchor=\"").append(at.anchor()).append('"');
            }
            svg.append('>').append(xml(labels.get(i))).append("</text>");
        }
        svg.append("</g>");
    }

    /** Fonts that carry the page language's script, as site.css chooses them per {@code :lang}. */
    static String fontFamily(String languageTag) {
        String lang = languageTag == null ? "" : languageTag.toLowerCase(Locale.ROOT);
        String latin = "system-ui,'Segoe UI',Roboto,'Noto Sans','Helvetica Neue',Arial,sans-serif";
        if (lang.startsWith("zh")) {
            return "'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','Noto Sans SC'," + latin;
        }
        if (lang.startsWith("ja")) {
            return "'Hiragino Kaku Gothic ProN','Hiragino Sans','Yu Gothic',Meiryo,'Noto Sans CJK JP','Noto Sans JP'," + latin;
        }
        if (lang.startsWith("ko")) {
            return "'Apple SD Gothic Neo','Malgun Gothic','Noto Sans CJK KR','Noto Sans KR'," + latin;
        }
        return latin;
    }

    /** {@code map-} and 10 hex digits of the spec's SHA-256: equal specs, equal ids; other maps, other ids. */
    static String id(MapSpec spec) {
        StringBuilder key = new StringBuilder();
        key.append(spec.lat()).append('|').append(spec.lon()).append('|').append(spec.zoom()).append('|')
                .append(spec.languageTag()).append('|').append(spec.title());
        for (MapPoint p : spec.points()) {
            key.append('|').append(p.lat()).append(',').append(p.lon()).append(',').append(p.label());
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return "map-" + HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String fmt(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }

    /** Text and attribute escaping; characters XML 1.0 cannot hold are left out. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    out.append(c).append(text.charAt(++i));
                }
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            out.append(c);
                        }
                    }
                }
            }
        }
        return out.toString();
    }
}
