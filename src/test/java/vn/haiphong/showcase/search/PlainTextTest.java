package vn.haiphong.showcase.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The plain text of a page body: its one-scan path gives what the four expressions that define it give. */
class PlainTextTest {
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|svg|template)\\b.*?</\\1\\s*>");
    private static final Pattern BLOCK = Pattern.compile("(?i)</?(p|div|h[1-6]|li|ul|ol|tr|td|th|table|figure|figcaption|blockquote|section|article|br|dt|dd|pre)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");

    /** The definition: the expressions applied in turn. */
    private static String byExpressions(String html) {
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

    private static final String[] PIECES = {"<p>", "</p>", "<P class=\"x\">", "<pre>", "</PRE >", "<path d=\"M0\"/>",
        "<div>", "<h2 id=\"a\">", "</h2>", "<thead>", "<table>", "<th>", "<br/>", "<bR>", "<p-x>", "<li>", "<a href=\"/x\">",
        "</a>", "<em>", "<script>var a = '<p>';</script>", "<SCRIPT type=x>", "</script\n>", "<style>p{}</style>",
        "<svg viewBox=\"0 0 1 1\"><text>hidden</text></svg>", "<svg:x>", "<template>t</template>", "<scripts>",
        "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&nbsp;", "&#65;", "&#x1F600;", "&#X41;", "&#0;", "&#99999999999;",
        "&#xFFFFFFFFF;", "&#12a;", "&#;", "&am", "p;", "&AMP;", "&foo;", "&#x;", "&#10;", "&#9;", "&#x2028;", "<", ">",
        " ", "  ", "\n", "\t", "\u000B", "\f", "\r", "\u00A0", "\u2028", "Hải Phòng", "cảng", "港口", "깟바", "x", "word",
        "<ſection>", "<blocKquote>", "<\u212Aey>", "<table\u0131>", "<p\u0301>", "<p\u0903>", "<li\uD835\uDC00>", "<br\u20DD>", "<h7>", "<dd/>", "<figcaption>"};

    @Test
    void oneScanGivesWhatTheExpressionsGive() {
        Random r = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(40);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String html = sb.toString();
            assertEquals(byExpressions(html), PlainText.of(html), html);
        }
    }

    @Test
    void aPageBody() {
        String html = "<h2 id=\"port\">Cảng &amp; logistics</h2>\n<p>Lạch Huyện<br>cảng nước sâu&nbsp;— <em>2030</em></p>"
                + "<figure><svg><title>map</title></svg><figcaption>Bản đồ</figcaption></figure>";
        assertEquals("Cảng & logistics Lạch Huyện cảng nước sâu — 2030 Bản đồ", PlainText.of(html));
        assertEquals(byExpressions(html), PlainText.of(html));
    }
}
