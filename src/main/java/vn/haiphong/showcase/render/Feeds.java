package vn.haiphong.showcase.render;

import java.time.LocalDate;
import java.util.List;
import vn.haiphong.showcase.config.Language;
import vn.haiphong.showcase.content.LanguageSite;
import vn.haiphong.showcase.content.PageEntry;
import vn.haiphong.showcase.content.Permalinks;
import vn.haiphong.showcase.content.Tag;
import vn.haiphong.showcase.render.model.PageView;

/** Atom feeds, per-language sitemaps with hreflang alternates, and the root sitemap index. */
final class Feeds {
    private static final String OFFSET = "T00:00:00+07:00";

    private Feeds() {
    }

    /** The Atom feed of a language: its own dated pages, newest first, at most 20. */
    static String atom(RenderContext ctx, LanguageSite ls) {
        Permalinks links = ctx.links();
        String lang = ls.lang();
        Language l = ctx.config().language(lang);
        List<PageEntry> items = ls.dated().stream().filter(e -> !e.fallback()).limit(20).toList();
        LocalDate updated = items.isEmpty() ? LocalDate.of(2000, 1, 1) : items.get(0).page().date();
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(l.htmlLang()).append("\">\n")
                .append("  <title>").append(xml(ctx.ui().get(lang, "site_name"))).append("</title>\n")
                .append("  <subtitle>").append(xml(ctx.ui().get(lang, "site_tagline"))).append("</subtitle>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(links.absolute(Permalinks.feed(lang))).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(links.absolute(Permalinks.home(lang))).append("\"/>\n")
                .append("  <id>").append(links.absolute(Permalinks.home(lang))).append("</id>\n")
                .append("  <updated>").append(updated).append(OFFSET).append("</updated>\n")
                .append("  <author><name>").append(xml(ctx.ui().get(lang, "site_name"))).append("</name></author>\n");
        for (PageEntry e : items) {
            String url = links.absolute(e.url());
            sb.append("  <entry>\n")
                    .append("    <title>").append(xml(e.page().title())).append("</title>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(url)).append("\"/>\n")
                    .append("    <id>").append(xml(url)).append("</id>\n")
                    .append("    <published>").append(e.page().date()).append(OFFSET).append("</published>\n")
                    .append("    <updated>").append(e.page().date()).append(OFFSET).append("</updated>\n")
                    .append("    <summary>").append(xml(e.page().description())).append("</summary>\n");
            for (String t : e.page().tags()) {
                sb.append("    <category term=\"").append(xml(t)).append("\"/>\n");
            }
            sb.append("  </entry>\n");
        }
        return sb.append("</feed>\n").toString();
    }

    /** The sitemap of a language: its own pages (fallback copies are left out), each with its hreflang set. */
    static String sitemap(RenderContext ctx, LanguageSite ls, PageModels models) {
        Permalinks links = ctx.links();
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (PageEntry e : ls.entries()) {
            if (e.fallback()) {
                continue;
            }
            sb.append("  <url>\n    <loc>").append(xml(links.absolute(e.url()))).append("</loc>\n");
            if (e.page().date() != null) {
                sb.append("    <lastmod>").append(e.page().date()).append("</lastmod>\n");
            }
            List<PageView.Alternate> alternates = models.alternates(e);
            if (alternates.size() > 1) {
                for (PageView.Alternate a : alternates) {
                    sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(a.hreflang())
                            .append("\" href=\"").append(xml(a.url())).append("\"/>\n");
                }
            }
            sb.append("  </url>\n");
        }
        // the search page (its form and the sections; results come with ?q=, which is not listed)
        if (ctx.templates().exists(SearchPages.TEMPLATE)) {
            sb.append("  <url>\n    <loc>").append(xml(links.absolute(Permalinks.search(ls.lang())))).append("</loc>\n  </url>\n");
        }
        // the tag pages are this language's own pages too (named in it, so without hreflang)
        if (!ls.tags().isEmpty()) {
            sb.append("  <url>\n    <loc>").append(xml(links.absolute(Permalinks.tags(ls.lang())))).append("</loc>\n  </url>\n");
            for (Tag t : ls.tags().values()) {
                sb.append("  <url>\n    <loc>").append(xml(links.absolute(Permalinks.tag(ls.lang(), t.name())))).append("</loc>\n  </url>\n");
            }
        }
        return sb.append("</urlset>\n").toString();
    }

    /** The root sitemap index pointing at each language's sitemap. */
    static String sitemapIndex(RenderContext ctx) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Language l : ctx.config().languages()) {
            sb.append("  <sitemap><loc>").append(xml(ctx.links().absolute(Permalinks.sitemap(l.code()))))
                    .append("</loc></sitemap>\n");
        }
        return sb.append("</sitemapindex>\n").toString();
    }

    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
