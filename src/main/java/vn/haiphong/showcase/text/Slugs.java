package vn.haiphong.showcase.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL-safe, readable identifiers from titles, headings and tags in any of our scripts. Latin
 * letters lose their diacritics ({@code Lịch sử Đồ Sơn} → {@code lich-su-do-son}); CJK and Hangul
 * are kept as they are ({@code 海防港口} stays), so ids stay stable and unique in every language.
 */
public final class Slugs {
    private Slugs() {
    }

    /** The slug of {@code text}; never empty (falls back to {@code "section"}). */
    public static String slug(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        boolean dash = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
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
            } else if (cp == '_' || cp == '-' || Character.isWhitespace(cp) || isPunctuation(type)) {
                dash = true;
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
