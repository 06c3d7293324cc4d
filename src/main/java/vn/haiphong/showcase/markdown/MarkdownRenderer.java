package vn.haiphong.showcase.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.haiphong.showcase.markdown.map.MapDrawer;
import vn.haiphong.showcase.markdown.map.MapDrawers;
import vn.haiphong.showcase.markdown.map.MapPoint;
import vn.haiphong.showcase.markdown.map.MapSpec;
import vn.haiphong.showcase.text.Slugs;

/**
 * Markdown → HTML with our rules: GFM tables, strikethrough, autolinks, footnotes, attributes,
 * emphasis that also works in Chinese, Japanese and Korean ({@link CjkEmphasis}),
 * definition lists; heading ids on the {@code <hN>} itself, readable in every script and unique in
 * the page; links to other {@code .md} files rewritten to their URL in the same language; processed
 * images as responsive {@code <picture>}s (a paragraph holding only an image becomes a
 * {@code <figure>} with the image's title, or the caption in its metadata, as caption), and an
 * image without alt text is a problem unless marked {@code {.decorative}}. One instance serves
 * all threads.
 */
public final class MarkdownRenderer {
    private static final DataKey<Map<Node, String>> HEADING_IDS = new DataKey<>("SHOWCASE_HEADING_IDS",
            new IdentityHashMap<>());
    static final DataKey<LinkRewriter> LINKS = new DataKey<>("SHOWCASE_LINKS", LinkRewriter.NONE);
    static final DataKey<int[]> IMAGES_SEEN = new DataKey<>("SHOWCASE_IMAGES_SEEN", new int[1]);
    static final DataKey<ComponentText> COMPONENT_TEXT = new DataKey<>("SHOWCASE_COMPONENT_TEXT",
            ComponentText.ENGLISH_PAGE);
    /** Whether the page has a side column: then maps written {@code place="aside"} go to {@link #ASIDE}. */
    static final DataKey<Boolean> SIDE_COLUMN = new DataKey<>("SHOWCASE_SIDE_COLUMN", false);
    /** The side column's maps as they are written (set anew for every page). */
    static final DataKey<List<String>> ASIDE = new DataKey<>("SHOWCASE_ASIDE", List.of());
    /** Raw HTML nodes whose HTML had something dropped, with what is written instead. */
    private static final DataKey<Map<Node, String>> SAFE_HTML = new DataKey<>("SHOWCASE_SAFE_HTML",
            new IdentityHashMap<>());

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Components components;
    private final long fingerprint;

    /** A renderer whose maps are drawn by {@link MapDrawers#standard()}. */
    public MarkdownRenderer() {
        this(MapDrawers.standard());
    }

    /** A renderer whose {@code ::map} components are drawn by {@code maps}. */
    public MarkdownRenderer(MapDrawer maps) {
        if (maps == null) {
            throw new IllegalArgumentException("a Markdown renderer needs a map drawer (see MapDrawers.standard())");
        }
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), FootnoteExtension.create(), AttributesExtension.create(),
                DefinitionExtension.create(), CjkEmphasis.create(), new DirectiveParser.Extension()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, false);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        Map<Node, String> ids = HEADING_IDS.get(context.getDocument());
                        return (Node node, AttributablePart part, MutableAttributes attributes) -> {
                            if (node instanceof Heading && part == AttributablePart.NODE) {
                                String id = ids.get(node);
                                if (id != null) {
                                    attributes.replaceValue("id", id);
                                }
                            }
                        };
                    }
                })
                .nodeRendererFactory(options1 -> new PictureRenderer())
                .nodeRendererFactory(options1 -> new RawHtmlRenderer())
                .nodeRendererFactory(options1 -> new ComponentHtml())
                .build();
        this.components = new Components(parser, maps);
        this.fingerprint = fingerprint(maps);
    }

    /**
     * Changes when the HTML this renderer writes for the same text could change: the component
     * classes and what the map drawer draws (its class and a probe map), so the Markdown cache
     * never serves a map drawn by an earlier drawer or coastline.
     */
    public long fingerprint() {
        return fingerprint;
    }

    private static long fingerprint(MapDrawer maps) {
        StringBuilder sb = new StringBuilder();
        for (Class<?> c : new Class<?>[] {Components.class, ComponentHtml.class, ComponentText.class,
                DirectiveParser.class, DirectiveBlock.class, maps.getClass()}) {
            try (java.io.InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                sb.append(c.getName()).append(in == null ? "" : new String(in.readAllBytes(),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the class file of " + c.getName(), e);
            }
        }
        sb.append(maps.attribution());
        try {
            sb.append(maps.svg(new MapSpec(20.84, 106.69, 9, List.of(new MapPoint(20.84, 106.69, "Hải Phòng")), "vi",
                    "Hải Phòng")));
        } catch (IllegalArgumentException e) {
            sb.append(e.getMessage()); // a drawer for another region: its refusal still tells drawers apart
        }
        long h = 1125899906842597L;
        for (int i = 0; i < sb.length(); i++) {
            h = 31 * h + sb.charAt(i);
        }
        return h;
    }

    /** Whether rendered HTML holds a gallery: its page must load the lightbox. */
    public static boolean usesLightbox(String html) {
        return html.contains("<ol class=\"gallery gallery-inline\" data-lightbox");
    }

    /** A heading of the rendered page: for tables of contents and anchor checks. */
    public record HeadingInfo(int level, String id, String text) {
    }

    /** A link the page could not resolve; {@code line} is 1-based inside the Markdown text. */
    public record Problem(int line, String message, String hint) {
    }

    /**
     * The rendered page; {@code warnings} say what was dropped from it as unsafe (same shape as
     * problems, but the page is published). {@code aside}: the components written for the page's
     * side column ({@code ::map{… place="aside"}}), as HTML in the order written, when it was
     * rendered for a page that has one; they are then not in {@code html}.
     */
    public record Rendered(String html, List<HeadingInfo> headings, List<Problem> problems, List<Problem> warnings,
                           List<String> aside) {
        /** A page whose whole content is its text. */
        public Rendered(String html, List<HeadingInfo> headings, List<Problem> problems, List<Problem> warnings) {
            this(html, headings, problems, warnings, List.of());
        }
    }

    /**
     * Renders {@code markdown} safely (see {@link SafeHtml}): every link and image URL goes
     * through {@code links}, which rewrites it or reports it.
     */
    public Rendered render(String markdown, LinkRewriter links) {
        return render(markdown, links, false);
    }

    /**
     * Renders {@code markdown}; with {@code unsafeHtml} raw HTML, attributes and addresses are
     * published as written, otherwise what {@link SafeHtml} does not allow is dropped and listed in
     * the result's warnings.
     */
    public Rendered render(String markdown, LinkRewriter links, boolean unsafeHtml) {
        return render(markdown, links, unsafeHtml, ComponentText.ENGLISH_PAGE);
    }

    /**
     * Renders {@code markdown} as {@link #render(String, LinkRewriter, boolean)} does; content
     * components show {@code text}'s words and are written in its language.
     */
    public Rendered render(String markdown, LinkRewriter links, boolean unsafeHtml, ComponentText words) {
        return render(markdown, links, unsafeHtml, words, false);
    }

    /**
     * Renders {@code markdown} as {@link #render(String, LinkRewriter, boolean, ComponentText)}
     * does, for a page that has a side column when {@code sideColumn}: components written for it
     * ({@code place="aside"}) are then returned in {@link Rendered#aside()} instead of the text;
     * without one they stay where they are written.
     */
    public Rendered render(String markdown, LinkRewriter links, boolean unsafeHtml, ComponentText words,
                           boolean sideColumn) {
        Document doc = parser.parse(markdown);
        List<Problem> problems = new ArrayList<>();
        Set<String> used = new HashSet<>();
        Components.Scope scope = new Components.Scope(words, links, unsafeHtml, new Components.LineIndex(markdown),
                problems, used, new int[1]);
        if (markdown.contains("::")) {
            components.expand(doc, scope);
        }
        List<Problem> warnings = new ArrayList<>();
        Map<Node, String> safeHtml = new IdentityHashMap<>();
        if (!unsafeHtml) {
            makeSafe(doc, warnings, safeHtml);
        }
        Map<Node, String> ids = new IdentityHashMap<>();
        List<HeadingInfo> headings = new ArrayList<>();
        TextCollectingVisitor text = new TextCollectingVisitor();
        // explicit {#id}s are taken first so generated ids never steal them
        if (markdown.contains("{#")) {
            for (Node n : doc.getDescendants()) {
                if (n instanceof Heading h) {
                    String explicit = explicitId(h);
                    if (explicit != null && !used.add(explicit)) {
                        problems.add(new Problem(h.getStartLineNumber() + 1, "the heading id `" + explicit
                                + "` is used twice on this page", "give each heading its own {#id}: links to #"
                                + explicit + " must lead to one place"));
                    }
                }
            }
        }
        for (Node n : doc.getDescendants()) {
            if (n instanceof Heading h) {
                String label = text.collectAndGetText(h).strip();
                String id = explicitId(h);
                if (id == null) {
                    String base = Slugs.slug(label);
                    id = base;
                    for (int i = 1; used.contains(id); i++) {
                        id = base + "-" + i;
                    }
                    used.add(id);
                }
                ids.put(h, id);
                headings.add(new HeadingInfo(h.getLevel(), id, label));
            } else if (n instanceof Link || n instanceof Image || n instanceof Reference) {
                rewrite((Node) n, links, problems);
                if (n instanceof Image img && altText(img).isEmpty() && !classes(img).contains("decorative")) {
                    problems.add(new Problem(n.getStartLineNumber() + 1, "an image has no alt text: `" + img.getUrl() + "`",
                            "describe what it shows: ![The harbour at dusk](/photos/harbour.jpg); a purely decorative"
                                    + " image is marked so: ![](/img/wave.png){.decorative}"));
                }
            }
        }
        if (markdown.contains("::")) {
            Components.check(doc, scope);
        }
        doc.set(HEADING_IDS, ids);
        doc.set(LINKS, links);
        doc.set(COMPONENT_TEXT, words);
        doc.set(IMAGES_SEEN, new int[1]);
        doc.set(SAFE_HTML, safeHtml);
        doc.set(SIDE_COLUMN, sideColumn);
        List<String> aside = new ArrayList<>();
        doc.set(ASIDE, aside);
        String html = renderer.render(doc);
        return new Rendered(html, List.copyOf(headings), List.copyOf(problems), List.copyOf(warnings), List.copyOf(aside));
    }

    private static final String SAFE_HINT = "pages may not run scripts: see \"What Markdown may contain\" in the"
            + " README; a site whose every author is trusted can allow it with `markdown: {unsafeHtml: true}` in site.yaml";

    /**
     * Drops from {@code doc} the addresses and attributes {@link SafeHtml} does not allow, and puts
     * into {@code safeHtml} the cleaned version of raw HTML that had something dropped.
     */
    /** The 1-based line where {@code n} starts (Flexmark counts it from the document's start: not free). */
    private static int line(Node n) {
        return n.getStartLineNumber() + 1;
    }

    private static void makeSafe(Document doc, List<Problem> warnings, Map<Node, String> safeHtml) {
        List<Node> unsafe = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            // the line only when there is something to say: Flexmark counts it from the document's start
            if (n instanceof HtmlBlock block) {
                SafeHtml.Cleaned c = SafeHtml.clean(block.getChars().toString());
                if (!c.dropped().isEmpty()) {
                    safeHtml.put(block, c.html());
                    for (SafeHtml.Dropped d : c.dropped()) {
                        warnings.add(new Problem(line(n) + d.line() - 1, "raw HTML: dropped " + d.what(), SAFE_HINT));
                    }
                }
            } else if (n instanceof HtmlInline inline) {
                List<String> dropped = new ArrayList<>();
                String tag = inline.getChars().toString();
                String clean = SafeHtml.cleanTag(tag, dropped);
                if (!clean.equals(tag)) {
                    safeHtml.put(inline, clean);
                }
                for (String d : dropped) {
                    warnings.add(new Problem(line(n), "raw HTML: dropped " + d, SAFE_HINT));
                }
            } else if (n instanceof LinkNodeBase || n instanceof Reference) {
                BasedSequence url = n instanceof LinkNodeBase l ? l.getUrl() : ((Reference) n).getUrl();
                boolean image = n instanceof Image || n instanceof ImageRef;
                if (!SafeHtml.url(url.toString(), image)) {
                    warnings.add(new Problem(line(n), "dropped the " + (image ? "image" : "link") + " address `"
                            + url + "`: only http(s), mailto: and tel: addresses and the site's own pages"
                            + (image ? " and data:image/…" : "") + " may be linked", SAFE_HINT));
                    unsafe.add(n);
                }
            } else if (n instanceof AttributeNode a && !a.isClass() && !a.isId()) {
                String tag = attributeOwner(a);
                if (!SafeHtml.attribute(tag, a.getName().toString(), a.getValue().toString())) {
                    warnings.add(new Problem(line(n), "dropped the attribute `" + a.getName() + "` of `<" + tag
                            + ">` from an attribute block {…}: event handlers, style and unsafe addresses are"
                            + " not allowed", SAFE_HINT));
                    unsafe.add(n);
                }
            }
        }
        for (Node n : unsafe) {
            if (n instanceof Reference r) {
                r.setUrl(BasedSequence.of(""));
            } else if (n instanceof Image img) {
                // the picture goes; its alt text stays readable
                img.insertBefore(new Text(BasedSequence.of(altText(img))));
                img.unlink();
            } else if (n instanceof Link || n instanceof AutoLink) {
                // the link goes, its words stay
                if (n instanceof AutoLink auto) {
                    n.insertBefore(new Text(auto.getText()));
                }
                while (n.getFirstChild() != null) {
                    n.insertBefore(n.getFirstChild());
                }
                n.unlink();
            } else if (n instanceof LinkNodeBase l) {
                l.setUrl(BasedSequence.of(""));
            } else {
                n.unlink();
            }
        }
    }

    /** The element an attribute block's attribute lands on, as far as the sanitiser needs to know. */
    private static String attributeOwner(AttributeNode a) {
        Node block = a.getParent();
        Node before = block == null ? null : block.getPrevious();
        if (before instanceof Image || before instanceof ImageRef) {
            return "img";
        }
        if (before instanceof Link || before instanceof AutoLink) {
            return "a";
        }
        if (block != null && block.getParent() instanceof Heading h) {
            return "h" + h.getLevel();
        }
        return "p";
    }

    /** Writes raw HTML from which something was dropped in its cleaned form; the rest as Flexmark does. */
    private static final class RawHtmlRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(HtmlBlock.class, this::block),
                    new NodeRenderingHandler<>(HtmlInline.class, this::inline));
        }

        private void block(HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
            String clean = SAFE_HTML.get(context.getDocument()).get(node);
            if (clean == null) {
                context.delegateRender();
                return;
            }
            html.line().raw(clean).line();
        }

        private void inline(HtmlInline node, NodeRendererContext context, HtmlWriter html) {
            String clean = SAFE_HTML.get(context.getDocument()).get(node);
            if (clean == null) {
                context.delegateRender();
                return;
            }
            html.raw(clean);
        }
    }

    private static void rewrite(Node n, LinkRewriter links, List<Problem> problems) {
        BasedSequence url = n instanceof LinkNodeBase l ? l.getUrl() : ((Reference) n).getUrl();
        boolean image = n instanceof Image || n instanceof ImageRef;
        LinkRewriter.Outcome out = links.rewrite(url.toString(), image);
        if (out.problem() != null) {
            // the line is found by scanning the text, so only for links that need reporting
            problems.add(new Problem(n.getStartLineNumber() + 1, out.problem(), out.hint()));
            return;
        }
        if (!out.url().contentEquals(url)) {
            BasedSequence replaced = BasedSequence.of(out.url());
            if (n instanceof LinkNodeBase l) {
                l.setUrl(replaced);
            } else {
                ((Reference) n).setUrl(replaced);
            }
        }
    }

    private static String altText(Image img) {
        return new TextCollectingVisitor().collectAndGetText(img).strip();
    }

    /** The classes of an attribute block right after the image: {@code ![](x.png){.decorative .wide}}. */
    private static List<String> classes(Image img) {
        List<String> out = new ArrayList<>();
        if (img.getNext() instanceof AttributesNode attrs) {
            for (Node a = attrs.getFirstChild(); a != null; a = a.getNext()) {
                if (a instanceof AttributeNode an && an.isClass()) {
                    for (String c : an.getValue().toString().trim().split("\\s+")) {
                        if (!c.isEmpty()) {
                            out.add(c);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Writes processed images as {@code <picture>}, and a paragraph holding only one as a {@code <figure>}. */
    private static final class PictureRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Image.class, this::image),
                    new NodeRenderingHandler<>(Paragraph.class, this::paragraph));
        }

        private void image(Image node, NodeRendererContext context, HtmlWriter html) {
            Picture pic = LINKS.get(context.getDocument()).picture(node.getUrl().toString());
            if (pic == null) {
                context.delegateRender();
                return;
            }
            html.raw(pictureHtml(node, pic, context));
        }

        private void paragraph(Paragraph node, NodeRendererContext context, HtmlWriter html) {
            Image only = null;
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Image img && only == null) {
                    only = img;
                } else if (!(c instanceof AttributesNode) && !c.getChars().isBlank()) {
                    only = null;
                    break;
                }
            }
            Picture pic = only == null ? null : LINKS.get(context.getDocument()).picture(only.getUrl().toString());
            if (pic == null) {
                context.delegateRender();
                return;
            }
            String caption = only.getTitle().isEmpty() ? pic.caption() : only.getTitle().toString();
            boolean decorative = classes(only).contains("decorative");
            StringBuilder sb = new StringBuilder("<figure class=\"figure\">").append(pictureHtml(only, pic, context));
            if (!decorative && (!caption.isEmpty() || !pic.credit().isEmpty())) {
                sb.append("<figcaption>").append(Picture.attr(caption));
                if (!pic.credit().isEmpty()) {
                    sb.append(caption.isEmpty() ? "" : " ").append("<span class=\"photo-credit\">")
                            .append(Picture.attr(pic.credit())).append("</span>");
                }
                sb.append("</figcaption>");
            }
            sb.append("</figure>");
            html.line().raw(sb.toString()).line();
        }

        private static String pictureHtml(Image node, Picture pic, NodeRendererContext context) {
            int[] seen = IMAGES_SEEN.get(context.getDocument());
            boolean eager = seen[0]++ == 0;
            List<String> classes = classes(node);
            String alt = classes.contains("decorative") ? "" : altText(node);
            return pic.html(alt, Picture.PROSE_SIZES, eager, String.join(" ", classes));
        }
    }

    private static String explicitId(Heading h) {
        for (Node c = h.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof AttributesNode attrs) {
                for (Node a = attrs.getFirstChild(); a != null; a = a.getNext()) {
                    if (a instanceof AttributeNode an && an.isId()) {
                        String v = an.getValue().toString().strip();
                        if (!v.isEmpty()) {
                            return v;
                        }
                    }
                }
            }
        }
        return null;
    }
}
