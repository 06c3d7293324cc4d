package vn.haiphong.showcase.illustrations;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
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
            karst(cx, kw, kh, c);
        }
    }

    /** One limestone island standing in the water at {@code cx}, {@code kw} wide and {@code kh} high (of the height). */
    void karst(double cx, double kw, double kh, Color c) {
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
        trees(0, 1, v, n, size);
    }

    /** {@code n} round trees standing on {@code v}, between {@code u0} and {@code u1}. */
    void trees(double u0, double u1, double v, int n, double size) {
        for (int k = 0; k < n; k++) {
            double u = rnd(u0, u1);
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

    // ---- people, buildings and things of the exhibition's tourism and people rooms ----

    /** What a figure wears on its head. */
    enum Hat { NONE, CONICAL, CAP }

    /** A figure's clothes; {@code scarf} is a neck scarf's colour (a pupil's red scarf) or null. */
    record Clothes(Color shirt, Color legs, Hat hat, Color scarf) {
    }

    static final Color SKIN = new Color(0xc9966f);
    static final Color HAIR = new Color(0x2a201c);
    static final Color STRAW = new Color(0xe3cf97);

    /**
     * A person with feet at ({@code u}, {@code base}), {@code height} tall (of the width), facing the
     * viewer or seen from behind, the upper body bent forward by {@code lean} radians (+ to the right).
     */
    void person(double u, double base, double height, Clothes c, double lean, boolean fromBehind) {
        double H = s(height);
        double fx = x(u);
        double hip = y(base) - H * 0.46;
        double leg = H * 0.085;
        g.setColor(c.legs());
        g.fill(new RoundRectangle2D.Double(fx - H * 0.1, hip - leg, leg, H * 0.46 + leg, leg * 0.8, leg * 0.8));
        g.fill(new RoundRectangle2D.Double(fx + H * 0.1 - leg, hip - leg, leg, H * 0.46 + leg, leg * 0.8, leg * 0.8));
        AffineTransform saved = g.getTransform();
        g.rotate(lean, fx, hip);
        double top = hip - H * 0.34;
        g.setColor(c.shirt());
        g.fill(new RoundRectangle2D.Double(fx - H * 0.125, top, H * 0.25, H * 0.38, H * 0.1, H * 0.1));
        Color arm = mix(c.shirt(), Color.BLACK, 0.08);
        g.setColor(arm);
        g.fill(new RoundRectangle2D.Double(fx - H * 0.17, top + H * 0.02, H * 0.065, H * 0.3, H * 0.06, H * 0.06));
        g.fill(new RoundRectangle2D.Double(fx + H * 0.105, top + H * 0.02, H * 0.065, H * 0.3, H * 0.06, H * 0.06));
        g.setColor(SKIN);
        g.fill(new Ellipse2D.Double(fx - H * 0.17, top + H * 0.3, H * 0.065, H * 0.065));
        g.fill(new Ellipse2D.Double(fx + H * 0.105, top + H * 0.3, H * 0.065, H * 0.065));
        if (c.scarf() != null) {
            g.setColor(c.scarf());
            GeneralPath sc = new GeneralPath();
            sc.moveTo(fx - H * 0.07, top + H * 0.01);
            sc.lineTo(fx + H * 0.07, top + H * 0.01);
            sc.lineTo(fx, top + H * (fromBehind ? 0.13 : 0.09));
            sc.closePath();
            g.fill(sc);
        }
        double hw = H * 0.15;
        double hy = top - H * 0.165;
        g.setColor(fromBehind ? HAIR : SKIN);
        g.fill(new Ellipse2D.Double(fx - hw / 2, hy, hw, H * 0.17));
        if (!fromBehind) {
            g.setColor(HAIR);
            g.fill(new Arc2D.Double(fx - hw / 2, hy - H * 0.005, hw, H * 0.12, 0, 180, Arc2D.CHORD));
        }
        if (c.hat() == Hat.CONICAL) {
            GeneralPath cone = new GeneralPath();
            cone.moveTo(fx - H * 0.19, hy + H * 0.05);
            cone.lineTo(fx, hy - H * 0.09);
            cone.lineTo(fx + H * 0.19, hy + H * 0.05);
            cone.closePath();
            g.setColor(STRAW);
            g.fill(cone);
            g.setColor(alpha(Color.BLACK, 0.12));
            g.fill(new Rectangle2D.Double(fx - H * 0.19, hy + H * 0.035, H * 0.38, H * 0.015));
        } else if (c.hat() == Hat.CAP) {
            g.setColor(mix(c.shirt(), Color.WHITE, 0.2));
            g.fill(new Arc2D.Double(fx - hw * 0.55, hy - H * 0.01, hw * 1.1, H * 0.11, 0, 180, Arc2D.CHORD));
            if (!fromBehind) {
                g.fill(new Rectangle2D.Double(fx - hw * 0.55, hy + H * 0.04, hw * 1.3, H * 0.02));
            }
        }
        g.setTransform(saved);
    }

    /** A row of people seen from behind, seated: heads and shoulders above a row of chair backs. */
    void seatedRow(double u0, double u1, double base, double size, Color chair, Color[] shirts, double occupied) {
        double S = s(size);
        double by = y(base);
        for (double xx = x(u0); xx < x(u1) - S * 0.6; xx += S * 1.1) {
            if (r.nextDouble() < occupied) {
                g.setColor(shirts[r.nextInt(shirts.length)]);
                g.fill(new RoundRectangle2D.Double(xx + S * 0.12, by - S * 1.25, S * 0.76, S * 0.8, S * 0.3, S * 0.3));
                g.setColor(HAIR);
                g.fill(new Ellipse2D.Double(xx + S * 0.32, by - S * 1.6, S * 0.36, S * 0.4));
            }
            g.setColor(chair);
            g.fill(new RoundRectangle2D.Double(xx, by - S * 0.85, S, S * 0.6, S * 0.15, S * 0.15));
            g.setColor(mix(chair, Color.BLACK, 0.35));
            g.fill(new Rectangle2D.Double(xx + S * 0.1, by - S * 0.25, S * 0.06, S * 0.25));
            g.fill(new Rectangle2D.Double(xx + S * 0.84, by - S * 0.25, S * 0.06, S * 0.25));
        }
    }

    /** A tall flagpole from {@code base} up to {@code top} with the national flag at its head. */
    void flagpole(double u, double top, double base, double size) {
        g.setColor(mix(p.shape(), Color.WHITE, 0.4));
        g.setStroke(new BasicStroke((float) Math.max(1.5, s(size) * 0.05)));
        g.draw(new Line2D.Double(x(u), y(top), x(u), y(base)));
        g.fill(new Rectangle2D.Double(x(u) - s(size) * 0.3, y(base) - s(size) * 0.15, s(size) * 0.6, s(size) * 0.15));
        flag(u, top, size);
    }

    /** A beach parasol standing in the sand, striped in {@code c} and white. */
    void parasol(double u, double base, double size, Color c) {
        double S = s(size);
        double px = x(u);
        double top = y(base) - S * 0.9;
        g.setColor(alpha(p.shape(), 0.25));
        g.fill(new Ellipse2D.Double(px - S * 0.45, y(base) - S * 0.04, S * 0.9, S * 0.1));
        g.setColor(mix(p.shape(), Color.WHITE, 0.3));
        g.setStroke(new BasicStroke((float) Math.max(1, S * 0.025)));
        g.draw(new Line2D.Double(px, top, px, y(base)));
        for (int k = 0; k < 8; k++) {
            g.setColor(k % 2 == 0 ? c : new Color(250, 248, 240));
            g.fill(new Arc2D.Double(px - S * 0.5, top - S * 0.22, S, S * 0.44, k * 22.5, 22.5, Arc2D.PIE));
        }
    }

    /** Sand from {@code v} down, with a gently curved edge and a line of surf along it. */
    void shore(double v, double amplitude, Color sand) {
        GeneralPath path = new GeneralPath();
        double ph = rnd(0, 6);
        path.moveTo(0, h);
        int steps = 120;
        for (int i = 0; i <= steps; i++) {
            double u = (double) i / steps;
            path.lineTo(x(u), y(v + amplitude * Math.sin(u * 3 + ph)));
        }
        path.lineTo(w, h);
        path.closePath();
        g.setColor(sand);
        g.fill(path);
        g.setPaint(new GradientPaint(0, (float) y(v), alpha(Color.BLACK, 0.0), 0, h, alpha(Color.BLACK, 0.12)));
        g.fill(path);
        for (int line = 0; line < 3; line++) {
            Path2D foam = new Path2D.Double();
            double off = -0.006 - line * 0.012;
            for (int i = 0; i <= steps; i++) {
                double u = (double) i / steps;
                double yy = y(v + off + amplitude * Math.sin(u * 3 + ph) + 0.002 * Math.sin(u * 40 + line));
                if (i == 0) {
                    foam.moveTo(x(u), yy);
                } else {
                    foam.lineTo(x(u), yy);
                }
            }
            g.setColor(alpha(Color.WHITE, 0.75 - line * 0.25));
            g.setStroke(new BasicStroke((float) Math.max(1.5, s(0.003 - line * 0.0008)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(foam);
        }
    }

    /** A low, rounded island on the horizon, {@code width} wide and {@code height} high (of the height). */
    void island(double u, double width, double height, Color c) {
        double base = y(horizon) + 2;
        GeneralPath k = new GeneralPath();
        k.moveTo(x(u - width / 2), base);
        k.curveTo(x(u - width * 0.3), base - y(height) * 0.9, x(u - width * 0.1), base - y(height) * 1.1, x(u + width * 0.08), base - y(height));
        k.curveTo(x(u + width * 0.3), base - y(height) * 0.8, x(u + width * 0.4), base - y(height) * 0.4, x(u + width / 2), base);
        k.closePath();
        g.setColor(c);
        g.fill(k);
    }

    /** A lighthouse standing on {@code base}, {@code height} tall (of the height), its lamp lit when {@code beam}. */
    void lighthouse(double u, double base, double height, boolean beam) {
        double H = y(height);
        double lx = x(u);
        double by = y(base);
        double bw = H * 0.2;
        double tw = H * 0.12;
        double lampY = by - H - H * 0.1;
        if (beam) {
            for (int side : new int[] {-1, 1}) {
                GeneralPath b = new GeneralPath();
                b.moveTo(lx, lampY + H * 0.05);
                b.lineTo(lx + side * s(0.45), lampY - H * 0.15);
                b.lineTo(lx + side * s(0.45), lampY + H * 0.3);
                b.closePath();
                g.setPaint(new GradientPaint((float) lx, 0, alpha(p.sun(), side > 0 ? 0.45 : 0.2), (float) (lx + side * s(0.45)), 0,
                        alpha(p.sun(), 0)));
                g.fill(b);
            }
        }
        GeneralPath tower = new GeneralPath();
        tower.moveTo(lx - bw / 2, by);
        tower.lineTo(lx - tw / 2, by - H);
        tower.lineTo(lx + tw / 2, by - H);
        tower.lineTo(lx + bw / 2, by);
        tower.closePath();
        g.setColor(mix(new Color(245, 243, 236), p.skyLow(), 0.15));
        g.fill(tower);
        java.awt.Shape clip = g.getClip();
        g.clip(tower);
        g.setColor(alpha(p.shape(), 0.18));
        g.fill(new Rectangle2D.Double(lx, by - H, bw, H));
        g.setClip(clip);
        g.setColor(mix(p.shape(), p.skyLow(), 0.2));
        g.fill(new Rectangle2D.Double(lx - tw * 0.8, by - H - H * 0.02, tw * 1.6, H * 0.03));
        g.fill(new Rectangle2D.Double(lx - tw * 0.4, lampY - H * 0.02, tw * 0.8, H * 0.02));
        g.setColor(beam ? new Color(255, 236, 170) : mix(p.skyLow(), Color.WHITE, 0.3));
        g.fill(new Rectangle2D.Double(lx - tw * 0.35, lampY, tw * 0.7, H * 0.08));
        g.setColor(mix(p.shape(), new Color(160, 40, 40), 0.6));
        GeneralPath cap = new GeneralPath();
        cap.moveTo(lx - tw * 0.5, lampY);
        cap.lineTo(lx, lampY - H * 0.08);
        cap.lineTo(lx + tw * 0.5, lampY);
        cap.closePath();
        g.fill(cap);
        g.setColor(alpha(p.shape(), 0.55));
        for (int k = 1; k <= 3; k++) {
            double wy = by - H * k / 4.2;
            g.fill(new Rectangle2D.Double(lx - H * 0.012, wy, H * 0.024, H * 0.04));
        }
    }

    /** A house with a pitched tiled roof, a door and two windows, {@code width} wide (of the width). */
    void house(double u, double base, double width, Color wall, Color roof) {
        double W = s(width);
        double bx = x(u) - W / 2;
        double by = y(base);
        double H = W * 0.45;
        g.setColor(wall);
        g.fill(new Rectangle2D.Double(bx, by - H, W, H));
        g.setColor(alpha(Color.BLACK, 0.08));
        g.fill(new Rectangle2D.Double(bx, by - H, W, H * 0.12));
        GeneralPath rf = new GeneralPath();
        rf.moveTo(bx - W * 0.08, by - H);
        rf.lineTo(bx + W * 0.12, by - H - W * 0.28);
        rf.lineTo(bx + W * 0.88, by - H - W * 0.28);
        rf.lineTo(bx + W * 1.08, by - H);
        rf.closePath();
        g.setColor(roof);
        g.fill(rf);
        g.setColor(alpha(Color.BLACK, 0.15));
        g.setStroke(new BasicStroke((float) Math.max(1, W * 0.006)));
        for (int k = 1; k < 4; k++) {
            double yy = by - H - W * 0.28 * k / 4.0;
            double inset = W * 0.2 * k / 4.0;
            g.draw(new Line2D.Double(bx - W * 0.08 + inset, yy, bx + W * 1.08 - inset, yy));
        }
        g.setColor(mix(new Color(110, 70, 40), p.shape(), 0.3));
        g.fill(new Rectangle2D.Double(bx + W * 0.42, by - H * 0.7, W * 0.16, H * 0.7));
        g.setColor(mix(new Color(255, 222, 150), wall, 0.35));
        g.fill(new Rectangle2D.Double(bx + W * 0.12, by - H * 0.65, W * 0.16, H * 0.3));
        g.fill(new Rectangle2D.Double(bx + W * 0.72, by - H * 0.65, W * 0.16, H * 0.3));
    }

    /** A small kayak with its paddler, bow to the right. */
    void kayak(double u, double waterline, double size, Color hull, Color vest) {
        double L = s(size);
        double kx = x(u);
        double ky = y(waterline);
        g.setColor(alpha(p.shape(), 0.25));
        g.fill(new Ellipse2D.Double(kx - L * 0.55, ky - L * 0.01, L * 1.1, L * 0.06));
        GeneralPath hullPath = new GeneralPath();
        hullPath.moveTo(kx - L * 0.5, ky - L * 0.04);
        hullPath.quadTo(kx, ky + L * 0.06, kx + L * 0.5, ky - L * 0.05);
        hullPath.quadTo(kx, ky - L * 0.07, kx - L * 0.5, ky - L * 0.04);
        hullPath.closePath();
        g.setColor(hull);
        g.fill(hullPath);
        g.setColor(vest);
        g.fill(new RoundRectangle2D.Double(kx - L * 0.06, ky - L * 0.2, L * 0.11, L * 0.17, L * 0.05, L * 0.05));
        g.setColor(SKIN);
        g.fill(new Ellipse2D.Double(kx - L * 0.045, ky - L * 0.28, L * 0.08, L * 0.085));
        g.setColor(mix(vest, Color.WHITE, 0.3));
        g.fill(new Arc2D.Double(kx - L * 0.05, ky - L * 0.29, L * 0.09, L * 0.07, 0, 180, Arc2D.CHORD));
        double a = rnd(-0.5, 0.5);
        double dx = Math.cos(a) * L * 0.32;
        double dy = Math.sin(a) * L * 0.32;
        g.setColor(p.shape());
        g.setStroke(new BasicStroke((float) Math.max(1, L * 0.012), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(kx - dx, ky - L * 0.12 - dy, kx + dx, ky - L * 0.12 + dy));
        g.setColor(mix(hull, Color.WHITE, 0.2));
        for (int e : new int[] {-1, 1}) {
            g.fill(new Ellipse2D.Double(kx + e * dx - L * 0.03, ky - L * 0.12 + e * dy - L * 0.015, L * 0.06, L * 0.03));
        }
    }

    /** A steel cable-car pylon on {@code base}, rising to {@code top} (fractions of the height). */
    void pylon(double u, double base, double top) {
        double px = x(u);
        double by = y(base);
        double ty = y(top);
        double bw = (by - ty) * 0.12;
        g.setColor(mix(p.light(), p.shape(), 0.45));
        g.setStroke(new BasicStroke((float) Math.max(1.5, bw * 0.08)));
        g.draw(new Line2D.Double(px - bw / 2, by, px - bw * 0.12, ty));
        g.draw(new Line2D.Double(px + bw / 2, by, px + bw * 0.12, ty));
        int n = 7;
        for (int k = 0; k < n; k++) {
            double t0 = (double) k / n;
            double t1 = (double) (k + 1) / n;
            double y0 = by + (ty - by) * t0;
            double y1 = by + (ty - by) * t1;
            double w0 = bw / 2 + (bw * 0.12 - bw / 2) * t0;
            double w1 = bw / 2 + (bw * 0.12 - bw / 2) * t1;
            g.draw(new Line2D.Double(px - w0, y0, px + w1, y1));
            g.draw(new Line2D.Double(px + w0, y0, px - w1, y1));
        }
        g.fill(new Rectangle2D.Double(px - bw * 0.5, ty - bw * 0.12, bw, bw * 0.12));
    }

    /** A cable hanging from ({@code u0},{@code v0}) to ({@code u1},{@code v1}) with {@code cabins} gondolas on it. */
    void cable(double u0, double v0, double u1, double v1, double sag, int cabins, Color cabin) {
        Path2D line = new Path2D.Double();
        line.moveTo(x(u0), y(v0));
        line.quadTo(x((u0 + u1) / 2), y((v0 + v1) / 2 + sag * 2), x(u1), y(v1));
        g.setColor(alpha(p.shape(), 0.85));
        g.setStroke(new BasicStroke((float) Math.max(1, s(0.0012))));
        g.draw(line);
        Path2D second = new Path2D.Double();
        second.moveTo(x(u0), y(v0) + s(0.004));
        second.quadTo(x((u0 + u1) / 2), y((v0 + v1) / 2 + sag * 2) + s(0.004), x(u1), y(v1) + s(0.004));
        g.draw(second);
        for (int k = 0; k < cabins; k++) {
            double t = (k + 0.5) / cabins;
            double cx = (1 - t) * (1 - t) * u0 + 2 * t * (1 - t) * (u0 + u1) / 2 + t * t * u1;
            double cy = (1 - t) * (1 - t) * v0 + 2 * t * (1 - t) * ((v0 + v1) / 2 + sag * 2) + t * t * v1;
            double S = s(0.045);
            double hx = x(cx);
            double hy = y(cy);
            g.setColor(p.shape());
            g.draw(new Line2D.Double(hx, hy, hx, hy + S * 0.5));
            g.fill(new Rectangle2D.Double(hx - S * 0.2, hy + S * 0.45, S * 0.4, S * 0.06));
            g.setColor(cabin);
            g.fill(new RoundRectangle2D.Double(hx - S * 0.45, hy + S * 0.5, S * 0.9, S * 0.75, S * 0.25, S * 0.25));
            g.setColor(mix(new Color(40, 70, 100), p.skyLow(), 0.25));
            g.fill(new RoundRectangle2D.Double(hx - S * 0.37, hy + S * 0.6, S * 0.74, S * 0.32, S * 0.1, S * 0.1));
            g.setColor(alpha(Color.WHITE, 0.35));
            g.fill(new Rectangle2D.Double(hx - S * 0.3, hy + S * 0.63, S * 0.1, S * 0.26));
        }
    }

    /** A street stall: a striped awning on two poles over a table of goods in round basins. */
    void stall(double u, double base, double width, Color awning, Color[] goods) {
        double W = s(width);
        double bx = x(u) - W / 2;
        double by = y(base);
        double top = by - W * 0.75;
        g.setColor(mix(p.shape(), new Color(120, 90, 60), 0.3));
        g.fill(new Rectangle2D.Double(bx + W * 0.03, top, W * 0.025, W * 0.75));
        g.fill(new Rectangle2D.Double(bx + W * 0.945, top, W * 0.025, W * 0.75));
        int stripes = 8;
        for (int k = 0; k < stripes; k++) {
            g.setColor(k % 2 == 0 ? awning : new Color(248, 244, 232));
            GeneralPath st = new GeneralPath();
            double x0 = bx - W * 0.04 + (W * 1.08) * k / stripes;
            double x1 = bx - W * 0.04 + (W * 1.08) * (k + 1) / stripes;
            st.moveTo(x0 + W * 0.03, top - W * 0.16);
            st.lineTo(x1 + W * 0.03, top - W * 0.16);
            st.lineTo(x1, top);
            st.quadTo((x0 + x1) / 2, top + W * 0.05, x0, top);
            st.closePath();
            g.fill(st);
        }
        double table = by - W * 0.28;
        g.setColor(mix(new Color(140, 100, 60), p.shape(), 0.25));
        g.fill(new Rectangle2D.Double(bx, table, W, W * 0.04));
        g.setColor(mix(new Color(110, 80, 50), p.shape(), 0.4));
        g.fill(new Rectangle2D.Double(bx + W * 0.05, table, W * 0.9, W * 0.28));
        for (int k = 0; k < 4; k++) {
            double cx = bx + W * (0.14 + k * 0.24);
            basin(cx, table, W * 0.2, goods[r.nextInt(goods.length)]);
        }
        for (int k = 0; k < 3; k++) {
            double cx = bx + W * (0.2 + k * 0.3) + rnd(-W * 0.04, W * 0.04);
            basin(cx, by, W * 0.22, goods[r.nextInt(goods.length)]);
        }
    }

    /** A round basin or flat basket filled with small round things in {@code c}; in pixels, as {@link #stall} places them. */
    void basin(double cx, double by, double bw, Color c) {
        Color tub = new Color[] {new Color(40, 110, 190), new Color(200, 50, 50), new Color(170, 130, 80)}[r.nextInt(3)];
        for (int k = 0; k < 14; k++) {
            double rr = bw * rnd(0.06, 0.1);
            g.setColor(mix(c, k % 3 == 0 ? Color.WHITE : Color.BLACK, rnd(0, 0.2)));
            g.fill(new Ellipse2D.Double(cx + rnd(-bw * 0.38, bw * 0.38) - rr, by - bw * 0.36 + rnd(-bw * 0.06, bw * 0.04) - rr, 2 * rr, 2 * rr));
        }
        GeneralPath t = new GeneralPath();
        t.moveTo(cx - bw / 2, by - bw * 0.36);
        t.lineTo(cx + bw / 2, by - bw * 0.36);
        t.lineTo(cx + bw * 0.38, by);
        t.lineTo(cx - bw * 0.38, by);
        t.closePath();
        g.setColor(tub);
        g.fill(t);
        g.setColor(alpha(Color.WHITE, 0.25));
        g.fill(new Rectangle2D.Double(cx - bw / 2, by - bw * 0.36, bw, bw * 0.05));
    }

    /** Low plastic stools of a street-food stall, the kind every pavement in Viet Nam knows. */
    void stools(double u0, double u1, double base, double size) {
        double S = s(size);
        Color[] cs = {new Color(220, 50, 50), new Color(40, 110, 190), new Color(240, 200, 40)};
        for (double xx = x(u0); xx < x(u1); xx += S * rnd(1.4, 2.4)) {
            g.setColor(cs[r.nextInt(cs.length)]);
            GeneralPath st = new GeneralPath();
            st.moveTo(xx, y(base) - S * 0.7);
            st.lineTo(xx + S, y(base) - S * 0.7);
            st.lineTo(xx + S * 0.9, y(base));
            st.lineTo(xx + S * 0.1, y(base));
            st.closePath();
            g.fill(st);
            g.setColor(alpha(Color.BLACK, 0.2));
            g.fill(new Rectangle2D.Double(xx + S * 0.3, y(base) - S * 0.4, S * 0.4, S * 0.4));
        }
    }

    /** A blue wooden fishing boat with a wheelhouse and a small flag, bow to the right. */
    void fishingBoat(double u, double waterline, double size, Color hull) {
        double L = s(size);
        double bx = x(u);
        double by = y(waterline);
        GeneralPath hp = new GeneralPath();
        hp.moveTo(bx - L * 0.5, by - L * 0.16);
        hp.lineTo(bx + L * 0.5, by - L * 0.22);
        hp.quadTo(bx + L * 0.42, by - L * 0.02, bx + L * 0.3, by);
        hp.lineTo(bx - L * 0.42, by);
        hp.quadTo(bx - L * 0.5, by - L * 0.06, bx - L * 0.5, by - L * 0.16);
        hp.closePath();
        g.setColor(hull);
        g.fill(hp);
        g.setColor(new Color(200, 50, 45));
        g.setStroke(new BasicStroke((float) Math.max(1, L * 0.018)));
        g.draw(new Line2D.Double(bx - L * 0.5, by - L * 0.15, bx + L * 0.5, by - L * 0.21));
        g.setColor(mix(new Color(240, 236, 220), p.skyLow(), 0.2));
        g.fill(new Rectangle2D.Double(bx - L * 0.32, by - L * 0.36, L * 0.24, L * 0.2));
        g.setColor(mix(hull, Color.BLACK, 0.3));
        g.fill(new Rectangle2D.Double(bx - L * 0.36, by - L * 0.39, L * 0.32, L * 0.035));
        g.setColor(mix(new Color(60, 90, 120), p.skyLow(), 0.3));
        g.fill(new Rectangle2D.Double(bx - L * 0.29, by - L * 0.32, L * 0.07, L * 0.06));
        g.fill(new Rectangle2D.Double(bx - L * 0.19, by - L * 0.32, L * 0.07, L * 0.06));
        g.setColor(p.shape());
        g.setStroke(new BasicStroke((float) Math.max(1, L * 0.01)));
        g.draw(new Line2D.Double(bx + L * 0.12, by - L * 0.19, bx + L * 0.12, by - L * 0.62));
        g.draw(new Line2D.Double(bx + L * 0.12, by - L * 0.62, bx + L * 0.45, by - L * 0.22));
        g.draw(new Line2D.Double(bx + L * 0.12, by - L * 0.62, bx - L * 0.42, by - L * 0.17));
        flag((bx - L * 0.2) / w, (by - L * 0.39 - L * 0.2) / h, size * 0.05);
    }

    /** A round woven basket boat (thúng chai), with or without a fisherman. */
    void basketBoat(double u, double waterline, double size, boolean fisher) {
        double S = s(size);
        double bx = x(u);
        double by = y(waterline);
        g.setColor(mix(new Color(120, 95, 65), p.skyLow(), 0.2));
        g.fill(new Ellipse2D.Double(bx - S * 0.5, by - S * 0.25, S, S * 0.1));
        if (fisher) {
            person(u, waterline - size * 0.06 * w / h, size * 0.75, new Clothes(mix(new Color(90, 110, 140), p.skyLow(), 0.2),
                    new Color(60, 60, 70), Hat.CONICAL, null), 0.15, false);
        }
        g.setColor(mix(new Color(70, 55, 40), p.shape(), 0.3));
        g.fill(new Arc2D.Double(bx - S * 0.5, by - S * 0.45, S, S * 0.5, 180, 180, Arc2D.CHORD));
        g.setColor(alpha(p.light(), 0.15));
        g.setStroke(new BasicStroke((float) Math.max(1, S * 0.01)));
        for (int k = 1; k < 4; k++) {
            g.draw(new Arc2D.Double(bx - S * 0.5, by - S * 0.45 + k * S * 0.02, S, S * 0.5 - k * S * 0.05, 200, 140,
                    Arc2D.OPEN));
        }
    }

    /** Shallow pools left by the tide on a mudflat between {@code v0} and {@code v1}, mirroring the sky. */
    void puddles(double v0, double v1, int n) {
        for (int k = 0; k < n; k++) {
            double v = rnd(v0, v1);
            double wd = rnd(0.05, 0.16);
            g.setColor(alpha(p.skyMid(), 0.45));
            g.fill(new Ellipse2D.Double(x(rnd(0, 1)), y(v), s(wd), s(wd) * 0.12));
        }
    }

    /** A young mangrove: a thin stem on arched prop roots, a few leaves. */
    void mangrove(double u, double base, double size) {
        double S = s(size);
        double mx = x(u);
        double by = y(base);
        g.setColor(mix(new Color(110, 80, 55), p.shape(), 0.3));
        g.setStroke(new BasicStroke((float) Math.max(1, S * 0.035), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(mx, by - S * 0.15, mx, by - S * 0.7));
        for (int k = -2; k <= 2; k++) {
            Path2D root = new Path2D.Double();
            root.moveTo(mx, by - S * 0.2);
            root.quadTo(mx + k * S * 0.08, by - S * 0.28, mx + k * S * 0.13, by);
            g.draw(root);
        }
        for (int k = 0; k < 7; k++) {
            double a = -Math.PI / 2 + rnd(-1.3, 1.3);
            double lx = mx + Math.cos(a) * S * 0.2;
            double ly = by - S * 0.68 + Math.sin(a) * S * 0.2;
            g.setColor(mix(new Color(50, 130, 70), p.skyLow(), rnd(0, 0.25)));
            AffineTransform saved = g.getTransform();
            g.rotate(a, lx, ly);
            g.fill(new Ellipse2D.Double(lx - S * 0.13, ly - S * 0.045, S * 0.26, S * 0.09));
            g.setTransform(saved);
        }
    }

    /** A string of small triangular pennants across the picture. */
    void bunting(double v, double sag, int n) {
        g.setStroke(new BasicStroke((float) Math.max(1, s(0.0012))));
        g.setColor(alpha(p.shape(), 0.8));
        Path2D cord = new Path2D.Double();
        cord.moveTo(0, y(v));
        cord.quadTo(x(0.5), y(v + sag * 2), w, y(v));
        g.draw(cord);
        for (int k = 0; k < n; k++) {
            double u0 = (double) k / n;
            double u1 = (k + 0.7) / n;
            double v0 = v + sag * 2 * 2 * u0 * (1 - u0);
            double v1 = v + sag * 2 * 2 * u1 * (1 - u1);
            GeneralPath t = new GeneralPath();
            t.moveTo(x(u0), y(v0));
            t.lineTo(x(u1), y(v1));
            t.lineTo(x((u0 + u1) / 2), y((v0 + v1) / 2) + s(0.03));
            t.closePath();
            g.setColor(p.accents()[k % p.accents().length]);
            g.fill(t);
        }
    }

    /**
     * A block of {@code floors} storeys from {@code u0} to {@code u1} standing on {@code base}, each
     * {@code floor} (of the height) high: rows of windows, optional open corridors (a school) and a tiled roof.
     */
    void building(double u0, double u1, double base, int floors, double floor, Color wall, Color glass, boolean corridors, Color roof) {
        double bx = x(u0);
        double bw = x(u1) - bx;
        double fh = y(floor);
        double by = y(base);
        double top = by - floors * fh;
        g.setColor(wall);
        g.fill(new Rectangle2D.Double(bx, top, bw, by - top));
        int cols = Math.max(3, (int) Math.round(bw / (fh * 0.9)));
        double cw = bw / cols;
        for (int f = 0; f < floors; f++) {
            double fy = by - (f + 1) * fh;
            for (int c = 0; c < cols; c++) {
                double wx = bx + c * cw;
                if (corridors) {
                    g.setColor(alpha(Color.BLACK, 0.22));
                    g.fill(new Rectangle2D.Double(wx + cw * 0.3, fy + fh * 0.2, cw * 0.4, fh * 0.8));
                } else {
                    g.setColor(glass);
                    g.fill(new Rectangle2D.Double(wx + cw * 0.15, fy + fh * 0.25, cw * 0.7, fh * 0.5));
                    g.setColor(alpha(Color.WHITE, 0.2));
                    g.fill(new Rectangle2D.Double(wx + cw * 0.15, fy + fh * 0.25, cw * 0.12, fh * 0.5));
                }
            }
            if (corridors) {
                g.setColor(alpha(Color.BLACK, 0.12));
                g.fill(new Rectangle2D.Double(bx, fy, bw, fh * 0.18));
                g.setColor(mix(wall, Color.WHITE, 0.55));
                g.fill(new Rectangle2D.Double(bx, fy + fh * 0.68, bw, fh * 0.06));
                g.setStroke(new BasicStroke((float) Math.max(1, fh * 0.03)));
                for (double xx = bx; xx < bx + bw; xx += fh * 0.18) {
                    g.draw(new Line2D.Double(xx, fy + fh * 0.72, xx, by - f * fh));
                }
            }
        }
        if (roof != null) {
            GeneralPath rf = new GeneralPath();
            rf.moveTo(bx - bw * 0.02, top);
            rf.lineTo(bx + bw * 0.04, top - fh * 0.9);
            rf.lineTo(bx + bw * 0.96, top - fh * 0.9);
            rf.lineTo(bx + bw * 1.02, top);
            rf.closePath();
            g.setColor(roof);
            g.fill(rf);
        } else {
            g.setColor(mix(wall, p.shape(), 0.25));
            g.fill(new Rectangle2D.Double(bx - bw * 0.005, top - fh * 0.15, bw * 1.01, fh * 0.15));
        }
    }

    /**
     * A civic building: a long, symmetric front with a columned centre under a pediment and a
     * national flag on top. {@code width} of the width; returns nothing, draws on {@code base}.
     */
    void civicBuilding(double u, double base, double width, Color wall, Color accent) {
        double W = s(width);
        double bx = x(u) - W / 2;
        double by = y(base);
        double H = W * 0.26;
        Color shade = mix(wall, p.shape(), 0.3);
        g.setColor(wall);
        g.fill(new Rectangle2D.Double(bx, by - H, W, H));
        g.setColor(shade);
        g.fill(new Rectangle2D.Double(bx - W * 0.01, by - H - W * 0.012, W * 1.02, W * 0.012));
        Color glass = mix(new Color(70, 100, 130), p.skyLow(), 0.2);
        for (int f = 0; f < 4; f++) {
            for (int c = 0; c < 22; c++) {
                if (c >= 8 && c <= 13) {
                    continue;
                }
                double wx = bx + W * (0.02 + c * 0.0437);
                double wy = by - H + H * (0.1 + f * 0.21);
                g.setColor(glass);
                g.fill(new Rectangle2D.Double(wx, wy, W * 0.024, H * 0.13));
            }
        }
        double cx0 = bx + W * 0.34;
        double cw = W * 0.32;
        double ch = H * 1.35;
        g.setColor(mix(wall, Color.WHITE, 0.25));
        g.fill(new Rectangle2D.Double(cx0, by - ch, cw, ch));
        GeneralPath ped = new GeneralPath();
        ped.moveTo(cx0 - cw * 0.03, by - ch);
        ped.lineTo(cx0 + cw / 2, by - ch - cw * 0.16);
        ped.lineTo(cx0 + cw * 1.03, by - ch);
        ped.closePath();
        g.setColor(shade);
        g.fill(ped);
        g.setColor(accent);
        g.fill(star(cx0 + cw / 2, by - ch - cw * 0.065, cw * 0.04));
        g.setColor(alpha(Color.BLACK, 0.25));
        g.fill(new Rectangle2D.Double(cx0 + cw * 0.06, by - ch * 0.78, cw * 0.88, ch * 0.68));
        g.setColor(mix(wall, Color.WHITE, 0.45));
        for (int k = 0; k < 8; k++) {
            g.fill(new Rectangle2D.Double(cx0 + cw * (0.07 + k * 0.12), by - ch * 0.8, cw * 0.05, ch * 0.72));
        }
        g.setColor(shade);
        g.fill(new Rectangle2D.Double(cx0 + cw * 0.02, by - ch * 0.84, cw * 0.96, ch * 0.05));
        for (int k = 0; k < 4; k++) {
            g.setColor(mix(wall, k % 2 == 0 ? Color.WHITE : p.shape(), 0.2));
            g.fill(new Rectangle2D.Double(cx0 - cw * 0.05 * k, by - ch * 0.1 + k * ch * 0.025, cw + cw * 0.1 * k, ch * 0.025));
        }
        double S = s(width * 0.035);
        flag((cx0 + cw / 2) / w, (by - ch - cw * 0.16 - S * 2.2) / h, width * 0.035);
    }

    /** A sign with a red cross, as over a hospital's entrance. */
    void crossSign(double u, double v, double size) {
        double S = s(size);
        double cx = x(u);
        double cy = y(v);
        g.setColor(new Color(250, 250, 250));
        g.fill(new RoundRectangle2D.Double(cx - S / 2, cy - S / 2, S, S, S * 0.2, S * 0.2));
        g.setColor(new Color(210, 35, 42));
        g.fill(new Rectangle2D.Double(cx - S * 0.12, cy - S * 0.36, S * 0.24, S * 0.72));
        g.fill(new Rectangle2D.Double(cx - S * 0.36, cy - S * 0.12, S * 0.72, S * 0.24));
    }

    /** An ambulance: a white van with a red stripe and a light bar, bonnet to the right. */
    void ambulance(double u, double base, double size) {
        double L = s(size);
        double vx = x(u);
        double by = y(base);
        g.setColor(mix(new Color(248, 248, 248), p.skyLow(), 0.08));
        GeneralPath body = new GeneralPath();
        body.moveTo(vx, by - L * 0.12);
        body.lineTo(vx, by - L * 0.48);
        body.lineTo(vx + L * 0.72, by - L * 0.48);
        body.lineTo(vx + L * 0.88, by - L * 0.3);
        body.lineTo(vx + L, by - L * 0.27);
        body.lineTo(vx + L, by - L * 0.12);
        body.closePath();
        g.fill(body);
        g.setColor(new Color(210, 35, 42));
        g.fill(new Rectangle2D.Double(vx, by - L * 0.27, L, L * 0.05));
        g.setColor(mix(new Color(60, 90, 120), p.skyLow(), 0.2));
        GeneralPath ws = new GeneralPath();
        ws.moveTo(vx + L * 0.73, by - L * 0.44);
        ws.lineTo(vx + L * 0.85, by - L * 0.31);
        ws.lineTo(vx + L * 0.73, by - L * 0.31);
        ws.closePath();
        g.fill(ws);
        g.fill(new Rectangle2D.Double(vx + L * 0.5, by - L * 0.44, L * 0.18, L * 0.12));
        g.setColor(new Color(40, 90, 210));
        g.fill(new Rectangle2D.Double(vx + L * 0.55, by - L * 0.53, L * 0.14, L * 0.05));
        g.setColor(new Color(210, 35, 42));
        g.fill(new Rectangle2D.Double(vx + L * 0.18, by - L * 0.43, L * 0.04, L * 0.12));
        g.fill(new Rectangle2D.Double(vx + L * 0.14, by - L * 0.39, L * 0.12, L * 0.04));
        g.setColor(new Color(35, 35, 40));
        for (double wx : new double[] {0.2, 0.8}) {
            g.fill(new Ellipse2D.Double(vx + L * wx - L * 0.08, by - L * 0.16, L * 0.16, L * 0.16));
        }
    }

    /** The inside of a hall: a back wall down to {@code floorV}, a tiled floor in perspective, ceiling lights. */
    void interior(double floorV, Color wallColor, Color floorColor) {
        double fy = y(floorV);
        g.setPaint(new GradientPaint(0, 0, mix(wallColor, Color.WHITE, 0.15), 0, (float) fy, wallColor));
        g.fill(new Rectangle2D.Double(0, 0, w, fy));
        g.setColor(mix(wallColor, Color.WHITE, 0.5));
        g.fill(new Rectangle2D.Double(0, 0, w, y(0.06)));
        for (double u = 0.08; u < 1; u += 0.16) {
            g.setColor(new Color(255, 255, 245));
            g.fill(new RoundRectangle2D.Double(x(u), y(0.025), s(0.1), y(0.015), s(0.01), s(0.01)));
        }
        g.setPaint(new GradientPaint(0, (float) fy, floorColor, 0, h, mix(floorColor, Color.BLACK, 0.12)));
        g.fill(new Rectangle2D.Double(0, fy, w, h - fy));
        g.setColor(alpha(Color.BLACK, 0.1));
        g.setStroke(new BasicStroke((float) Math.max(1, s(0.0012))));
        double vx = w / 2.0;
        for (double u = -1.5; u <= 2.5; u += 0.1) {
            g.draw(new Line2D.Double(vx + (x(u) - vx) * 0.25, fy, x(u), h));
        }
        for (double t = 0.05; t < 1; t *= 1.45) {
            double yy = fy + (h - fy) * t;
            g.draw(new Line2D.Double(0, yy, w, yy));
        }
        g.setColor(mix(wallColor, Color.BLACK, 0.25));
        g.fill(new Rectangle2D.Double(0, fy - y(0.008), w, y(0.008)));
    }

    /** A service counter from {@code u0} to {@code u1} with numbered windows (1, 2, 3, …) above it. */
    void counters(double u0, double u1, double base, double height, int windows, Color front, Color sign) {
        double bx = x(u0);
        double bw = x(u1) - bx;
        double by = y(base);
        double H = y(height);
        double cw = bw / windows;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(8, H * 0.3)));
        for (int k = 0; k < windows; k++) {
            double wx = bx + k * cw;
            g.setColor(alpha(new Color(200, 230, 245), 0.35));
            g.fill(new Rectangle2D.Double(wx + cw * 0.08, by - H * 2.2, cw * 0.84, H * 1.2));
            g.setColor(sign);
            g.fill(new RoundRectangle2D.Double(wx + cw * 0.35, by - H * 2.75, cw * 0.3, H * 0.42, H * 0.1, H * 0.1));
            g.setColor(Color.WHITE);
            String n = String.valueOf(k + 1);
            FontMetrics fm = g.getFontMetrics();
            g.drawString(n, (float) (wx + cw / 2 - fm.stringWidth(n) / 2.0), (float) (by - H * 2.75 + H * 0.21 + fm.getAscent() * 0.38));
        }
        g.setColor(mix(front, Color.WHITE, 0.4));
        g.fill(new Rectangle2D.Double(bx - bw * 0.01, by - H - H * 0.08, bw * 1.02, H * 0.1));
        g.setColor(front);
        g.fill(new Rectangle2D.Double(bx, by - H, bw, H));
        g.setColor(alpha(Color.BLACK, 0.12));
        for (int k = 1; k < windows; k++) {
            g.fill(new Rectangle2D.Double(bx + k * cw - bw * 0.002, by - H * 2.2, bw * 0.004, H * 2.2));
        }
    }

    /** A queue-number display: a dark screen with rows of glowing numbers. */
    void display(double u, double v, double width, int rows) {
        double W = s(width);
        double dx = x(u) - W / 2;
        double dy = y(v);
        double H = W * 0.5;
        g.setColor(new Color(30, 34, 40));
        g.fill(new RoundRectangle2D.Double(dx - W * 0.02, dy - W * 0.02, W * 1.04, H + W * 0.04, W * 0.03, W * 0.03));
        g.setColor(new Color(12, 28, 45));
        g.fill(new Rectangle2D.Double(dx, dy, W, H));
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, (int) Math.max(8, H / (rows + 1))));
        for (int k = 0; k < rows; k++) {
            g.setColor(k == 0 ? new Color(255, 210, 90) : new Color(120, 220, 160));
            String line = String.format("%04d  \u2192  %d", 100 + r.nextInt(900), 1 + r.nextInt(5));
            g.drawString(line, (float) (dx + W * 0.1), (float) (dy + H * (k + 1) / (rows + 0.6)));
        }
    }

    /** A potted plant (pixels of the width for size). */
    void pottedPlant(double u, double base, double size) {
        double S = s(size);
        double px = x(u);
        double by = y(base);
        for (int k = 0; k < 9; k++) {
            double a = -Math.PI / 2 + (k - 4) * 0.3;
            g.setColor(mix(new Color(40, 120, 70), Color.BLACK, rnd(0, 0.25)));
            AffineTransform saved = g.getTransform();
            g.rotate(a + Math.PI / 2, px, by - S * 0.35);
            g.fill(new Ellipse2D.Double(px - S * 0.09, by - S * 0.35 - S * 0.75, S * 0.18, S * 0.75));
            g.setTransform(saved);
        }
        g.setColor(new Color(225, 220, 210));
        GeneralPath pot = new GeneralPath();
        pot.moveTo(px - S * 0.22, by - S * 0.38);
        pot.lineTo(px + S * 0.22, by - S * 0.38);
        pot.lineTo(px + S * 0.16, by);
        pot.lineTo(px - S * 0.16, by);
        pot.closePath();
        g.fill(pot);
    }

    /** A football pitch from {@code v0} down, seen from the side line: mown stripes, white lines. */
    void pitch(double v0) {
        for (int k = 0; k < 10; k++) {
            double t0 = Math.pow(k / 10.0, 1.3);
            double t1 = Math.pow((k + 1) / 10.0, 1.3);
            g.setColor(k % 2 == 0 ? new Color(74, 150, 72) : new Color(88, 165, 82));
            g.fill(new Rectangle2D.Double(0, y(v0) + (h - y(v0)) * t0, w, (h - y(v0)) * (t1 - t0) + 1));
        }
        g.setColor(alpha(Color.WHITE, 0.85));
        g.setStroke(new BasicStroke((float) Math.max(1.5, s(0.003))));
        double far = y(v0) + (h - y(v0)) * 0.04;
        g.draw(new Line2D.Double(0, far, w, far));
        g.draw(new Line2D.Double(x(0.5), far, x(0.5), h));
        double ch = (h - far) * 0.5;
        g.draw(new Ellipse2D.Double(x(0.5) - s(0.14), far + ch * 0.55, s(0.28), ch * 0.75));
    }

    /** A football goal (white frame, net) standing on {@code base}, {@code size} wide. */
    void goal(double u, double base, double size) {
        double S = s(size);
        double gx = x(u) - S / 2;
        double by = y(base);
        g.setColor(alpha(Color.WHITE, 0.35));
        g.setStroke(new BasicStroke((float) Math.max(1, S * 0.004)));
        for (double xx = gx; xx <= gx + S; xx += S / 24) {
            g.draw(new Line2D.Double(xx, by - S * 0.33, xx + S * 0.05, by));
        }
        for (double yy = by - S * 0.33; yy <= by; yy += S / 24) {
            g.draw(new Line2D.Double(gx, yy, gx + S, yy));
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) Math.max(1.5, S * 0.018)));
        g.draw(new Line2D.Double(gx, by, gx, by - S * 0.33));
        g.draw(new Line2D.Double(gx, by - S * 0.33, gx + S, by - S * 0.33));
        g.draw(new Line2D.Double(gx + S, by - S * 0.33, gx + S, by));
    }

    /** A football on the grass. */
    void ball(double u, double base, double size) {
        double S = s(size);
        g.setColor(alpha(Color.BLACK, 0.25));
        g.fill(new Ellipse2D.Double(x(u) - S * 0.5, y(base) - S * 0.1, S, S * 0.2));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(x(u) - S / 2, y(base) - S, S, S));
        g.setColor(new Color(30, 30, 30));
        g.fill(star(x(u), y(base) - S / 2, S * 0.22));
    }

    /** A parade float: a decorated platform on wheels carrying a large red flamboyant blossom. */
    void paradeFloat(double u, double base, double size) {
        double S = s(size);
        double fx = x(u);
        double by = y(base);
        g.setColor(new Color(30, 30, 34));
        for (double wx : new double[] {-0.35, 0.35}) {
            g.fill(new Ellipse2D.Double(fx + S * wx - S * 0.06, by - S * 0.12, S * 0.12, S * 0.12));
        }
        g.setColor(new Color(176, 32, 38));
        g.fill(new RoundRectangle2D.Double(fx - S * 0.5, by - S * 0.3, S, S * 0.22, S * 0.05, S * 0.05));
        g.setColor(new Color(250, 200, 60));
        g.fill(new Rectangle2D.Double(fx - S * 0.5, by - S * 0.3, S, S * 0.03));
        for (int k = 0; k < 90; k++) {
            double rr = S * rnd(0.012, 0.025);
            g.setColor(r.nextDouble() < 0.25 ? new Color(46, 106, 79) : r.nextDouble() < 0.5 ? new Color(247, 127, 0) : new Color(214, 40, 40));
            g.fill(new Ellipse2D.Double(fx + rnd(-0.48, 0.48) * S - rr, by - S * 0.1 - rnd(0, 0.06) * S - rr, 2 * rr, 2 * rr));
        }
        double cx = fx;
        double cy = by - S * 0.62;
        for (int k = 0; k < 5; k++) {
            double a = -Math.PI / 2 + k * 2 * Math.PI / 5;
            AffineTransform saved = g.getTransform();
            g.rotate(a, cx, cy);
            g.setColor(k == 0 ? new Color(250, 235, 215) : new Color(222, 45, 38));
            g.fill(new Ellipse2D.Double(cx + S * 0.02, cy - S * 0.1, S * 0.28, S * 0.2));
            if (k == 0) {
                g.setColor(new Color(214, 40, 40));
                g.setStroke(new BasicStroke((float) Math.max(1, S * 0.006)));
                for (int q = 0; q < 5; q++) {
                    g.draw(new Line2D.Double(cx + S * 0.05, cy, cx + S * 0.25, cy + (q - 2) * S * 0.03));
                }
            }
            g.setTransform(saved);
        }
        g.setColor(new Color(250, 200, 60));
        g.setStroke(new BasicStroke((float) Math.max(1, S * 0.008), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int k = 0; k < 10; k++) {
            double a = -Math.PI / 2 + rnd(-1.2, 1.2);
            g.draw(new Line2D.Double(cx, cy, cx + Math.cos(a) * S * 0.16, cy + Math.sin(a) * S * 0.16));
        }
        g.setColor(new Color(60, 130, 60));
        g.fill(new Rectangle2D.Double(cx - S * 0.015, cy + S * 0.1, S * 0.03, S * 0.22));
    }

    /** A soft darker frame and fine paper grain; no text: the illustration note lives in the metadata and on the pages. */
    void finish(double grain) {
        g.setComposite(AlphaComposite.SrcOver);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(w / 2.0, h * 0.45), (float) (Math.hypot(w, h) * 0.62),
                new float[] {0.55f, 1f}, new Color[] {new Color(0, 0, 0, 0), new Color(0, 0, 0, 60)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE));
        g.fill(new Rectangle2D.Double(0, 0, w, h));
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
            d[i] = (byte) Math.max(0, Math.min(255, b + n));
            d[i + 1] = (byte) Math.max(0, Math.min(255, gg + n));
            d[i + 2] = (byte) Math.max(0, Math.min(255, rr + n));
        }
    }
}
