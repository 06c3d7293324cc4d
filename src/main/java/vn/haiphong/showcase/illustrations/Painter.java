package vn.haiphong.showcase.illustrations;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;

/**
 * Flat, layered landscape illustrations drawn with Java2D: sky, sun, hills, water and the
 * silhouettes of Hai Phong's port, industry, city and festivals. Coordinates are fractions of
 * the picture's width ({@code u}) and height ({@code v}); every random choice comes from one
 * seeded {@link Random}, so the same recipe always gives the same pixels.
 */
final class Painter {
    final int w;
    final int h;
    final Graphics2D g;
    final Random r;
    final Palette p;
    final BufferedImage img;
    /** The horizon line, as a fraction of the height. */
    double horizon = 0.62;

    /** The colours of a scene. */
    record Palette(Color skyTop, Color skyMid, Color skyLow, Color sun, Color far, Color near, Color waterTop,
                   Color waterLow, Color shape, Color light, Color[] accents) {
    }

    Painter(int w, int h, long seed, Palette p) {
        this.w = w;
        this.h = h;
        this.r = new Random(seed);
        this.p = p;
        this.img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        this.g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    double x(double u) {
        return u * w;
    }

    double y(double v) {
        return v * h;
    }

    /** A length relative to the picture's width. */
    double s(double u) {
        return u * w;
    }

    double rnd(double a, double b) {
        return a + r.nextDouble() * (b - a);
    }

    static Color mix(Color a, Color b, double t) {
        t = Math.max(0, Math.min(1, t));
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    static Color alpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * Math.max(0, Math.min(1, a))));
    }

    void sky() {
        g.setPaint(new LinearGradientPaint(0, 0, 0, (float) y(horizon + 0.02), new float[] {0f, 0.55f, 1f},
                new Color[] {p.skyTop(), p.skyMid(), p.skyLow()}));
        g.fill(new Rectangle2D.Double(0, 0, w, y(horizon) + 4));
    }

    void sun(double u, double v, double radius) {
        double rad = s(radius);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(x(u), y(v)), (float) (rad * 7), new float[] {0f, 0.15f, 1f},
                new Color[] {alpha(p.sun(), 0.55), alpha(p.sun(), 0.18), alpha(p.sun(), 0)}));
        g.fill(new Rectangle2D.Double(0, 0, w, y(horizon)));
        g.setColor(p.sun());
        g.fill(new Ellipse2D.Double(x(u) - rad, y(v) - rad, 2 * rad, 2 * rad));
    }

    void clouds(int n, double top, double bottom) {
        for (int i = 0; i < n; i++) {
            double cx = rnd(-0.1, 1.1);
            double cy = rnd(top, bottom);
            double cw = rnd(0.12, 0.3);
            Color c = alpha(mix(p.skyMid(), p.light(), 0.5), rnd(0.18, 0.35));
            g.setColor(c);
            for (int k = 0; k < 6; k++) {
                double ew = s(cw * rnd(0.3, 0.6));
                double eh = ew * rnd(0.18, 0.3);
                g.fill(new Ellipse2D.Double(x(cx) + s(cw) * rnd(-0.4, 0.4) - ew / 2, y(cy) + eh * rnd(-0.5, 0.5) - eh / 2, ew, eh));
            }
        }
    }

    /** A ridge of hills whose top line wanders around {@code base} (fraction of the height). */
    void hills(double base, double amplitude, Color c) {
        GeneralPath path = new GeneralPath();
        path.moveTo(0, h);
        double p1 = rnd(0, 6);
        double p2 = rnd(0, 6);
        double f1 = rnd(2, 4);
        double f2 = rnd(6, 11);
        int steps = 240;
        for (int i = 0; i <= steps; i++) {
            double u = (double) i / steps;
            double v = base - amplitude * (0.6 * Math.sin(u * f1 + p1) + 0.4 * Math.sin(u * f2 + p2) * 0.5 + 0.5);
            path.lineTo(x(u), y(v));
        }
        path.lineTo(w, h);
        path.closePath();
        g.setColor(c);
        g.fill(path);
    }

    /** Ha Long Bay's limestone islands: tall rounded rocks standing in the water. */
    void karsts(int n, double height, Color c) {
        for (int i = 0; i < n; i++) {
            double cx = rnd(0.0, 1.0);
            double kw = rnd(0.04, 0.11);
            double kh = height * rnd(0.5, 1.0);
            GeneralPath k = new GeneralPath();
            double base = y(horizon) + 2;
            k.moveTo(x(cx - kw / 2), base);
            k.curveTo(x(cx - kw / 2) - s(0.01), base - y(kh) * 0.6, x(cx - kw * 0.35), base - y(kh) * 1.05,
                    x(cx), base - y(kh));
            k.curveTo(x(cx + kw * 0.4), base - y(kh) * 0.95, x(cx + kw / 2) + s(0.012), base - y(kh) * 0.5,
                    x(cx + kw / 2), base);
            k.closePath();
            g.setColor(c);
            g.fill(k);
            java.awt.Shape clip = g.getClip();
            g.clip(k); // the lit side stays inside the rock
            g.setColor(alpha(p.light(), 0.08));
            g.fill(new Rectangle2D.Double(x(cx - kw / 2), base - y(kh) * 1.1, s(kw) * 0.25, y(kh) * 1.1));
            g.setClip(clip);
        }
    }

    void water() {
        double top = y(horizon);
        g.setPaint(new GradientPaint(0, (float) top, p.waterTop(), 0, h, p.waterLow()));
        g.fill(new Rectangle2D.Double(0, top, w, h - top));
        g.setStroke(new BasicStroke((float) Math.max(1, s(0.0012))));
        for (int i = 0; i < 900; i++) {
            double v = rnd(horizon + 0.005, 1.0);
            double len = s(rnd(0.01, 0.06)) * (0.4 + (v - horizon) * 2);
            double u = rnd(0, 1);
            g.setColor(alpha(p.light(), rnd(0.05, 0.22)));
            g.draw(new Line2D.Double(x(u), y(v), x(u) + len, y(v)));
        }
    }

    /** The sun's glitter on the water below it. */
    void reflection(double u, double width) {
        g.setStroke(new BasicStroke((float) Math.max(2, s(0.0025)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 260; i++) {
            double v = rnd(horizon + 0.004, 1.0);
            double spread = width * (0.3 + (v - horizon) * 2.2);
            double cx = u + rnd(-spread, spread) * rnd(0, 1);
            double len = s(rnd(0.005, 0.035));
            g.setColor(alpha(p.sun(), rnd(0.25, 0.7) * (1.1 - (v - horizon))));
            g.draw(new Line2D.Double(x(cx) - len / 2, y(v), x(cx) + len / 2, y(v)));
        }
    }

    void ground(double top, Color c) {
        g.setColor(c);
        g.fill(new Rectangle2D.Double(0, y(top), w, h - y(top)));
    }

    /** A ship-to-shore container crane standing on the quay at {@code u}, its boom over the water. */
    void crane(double u, double base, double size, boolean boomLeft) {
        Color c = p.shape();
        g.setColor(c);
        double legH = size * 0.55;
        double span = size * 0.28;
        g.setStroke(new BasicStroke((float) s(size * 0.012)));
        double bx = x(u);
        double by = y(base);
        double top = by - s(legH);
        for (double dx : new double[] {-span / 2, span / 2}) {
            g.draw(new Line2D.Double(bx + s(dx), by, bx + s(dx), top));
        }
        g.draw(new Line2D.Double(bx - s(span / 2), by - s(legH * 0.45), bx + s(span / 2), by - s(legH * 0.45)));
        g.draw(new Line2D.Double(bx - s(span / 2), by, bx + s(span / 2), by - s(legH * 0.45)));
        double dir = boomLeft ? -1 : 1;
        double boomLen = size * 0.75;
        g.fill(new Rectangle2D.Double(Math.min(bx - s(span * 0.7), bx + dir * s(boomLen)), top - s(size * 0.03),
                s(boomLen + span * 0.7), s(size * 0.03)));
        g.fill(new Rectangle2D.Double(bx - s(span * 0.3), top - s(size * 0.09), s(span * 0.6), s(size * 0.065)));
        g.draw(new Line2D.Double(bx, top - s(size * 0.22), bx + dir * s(boomLen * 0.9), top - s(size * 0.03)));
        g.draw(new Line2D.Double(bx, top - s(size * 0.22), bx - dir * s(span * 0.7), top - s(size * 0.03)));
        g.draw(new Line2D.Double(bx, top - s(size * 0.22), bx, top));
        g.setColor(p.accents()[0]);
        g.fill(new Ellipse2D.Double(bx - s(size * 0.006), top - s(size * 0.235), s(size * 0.012), s(size * 0.012)));
    }

    /** Rows of containers on the quay between {@code u0} and {@code u1}. */
    void containers(double u0, double u1, double base, int rows, double unit) {
        double cw = s(unit * 2.4);
        double ch = s(unit);
        for (int row = 0; row < rows; row++) {
            double yy = y(base) - (row + 1) * ch;
            for (double xx = x(u0); xx < x(u1); xx += cw) {
                if (r.nextDouble() < 0.12 * row) {
                    continue;
                }
                Color c = p.accents()[r.nextInt(p.accents().length)];
                g.setColor(c);
                g.fill(new Rectangle2D.Double(xx, yy, cw - s(unit * 0.08), ch - s(unit * 0.08)));
                g.setColor(alpha(Color.BLACK, 0.18));
                for (int k = 1; k < 6; k++) {
                    g.fill(new Rectangle2D.Double(xx + k * cw / 6, yy + ch * 0.1, Math.max(1, s(unit * 0.03)), ch * 0.75));
                }
            }
        }
    }

    /** A container ship lying with its bow to the right. */
    void ship(double u, double waterline, double length, boolean loaded) {
        double L = s(length);
        double H = L * 0.11;
        double bx = x(u);
        double by = y(waterline);
        GeneralPath hull = new GeneralPath();
        hull.moveTo(bx, by - H);
        hull.lineTo(bx + L, by - H);
        hull.lineTo(bx + L * 0.96, by);
        hull.lineTo(bx + L * 0.04, by);
        hull.closePath();
        g.setColor(mix(p.shape(), p.accents()[0], 0.25));
        g.fill(hull);
        g.setColor(alpha(p.light(), 0.35));
        g.fill(new Rectangle2D.Double(bx + L * 0.02, by - H * 0.25, L * 0.94, H * 0.08));
        g.setColor(mix(p.shape(), p.light(), 0.35));
        g.fill(new Rectangle2D.Double(bx + L * 0.08, by - H * 3.2, L * 0.08, H * 2.2));
        g.setColor(p.light());
        for (int k = 0; k < 4; k++) {
            g.fill(new Rectangle2D.Double(bx + L * 0.09, by - H * (3.0 - k * 0.45), L * 0.06, H * 0.12));
        }
        if (loaded) {
            double unit = H * 0.55;
            for (double xx = bx + L * 0.2; xx < bx + L * 0.92; xx += unit * 2.3) {
                int stack = 2 + r.nextInt(3);
                for (int k = 0; k < stack; k++) {
                    g.setColor(p.accents()[r.nextInt(p.accents().length)]);
                    g.fill(new Rectangle2D.Double(xx, by - H - (k + 1) * unit, unit * 2.2, unit * 0.92));
                }
            }
        }
    }

    /** A wooden junk with ribbed, rust-red sails, as on Ha Long and Lan Ha bays. */
    void junk(double u, double waterline, double size) {
        double L = s(size);
        double bx = x(u);
        double by = y(waterline);
        GeneralPath hull = new GeneralPath();
        hull.moveTo(bx - L * 0.5, by - L * 0.12);
        hull.quadTo(bx, by + L * 0.05, bx + L * 0.55, by - L * 0.16);
        hull.lineTo(bx + L * 0.4, by - L * 0.05);
        hull.lineTo(bx - L * 0.4, by - L * 0.04);
        hull.closePath();
        g.setColor(p.shape());
        g.fill(hull);
        Color sail = p.accents().length > 1 ? p.accents()[1] : p.accents()[0];
        for (int m = 0; m < 3; m++) {
            double mx = bx - L * 0.28 + m * L * 0.3;
            double sh = L * (0.55 + 0.18 * (m == 1 ? 1 : 0));
            GeneralPath sp = new GeneralPath();
            sp.moveTo(mx, by - L * 0.12);
            sp.lineTo(mx + L * 0.22, by - L * 0.12);
            sp.quadTo(mx + L * 0.26, by - L * 0.12 - sh * 0.6, mx + L * 0.16, by - L * 0.12 - sh);
            sp.lineTo(mx, by - L * 0.12 - sh * 0.95);
            sp.closePath();
            g.setColor(sail);
            g.fill(sp);
            g.setColor(alpha(p.shape(), 0.45));
            g.setStroke(new BasicStroke((float) Math.max(1, L * 0.006)));
            for (int k = 1; k < 6; k++) {
                double yy = by - L * 0.12 - sh * k / 6.0;
                g.draw(new Line2D.Double(mx, yy, mx + L * 0.2, yy + L * 0.02));
            }
        }
    }

    /** A city skyline; {@code lit} draws lit windows (evening). */
    void skyline(double base, double minH, double maxH, double fill, Color c, boolean lit, boolean glass) {
        double xx = x(rnd(-0.02, 0));
        while (xx < w) {
            double bw = s(rnd(0.025, 0.06));
            double bh = y(rnd(minH, maxH));
            if (r.nextDouble() < fill) {
                Color col = glass ? mix(c, p.light(), rnd(0, 0.35)) : mix(c, p.skyLow(), rnd(0, 0.12));
                g.setColor(col);
                double top = y(base) - bh;
                if (glass && r.nextDouble() < 0.4) {
                    GeneralPath t = new GeneralPath();
                    t.moveTo(xx, y(base));
                    t.lineTo(xx, top + bw * 0.4);
                    t.lineTo(xx + bw / 2, top);
                    t.lineTo(xx + bw, top + bw * 0.4);
                    t.lineTo(xx + bw, y(base));
                    t.closePath();
                    g.fill(t);
                } else {
                    g.fill(new Rectangle2D.Double(xx, top, bw, bh));
                }
                if (glass) {
                    g.setColor(alpha(p.light(), 0.25));
                    g.fill(new Rectangle2D.Double(xx + bw * 0.1, top + bw * 0.5, bw * 0.12, bh - bw * 0.5));
                }
                if (lit) {
                    double ww = bw / 9;
                    for (double wy = top + ww * 2; wy < y(base) - ww * 2; wy += ww * 2.2) {
                        for (double wx = xx + ww; wx < xx + bw - ww; wx += ww * 2) {
                            if (r.nextDouble() < 0.45) {
                                g.setColor(alpha(p.accents()[0], rnd(0.45, 0.95)));
                                g.fill(new Rectangle2D.Double(wx, wy, ww, ww * 1.2));
                            }
                        }
                    }
                }
            }
            xx += bw + s(rnd(0.0, 0.012));
        }
    }

    /** A flamboyant (phượng vĩ) tree in bloom: Hai Phong's city flower. */
    void flamboyant(double u, double base, double size) {
        double S = s(size);
        double bx = x(u);
        double by = y(base);
        g.setColor(mix(p.shape(), new Color(60, 35, 25), 0.5));
        g.setStroke(new BasicStroke((float) (S * 0.05), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D trunk = new Path2D.Double();
        trunk.moveTo(bx, by);
        trunk.curveTo(bx - S * 0.05, by - S * 0.2, bx + S * 0.05, by - S * 0.35, bx, by - S * 0.45);
        g.draw(trunk);
        g.setStroke(new BasicStroke((float) (S * 0.025), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int k = 0; k < 5; k++) {
            double ang = Math.PI * (0.1 + 0.8 * k / 4.0);
            g.draw(new Line2D.Double(bx, by - S * 0.42, bx - Math.cos(ang) * S * 0.5, by - S * 0.45 - Math.sin(ang) * S * 0.18));
        }
        Color red = new Color(214, 40, 40);
        Color orange = new Color(247, 127, 0);
        Color leaf = new Color(46, 106, 79);
        for (int k = 0; k < 900; k++) {
            double a = rnd(0, Math.PI * 2);
            double d = Math.sqrt(r.nextDouble());
            double cx = bx + Math.cos(a) * d * S * 0.62;
            double cy = by - S * 0.55 + Math.sin(a) * d * S * 0.2 - (1 - d) * S * 0.05;
            double rr = S * rnd(0.012, 0.03);
            double t = r.nextDouble();
            g.setColor(t < 0.18 ? mix(leaf, p.shape(), 0.3) : t < 0.8 ? mix(red, p.skyLow(), rnd(0, 0.15)) : orange);
            g.fill(new Ellipse2D.Double(cx - rr, cy - rr, 2 * rr, 2 * rr));
        }
    }

    /** A factory hall with a saw-tooth roof and chimneys. */
    void factory(double u, double base, double width, double height, boolean steam) {
        double bx = x(u);
        double by = y(base);
        double W = s(width);
        double H = y(height);
        g.setColor(p.shape());
        g.fill(new Rectangle2D.Double(bx, by - H, W, H));
        int teeth = 5 + r.nextInt(4);
        GeneralPath roof = new GeneralPath();
        roof.moveTo(bx, by - H);
        for (int k = 0; k < teeth; k++) {
            roof.lineTo(bx + W * k / teeth, by - H - H * 0.35);
            roof.lineTo(bx + W * (k + 1) / teeth, by - H);
        }
        roof.closePath();
        g.fill(roof);
        g.setColor(alpha(p.light(), 0.35));
        for (int k = 0; k < teeth; k++) {
            g.fill(new Rectangle2D.Double(bx + W * k / teeth + W * 0.01, by - H * 0.7, W / teeth * 0.6, H * 0.12));
        }
        int chimneys = 1 + r.nextInt(3);
        for (int k = 0; k < chimneys; k++) {
            double cx = bx + W * rnd(0.1, 0.9);
            double ch = H * rnd(1.4, 2.4);
            g.setColor(p.shape());
            g.fill(new Rectangle2D.Double(cx, by - H - ch, W * 0.035, ch));
            g.setColor(p.accents()[0]);
            g.fill(new Rectangle2D.Double(cx, by - H - ch + ch * 0.1, W * 0.035, ch * 0.06));
            if (steam) {
                for (int q = 0; q < 14; q++) {
                    double rr = W * (0.02 + q * 0.006);
                    g.setColor(alpha(p.light(), 0.22 - q * 0.012));
                    g.fill(new Ellipse2D.Double(cx + q * W * 0.018 - rr, by - H - ch - q * W * 0.015 - rr, 2 * rr, 2 * rr));
                }
            }
        }
    }

    void turbine(double u, double base, double size, double angle) {
        double bx = x(u);
        double by = y(base);
        double S = s(size);
        g.setColor(mix(p.light(), p.skyMid(), 0.15));
        GeneralPath tower = new GeneralPath();
        tower.moveTo(bx - S * 0.018, by);
        tower.lineTo(bx - S * 0.008, by - S);
        tower.lineTo(bx + S * 0.008, by - S);
        tower.lineTo(bx + S * 0.018, by);
        tower.closePath();
        g.fill(tower);
        for (int k = 0; k < 3; k++) {
            double a = angle + k * 2 * Math.PI / 3;
            GeneralPath blade = new GeneralPath();
            blade.moveTo(bx, by - S);
            blade.lineTo(bx + Math.cos(a + 0.06) * S * 0.12, by - S + Math.sin(a + 0.06) * S * 0.12);
            blade.lineTo(bx + Math.cos(a) * S * 0.55, by - S + Math.sin(a) * S * 0.55);
            blade.closePath();
            g.fill(blade);
        }
        g.fill(new Ellipse2D.Double(bx - S * 0.02, by - S - S * 0.02, S * 0.04, S * 0.04));
    }

    void solarField(double v0, double v1) {
        for (double v = v0; v < v1; v += (v1 - v0) / 6) {
            double depth = (v - v0) / (v1 - v0);
            double ph = y((v1 - v0) / 10) * (0.6 + depth);
            for (double u = -0.02; u < 1.02; u += 0.05 + depth * 0.03) {
                GeneralPath panel = new GeneralPath();
                panel.moveTo(x(u), y(v) + ph);
                panel.lineTo(x(u) + s(0.012), y(v));
                panel.lineTo(x(u + 0.04 + depth * 0.025), y(v));
                panel.lineTo(x(u + 0.028 + depth * 0.025), y(v) + ph);
                panel.closePath();
                g.setColor(mix(new Color(25, 55, 110), p.skyLow(), 0.15 - depth * 0.1));
                g.fill(panel);
                g.setColor(alpha(p.light(), 0.3));
                g.draw(panel);
            }
        }
    }

    /** A string of round lanterns hanging across the picture. */
    void lanterns(double v, double sag, int n) {
        g.setStroke(new BasicStroke((float) Math.max(1, s(0.0015))));
        g.setColor(alpha(p.shape(), 0.9));
        Path2D cord = new Path2D.Double();
        cord.moveTo(0, y(v));
        cord.quadTo(x(0.5), y(v + sag * 2), w, y(v));
        g.draw(cord);
        for (int k = 0; k < n; k++) {
            double u = (k + 0.5) / n;
            double cy = v + sag * 2 * (2 * u * (1 - u)) * 1.0;
            double rr = s(rnd(0.014, 0.022));
            Color c = p.accents()[r.nextInt(p.accents().length)];
            g.setPaint(new RadialGradientPaint(new Point2D.Double(x(u), y(cy) + rr * 1.3), (float) (rr * 4),
                    new float[] {0f, 1f}, new Color[] {alpha(c, 0.45), alpha(c, 0)}));
            g.fill(new Ellipse2D.Double(x(u) - rr * 4, y(cy) + rr * 1.3 - rr * 4, rr * 8, rr * 8));
            g.setColor(c);
            g.fill(new Ellipse2D.Double(x(u) - rr, y(cy) + rr * 0.3, rr * 2, rr * 2.1));
            g.setColor(alpha(Color.WHITE, 0.35));
            g.fill(new Ellipse2D.Double(x(u) - rr * 0.5, y(cy) + rr * 0.6, rr * 0.6, rr * 1.3));
            g.setColor(p.shape());
            g.fill(new Rectangle2D.Double(x(u) - rr * 0.3, y(cy) + rr * 0.1, rr * 0.6, rr * 0.3));
        }
    }

    void fireworks(int n) {
        for (int k = 0; k < n; k++) {
            double cx = x(rnd(0.1, 0.9));
            double cy = y(rnd(0.1, horizon - 0.2));
            double R = s(rnd(0.05, 0.12));
            Color c = p.accents()[r.nextInt(p.accents().length)];
            int rays = 40 + r.nextInt(30);
            g.setStroke(new BasicStroke((float) Math.max(1.5, s(0.0018)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int q = 0; q < rays; q++) {
                double a = 2 * Math.PI * q / rays + rnd(-0.03, 0.03);
                double len = R * rnd(0.75, 1.0);
                g.setPaint(new GradientPaint((float) cx, (float) cy, alpha(c, 0.05),
                        (float) (cx + Math.cos(a) * len), (float) (cy + Math.sin(a) * len), alpha(mix(c, Color.WHITE, 0.3), 0.95)));
                g.draw(new Line2D.Double(cx + Math.cos(a) * len * 0.2, cy + Math.sin(a) * len * 0.2,
                        cx + Math.cos(a) * len, cy + Math.sin(a) * len));
            }
        }
    }

    /** Viet Nam's flag, red with a yellow star, on a pole. */
    void flag(double u, double top, double size) {
        double S = s(size);
        double fx = x(u);
        double fy = y(top);
        g.setColor(p.shape());
        g.setStroke(new BasicStroke((float) Math.max(1.5, S * 0.04)));
        g.draw(new Line2D.Double(fx, fy, fx, fy + S * 2.2));
        Color red = mix(new Color(218, 37, 29), p.skyLow(), 0.12);
        GeneralPath cloth = new GeneralPath();
        cloth.moveTo(fx, fy);
        cloth.curveTo(fx + S * 0.5, fy - S * 0.08, fx + S, fy + S * 0.08, fx + S * 1.5, fy);
        cloth.lineTo(fx + S * 1.5, fy + S);
        cloth.curveTo(fx + S, fy + S * 1.08, fx + S * 0.5, fy + S * 0.92, fx, fy + S);
        cloth.closePath();
        g.setColor(red);
        g.fill(cloth);
        g.setColor(new Color(255, 205, 0));
        g.fill(star(fx + S * 0.75, fy + S * 0.5, S * 0.3));
    }

    static GeneralPath star(double cx, double cy, double R) {
        GeneralPath s = new GeneralPath();
        for (int k = 0; k < 10; k++) {
            double a = -Math.PI / 2 + k * Math.PI / 5;
            double rr = k % 2 == 0 ? R : R * 0.382;
            double px = cx + Math.cos(a) * rr;
            double py = cy + Math.sin(a) * rr;
            if (k == 0) {
                s.moveTo(px, py);
            } else {
                s.lineTo(px, py);
            }
        }
        s.closePath();
        return s;
    }

    /** A crowd seen from behind: rows of heads and shoulders, some holding flags. */
    void crowd(double v, int rows, double size, double flags) {
        for (int row = 0; row < rows; row++) {
            double yy = v + row * size * 0.9;
            double sz = size * (1 + row * 0.25);
            for (double u = rnd(-0.02, 0); u < 1.02; u += sz * rnd(0.55, 0.8)) {
                Color c = mix(p.shape(), p.skyLow(), 0.25 - row * 0.08);
                g.setColor(c);
                double hx = x(u);
                double hy = y(yy) - s(sz * 0.5);
                g.fill(new RoundRectangle2D.Double(hx - s(sz * 0.26), hy + s(sz * 0.1), s(sz * 0.52), s(sz * 0.9),
                        s(sz * 0.3), s(sz * 0.3)));
                g.fill(new Ellipse2D.Double(hx - s(sz * 0.12), hy - s(sz * 0.17), s(sz * 0.24), s(sz * 0.26)));
                if (r.nextDouble() < flags && row < rows - 1) {
                    flag(u + sz * 0.1, yy - sz * 1.6, sz * 0.28);
                }
            }
        }
    }

    /** The Opera House on Hai Phong's main square: a colonnaded front under a pediment and a low dome. */
    void operaHouse(double u, double base, double width) {
        double W = s(width);
        double bx = x(u) - W / 2;
        double by = y(base);
        double H = W * 0.42;
        Color wall = mix(p.light(), p.skyLow(), 0.35);
        Color shade = mix(wall, p.shape(), 0.35);
        g.setColor(wall);
        g.fill(new Rectangle2D.Double(bx, by - H, W, H));
        g.setColor(shade);
        GeneralPath ped = new GeneralPath();
        ped.moveTo(bx + W * 0.25, by - H);
        ped.lineTo(bx + W * 0.5, by - H - W * 0.12);
        ped.lineTo(bx + W * 0.75, by - H);
        ped.closePath();
        g.fill(ped);
        g.setColor(wall);
        g.fill(new Ellipse2D.Double(bx + W * 0.42, by - H - W * 0.2, W * 0.16, W * 0.14));
        g.setColor(shade);
        for (int k = 0; k < 8; k++) {
            double cx = bx + W * (0.28 + k * 0.064);
            g.fill(new Rectangle2D.Double(cx, by - H * 0.82, W * 0.022, H * 0.72));
        }
        for (int k = 0; k < 3; k++) {
            for (double side : new double[] {0.04, 0.78}) {
                g.fill(new RoundRectangle2D.Double(bx + W * (side + k * 0.06), by - H * 0.75, W * 0.035, H * 0.3, W * 0.03, W * 0.03));
            }
        }
        g.setColor(alpha(p.shape(), 0.6));
        g.fill(new Rectangle2D.Double(bx - W * 0.02, by - H * 0.1, W * 1.04, H * 0.1));
    }

    /** A cable-stayed bridge with two pylons (as the Tan Vu – Lach Huyen and Bach Dang bridges). */
    void bridge(double v, double pylonHeight, boolean light) {
        Color c = light ? mix(p.light(), p.skyLow(), 0.2) : p.shape();
        double deck = y(v);
        g.setColor(c);
        g.fill(new Rectangle2D.Double(0, deck, w, s(0.008)));
        g.setStroke(new BasicStroke((float) Math.max(1, s(0.0012))));
        for (double pu : new double[] {0.3, 0.72}) {
            double px = x(pu);
            double top = deck - y(pylonHeight);
            GeneralPath pylon = new GeneralPath();
            pylon.moveTo(px - s(0.012), deck + s(0.05));
            pylon.lineTo(px - s(0.004), top);
            pylon.lineTo(px + s(0.004), top);
            pylon.lineTo(px + s(0.012), deck + s(0.05));
            pylon.closePath();
            g.fill(pylon);
            for (int k = 1; k <= 11; k++) {
                double a = top + (deck - top) * 0.12 * (1 + k * 0.05);
                g.draw(new Line2D.Double(px, a, px - s(0.018 * k), deck));
                g.draw(new Line2D.Double(px, a, px + s(0.018 * k), deck));
            }
        }
        double foot = Math.max(deck + s(0.02), y(horizon) + s(0.012));
        for (double u = 0.04; u < 1; u += 0.09) {
            g.fill(new Rectangle2D.Double(x(u), deck, s(0.005), foot - deck));
        }
    }

    void metro(double v) {
        double deck = y(v);
        g.setColor(mix(p.light(), p.skyLow(), 0.3));
        g.fill(new Rectangle2D.Double(0, deck, w, s(0.01)));
        for (double u = 0.05; u < 1; u += 0.12) {
            g.fill(new Rectangle2D.Double(x(u), deck, s(0.012), h - deck));
        }
        double tx = x(rnd(0.1, 0.4));
        double tl = s(0.45);
        double th = s(0.03);
        g.setColor(new Color(240, 244, 248));
        g.fill(new RoundRectangle2D.Double(tx, deck - th, tl, th, th, th));
        g.setColor(p.accents()[0]);
        g.fill(new Rectangle2D.Double(tx + th * 0.5, deck - th * 0.35, tl - th, th * 0.12));
        g.setColor(new Color(60, 90, 120));
        for (double wx = tx + th; wx < tx + tl - th; wx += th * 0.9) {
            g.fill(new RoundRectangle2D.Double(wx, deck - th * 0.8, th * 0.6, th * 0.3, th * 0.1, th * 0.1));
        }
    }

    /** Motorbikes on an evening street: streaks of head- and tail-lights. */
    void traffic(double v0, double v1, int n) {
        g.setStroke(new BasicStroke((float) Math.max(2, s(0.003)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int k = 0; k < n; k++) {
            double v = rnd(v0, v1);
            double u = rnd(-0.1, 1.0);
            double len = rnd(0.04, 0.2);
            boolean head = r.nextBoolean();
            Color c = head ? new Color(255, 236, 179) : new Color(255, 70, 60);
            g.setPaint(new GradientPaint((float) x(u), 0, alpha(c, 0), (float) x(u + len), 0, alpha(c, 0.9)));
            g.draw(new Line2D.Double(x(u), y(v), x(u + len), y(v)));
        }
    }

    void trees(double v, int n, double size) {
        for (int k = 0; k < n; k++) {
            double u = rnd(0, 1);
            double S = s(size * rnd(0.6, 1.1));
            g.setColor(mix(new Color(45, 120, 80), p.skyLow(), rnd(0, 0.3)));
            g.fill(new Ellipse2D.Double(x(u) - S / 2, y(v) - S, S, S * 1.05));
            g.setColor(mix(p.shape(), new Color(60, 40, 30), 0.5));
            g.fill(new Rectangle2D.Double(x(u) - S * 0.04, y(v) - S * 0.1, S * 0.08, S * 0.2));
        }
    }

    void birds(int n) {
        g.setColor(alpha(p.shape(), 0.8));
        g.setStroke(new BasicStroke((float) Math.max(1.5, s(0.0016)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double cx = rnd(0.2, 0.8);
        double cy = rnd(0.12, 0.3);
        for (int k = 0; k < n; k++) {
            double u = cx + rnd(-0.12, 0.12);
            double v = cy + rnd(-0.06, 0.06);
            double S = s(rnd(0.006, 0.012));
            Path2D b = new Path2D.Double();
            b.moveTo(x(u) - S, y(v) - S * 0.3);
            b.quadTo(x(u) - S * 0.4, y(v) - S * 0.6, x(u), y(v));
            b.quadTo(x(u) + S * 0.4, y(v) - S * 0.6, x(u) + S, y(v) - S * 0.3);
            g.draw(b);
        }
    }

    /** Warm or cool light from one side, a darker frame, and fine film grain. */
    void finish(double grain, boolean sepia, String label) {
        g.setComposite(AlphaComposite.SrcOver);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(w / 2.0, h * 0.45), (float) (Math.hypot(w, h) * 0.62),
                new float[] {0.55f, 1f}, new Color[] {new Color(0, 0, 0, 0), new Color(0, 0, 0, 90)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE));
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(12, s(0.011))));
        g.setColor(new Color(255, 255, 255, 150));
        g.drawString(label, (float) s(0.018), (float) (h - s(0.018)));
        g.dispose();
        byte[] d = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        long state = r.nextLong() | 1;
        int amp = (int) Math.round(grain * 2);
        for (int i = 0; i < d.length; i += 3) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            int n = (int) ((state >>> 40) % (2 * amp + 1)) - amp;
            int b = d[i] & 0xff;
            int gg = d[i + 1] & 0xff;
            int rr = d[i + 2] & 0xff;
            if (sepia) {
                int l = (rr * 299 + gg * 587 + b * 114) / 1000;
                boolean red = rr > gg + 60 && rr > b + 60; // hand-tinted flags keep some colour
                if (!red) {
                    rr = Math.min(255, l + 28);
                    gg = Math.min(255, l + 10);
                    b = Math.max(0, l - 18);
                }
            }
            d[i] = (byte) Math.max(0, Math.min(255, b + n));
            d[i + 1] = (byte) Math.max(0, Math.min(255, gg + n));
            d[i + 2] = (byte) Math.max(0, Math.min(255, rr + n));
        }
    }
}
