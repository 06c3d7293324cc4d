package vn.haiphong.showcase.markdown.map;

/**
 * The Web-Mercator window a map shows: {@value #WIDTH}×{@value #HEIGHT} units centred on the spec's
 * point, where the map's width spans 360°/2<sup>zoom</sup> of longitude (zoom 8 ≈ 1.4°, each step
 * halves). x grows east, y grows south.
 */
record MercatorView(double centreLat, double centreLon, int zoom) {
    static final int WIDTH = 640;
    static final int HEIGHT = 400;
    private static final double EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6_378_137.0;

    private double worldSize() {
        return WIDTH * Math.pow(2, zoom);
    }

    private double worldX(double lon) {
        return (lon + 180) / 360 * worldSize();
    }

    private double worldY(double lat) {
        double phi = Math.toRadians(lat);
        return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2 * worldSize();
    }

    double x(double lon) {
        return worldX(lon) - worldX(centreLon) + WIDTH / 2.0;
    }

    double y(double lat) {
        return worldY(lat) - worldY(centreLat) + HEIGHT / 2.0;
    }

    double lonAt(double x) {
        return (x - WIDTH / 2.0 + worldX(centreLon)) / worldSize() * 360 - 180;
    }

    double latAt(double y) {
        double wy = y - HEIGHT / 2.0 + worldY(centreLat);
        double n = Math.PI * (1 - 2 * wy / worldSize());
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    double west() {
        return lonAt(0);
    }

    double east() {
        return lonAt(WIDTH);
    }

    double north() {
        return latAt(0);
    }

    double south() {
        return latAt(HEIGHT);
    }

    /** Ground metres one unit covers at the centre's latitude. */
    double metresPerUnit() {
        return EARTH_CIRCUMFERENCE_M * Math.cos(Math.toRadians(centreLat)) / worldSize();
    }
}
