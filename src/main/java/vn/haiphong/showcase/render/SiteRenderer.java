package vn.haiphong.showcase.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.haiphong.showcase.config.Language;
import vn.haiphong.showcase.config.SiteConfig;
import vn.haiphong.showcase.content.LanguageSite;
import vn.haiphong.showcase.content.Page;
import vn.haiphong.showcase.content.PageEntry;
import vn.haiphong.showcase.content.Permalinks;
import vn.haiphong.showcase.content.Site;
import vn.haiphong.showcase.content.StaticFile;
import vn.haiphong.showcase.content.Tag;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.i18n.Dates;
import vn.haiphong.showcase.i18n.UiStrings;
import vn.haiphong.showcase.images.ImageSet;
import vn.haiphong.showcase.images.ResponsiveImage;
import vn.haiphong.showcase.images.Variant;
import vn.haiphong.showcase.markdown.MarkdownRenderer;
import vn.haiphong.showcase.photobook.Chapter;
import vn.haiphong.showcase.photobook.PhotoBook;
import vn.haiphong.showcase.vr360.ExhibitionPackager;

/**
 * Writes the whole site for the model: every page in every language (own and fallback), section
 * lists with pagination, tag pages, Atom feeds, sitemaps, 404 pages, the root language chooser,
 * {@code robots.txt}, and the static files. Pages render in parallel on {@code pool}.
 */
public final class SiteRenderer {
    private final RenderContext ctx;
    private final PageModels models;
    private final ExhibitionPages exhibition;

    public SiteRenderer(Site site, UiStrings ui, TemplateEngine templates, MarkdownRenderer markdown,
                        MarkdownCache cache) {
        this(site, ui, templates, markdown, cache, ImageSet.EMPTY, PhotoBook.EMPTY, null, null);
    }

    /**
     * @param images    the processed images (published as their variants; Markdown shows them as {@code <picture>})
     * @param photobook the photo book's chapters
     * @param files     every file under assets/ and content/ that pages may refer to as an image
     *                  (output paths, raster sources included), or null not to check image links
     * @param exhibition the VR360 exhibition with its rooms' tiles, or null when the site has none
     */
    public SiteRenderer(Site site, UiStrings ui, TemplateEngine templates, MarkdownRenderer markdown,
                        MarkdownCache cache, ImageSet images, PhotoBook photobook, java.util.Set<String> files,
                        ExhibitionPackager.Package exhibition) {
        this.ctx = new RenderContext(site, site.config(), ui, templates, markdown, cache, images, photobook, files);
        this.models = new PageModels(ctx);
        this.exhibition = exhibition == null ? null : new ExhibitionPages(ctx, exhibition);
        long media = images.fingerprint() * 31 + (files == null ? 0 : new java.util.TreeSet<>(files).hashCode());
        for (Language l : site.config().languages()) {
            linkTables.put(l.code(), linkTable(site.language(l.code())) ^ media);
        }
    }

    /** Per language, a hash of every page key and URL: what links in Markdown resolve against. */
    private final Map<String, Long> linkTables = new HashMap<>();

    private static long linkTable(LanguageSite ls) {
        StringBuilder sb = new StringBuilder(ls.lang()).append('\n');
        for (PageEntry e : ls.entries()) {
            sb.append(e.page().key()).append(' ').append(e.url()).append('\n');
        }
        return MarkdownStore.hash(MarkdownStore.CODE_VERSION, sb);
    }

    /** What was written. */
    public record Result(int pages, int files) {
    }

    /** One output file to produce. */
    interface Job {
        void run(Output out, ContentErrors errors);
    }

    /** Checks what can be checked before anything renders: layouts that do not exist. */
    public void validate(ContentErrors errors) {
        for (LanguageSite ls : ctx.site().languages().values()) {
            for (PageEntry e : ls.entries()) {
                String layout = e.page().layout();
                if (layout != null && !e.fallback() && !ctx.templates().exists(layout + ".ftl")) {
                    errors.add(e.page().file(), lineOf(e.page(), "layout"), "unknown layout `" + layout + "`",
                            "create templates/" + layout + ".ftl or remove `layout:` to use the default");
                }
                String image = e.page().image();
                if (image != null && !e.fallback() && ctx.files() != null && ctx.images().get(image) == null
                        && !PageLinks.hasScheme(image) && !ctx.files().contains(image.replaceFirst("^/", ""))) {
                    errors.add(e.page().file(), lineOf(e.page(), "image"), "image not found: `" + image + "`",
                            "write the picture's path under assets/ from the site root, e.g. `image: /photos/harbour.jpg`");
                }
            }
        }
        for (String t : List.of("home.ftl", "page.ftl", "section.ftl", "tag.ftl", "tags.ftl", "404.ftl", "chooser.ftl")) {
            if (!ctx.templates().exists(t)) {
                errors.add(ctx.config().templatesDir().resolve(t), 0, "template missing",
                        "every site needs templates/" + t + "; copy it from the default site");
            }
        }
    }

    /** Renders everything into {@code out}; problems go to {@code errors}. */
    public Result render(Output out, ContentErrors errors, ForkJoinPool pool) {
        return render(out, errors, pool, null);
    }

    /**
     * Renders only the pages (in every language they are shown in, fallback copies included)
     * whose source is one of {@code files}; for {@code serve} after edits that changed page
     * bodies only, when nothing else in the output can differ.
     */
    public Result renderPages(Output out, ContentErrors errors, ForkJoinPool pool, java.util.Set<java.nio.file.Path> files) {
        return render(out, errors, pool, files);
    }

    private Result render(Output out, ContentErrors errors, ForkJoinPool pool, java.util.Set<java.nio.file.Path> only) {
        List<Job> jobs = new ArrayList<>();
        Map<String, Map<String, Object>> shared = new HashMap<>();
        for (Language l : ctx.config().languages()) {
            shared.put(l.code(), sharedModel(l.code()));
        }
        AtomicInteger pages = new AtomicInteger();
        for (Language l : ctx.config().languages()) {
            LanguageSite ls = ctx.site().language(l.code());
            Map<String, Object> base = shared.get(l.code());
            for (PageEntry e : ls.entries()) {
                if (only != null && !only.contains(e.page().file())) {
                    continue;
                }
                List<PageEntry> children = ls.children().get(e.page().key());
                if (e.page().kind() == Page.Kind.PAGE || children == null) {
                    jobs.add((o, err) -> {
                        renderEntry(e, base, null, 1, 1, o, err);
                        pages.incrementAndGet();
                    });
                } else {
                    int per = ctx.config().paginate();
                    int total = Math.max(1, (children.size() + per - 1) / per);
                    for (int n = 1; n <= total; n++) {
                        int number = n;
                        List<PageEntry> slice = children.subList((n - 1) * per, Math.min(children.size(), n * per));
                        jobs.add((o, err) -> {
                            renderEntry(e, base, slice, number, total, o, err);
                            pages.incrementAndGet();
                        });
                    }
                }
            }
            if (only != null) {
                continue;
            }
            for (Tag t : ls.tags().values()) {
                int per = ctx.config().paginate();
                int total = Math.max(1, (t.pages().size() + per - 1) / per);
                for (int n = 1; n <= total; n++) {
                    int number = n;
                    jobs.add((o, err) -> {
                        renderTag(l.code(), t, number, total, base, o, err);
                        pages.incrementAndGet();
                    });
                }
            }
            jobs.add((o, err) -> renderTagIndex(l.code(), base, o, err));
            jobs.add((o, err) -> renderNotFound(l.code(), base, o, err));
            jobs.add((o, err) -> o.write(Permalinks.file(Permalinks.feed(l.code())), Feeds.atom(ctx, ls)));
            jobs.add((o, err) -> o.write(Permalinks.file(Permalinks.sitemap(l.code())), Feeds.sitemap(ctx, ls, models)));
        }
        if (only == null) {
            jobs.add((o, err) -> renderChooser(shared, o, err));
            jobs.add((o, err) -> o.write(Permalinks.file(Permalinks.sitemapIndex()), Feeds.sitemapIndex(ctx)));
            jobs.add((o, err) -> o.write(Permalinks.file(Permalinks.robots()), "User-agent: *\nAllow: /\n\nSitemap: "
                    + ctx.links().absolute(Permalinks.sitemapIndex()) + "\n"));
            for (StaticFile f : ctx.site().staticFiles()) {
                jobs.add((o, err) -> o.copy(f.source(), f.target()));
            }
            if (ctx.images().size() > 0) {
                jobs.add((o, err) -> o.write(Permalinks.file(Permalinks.root(Pictures.STYLESHEET)), Pictures.stylesheet(ctx.images())));
            }
            for (ResponsiveImage img : ctx.images().all()) {
                for (Variant v : img.variants()) {
                    jobs.add((o, err) -> o.link(v.file(), Permalinks.file(v.url())));
                }
            }
            if (!ctx.photobook().isEmpty()) {
                ScriptBundle lightbox = ScriptBundle.lightbox();
                jobs.add((o, err) -> o.write(Permalinks.file(lightbox.jsUrl()), lightbox.js()));
                jobs.add((o, err) -> o.write(Permalinks.file(lightbox.cssUrl()), lightbox.css()));
            }
            if (exhibition != null) {
                exhibition.addJobs(jobs, shared);
            }
        }
        pool.submit(() -> jobs.parallelStream().forEach(j -> j.run(out, errors))).join();
        return new Result(pages.get(), jobs.size());
    }

    private Map<String, Object> sharedModel(String lang) {
        Map<String, Object> m = new HashMap<>();
        m.put("site", models.siteModel(lang));
        m.put("t", models.translate(lang));
        m.put("tn", models.translatePlural(lang));
        m.put("lang", lang);
        m.put("image", models.imageLookup());
        return m;
    }

    private void renderEntry(PageEntry e, Map<String, Object> base, List<PageEntry> slice, int number, int total,
                             Output out, ContentErrors errors) {
        Page p = e.page();
        if (p.layout() != null && !ctx.templates().exists(p.layout() + ".ftl")) {
            return; // reported by validate()
        }
        String lang = e.lang();
        Language shown = ctx.config().language(lang);
        Language text = ctx.config().language(p.lang());
        MarkdownRenderer.Rendered md = body(e, errors);
        if (md == null) {
            return;
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", p.title());
        page.put("shortTitle", p.shortTitle());
        page.put("description", p.description());
        page.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
        page.put("key", p.key());
        page.put("url", pageUrl(e, number));
        page.put("permalink", ctx.links().absolute(pageUrl(e, number)));
        page.put("canonical", ctx.links().absolute(e.fallback() ? Permalinks.page(p.lang(), p) : pageUrl(e, number)));
        page.put("fallback", e.fallback());
        page.put("textLang", text.htmlLang());
        page.put("sourceLanguageName", text.name());
        page.put("languageName", shown.name());
        page.put("date", p.date() == null ? "" : p.date().toString());
        page.put("dateText", p.date() == null ? "" : Dates.longDate(p.date(), shown.locale()));
        page.put("tags", e.fallback() ? List.of() : p.tags().stream()
                .map(t -> PageModels.map("name", t, "url", PageModels.tagUrl(lang, t))).toList());
        page.put("content", md.html());
        page.put("toc", md.headings().stream().filter(h -> h.level() == 2)
                .map(h -> PageModels.map("id", h.id(), "text", h.text(), "html", tocEntry(md.html(), h.id(), h.text()),
                        "level", h.level())).toList());
        page.put("readingMinutes", readingMinutes(p.body()));
        page.put("image", p.image() == null ? "" : p.image());
        page.put("picture", models.picture(p.image()));
        page.put("params", p.params());
        page.put("section", p.folder());
        page.put("translations", models.translations(e));
        page.put("alternates", number == 1 ? models.alternates(e) : List.of());
        page.put("breadcrumbs", models.breadcrumbs(e));
        page.put("pages", slice == null ? List.of() : slice.stream().map(models::card).toList());
        page.put("pager", pager(e, number, total));
        page.put("ogType", p.date() != null ? "article" : "website");
        page.put("shareImage", shareImage(p.image(), p.title(), lang));
        page.put("jsonLd", JsonLd.forPage(ctx, e, md));
        Chapter chapter = ctx.photobook().chapter(e);
        if (chapter != null) {
            page.put("chapter", models.chapter(chapter));
            if ((p.image() == null || p.image().isBlank()) && chapter.cover() != null) {
                page.put("shareImage", shareImage(chapter.cover().image(), chapter.cover().alt()));
            }
        } else if (PhotoBook.isIndex(e)) {
            page.put("chapters", ctx.photobook().chapters(lang).stream().map(models::chapterCard).toList());
        }
        Map<String, Object> model = new HashMap<>(base);
        model.put("page", page);
        boolean showsExhibition = exhibition != null && p.key().equals(ExhibitionPages.PAGE_KEY)
                && ctx.templates().exists("exhibition.ftl");
        if (showsExhibition) {
            model.put("ex", exhibition.model(lang, false));
        }
        String template = p.layout() != null ? p.layout() + ".ftl"
                : showsExhibition ? "exhibition.ftl"
                : chapter != null && ctx.templates().exists("photobook-chapter.ftl") ? "photobook-chapter.ftl"
                : PhotoBook.isIndex(e) && ctx.templates().exists("photobook.ftl") ? "photobook.ftl"
                : switch (p.kind()) {
                    case HOME -> "home.ftl";
                    case SECTION -> "section.ftl";
                    case PAGE -> "page.ftl";
                };
        String html = ctx.templates().render(template, model, "content/" + p.lang() + "/" + p.path(), errors);
        if (html != null) {
            out.write(Permalinks.file(pageUrl(e, number)), html);
        }
    }

    private MarkdownRenderer.Rendered body(PageEntry e, ContentErrors errors) {
        Page p = e.page();
        if (p.html()) {
            return new MarkdownRenderer.Rendered(p.body(), List.of(), List.of());
        }
        LanguageSite ls = ctx.site().language(e.lang());
        long key = MarkdownStore.hash(MarkdownStore.hash(linkTables.get(e.lang()) ^ (e.fallback() ? linkTables.get(p.lang()) * 31 : 0),
                p.path()), p.body());
        MarkdownRenderer.Rendered md = ctx.markdownCache().get(key,
                () -> ctx.markdown().render(p.body(), new PageLinks(ls, ctx.site().language(p.lang()), e,
                        ctx.config().contentDir(), ctx.images(), ctx.files())));
        if (!md.problems().isEmpty()) {
            if (e.fallback()) {
                return md; // reported once, where the source page itself renders
            }
            for (MarkdownRenderer.Problem pr : md.problems()) {
                errors.add(p.file(), p.bodyLine() + pr.line() - 1, pr.message(), pr.hint());
            }
            return null;
        }
        return md;
    }

    /**
     * The picture for link previews: the page's own {@code image}, else {@code params.shareImage}
     * from site.yaml ({@code {src, width, height}}); an empty map when there is neither.
     */
    private Map<String, Object> shareImage(String image, String title, String lang) {
        if (image != null && ctx.images().get(image) != null) {
            return shareImage(ctx.images().get(image), title);
        }
        if (image != null && !image.isBlank()) {
            String url = image.startsWith("http") ? image : ctx.links().absolute(Permalinks.root(image));
            return PageModels.map("url", url, "width", "", "height", "", "alt", title);
        }
        String alt = ctx.ui().get(lang, "share_image_alt");
        if (ctx.config().params().get("shareImage") instanceof Map<?, ?> m && m.get("src") instanceof String src) {
            if (ctx.images().get(src) != null) {
                return shareImage(ctx.images().get(src), alt);
            }
            return PageModels.map("url", ctx.links().absolute(src), "width", String.valueOf(m.get("width")),
                    "height", String.valueOf(m.get("height")), "alt", alt);
        }
        return Map.of();
    }

    /** A processed picture as a link preview: its JPEG (or PNG) of at most 1600 px, with its size. */
    private Map<String, Object> shareImage(ResponsiveImage r, String alt) {
        Variant v = r.fallback();
        return PageModels.map("url", ctx.links().absolute(v.url()), "width", String.valueOf(v.width()),
                "height", String.valueOf(v.height()), "alt", alt);
    }

    private static String pageUrl(PageEntry e, int number) {
        return Permalinks.pagination(e.url(), number);
    }

    private Map<String, Object> pager(PageEntry e, int number, int total) {
        return PageModels.map("number", number, "total", total,
                "prev", number > 1 ? pageUrl(e, number - 1) : "",
                "next", number < total ? pageUrl(e, number + 1) : "");
    }

    private void renderTag(String lang, Tag t, int number, int total, Map<String, Object> base, Output out,
                           ContentErrors errors) {
        int per = ctx.config().paginate();
        String url = Permalinks.tag(lang, t.name());
        String pageUrl = Permalinks.pagination(url, number);
        Map<String, Object> page = listPage(lang, UiStrings.fill(ctx.ui().get(lang, "tag_page_title"), List.of("tag", t.name())),
                pageUrl);
        page.put("tag", t.name());
        // each tag page describes itself (search results and link previews), with its own structured data
        page.put("description", UiStrings.fill(ctx.ui().get(lang, "tag_page_description"), List.of("tag", t.name())));
        page.put("jsonLd", JsonLd.forList(ctx, lang, (String) page.get("title"), (String) page.get("description"), pageUrl));
        page.put("pages", t.pages().subList((number - 1) * per, Math.min(t.pages().size(), number * per))
                .stream().map(models::card).toList());
        page.put("pager", PageModels.map("number", number, "total", total,
                "prev", number > 1 ? Permalinks.pagination(url, number - 1) : "",
                "next", number < total ? Permalinks.pagination(url, number + 1) : ""));
        Map<String, Object> model = new HashMap<>(base);
        model.put("page", page);
        String html = ctx.templates().render("tag.ftl", model, "tag page `" + t.name() + "` (" + lang + ")", errors);
        if (html != null) {
            out.write(Permalinks.file(pageUrl), html);
        }
    }

    private void renderTagIndex(String lang, Map<String, Object> base, Output out, ContentErrors errors) {
        Map<String, Object> page = listPage(lang, ctx.ui().get(lang, "all_tags"), Permalinks.tags(lang));
        page.put("description", ctx.ui().get(lang, "tags_description"));
        page.put("jsonLd", JsonLd.forList(ctx, lang, (String) page.get("title"), (String) page.get("description"), Permalinks.tags(lang)));
        Map<String, Object> model = new HashMap<>(base);
        model.put("page", page);
        String html = ctx.templates().render("tags.ftl", model, "the tag index (" + lang + ")", errors);
        if (html != null) {
            out.write(Permalinks.file(Permalinks.tags(lang)), html);
        }
    }

    private void renderNotFound(String lang, Map<String, Object> base, Output out, ContentErrors errors) {
        Map<String, Object> page = listPage(lang, ctx.ui().get(lang, "not_found_title"), Permalinks.notFound(lang));
        page.put("kind", "404");
        Map<String, Object> model = new HashMap<>(base);
        model.put("page", page);
        String html = ctx.templates().render("404.ftl", model, "the 404 page (" + lang + ")", errors);
        if (html != null) {
            out.write(Permalinks.file(Permalinks.notFound(lang)), html);
        }
    }

    private void renderChooser(Map<String, Map<String, Object>> shared, Output out, ContentErrors errors) {
        List<Map<String, Object>> choices = new ArrayList<>();
        for (Language l : ctx.config().languages()) {
            choices.add(PageModels.map("code", l.code(), "name", l.name(), "htmlLang", l.htmlLang(),
                    "url", Permalinks.home(l.code()), "siteName", ctx.ui().get(l.code(), "site_name"),
                    "tagline", ctx.ui().get(l.code(), "site_tagline"),
                    "choose", ctx.ui().get(l.code(), "choose_language")));
        }
        String dflt = ctx.config().defaultLanguage();
        Map<String, Object> model = new HashMap<>(shared.get(dflt));
        List<Map<String, Object>> alternates = new ArrayList<>();
        for (Language l : ctx.config().languages()) {
            if (ctx.site().language(l.code()).byKey().containsKey("_index")) {
                alternates.add(PageModels.map("hreflang", l.htmlLang(), "url", ctx.links().absolute(Permalinks.home(l.code()))));
            }
        }
        alternates.add(PageModels.map("hreflang", "x-default", "url", ctx.links().absolute(Permalinks.chooser())));
        Map<String, Object> page = listPage(dflt, ctx.ui().get(dflt, "site_name"), Permalinks.chooser());
        page.put("kind", "chooser");
        page.put("choices", choices);
        page.put("alternates", alternates);
        model.put("page", page);
        String html = ctx.templates().render("chooser.ftl", model, "the language chooser", errors);
        if (html != null) {
            out.write(Permalinks.file(Permalinks.chooser()), html);
        }
    }

    /** The model of a generated page (tags, 404, chooser) with the same fields a content page has. */
    private Map<String, Object> listPage(String lang, String title, String url) {
        Language l = ctx.config().language(lang);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", title);
        page.put("shortTitle", title);
        page.put("description", ctx.ui().get(lang, "site_tagline"));
        page.put("kind", "list");
        page.put("key", "");
        page.put("url", url);
        page.put("permalink", ctx.links().absolute(url));
        page.put("canonical", ctx.links().absolute(url));
        page.put("fallback", false);
        page.put("textLang", l.htmlLang());
        page.put("sourceLanguageName", l.name());
        page.put("languageName", l.name());
        page.put("date", "");
        page.put("dateText", "");
        page.put("tags", List.of());
        page.put("content", "");
        page.put("toc", List.of());
        page.put("readingMinutes", 0);
        page.put("image", "");
        page.put("picture", null);
        page.put("params", Map.of());
        page.put("section", "");
        List<Map<String, Object>> translations = new ArrayList<>();
        for (Language o : ctx.config().languages()) {
            translations.add(PageModels.map("code", o.code(), "name", o.name(), "htmlLang", o.htmlLang(),
                    "url", url.startsWith(Permalinks.tags(lang)) ? Permalinks.tags(o.code()) : Permalinks.home(o.code()),
                    "current", o.code().equals(lang), "available", true));
        }
        page.put("translations", translations);
        page.put("alternates", List.of());
        page.put("breadcrumbs", List.of(PageModels.map("title", ctx.ui().get(lang, "home"), "url", Permalinks.home(lang))));
        page.put("pages", List.of());
        page.put("pager", PageModels.map("number", 1, "total", 1, "prev", "", "next", ""));
        page.put("ogType", "website");
        page.put("shareImage", shareImage(null, title, lang));
        page.put("jsonLd", "");
        return page;
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

    private static int lineOf(Page p, String key) {
        return 1 + (int) p.params().keySet().stream().takeWhile(k -> !k.equals(key)).count() + 1;
    }

    /** The config, for writers. */
    SiteConfig config() {
        return ctx.config();
    }
}
