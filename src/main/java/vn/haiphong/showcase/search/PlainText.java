package vn.haiphong.showcase.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words a visitor reads in a page body's HTML: tags dropped (with scripts, styles and drawings), entities decoded. */
public final class PlainText {
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|svg|template)\\b.*?</\\1\\s*>");
    private static final Pattern BLOCK = Pattern.compile("(?i)</?(p|div|h[1-6]|li|ul|ol|tr|td|th|table|figure|figcaption|blockquote|section|article|br|dt|dd|pre)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    private PlainText() {
    }

    public static String of(String html) {
        String s = HIDDEN.matcher(html).replaceAll(" ");
        s = BLOCK.matcher(s).replaceAll(" ");
        s = TAG.matcher(s).replaceAll("");
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
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
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }
}
