package vn.haiphong.showcase.illustrations;

import static vn.haiphong.showcase.illustrations.IllustrationGenerator.c;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The travel-poster toolkit of the land chapters (liberation, city, culture, people) and the real
 * places they show: flat colour layers, gradient skies, smooth ridges that pale with distance, and
 * the silhouettes of the Opera House, the Lê Chân statue, Hàng Kênh communal house, Dư Hàng
 * pagoda, the Bạch Đằng stakes, Đồ Sơn's fighting buffaloes, Côn Sơn's pines, French-era
 * shophouses and the red flamboyant trees. Coordinates as in {@link Painter}: fractions of the
 * width ({@code u}) and height ({@code v}); sizes are fractions of the width.
 */
final class Landmarks {
    final Painter p;
    final Graphics2D g;

    // the series' poster colours
    static final Color CREAM = c(0xf4e6c8);
    static final Color OCHRE = c(0xe2b565);
    static final Color TERRACOTTA = c(0xc05a3c);
    static final Color RED = c(0xd42a20);
    static final Color STAR = c(0xffd400);
    static final Color INK = c(0x24303a);
    static final Color PINE = c(0x2f5a4a);
    static final Color SAGE = c(0x8fb08a);
    static final Color BRONZE = c(0x4a4a36);
    static final Color TILE = c(0x5b4640);
    static final Color WOOD = c(0x7a3b22);
    static final Color STONE = c(0xc9c3b3);
    static final Color KHAKI = c(0x7d7a4a);
    static final Color SHUTTER = c(0x3f7d6a);

    Landmarks(Painter p) {
        this.p = p;
        this.g = p.g;
    }

    static Color mix(Color a, Color b, double t) {
        return Painter.mix(a, b, t);
    }

    static Color alpha(Color c, double a) {
        return Painter.alpha(c, a);
    }

    double x(double u) {
        return p.x(u);
    }

    double y(double v) {
        return p.y(v);
    }

    double s(double u) {
        return p.s(u);
    }

    // ---- layers ----

    /** A sky from {@code top} (at the top) through {@code mid} to {@code low} (at {@code horizon}), filling the picture. */
    void sky(double horizon, Color top, Color mid, Color low) {
        p.horizon = horizon;
        g.setPaint(new LinearGradientPaint(0, 0, 0, (float) Math.max(2, y(horizon)), new float[] {0f, 0.6f, 1f},
                new Color[] {top, mid, low}));
        g.fill(new Rectangle2D.Double(0, 0, p.w, p.h));
    }

    /** A flat vertical gradient band from {@code v0} to {@code v1}. */
    void band(double v0, double v1, Color a, Color b) {
        g.setPaint(new LinearGradientPaint(0, (float) y(v0), 0, (float) Math.max(y(v0) + 1, y(v1)), new float[] {0f, 1f},
                new Color[] {a, b}));
        g.fill(new Rectangle2D.Double(0, y(v0), p.w, y(v1) - y(v0) + 1));
    }

    void rect(double u0, double v0, double u1, double v1, Color c) {
        g.setColor(c);
        g.fill(new Rectangle2D.Double(x(u0), y(v0), x(u1) - x(u0), y(v1) - y(v0)));
    }

    void fill(Shape sh, Color c) {
        g.setColor(c);
        g.fill(sh);
    }

    /** A polygon through the points (u, v, u, v, …). */
    GeneralPath poly(double... uv) {
        GeneralPath path = new GeneralPath();
        path.moveTo(x(uv[0]), y(uv[1]));
        for (int i = 2; i < uv.length; i += 2) {
            path.lineTo(x(uv[i]), y(uv[i + 1]));
        }
        path.closePath();
        return path;
    }

    /** A smooth ridge around {@code base} (of the height), {@code amp} high, filled down to the bottom. */
    void ridge(double base, double amp, double waves, Color c) {
        double p1 = p.rnd(0, 6.28);
        double p2 = p.rnd(0, 6.28);
        GeneralPath path = new GeneralPath();
        path.moveTo(0, p.h);
        for (int i = 0; i <= 200; i++) {
            double u = i / 200.0;
            double v = base - amp * (0.5 + 0.35 * Math.sin(u * waves * 6.28 + p1) + 0.15 * Math.sin(u * waves * 17 + p2));
            path.lineTo(x(u), y(v));
        }
        path.lineTo(p.w, p.h);
        path.closePath();
        fill(path, c);
    }

    /** A hill with a rounded top at {@code u}, {@code halfWidth} either side, its top {@code top} (of the height). */
    GeneralPath hill(double u, double halfWidth, double top, double base, Color c) {
        GeneralPath path = new GeneralPath();
        path.moveTo(x(u - halfWidth), y(base));
        path.curveTo(x(u - halfWidth * 0.55), y(base), x(u - halfWidth * 0.4), y(top), x(u), y(top));
        path.curveTo(x(u + halfWidth * 0.4), y(top), x(u + halfWidth * 0.55), y(base), x(u + halfWidth), y(base));
        path.closePath();
        fill(path, c);
        return path;
    }

    /** A poster cloud: a few flat rounded bars, lighter on top. */
    void cloud(double u, double v, double width, Color c) {
        double W = s(width);
        double H = W * 0.16;
        g.setColor(c);
        g.fill(new RoundRectangle2D.Double(x(u) - W / 2, y(v), W, H, H, H));
        g.fill(new RoundRectangle2D.Double(x(u) - W * 0.3, y(v) - H * 0.7, W * 0.5, H * 1.2, H * 1.2, H * 1.2));
        g.fill(new Ellipse2D.Double(x(u) - W * 0.05, y(v) - H * 1.3, W * 0.3, H * 2.1));
    }

    /** A flat sun or moon with a soft halo. */
    void sun(double u, double v, double radius, Color c, double halo) {
        double R = s(radius);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(x(u), y(v)), (float) (R * 6), new float[] {0f, 0.2f, 1f},
                new Color[] {alpha(c, halo), alpha(c, halo * 0.35), alpha(c, 0)}));
        g.fill(new Ellipse2D.Double(x(u) - R * 6, y(v) - R * 6, R * 12, R * 12));
        fill(new Ellipse2D.Double(x(u) - R, y(v) - R, 2 * R, 2 * R), c);
    }

    /** Calm water from {@code v} down: a gradient and a few long flat highlight bars. */
    void water(double v, Color top, Color low, Color glint, int bars) {
        band(v, 1.0, top, low);
        for (int i = 0; i < bars; i++) {
            double vv = p.rnd(v + 0.01, 0.98);
            double len = p.rnd(0.03, 0.16) * (0.5 + (vv - v));
            double u = p.rnd(-0.05, 1.0);
            double th = Math.max(2, s(0.0025) * (0.5 + (vv - v) * 2));
            g.setColor(alpha(glint, p.rnd(0.18, 0.45)));
            g.fill(new RoundRectangle2D.Double(x(u), y(vv), s(len), th, th, th));
        }
    }

    /** A soft diagonal light shape falling from the upper left. */
    void lightShaft(double u, double width, Color c, double a) {
        GeneralPath path = new GeneralPath();
        path.moveTo(x(u), 0);
        path.lineTo(x(u + width), 0);
        path.lineTo(x(u + width + 0.35), p.h);
        path.lineTo(x(u + 0.35), p.h);
        path.closePath();
        fill(path, alpha(c, a));
    }

    // ---- trees ----

    /** A red flamboyant (phượng vĩ) in bloom: a short trunk and a wide, flat umbrella crown of red. */
    void flamboyant(double u, double base, double size, Color red, Color trunk) {
        double S = s(size);
        double bx = x(u);
        double by = y(base);
        double crownY = by - S * 0.62;
        g.setColor(trunk);
        GeneralPath t = new GeneralPath();
        t.moveTo(bx - S * 0.04, by);
        t.curveTo(bx - S * 0.03, by - S * 0.3, bx - S * 0.02, crownY + S * 0.1, bx - S * 0.25, crownY);
        t.lineTo(bx - S * 0.2, crownY - S * 0.02);
        t.curveTo(bx, crownY + S * 0.05, bx + S * 0.02, crownY, bx + S * 0.28, crownY - S * 0.02);
        t.lineTo(bx + S * 0.3, crownY + S * 0.02);
        t.curveTo(bx + S * 0.06, crownY + S * 0.1, bx + S * 0.04, by - S * 0.3, bx + S * 0.05, by);
        t.closePath();
        g.fill(t);
        Color shade = mix(red, Color.BLACK, 0.28);
        Color lit = mix(red, c(0xffb347), 0.35);
        Color leaf = mix(c(0x4f7f3a), red, 0.15);
        // underside in shade, then the bulk, then the lit top; a few fern-green gaps
        for (int layer = 0; layer < 3; layer++) {
            Color col = layer == 0 ? shade : layer == 1 ? red : lit;
            int n = layer == 2 ? 9 : 14;
            for (int k = 0; k < n; k++) {
                double a = p.rnd(0, 1);
                double cx = bx + (a - 0.5) * S * (layer == 2 ? 1.05 : 1.45);
                double edge = 1 - Math.pow(Math.abs(a - 0.5) * 2, 2);
                double cy = crownY - S * (layer == 0 ? 0.02 : layer == 1 ? 0.08 + 0.12 * edge : 0.14 + 0.12 * edge) + p.rnd(-0.03, 0.03) * S;
                double rw = S * p.rnd(0.22, 0.34);
                double rh = rw * p.rnd(0.42, 0.55);
                g.setColor(col);
                g.fill(new Ellipse2D.Double(cx - rw / 2, cy - rh / 2, rw, rh));
                if (layer == 1 && k % 4 == 0) {
                    g.setColor(leaf);
                    g.fill(new Ellipse2D.Double(cx - rw * 0.2, cy + rh * 0.05, rw * 0.35, rh * 0.3));
                }
            }
        }
    }

    /** A round shade tree (a banyan or an almond tree): dark crown with a lit side. */
    void roundTree(double u, double base, double size, Color leaf) {
        double S = s(size);
        double bx = x(u);
        double by = y(base);
        fill(new Rectangle2D.Double(bx - S * 0.04, by - S * 0.6, S * 0.08, S * 0.6), mix(leaf, Color.BLACK, 0.45));
        fill(new Ellipse2D.Double(bx - S * 0.42, by - S * 1.25, S * 0.84, S * 0.78), leaf);
        fill(new Ellipse2D.Double(bx - S * 0.34, by - S * 1.2, S * 0.42, S * 0.5), mix(leaf, Color.WHITE, 0.18));
    }

    /** A Côn Sơn pine: a leaning trunk and flat, layered tiers of needles. */
    void pine(double u, double base, double size, Color needles, double lean) {
        double S = s(size);
        double bx = x(u);
        double by = y(base);
        double tx = bx + lean * S;
        g.setColor(mix(needles, c(0x3b2a20), 0.6));
        g.setStroke(new BasicStroke((float) (S * 0.05), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(bx, by, tx, by - S));
        for (int k = 0; k < 4; k++) {
            double ty = by - S * (0.45 + k * 0.17);
            double tw = S * (0.62 - k * 0.11);
            double cx = bx + (tx - bx) * (0.45 + k * 0.17) + (k % 2 == 0 ? -1 : 1) * S * 0.06;
            fill(new Ellipse2D.Double(cx - tw / 2, ty - S * 0.07, tw, S * 0.14), needles);
            fill(new Ellipse2D.Double(cx - tw * 0.45, ty - S * 0.08, tw * 0.6, S * 0.06), mix(needles, Color.WHITE, 0.15));
        }
    }

    /** A bonsai in a glazed pot: a twisted trunk and cloud-pads of leaves. */
    void bonsai(double u, double base, double size) {
        double S = s(size);
        double bx = x(u);
        double by = y(base);
        fill(poly(u - size * 0.3, base, u + size * 0.3, base, u + size * 0.36, base - size * 0.22 * p.w / p.h,
                u - size * 0.36, base - size * 0.22 * p.w / p.h), c(0x2f5d73));
        double py = by - S * 0.22;
        g.setColor(c(0x4a3526));
        g.setStroke(new BasicStroke((float) (S * 0.06), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        GeneralPath t = new GeneralPath();
        t.moveTo(bx, py);
        t.curveTo(bx - S * 0.25, py - S * 0.2, bx + S * 0.25, py - S * 0.35, bx - S * 0.05, py - S * 0.6);
        g.draw(t);
        double[][] pads = {{-0.3, -0.45, 0.4}, {0.22, -0.38, 0.36}, {-0.05, -0.68, 0.42}};
        for (double[] pd : pads) {
            fill(new Ellipse2D.Double(bx + S * pd[0] - S * pd[2] / 2, py + S * pd[1] - S * 0.08, S * pd[2], S * 0.16), c(0x3f6e3a));
            fill(new Ellipse2D.Double(bx + S * pd[0] - S * pd[2] * 0.4, py + S * pd[1] - S * 0.09, S * pd[2] * 0.6, S * 0.08),
                    c(0x6b9a4e));
        }
    }

    // ---- the Opera House (Nhà hát lớn Hải Phòng, 1912) ----

    /**
     * The Opera House seen from its square: wide front steps, a central block with a colonnade
     * under a triangular pediment, a low dome behind, and two lower wings ending in corner
     * pavilions. {@code width} of the width, standing on {@code base}.
     */
    void operaHouse(double u, double base, double width, Color wall, Color trim, Color dome, Color shadow) {
        double W = s(width);
        double cx = x(u);
        double by = y(base);
        Color dark = mix(wall, shadow, 0.55);
        Color recess = mix(wall, shadow, 0.35);
        // dome behind the pediment: a drum and a ribbed low dome with a lantern
        double domeW = W * 0.2;
        double domeBase = by - W * 0.37;
        fill(new Rectangle2D.Double(cx - domeW * 0.42, domeBase - W * 0.06, domeW * 0.84, W * 0.08), mix(wall, shadow, 0.2));
        fill(new Arc2D.Double(cx - domeW / 2, domeBase - W * 0.06 - domeW * 0.36, domeW, domeW * 0.72, 0, 180, Arc2D.CHORD), dome);
        fill(new Arc2D.Double(cx - domeW / 2, domeBase - W * 0.06 - domeW * 0.36, domeW * 0.5, domeW * 0.72, 90, 90, Arc2D.PIE),
                mix(dome, Color.WHITE, 0.18));
        fill(new Rectangle2D.Double(cx - W * 0.008, domeBase - W * 0.06 - domeW * 0.36 - W * 0.03, W * 0.016, W * 0.03), trim);
        fill(new Ellipse2D.Double(cx - W * 0.012, domeBase - W * 0.06 - domeW * 0.36 - W * 0.04, W * 0.024, W * 0.018), trim);
        // wings: two storeys with a balustrade, and corner pavilions
        double wingH = W * 0.22;
        for (int side = -1; side <= 1; side += 2) {
            double x0 = side < 0 ? cx - W * 0.5 : cx + W * 0.19;
            double ww = W * 0.31;
            fill(new Rectangle2D.Double(x0, by - wingH, ww, wingH), wall);
            fill(new Rectangle2D.Double(x0, by - wingH - W * 0.012, ww, W * 0.012), trim);
            // balustrade posts
            for (double bx = x0 + W * 0.01; bx < x0 + ww - W * 0.005; bx += W * 0.012) {
                fill(new Rectangle2D.Double(bx, by - wingH - W * 0.026, W * 0.005, W * 0.014), trim);
            }
            fill(new Rectangle2D.Double(x0, by - wingH - W * 0.03, ww, W * 0.005), trim);
            fill(new Rectangle2D.Double(x0, by - wingH * 0.52, ww, W * 0.008), trim); // string course
            fill(new Rectangle2D.Double(x0, by - wingH + W * 0.012, ww, W * 0.006), alpha(shadow, 0.35)); // shadow under cornice
            // corner pavilion, a little taller and forward, with a small pediment
            double px0 = side < 0 ? cx - W * 0.52 : cx + W * 0.42;
            double pw = W * 0.1;
            double ph = wingH + W * 0.05;
            fill(new Rectangle2D.Double(px0, by - ph, pw, ph), wall);
            fill(poly((px0 - W * 0.005) / p.w, (by - ph) / p.h, (px0 + pw / 2) / p.w, (by - ph - W * 0.035) / p.h,
                    (px0 + pw + W * 0.005) / p.w, (by - ph) / p.h), trim);
            fill(new Rectangle2D.Double(px0 - W * 0.004, by - ph, pw + W * 0.008, W * 0.01), trim);
            fill(new Rectangle2D.Double(side < 0 ? px0 + pw - W * 0.012 : px0, by - ph, W * 0.012, ph), alpha(shadow, 0.25));
            for (int k = 0; k < 2; k++) {
                double wx = px0 + pw * (0.22 + k * 0.36);
                fill(new Rectangle2D.Double(wx, by - ph * 0.85, pw * 0.2, ph * 0.3), dark);
                fill(new RoundRectangle2D.Double(wx, by - ph * 0.4, pw * 0.2, ph * 0.34, pw * 0.2, pw * 0.2), dark);
            }
            // wing windows: arched below, tall with pediments above
            for (int k = 0; k < 6; k++) {
                double wx = x0 + (side < 0 ? W * 0.035 : W * 0.02) + k * W * 0.043;
                fill(new RoundRectangle2D.Double(wx, by - wingH * 0.44, W * 0.022, wingH * 0.36, W * 0.022, W * 0.022), dark);
                fill(new Rectangle2D.Double(wx, by - wingH * 0.9, W * 0.022, wingH * 0.3), dark);
                fill(new Rectangle2D.Double(wx - W * 0.004, by - wingH * 0.93, W * 0.03, W * 0.005), trim);
            }
        }
        // the central block
        double bw = W * 0.4;
        double bx0 = cx - bw / 2;
        double bh = W * 0.31;
        fill(new Rectangle2D.Double(bx0, by - bh, bw, bh), wall);
        // ground floor: an arcade of five arches
        for (int k = 0; k < 5; k++) {
            double ax = bx0 + bw * (0.06 + k * 0.185);
            fill(new RoundRectangle2D.Double(ax, by - bh * 0.36, bw * 0.13, bh * 0.36, bw * 0.13, bw * 0.13), dark);
        }
        fill(new Rectangle2D.Double(bx0, by - bh * 0.42, bw, W * 0.012), trim);
        // upper floor: a shaded loggia behind paired columns
        double colTop = by - bh * 0.92;
        double colBot = by - bh * 0.42;
        fill(new Rectangle2D.Double(bx0 + bw * 0.04, colTop, bw * 0.92, colBot - colTop), recess);
        for (int k = 0; k < 5; k++) {
            double wx = bx0 + bw * (0.1 + k * 0.185);
            fill(new RoundRectangle2D.Double(wx, colTop + (colBot - colTop) * 0.2, bw * 0.07, (colBot - colTop) * 0.7, bw * 0.07, bw * 0.07),
                    dark);
        }
        double[] cols = {0.04, 0.1, 0.27, 0.33, 0.5 - 0.03, 0.5 + 0.03 - 0.035 + 0.035, 0.635, 0.695, 0.86, 0.92};
        for (double cu : cols) {
            double colX = bx0 + bw * cu;
            double cw = bw * 0.035;
            fill(new Rectangle2D.Double(colX, colTop, cw, colBot - colTop), wall);
            fill(new Rectangle2D.Double(colX + cw * 0.65, colTop, cw * 0.35, colBot - colTop), alpha(shadow, 0.22));
            fill(new Rectangle2D.Double(colX - cw * 0.2, colTop, cw * 1.4, W * 0.008), trim);
            fill(new Rectangle2D.Double(colX - cw * 0.15, colBot - W * 0.006, cw * 1.3, W * 0.006), trim);
        }
        // entablature and pediment
        fill(new Rectangle2D.Double(bx0 - W * 0.005, by - bh - W * 0.004, bw + W * 0.01, W * 0.028), trim);
        fill(new Rectangle2D.Double(bx0, by - bh + W * 0.024, bw, W * 0.006), alpha(shadow, 0.35));
        double pedBase = by - bh - W * 0.004;
        double pedTop = pedBase - W * 0.085;
        fill(poly((bx0 - W * 0.012) / p.w, pedBase / p.h, cx / p.w, pedTop / p.h, (bx0 + bw + W * 0.012) / p.w, pedBase / p.h), trim);
        fill(poly((bx0 + W * 0.02) / p.w, (pedBase - W * 0.006) / p.h, cx / p.w, (pedTop + W * 0.017) / p.h,
                (bx0 + bw - W * 0.02) / p.w, (pedBase - W * 0.006) / p.h), mix(wall, shadow, 0.15));
        fill(new Ellipse2D.Double(cx - W * 0.018, pedBase - W * 0.045, W * 0.036, W * 0.03), trim);
        // statues on the pediment's ends
        for (int side = -1; side <= 1; side += 2) {
            double sx = side < 0 ? bx0 : bx0 + bw;
            fill(new RoundRectangle2D.Double(sx - W * 0.007, pedBase - W * 0.035, W * 0.014, W * 0.035, W * 0.01, W * 0.01), trim);
        }
        // steps across the centre
        for (int k = 0; k < 5; k++) {
            double sw = W * (0.44 + k * 0.035);
            double sy = by + k * W * 0.008;
            fill(new Rectangle2D.Double(cx - sw / 2, sy, sw, W * 0.008), mix(trim, shadow, k % 2 == 0 ? 0.08 : 0.2));
        }
    }

    // ---- the Lê Chân statue ----

    /**
     * The bronze statue of the heroine general Lê Chân on its tall stone pedestal: standing in a
     * long robe and cloak, a warrior's headdress, her right hand holding an upright sword.
     */
    void leChanStatue(double u, double base, double height, Color bronze, Color light, Color stone) {
        double H = s(height);
        double cx = x(u);
        double by = y(base);
        Color stoneDark = mix(stone, Color.BLACK, 0.22);
        // stepped base and the tall pedestal
        fill(new Rectangle2D.Double(cx - H * 0.34, by - H * 0.05, H * 0.68, H * 0.05), stoneDark);
        fill(new Rectangle2D.Double(cx - H * 0.27, by - H * 0.1, H * 0.54, H * 0.05), stone);
        fill(new Rectangle2D.Double(cx - H * 0.19, by - H * 0.46, H * 0.38, H * 0.36), stone);
        fill(new Rectangle2D.Double(cx + H * 0.07, by - H * 0.46, H * 0.12, H * 0.36), alpha(Color.BLACK, 0.12));
        fill(new Rectangle2D.Double(cx - H * 0.22, by - H * 0.49, H * 0.44, H * 0.035), stoneDark);
        fill(new Rectangle2D.Double(cx - H * 0.12, by - H * 0.38, H * 0.24, H * 0.14), mix(stone, bronze, 0.25)); // plaque
        double fy = by - H * 0.49; // the figure's feet
        double fh = H * 0.51;
        // cloak sweeping behind to the left
        GeneralPath cloak = new GeneralPath();
        cloak.moveTo(cx - fh * 0.06, fy - fh * 0.8);
        cloak.curveTo(cx - fh * 0.22, fy - fh * 0.6, cx - fh * 0.3, fy - fh * 0.25, cx - fh * 0.34, fy - fh * 0.02);
        cloak.lineTo(cx - fh * 0.05, fy);
        cloak.closePath();
        fill(cloak, mix(bronze, Color.BLACK, 0.25));
        // robe: narrow at the waist, flaring to the feet
        GeneralPath robe = new GeneralPath();
        robe.moveTo(cx - fh * 0.09, fy - fh * 0.55);
        robe.curveTo(cx - fh * 0.12, fy - fh * 0.3, cx - fh * 0.2, fy - fh * 0.1, cx - fh * 0.22, fy);
        robe.lineTo(cx + fh * 0.2, fy);
        robe.curveTo(cx + fh * 0.17, fy - fh * 0.1, cx + fh * 0.11, fy - fh * 0.3, cx + fh * 0.09, fy - fh * 0.55);
        robe.closePath();
        fill(robe, bronze);
        // torso and shoulders with armour plates
        fill(new RoundRectangle2D.Double(cx - fh * 0.11, fy - fh * 0.8, fh * 0.22, fh * 0.3, fh * 0.08, fh * 0.08), bronze);
        fill(new Rectangle2D.Double(cx - fh * 0.1, fy - fh * 0.56, fh * 0.2, fh * 0.035), mix(bronze, light, 0.35)); // belt
        // lit left edge
        GeneralPath lit = new GeneralPath();
        lit.moveTo(cx - fh * 0.09, fy - fh * 0.55);
        lit.curveTo(cx - fh * 0.12, fy - fh * 0.3, cx - fh * 0.2, fy - fh * 0.1, cx - fh * 0.22, fy);
        lit.lineTo(cx - fh * 0.14, fy);
        lit.curveTo(cx - fh * 0.1, fy - fh * 0.2, cx - fh * 0.06, fy - fh * 0.4, cx - fh * 0.05, fy - fh * 0.55);
        lit.closePath();
        fill(lit, alpha(light, 0.45));
        fill(new RoundRectangle2D.Double(cx - fh * 0.11, fy - fh * 0.8, fh * 0.06, fh * 0.26, fh * 0.05, fh * 0.05), alpha(light, 0.4));
        // left arm down at her side, right arm bent forward to the sword's hilt
        fill(new RoundRectangle2D.Double(cx - fh * 0.15, fy - fh * 0.78, fh * 0.06, fh * 0.3, fh * 0.05, fh * 0.05), bronze);
        GeneralPath arm = new GeneralPath();
        arm.moveTo(cx + fh * 0.08, fy - fh * 0.78);
        arm.lineTo(cx + fh * 0.15, fy - fh * 0.6);
        arm.lineTo(cx + fh * 0.2, fy - fh * 0.52);
        arm.lineTo(cx + fh * 0.15, fy - fh * 0.48);
        arm.lineTo(cx + fh * 0.09, fy - fh * 0.58);
        arm.lineTo(cx + fh * 0.04, fy - fh * 0.74);
        arm.closePath();
        fill(arm, bronze);
        // the sword, held upright: blade up from the fist, cross-guard, pommel
        double sx = cx + fh * 0.18;
        fill(poly(sx / p.w - fh * 0.012 / p.w, (fy - fh * 0.55) / p.h, sx / p.w + fh * 0.012 / p.w, (fy - fh * 0.55) / p.h,
                sx / p.w + fh * 0.004 / p.w, (fy - fh * 1.05) / p.h, sx / p.w - fh * 0.004 / p.w, (fy - fh * 1.05) / p.h),
                mix(bronze, light, 0.5));
        fill(new Rectangle2D.Double(sx - fh * 0.05, fy - fh * 0.56, fh * 0.1, fh * 0.02), bronze);
        fill(new Rectangle2D.Double(sx - fh * 0.012, fy - fh * 0.54, fh * 0.024, fh * 0.08), bronze);
        // head with a warrior's headdress tied in a knot
        fill(new Rectangle2D.Double(cx - fh * 0.03, fy - fh * 0.84, fh * 0.06, fh * 0.05), bronze);
        fill(new Ellipse2D.Double(cx - fh * 0.055, fy - fh * 0.93, fh * 0.11, fh * 0.12), bronze);
        fill(new RoundRectangle2D.Double(cx - fh * 0.075, fy - fh * 0.98, fh * 0.15, fh * 0.07, fh * 0.05, fh * 0.05), bronze);
        fill(new Ellipse2D.Double(cx - fh * 0.03, fy - fh * 1.02, fh * 0.06, fh * 0.05), bronze);
        fill(poly((cx + fh * 0.06) / p.w, (fy - fh * 0.96) / p.h, (cx + fh * 0.14) / p.w, (fy - fh * 0.9) / p.h,
                (cx + fh * 0.06) / p.w, (fy - fh * 0.93) / p.h), bronze); // ribbon
        fill(new Ellipse2D.Double(cx - fh * 0.055, fy - fh * 0.93, fh * 0.035, fh * 0.1), alpha(light, 0.4));
    }

    // ---- Vietnamese roofs: communal house, pagoda, temple ----

    /**
     * A heavy tiled roof with curved slopes and upturned corners (đao cong): the eave at
     * {@code eaveV} spans ±{@code eaveHalf}, the ridge at {@code ridgeV} ±{@code ridgeHalf}
     * (pixels for half widths). The ridge carries a raised band with curled ends.
     */
    void curvedRoof(double cx, double eaveY, double ridgeY, double eaveHalf, double ridgeHalf, Color tile, Color ridgeCol) {
        double H = eaveY - ridgeY;
        double curl = H * 0.45;
        GeneralPath roof = new GeneralPath();
        roof.moveTo(cx - ridgeHalf, ridgeY);
        roof.lineTo(cx + ridgeHalf, ridgeY);
        roof.curveTo(cx + ridgeHalf + (eaveHalf - ridgeHalf) * 0.3, ridgeY + H * 0.55, cx + eaveHalf * 0.8, eaveY,
                cx + eaveHalf, eaveY - H * 0.05);
        roof.curveTo(cx + eaveHalf + H * 0.15, eaveY - H * 0.12, cx + eaveHalf + H * 0.25, eaveY - curl, cx + eaveHalf + H * 0.12,
                eaveY - curl * 1.25);
        roof.curveTo(cx + eaveHalf + H * 0.3, eaveY - curl * 0.6, cx + eaveHalf + H * 0.1, eaveY + H * 0.1, cx + eaveHalf * 0.85,
                eaveY + H * 0.08);
        roof.lineTo(cx - eaveHalf * 0.85, eaveY + H * 0.08);
        roof.curveTo(cx - eaveHalf - H * 0.1, eaveY + H * 0.1, cx - eaveHalf - H * 0.3, eaveY - curl * 0.6, cx - eaveHalf - H * 0.12,
                eaveY - curl * 1.25);
        roof.curveTo(cx - eaveHalf - H * 0.25, eaveY - curl, cx - eaveHalf - H * 0.15, eaveY - H * 0.12, cx - eaveHalf,
                eaveY - H * 0.05);
        roof.curveTo(cx - eaveHalf * 0.8, eaveY, cx - ridgeHalf - (eaveHalf - ridgeHalf) * 0.3, ridgeY + H * 0.55, cx - ridgeHalf,
                ridgeY);
        roof.closePath();
        fill(roof, tile);
        // tile rows as faint bands, and the lower eave edge lighter
        java.awt.Shape clip = g.getClip();
        g.clip(roof);
        for (int k = 1; k < 6; k++) {
            double yy = ridgeY + H * k / 6.0;
            fill(new Rectangle2D.Double(cx - eaveHalf * 1.3, yy, eaveHalf * 2.6, Math.max(1, H * 0.02)), alpha(Color.BLACK, 0.12));
        }
        fill(new Rectangle2D.Double(cx - eaveHalf * 1.4, eaveY - H * 0.02, eaveHalf * 2.8, H * 0.12), alpha(Color.WHITE, 0.1));
        g.setClip(clip);
        // the ridge band, curled ends and a central pearl
        double rb = H * 0.1;
        fill(new Rectangle2D.Double(cx - ridgeHalf, ridgeY - rb, ridgeHalf * 2, rb * 1.1), ridgeCol);
        for (int side = -1; side <= 1; side += 2) {
            GeneralPath end = new GeneralPath();
            double ex = cx + side * ridgeHalf;
            end.moveTo(ex, ridgeY);
            end.curveTo(ex + side * rb * 2.2, ridgeY, ex + side * rb * 2.0, ridgeY - rb * 3.2, ex + side * rb * 0.5, ridgeY - rb * 3.0);
            end.curveTo(ex + side * rb * 1.2, ridgeY - rb * 2.0, ex + side * rb * 0.6, ridgeY - rb * 0.9, ex - side * rb * 0.5, ridgeY - rb);
            end.closePath();
            fill(end, ridgeCol);
        }
        fill(new Ellipse2D.Double(cx - rb * 0.9, ridgeY - rb * 2.6, rb * 1.8, rb * 1.8), ridgeCol);
    }

    /**
     * Hàng Kênh communal house (đình, 1856–): a long, low hall under a vast dark-tiled roof with
     * upturned corners, a row of lacquered wooden pillars on a stone platform.
     */
    void communalHouse(double u, double base, double width, Color tile, Color wood, Color stone) {
        double W = s(width);
        double cx = x(u);
        double by = y(base);
        double platH = W * 0.035;
        fill(new Rectangle2D.Double(cx - W * 0.5, by - platH, W, platH), stone);
        fill(new Rectangle2D.Double(cx - W * 0.5, by - platH, W, platH * 0.25), mix(stone, Color.WHITE, 0.25));
        for (int k = 0; k < 4; k++) {
            double sw = W * (0.18 - k * 0.02);
            fill(new Rectangle2D.Double(cx - sw / 2, by + k * W * 0.007 - W * 0.004, sw + W * 0.02 * k, W * 0.007), mix(stone, Color.BLACK,
                    0.05 * k));
        }
        double hallTop = by - platH - W * 0.12;
        fill(new Rectangle2D.Double(cx - W * 0.44, hallTop, W * 0.88, W * 0.12), mix(wood, Color.BLACK, 0.45)); // dark interior
        // lattice doors between the pillars
        int bays = 7;
        for (int k = 0; k < bays; k++) {
            double dx = cx - W * 0.44 + k * W * 0.88 / bays;
            double dw = W * 0.88 / bays;
            fill(new Rectangle2D.Double(dx + dw * 0.12, hallTop + W * 0.03, dw * 0.76, W * 0.09), mix(wood, Color.BLACK, 0.15));
            for (int j = 1; j < 4; j++) {
                fill(new Rectangle2D.Double(dx + dw * (0.12 + 0.19 * j), hallTop + W * 0.03, Math.max(1, dw * 0.02), W * 0.09),
                        mix(wood, Color.BLACK, 0.4));
            }
        }
        for (int k = 0; k <= bays; k++) {
            double px = cx - W * 0.44 + k * W * 0.88 / bays;
            fill(new Rectangle2D.Double(px - W * 0.008, hallTop, W * 0.016, W * 0.12), wood);
            fill(new Rectangle2D.Double(px - W * 0.012, by - platH - W * 0.008, W * 0.024, W * 0.008), stone); // pillar plinth
        }
        fill(new Rectangle2D.Double(cx - W * 0.46, hallTop, W * 0.92, W * 0.025), alpha(Color.BLACK, 0.35)); // eave shadow
        curvedRoof(cx, hallTop + W * 0.005, hallTop - W * 0.2, W * 0.56, W * 0.3, tile, mix(tile, Color.WHITE, 0.12));
    }

    /**
     * Dư Hàng pagoda's gate tower (tam quan): a three-bay masonry gate with an arched central
     * passage and two tiers of curved roofs, the upper one a bell storey.
     */
    void pagodaGate(double u, double base, double width, Color wall, Color tile, Color wood) {
        double W = s(width);
        double cx = x(u);
        double by = y(base);
        Color dark = mix(wood, Color.BLACK, 0.5);
        // side bays
        fill(new Rectangle2D.Double(cx - W * 0.5, by - W * 0.28, W, W * 0.28), wall);
        for (int side = -1; side <= 1; side += 2) {
            double ax = cx + side * W * 0.33;
            fill(new RoundRectangle2D.Double(ax - W * 0.06, by - W * 0.2, W * 0.12, W * 0.2, W * 0.12, W * 0.12), dark);
            // square gate pillars topped with lanterns
            double px = cx + side * W * 0.54;
            fill(new Rectangle2D.Double(px - W * 0.03, by - W * 0.42, W * 0.06, W * 0.42), mix(wall, Color.BLACK, 0.08));
            fill(new Rectangle2D.Double(px - W * 0.04, by - W * 0.44, W * 0.08, W * 0.025), mix(wall, Color.BLACK, 0.2));
            fill(new Ellipse2D.Double(px - W * 0.025, by - W * 0.5, W * 0.05, W * 0.06), mix(wall, Color.BLACK, 0.15));
        }
        // central bay: taller, arched
        fill(new Rectangle2D.Double(cx - W * 0.2, by - W * 0.34, W * 0.4, W * 0.34), mix(wall, Color.WHITE, 0.1));
        fill(new RoundRectangle2D.Double(cx - W * 0.09, by - W * 0.26, W * 0.18, W * 0.26, W * 0.18, W * 0.18), dark);
        curvedRoof(cx, by - W * 0.27, by - W * 0.38, W * 0.6, W * 0.36, tile, mix(tile, Color.WHITE, 0.12));
        // upper storey: the bell floor with wooden lattice
        fill(new Rectangle2D.Double(cx - W * 0.24, by - W * 0.5, W * 0.48, W * 0.15), wall);
        for (int k = 0; k < 5; k++) {
            fill(new Rectangle2D.Double(cx - W * 0.2 + k * W * 0.085, by - W * 0.47, W * 0.05, W * 0.09), dark);
        }
        fill(new Rectangle2D.Double(cx - W * 0.26, by - W * 0.5, W * 0.52, W * 0.02), alpha(Color.BLACK, 0.3));
        curvedRoof(cx, by - W * 0.49, by - W * 0.63, W * 0.38, W * 0.16, tile, mix(tile, Color.WHITE, 0.12));
    }

    /** A stone stupa (tháp): stacked, narrowing storeys with small eaves, a lotus finial on top. */
    void stupa(double u, double base, double height, Color stone) {
        double H = s(height);
        double cx = x(u);
        double by = y(base);
        double yy = by;
        for (int k = 0; k < 5; k++) {
            double sw = H * (0.36 - k * 0.05);
            double sh = H * (0.2 - k * 0.02);
            fill(new Rectangle2D.Double(cx - sw / 2, yy - sh, sw, sh), stone);
            fill(new Rectangle2D.Double(cx + sw * 0.15, yy - sh, sw * 0.35, sh), alpha(Color.BLACK, 0.12));
            fill(new RoundRectangle2D.Double(cx - sw * 0.22, yy - sh * 0.75, sw * 0.2, sh * 0.5, sw * 0.2, sw * 0.2),
                    mix(stone, Color.BLACK, 0.4));
            yy -= sh;
            fill(poly((cx - sw * 0.7) / p.w, yy / p.h, (cx + sw * 0.7) / p.w, yy / p.h, (cx + sw * 0.45) / p.w, (yy - H * 0.03) / p.h,
                    (cx - sw * 0.45) / p.w, (yy - H * 0.03) / p.h), mix(stone, Color.BLACK, 0.2));
            yy -= H * 0.03;
        }
        fill(new Ellipse2D.Double(cx - H * 0.04, yy - H * 0.08, H * 0.08, H * 0.09), mix(stone, Color.BLACK, 0.1));
        fill(poly(cx / p.w, (yy - H * 0.14) / p.h, (cx + H * 0.015) / p.w, (yy - H * 0.07) / p.h, (cx - H * 0.015) / p.w,
                (yy - H * 0.07) / p.h), mix(stone, Color.BLACK, 0.1));
    }

    /** A small temple on a hillside: a wall, pillars and a curved roof, {@code width} wide. */
    void temple(double u, double base, double width, Color wall, Color tile) {
        double W = s(width);
        double cx = x(u);
        double by = y(base);
        fill(new Rectangle2D.Double(cx - W * 0.42, by - W * 0.2, W * 0.84, W * 0.2), wall);
        for (int k = 0; k < 5; k++) {
            fill(new Rectangle2D.Double(cx - W * 0.34 + k * W * 0.16, by - W * 0.16, W * 0.08, W * 0.16), mix(wall, Color.BLACK, 0.55));
        }
        curvedRoof(cx, by - W * 0.19, by - W * 0.34, W * 0.55, W * 0.3, tile, mix(tile, Color.WHITE, 0.1));
    }

    // ---- the Bạch Đằng stakes ----

    /** A sharpened wooden stake driven into the riverbed, leaning by {@code lean} (fraction of its height). */
    void stake(double u, double base, double height, double lean, Color wood) {
        double H = y(height);
        double bx = x(u);
        double by = y(base);
        double hw = H * 0.045;
        GeneralPath st = new GeneralPath();
        st.moveTo(bx - hw, by);
        st.lineTo(bx - hw * 0.9 + lean * H, by - H * 0.88);
        st.lineTo(bx + lean * H * 1.05, by - H);
        st.lineTo(bx + hw * 0.9 + lean * H, by - H * 0.88);
        st.lineTo(bx + hw, by);
        st.closePath();
        fill(st, wood);
        fill(poly((bx - hw * 0.2) / p.w, by / p.h, (bx + hw) / p.w, by / p.h, (bx + hw * 0.9 + lean * H) / p.w, (by - H * 0.88) / p.h,
                (bx + lean * H * 1.05) / p.w, (by - H) / p.h), alpha(Color.BLACK, 0.25));
    }

    // ---- buffaloes, people of the festivals ----

    /**
     * A fighting buffalo in side view, facing right when {@code dir} is 1: a heavy body, head low,
     * the long crescent horns sweeping back; {@code size} is its body length.
     */
    void buffalo(double u, double base, double size, int dir, Color hide, Color horn, double headDrop) {
        double S = s(size);
        double bx = x(u);
        double by = y(base);
        java.awt.geom.AffineTransform saved = g.getTransform();
        g.translate(bx, by);
        g.scale(dir, 1);
        Color dark = mix(hide, Color.BLACK, 0.3);
        // far legs
        fill(new RoundRectangle2D.Double(-S * 0.34, -S * 0.36, S * 0.09, S * 0.36, S * 0.04, S * 0.04), dark);
        fill(new RoundRectangle2D.Double(S * 0.22, -S * 0.36, S * 0.09, S * 0.36, S * 0.04, S * 0.04), dark);
        // body
        GeneralPath body = new GeneralPath();
        body.moveTo(-S * 0.45, -S * 0.55);
        body.curveTo(-S * 0.3, -S * 0.66, S * 0.15, -S * 0.7, S * 0.34, -S * 0.64); // back, rising to the hump
        body.curveTo(S * 0.42, -S * 0.6, S * 0.46, -S * 0.5, S * 0.45, -S * 0.4); // shoulder
        body.curveTo(S * 0.42, -S * 0.3, S * 0.3, -S * 0.26, S * 0.15, -S * 0.27);
        body.curveTo(-S * 0.05, -S * 0.24, -S * 0.3, -S * 0.28, -S * 0.45, -S * 0.33);
        body.curveTo(-S * 0.52, -S * 0.4, -S * 0.52, -S * 0.5, -S * 0.45, -S * 0.55);
        body.closePath();
        fill(body, hide);
        fill(new Ellipse2D.Double(-S * 0.35, -S * 0.68, S * 0.6, S * 0.12), alpha(Color.WHITE, 0.12));
        // tail
        g.setColor(hide);
        g.setStroke(new BasicStroke((float) (S * 0.02), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(-S * 0.48, -S * 0.5, -S * 0.56, -S * 0.22));
        // near legs
        fill(new RoundRectangle2D.Double(-S * 0.42, -S * 0.38, S * 0.1, S * 0.38, S * 0.04, S * 0.04), hide);
        fill(new RoundRectangle2D.Double(S * 0.3, -S * 0.4, S * 0.1, S * 0.4, S * 0.04, S * 0.04), hide);
        // neck and lowered head
        double hd = headDrop * S;
        GeneralPath head = new GeneralPath();
        head.moveTo(S * 0.36, -S * 0.62);
        head.curveTo(S * 0.5, -S * 0.6, S * 0.6, -S * 0.5 + hd, S * 0.7, -S * 0.42 + hd);
        head.lineTo(S * 0.74, -S * 0.3 + hd);
        head.curveTo(S * 0.68, -S * 0.24 + hd, S * 0.6, -S * 0.26 + hd, S * 0.52, -S * 0.3 + hd * 0.6);
        head.lineTo(S * 0.4, -S * 0.34);
        head.closePath();
        fill(head, hide);
        // horns: a wide crescent sweeping back from the poll
        GeneralPath h = new GeneralPath();
        double hx = S * 0.62;
        double hy = -S * 0.46 + hd;
        h.moveTo(hx, hy);
        h.curveTo(hx + S * 0.02, hy - S * 0.2, hx - S * 0.2, hy - S * 0.32, hx - S * 0.3, hy - S * 0.2);
        h.curveTo(hx - S * 0.2, hy - S * 0.25, hx - S * 0.04, hy - S * 0.16, hx - S * 0.04, hy + S * 0.01);
        h.closePath();
        fill(h, horn);
        fill(new Ellipse2D.Double(S * 0.6, -S * 0.4 + hd, S * 0.03, S * 0.03), c(0x1a1410)); // eye
        g.setTransform(saved);
    }

    /** A ceremonial parasol (lọng): a tall pole and a fringed dome in {@code c}. */
    void ceremonialParasol(double u, double top, double size, Color col) {
        double S = s(size);
        double cx = x(u);
        double ty = y(top);
        fill(new Rectangle2D.Double(cx - S * 0.02, ty, S * 0.04, S * 1.6), c(0x6b4a2a));
        fill(new Arc2D.Double(cx - S * 0.5, ty - S * 0.2, S, S * 0.5, 0, 180, Arc2D.CHORD), col);
        fill(new Rectangle2D.Double(cx - S * 0.5, ty + S * 0.04, S, S * 0.12), mix(col, STAR, 0.5));
        for (int k = 0; k < 8; k++) {
            fill(poly((cx - S * 0.5 + k * S / 8) / p.w, (ty + S * 0.16) / p.h, (cx - S * 0.5 + (k + 1) * S / 8) / p.w, (ty + S * 0.16) / p.h,
                    (cx - S * 0.5 + (k + 0.5) * S / 8) / p.w, (ty + S * 0.24) / p.h), mix(col, Color.BLACK, 0.15));
        }
    }

    /** A festival pennant (cờ đuôi nheo) on a bamboo pole, its swallow tail flying to the right. */
    void pennant(double u, double top, double size, Color col) {
        double S = s(size);
        double px = x(u);
        double py = y(top);
        g.setColor(c(0x8a7a50));
        g.setStroke(new BasicStroke((float) (S * 0.03)));
        g.draw(new Line2D.Double(px, py, px, py + S * 2.2));
        GeneralPath f = new GeneralPath();
        f.moveTo(px, py);
        f.lineTo(px + S * 1.1, py + S * 0.05);
        f.lineTo(px + S * 0.85, py + S * 0.25);
        f.lineTo(px + S * 1.0, py + S * 0.5);
        f.lineTo(px, py + S * 0.6);
        f.closePath();
        fill(f, col);
        fill(new Rectangle2D.Double(px, py, S * 0.12, S * 0.6), mix(col, STAR, 0.6));
    }

    // ---- 1955: shophouses, soldiers, cyclos, flags ----

    /**
     * A French-era shophouse front: {@code floors} storeys, tall shuttered windows, a balcony on
     * each upper floor, a cornice, and an open shop on the ground floor. Pixels from {@code x0}.
     */
    void shophouse(double u0, double u1, double base, int floors, double floorH, Color wall, Color shutter, Color roof) {
        double x0 = x(u0);
        double x1 = x(u1);
        double by = y(base);
        double fh = s(floorH);
        double top = by - fh * floors;
        double wdt = x1 - x0;
        // tiled roof behind the parapet
        fill(poly(u0 + 0.004, top / p.h, u1 - 0.004, top / p.h, u1 - 0.02, (top - fh * 0.35) / p.h, u0 + 0.02, (top - fh * 0.35) / p.h),
                roof);
        fill(new Rectangle2D.Double(x0, top, wdt, fh * floors), wall);
        fill(new Rectangle2D.Double(x0 - fh * 0.04, top - fh * 0.06, wdt + fh * 0.08, fh * 0.1), mix(wall, Color.WHITE, 0.35));
        fill(new Rectangle2D.Double(x0, top + fh * 0.04, wdt, fh * 0.05), alpha(Color.BLACK, 0.15));
        int bays = Math.max(1, (int) Math.round(wdt / (fh * 0.55)));
        double bw = wdt / bays;
        for (int f = 0; f < floors; f++) {
            double fy = by - fh * (f + 1);
            if (f == 0) {
                for (int b = 0; b < bays; b++) {
                    fill(new RoundRectangle2D.Double(x0 + b * bw + bw * 0.12, fy + fh * 0.2, bw * 0.76, fh * 0.8, bw * 0.5, bw * 0.5),
                            mix(wall, Color.BLACK, 0.55));
                }
                continue;
            }
            for (int b = 0; b < bays; b++) {
                double wx = x0 + b * bw + bw * 0.25;
                fill(new Rectangle2D.Double(wx, fy + fh * 0.18, bw * 0.5, fh * 0.62), mix(wall, Color.BLACK, 0.5));
                fill(new Rectangle2D.Double(wx - bw * 0.13, fy + fh * 0.18, bw * 0.13, fh * 0.62), shutter);
                fill(new Rectangle2D.Double(wx + bw * 0.5, fy + fh * 0.18, bw * 0.13, fh * 0.62), shutter);
                fill(new Rectangle2D.Double(wx - bw * 0.15, fy + fh * 0.12, bw * 0.8, fh * 0.05), mix(wall, Color.WHITE, 0.3));
            }
            // balcony: slab and railing
            fill(new Rectangle2D.Double(x0 - fh * 0.02, fy + fh * 0.8, wdt + fh * 0.04, fh * 0.05), mix(wall, Color.BLACK, 0.15));
            fill(new Rectangle2D.Double(x0, fy + fh * 0.85, wdt, fh * 0.04), alpha(Color.BLACK, 0.2));
            for (double rx = x0 + fh * 0.02; rx < x1; rx += fh * 0.05) {
                fill(new Rectangle2D.Double(rx, fy + fh * 0.62, Math.max(1, fh * 0.012), fh * 0.18), alpha(c(0x2a2a2a), 0.7));
            }
            fill(new Rectangle2D.Double(x0, fy + fh * 0.6, wdt, fh * 0.025), alpha(c(0x2a2a2a), 0.8));
        }
    }

    /** The national flag hung from a balcony or a facade: red with the yellow star, 2:3. */
    void hangingFlag(double u, double v, double heightV) {
        double H = y(heightV);
        double W = H * 1.5;
        double fx = x(u) - W / 2;
        double fy = y(v);
        fill(new Rectangle2D.Double(fx, fy, W, H), RED);
        fill(Painter.star(fx + W / 2, fy + H / 2, W / 5), STAR);
        fill(new Rectangle2D.Double(fx, fy + H * 0.85, W, H * 0.15), alpha(Color.BLACK, 0.08));
    }

    /** A waving national flag on a short pole, as carried in a crowd; {@code size} is the flag's height (of the width). */
    void handFlag(double u, double top, double size) {
        double S = s(size);
        double fx = x(u);
        double fy = y(top);
        g.setColor(c(0x5a4632));
        g.setStroke(new BasicStroke((float) Math.max(1.5, S * 0.06)));
        g.draw(new Line2D.Double(fx, fy, fx, fy + S * 2.3));
        GeneralPath cloth = new GeneralPath();
        cloth.moveTo(fx, fy);
        cloth.curveTo(fx + S * 0.5, fy - S * 0.1, fx + S, fy + S * 0.1, fx + S * 1.5, fy);
        cloth.lineTo(fx + S * 1.5, fy + S);
        cloth.curveTo(fx + S, fy + S * 1.1, fx + S * 0.5, fy + S * 0.9, fx, fy + S);
        cloth.closePath();
        fill(cloth, RED);
        fill(Painter.star(fx + S * 0.75, fy + S * 0.5, S * 0.3), STAR);
    }

    /** A soldier of 1955 in side or front view: khaki uniform, a pith helmet (mũ cối), a rifle on the shoulder. */
    void soldier(double u, double base, double height, boolean rifle) {
        p.person(u, base, height, new Painter.Clothes(KHAKI, mix(KHAKI, Color.BLACK, 0.15), Painter.Hat.NONE, null), 0, false);
        double H = s(height);
        double fx = x(u);
        double hy = y(base) - H * 0.46 - H * 0.34 - H * 0.165;
        fill(new Arc2D.Double(fx - H * 0.1, hy - H * 0.04, H * 0.2, H * 0.16, 0, 180, Arc2D.CHORD), mix(KHAKI, c(0x556b2f), 0.5));
        fill(new Ellipse2D.Double(fx - H * 0.14, hy + H * 0.025, H * 0.28, H * 0.035), mix(KHAKI, c(0x556b2f), 0.6));
        if (rifle) {
            g.setColor(c(0x3a2a1c));
            g.setStroke(new BasicStroke((float) (H * 0.025), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(fx + H * 0.14, y(base) - H * 0.5, fx + H * 0.02, y(base) - H * 1.08));
        }
    }

    /** A bicycle in side view, wheels {@code size} across (of the width). */
    void bicycle(double u, double base, double size, Color frame) {
        double S = s(size);
        double bx = x(u);
        double by = y(base);
        g.setColor(c(0x2a2a2a));
        g.setStroke(new BasicStroke((float) Math.max(1.5, S * 0.07)));
        g.draw(new Ellipse2D.Double(bx - S * 1.2, by - S, S, S));
        g.draw(new Ellipse2D.Double(bx + S * 0.2, by - S, S, S));
        g.setColor(frame);
        g.setStroke(new BasicStroke((float) Math.max(1.5, S * 0.07), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        GeneralPath f = new GeneralPath();
        f.moveTo(bx - S * 0.7, by - S * 0.5);
        f.lineTo(bx - S * 0.1, by - S * 0.5);
        f.lineTo(bx + S * 0.25, by - S * 1.1);
        f.lineTo(bx - S * 0.45, by - S * 1.05);
        f.closePath();
        f.moveTo(bx + S * 0.7, by - S * 0.5);
        f.lineTo(bx + S * 0.28, by - S * 1.25);
        f.moveTo(bx - S * 0.1, by - S * 0.5);
        f.lineTo(bx - S * 0.45, by - S * 1.15);
        g.draw(f);
        fill(new RoundRectangle2D.Double(bx - S * 0.6, by - S * 1.2, S * 0.3, S * 0.08, S * 0.05, S * 0.05), c(0x2a2a2a));
    }

    /** A cyclo (xích lô): a passenger seat with a folding hood in front of the rider's bicycle. */
    void cyclo(double u, double base, double size, Color body, boolean rider, Painter.Clothes riderClothes) {
        double S = s(size);
        double bx = x(u);
        double by = y(base);
        g.setColor(c(0x2a2a2a));
        g.setStroke(new BasicStroke((float) Math.max(1.5, S * 0.025)));
        g.draw(new Ellipse2D.Double(bx - S * 0.5, by - S * 0.36, S * 0.36, S * 0.36));
        g.draw(new Ellipse2D.Double(bx + S * 0.45, by - S * 0.36, S * 0.36, S * 0.36));
        // seat box and hood
        fill(new RoundRectangle2D.Double(bx - S * 0.58, by - S * 0.55, S * 0.55, S * 0.28, S * 0.06, S * 0.06), body);
        fill(new Arc2D.Double(bx - S * 0.2, by - S * 0.95, S * 0.34, S * 0.8, 90, 90, Arc2D.PIE), mix(body, Color.BLACK, 0.35));
        fill(new Rectangle2D.Double(bx - S * 0.55, by - S * 0.62, S * 0.42, S * 0.08), mix(body, Color.WHITE, 0.3));
        g.setColor(mix(body, Color.BLACK, 0.4));
        g.setStroke(new BasicStroke((float) Math.max(1.5, S * 0.03), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(bx - S * 0.05, by - S * 0.35, bx + S * 0.63, by - S * 0.18));
        g.draw(new Line2D.Double(bx + S * 0.2, by - S * 0.3, bx + S * 0.5, by - S * 0.7));
        fill(new RoundRectangle2D.Double(bx + S * 0.4, by - S * 0.74, S * 0.18, S * 0.05, S * 0.03, S * 0.03), c(0x2a2a2a));
        if (rider) {
            p.person((bx + S * 0.5) / p.w, by / p.h - S * 0.08 / p.h, size * 0.85, riderClothes, -0.15, false);
        }
    }

    /** A five-pointed star lantern (đèn ông sao) on a stick, glowing. */
    void starLantern(double u, double v, double size, Color col) {
        double S = s(size);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(x(u), y(v)), (float) (S * 2.2), new float[] {0f, 1f},
                new Color[] {alpha(col, 0.45), alpha(col, 0)}));
        g.fill(new Ellipse2D.Double(x(u) - S * 2.2, y(v) - S * 2.2, S * 4.4, S * 4.4));
        fill(Painter.star(x(u), y(v), S), col);
        fill(Painter.star(x(u), y(v), S * 0.55), mix(col, Color.WHITE, 0.5));
        g.setColor(c(0x3a2a1c));
        g.setStroke(new BasicStroke((float) Math.max(1.5, S * 0.06)));
        g.draw(new Line2D.Double(x(u), y(v) + S * 0.4, x(u) + S * 0.3, y(v) + S * 2.6));
    }

    /** A loose flock of {@code n} birds around ({@code u}, {@code v}), {@code spread} wide. */
    void birds(Painter painter, double u, double v, double spread, int n) {
        g.setColor(alpha(INK, 0.7));
        g.setStroke(new BasicStroke((float) Math.max(1.5, s(0.0018)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int k = 0; k < n; k++) {
            double bx = x(u + painter.rnd(-spread, spread));
            double by = y(v + painter.rnd(-spread, spread) * 0.4);
            double bw = s(painter.rnd(0.008, 0.014));
            GeneralPath b = new GeneralPath();
            b.moveTo(bx - bw, by - bw * 0.3);
            b.quadTo(bx - bw * 0.5, by - bw * 0.6, bx, by);
            b.quadTo(bx + bw * 0.5, by - bw * 0.6, bx + bw, by - bw * 0.3);
            g.draw(b);
        }
    }
}
