package vn.haiphong.showcase.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.haiphong.showcase.config.Language;
import vn.haiphong.showcase.content.Page;
import vn.haiphong.showcase.content.PageEntry;
import vn.haiphong.showcase.content.Permalinks;
import vn.haiphong.showcase.images.ResponsiveImage;
import vn.haiphong.showcase.images.Variant;
import vn.haiphong.showcase.markdown.MarkdownRenderer;
import vn.haiphong.showcase.photobook.Chapter;
import vn.haiphong.showcase.photobook.PhotoBook;
import vn.haiphong.showcase.photobook.PrintEdition;
import vn.haiphong.showcase.i18n.UiStrings;
import vn.haiphong.showcase.render.model.PageView;

/**
 * Builds {@code page}: the one place a {@link PageView} is made, for content pages and for the
 * pages the generator makes itself, so both always have the same fields. Each field is one
 * expression below: what a content page has, or what a generated page has instead.
 */
final class PageViews {
    /**
     * A page with no content file: a tag page, the tag index, 404, the chooser, the exhibition's
     * embed page.
     *
     * @param url        its URL (the first page's, when it is a paginated list)
     * @param canonical  the canonical URL when it is another page's (the embed page's), else null
     * @param inLanguage where the language switcher goes for another language
     * @param jsonLd     its structured data, or ""
     * @param tag        the tag of a tag page, else null
     * @param choices    the chooser's languages, else null
     * @param alternates its hreflang set (the chooser's), usually empty
     */
    record Generated(String lang, String kind, String title, String description, String url, String canonical,
                     UnaryOperator<String> inLanguage, String jsonLd, String tag, List<PageView.LanguageChoice> choices,
                     List<PageView.Alternate> alternates) {
    }

    /** The part of a list a page shows: the pages on it and its number among {@code total}. */
    record Listing(List<PageEntry> entries, int number, int total) {
        /** A page that lists nothing. */
        static final Listing NONE = new Listing(List.of(), 1, 1);
    }

    private final RenderContext ctx;
    private final PageModels models;

    PageViews(RenderContext ctx, PageModels models) {
        this.ctx = ctx;
        this.models = models;
    }

    /** A content page (of a section: page {@code list.number()} of its list) with its rendered body. */
    PageView content(PageEntry e, MarkdownRenderer.Rendered md, Listing list) {
        return build(e.lang(), e, md, null, list);
    }

    /** A generated page. */
    PageView generated(Generated g, Listing list) {
        return build(g.lang(), null, null, g, list);
    }

    /** Either {@code e} and {@code md} (a content page) or {@code g} (a generated page). */
    private PageView build(String lang, PageEntry e, MarkdownRenderer.Rendered md, Generated g, Listing list) {
        Permalinks links = ctx.links();
        Page p = e == null ? null : e.page();
        Language shown = ctx.config().language(lang);
        Language text = p == null ? shown : ctx.config().language(p.lang());
        String first = p == null ? g.url() : e.url();
        String url = Permalinks.pagination(first, list.number());
        String title = p == null ? g.title() : p.title();
        String image = p == null ? null : p.image();
        Chapter chapter = e == null ? null : ctx.photobook().chapter(e);
        List<PageView.Breadcrumb> breadcrumbs = e == null
                ? List.of(new PageView.Breadcrumb(ctx.ui().get(lang, "home"), Permalinks.home(lang)))
                : models.breadcrumbs(e);
        return new PageView(
                title,
                p == null ? title : p.shortTitle(),
                p == null ? g.description() : p.description(),
                p == null ? g.kind() : p.kind().name().toLowerCase(Locale.ROOT),
                p == null ? "" : p.key(),
                url,
                links.absolute(url),
                links.absolute(p == null ? (g.canonical() != null ? g.canonical() : url)
                        : e.fallback() ? Permalinks.page(p.lang(), p) : url),
                e != null && e.fallback(),
                text.htmlLang(),
                text.name(),
                shown.name(),
                p == null ? "" : PageModels.date(p),
                p == null ? "" : PageModels.dateText(p, shown),
                p == null || e.fallback() ? List.of()
                        : p.tags().stream().map(t -> new PageView.TagLink(t, Permalinks.tag(lang, t))).toList(),
                md == null ? "" : md.html(),
                md == null ? List.of() : toc(md),
                p == null ? 0 : readingMinutes(p.body()),
                image == null ? "" : image,
                models.picture(image),
                p == null ? null : models.hero(p),
                p == null ? Map.of() : p.params(),
                p == null ? "" : p.folder(),
                e == null ? translations(g) : models.translations(e),
                e == null ? g.alternates() : list.number() == 1 ? models.alternates(e) : List.of(),
                breadcrumbs,
                list.entries().stream().map(models::card).toList(),
                new PageView.Pager(list.number(), list.total(),
                        list.number() > 1 ? Permalinks.pagination(first, list.number() - 1) : "",
                        list.number() < list.total() ? Permalinks.pagination(first, list.number() + 1) : ""),
                p != null && p.date() != null ? "article" : "website",
                chapter != null && (image == null || image.isBlank()) && chapter.cover() != null
                        ? shareImage(chapter.cover().image(), chapter.cover().alt())
                        : shareImage(image, title, lang),
                e == null ? g.jsonLd() : JsonLd.forPage(ctx, e, breadcrumbs),
                chapter == null ? null : models.chapter(chapter),
                chapter == null && e != null && PhotoBook.isIndex(e)
                        ? ctx.photobook().chapters(lang).stream().map(models::chapterCard).toList() : null,
                g == null ? null : g.tag(),
                g == null ? null : g.choices(),
                p == null ? List.of() : PageModels.facts(p),
                e == null ? List.of() : models.related(e),
                chapter == null && md != null && MarkdownRenderer.usesLightbox(md.html()) ? lightbox() : null,
                printLink(lang, e),
                md == null ? List.of() : md.aside());
    }

    private static PageView.Lightbox lightbox() {
        ScriptBundle bundle = ScriptBundle.lightbox();
        return new PageView.Lightbox(bundle.jsUrl(), bundle.cssUrl());
    }

    /** The print edition's link on the photo book's index in {@code lang}, else null. */
    private PageView.PrintLink printLink(String lang, PageEntry e) {
        PrintEdition ed = e != null && PhotoBook.isIndex(e) ? ctx.photobook().edition(lang) : null;
        return ed == null ? null : new PageView.PrintLink(ed.url(),
                UiStrings.fill(ctx.ui().get(lang, "photobook_print_size"), List.of("size", ed.megabytes())));
    }

    /** A generated page's language switcher: every language, each at {@code inLanguage} of its code. */
    private List<PageView.Translation> translations(Generated g) {
        return ctx.config().languages().stream().map(o -> new PageView.Translation(o.code(), o.name(), o.htmlLang(),
                g.inLanguage().apply(o.code()), o.code().equals(g.lang()), true)).toList();
    }

    private static List<PageView.TocEntry> toc(MarkdownRenderer.Rendered md) {
        return md.headings().stream().filter(h -> h.level() == 2)
                .map(h -> new PageView.TocEntry(h.id(), h.text(), tocEntry(md.html(), h.id(), h.text()), h.level()))
                .toList();
    }

    /**
     * The picture for link previews: the page's own {@code image}, else {@code params.shareImage}
     * from site.yaml ({@code {src, width, height}}); {@link PageView.ShareImage#NONE} when there is neither.
     */
    private PageView.ShareImage shareImage(String image, String title, String lang) {
        if (image != null && ctx.images().get(image) != null) {
            return shareImage(ctx.images().get(image), title);
        }
        if (image != null && !image.isBlank()) {
            String url = image.startsWith("http") ? image : ctx.links().absolute(Permalinks.root(image));
            return new PageView.ShareImage(url, "", "", title);
        }
        String alt = ctx.ui().get(lang, "share_image_alt");
        if (ctx.config().params().get("shareImage") instanceof Map<?, ?> m && m.get("src") instanceof String src) {
            if (ctx.images().get(src) != null) {
                return shareImage(ctx.images().get(src), alt);
            }
            return new PageView.ShareImage(ctx.links().absolute(src), String.valueOf(m.get("width")),
                    String.valueOf(m.get("height")), alt);
        }
        return PageView.ShareImage.NONE;
    }

    /** A processed picture as a link preview: its JPEG (or PNG) of at most 1600 px, with its size. */
    private PageView.ShareImage shareImage(ResponsiveImage r, String alt) {
        Variant v = r.fallback();
        return new PageView.ShareImage(ctx.links().absolute(v.url()), String.valueOf(v.width()),
                String.valueOf(v.height()), alt);
    }

    private static final Pattern SPAN_LANG = Pattern.compile("<span[^>]*?( lang=\"[^\"]*\")?[^>]*>|</span>");

    /**
     * A contents entry as markup: the heading's text with the language of its parts kept
     * ({@code <span lang="vi">} around a Vietnamese title in an English heading), every other tag dropped.
     */
    static String tocEntry(String html, String id, String text) {
        Matcher m = Pattern.compile("<h2 id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</h2>", Pattern.DOTALL).matcher(html);
        if (!m.find()) {
            return Feeds.xml(text);
        }
        String inner = m.group(1);
        StringBuilder sb = new StringBuilder();
        Matcher t = Pattern.compile("<[^>]*>").matcher(inner);
        int at = 0;
        while (t.find()) {
            sb.append(inner, at, t.start());
            Matcher span = SPAN_LANG.matcher(t.group());
            if (span.matches()) {
                sb.append(t.group().startsWith("</") ? "</span>" : "<span" + (span.group(1) == null ? "" : span.group(1)) + ">");
            }
            at = t.end();
        }
        return sb.append(inner.substring(at)).toString();
    }

    /**
     * Reading time from the source text: about 200 words a minute for spaced scripts, 450
     * characters for Chinese and Japanese. Markup counts a little; this is an estimate.
     */
    static int readingMinutes(String plain) {
        int words = 0;
        int cjk = 0;
        boolean inWord = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= '\u3040' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff') {
                cjk++; // kana and CJK ideographs: read by characters, not words
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return Math.max(1, Math.round(words / 200f + cjk / 450f));
    }
}
