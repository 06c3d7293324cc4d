package vn.haiphong.showcase.markdown.map;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each marker's label goes: to the right of the pin, else to its left (near the right edge),
 * else below or above it, else nudged down or up a line, taking the first place inside the map
 * that covers no other label or pin. Widths are estimated from the characters (CJK and Hangul a
 * full em, Latin about half), which is enough to keep labels apart without measuring fonts. Room
 * is kept for {@link #ROOM}-unit text, the size site.css gives labels on a phone, where the whole
 * map is scaled down; wider screens draw them at {@link #FONT_SIZE}. Labels are centred on their y
 * ({@code dominant-baseline="central"}), so both sizes sit level with the pin's head.
 */
final class LabelLayout {
    static final double FONT_SIZE = 14;
    static final double ROOM = 20;
    private static final double LINE = ROOM * 1.25;
    private static final double GAP = 11;
    private static final double MARGIN = 4;
    /** Pin head centre above the pin's tip. */
    static final double HEAD = 15;

    /** A placed label: its anchor point (x, vertical centre y), the anchor, and the box it may fill. */
    record Placement(double x, double y, String anchor, double left, double top, double right, double bottom) {
        boolean overlaps(double l, double t, double r, double b) {
            return left < r && l < right && top < b && t < bottom;
        }
    }

    private LabelLayout() {}

    static List<Placement> place(List<double[]> tips, List<String> labels) {
        List<double[]> pins = new ArrayList<>();
        for (double[] tip : tips) {
            pins.add(new double[] {tip[0] - 9, tip[1] - HEAD - 9, tip[0] + 9, tip[1] + 1});
        }
        List<Placement> placed = new ArrayList<>();
        for (int i = 0; i < tips.size(); i++) {
            double x = tips.get(i)[0];
            double y = tips.get(i)[1] - HEAD;
            double w = width(labels.get(i));
            List<Placement> candidates = new ArrayList<>();
            for (double shift : new double[] {0, LINE, -LINE, 2 * LINE, -2 * LINE}) {
                candidates.add(box(x + GAP, y + shift, w, "start"));
                candidates.add(box(x - GAP, y + shift, w, "end"));
                if (shift == 0) {
                    candidates.add(box(x, y + HEAD + ROOM * 0.75, w, "middle"));
                    candidates.add(box(x, y - 8 - ROOM * 0.75, w, "middle"));
                }
            }
            Placement chosen = null;
            Placement fallback = null;
            for (Placement c : candidates) {
                if (!inside(c)) {
                    continue;
                }
                if (fallback == null) {
                    fallback = c;
                }
                if (free(c, placed, pins, i)) {
                    chosen = c;
                    break;
                }
            }
            placed.add(chosen != null ? chosen : fallback != null ? fallback : candidates.get(0));
        }
        return placed;
    }

    /** A label whose text is vertically centred on {@code cy}. */
    private static Placement box(double anchorX, double cy, double w, String anchor) {
        double left = switch (anchor) {
            case "start" -> anchorX;
            case "end" -> anchorX - w;
            default -> anchorX - w / 2;
        };
        return new Placement(anchorX, cy, anchor, left - 2, cy - ROOM * 0.65, left + w + 2, cy + ROOM * 0.65);
    }

    private static boolean inside(Placement p) {
        return p.left() >= MARGIN && p.top() >= MARGIN
                && p.right() <= MercatorView.WIDTH - MARGIN && p.bottom() <= MercatorView.HEIGHT - MARGIN;
    }

    private static boolean free(Placement c, List<Placement> placed, List<double[]> pins, int self) {
        for (Placement p : placed) {
            if (c.overlaps(p.left(), p.top(), p.right(), p.bottom())) {
                return false;
            }
        }
        for (int j = 0; j < pins.size(); j++) {
            double[] pin = pins.get(j);
            if (j != self && c.overlaps(pin[0], pin[1], pin[2], pin[3])) {
                return false;
            }
        }
        return true;
    }

    /** Estimated advance of the label in the map's units at {@link #ROOM} (font-weight 600). */
    static double width(String label) {
        String text = Normalizer.normalize(label, Normalizer.Form.NFC);
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (isWide(cp)) {
                em += 1.0;
            } else if (Character.isWhitespace(cp)) {
                em += 0.3;
            } else if (Character.isUpperCase(cp) || Character.isDigit(cp)) {
                em += 0.68;
            } else if ("iljtfr.,:;'!|()".indexOf(cp) >= 0) {
                em += 0.34;
            } else {
                em += 0.58;
            }
        }
        return em * ROOM;
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60);
    }
}
