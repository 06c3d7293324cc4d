package vn.haiphong.showcase.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.yaml.YamlNode;

/**
 * The photo book's print edition, from {@code print:} in site.yaml:
 * <pre>
 * print:
 *   trim: [240, 300]   # trimmed page width and height in millimetres
 *   marks: false       # crop marks outside the bleed (also `build --print-marks`)
 *   year: 2026         # the edition's year in the colophon
 *   illustrations: true # the colophon says the pictures are illustrations, not photographs
 * </pre>
 * The bleed is always 3 mm on every side, what printing houses ask for.
 */
public record PrintOptions(double trimWidthMm, double trimHeightMm, boolean marks, Integer year, boolean illustrations) {
    public static final double BLEED_MM = 3;
    public static final PrintOptions DEFAULT = new PrintOptions(240, 300, false, null, false);

    public PrintOptions withMarks(boolean on) {
        return new PrintOptions(trimWidthMm, trimHeightMm, marks || on, year, illustrations);
    }

    static PrintOptions parse(Object raw, YamlNode node, int line, Path file, ContentErrors errors) {
        PrintOptions d = DEFAULT;
        if (raw == null) {
            return d;
        }
        if (!(raw instanceof Map<?, ?> m)) {
            errors.add(file, line, "print must be a map", "e.g. `print: {trim: [240, 300], marks: false}`");
            return d;
        }
        double w = d.trimWidthMm();
        double h = d.trimHeightMm();
        if (m.get("trim") != null) {
            if (m.get("trim") instanceof List<?> l && l.size() == 2
                    && l.stream().allMatch(x -> x instanceof Number n && n.doubleValue() >= 90 && n.doubleValue() <= 600)) {
                w = ((Number) l.get(0)).doubleValue();
                h = ((Number) l.get(1)).doubleValue();
            } else {
                errors.add(file, lineOf(node, "trim", line), "print.trim must be [width, height] in millimetres between 90 and 600, was `"
                        + m.get("trim") + "`", "e.g. `trim: [240, 300]` for a 240 × 300 mm photo book");
            }
        }
        boolean marks = false;
        if (m.get("marks") instanceof Boolean b) {
            marks = b;
        } else if (m.get("marks") != null) {
            errors.add(file, lineOf(node, "marks", line), "print.marks must be true or false, was `" + m.get("marks") + "`",
                    "e.g. `marks: true` to draw crop marks");
        }
        Integer year = null;
        if (m.get("year") instanceof Integer y && y >= 1900 && y <= 9999) {
            year = y;
        } else if (m.get("year") != null) {
            errors.add(file, lineOf(node, "year", line), "print.year must be a four-digit year, was `" + m.get("year") + "`",
                    "e.g. `year: 2026`");
        }
        boolean illustrations = false;
        if (m.get("illustrations") instanceof Boolean b) {
            illustrations = b;
        } else if (m.get("illustrations") != null) {
            errors.add(file, lineOf(node, "illustrations", line), "print.illustrations must be true or false, was `"
                    + m.get("illustrations") + "`", "e.g. `illustrations: true` while the pictures are drawings");
        }
        for (Object key : m.keySet()) {
            if (!List.of("trim", "marks", "year", "illustrations").contains(key)) {
                errors.add(file, lineOf(node, String.valueOf(key), line), "unknown key `print." + key + "`",
                        "known keys are trim, marks, year, illustrations");
            }
        }
        return new PrintOptions(w, h, marks, year, illustrations);
    }

    private static int lineOf(YamlNode node, String key, int dflt) {
        int l = node == null ? 0 : node.lineOf(key);
        return l > 0 ? l : dflt;
    }
}
