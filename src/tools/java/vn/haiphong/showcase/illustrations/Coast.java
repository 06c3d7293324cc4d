package vn.haiphong.showcase.illustrations;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Motifs of the sea-side pictures (port, industry, tourism, 2030) in the flat travel-poster style:
 * flat colour layers, no outlines, light from the upper left (a lighter left face, a darker right
 * face), farther things paler. Coordinates as in {@link Painter}: fractions of the width
 * ({@code u}) and height ({@code v}).
 */
final class Coast {
    final Painter p;
    final Graphics2D g;

    Coast(Painter p) {
        this.p = p;
        this.g = p.g;
    }

    static Color c(int rgb) {
        return new Color(rgb);
    }

    /** A flat gradient sky from {@code top} to {@code low} at the horizon {@code v}. */
    void sky(Color top, Color low, double v) {
        p.horizon = v;
        g.setPaint(new GradientPaint(0, 0, top, 0, (float) p.y(v), low));
        g.fill(new Rectangle2D.Double(0, 0, p.w, p.y(v) + 2));
    }

    /** Flat poster clouds: stacked rounded bars. */
    void clouds(int n, double v0, double v1, Color c) {
        for (int i = 0; i < n; i++) {
            double u = p.rnd(0.05, 0.95);
            double v = p.rnd(v0, v1);
            double w = p.rnd(0.08, 0.18);
            g.setColor(c);
            double hh = p.s(w * 0.12);
            g.fill(new RoundRectangle2D.Double(p.x(u - w / 2), p.y(v), p.s(w), hh, hh, hh));
            g.fill(new RoundRectangle2D.Double(p.x(u - w * 0.3), p.y(v) - hh * 0.8, p.s(w * 0.5), hh * 1.2, hh, hh));
        }
    }

    /** A flat disc sun (no glare). */
    void sun(double u, double v, double r, Color c) {
        g.setColor(c);
        double R = p.s(r);
        g.fill(new Ellipse2D.Double(p.x(u) - R, p.y(v) - R, 2 * R, 2 * R));
    }

    /** Sea from the horizon down, a flat gradient with a few long glints. */
    void sea(Color top, Color low, Color glint, int glints) {
        double t = p.y(p.horizon);
        g.setPaint(new GradientPaint(0, (float) t, top, 0, p.h, low));
        g.fill(new Rectangle2D.Double(0, t, p.w, p.h - t));
        for (int i = 0; i < glints; i++) {
            double v = p.rnd(p.horizon + 0.01, 0.98);
            double len = p.s(p.rnd(0.02, 0.08)) * (0.3 + (v - p.horizon) * 2);
            double u = p.rnd(0, 1);
            g.setColor(Painter.alpha(glint, p.rnd(0.25, 0.55)));
            g.fill(new Rectangle2D.Double(p.x(u), p.y(v), len, Math.max(2, p.s(0.0018) * (0.5 + (v - p.horizon) * 2))));
        }
    }

    /** A band of land from {@code v} down. */
    void land(double v, Color c) {
        g.setColor(c);
        g.fill(new Rectangle2D.Double(0, p.y(v), p.w, p.h - p.y(v)));
    }

    /** A soft ridge (hills) between {@code u0} and {@code u1}, its top near {@code base - amp}. */
    void ridge(double u0, double u1, double base, double amp, Color c) {
        GeneralPath path = new GeneralPath();
        path.moveTo(p.x(u0), p.y(base));
        double ph = p.rnd(0, 6);
        int steps = 80;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double env = Math.sin(Math.PI * t);
            double v = base - amp * env * (0.75 + 0.25 * Math.sin(t * 9 + ph));
            path.lineTo(p.x(u0 + (u1 - u0) * t), p.y(v));
        }
        path.closePath();
        g.setColor(c);
        g.fill(path);
    }

    /**
     * A limestone karst island as in Lan Hạ and Hạ Long bays: sheer grey cliffs rising straight
     * from the water, a jagged crest of several knolls under a cap of dark forest, a dark notch worn
     * at the waterline. {@code w}, {@code h} in fractions of the width / height.
     */
    void karst(double u, double base, double w, double h, Color rock, Color forest) {
        double x0 = p.x(u - w / 2);
        double x1 = p.x(u + w / 2);
        double by = p.y(base);
        double H = p.y(h);
        double W = x1 - x0;
        int knolls = 3 + p.r.nextInt(3);
        double[] px = new double[knolls + 1];
        double[] py = new double[knolls + 1];
        for (int i = 0; i <= knolls; i++) {
            px[i] = x0 + W * (0.08 + 0.84 * i / knolls);
            double t = (double) i / knolls;
            py[i] = by - H * (0.72 + 0.28 * Math.sin(Math.PI * (0.25 + 0.5 * t)) * p.rnd(0.8, 1.0));
        }
        GeneralPath k = new GeneralPath();
        k.moveTo(x0 + W * 0.03, by);
        k.curveTo(x0 - W * 0.03, by - H * 0.4, x0 + W * 0.02, by - H * 0.62, px[0], py[0]);
        for (int i = 1; i <= knolls; i++) {
            double mx = (px[i - 1] + px[i]) / 2;
            double dip = Math.max(py[i - 1], py[i]) + H * p.rnd(0.04, 0.12);
            k.quadTo(px[i - 1] + (mx - px[i - 1]) * 0.4, Math.min(py[i - 1], py[i]) - H * 0.06, mx, dip);
            k.quadTo(mx + (px[i] - mx) * 0.6, Math.min(py[i - 1], py[i]) - H * 0.06, px[i], py[i]);
        }
        k.curveTo(x1 + W * 0.02, by - H * 0.55, x1 + W * 0.04, by - H * 0.3, x1 - W * 0.04, by);
        k.closePath();
        g.setColor(forest);
        g.fill(k);
        java.awt.Shape clip = g.getClip();
        g.clip(k);
        g.setColor(rock); // the sheer cliffs: grey faces from part-way up down to the water
        for (int i = 0; i < 6; i++) {
            double cx = x0 + W * p.rnd(-0.05, 0.85);
            double cw = W * p.rnd(0.15, 0.35);
            double top = by - H * p.rnd(0.35, 0.75);
            GeneralPath face = new GeneralPath();
            face.moveTo(cx, by);
            face.lineTo(cx + cw * 0.1, top + H * 0.05);
            face.quadTo(cx + cw * 0.5, top - H * 0.05, cx + cw * 0.9, top + H * 0.08);
            face.lineTo(cx + cw, by);
            face.closePath();
            g.fill(face);
        }
        g.setColor(Painter.alpha(Color.BLACK, 0.12)); // rain streaks down the faces
        for (int i = 0; i < 10; i++) {
            double sx = x0 + W * p.rnd(0.05, 0.95);
            double sy = by - H * p.rnd(0.2, 0.6);
            g.fill(new Rectangle2D.Double(sx, sy, W * p.rnd(0.008, 0.02), (by - sy) * p.rnd(0.5, 0.9)));
        }
        g.setColor(Painter.alpha(Color.WHITE, 0.12)); // light from the upper left
        g.fill(new Rectangle2D.Double(x0 - W * 0.05, by - H * 1.2, W * 0.3, H * 1.2));
        g.setColor(Painter.alpha(Color.BLACK, 0.16));
        g.fill(new Rectangle2D.Double(x0 + W * 0.7, by - H * 1.2, W * 0.4, H * 1.2));
        g.setColor(Painter.alpha(Color.BLACK, 0.38)); // the notch the sea wears into the foot
        g.fill(new Rectangle2D.Double(x0 - W * 0.1, by - H * 0.045, W * 1.2, H * 0.045));
        g.setClip(clip);
    }

    /**
     * A ship-to-shore quay crane seen side-on: two legs straddling the quay, the A-frame above,
     * the boom reaching {@code out} (fraction of the width, + to the right) over the water.
     */
    void stsCrane(double u, double quay, double size, double out, Color body, Color accent) {
        double S = p.s(size);
        double cx = p.x(u);
        double by = p.y(quay);
        double legs = S * 0.34;
        double beamY = by - S * 0.62;
        double apexY = by - S * 0.98;
        float th = (float) (S * 0.022);
        g.setColor(body);
        g.setStroke(new BasicStroke(th, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        double lx = cx - legs / 2;
        double rx = cx + legs / 2;
        g.draw(new Line2D.Double(lx, by, lx, beamY));
        g.draw(new Line2D.Double(rx, by, rx, beamY));
        g.draw(new Line2D.Double(lx, by - S * 0.3, rx, by - S * 0.3)); // portal beam
        g.draw(new Line2D.Double(lx, by - S * 0.3, rx, beamY));
        double dir = Math.signum(out);
        double tip = cx + p.s(out);
        double back = cx - dir * S * 0.42;
        g.fill(new Rectangle2D.Double(Math.min(tip, back), beamY - S * 0.045, Math.abs(tip - back), S * 0.045));
        // A-frame and stays
        g.setStroke(new BasicStroke(th * 0.8f));
        g.draw(new Line2D.Double(lx, beamY, cx + dir * S * 0.02, apexY));
        g.draw(new Line2D.Double(rx, beamY, cx + dir * S * 0.02, apexY));
        g.setStroke(new BasicStroke(th * 0.4f));
        g.draw(new Line2D.Double(cx + dir * S * 0.02, apexY, cx + p.s(out) * 0.55, beamY - S * 0.045));
        g.draw(new Line2D.Double(cx + dir * S * 0.02, apexY, tip, beamY - S * 0.04));
        g.draw(new Line2D.Double(cx + dir * S * 0.02, apexY, back, beamY - S * 0.04));
        // machinery house and cabin, trolley and hanging spreader
        g.fill(new Rectangle2D.Double(back - dir * S * 0.02 - (dir > 0 ? 0 : S * 0.16), beamY - S * 0.13, S * 0.16, S * 0.09));
        g.setColor(accent);
        double tx = cx + p.s(out) * 0.62;
        g.fill(new Rectangle2D.Double(tx - S * 0.035, beamY, S * 0.07, S * 0.05));
        g.setColor(body);
        g.setStroke(new BasicStroke(th * 0.25f));
        g.draw(new Line2D.Double(tx - S * 0.015, beamY + S * 0.05, tx - S * 0.015, beamY + S * 0.3));
        g.draw(new Line2D.Double(tx + S * 0.015, beamY + S * 0.05, tx + S * 0.015, beamY + S * 0.3));
        g.fill(new Rectangle2D.Double(tx - S * 0.06, beamY + S * 0.3, S * 0.12, S * 0.02));
    }

    /** A container box {@code bw} × {@code bh} pixels at (x, y) (top left), ribbed, its right end shaded. */
    void box(double x, double y, double bw, double bh, Color c) {
        g.setColor(c);
        g.fill(new Rectangle2D.Double(x, y, bw * 0.97, bh * 0.94));
        g.setColor(Painter.alpha(Color.BLACK, 0.12));
        for (int k = 1; k < 8; k++) {
            g.fill(new Rectangle2D.Double(x + bw * k / 8.0, y + bh * 0.1, Math.max(1, bw * 0.012), bh * 0.74));
        }
        g.setColor(Painter.alpha(Color.WHITE, 0.18));
        g.fill(new Rectangle2D.Double(x, y, bw * 0.97, bh * 0.1));
    }

    /** Stacked containers from {@code u0} to {@code u1} on {@code base}: {@code tiers} high, boxes {@code unit} tall (of width). */
    void stack(double u0, double u1, double base, int tiers, double unit, Color[] colors, boolean gaps) {
        double bh = p.s(unit);
        double bw = bh * 2.3;
        for (double x = p.x(u0); x + bw <= p.x(u1) + 1; x += bw) {
            int t = gaps ? Math.max(1, tiers - p.r.nextInt(3)) : tiers;
            for (int k = 0; k < t; k++) {
                box(x, p.y(base) - (k + 1) * bh, bw, bh, colors[p.r.nextInt(colors.length)]);
            }
        }
    }

    /** A container ship, bow to the right: dark hull with a red boot top, bridge aft, boxes on deck. */
    void containerShip(double u, double waterline, double length, int tiers, Color hull, Color[] colors) {
        double L = p.s(length);
        double bx = p.x(u);
        double by = p.y(waterline);
        double H = L * 0.1;
        GeneralPath k = new GeneralPath();
        k.moveTo(bx, by - H);
        k.lineTo(bx + L * 0.93, by - H);
        k.quadTo(bx + L * 1.01, by - H * 0.9, bx + L, by - H * 0.6);
        k.lineTo(bx + L * 0.95, by);
        k.lineTo(bx + L * 0.03, by);
        k.closePath();
        g.setColor(hull);
        g.fill(k);
        g.setColor(c(0xb8322a));
        g.fill(new Rectangle2D.Double(bx + L * 0.03, by - H * 0.22, L * 0.93, H * 0.22));
        double bh = H * 0.42;
        double bw = bh * 2.3;
        for (double x = bx + L * 0.2; x + bw < bx + L * 0.9; x += bw) {
            int t = Math.max(1, tiers - p.r.nextInt(2));
            for (int q = 0; q < t; q++) {
                box(x, by - H - (q + 1) * bh, bw, bh, colors[p.r.nextInt(colors.length)]);
            }
        }
        g.setColor(c(0xf2f2ee)); // the bridge house aft
        g.fill(new Rectangle2D.Double(bx + L * 0.06, by - H - bh * (tiers + 2.2), L * 0.08, bh * (tiers + 2.2)));
        g.setColor(c(0x2b3440));
        g.fill(new Rectangle2D.Double(bx + L * 0.06, by - H - bh * (tiers + 2.2) + bh * 0.3, L * 0.08, bh * 0.25));
        g.setColor(hull);
        g.fill(new Rectangle2D.Double(bx + L * 0.04, by - H - bh * (tiers + 1.6), L * 0.02, bh * (tiers + 1.6)));
    }

    /**
     * A long, low concrete viaduct running from (u0, v0) near the viewer to (u1, v1) far away,
     * on many piers, with a gentle rise over the shipping channel at {@code hump} (0–1 along it).
     */
    void viaduct(double u0, double v0, double u1, double v1, double deck0, double deck1, double hump, Color deck, Color pier, Color shade) {
        int n = 140;
        double[] xs = new double[n + 1];
        double[] ys = new double[n + 1];
        double[] ts = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            double e = 1 - Math.pow(1 - t, 2.2); // perspective: far spans shorter
            xs[i] = p.x(u0 + (u1 - u0) * e);
            double th = p.s(deck0 + (deck1 - deck0) * e);
            double rise = Math.exp(-Math.pow((t - hump) / 0.08, 2)) * th * 2.2;
            ys[i] = p.y(v0 + (v1 - v0) * e) - rise;
            ts[i] = th;
        }
        // piers first (behind the deck's front face), spaced in perspective
        for (int i = 0; i <= n; i += 4) {
            double waterY = p.y(v0 + (v1 - v0) * (1 - Math.pow(1 - (double) i / n, 2.2))) + ts[i] * 2.2;
            double pw = ts[i] * 0.55;
            g.setColor(pier);
            g.fill(new Rectangle2D.Double(xs[i] - pw / 2, ys[i], pw, waterY - ys[i]));
            g.setColor(shade);
            g.fill(new Rectangle2D.Double(xs[i] + pw * 0.1, ys[i], pw * 0.4, waterY - ys[i]));
            g.setColor(Painter.alpha(Color.WHITE, 0.25));
            g.fill(new Rectangle2D.Double(xs[i] - pw * 0.8, waterY - ts[i] * 0.1, pw * 1.6, ts[i] * 0.12));
        }
        GeneralPath face = new GeneralPath();
        face.moveTo(xs[0], ys[0]);
        for (int i = 1; i <= n; i++) {
            face.lineTo(xs[i], ys[i]);
        }
        for (int i = n; i >= 0; i--) {
            face.lineTo(xs[i], ys[i] + ts[i]);
        }
        face.closePath();
        g.setColor(deck);
        g.fill(face);
        GeneralPath under = new GeneralPath();
        under.moveTo(xs[0], ys[0] + ts[0] * 0.7);
        for (int i = 1; i <= n; i++) {
            under.lineTo(xs[i], ys[i] + ts[i] * 0.7);
        }
        for (int i = n; i >= 0; i--) {
            under.lineTo(xs[i], ys[i] + ts[i]);
        }
        under.closePath();
        g.setColor(shade);
        g.fill(under);
        // parapet and lamp posts
        g.setColor(Painter.mix(deck, Color.WHITE, 0.5));
        for (int i = 0; i < n; i += 5) {
            double lh = ts[i] * 1.6;
            g.fill(new Rectangle2D.Double(xs[i], ys[i] - lh, Math.max(1.5, ts[i] * 0.06), lh));
            g.fill(new Rectangle2D.Double(xs[i], ys[i] - lh, ts[i] * 0.25, Math.max(1.5, ts[i] * 0.06)));
        }
    }

    /** A cable-stayed bridge: a deck from u0 to u1 at {@code deckV}, two H-shaped pylons with fans of stays. */
    void cableStayed(double u0, double u1, double deckV, double pylonA, double pylonB, double pylonH, Color concrete, Color shade) {
        double dy = p.y(deckV);
        double th = p.s(0.012);
        for (double pu : new double[] {pylonA, pylonB}) {
            double px = p.x(pu);
            double top = dy - p.y(pylonH);
            double pw = p.s(0.012);
            g.setColor(concrete);
            g.fill(new Rectangle2D.Double(px - pw * 1.6, top, pw, p.y(p.horizon) - top + p.s(0.01)));
            g.fill(new Rectangle2D.Double(px + pw * 0.6, top, pw, p.y(p.horizon) - top + p.s(0.01)));
            g.fill(new Rectangle2D.Double(px - pw * 1.6, top + (dy - top) * 0.25, pw * 3.2, pw * 0.8));
            g.setColor(shade);
            g.fill(new Rectangle2D.Double(px + pw * 1.2, top, pw * 0.4, p.y(p.horizon) - top + p.s(0.01)));
            g.setColor(Painter.alpha(concrete, 0.9));
            g.setStroke(new BasicStroke((float) Math.max(1.5, p.s(0.0016))));
            for (int k = 1; k <= 9; k++) {
                double reach = p.s(0.018 * k + 0.01);
                double ay = top + (dy - top) * (0.04 + 0.02 * k);
                g.draw(new Line2D.Double(px, ay, px - reach, dy));
                g.draw(new Line2D.Double(px, ay, px + reach, dy));
            }
        }
        g.setColor(concrete);
        g.fill(new Rectangle2D.Double(p.x(u0), dy, p.x(u1) - p.x(u0), th));
        g.setColor(shade);
        g.fill(new Rectangle2D.Double(p.x(u0), dy + th * 0.65, p.x(u1) - p.x(u0), th * 0.35));
        for (double u = u0 + 0.03; u < u1; u += 0.055) { // approach piers
            if (Math.abs(u - pylonA) > 0.04 && Math.abs(u - pylonB) > 0.04 && (u < pylonA || u > pylonB)) {
                g.setColor(concrete);
                g.fill(new Rectangle2D.Double(p.x(u), dy + th, p.s(0.006), p.y(p.horizon) - dy - th + p.s(0.004)));
            }
        }
    }

    /** A low factory hall seen from above at an angle: roof, front wall with a band of windows, side wall. */
    void hall(double u, double base, double w, double h, double depth, Color wall, Color roof) {
        double x0 = p.x(u);
        double by = p.y(base);
        double W = p.s(w);
        double H = p.y(h);
        double D = p.y(depth);
        GeneralPath top = new GeneralPath();
        top.moveTo(x0, by - H);
        top.lineTo(x0 + D * 0.6, by - H - D);
        top.lineTo(x0 + W + D * 0.6, by - H - D);
        top.lineTo(x0 + W, by - H);
        top.closePath();
        g.setColor(roof);
        g.fill(top);
        g.setColor(Painter.alpha(Color.WHITE, 0.12));
        for (int k = 1; k < 6; k++) {
            double f = k / 6.0;
            g.fill(new Rectangle2D.Double(x0 + D * 0.6 * f, by - H - D * f, W, Math.max(1, D * 0.03)));
        }
        g.setColor(wall);
        g.fill(new Rectangle2D.Double(x0, by - H, W, H));
        GeneralPath side = new GeneralPath();
        side.moveTo(x0 + W, by);
        side.lineTo(x0 + W, by - H);
        side.lineTo(x0 + W + D * 0.6, by - H - D);
        side.lineTo(x0 + W + D * 0.6, by - D);
        side.closePath();
        g.setColor(Painter.mix(wall, Color.BLACK, 0.22));
        g.fill(side);
        g.setColor(Painter.mix(roof, wall, 0.35));
        g.fill(new Rectangle2D.Double(x0, by - H * 0.78, W, H * 0.16));
        g.setColor(Painter.mix(wall, Color.BLACK, 0.3));
        int doors = Math.max(1, (int) (w / 0.05));
        for (int k = 0; k < doors; k++) {
            g.fill(new Rectangle2D.Double(x0 + W * (k + 0.3) / doors, by - H * 0.45, W / doors * 0.4, H * 0.45));
        }
    }

    /** A round-crowned tree, {@code size} tall (of the width), with a shadow side. */
    void tree(double u, double base, double size, Color leaf) {
        double S = p.s(size);
        double cx = p.x(u);
        double by = p.y(base);
        g.setColor(Painter.mix(leaf, Color.BLACK, 0.45));
        g.fill(new Rectangle2D.Double(cx - S * 0.05, by - S * 0.45, S * 0.1, S * 0.45));
        g.setColor(leaf);
        g.fill(new Ellipse2D.Double(cx - S * 0.4, by - S, S * 0.8, S * 0.7));
        g.setColor(Painter.mix(leaf, Color.BLACK, 0.18));
        g.fill(new Ellipse2D.Double(cx - S * 0.05, by - S * 0.85, S * 0.45, S * 0.55));
    }

    /** A row of trees. */
    void treeRow(double u0, double u1, double base, double size, int n, Color leaf) {
        for (int k = 0; k < n; k++) {
            double u = u0 + (u1 - u0) * (k + 0.5) / n + p.rnd(-0.01, 0.01);
            tree(u, base, size * p.rnd(0.8, 1.1), Painter.mix(leaf, Color.BLACK, p.rnd(0, 0.15)));
        }
    }

    /** A container lorry, cab to the right, {@code size} long (of the width). */
    void truck(double u, double base, double size, Color cab, Color box) {
        double L = p.s(size);
        double x = p.x(u);
        double by = p.y(base);
        box(x, by - L * 0.42, L * 0.74, L * 0.3, box);
        g.setColor(c(0x2b2f36));
        g.fill(new Rectangle2D.Double(x, by - L * 0.12, L, L * 0.04));
        g.setColor(cab);
        g.fill(new RoundRectangle2D.Double(x + L * 0.78, by - L * 0.4, L * 0.22, L * 0.3, L * 0.05, L * 0.05));
        g.setColor(c(0x9fc7e0));
        g.fill(new Rectangle2D.Double(x + L * 0.88, by - L * 0.36, L * 0.1, L * 0.1));
        g.setColor(c(0x1c1f24));
        for (double wx : new double[] {0.1, 0.24, 0.62, 0.86}) {
            g.fill(new Ellipse2D.Double(x + L * wx - L * 0.05, by - L * 0.1, L * 0.1, L * 0.1));
        }
    }

    /** A rubber-tyred gantry crane straddling a container block: two portal frames. */
    void gantry(double u, double base, double width, double height, Color c) {
        double x0 = p.x(u);
        double W = p.s(width);
        double by = p.y(base);
        double H = p.y(height);
        double leg = W * 0.05;
        g.setColor(c);
        g.fill(new Rectangle2D.Double(x0, by - H, leg, H));
        g.fill(new Rectangle2D.Double(x0 + W - leg, by - H, leg, H));
        g.fill(new Rectangle2D.Double(x0, by - H, W, leg * 1.3));
        g.setColor(Painter.mix(c, Color.BLACK, 0.3));
        g.fill(new Rectangle2D.Double(x0 + W * 0.4, by - H + leg * 1.3, W * 0.16, leg));
        g.setColor(c(0x1c1f24));
        g.fill(new Rectangle2D.Double(x0 - leg * 0.3, by - leg * 0.8, leg * 1.6, leg * 0.8));
        g.fill(new Rectangle2D.Double(x0 + W - leg * 1.3, by - leg * 0.8, leg * 1.6, leg * 0.8));
    }

    /** A tugboat, bow to the right. */
    void tug(double u, double waterline, double size, Color hull) {
        double L = p.s(size);
        double x = p.x(u);
        double by = p.y(waterline);
        GeneralPath k = new GeneralPath();
        k.moveTo(x, by - L * 0.2);
        k.lineTo(x + L, by - L * 0.26);
        k.lineTo(x + L * 0.9, by);
        k.lineTo(x + L * 0.08, by);
        k.closePath();
        g.setColor(hull);
        g.fill(k);
        g.setColor(c(0xf4f1ea));
        g.fill(new Rectangle2D.Double(x + L * 0.35, by - L * 0.48, L * 0.35, L * 0.26));
        g.fill(new Rectangle2D.Double(x + L * 0.42, by - L * 0.62, L * 0.22, L * 0.14));
        g.setColor(c(0x2b3440));
        g.fill(new Rectangle2D.Double(x + L * 0.44, by - L * 0.58, L * 0.18, L * 0.05));
        g.setColor(Painter.alpha(Color.WHITE, 0.7));
        g.fill(new Ellipse2D.Double(x + L * 0.85, by - L * 0.05, L * 0.4, L * 0.08));
    }

    /** A house on a floating raft of blue barrels: wooden walls, a sloped roof, a veranda. */
    void raftHouse(double u, double waterline, double size, Color wall, Color roof) {
        double S = p.s(size);
        double x = p.x(u);
        double by = p.y(waterline);
        g.setColor(c(0x2f6fa8));
        for (double k = 0; k < 1.3; k += 0.16) {
            g.fill(new RoundRectangle2D.Double(x + S * k - S * 0.15, by - S * 0.08, S * 0.14, S * 0.1, S * 0.05, S * 0.05));
        }
        g.setColor(c(0x8a6a4a));
        g.fill(new Rectangle2D.Double(x - S * 0.2, by - S * 0.12, S * 1.45, S * 0.05));
        g.setColor(wall);
        g.fill(new Rectangle2D.Double(x, by - S * 0.62, S, S * 0.5));
        g.setColor(Painter.mix(wall, Color.BLACK, 0.25));
        g.fill(new Rectangle2D.Double(x + S * 0.15, by - S * 0.45, S * 0.16, S * 0.2));
        g.fill(new Rectangle2D.Double(x + S * 0.6, by - S * 0.48, S * 0.18, S * 0.36));
        GeneralPath r = new GeneralPath();
        r.moveTo(x - S * 0.12, by - S * 0.6);
        r.lineTo(x + S * 0.3, by - S * 0.88);
        r.lineTo(x + S * 0.75, by - S * 0.88);
        r.lineTo(x + S * 1.15, by - S * 0.6);
        r.closePath();
        g.setColor(roof);
        g.fill(r);
        g.setColor(Painter.alpha(Color.BLACK, 0.15));
        g.fill(new Rectangle2D.Double(x, by - S * 0.62, S, S * 0.05));
    }

    /** A wind turbine (white), {@code size} tall (of the width), blades at {@code angle}. */
    void turbine(double u, double base, double size, double angle, Color c) {
        double S = p.s(size);
        double x = p.x(u);
        double by = p.y(base);
        g.setColor(c);
        GeneralPath t = new GeneralPath();
        t.moveTo(x - S * 0.018, by);
        t.lineTo(x - S * 0.007, by - S);
        t.lineTo(x + S * 0.007, by - S);
        t.lineTo(x + S * 0.018, by);
        t.closePath();
        g.fill(t);
        for (int k = 0; k < 3; k++) {
            double a = angle + k * 2 * Math.PI / 3;
            GeneralPath b = new GeneralPath();
            double ca = Math.cos(a);
            double sa = Math.sin(a);
            b.moveTo(x - sa * S * 0.015, by - S + ca * S * 0.015);
            b.quadTo(x + ca * S * 0.2 - sa * S * 0.035, by - S + sa * S * 0.2 + ca * S * 0.035, x + ca * S * 0.5, by - S + sa * S * 0.5);
            b.lineTo(x + sa * S * 0.012, by - S - ca * S * 0.012);
            b.closePath();
            g.fill(b);
        }
        g.fill(new RoundRectangle2D.Double(x - S * 0.025, by - S - S * 0.018, S * 0.07, S * 0.036, S * 0.02, S * 0.02));
    }

    /** Solar panels in rows from {@code v0} down to {@code v1}, between u0 and u1. */
    void solar(double u0, double u1, double v0, double v1, int rows, Color panel) {
        for (int k = 0; k < rows; k++) {
            double t = (double) k / rows;
            double v = v0 + (v1 - v0) * t * t * 0.6 + (v1 - v0) * t * 0.4;
            double ph = p.y(0.012 + 0.03 * t);
            g.setColor(Painter.mix(panel, Color.WHITE, 0.25 * (1 - t)));
            GeneralPath r = new GeneralPath();
            r.moveTo(p.x(u0), p.y(v) + ph);
            r.lineTo(p.x(u0) + ph * 0.4, p.y(v));
            r.lineTo(p.x(u1) + ph * 0.4, p.y(v));
            r.lineTo(p.x(u1), p.y(v) + ph);
            r.closePath();
            g.fill(r);
            g.setColor(Painter.alpha(Color.WHITE, 0.35));
            for (double u = u0; u < u1; u += 0.02 + 0.02 * t) {
                g.fill(new Rectangle2D.Double(p.x(u), p.y(v), Math.max(1, p.s(0.0008)), ph));
            }
        }
    }

    /** A car, bonnet to the right, {@code size} long (of the width). */
    void car(double u, double base, double size, Color body) {
        double L = p.s(size);
        double x = p.x(u);
        double by = p.y(base);
        g.setColor(body);
        g.fill(new RoundRectangle2D.Double(x, by - L * 0.3, L, L * 0.2, L * 0.08, L * 0.08));
        GeneralPath cab = new GeneralPath();
        cab.moveTo(x + L * 0.18, by - L * 0.29);
        cab.lineTo(x + L * 0.3, by - L * 0.45);
        cab.lineTo(x + L * 0.66, by - L * 0.45);
        cab.lineTo(x + L * 0.8, by - L * 0.29);
        cab.closePath();
        g.fill(cab);
        g.setColor(c(0xbfd8e6));
        g.fill(new Rectangle2D.Double(x + L * 0.33, by - L * 0.42, L * 0.14, L * 0.11));
        g.fill(new Rectangle2D.Double(x + L * 0.5, by - L * 0.42, L * 0.14, L * 0.11));
        g.setColor(c(0x1c1f24));
        g.fill(new Ellipse2D.Double(x + L * 0.12, by - L * 0.17, L * 0.17, L * 0.17));
        g.fill(new Ellipse2D.Double(x + L * 0.7, by - L * 0.17, L * 0.17, L * 0.17));
    }

    /** A road running away from the viewer: {@code nearW} wide at the bottom, narrowing to {@code farW} at {@code v0}. */
    void road(double u, double v0, double farW, double nearW, Color c) {
        GeneralPath r = new GeneralPath();
        r.moveTo(p.x(u - farW / 2), p.y(v0));
        r.lineTo(p.x(u + farW / 2), p.y(v0));
        r.lineTo(p.x(u + nearW / 2), p.h);
        r.lineTo(p.x(u - nearW / 2), p.h);
        r.closePath();
        g.setColor(c);
        g.fill(r);
        g.setColor(Painter.alpha(Color.WHITE, 0.8));
        for (double t = 0.05; t < 1; t += 0.14) {
            double y0 = p.y(v0) + (p.h - p.y(v0)) * t;
            double y1 = p.y(v0) + (p.h - p.y(v0)) * (t + 0.06);
            double w0 = p.s(0.002 + 0.006 * t);
            g.fill(new Rectangle2D.Double(p.x(u) - w0 / 2, y0, w0, y1 - y0));
        }
    }

    /** An industrial robot arm on a base at ({@code u}, {@code base}), {@code size} tall (of the width). */
    void robotArm(double u, double base, double size, Color c) {
        double S = p.s(size);
        double x = p.x(u);
        double by = p.y(base);
        g.setColor(Painter.mix(c, Color.BLACK, 0.4));
        g.fill(new RoundRectangle2D.Double(x - S * 0.15, by - S * 0.12, S * 0.3, S * 0.12, S * 0.04, S * 0.04));
        g.setColor(c);
        g.setStroke(new BasicStroke((float) (S * 0.09), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double ex = x + S * 0.12;
        double ey = by - S * 0.7;
        double wx = x - S * 0.3;
        double wy = by - S * 0.55;
        g.draw(new Line2D.Double(x, by - S * 0.12, ex, ey));
        g.draw(new Line2D.Double(ex, ey, wx, wy));
        g.setColor(Painter.mix(c, Color.BLACK, 0.4));
        g.fill(new Ellipse2D.Double(ex - S * 0.07, ey - S * 0.07, S * 0.14, S * 0.14));
        g.setStroke(new BasicStroke((float) (S * 0.03)));
        g.draw(new Line2D.Double(wx, wy, wx - S * 0.05, wy + S * 0.18));
        g.draw(new Line2D.Double(wx, wy, wx + S * 0.05, wy + S * 0.18));
    }

    /** A grassy river bank across the lower left corner with a few trees on it. */
    void bank(Color grass) {
        GeneralPath b = new GeneralPath();
        b.moveTo(0, p.y(0.8));
        b.quadTo(p.x(0.15), p.y(0.82), p.x(0.28), p.h);
        b.lineTo(0, p.h);
        b.closePath();
        g.setColor(grass);
        g.fill(b);
        tree(0.05, 0.9, 0.1, Painter.mix(grass, Color.BLACK, 0.15));
        tree(0.13, 0.96, 0.12, Painter.mix(grass, Color.BLACK, 0.25));
    }
}
