package vn.haiphong.showcase.text;

/**
 * JSON string literals as every JSON file and inline script of the site writes them: quotes,
 * backslashes and control characters escaped, and {@code <}, U+2028 and U+2029 too, so the
 * JSON can sit inside an HTML {@code <script>} (no {@code </script>}) and be read as JavaScript.
 */
public final class JsonStrings {
    private JsonStrings() {
    }

    /** Appends {@code s} as a JSON string literal, quotes included. */
    public static void append(String s, StringBuilder sb) {
        append(s, false, sb);
    }

    /**
     * Appends {@code s} as a JSON string literal that also escapes {@code >} and {@code &}, for
     * JSON written into an HTML page (JSON-LD, viewer data).
     */
    public static void appendForHtml(String s, StringBuilder sb) {
        append(s, true, sb);
    }

    private static void append(String s, boolean html, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append(html ? "\\u003e" : ">");
                case '&' -> sb.append(html ? "\\u0026" : "&");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
