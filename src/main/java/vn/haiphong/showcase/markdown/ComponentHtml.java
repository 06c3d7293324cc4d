package vn.haiphong.showcase.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the content components as semantic HTML styled by the site's stylesheet: no inline
 * styles and no scripts of their own (the gallery uses the photo book's lightbox, whose markup
 * contract it follows: {@code [data-lightbox]} around {@code a[data-pswp-width]} links in
 * {@code figure}s with a {@code figcaption}).
 */
final class ComponentHtml implements NodeRenderer {
    /** The {@code sizes} of a gallery picture: two columns in the text column, one on a phone. */
    static final String GALLERY_SIZES = "(min-width: 49rem) 23rem, calc(100vw - 2.5rem)";
    private static final Pattern WIDTH = Pattern.compile("(\\S+)\\s+(\\d+)w");
    private static final Pattern PLAIN_YEAR = Pattern.compile("([0-9]{3,4})\\s*[年년]?");

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Components.Figures.class, this::figures),
                new NodeRenderingHandler<>(Components.Timeline.class, this::timeline),
                new NodeRenderingHandler<>(Components.Gallery.class, this::gallery),
                new NodeRenderingHandler<>(Components.Video.class, this::video),
                new NodeRenderingHandler<>(Components.Callout.class, this::callout),
                new NodeRenderingHandler<>(Components.CallToAction.class, this::cta),
                new NodeRenderingHandler<>(Components.MapFigure.class, this::map),
                new NodeRenderingHandler<>(Components.Source.class, (n, c, h) -> { }),
                new NodeRenderingHandler<>(Components.Item.class, (n, c, h) -> c.renderChildren(n)),
                new NodeRenderingHandler<>(DirectiveBlock.class, (n, c, h) -> { }));
    }

    private static ComponentText text(NodeRendererContext context) {
        return MarkdownRenderer.COMPONENT_TEXT.get(context.getDocument());
    }

    private static String esc(String s) {
        return Picture.attr(s);
    }

    private void figures(Components.Figures node, NodeRendererContext context, HtmlWriter html) {
        html.line().raw("<figure class=\"key-figures\">");
        if (!node.title.isEmpty()) {
            html.raw("<figcaption class=\"key-figures-title\">").raw(esc(node.title)).raw("</figcaption>");
        }
        html.raw("<ul class=\"key-figures-list\">");
        Components.Source source = null;
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Components.Item item) {
                html.raw("<li><span class=\"key-figure-value\">").raw(esc(item.head))
                        .raw("</span> <span class=\"key-figure-label\">");
                context.renderChildren(item);
                html.raw("</span></li>");
            } else if (c instanceof Components.Source s) {
                source = s;
            }
        }
        html.raw("</ul>");
        if (source != null) {
            String tag = node.title.isEmpty() ? "figcaption" : "p";
            String word = text(context).label("component_source");
            // a full-width colon (出典：) already carries its space
            html.raw("<" + tag + " class=\"key-figures-source\">").raw(esc(word)).raw(word.endsWith("\uff1a") ? "" : " ");
            link(source, "", context, html);
            html.raw("</" + tag + ">");
        }
        html.raw("</figure>").line();
    }

    /** The {@link Link} child of {@code node} as {@code <a>}, or its words if the link was dropped as unsafe. */
    private static void link(Node node, String cssClass, NodeRendererContext context, HtmlWriter html) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Link l) {
                html.raw("<a").raw(cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"").raw(" href=\"")
                        .raw(esc(l.getUrl().toString())).raw("\">");
                context.renderChildren(l);
                html.raw("</a>");
            } else {
                context.render(c);
            }
        }
    }

    private void timeline(Components.Timeline node, NodeRendererContext context, HtmlWriter html) {
        html.line();
        if (!node.title.isEmpty()) {
            html.raw("<p class=\"component-title\">").raw(esc(node.title)).raw("</p>").line();
        }
        html.raw("<ol class=\"timeline\">");
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Components.Item item) {
                Matcher m = PLAIN_YEAR.matcher(item.head);
                html.raw("<li><span class=\"timeline-year\">");
                if (m.matches()) {
                    String year = "0".repeat(4 - m.group(1).length()) + m.group(1);
                    html.raw("<time datetime=\"" + year + "\">").raw(esc(item.head)).raw("</time>");
                } else {
                    html.raw(esc(item.head));
                }
                html.raw("</span> <span class=\"timeline-event\">");
                context.renderChildren(item);
                html.raw("</span></li>");
            }
        }
        html.raw("</ol>").line();
    }

    private void gallery(Components.Gallery node, NodeRendererContext context, HtmlWriter html) {
        ComponentText t = text(context);
        LinkRewriter links = MarkdownRenderer.LINKS.get(context.getDocument());
        html.line();
        if (!node.title.isEmpty()) {
            html.raw("<p class=\"component-title\">").raw(esc(node.title)).raw("</p>").line();
        }
        html.raw("<ol class=\"gallery gallery-inline\" data-lightbox data-close=\"" + esc(t.label("lightbox_close"))
                + "\" data-zoom=\"" + esc(t.label("lightbox_zoom")) + "\" data-prev=\"" + esc(t.label("lightbox_previous"))
                + "\" data-next=\"" + esc(t.label("lightbox_next")) + "\" data-error=\"" + esc(t.label("lightbox_error"))
                + "\">");
        int i = 0;
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof Image img)) {
                continue;
            }
            String id = node.ids.get(i++);
            Picture pic = links.picture(img.getUrl().toString());
            if (pic == null) {
                continue; // reported by Components.check
            }
            String alt = new TextCollectingVisitor().collectAndGetText(img).strip();
            String caption = img.getTitle().isEmpty() ? pic.caption() : img.getTitle().toString();
            String[] large = largest(pic);
            html.raw("<li><figure class=\"photo\" id=\"" + esc(id) + "\"><a class=\"photo-link\" href=\"" + esc(large[0])
                    + "\" data-pswp-width=\"" + large[1] + "\" data-pswp-height=\"" + large[2] + "\" data-pswp-srcset=\""
                    + esc(pic.srcset()) + "\">");
            int[] seen = MarkdownRenderer.IMAGES_SEEN.get(context.getDocument());
            html.raw(pic.html(alt, GALLERY_SIZES, seen[0]++ == 0, ""));
            html.raw("</a>");
            if (!caption.isEmpty() || !pic.credit().isEmpty()) {
                html.raw("<figcaption>").raw(esc(caption));
                if (!pic.credit().isEmpty()) {
                    html.raw(caption.isEmpty() ? "" : " ").raw("<span class=\"photo-credit\">").raw(esc(pic.credit()))
                            .raw("</span>");
                }
                html.raw("</figcaption>");
            }
            html.raw("</figure></li>");
        }
        html.raw("</ol>").line();
    }

    /** The largest variant of the fallback format: {@code [url, width, height]}. */
    private static String[] largest(Picture pic) {
        String url = pic.src();
        int width = pic.width();
        Matcher m = WIDTH.matcher(pic.srcset());
        int best = 0;
        while (m.find()) {
            int w = Integer.parseInt(m.group(2));
            if (w > best) {
                best = w;
                url = m.group(1);
                width = w;
            }
        }
        long height = Math.round((double) width * pic.height() / Math.max(1, pic.width()));
        return new String[] {url, Integer.toString(width), Long.toString(height)};
    }

    private void video(Components.Video node, NodeRendererContext context, HtmlWriter html) {
        ComponentText t = text(context);
        String type = node.src.toLowerCase(Locale.ROOT).replaceAll("[?#].*", "");
        type = type.endsWith(".mp4") || type.endsWith(".m4v") ? "video/mp4" : type.endsWith(".webm") ? "video/webm" : "";
        html.line().raw("<figure class=\"video\"><video controls preload=\"none\"");
        if (node.poster != null) {
            html.raw(" poster=\"" + esc(node.poster) + "\"");
        }
        if (!node.title.isEmpty()) {
            html.raw(" aria-label=\"" + esc(node.title) + "\"");
        }
        html.raw("><source src=\"" + esc(node.src) + "\"" + (type.isEmpty() ? "" : " type=\"" + type + "\"") + ">");
        html.raw("<track kind=\"captions\" src=\"" + esc(node.captions) + "\" srclang=\"" + esc(t.languageTag())
                + "\" label=\"" + esc(t.label("component_captions")) + "\" default>");
        html.raw("</video>");
        if (!node.title.isEmpty()) {
            html.raw("<figcaption>").raw(esc(node.title)).raw("</figcaption>");
        }
        html.raw("</figure>").line();
    }

    private void callout(Components.Callout node, NodeRendererContext context, HtmlWriter html) {
        String title = node.title.isEmpty() ? text(context).label("component_" + node.kind) : node.title;
        html.line().raw("<aside class=\"callout callout-" + node.kind + "\" role=\"note\">");
        html.raw("<p class=\"callout-title\">").raw(esc(title)).raw("</p>").line();
        context.renderChildren(node);
        html.line().raw("</aside>").line();
    }

    private void cta(Components.CallToAction node, NodeRendererContext context, HtmlWriter html) {
        html.line().raw("<p class=\"cta\">");
        link(node, "cta-link", context, html);
        html.raw("</p>").line();
    }

    private void map(Components.MapFigure node, NodeRendererContext context, HtmlWriter html) {
        if (node.aside && MarkdownRenderer.SIDE_COLUMN.get(context.getDocument())) {
            // written into a context of its own: the page's side column, not its text
            NodeRendererContext aside = context.getSubContext(false);
            mapFigure(node, aside, aside.getHtmlWriter());
            MarkdownRenderer.ASIDE.get(context.getDocument()).add(aside.getHtmlWriter().toString(0, 0, false).strip());
            return;
        }
        mapFigure(node, context, html);
    }

    private void mapFigure(Components.MapFigure node, NodeRendererContext context, HtmlWriter html) {
        html.line().raw("<figure class=\"map\">").raw(node.svg).raw("<figcaption>");
        if (!node.title.isEmpty()) {
            html.raw("<span class=\"map-title\">").raw(esc(node.title)).raw("</span>");
        }
        int places = 0;
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            places++;
        }
        if (places == 1 && node.title.isEmpty()) {
            html.raw("<span class=\"map-place\">");
            context.renderChildren(node.getFirstChild());
            html.raw("</span>");
        } else if (places > 0) {
            html.raw("<ul class=\"map-places\">");
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                html.raw("<li>");
                context.renderChildren(c);
                html.raw("</li>");
            }
            html.raw("</ul>");
        }
        if (!node.attribution.isEmpty()) {
            html.raw(" <small class=\"map-credit\">").raw(esc(node.attribution)).raw("</small>");
        }
        html.raw("</figcaption></figure>").line();
    }
}
