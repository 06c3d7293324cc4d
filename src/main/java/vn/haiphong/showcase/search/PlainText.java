package vn.haiphong.showcase.search;

import java.util.regex.Pattern;

/**
 * The words a visitor reads in a page body's HTML: tags dropped (with scripts, styles and drawings),
 * entities decoded, whitespace collapsed. Defined by four regular expressions applied in turn
 * ({@link #HIDDEN}, {@link #BLOCK}, {@link #TAG}, then entities); the usual page takes a single
 * scan that gives the same text, and the expressions themselves run only where that scan could
 * differ (an element that hides its content, a {@code <} inside a tag).
 */
public final class PlainText {
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|svg|template)\\b.*?</\\1\\s*>");
    private static final Pattern BLOCK = Pattern.compile("(?i)</?(p|div|h[1-6]|li|ul|ol|tr|td|th|table|figure|figcaption|blockquote|section|article|br|dt|dd|pre)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** The element names of {@link #BLOCK}. */
    private static final String[] BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td",
        "th", "table", "figure", "figcaption", "blockquote", "section", "article", "br", "dt", "dd", "pre"};
    private static final String[] HIDING = {"script", "style", "svg", "template"};

    private PlainText() {
    }

    public static String of(String html) {
        String s = mayHide(html) ? HIDDEN.matcher(html).replaceAll(" ") : html;
        String text = withoutTags(s);
        if (text == null) {
            text = TAG.matcher(BLOCK.matcher(s).replaceAll(" ")).replaceAll("");
        }
        return collapsed(decoded(text)).strip();
    }

    /** Whether a start tag of an element whose content is hidden may be in {@code html} (any letter case). */
    private static boolean mayHide(String html) {
        for (int lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
            for (String name : HIDING) {
                if (html.regionMatches(true, lt + 1, name, 0, name.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@link #BLOCK} then {@link #TAG} in one scan: each {@code <…>} becomes a space when it is a
     * block's tag and nothing otherwise. Null when a tag holds another {@code <} (the expressions
     * then match other spans than this scan would).
     */
    private static String withoutTags(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (true) {
            int lt = s.indexOf('<', i);
            int gt = lt < 0 ? -1 : s.indexOf('>', lt + 1);
            if (gt < 0) {
                // no tag is left: a '<' with no '>' after it is text to both expressions
                return out.append(s, i, s.length()).toString();
            }
            int next = s.indexOf('<', lt + 1);
            if (next >= 0 && next < gt) {
                return null;
            }
            out.append(s, i, lt);
            if (isBlock(s, lt)) {
                out.append(' ');
            }
            i = gt + 1;
        }
    }

    /** Whether the tag at {@code lt} (which has a {@code >} after it) is one of {@link #BLOCK}'s. */
    private static boolean isBlock(String s, int lt) {
        int at = lt + 1 < s.length() && s.charAt(lt + 1) == '/' ? lt + 2 : lt + 1;
        for (String name : BLOCKS) {
            int end = at + name.length();
            if (end < s.length() && asciiIgnoringCase(s, at, name) && !isWordChar(s.codePointAt(end))) {
                return true;
            }
        }
        return false;
    }

    /** {@code (?i)} without UNICODE_CASE: only ASCII letters match in either case. */
    private static boolean asciiIgnoringCase(String s, int at, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            char c = s.charAt(at + k);
            char n = lower.charAt(k);
            if (c != n && !(n >= 'a' && n <= 'z' && c == n - 32)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word character for {@code \b} after a letter, as java.util.regex has it by default: a letter,
     * digit or {@code _}, or a non-spacing mark (which belongs to the letter before it).
     */
    private static boolean isWordChar(int c) {
        return c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** {@code &…;} character references of the kinds pages contain, decoded (a bad number becomes a space). */
    private static String decoded(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int copied = 0;
        for (; amp >= 0; amp = s.indexOf('&', amp + 1)) {
            int semi = referenceEnd(s, amp);
            if (semi < 0) {
                continue;
            }
            sb.append(s, copied, amp).append(replacement(s.substring(amp + 1, semi)));
            copied = semi + 1;
            amp = semi;
        }
        return sb.append(s, copied, s.length()).toString();
    }

    /** Where the {@code ;} of the reference at {@code amp} is, or -1 when none of the known forms starts there. */
    private static int referenceEnd(String s, int amp) {
        int i = amp + 1;
        if (i < s.length() && s.charAt(i) == '#') {
            int j = i + 1;
            while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            if (j > i + 1) {
                return j < s.length() && s.charAt(j) == ';' ? j : -1;
            }
            if (j < s.length() && (s.charAt(j) == 'x' || s.charAt(j) == 'X')) {
                int k = j + 1;
                while (k < s.length() && Character.digit(s.charAt(k), 16) >= 0 && s.charAt(k) < 0x80) {
                    k++;
                }
                return k > j + 1 && k < s.length() && s.charAt(k) == ';' ? k : -1;
            }
            return -1;
        }
        for (String name : new String[] {"amp;", "lt;", "gt;", "quot;", "apos;", "nbsp;"}) {
            if (s.startsWith(name, i)) {
                return i + name.length() - 1;
            }
        }
        return -1;
    }

    private static String replacement(String e) {
        return switch (e) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                int cp;
                try {
                    cp = e.startsWith("#x") || e.startsWith("#X") ? Integer.parseInt(e.substring(2), 16)
                            : Integer.parseInt(e.substring(1));
                } catch (NumberFormatException tooLong) {
                    cp = -1;
                }
                yield cp > 0 && Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : " ";
            }
        };
    }

    /** {@code \s+} → one space. */
    private static String collapsed(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
            } else {
                sb.append(c);
                space = false;
            }
        }
        return sb.toString();
    }
}
