package vn.haiphong.showcase.markdown.map;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The region's shorelines, rivers and national border, read once from {@code coastline.bin} (format
 * in {@code coastline.NOTICE.md} beside it; {@code tools/coastline.py} writes it from GSHHG).
 * Coordinates are degrees; every {@link Shape} holds {@code lon0, lat0, lon1, lat1, …} and its
 * bounding box, so a map skips what it does not show without reading the points. Shore rings keep
 * GSHHG's orientation, land on the left: an island or the mainland runs counter-clockwise, a lake
 * clockwise, so a non-zero winding number means land. Immutable, hence safe to share.
 */
final class Coastline {
    private static final int KIND_AREA = 1;
    private static final int KIND_RIVER = 2;
    private static final int KIND_BORDER = 3;
    private static final double UNIT = 1e-5;

    final double west;
    final double south;
    final double east;
    final double north;
    final List<Shape> shores;
    final List<Shape> rivers;
    final List<Shape> borders;

    /**
     * A ring or line: its points ({@code lon, lat} pairs), the same points in Web-Mercator world
     * coordinates (0–1 from the antimeridian eastwards and from the north edge southwards,
     * computed once so a map only scales them) and their bounding box.
     */
    record Shape(double[] lonLat, double[] mercator, double west, double south, double east, double north) {
        static Shape of(double[] lonLat) {
            double w = Double.MAX_VALUE;
            double s = Double.MAX_VALUE;
            double e = -Double.MAX_VALUE;
            double n = -Double.MAX_VALUE;
            for (int i = 0; i < lonLat.length; i += 2) {
                w = Math.min(w, lonLat[i]);
                e = Math.max(e, lonLat[i]);
                s = Math.min(s, lonLat[i + 1]);
                n = Math.max(n, lonLat[i + 1]);
            }
            double[] mercator = new double[lonLat.length];
            for (int i = 0; i < lonLat.length; i += 2) {
                mercator[i] = MercatorView.worldX(lonLat[i]);
                mercator[i + 1] = MercatorView.worldY(lonLat[i + 1]);
            }
            return new Shape(lonLat, mercator, w, s, e, n);
        }
    }

    private Coastline(double[] bounds, List<Shape> shores, List<Shape> rivers, List<Shape> borders) {
        this.west = bounds[0];
        this.south = bounds[1];
        this.east = bounds[2];
        this.north = bounds[3];
        this.shores = List.copyOf(shores);
        this.rivers = List.copyOf(rivers);
        this.borders = List.copyOf(borders);
    }

    /** The data that ships in the jar; loaded on first use, then shared by every {@link StaticMap}. */
    static Coastline bundled() {
        return Bundled.DATA;
    }

    private static final class Bundled {
        static final Coastline DATA = load();

        private static Coastline load() {
            try (InputStream in = Coastline.class.getResourceAsStream("coastline.bin")) {
                if (in == null) {
                    throw new IllegalStateException("coastline.bin is missing from the jar (run tools/coastline.py)");
                }
                return read(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read coastline.bin", e);
            }
        }
    }

    static Coastline read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        byte[] magic = in.readNBytes(4);
        if (!new String(magic, java.nio.charset.StandardCharsets.US_ASCII).equals("HPCL") || in.readUnsignedByte() != 1) {
            throw new IOException("not a version-1 HPCL coastline file");
        }
        double[] bounds = new double[4];
        for (int i = 0; i < 4; i++) {
            bounds[i] = in.readInt() * UNIT;
        }
        long features = varint(in);
        List<Shape> shores = new ArrayList<>();
        List<Shape> rivers = new ArrayList<>();
        List<Shape> borders = new ArrayList<>();
        for (long f = 0; f < features; f++) {
            int kind = in.readUnsignedByte();
            int n = Math.toIntExact(varint(in));
            double[] points = new double[2 * n];
            long x = 0;
            long y = 0;
            for (int i = 0; i < n; i++) {
                x += unzigzag(varint(in));
                y += unzigzag(varint(in));
                points[2 * i] = x * UNIT;
                points[2 * i + 1] = y * UNIT;
            }
            switch (kind) {
                case KIND_AREA -> shores.add(Shape.of(points));
                case KIND_RIVER -> rivers.add(Shape.of(points));
                case KIND_BORDER -> borders.add(Shape.of(points));
                default -> throw new IOException("unknown feature kind " + kind);
            }
        }
        return new Coastline(bounds, shores, rivers, borders);
    }

    /** Whether the point lies on land (inside the shorelines, outside lakes); false outside the data. */
    boolean isLand(double lat, double lon) {
        if (lon < west || lon > east || lat < south || lat > north) {
            return false;
        }
        int winding = 0;
        for (Shape ring : shores) {
            if (lon >= ring.west() && lon <= ring.east() && lat >= ring.south() && lat <= ring.north()) {
                winding += winding(ring.lonLat(), lon, lat);
            }
        }
        return winding != 0;
    }

    private static int winding(double[] ring, double x, double y) {
        int w = 0;
        int n = ring.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double x0 = ring[2 * i];
            double y0 = ring[2 * i + 1];
            double x1 = ring[2 * j];
            double y1 = ring[2 * j + 1];
            if (y0 <= y) {
                if (y1 > y && cross(x0, y0, x1, y1, x, y) > 0) {
                    w++;
                }
            } else if (y1 <= y && cross(x0, y0, x1, y1, x, y) < 0) {
                w--;
            }
        }
        return w;
    }

    private static double cross(double x0, double y0, double x1, double y1, double x, double y) {
        return (x1 - x0) * (y - y0) - (x - x0) * (y1 - y0);
    }

    private static long varint(DataInputStream in) throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("varint too long");
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }
}
