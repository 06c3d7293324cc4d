package vn.haiphong.showcase.text;

import java.util.Locale;

/**
 * The two steps every scan of our own rendered HTML takes at a {@code <}: where the tag ends and
 * what it is called. Shared by the passes that rewrite finished pages (phrase breaks in
 * {@code render}, whitespace minifying in {@code cdn}), so both read a tag the same way.
 */
public final class HtmlTags {
    private HtmlTags() {
    }

    /**
     * Index just past the {@code >} that closes the tag (or declaration, or comment start) at
     * {@code lt}, skipping {@code >} inside quoted attribute values; the string's length when the
     * tag is never closed.
     */
    public static int end(String html, int lt) {
        char quote = 0;
        for (int i = lt + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return html.length();
    }

    /**
     * The lower-case name (letters, digits, {@code -}) that starts at {@code i}, e.g. just after
     * {@code <} or {@code </}; empty when none does.
     */
    public static String name(String html, int i) {
        int j = i;
        while (j < html.length() && (Character.isLetterOrDigit(html.charAt(j)) || html.charAt(j) == '-')) {
            j++;
        }
        return html.substring(i, j).toLowerCase(Locale.ROOT);
    }
}
