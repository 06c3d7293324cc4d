package vn.haiphong.showcase.jbake;

import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughSubscriptExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.SubscriptExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.util.ast.KeepType;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Markdown as JBake 2.7.0 renders it: flexmark in its pegdown profile with the pegdown extension
 * bits named in {@code markdown.extensions} ({@code NAME} or {@code +NAME} adds, {@code -NAME}
 * removes, unknown names are ignored), set up as flexmark's {@code PegdownOptionsAdapter} does.
 * Extensions whose flexmark module this build does not carry (abbreviations, anchor links,
 * typographic quotes, task lists, wiki links, superscript, inserted text, table of contents) are
 * left out with a warning. One instance serves all threads.
 */
final class JBakeMarkdown {
    /** The pegdown extension names JBake looks up by reflection, here spelled out. */
    private static final Map<String, Integer> BITS = Map.ofEntries(
            Map.entry("NONE", PegdownExtensions.NONE), Map.entry("SMARTS", PegdownExtensions.SMARTS),
            Map.entry("QUOTES", PegdownExtensions.QUOTES), Map.entry("SMARTYPANTS", PegdownExtensions.SMARTYPANTS),
            Map.entry("ABBREVIATIONS", PegdownExtensions.ABBREVIATIONS),
            Map.entry("HARDWRAPS", PegdownExtensions.HARDWRAPS), Map.entry("AUTOLINKS", PegdownExtensions.AUTOLINKS),
            Map.entry("TABLES", PegdownExtensions.TABLES), Map.entry("DEFINITIONS", PegdownExtensions.DEFINITIONS),
            Map.entry("FENCED_CODE_BLOCKS", PegdownExtensions.FENCED_CODE_BLOCKS),
            Map.entry("WIKILINKS", PegdownExtensions.WIKILINKS),
            Map.entry("STRIKETHROUGH", PegdownExtensions.STRIKETHROUGH),
            Map.entry("ANCHORLINKS", PegdownExtensions.ANCHORLINKS), Map.entry("ALL", PegdownExtensions.ALL),
            Map.entry("SUPPRESS_HTML_BLOCKS", PegdownExtensions.SUPPRESS_HTML_BLOCKS),
            Map.entry("SUPPRESS_INLINE_HTML", PegdownExtensions.SUPPRESS_INLINE_HTML),
            Map.entry("SUPPRESS_ALL_HTML", PegdownExtensions.SUPPRESS_ALL_HTML),
            Map.entry("ATXHEADERSPACE", PegdownExtensions.ATXHEADERSPACE),
            Map.entry("SUBSCRIPT", PegdownExtensions.SUBSCRIPT),
            Map.entry("RELAXEDHRULES", PegdownExtensions.RELAXEDHRULES),
            Map.entry("TASKLISTITEMS", PegdownExtensions.TASKLISTITEMS),
            Map.entry("EXTANCHORLINKS", PegdownExtensions.EXTANCHORLINKS),
            Map.entry("EXTANCHORLINKS_WRAP", PegdownExtensions.EXTANCHORLINKS_WRAP),
            Map.entry("FOOTNOTES", PegdownExtensions.FOOTNOTES), Map.entry("TOC", PegdownExtensions.TOC),
            Map.entry("MULTI_LINE_IMAGE_URLS", PegdownExtensions.MULTI_LINE_IMAGE_URLS),
            Map.entry("SUPERSCRIPT", PegdownExtensions.SUPERSCRIPT),
            Map.entry("FORCELISTITEMPARA", PegdownExtensions.FORCELISTITEMPARA),
            Map.entry("INSERTED", PegdownExtensions.INSERTED),
            Map.entry("ALL_OPTIONALS", PegdownExtensions.ALL_OPTIONALS),
            Map.entry("ALL_WITH_OPTIONALS", PegdownExtensions.ALL_WITH_OPTIONALS),
            Map.entry("GITHUB_DOCUMENT_COMPATIBLE", PegdownExtensions.GITHUB_DOCUMENT_COMPATIBLE),
            Map.entry("GITHUB_WIKI_COMPATIBLE", PegdownExtensions.GITHUB_WIKI_COMPATIBLE),
            Map.entry("GITHUB_COMMENT_COMPATIBLE", PegdownExtensions.GITHUB_COMMENT_COMPATIBLE));

    /** Bits whose flexmark extension module is not on our class path, with the name to report. */
    private static final Map<Integer, String> MISSING = Map.of(
            PegdownExtensions.SMARTS, "SMARTS", PegdownExtensions.QUOTES, "QUOTES",
            PegdownExtensions.ABBREVIATIONS, "ABBREVIATIONS", PegdownExtensions.WIKILINKS, "WIKILINKS",
            PegdownExtensions.ANCHORLINKS, "ANCHORLINKS", PegdownExtensions.EXTANCHORLINKS, "EXTANCHORLINKS",
            PegdownExtensions.TASKLISTITEMS, "TASKLISTITEMS", PegdownExtensions.TOC, "TOC",
            PegdownExtensions.SUPERSCRIPT, "SUPERSCRIPT", PegdownExtensions.INSERTED, "INSERTED");

    private final Parser parser;
    private final HtmlRenderer renderer;

    /**
     * Sets flexmark up for {@code extensions} (the {@code markdown.extensions} list); names of
     * extensions this build cannot honour go to {@code warnings}.
     */
    JBakeMarkdown(List<String> extensions, List<String> warnings) {
        int bits = bits(extensions);
        Set<String> missing = new TreeSet<>();
        MISSING.forEach((bit, name) -> {
            if ((bits & bit) != 0) {
                missing.add(name);
            }
        });
        if (!missing.isEmpty()) {
            warnings.add("jbake.properties: markdown.extensions " + String.join(", ", missing)
                    + " are not supported here; that Markdown renders as plain text, unlike in JBake");
        }
        MutableDataSet options = options(bits);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).nodeRendererFactory(o -> new MailLinkRenderer()).build();
    }

    /** The HTML for {@code markdown}. */
    String render(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /** JBake's fold over the names: {@code -NAME} clears bits, {@code NAME}/{@code +NAME} sets them. */
    static int bits(List<String> names) {
        int bits = PegdownExtensions.NONE;
        for (String name : names) {
            if (name.startsWith("-")) {
                bits &= ~BITS.getOrDefault(name.substring(1), 0);
            } else {
                bits |= BITS.getOrDefault(name.startsWith("+") ? name.substring(1) : name, 0);
            }
        }
        return bits;
    }

    /** What {@code PegdownOptionsAdapter.flexmarkOptions(bits)} sets, for the extensions we have. */
    private static MutableDataSet options(int bits) {
        MutableDataSet options = new MutableDataSet();
        options.set(ParserEmulationProfile.PEGDOWN_EXTENSIONS, bits);
        options.setFrom(ParserEmulationProfile.PEGDOWN);
        options.set(HtmlRenderer.SUPPRESS_HTML_BLOCKS, has(bits, PegdownExtensions.SUPPRESS_HTML_BLOCKS));
        options.set(HtmlRenderer.SUPPRESS_INLINE_HTML, has(bits, PegdownExtensions.SUPPRESS_INLINE_HTML));
        List<Extension> extensions = new ArrayList<>();
        if (has(bits, PegdownExtensions.AUTOLINKS)) {
            extensions.add(AutolinkExtension.create());
        }
        if (has(bits, PegdownExtensions.DEFINITIONS)) {
            extensions.add(DefinitionExtension.create());
        }
        if (has(bits, PegdownExtensions.FENCED_CODE_BLOCKS)) {
            options.set(Parser.MATCH_CLOSING_FENCE_CHARACTERS, false);
        } else {
            options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        }
        if (has(bits, PegdownExtensions.FORCELISTITEMPARA)) {
            options.set(Parser.LISTS_LOOSE_WHEN_HAS_NON_LIST_CHILDREN, true);
        }
        if (has(bits, PegdownExtensions.HARDWRAPS)) {
            options.set(HtmlRenderer.SOFT_BREAK, "<br />\n");
            options.set(HtmlRenderer.HARD_BREAK, "<br />\n");
        }
        if (!has(bits, PegdownExtensions.ATXHEADERSPACE)) {
            options.set(Parser.HEADING_NO_ATX_SPACE, true);
        }
        if (!has(bits, PegdownExtensions.RELAXEDHRULES)) {
            options.set(Parser.THEMATIC_BREAK_RELAXED_START, false);
        }
        if (has(bits, PegdownExtensions.TABLES)) {
            extensions.add(TablesExtension.create());
            options.set(TablesExtension.TRIM_CELL_WHITESPACE, false);
            options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        }
        boolean strike = has(bits, PegdownExtensions.STRIKETHROUGH);
        boolean sub = has(bits, PegdownExtensions.SUBSCRIPT);
        if (strike && sub) {
            extensions.add(StrikethroughSubscriptExtension.create());
        } else if (strike) {
            extensions.add(StrikethroughExtension.create());
        } else if (sub) {
            extensions.add(SubscriptExtension.create());
        }
        if (has(bits, PegdownExtensions.MULTI_LINE_IMAGE_URLS)) {
            options.set(Parser.PARSE_MULTI_LINE_IMAGE_URLS, true);
        }
        if (has(bits, PegdownExtensions.FOOTNOTES)) {
            extensions.add(FootnoteExtension.create());
            options.set(FootnoteExtension.FOOTNOTES_KEEP, KeepType.LAST);
        }
        options.set(Parser.EXTENSIONS, extensions);
        return options;
    }

    private static boolean has(int bits, int mask) {
        return (bits & mask) != 0;
    }

    /**
     * E-mail links obfuscated into a mix of decimal and hex character references, as the pegdown
     * profile does, but from a generator seeded by the address: flexmark's shared static
     * {@code Random} makes the bytes depend on every earlier call in the JVM and on thread timing,
     * and our builds are reproducible and parallel. Browsers show the same text and link.
     */
    private static final class MailLinkRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(MailLink.class, MailLinkRenderer::render));
        }

        private static void render(MailLink node, NodeRendererContext context, HtmlWriter html) {
            String text = node.getText().unescape();
            if (context.isDoNotRenderLinks()) {
                html.text(text);
                return;
            }
            ResolvedLink link = context.resolveLink(LinkType.LINK, text, null);
            Random random = new Random(0x2626L ^ text.hashCode());
            html.srcPos(node.getText()).attr("href", obfuscate("mailto:" + link.getUrl(), random)).withAttr(link)
                    .tag("a").raw(obfuscate(text, random)).tag("/a");
        }

        private static String obfuscate(String s, Random random) {
            StringBuilder sb = new StringBuilder(s.length() * 6);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (random.nextInt(5)) {
                    case 0, 1 -> sb.append("&#").append((int) c).append(';');
                    case 2, 3 -> sb.append("&#x").append(Integer.toHexString(c)).append(';');
                    default -> sb.append(switch (c) {
                        case '&' -> "&amp;";
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '"' -> "&quot;";
                        default -> String.valueOf(c);
                    });
                }
            }
            return sb.toString();
        }
    }
}
