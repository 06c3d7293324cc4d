package vn.haiphong.showcase.markdown.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Clipping to the map's rectangle and thinning of projected shapes, so the SVG carries only what
 * the view shows at the detail its scale can show. Arrays hold {@code x0, y0, x1, y1, …}.
 */
final class ViewGeometry {
    private ViewGeometry() {}

    /**
     * Sutherland–Hodgman: the part of a closed ring inside the rectangle (a concave ring may come
     * back with zero-width bridges along the edge, which a fill does not show), or an empty array.
     */
    static double[] clipRing(double[] ring, double minX, double minY, double maxX, double maxY) {
        double[] out = ring;
        for (int edge = 0; edge < 4 && out.length > 0; edge++) {
            out = clipEdge(out, edge, minX, minY, maxX, maxY);
        }
        return out;
    }

    private static double[] clipEdge(double[] in, int edge, double minX, double minY, double maxX, double maxY) {
        int n = in.length / 2;
        double[] out = new double[in.length * 2 + 4];
        int m = 0;
        for (int i = 0; i < n; i++) {
            double ax = in[2 * ((i + n - 1) % n)];
            double ay = in[2 * ((i + n - 1) % n) + 1];
            double bx = in[2 * i];
            double by = in[2 * i + 1];
            boolean aIn = inside(ax, ay, edge, minX, minY, maxX, maxY);
            boolean bIn = inside(bx, by, edge, minX, minY, maxX, maxY);
            if (bIn) {
                if (!aIn) {
                    m = addCrossing(out, m, ax, ay, bx, by, edge, minX, minY, maxX, maxY);
                }
                out[m++] = bx;
                out[m++] = by;
            } else if (aIn) {
                m = addCrossing(out, m, ax, ay, bx, by, edge, minX, minY, maxX, maxY);
            }
        }
        return Arrays.copyOf(out, m);
    }

    private static boolean inside(double x, double y, int edge, double minX, double minY, double maxX, double maxY) {
        return switch (edge) {
            case 0 -> x >= minX;
            case 1 -> x <= maxX;
            case 2 -> y >= minY;
            default -> y <= maxY;
        };
    }

    private static int addCrossing(double[] out, int m, double ax, double ay, double bx, double by, int edge,
                                   double minX, double minY, double maxX, double maxY) {
        double t;
        double x;
        double y;
        if (edge < 2) {
            x = edge == 0 ? minX : maxX;
            t = (x - ax) / (bx - ax);
            y = ay + t * (by - ay);
        } else {
            y = edge == 2 ? minY : maxY;
            t = (y - ay) / (by - ay);
            x = ax + t * (bx - ax);
        }
        out[m] = x;
        out[m + 1] = y;
        return m + 2;
    }

    /** Liang–Barsky per segment: the pieces of an open line inside the rectangle. */
    static List<double[]> clipLine(double[] line, double minX, double minY, double maxX, double maxY) {
        List<double[]> pieces = new ArrayList<>();
        double[] current = new double[line.length];
        int m = 0;
        for (int i = 0; i + 3 < line.length; i += 2) {
            double x0 = line[i];
            double y0 = line[i + 1];
            double dx = line[i + 2] - x0;
            double dy = line[i + 3] - y0;
            double t0 = 0;
            double t1 = 1;
            double[] p = {-dx, dx, -dy, dy};
            double[] q = {x0 - minX, maxX - x0, y0 - minY, maxY - y0};
            boolean visible = true;
            for (int k = 0; k < 4 && visible; k++) {
                if (p[k] == 0) {
                    visible = q[k] >= 0;
                } else {
                    double r = q[k] / p[k];
                    if (p[k] < 0) {
                        t0 = Math.max(t0, r);
                    } else {
                        t1 = Math.min(t1, r);
                    }
                    visible = t0 <= t1;
                }
            }
            if (!visible) {
                if (m >= 4) {
                    pieces.add(Arrays.copyOf(current, m));
                }
                m = 0;
                continue;
            }
            double sx = x0 + t0 * dx;
            double sy = y0 + t0 * dy;
            if (m == 0 || current[m - 2] != sx || current[m - 1] != sy) {
                if (m >= 4) {
                    pieces.add(Arrays.copyOf(current, m));
                }
                m = 0;
                current[m++] = sx;
                current[m++] = sy;
            }
            current[m++] = x0 + t1 * dx;
            current[m++] = y0 + t1 * dy;
            if (t1 < 1) {
                pieces.add(Arrays.copyOf(current, m));
                m = 0;
            }
        }
        if (m >= 4) {
            pieces.add(Arrays.copyOf(current, m));
        }
        return pieces;
    }

    /**
     * One round of Chaikin's corner cutting on a closed ring: a corner between two edges shorter
     * than {@code maxEdge} becomes two points a quarter of the way along them, which rounds the stair
     * steps the source data has where a close view enlarges them. Corners of longer edges (the
     * straight runs along the data's edge) stay, so no point moves by more than maxEdge / 4.
     */
    static double[] smoothRing(double[] ring, double maxEdge) {
        int n = ring.length / 2;
        double[] out = new double[4 * n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int prev = (i + n - 1) % n;
            int next = (i + 1) % n;
            double x = ring[2 * i];
            double y = ring[2 * i + 1];
            double px = ring[2 * prev];
            double py = ring[2 * prev + 1];
            double nx = ring[2 * next];
            double ny = ring[2 * next + 1];
            double max2 = maxEdge * maxEdge;
            if (sq(x - px) + sq(y - py) < max2 && sq(nx - x) + sq(ny - y) < max2) {
                out[m++] = 0.75 * x + 0.25 * px;
                out[m++] = 0.75 * y + 0.25 * py;
                out[m++] = 0.75 * x + 0.25 * nx;
                out[m++] = 0.75 * y + 0.25 * ny;
            } else {
                out[m++] = x;
                out[m++] = y;
            }
        }
        return Arrays.copyOf(out, m);
    }

    /** Douglas–Peucker with the ends kept; for a ring, split at the vertex farthest from the first. */
    static double[] simplify(double[] xy, double tolerance, boolean closed) {
        int n = xy.length / 2;
        if (n < 3) {
            return xy;
        }
        boolean[] keep = new boolean[n];
        if (closed) {
            int far = 0;
            double best = -1;
            for (int i = 1; i < n; i++) {
                double d = sq(xy[2 * i] - xy[0]) + sq(xy[2 * i + 1] - xy[1]);
                if (d > best) {
                    best = d;
                    far = i;
                }
            }
            keep[0] = true;
            keep[far] = true;
            mark(xy, 0, far, tolerance, keep);
            markWrapped(xy, far, n, tolerance, keep);
        } else {
            keep[0] = true;
            keep[n - 1] = true;
            mark(xy, 0, n - 1, tolerance, keep);
        }
        int count = 0;
        for (boolean k : keep) {
            if (k) {
                count++;
            }
        }
        double[] out = new double[2 * count];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                out[m++] = xy[2 * i];
                out[m++] = xy[2 * i + 1];
            }
        }
        return out;
    }

    /** The ring's closing half (far → last → first) as its own run, then marked back in place. */
    private static void markWrapped(double[] xy, int far, int n, double tolerance, boolean[] keep) {
        int len = n - far + 1;
        double[] run = new double[2 * len];
        System.arraycopy(xy, 2 * far, run, 0, 2 * (n - far));
        run[2 * len - 2] = xy[0];
        run[2 * len - 1] = xy[1];
        boolean[] k = new boolean[len];
        mark(run, 0, len - 1, tolerance, k);
        for (int i = 1; i < len - 1; i++) {
            if (k[i]) {
                keep[far + i] = true;
            }
        }
    }

    private static void mark(double[] xy, int first, int last, double tolerance, boolean[] keep) {
        int[] stack = new int[64];
        int top = 0;
        stack[top++] = first;
        stack[top++] = last;
        while (top > 0) {
            int b = stack[--top];
            int a = stack[--top];
            double ax = xy[2 * a];
            double ay = xy[2 * a + 1];
            double dx = xy[2 * b] - ax;
            double dy = xy[2 * b + 1] - ay;
            double length = Math.sqrt(dx * dx + dy * dy);
            double best = -1;
            int index = -1;
            for (int i = a + 1; i < b; i++) {
                double px = xy[2 * i] - ax;
                double py = xy[2 * i + 1] - ay;
                double d = length > 0 ? Math.abs(px * dy - py * dx) / length : Math.sqrt(px * px + py * py);
                if (d > best) {
                    best = d;
                    index = i;
                }
            }
            if (index > 0 && best > tolerance) {
                keep[index] = true;
                if (top + 4 > stack.length) {
                    stack = Arrays.copyOf(stack, stack.length * 2);
                }
                stack[top++] = a;
                stack[top++] = index;
                stack[top++] = index;
                stack[top++] = b;
            }
        }
    }

    private static double sq(double v) {
        return v * v;
    }
}
