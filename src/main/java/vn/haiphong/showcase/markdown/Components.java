package vn.haiphong.showcase.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SegmentedSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.haiphong.showcase.markdown.map.MapDrawer;
import vn.haiphong.showcase.markdown.map.MapPoint;
import vn.haiphong.showcase.markdown.map.MapSpec;

/**
 * Turns the directives a page wrote ({@link DirectiveBlock}) into content components — key
 * figures, timeline, gallery, video, note and tip callouts, call to action, map — or into content
 * problems at their line. Links and pictures inside components become ordinary Flexmark
 * {@link Link} and {@link Image} nodes, so the page's link rules, safety rules and alt-text check
 * apply to them as to any other. {@link ComponentHtml} writes the result.
 */
final class Components {
    /** The attributes each component takes; the first ones listed are required where {@link #REQUIRED} says so. */
    static final Map<String, List<String>> ATTRIBUTES = new TreeMap<>(Map.of(
            "figures", List.of("source", "sourceLabel", "title"),
            "timeline", List.of("title"),
            "gallery", List.of("title"),
            "video", List.of("src", "captions", "poster", "title"),
            "note", List.of("title"),
            "tip", List.of("title"),
            "cta", List.of("href", "label"),
            "map", List.of("lat", "lon", "zoom", "label", "title", "place")));
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "figures", List.of("source"),
            "video", List.of("src", "captions"),
            "cta", List.of("href", "label"),
            "map", List.of("lat", "lon", "zoom"));
    /** Written on one line ({@code ::name}) only, or as a block only; map is both. */
    private static final Set<String> LEAF_ONLY = Set.of("video", "cta");
    private static final Set<String> BLOCK_ONLY = Set.of("figures", "timeline", "gallery", "note", "tip");

    /** {@code value — label}: an em dash, or two hyphens between spaces. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*\u2014\\s*|\\s+--\\s+");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])([0-9]{3,4})(?![0-9])");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)");

    private final Parser parser;
    private final MapDrawer maps;

    Components(Parser parser, MapDrawer maps) {
        this.parser = parser;
        this.maps = maps;
    }

    /** Where the page's problems go, and how offsets in its text become 1-based line numbers. */
    record Scope(ComponentText text, LinkRewriter links, boolean unsafeHtml, LineIndex lines,
                 List<MarkdownRenderer.Problem> problems, Set<String> reservedIds, int[] photos) {
        void problem(int line, String message, String hint) {
            problems.add(new MarkdownRenderer.Problem(line, message, hint));
        }
    }

    /** 1-based line numbers of offsets in the page's Markdown. */
    static final class LineIndex {
        private final int[] starts;

        LineIndex(CharSequence text) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        int line(int offset) {
            int lo = 0;
            int hi = starts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo + 1;
        }

        int line(BasedSequence s) {
            return line(s.getStartOffset());
        }
    }

    /** Replaces every directive under {@code root} by its component, or reports why it cannot be one. */
    void expand(Node root, Scope scope) {
        List<DirectiveBlock> found = new ArrayList<>();
        for (Node n : root.getDescendants()) {
            if (n instanceof DirectiveBlock d) {
                found.add(d);
            }
        }
        for (DirectiveBlock d : found) {
            Node component = component(d, scope);
            if (component != null) {
                d.insertBefore(component);
                expand(component, scope);
            }
            d.unlink();
        }
    }

    private Node component(DirectiveBlock d, Scope scope) {
        int line = scope.lines().line(d.getChars());
        String written = (d.leaf ? "::" : ":::") + d.name;
        if (!ATTRIBUTES.containsKey(d.name)) {
            String near = nearest(d.name);
            scope.problem(line, "unknown component `" + written + "`" + (near == null ? "" : "; did you mean `"
                    + (LEAF_ONLY.contains(near) || near.equals("map") && d.leaf ? "::" : ":::") + near + "`?"),
                    "the components are " + known() + " (see \"Components\" in the content guide); to write the"
                            + " colons as text, put a backslash before them: \\:::");
            return null;
        }
        if (!d.closed) {
            scope.problem(line, "`" + written + "` is not closed: no line of three colons `:::` ends it",
                    "end the block with a line holding only `:::`" + (BLOCK_ONLY.contains(d.name) ? ""
                            : "; a one-line component is written with two colons, `::" + d.name + "{…}`"));
            return null;
        }
        if (d.leaf && BLOCK_ONLY.contains(d.name)) {
            scope.problem(line, "`::" + d.name + "` holds lines, so it is a block: write `:::" + d.name
                    + "` and end it with a line `:::`", example(d.name));
            return null;
        }
        if (!d.leaf && LEAF_ONLY.contains(d.name)) {
            scope.problem(line, "`:::" + d.name + "` is a one-line component: write `::" + d.name + "{…}` with no"
                    + " closing `:::`", example(d.name));
            return null;
        }
        int before = scope.problems().size();
        Map<String, String> attrs = attributes(d, line, scope);
        if (attrs == null) {
            return null;
        }
        for (String key : attrs.keySet()) {
            if (!ATTRIBUTES.get(d.name).contains(key)) {
                scope.problem(line, "unknown attribute `" + key + "` of `" + written + "`", "`" + written + "` takes "
                        + String.join(", ", ATTRIBUTES.get(d.name)) + "; e.g. " + example(d.name));
            }
        }
        for (String key : REQUIRED.getOrDefault(d.name, List.of())) {
            if (attrs.getOrDefault(key, "").isBlank()) {
                scope.problem(line, "`" + written + "` needs `" + key + "`", "e.g. " + example(d.name));
            }
        }
        if (scope.problems().size() > before) {
            return null;
        }
        return switch (d.name) {
            case "figures" -> figures(d, attrs, line, scope);
            case "timeline" -> timeline(d, attrs, line, scope);
            case "gallery" -> gallery(d, attrs, line, scope);
            case "video" -> video(d, attrs, line, scope);
            case "note", "tip" -> callout(d, attrs, line, scope);
            case "cta" -> cta(d, attrs);
            case "map" -> map(d, attrs, line, scope);
            default -> throw new IllegalStateException("component without a builder: " + d.name);
        };
    }

    static String example(String name) {
        return switch (name) {
            case "figures" -> "`:::figures{source=\"/en/press/\" sourceLabel=\"City report 2025\"}`, lines"
                    + " `USD 23.6 billion — registered foreign investment`, then `:::`";
            case "timeline" -> "`:::timeline`, lines `1955 — The city is liberated`, then `:::`";
            case "gallery" -> "`:::gallery`, lines `![The port at dusk](/photos/port.jpg \"Caption\")`, then `:::`";
            case "video" -> "`::video{src=\"/videos/port.mp4\" captions=\"/videos/port.en.vtt\""
                    + " poster=\"/photos/port.jpg\" title=\"The port at work\"}`";
            case "note" -> "`:::note{title=\"Opening hours\"}`, text, then `:::`";
            case "tip" -> "`:::tip`, text, then `:::`";
            case "cta" -> "`::cta{href=\"/en/press/\" label=\"Contact the investment office\"}`";
            case "map" -> "`::map{lat=20.84 lon=106.69 zoom=9 label=\"Hải Phòng\"}` or `:::map{lat=20.8 lon=106.9"
                    + " zoom=9 title=\"Islands\"}` with lines `20.73, 107.05 — Cát Bà`; `place=\"aside\"` puts it in"
                    + " the article's side column";
            default -> "";
        };
    }

    private static String known() {
        List<String> out = new ArrayList<>();
        for (String n : ATTRIBUTES.keySet()) {
            out.add(n.equals("map") ? "`::map`/`:::map`" : "`" + (LEAF_ONLY.contains(n) ? "::" : ":::") + n + "`");
        }
        return String.join(", ", out);
    }

    /** The known name within two edits of {@code name}, if any. */
    private static String nearest(String name) {
        String best = null;
        int bestDistance = 3;
        for (String k : ATTRIBUTES.keySet()) {
            int d = distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The attributes of the opening line: {@code [label]} (remark's label, taken as the title) and
     * {@code {key="value" key='value' key=value}}; null after reporting a syntax problem.
     */
    static Map<String, String> attributes(DirectiveBlock d, int line, Scope scope) {
        Map<String, String> out = new LinkedHashMap<>();
        String s = d.rest;
        int i = 0;
        String written = (d.leaf ? "::" : ":::") + d.name;
        String hint = "write the attributes in braces right after the name: " + example(d.name);
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            if (end < 0) {
                scope.problem(line, "the label of `" + written + "` has no closing `]`", hint);
                return null;
            }
            out.put("title", s.substring(1, end).strip());
            i = end + 1;
        }
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '{') {
            i++;
            while (true) {
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i >= s.length()) {
                    scope.problem(line, "the attributes of `" + written + "` have no closing `}`", hint);
                    return null;
                }
                if (s.charAt(i) == '}') {
                    i++;
                    break;
                }
                int start = i;
                while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '=' && s.charAt(i) != '}'
                        && s.charAt(i) != '"' && s.charAt(i) != '\'') {
                    i++;
                }
                String key = s.substring(start, i);
                if (key.isEmpty()) {
                    scope.problem(line, "`" + written + "` has a value without a name: `" + s.substring(start) + "`", hint);
                    return null;
                }
                String value = "";
                if (i < s.length() && s.charAt(i) == '=') {
                    i++;
                    if (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
                        char q = s.charAt(i);
                        int end = s.indexOf(q, i + 1);
                        if (end < 0) {
                            scope.problem(line, "the value of `" + key + "` in `" + written + "` has no closing "
                                    + (q == '"' ? "double quote `\"`" : "quote `'`"), hint);
                            return null;
                        }
                        value = s.substring(i + 1, end);
                        i = end + 1;
                    } else {
                        int vs = i;
                        while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '}') {
                            i++;
                        }
                        value = s.substring(vs, i);
                    }
                }
                if (out.containsKey(key) && !(key.equals("title") && s.startsWith("["))) {
                    scope.problem(line, "`" + written + "` gives `" + key + "` twice", "keep one of them");
                    return null;
                }
                out.put(key, value.strip());
            }
        }
        String after = s.substring(Math.min(i, s.length())).strip();
        if (!after.isEmpty()) {
            scope.problem(line, "unexpected text after `" + written + "`: `" + after + "`", hint);
            return null;
        }
        return out;
    }

    /**
     * Checks what can only be checked once the page's links are rewritten: every gallery picture
     * must be one the image pipeline processed (the lightbox needs its sizes).
     */
    static void check(Node root, Scope scope) {
        for (Node n : root.getDescendants()) {
            if (n instanceof Gallery g) {
                for (Node c = g.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof Image img && scope.links().picture(img.getUrl().toString()) == null) {
                        int line = scope.lines().line(img.getChars());
                        if (scope.problems().stream().noneMatch(p -> p.line() == line)) {
                            scope.problem(line, "a gallery picture must be a photo the build resizes (JPEG, PNG or WebP"
                                    + " of the site): `" + img.getUrl() + "`", "put the photo under assets/photos/ and"
                                    + " write its path from the site root, e.g. `![alt](/photos/harbour.jpg \"caption\")`;"
                                    + " drawings (SVG) and pictures of other sites cannot open in the lightbox");
                        }
                    }
                }
            }
        }
    }

    // ---- the components ----

    /** A node of a component: its text is in its children and fields, so it has no segments of its own. */
    abstract static class Part extends Block {
        Part(BasedSequence chars) {
            super(chars);
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** {@code :::figures}: key figures ({@code value — label}) and their source. */
    static final class Figures extends Part {
        final String title;

        Figures(BasedSequence chars, String title) {
            super(chars);
            this.title = title;
        }
    }

    /** A figure's label, a timeline's event, a map's place: inline Markdown. */
    static final class Item extends Part {
        final String head;

        Item(BasedSequence chars, String head) {
            super(chars);
            this.head = head;
        }
    }

    /** The source link under the figures ({@link Link} child; only its words if the link was dropped as unsafe). */
    static final class Source extends Part {
        Source(BasedSequence chars) {
            super(chars);
        }
    }

    private Node figures(DirectiveBlock d, Map<String, String> attrs, int line, Scope scope) {
        Figures f = new Figures(d.getChars(), attrs.getOrDefault("title", ""));
        int before = scope.problems().size();
        int count = 0;
        for (BasedSequence l : content(d)) {
            int at = scope.lines().line(l);
            BasedSequence[] parts = split(l);
            if (parts == null || parts[1].isBlank()) {
                scope.problem(at, "a figure without a label: `" + l.trim() + "`",
                        "write each figure as `value — label` (an em dash, or ` -- `), e.g. `56 — international agreements`");
                continue;
            }
            if (parts[0].isBlank()) {
                scope.problem(at, "a figure without a value: `" + l.trim() + "`",
                        "write the number before the dash, e.g. `56 — international agreements`");
                continue;
            }
            Item item = new Item(l, parts[0].trim().toString());
            inlines(parts[1], item);
            f.appendChild(item);
            count++;
        }
        if (count == 0 && scope.problems().size() == before) {
            scope.problem(line, "`:::figures` has no figures", "put one `value — label` line per figure before the closing `:::`");
        }
        Source source = new Source(d.getChars());
        source.appendChild(link(d, attrs.get("source"), attrs.getOrDefault("sourceLabel", "").isBlank()
                ? attrs.get("source") : attrs.get("sourceLabel")));
        f.appendChild(source);
        return f;
    }

    /** {@code :::timeline}: {@code year — event} lines. */
    static final class Timeline extends Part {
        final String title;

        Timeline(BasedSequence chars, String title) {
            super(chars);
            this.title = title;
        }
    }

    private Node timeline(DirectiveBlock d, Map<String, String> attrs, int line, Scope scope) {
        Timeline t = new Timeline(d.getChars(), attrs.getOrDefault("title", ""));
        int before = scope.problems().size();
        for (BasedSequence l : content(d)) {
            int at = scope.lines().line(l);
            BasedSequence[] parts = split(l);
            if (parts == null || !YEAR.matcher(parts[0]).find()) {
                scope.problem(at, "a timeline line without a year: `" + l.trim() + "`",
                        "write each event as `year — event`, e.g. `1955 — Hải Phòng is liberated on 13 May`");
                continue;
            }
            if (parts[1].isBlank()) {
                scope.problem(at, "a timeline line without an event: `" + l.trim() + "`",
                        "write what happened after the dash: `1955 — Hải Phòng is liberated on 13 May`");
                continue;
            }
            Item item = new Item(l, parts[0].trim().toString());
            inlines(parts[1], item);
            t.appendChild(item);
        }
        if (!t.hasChildren() && scope.problems().size() == before) {
            scope.problem(line, "`:::timeline` has no events", "put one `year — event` line per event before the closing `:::`");
        }
        return t;
    }

    /** {@code :::gallery}: pictures (its {@link Image} children) that open in the lightbox. */
    static final class Gallery extends Part {
        final String title;
        final List<String> ids = new ArrayList<>();

        Gallery(BasedSequence chars, String title) {
            super(chars);
            this.title = title;
        }
    }

    private Node gallery(DirectiveBlock d, Map<String, String> attrs, int line, Scope scope) {
        Gallery g = new Gallery(d.getChars(), attrs.getOrDefault("title", ""));
        int before = scope.problems().size();
        for (BasedSequence l : content(d)) {
            Node first = parser.parse(l.trim()).getFirstChild();
            Image image = null;
            if (first instanceof Paragraph p && first.getNext() == null) {
                for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof Image img && image == null) {
                        image = img;
                    } else if (!(c instanceof AttributesNode) && !c.getChars().isBlank()) {
                        image = null;
                        break;
                    }
                }
            }
            if (image == null) {
                scope.problem(scope.lines().line(l), "a gallery line is not a picture: `" + l.trim() + "`",
                        "one picture per line, written `![what it shows](/photos/name.jpg \"caption\")`");
                continue;
            }
            Node attrsNode = image.getNext();
            g.appendChild(image);
            if (attrsNode instanceof AttributesNode) {
                g.appendChild(attrsNode);
            }
            String id;
            do {
                id = "photo-" + ++scope.photos()[0];
            } while (!scope.reservedIds().add(id));
            g.ids.add(id);
        }
        if (g.ids.isEmpty() && scope.problems().size() == before) {
            scope.problem(line, "`:::gallery` has no pictures", "put one `![alt](/photos/name.jpg \"caption\")` line per picture");
        }
        return g;
    }

    /** {@code ::video}: the addresses are checked and rewritten when the node is made. */
    static final class Video extends Part {
        final String src;
        final String captions;
        final String poster;
        final String title;

        Video(BasedSequence chars, String src, String captions, String poster, String title) {
            super(chars);
            this.src = src;
            this.captions = captions;
            this.poster = poster;
            this.title = title;
        }
    }

    private Node video(DirectiveBlock d, Map<String, String> attrs, int line, Scope scope) {
        String src = media(attrs.get("src"), "video", "/videos/port.mp4", line, scope);
        String captions = media(attrs.get("captions"), "captions file", "/videos/port." + scope.text().languageTag()
                + ".vtt", line, scope);
        if (captions != null && !attrs.get("captions").toLowerCase(Locale.ROOT).endsWith(".vtt")) {
            scope.problem(line, "the captions of `::video` must be a WebVTT file (.vtt): `" + attrs.get("captions") + "`",
                    "browsers show only WebVTT captions; convert .srt files with any subtitle editor");
            captions = null;
        }
        String poster = null;
        if (!attrs.getOrDefault("poster", "").isBlank()) {
            String p = attrs.get("poster");
            if (!scope.unsafeHtml() && !SafeHtml.url(p, true)) {
                scope.problem(line, "the poster address of `::video` is not allowed: `" + p + "`",
                        "use a picture of the site, e.g. `poster=\"/photos/port.jpg\"`");
            } else {
                LinkRewriter.Outcome out = scope.links().rewrite(p, true);
                if (out.problem() != null) {
                    scope.problem(line, "the poster of `::video`: " + out.problem(), out.hint());
                } else {
                    Picture pic = scope.links().picture(out.url());
                    poster = pic != null ? pic.src() : out.url();
                }
            }
        }
        if (src == null || captions == null) {
            return null;
        }
        return new Video(d.getChars(), src, captions, poster, attrs.getOrDefault("title", ""));
    }

    /** A published file's URL, or null after reporting that it is missing or not allowed. */
    private static String media(String url, String what, String example, int line, Scope scope) {
        if (!scope.unsafeHtml() && !SafeHtml.url(url, false)) {
            scope.problem(line, "the " + what + " address of `::video` is not allowed: `" + url + "`",
                    "use a file of the site, e.g. `" + example + "`");
            return null;
        }
        LinkRewriter.Outcome out = scope.links().rewrite(url, true);
        if (out.problem() != null) {
            scope.problem(line, what + " not found: `" + url + "`", "files shared by all languages live under assets/"
                    + " and are written from the site root, e.g. `" + example + "`; others sit next to the page");
            return null;
        }
        return out.url();
    }

    /** {@code :::note} and {@code :::tip}: Markdown inside (its children), under a title. */
    static final class Callout extends Part {
        final String kind;
        final String title;

        Callout(BasedSequence chars, String kind, String title) {
            super(chars);
            this.kind = kind;
            this.title = title;
        }
    }

    private Node callout(DirectiveBlock d, Map<String, String> attrs, int line, Scope scope) {
        Callout c = new Callout(d.getChars(), d.name, attrs.getOrDefault("title", ""));
        if (d.lines.stream().allMatch(BasedSequence::isBlank)) {
            scope.problem(line, "`:::" + d.name + "` is empty", "write its text between `:::" + d.name + "` and `:::`");
            return null;
        }
        // the lines are parsed as Markdown of their own, keeping their place in the page's text
        Document inner = parser.parse(SegmentedSequence.create(d.lines.get(0), d.lines));
        while (inner.getFirstChild() != null) {
            c.appendChild(inner.getFirstChild());
        }
        return c;
    }

    /** {@code ::cta}: a call-to-action link ({@link Link} child). */
    static final class CallToAction extends Part {
        CallToAction(BasedSequence chars) {
            super(chars);
        }
    }

    private static Node cta(DirectiveBlock d, Map<String, String> attrs) {
        CallToAction c = new CallToAction(d.getChars());
        c.appendChild(link(d, attrs.get("href"), attrs.get("label")));
        return c;
    }

    /** A link written by a component, placed at its line so link problems point there. */
    private static Link link(DirectiveBlock d, String url, String words) {
        Link link = new Link(d.getChars());
        link.setUrl(BasedSequence.of(url));
        link.appendChild(new Text(BasedSequence.of(words)));
        return link;
    }

    /** Where {@code place="…"} may put a map: only in the article's side column. */
    static final List<String> MAP_PLACES = List.of("aside");

    /**
     * {@code ::map} / {@code :::map}: the drawn SVG; its places are {@link Item} children.
     * {@code aside}: written {@code place="aside"}, shown in the side column of a page that has one.
     */
    static final class MapFigure extends Part {
        final String svg;
        final String title;
        final String attribution;
        final boolean aside;

        MapFigure(BasedSequence chars, String svg, String title, String attribution, boolean aside) {
            super(chars);
            this.svg = svg;
            this.title = title;
            this.attribution = attribution;
            this.aside = aside;
        }
    }

    private Node map(DirectiveBlock d, Map<String, String> attrs, int line, Scope scope) {
        int before = scope.problems().size();
        double lat = number(attrs.get("lat"), "lat", -90, 90, line, scope);
        double lon = number(attrs.get("lon"), "lon", -180, 180, line, scope);
        String zoomText = attrs.get("zoom");
        int zoom = 0;
        if (!zoomText.matches("[0-9]{1,2}") || Integer.parseInt(zoomText) < 1 || Integer.parseInt(zoomText) > 18) {
            scope.problem(line, "`zoom` of `" + (d.leaf ? "::" : ":::") + "map` must be a whole number from 1 to 18, not `"
                    + zoomText + "`", "each step shows half the width: 8 shows about 140 km across, 9 the city and its"
                    + " islands, 12 about 9 km");
        } else {
            zoom = Integer.parseInt(zoomText);
        }
        String place = attrs.get("place");
        if (place != null && !MAP_PLACES.contains(place)) {
            scope.problem(line, "`place` of `" + (d.leaf ? "::" : ":::") + "map` can only be " + String.join(", ",
                    MAP_PLACES.stream().map(v -> "`" + v + "`").toList()) + ", not `" + place + "`",
                    "write `place=\"aside\"` to show the map in the article's side column (next to the text at 1280 px,"
                            + " after it on a phone), or leave `place` out to keep the map where it is written");
        }
        List<MapPoint> points = new ArrayList<>();
        List<Item> places = new ArrayList<>();
        String label = attrs.getOrDefault("label", "");
        if (d.leaf) {
            if (!label.isEmpty()) {
                points.add(new MapPoint(lat, lon, label));
                Item item = new Item(d.getChars(), "");
                item.appendChild(new Text(BasedSequence.of(label)));
                places.add(item);
            }
        } else {
            if (!label.isEmpty()) {
                scope.problem(line, "`:::map` takes its places from its lines, not from `label`",
                        "name the map with `title=\"…\"` and write each place on a line: `20.73, 107.05 — Cát Bà`");
            }
            for (BasedSequence l : content(d)) {
                int at = scope.lines().line(l);
                BasedSequence[] parts = split(l);
                String[] coords = parts == null ? new String[0] : parts[0].toString().split(",");
                if (parts == null || parts[1].isBlank() || coords.length != 2) {
                    scope.problem(at, "a map line is not `lat, lon — label`: `" + l.trim() + "`",
                            "write each place as `latitude, longitude — name`, e.g. `20.73, 107.05 — Cát Bà`");
                    continue;
                }
                double plat = number(coords[0].strip(), "the latitude", -90, 90, at, scope);
                double plon = number(coords[1].strip(), "the longitude", -180, 180, at, scope);
                String name = parts[1].trim().toString();
                points.add(new MapPoint(plat, plon, name));
                Item item = new Item(l, "");
                item.appendChild(new Text(parts[1].trim()));
                places.add(item);
            }
            if (points.isEmpty() && scope.problems().size() == before) {
                scope.problem(line, "`:::map` has no places", "write one `lat, lon — label` line per place, or use"
                        + " the one-line `::map{lat=… lon=… zoom=… label=\"…\"}`");
            }
        }
        if (scope.problems().size() > before) {
            return null;
        }
        String title = attrs.getOrDefault("title", "");
        if (title.isEmpty()) {
            title = label.isEmpty() ? scope.text().label("component_map") : label;
        }
        MapSpec spec = new MapSpec(lat, lon, zoom, points, scope.text().languageTag(), title);
        String svg;
        try {
            svg = maps.svg(spec);
        } catch (IllegalArgumentException e) {
            // the drawer's contract: a spec it cannot draw (outside its data, a zoom it lacks, a place off the map)
            scope.problem(line, "this map cannot be drawn: " + e.getMessage(), "change lat, lon or zoom so the map"
                    + " shows every place and stays within the region the site's map data covers");
            return null;
        }
        MapFigure figure = new MapFigure(d.getChars(), svg, attrs.getOrDefault("title", ""), maps.attribution(),
                place != null);
        places.forEach(figure::appendChild);
        return figure;
    }

    private static double number(String text, String name, double min, double max, int line, Scope scope) {
        String what = name.startsWith("the ") ? name : "`" + name + "`";
        if (text == null || !NUMBER.matcher(text).matches()) {
            scope.problem(line, what + " must be a number in degrees, not `" + text + "`",
                    "write decimal degrees with a dot, e.g. lat=20.84 lon=106.69 (north and east are positive)");
            return Double.NaN;
        }
        double v = Double.parseDouble(text);
        if (v < min || v > max) {
            scope.problem(line, what + " must be between " + (int) min + " and " + (int) max + ", not `" + text + "`",
                    "latitude comes first (−90…90), then longitude (−180…180); Hải Phòng is near lat=20.84 lon=106.69");
        }
        return v;
    }

    // ---- helpers ----

    /** The block's non-blank lines, without their line ends. */
    private static List<BasedSequence> content(DirectiveBlock d) {
        List<BasedSequence> out = new ArrayList<>();
        for (BasedSequence l : d.lines) {
            if (!l.isBlank()) {
                out.add(l.trimEOL().trimEnd());
            }
        }
        return out;
    }

    /** {@code [before, after]} the first separator of {@code line}, or null when it has none. */
    private static BasedSequence[] split(BasedSequence line) {
        Matcher m = SEPARATOR.matcher(line);
        if (!m.find()) {
            return null;
        }
        return new BasedSequence[] {line.subSequence(0, m.start()).trim(), line.subSequence(m.end()).trim()};
    }

    /** Parses {@code text} as inline Markdown and appends what it holds to {@code to}. */
    private void inlines(BasedSequence text, Node to) {
        Node first = parser.parse(text).getFirstChild();
        if (first instanceof Paragraph || first instanceof Heading) {
            while (first.getFirstChild() != null) {
                to.appendChild(first.getFirstChild());
            }
        } else {
            to.appendChild(new Text(text));
        }
    }
}
