package vn.haiphong.showcase.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.haiphong.showcase.config.Language;
import vn.haiphong.showcase.content.Page;
import vn.haiphong.showcase.content.PageEntry;
import vn.haiphong.showcase.content.Permalinks;
import vn.haiphong.showcase.render.model.PageView;

/** Schema.org JSON-LD for a page: the web site on home pages, an article for dated pages, a web page otherwise, plus breadcrumbs. */
final class JsonLd {
    private JsonLd() {
    }

    static String forPage(RenderContext ctx, PageEntry e, List<PageView.Breadcrumb> breadcrumbs) {
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
                node = Json.object("@type", "NewsArticle", "headline", p.title(), "description", p.description(),
                        "datePublished", p.date().toString(), "inLanguage", text.htmlLang(), "url", url,
                        "mainEntityOfPage", url, "isPartOf", Json.object("@id", website.get("@id")),
                        "publisher", Json.object("@type", "Organization", "name", siteName),
                        "keywords", p.tags().isEmpty() ? null : String.join(", ", p.tags()));
            } else {
                node = Json.object("@type", p.kind() == Page.Kind.SECTION ? "CollectionPage" : "WebPage",
                        "name", p.title(), "description", p.description(), "inLanguage", text.htmlLang(),
                        "url", url, "isPartOf", Json.object("@id", website.get("@id")));
            }
            graph.add(node);
            List<Object> items = new ArrayList<>();
            int pos = 1;
            for (PageView.Breadcrumb b : breadcrumbs) {
                items.add(Json.object("@type", "ListItem", "position", pos++, "name", b.title(), "item", links.absolute(b.url())));
            }
            items.add(Json.object("@type", "ListItem", "position", pos, "name", p.title(), "item", url));
            graph.add(Json.object("@type", "BreadcrumbList", "itemListElement", items));
        }
        return Json.write(Json.object("@context", "https://schema.org", "@graph", graph));
    }

    /** A generated list (a tag page, the tag index): the web site, a collection page and its breadcrumbs from the home page. */
    static String forList(RenderContext ctx, String lang, String title, String description, String url) {
        Permalinks links = ctx.links();
        String htmlLang = ctx.config().language(lang).htmlLang();
        Map<String, Object> website = website(links, lang, ctx.ui().get(lang, "site_name"), htmlLang);
        Map<String, Object> page = Json.object("@type", "CollectionPage", "name", title, "description", description,
                "inLanguage", htmlLang, "url", links.absolute(url), "isPartOf", Json.object("@id", website.get("@id")));
        List<Object> items = List.of(
                Json.object("@type", "ListItem", "position", 1, "name", ctx.ui().get(lang, "home"),
                        "item", links.absolute(Permalinks.home(lang))),
                Json.object("@type", "ListItem", "position", 2, "name", title, "item", links.absolute(url)));
        return Json.write(Json.object("@context", "https://schema.org", "@graph",
                List.of(website, page, Json.object("@type", "BreadcrumbList", "itemListElement", items))));
    }

    /** The language's home page as the schema.org web site every page of that language is part of. */
    private static Map<String, Object> website(Permalinks links, String lang, String name, String htmlLang) {
        String home = links.absolute(Permalinks.home(lang));
        return Json.object("@type", "WebSite", "@id", home + "#website", "name", name, "url", home, "inLanguage", htmlLang);
    }
}
