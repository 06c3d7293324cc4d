package vn.haiphong.showcase.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.haiphong.showcase.config.Language;
import vn.haiphong.showcase.content.Page;
import vn.haiphong.showcase.content.PageEntry;
import vn.haiphong.showcase.markdown.MarkdownRenderer;

/** Schema.org JSON-LD for a page: the web site on home pages, an article for dated pages, a web page otherwise, plus breadcrumbs. */
final class JsonLd {
    private JsonLd() {
    }

    static String forPage(RenderContext ctx, PageEntry e, MarkdownRenderer.Rendered md) {
        String base = ctx.config().baseUrl();
        Page p = e.page();
        Language text = ctx.config().language(p.lang());
        String url = base + e.url();
        String siteName = ctx.ui().get(e.lang(), "site_name");
        Map<String, Object> website = PageModels.map("@type", "WebSite", "@id", base + "/" + e.lang() + "/#website",
                "name", siteName, "url", base + "/" + e.lang() + "/", "inLanguage", ctx.config().language(e.lang()).htmlLang());
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
                        "item", base + b.get("url")));
            }
            items.add(PageModels.map("@type", "ListItem", "position", pos, "name", p.title(), "item", url));
            graph.add(PageModels.map("@type", "BreadcrumbList", "itemListElement", items));
        }
        return Json.write(PageModels.map("@context", "https://schema.org", "@graph", graph));
    }

    /** A generated list (a tag page, the tag index): the web site, a collection page and its breadcrumbs from the home page. */
    static String forList(RenderContext ctx, String lang, String title, String description, String url) {
        String base = ctx.config().baseUrl();
        String htmlLang = ctx.config().language(lang).htmlLang();
        Map<String, Object> website = PageModels.map("@type", "WebSite", "@id", base + "/" + lang + "/#website",
                "name", ctx.ui().get(lang, "site_name"), "url", base + "/" + lang + "/", "inLanguage", htmlLang);
        Map<String, Object> page = PageModels.map("@type", "CollectionPage", "name", title, "description", description,
                "inLanguage", htmlLang, "url", base + url, "isPartOf", PageModels.map("@id", website.get("@id")));
        List<Object> items = List.of(
                PageModels.map("@type", "ListItem", "position", 1, "name", ctx.ui().get(lang, "home"), "item", base + "/" + lang + "/"),
                PageModels.map("@type", "ListItem", "position", 2, "name", title, "item", base + url));
        return Json.write(PageModels.map("@context", "https://schema.org", "@graph",
                List.of(website, page, PageModels.map("@type", "BreadcrumbList", "itemListElement", items))));
    }
}
