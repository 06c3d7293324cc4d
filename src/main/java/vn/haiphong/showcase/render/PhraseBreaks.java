package vn.haiphong.showcase.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import vn.haiphong.showcase.i18n.PhraseBreaker;
import vn.haiphong.showcase.text.HtmlTags;

/**
 * Puts {@code <wbr>} between the phrases of Japanese and Chinese headings and short texts of a
 * rendered page, so a line breaks at {@code 玄関口から|大海原へ} and never inside {@code 玄関口};
 * site.css gives the same elements {@code word-break: keep-all} so the browser breaks only there.
 * Which elements: {@code h1}–{@code h3} (page titles, Markdown headings, card titles) and those
 * with a class in {@link #CLASSES}; their language is their own {@code lang} or the nearest
 * ancestor's, so a Vietnamese card on a Japanese page (a fallback) is left alone.
 *
 * <p>Only the text between tags changes: attributes (heading ids, {@code aria-label}s), the
 * {@code <title>}, meta descriptions and scripts (JSON-LD) are never touched, and {@code <wbr>}
 * adds no text to what a reader, a search index or {@code textContent} sees. Text inside
 * {@code code}, {@code kbd}, {@code abbr}, {@code time} and the like is context, not broken, as in
 * BudouX's own HTML processor; an existing {@code <wbr>} is kept and not doubled.
 */
final class PhraseBreaks {
    /**
     * Short texts of the templates broken into phrases besides h1–h3 (leads, card and chapter texts,
     * figure labels, the exhibition's start button); a template marks a new one with {@code phrases}.
     */
    static final Set<String> CLASSES = Set.of("lead", "hero-lead", "hero-kicker", "card-text", "chapter-text",
            "figure-label", "ex-start", "phrases");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr");
    /** Elements whose content is not markup. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title");
    /** Text inside these is not broken (BudouX skips them too). */
    private static final Set<String> UNBROKEN = Set.of("code", "kbd", "samp", "var", "abbr", "time", "rt", "rp",
            "script", "style", "svg", "math", "button", "select", "textarea", "iframe", "noscript");
    /** Elements that end one run of text and start another. */
    private static final Set<String> BLOCKS = Set.of("address", "blockquote", "div", "figure", "figcaption",
            "footer", "header", "p", "article", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "nav", "section", "dl",
            "dt", "dd", "ol", "ul", "li", "table", "caption", "tr", "td", "th", "details", "summary", "br", "hr");

    private PhraseBreaks() {
    }

    /** {@code html} with phrase breaks in its Japanese and Chinese headings and short texts. */
    static String apply(String html) {
        if (!html.contains("lang=\"ja") && !html.contains("lang=\"zh")) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 256);
        int copied = 0;
        Deque<String[]> open = new ArrayDeque<>(); // {name, lang}
        int pos = 0;
        while (true) {
            int lt = html.indexOf('<', pos);
            if (lt < 0 || lt + 1 >= html.length()) {
                break;
            }
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                pos = end < 0 ? html.length() : end + 3;
                continue;
            }
            char c = html.charAt(lt + 1);
            if (c == '!' || c == '?') {
                pos = HtmlTags.end(html, lt);
                continue;
            }
            if (c == '/') {
                int end = HtmlTags.end(html, lt);
                String name = HtmlTags.name(html, lt + 2);
                if (isOpen(open, name)) {
                    // an end tag also closes the elements left open inside it
                    String[] closed;
                    do {
                        closed = open.pop();
                    } while (!closed[0].equals(name));
                }
                pos = end;
                continue;
            }
            if (!Character.isLetter(c)) {
                pos = lt + 1;
                continue;
            }
            Tag tag = Tag.at(html, lt);
            pos = tag.end;
            if (RAW_TEXT.contains(tag.name)) {
                int close = closing(html, tag.end, tag.name);
                pos = close < 0 ? html.length() : close;
                continue;
            }
            if (VOID.contains(tag.name) || tag.selfClosing) {
                continue;
            }
            String lang = tag.lang != null ? tag.lang : open.isEmpty() ? null : open.peek()[1];
            open.push(new String[] {tag.name, lang});
            PhraseBreaker breaker = PhraseBreaker.forLanguage(lang);
            if (breaker == null || !(HEADINGS.contains(tag.name) || tag.hasClassIn(CLASSES))) {
                continue;
            }
            int close = closing(html, tag.end, tag.name);
            if (close < 0) {
                continue;
            }
            String inner = html.substring(tag.end, close);
            String broken = breakInner(inner, breaker);
            if (!broken.equals(inner)) {
                out.append(html, copied, tag.end).append(broken);
                copied = close;
            }
            // the end tag is read next and closes the element
            pos = close;
        }
        if (copied == 0) {
            return html;
        }
        return out.append(html, copied, html.length()).toString();
    }

    private static boolean isOpen(Deque<String[]> open, String name) {
        for (String[] e : open) {
            if (e[0].equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code inner} (an element's content) with {@code <wbr>} at its phrase boundaries. */
    static String breakInner(String inner, PhraseBreaker breaker) {
        Run run = new Run();
        TreeSet<Integer> inserts = new TreeSet<>();
        String skipping = null;
        int skipDepth = 0;
        int pos = 0;
        while (pos < inner.length()) {
            int lt = inner.indexOf('<', pos);
            int textEnd = lt < 0 ? inner.length() : lt;
            if (skipping == null && textEnd > pos) {
                run.text(inner, pos, textEnd);
            }
            if (lt < 0) {
                break;
            }
            if (inner.startsWith("<!--", lt)) {
                int end = inner.indexOf("-->", lt + 4);
                pos = end < 0 ? inner.length() : end + 3;
                continue;
            }
            char c = lt + 1 < inner.length() ? inner.charAt(lt + 1) : ' ';
            if (c != '/' && !Character.isLetter(c)) {
                // a lone '<' in text (Flexmark writes &lt;, raw HTML may not)
                if (skipping == null) {
                    run.text(inner, lt, lt + 1);
                }
                pos = lt + 1;
                continue;
            }
            boolean end = c == '/';
            String name = HtmlTags.name(inner, lt + (end ? 2 : 1));
            pos = HtmlTags.end(inner, lt);
            if (skipping != null) {
                if (name.equals(skipping)) {
                    skipDepth += end ? -1 : 1;
                    if (skipDepth == 0) {
                        skipping = null;
                    }
                }
                continue;
            }
            if (!end && UNBROKEN.contains(name) && !inner.startsWith("/>", pos - 2)) {
                skipping = name;
                skipDepth = 1;
            } else if (name.equals("wbr")) {
                run.forced.add(run.text.length());
            } else if (BLOCKS.contains(name)) {
                run.flush(breaker, inserts);
            }
        }
        run.flush(breaker, inserts);
        if (inserts.isEmpty()) {
            return inner;
        }
        StringBuilder sb = new StringBuilder(inner.length() + inserts.size() * 5);
        int from = 0;
        for (int at : inserts) {
            sb.append(inner, from, at).append("<wbr>");
            from = at;
        }
        return sb.append(inner, from, inner.length()).toString();
    }

    /** The text of one inline formatting context, with where each of its characters sits in the source. */
    private static final class Run {
        final StringBuilder text = new StringBuilder();
        /** For each character of {@link #text}: its offset in the source, or -1 inside a character reference. */
        final List<Integer> source = new ArrayList<>();
        final Set<Integer> forced = new HashSet<>();

        void text(String s, int from, int to) {
            int i = from;
            while (i < to) {
                char c = s.charAt(i);
                int next = i + 1;
                String decoded = null;
                if (c == '&') {
                    int semi = s.indexOf(';', i);
                    if (semi > i && semi < to && semi - i <= 32) {
                        String ref = s.substring(i, semi + 1);
                        String d = org.jsoup.parser.Parser.unescapeEntities(ref, false);
                        if (!d.equals(ref)) {
                            decoded = d;
                            next = semi + 1;
                        }
                    }
                }
                if (decoded == null) {
                    decoded = String.valueOf(c);
                }
                for (int k = 0; k < decoded.length(); k++) {
                    if (decoded.charAt(k) == '\u200B') {
                        forced.add(text.length() + 1);
                    }
                    text.append(decoded.charAt(k));
                    source.add(k == 0 ? i : -1);
                }
                i = next;
            }
        }

        void flush(PhraseBreaker breaker, Set<Integer> inserts) {
            String t = text.toString();
            if (!t.isBlank()) {
                for (int b : breaker.breaks(t)) {
                    int at = source.get(b);
                    if (at >= 0 && !forced.contains(b) && !insideLatinWord(t, b)) {
                        inserts.add(at);
                    }
                }
            }
            text.setLength(0);
            source.clear();
            forced.clear();
        }
    }

    /**
     * Whether {@code b} falls between two letters or digits of a non-CJK word: BudouX's Chinese model
     * sometimes cuts those ({@code 进入 3|60° 展厅}, {@code VR|360}), and the browser already keeps such
     * words whole and breaks them at spaces, so no {@code <wbr>} goes there.
     */
    private static boolean insideLatinWord(String t, int b) {
        int before = t.codePointBefore(b);
        int after = t.codePointAt(b);
        return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after) && !cjk(before) && !cjk(after);
    }

    private static boolean cjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || s == Character.UnicodeScript.BOPOMOFO || cp == 0x30FC; // ー is Common, but a kana
    }

    /** A start tag: its lower-case name, {@code lang}, {@code class} attribute, and where it ends. */
    private record Tag(String name, String lang, String classes, boolean selfClosing, int end) {
        static Tag at(String html, int lt) {
            String name = HtmlTags.name(html, lt + 1);
            int i = lt + 1 + name.length();
            String lang = null;
            String classes = null;
            boolean selfClosing = false;
            while (i < html.length()) {
                char c = html.charAt(i);
                if (c == '>') {
                    return new Tag(name, lang, classes, selfClosing, i + 1);
                }
                if (c == '/') {
                    selfClosing = true;
                    i++;
                    continue;
                }
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                selfClosing = false;
                int nameStart = i;
                while (i < html.length() && "\t\n\f\r />=".indexOf(html.charAt(i)) < 0) {
                    i++;
                }
                // only lang and class are kept: other attributes are skipped without copying them
                int kept = i - nameStart == 4 && html.regionMatches(true, nameStart, "lang", 0, 4) ? 1
                        : i - nameStart == 5 && html.regionMatches(true, nameStart, "class", 0, 5) ? 2 : 0;
                String value = "";
                while (i < html.length() && Character.isWhitespace(html.charAt(i))) {
                    i++;
                }
                if (i < html.length() && html.charAt(i) == '=') {
                    i++;
                    while (i < html.length() && Character.isWhitespace(html.charAt(i))) {
                        i++;
                    }
                    if (i < html.length() && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                        char q = html.charAt(i);
                        int close = html.indexOf(q, i + 1);
                        close = close < 0 ? html.length() : close;
                        value = kept == 0 ? "" : html.substring(i + 1, close);
                        i = Math.min(html.length(), close + 1);
                    } else {
                        int start = i;
                        while (i < html.length() && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
                            i++;
                        }
                        value = kept == 0 ? "" : html.substring(start, i);
                    }
                }
                if (kept == 1) {
                    lang = value;
                } else if (kept == 2) {
                    classes = value;
                }
            }
            return new Tag(name, lang, classes, selfClosing, html.length());
        }

        /** Whether one of the classes (the attribute's words, as {@code trim().split("\\s+")} cuts them) is in {@code set}. */
        boolean hasClassIn(Set<String> set) {
            if (classes == null) {
                return false;
            }
            String v = classes.trim();
            int i = 0;
            while (i <= v.length()) {
                int j = i;
                while (j < v.length() && !isRegexSpace(v.charAt(j))) {
                    j++;
                }
                if (set.contains(v.substring(i, j))) {
                    return true;
                }
                while (j < v.length() && isRegexSpace(v.charAt(j))) {
                    j++;
                }
                if (j >= v.length()) {
                    return false;
                }
                i = j;
            }
            return false;
        }

        /** What {@code \\s} matches in a Java regular expression. */
        private static boolean isRegexSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
        }
    }

    /**
     * Where the end tag of the {@code name} element whose content starts at {@code from} begins
     * (elements of the same name inside it counted), or -1.
     */
    private static int closing(String html, int from, String name) {
        int depth = 1;
        int i = from;
        while (true) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                return -1;
            }
            boolean end = lt + 1 < html.length() && html.charAt(lt + 1) == '/';
            int at = lt + (end ? 2 : 1);
            if (html.regionMatches(true, at, name, 0, name.length())) {
                int after = at + name.length();
                char c = after < html.length() ? html.charAt(after) : '>';
                if (!Character.isLetterOrDigit(c) && c != '-') {
                    if (end && --depth == 0) {
                        return lt;
                    }
                    if (!end && !RAW_TEXT.contains(name)) {
                        depth++;
                    }
                }
            }
            i = lt + 1;
        }
    }
}
