package vn.haiphong.showcase.cdn;

import java.util.Set;
import vn.haiphong.showcase.text.HtmlTags;

/**
 * Minifies HTML by whitespace only, the way a browser would collapse it anyway: each run of
 * whitespace in text becomes one newline (if it had one) or one space, whitespace between tags
 * in the head disappears, and comments go (except conditional ones). Tags and their attributes
 * are copied exactly, so attribute quoting stays as written; {@code pre}, {@code textarea},
 * {@code script} and {@code style} are copied untouched.
 */
final class HtmlWhitespace {
    private static final Set<String> RAW = Set.of("pre", "textarea", "script", "style");

    private HtmlWhitespace() {
    }

    static String minify(String html) {
        StringBuilder out = new StringBuilder(html.length());
        boolean beforeBody = true;
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<' && html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                end = end < 0 ? n : end + 3;
                if (html.startsWith("<!--[if", i) || html.startsWith("<![endif]", i)) {
                    out.append(html, i, end);
                }
                i = end;
            } else if (c == '<' && i + 1 < n && isTagStart(html.charAt(i + 1))) {
                int end = HtmlTags.end(html, i);
                String name = tagName(html, i);
                out.append(html, i, end);
                i = end;
                if (name.equals("body") || name.equals("/head")) {
                    beforeBody = false;
                }
                if (RAW.contains(name)) {
                    int close = indexOfIgnoreCase(html, "</" + name, i);
                    int stop = close < 0 ? n : close;
                    out.append(html, i, stop);
                    i = stop;
                }
            } else {
                int end = html.indexOf('<', i + 1);
                end = end < 0 ? n : end;
                text(html, i, end, beforeBody, out);
                i = end;
            }
        }
        return out.toString();
    }

    private static boolean isTagStart(char c) {
        return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
    }

    /** {@code div} for {@code <div …>}, {@code /div} for {@code </div>}, lower case. */
    private static String tagName(String s, int start) {
        boolean end = start + 1 < s.length() && s.charAt(start + 1) == '/';
        return end ? "/" + HtmlTags.name(s, start + 2) : HtmlTags.name(s, start + 1);
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        int limit = s.length() - what.length();
        for (int i = from; i <= limit; i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    private static void text(String s, int from, int to, boolean beforeBody, StringBuilder out) {
        boolean blank = true;
        for (int i = from; i < to; i++) {
            if (!isSpace(s.charAt(i))) {
                blank = false;
                break;
            }
        }
        if (blank && beforeBody) {
            return; // whitespace between head elements is never rendered
        }
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                boolean newline = false;
                while (i < to && isSpace(s.charAt(i))) {
                    newline |= s.charAt(i) == '\n';
                    i++;
                }
                out.append(newline ? '\n' : ' ');
            } else {
                out.append(c);
                i++;
            }
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
