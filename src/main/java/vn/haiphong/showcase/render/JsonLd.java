package vn.haiphong.showcase.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.haiphong.showcase.config.Language;
import vn.haiphong.showcase.content.Page;
import vn.haiphong.showcase.content.PageEntry;
import vn.haiphong.showcase.content.Permalinks;
import vn.haiphong.showcase.markdown.MarkdownRenderer;

/** Schema.org JSON-LD for a page: the web site on home pages, an article for dated pages, a web page otherwise, plus breadcrumbs. */
final class JsonLd {
    private JsonLd() {
    }

    static String forPage(RenderContext ctx, PageEntry e, MarkdownRenderer.Rendered md) {
        Permalinks links = ctx.links();
        Page p = e.page();
        Language text = ctx.config().language(p.lang());
        String url = links.absolute(e.url());
        String siteName = ctx.ui().get(e.lang(), "site_name");
        Map<String, Object> website = website(links, e.lang(), siteName, ctx.config().language(e.lang()).htmlLang());
        List<Object> graph = new ArrayList<>();
        graph.add(website);
        if (p.kind() != Page.Kind.HOME) {
            Map<String, Object> node;
            if (p.date() != null && p.kind() == Page.Kind.PAGE) {
                node = PageModels.map("@type", "NewsArticle", "headline", p.title(), "description", p.description(),
                        "datePublished", p.date().toString(), "inLanguage", text.htmlLang(), "url", url,
                        "mainEntityOfPage", url, "isPartOf", PageModels.map("@id", website.get("@id")),
                        "publisher", PageModels.map("@type", "Organization", "name", siteName),
                        "keywords", p.tags().isEmpty() ? null : String.join(", ", p.tags()));
            } else {
                node = PageModels.map("@type", p.kind() == Page.Kind.SECTION ? "CollectionPage" : "WebPage",
                        "name", p.title(), "description", p.description(), "inLanguage", text.htmlLang(),
                        "url", url, "isPartOf", PageModels.map("@id", website.get("@id")));
            }
            graph.add(node);
            List<Object> items = new ArrayList<>();
            int pos = 1;
            for (Map<String, Object> b : new PageModels(ctx).breadcrumbs(e)) {
                items.add(PageModels.map("@type", "ListItem", "position", pos++, "name", b.get("title"),
                        "item", links.absolute((String) b.get("url"))));
            }
            items.add(PageModels.map("@type", "ListItem", "position", pos, "name", p.title(), "item", url));
            graph.add(PageModels.map("@type", "BreadcrumbList", "itemListElement", items));
        }
        return Json.write(PageModels.map("@context", "https://schema.org", "@graph", graph));
    }

    /** A generated list (a tag page, the tag index): the web site, a collection page and its breadcrumbs from the home page. */
    static String forList(RenderContext ctx, String lang, String title, String description, String url) {
        Permalinks links = ctx.links();
        String htmlLang = ctx.config().language(lang).htmlLang();
        Map<String, Object> website = website(links, lang, ctx.ui().get(lang, "site_name"), htmlLang);
        Map<String, Object> page = PageModels.map("@type", "CollectionPage", "name", title, "description", description,
                "inLanguage", htmlLang, "url", links.absolute(url), "isPartOf", PageModels.map("@id", website.get("@id")));
        List<Object> items = List.of(
                PageModels.map("@type", "ListItem", "position", 1, "name", ctx.ui().get(lang, "home"),
                        "item", links.absolute(Permalinks.home(lang))),
                PageModels.map("@type", "ListItem", "position", 2, "name", title, "item", links.absolute(url)));
        return Json.write(PageModels.map("@context", "https://schema.org", "@graph",
                List.of(website, page, PageModels.map("@type", "BreadcrumbList", "itemListElement", items))));
    }

    /** The language's home page as the schema.org web site every page of that language is part of. */
    private static Map<String, Object> website(Permalinks links, String lang, String name, String htmlLang) {
        String home = links.absolute(Permalinks.home(lang));
        return PageModels.map("@type", "WebSite", "@id", home + "#website", "name", name, "url", home, "inLanguage", htmlLang);
    }
}
