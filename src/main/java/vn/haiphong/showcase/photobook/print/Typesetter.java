package vn.haiphong.showcase.photobook.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.haiphong.showcase.photobook.print.BookFonts.Loaded.Font;
import vn.haiphong.showcase.photobook.print.BookFonts.Style;

/**
 * Breaks text into lines of a given width: Latin, Vietnamese and Korean between words, Chinese
 * and Japanese between any two characters except before closing and after opening punctuation
 * (the basic kinsoku rules). Each line is a list of runs, one font each.
 */
final class Typesetter {
    private static final String NO_BREAK_BEFORE = ",.;:!?)]}%、。，．：；？！）」』】〕〉》’”ーゝゞ々…・ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
    private static final String NO_BREAK_AFTER = "([{（「『【〔〈《‘“";

    /** A piece of a line in one font. */
    record Run(Font font, String text, float width) {
    }

    /** A set line and its width in points. */
    record Line(List<Run> runs, float width) {
    }

    private final BookFonts.Loaded fonts;
    private final List<String> missing;

    Typesetter(BookFonts.Loaded fonts, List<String> missing) {
        this.fonts = fonts;
        this.missing = missing;
    }

    /** {@code text} in lines no wider than {@code widthMm} millimetres at {@code size} points. */
    List<Line> lines(String text, Style style, float size, float widthMm) {
        float width = widthMm * TaggedBook.MM;
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        List<String> units = units(t);
        List<Line> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String u : units) {
            String candidate = line + u;
            if (line.length() > 0 && measure(candidate.stripTrailing(), style, size) > width) {
                out.add(line(line.toString().stripTrailing(), style, size));
                line = new StringBuilder(u.stripLeading());
            } else {
                line.append(u);
            }
        }
        if (!line.toString().isBlank()) {
            out.add(line(line.toString().stripTrailing(), style, size));
        }
        return out;
    }

    /** One line without breaking. */
    Line line(String text, Style style, float size) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<Run> runs = new ArrayList<>();
        Font current = null;
        StringBuilder sb = new StringBuilder();
        float total = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            Font f = fonts.fontFor(cp, style);
            if (f == null) {
                missing.add(new String(Character.toChars(cp)));
                continue;
            }
            if (f != current && sb.length() > 0) {
                float w = width(current, sb.toString(), size);
                runs.add(new Run(current, sb.toString(), w));
                total += w;
                sb.setLength(0);
            }
            current = f;
            sb.appendCodePoint(cp);
        }
        if (sb.length() > 0) {
            float w = width(current, sb.toString(), size);
            runs.add(new Run(current, sb.toString(), w));
            total += w;
        }
        return new Line(runs, total);
    }

    float measure(String text, Style style, float size) {
        return line(text, style, size).width();
    }

    private static float width(Font f, String s, float size) {
        try {
            return f.pdf().getStringWidth(s) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The unbreakable pieces of {@code t}, each with the spaces that follow it. */
    static List<String> units(String t) {
        List<String> out = new ArrayList<>();
        StringBuilder u = new StringBuilder();
        int prev = -1;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            boolean breakHere = u.length() > 0 && prev != -1 && canBreak(prev, cp);
            if (breakHere) {
                out.add(u.toString());
                u.setLength(0);
            }
            u.appendCodePoint(cp);
            prev = cp;
        }
        if (u.length() > 0) {
            out.add(u.toString());
        }
        return out;
    }

    private static boolean canBreak(int before, int after) {
        if (NO_BREAK_BEFORE.indexOf(after) >= 0 || NO_BREAK_AFTER.indexOf(before) >= 0 || after == ' ') {
            return false;
        }
        return before == ' ' || ideographic(before) || ideographic(after);
    }

    /** Chinese and Japanese characters, between which lines may break (Hangul breaks at spaces). */
    private static boolean ideographic(int cp) {
        return (cp >= 0x2E80 && cp <= 0x9FFF && !(cp >= 0x3130 && cp <= 0x318F)) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF);
    }
}
