package vn.haiphong.showcase.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL-safe, readable identifiers from titles, headings and tags in any of our scripts. Latin
 * letters lose their diacritics ({@code Lịch sử Đồ Sơn} → {@code lich-su-do-son}); CJK, kana and
 * Hangul are kept as they are, voiced marks included ({@code 海防港口}, {@code カットバ} stay), so ids
 * stay stable and unique in every language.
 */
public final class Slugs {
    private Slugs() {
    }

    /** The slug of {@code text}; never empty (falls back to {@code "section"}). */
    public static String slug(String text) {
        return slug(text, false);
    }

    /**
     * The slug earlier versions wrote, which dropped every combining mark, kana's voiced marks too
     * ({@code カットバ} → {@code カットハ}); only for keeping the addresses they published reachable.
     */
    public static String slugDroppingAllMarks(String text) {
        return slug(text, true);
    }

    private static String slug(String text, boolean dropAllMarks) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        boolean dash = false;
        // whether the last letter kept was written in a script whose marks go (Latin: Vietnamese tones)
        boolean dropMarks = true;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                // ガ is カ + U+3099 after NFD: such a mark is part of the letter, NFC puts it back below
                if (!dropAllMarks && !dropMarks) {
                    sb.appendCodePoint(cp);
                }
                continue;
            }
            if (cp == 'đ' || cp == 'Đ') {
                cp = 'd';
            }
            if (Character.isLetterOrDigit(cp)) {
                if (dash && sb.length() > 0) {
                    sb.append('-');
                }
                dash = false;
                sb.appendCodePoint(Character.toLowerCase(cp));
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                dropMarks = script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON;
            } else if (cp == '_' || cp == '-' || Character.isWhitespace(cp) || isPunctuation(type)) {
                dash = true;
                dropMarks = true;
            } else {
                dropMarks = true;
            }
        }
        String s = Normalizer.normalize(sb.toString(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return s.isEmpty() ? "section" : s;
    }

    private static boolean isPunctuation(int type) {
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION || type == Character.MATH_SYMBOL
                || type == Character.CURRENCY_SYMBOL || type == Character.MODIFIER_SYMBOL
                || type == Character.OTHER_SYMBOL;
    }
}
