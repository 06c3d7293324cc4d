package vn.haiphong.showcase.markdown.map;

import java.util.Locale;

/**
 * A map without geography: the places of a {@link MapSpec} as dots with their labels, placed by
 * the Web Mercator projection at the spec's centre and zoom on a 640 × 400 frame. Styled by the
 * site's stylesheet through classes ({@code map-sea}, {@code map-place}, {@code map-label}).
 */
final class PlacesOnlyMap implements MapDrawer {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;

    @Override
    public String svg(MapSpec spec) {
        double scale = 256 * Math.pow(2, spec.zoom());
        double cx = x(spec.lon(), scale);
        double cy = y(spec.lat(), scale);
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" class=\"map-drawing\"><title>").append(escape(spec.title())).append("</title>")
                .append("<rect class=\"map-sea\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\"/>");
        for (MapPoint p : spec.points()) {
            double px = WIDTH / 2.0 + x(p.lon(), scale) - cx;
            double py = HEIGHT / 2.0 + y(p.lat(), scale) - cy;
            boolean left = px > WIDTH * 0.55;
            sb.append("<circle class=\"map-place\" cx=\"").append(fmt(px)).append("\" cy=\"").append(fmt(py))
                    .append("\" r=\"6\"/><text class=\"map-label\" x=\"").append(fmt(px + (left ? -10 : 10)))
                    .append("\" y=\"").append(fmt(py + 5)).append('"').append(left ? " text-anchor=\"end\"" : "")
                    .append('>').append(escape(p.label())).append("</text>");
        }
        return sb.append("</svg>").toString();
    }

    @Override
    public String attribution() {
        return "";
    }

    private static double x(double lon, double scale) {
        return (lon + 180) / 360 * scale;
    }

    private static double y(double lat, double scale) {
        double s = Math.sin(Math.toRadians(lat));
        return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
