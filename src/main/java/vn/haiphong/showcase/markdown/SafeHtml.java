package vn.haiphong.showcase.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * What raw HTML in a page may contain, decided by jsoup's {@link Safelist} and {@link Cleaner}
 * (a kept sanitiser, not our own filter): the text structure Markdown itself produces plus
 * {@code <span lang>}, figures, pictures, abbreviations and the like, with classes, ids,
 * {@code lang}, {@code dir} and {@code title}; links only to http(s), mail and telephone
 * addresses or relative ones; images also from {@code data:image/…}. Scripts, styles, frames,
 * objects, forms, SVG and MathML, event-handler attributes ({@code onclick}, {@code onerror}…),
 * {@code style} and {@code javascript:}/{@code vbscript:}/{@code data:} addresses are dropped.
 * HTML that is already safe is returned exactly as written, so a page's output only changes when
 * something was dropped.
 */
public final class SafeHtml {
    /** Resolves relative URLs for the protocol test only; nothing is ever written with it. */
    private static final String BASE = "https://relative.invalid/";

    private static final Allowed ALLOWED = new Allowed();
    private static final String END = "showcase-end-of-fragment";

    private SafeHtml() {
    }

    /** Something dropped from a page; {@code line} counts from 1 inside the HTML given. */
    public record Dropped(int line, String what) {
    }

    /** The safe HTML and what was dropped to get it (nothing: {@code html} is the input itself). */
    public record Cleaned(String html, List<Dropped> dropped) {
    }

    /**
     * {@code html} (a fragment of a page's body) without what is not allowed. When everything is
     * allowed the very same string is returned; otherwise the fragment as jsoup's Cleaner writes
     * it, with elements it had left open closed.
     */
    public static Cleaned clean(String html) {
        // parsed as the body of a whole page, as the browser will see it (<body onload> lends its
        // attributes to the page's body), followed by a marker: when the marker is not an element,
        // the fragment left a quote, tag or raw-text element open and would swallow the HTML after it
        String prefix = "<!DOCTYPE html><html><head></head><body>";
        Parser parser = Parser.htmlParser().setTrackPosition(true).setTrackErrors(100);
        Document dirty = parser.parseInput(prefix + html + "<" + END + "></" + END + ">", BASE);
        List<Dropped> dropped = new ArrayList<>();
        // a start tag the parser ignored here (<td> outside a table, a second <body>) may take effect in
        // the page, inside an element an earlier piece of HTML left open: its attributes were never checked
        for (ParseError error : parser.getErrors()) {
            int at = error.getPosition() - prefix.length();
            if (error.getErrorMessage().contains("StartTag") && at >= 0 && at < html.length()) {
                int line = 1 + (int) html.substring(0, at).chars().filter(c -> c == '\n').count();
                java.util.regex.Matcher tag = java.util.regex.Pattern.compile("\\[<([^\\s>/]+)").matcher(error.getErrorMessage());
                dropped.add(new Dropped(line, "`<" + (tag.find() ? tag.group(1) : "?") + ">` where it does not belong"
                        + " (the parser ignores or moves it here; in the page it could land inside an element left open)"));
            }
        }
        Element end = dirty.body().getElementsByTag(END).last();
        if (end == null) {
            dropped.add(new Dropped(1, "HTML left open (an unclosed quote, tag or element such as `<textarea>`)"
                    + " that would swallow what follows"));
        } else {
            end.remove();
        }
        for (Element page : List.of(dirty.body(), dirty.body().parent())) {
            for (Attribute a : page.attributes()) {
                dropped.add(new Dropped(1, "the attribute `" + a.getKey() + "` of `<" + page.normalName() + ">`"));
            }
        }
        for (Element e : dirty.head().children()) {
            dropped.add(new Dropped(1, "the element `<" + e.normalName() + ">`"));
        }
        for (Element e : dirty.body().getAllElements()) {
            if (e == dirty.body()) {
                continue;
            }
            int line = e.sourceRange().isTracked() ? e.sourceRange().start().lineNumber() : 1;
            if (!ALLOWED.tag(e.normalName())) {
                if (e.parent() == dirty.body() || ALLOWED.tag(e.parent().normalName())) {
                    dropped.add(new Dropped(line, "the element `<" + e.normalName() + ">`"));
                }
                continue;
            }
            for (Attribute a : e.attributes()) {
                if (!ALLOWED.attribute(e.normalName(), e, a)) {
                    dropped.add(new Dropped(line, describe(e.normalName(), a)));
                }
            }
        }
        if (dropped.isEmpty()) {
            return new Cleaned(html, List.of());
        }
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return new Cleaned(clean.body().html(), List.copyOf(dropped));
    }

    /**
     * One start tag as Markdown's inline HTML gives it ({@code <span lang="vi">}), a closing tag or
     * a comment: the same string when allowed, the tag without its unsafe attributes, or "" when
     * the element itself is not allowed; {@code dropped} receives what was taken out.
     */
    public static String cleanTag(String tag, List<String> dropped) {
        String t = tag.strip();
        if (t.startsWith("<!--")) {
            return tag;
        }
        if (t.startsWith("</")) {
            String name = t.substring(2, t.length() - 1).strip().toLowerCase(Locale.ROOT);
            return ALLOWED.tag(name) ? tag : "";
        }
        if (!t.startsWith("<") || t.startsWith("<!") || t.startsWith("<?")) {
            dropped.add("`" + t + "`");
            return "";
        }
        Document dirty = Document.createShell(BASE);
        List<Node> nodes = Parser.htmlParser().parseFragmentInput(t, dirty.body(), BASE);
        if (nodes.size() != 1 || !(nodes.get(0) instanceof Element e)) {
            dropped.add("`" + t + "`");
            return "";
        }
        if (!ALLOWED.tag(e.normalName())) {
            dropped.add("the element `<" + e.normalName() + ">`");
            return "";
        }
        List<String> removed = new ArrayList<>();
        for (Attribute a : e.attributes()) {
            if (!ALLOWED.attribute(e.normalName(), e, a)) {
                removed.add(describe(e.normalName(), a));
            }
        }
        if (removed.isEmpty()) {
            return tag;
        }
        dropped.addAll(removed);
        StringBuilder sb = new StringBuilder("<").append(e.normalName());
        for (Attribute a : e.attributes()) {
            if (ALLOWED.attribute(e.normalName(), e, a)) {
                sb.append(' ').append(a.getKey()).append("=\"").append(Picture.attr(a.getValue())).append('"');
            }
        }
        return sb.append(t.endsWith("/>") ? " />" : ">").toString();
    }

    /**
     * Whether a link ({@code image} false) or image address written in Markdown may be published:
     * relative, http(s), mailto: or tel: (images: data:image/… too). {@code url} is as written;
     * HTML character references in it are decoded first, as a browser would.
     */
    public static boolean url(String url, boolean image) {
        if (plainRelativeOrWeb(url)) {
            return true; // the common case, decided without building an element (a page has many links)
        }
        String decoded = Parser.unescapeEntities(url, true);
        String key = image ? "src" : "href";
        Element e = new Element(image ? "img" : "a").attr(key, decoded);
        e.setBaseUri(BASE);
        return ALLOWED.attribute(e.normalName(), e, new Attribute(key, decoded));
    }

    /**
     * Whether {@code name=value} from an attribute block ({@code {.wide lang=vi}}) may be set on
     * the element Markdown writes as {@code tag}.
     */
    public static boolean attribute(String tag, String name, String value) {
        Element e;
        try {
            e = new Element(tag).attr(name, value);
        } catch (IllegalArgumentException bad) {
            return false;
        }
        e.setBaseUri(BASE);
        return ALLOWED.attribute(tag, e, new Attribute(name, value));
    }

    /**
     * A URL without character references or control characters that has no scheme (nothing
     * before a {@code :} other than a path, query or fragment) or starts with http(s)://: the
     * Safelist would allow it too.
     */
    private static boolean plainRelativeOrWeb(String url) {
        int colon = -1;
        int stop = -1;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '&' || c == '\\') {
                return false;
            }
            if (c == ':' && colon < 0) {
                colon = i;
            } else if ((c == '/' || c == '?' || c == '#') && stop < 0) {
                stop = i;
            }
        }
        return colon < 0 || (stop >= 0 && stop < colon) || url.startsWith("https://") || url.startsWith("http://");
    }

    private static String describe(String tag, Attribute a) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        if (key.startsWith("on")) {
            return "the event handler `" + key + "` on `<" + tag + ">`";
        }
        if (ALLOWED.tag(tag) && URL_ATTRIBUTES.contains(key)) {
            return "the address `" + abbreviate(a.getValue()) + "` in `" + key + "` of `<" + tag + ">`";
        }
        return "the attribute `" + key + "` on `<" + tag + ">`";
    }

    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "cite", "action", "formaction");

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** The allow-list; jsoup's protocol test checks the addresses. */
    private static final class Allowed extends Safelist {
        Allowed() {
            addTags("a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col",
                    "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
                    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p",
                    "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "source", "span",
                    "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr",
                    "u", "ul", "var", "wbr");
            addAttributes(":all", "class", "id", "lang", "dir", "title", "translate");
            addAttributes("a", "href", "hreflang", "rel", "type");
            addAttributes("img", "src", "alt", "width", "height", "loading", "decoding", "srcset", "sizes");
            addAttributes("source", "srcset", "sizes", "type", "media", "width", "height");
            addAttributes("blockquote", "cite");
            addAttributes("q", "cite");
            addAttributes("del", "cite", "datetime");
            addAttributes("ins", "cite", "datetime");
            addAttributes("time", "datetime");
            addAttributes("ol", "start", "reversed", "type");
            addAttributes("li", "value");
            addAttributes("td", "colspan", "rowspan", "headers");
            addAttributes("th", "colspan", "rowspan", "headers", "scope", "abbr");
            addAttributes("col", "span");
            addAttributes("colgroup", "span");
            addAttributes("details", "open");
            addProtocols("a", "href", "http", "https", "mailto", "tel");
            addProtocols("img", "src", "http", "https", "data");
            addProtocols("blockquote", "cite", "http", "https");
            addProtocols("q", "cite", "http", "https");
            addProtocols("del", "cite", "http", "https");
            addProtocols("ins", "cite", "http", "https");
            preserveRelativeLinks(true);
        }

        boolean tag(String name) {
            return isSafeTag(name);
        }

        boolean attribute(String tag, Element e, Attribute a) {
            return isSafeAttribute(tag, e, a);
        }

        @Override
        protected boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
            if (!super.isSafeAttribute(tagName, el, attr)) {
                return false;
            }
            // data: is for pictures only (data:image/png…), never a page, a script or a text
            if (tagName.equals("img") && attr.getKey().equalsIgnoreCase("src")) {
                String v = attr.getValue().strip().toLowerCase(Locale.ROOT);
                return !v.startsWith("data:") || v.startsWith("data:image/");
            }
            return true;
        }
    }
}
