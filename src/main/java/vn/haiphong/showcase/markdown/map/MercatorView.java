package vn.haiphong.showcase.markdown.map;

/**
 * The Web-Mercator window a map shows: {@value #WIDTH}×{@value #HEIGHT} units centred on the spec's
 * point, where the map's width spans 360°/2<sup>zoom</sup> of longitude (zoom 8 ≈ 1.4°, each step
 * halves). x grows east, y grows south. StrictMath, not Math, so every JVM and compiler tier
 * computes the same coordinates and the same map bytes.
 */
record MercatorView(double centreLat, double centreLon, int zoom) {
    static final int WIDTH = 640;
    static final int HEIGHT = 400;
    private static final double EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6_378_137.0;

    private double worldSize() {
        return WIDTH * StrictMath.pow(2, zoom);
    }

    /** Web-Mercator x of a longitude, 0 at the antimeridian to 1 going east. */
    static double worldX(double lon) {
        return (lon + 180) / 360;
    }

    /** Web-Mercator y of a latitude, 0 at the north edge (85.05° N) to 1 at the south edge. */
    static double worldY(double lat) {
        double phi = Math.toRadians(lat);
        return (1 - StrictMath.log(StrictMath.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
    }

    double x(double lon) {
        return xOfWorld(worldX(lon));
    }

    double y(double lat) {
        return yOfWorld(worldY(lat));
    }

    double xOfWorld(double wx) {
        return (wx - worldX(centreLon)) * worldSize() + WIDTH / 2.0;
    }

    double yOfWorld(double wy) {
        return (wy - worldY(centreLat)) * worldSize() + HEIGHT / 2.0;
    }

    double lonAt(double x) {
        return ((x - WIDTH / 2.0) / worldSize() + worldX(centreLon)) * 360 - 180;
    }

    double latAt(double y) {
        double wy = (y - HEIGHT / 2.0) / worldSize() + worldY(centreLat);
        double n = Math.PI * (1 - 2 * wy);
        return Math.toDegrees(StrictMath.atan(StrictMath.sinh(n)));
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
        return EARTH_CIRCUMFERENCE_M * StrictMath.cos(Math.toRadians(centreLat)) / worldSize();
    }
}
