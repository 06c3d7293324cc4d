package vn.haiphong.showcase.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Reference;
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
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
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
import vn.haiphong.showcase.text.Slugs;

/**
 * Markdown → HTML with our rules: GFM tables, strikethrough, autolinks, footnotes, attributes,
 * definition lists; heading ids on the {@code <hN>} itself, readable in every script and unique in
 * the page; links to other {@code .md} files rewritten to their URL in the same language. One
 * instance serves all threads.
 */
public final class MarkdownRenderer {
    private static final DataKey<Map<Node, String>> HEADING_IDS = new DataKey<>("SHOWCASE_HEADING_IDS",
            new IdentityHashMap<>());

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), FootnoteExtension.create(), AttributesExtension.create(),
                DefinitionExtension.create()));
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
                .build();
    }

    /** A heading of the rendered page: for tables of contents and anchor checks. */
    public record HeadingInfo(int level, String id, String text) {
    }

    /** A link the page could not resolve; {@code line} is 1-based inside the Markdown text. */
    public record Problem(int line, String message, String hint) {
    }

    /** The rendered page. */
    public record Rendered(String html, List<HeadingInfo> headings, List<Problem> problems) {
    }

    /**
     * Renders {@code markdown}; every link and image URL goes through {@code links}, which rewrites
     * it or reports it.
     */
    public Rendered render(String markdown, LinkRewriter links) {
        Document doc = parser.parse(markdown);
        List<Problem> problems = new ArrayList<>();
        Map<Node, String> ids = new IdentityHashMap<>();
        List<HeadingInfo> headings = new ArrayList<>();
        Set<String> used = new HashSet<>();
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
            }
        }
        doc.set(HEADING_IDS, ids);
        String html = renderer.render(doc);
        return new Rendered(html, List.copyOf(headings), List.copyOf(problems));
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
