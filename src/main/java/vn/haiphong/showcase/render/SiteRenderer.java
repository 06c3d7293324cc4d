package vn.haiphong.showcase.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
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
import vn.haiphong.showcase.i18n.UiStrings;
import vn.haiphong.showcase.images.ImageSet;
import vn.haiphong.showcase.images.ResponsiveImage;
import vn.haiphong.showcase.images.Variant;
import vn.haiphong.showcase.markdown.ComponentText;
import vn.haiphong.showcase.markdown.MarkdownRenderer;
import vn.haiphong.showcase.markdown.SafeHtml;
import vn.haiphong.showcase.markdown.SafeSvg;
import vn.haiphong.showcase.output.Output;
import vn.haiphong.showcase.photobook.Chapter;
import vn.haiphong.showcase.photobook.PhotoBook;
import vn.haiphong.showcase.render.model.PageView;
import vn.haiphong.showcase.render.model.TemplateContext;
import vn.haiphong.showcase.vr360.ExhibitionPackager;

/**
 * Writes the whole site for the model: every page in every language (own and fallback), section
 * lists with pagination, tag pages, Atom feeds, sitemaps, 404 pages, the root language chooser,
 * {@code robots.txt}, and the static files. Pages render in parallel on {@code pool}.
 */
public final class SiteRenderer {
    private final RenderContext ctx;
    private final PageModels models;
    private final SiteViews sites;
    private final PageViews views;
    private final TemplateFunctions functions;
    private final ExhibitionPages exhibition;
    private final SearchPages search;
    private static final boolean TIMING = System.getenv("SHOWCASE_TIMING") != null;

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
        this.sites = new SiteViews(ctx, models);
        this.views = new PageViews(ctx, models);
        this.functions = new TemplateFunctions(ctx, models);
        this.exhibition = exhibition == null ? null : new ExhibitionPages(ctx, views, exhibition);
        this.search = new SearchPages(ctx, views, exhibition);
        this.media = images.fingerprint() * 31 + (files == null ? 0 : new java.util.TreeSet<>(files).hashCode());
        for (Language l : site.config().languages()) {
            componentTexts.put(l.code(), componentText(l, ui, site.config().defaultLanguage()));
        }
    }

    /** Per language of a page's text, what its content components say and in which language. */
    private final Map<String, ComponentText> componentTexts = new HashMap<>();

    private static ComponentText componentText(Language l, UiStrings ui, String defaultLanguage) {
        Map<String, String> labels = new java.util.TreeMap<>();
        for (String k : ComponentText.KEYS) {
            if (ui.has(l.code(), k) || ui.has(defaultLanguage, k)) {
                labels.put(k, ui.get(l.code(), k));
            }
        }
        return new ComponentText(l.htmlLang(), labels);
    }

    /** Per language, a hash of every page key and URL: what links in Markdown resolve against. */
    private final Map<String, Long> linkTables = new java.util.concurrent.ConcurrentHashMap<>();
    /** What the link tables also depend on: the images and files pages may show. */
    private final long media;

    /** The link table of {@code lang}, computed when a page of it first renders ({@code serve} renders one language's page). */
    private long linkTable(String lang) {
        return linkTables.computeIfAbsent(lang, l -> linkTable(ctx.site().language(l)) ^ media);
    }

    private static long linkTable(LanguageSite ls) {
        StringBuilder sb = new StringBuilder(ls.lang()).append('\n');
        for (PageEntry e : ls.entries()) {
            sb.append(e.page().key()).append(' ').append(e.url()).append('\n');
        }
        return MarkdownStore.hash(MarkdownStore.CODE_VERSION, sb);
    }

    /** What was written; {@code warnings} name what was dropped from pages as unsafe, by file and line. */
    public record Result(int pages, int files, List<String> warnings) {
    }

    private final java.util.Queue<String> warnings = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Whether a page rendered by this run shows a {@code :::gallery} (so the lightbox must be published). */
    private final java.util.concurrent.atomic.AtomicBoolean galleries = new java.util.concurrent.atomic.AtomicBoolean();

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
                if (!e.fallback()) {
                    // a picture that is not found is reported above; what goes with it is checked once it is there
                    boolean found = image != null && (ctx.images().get(image) != null || PageLinks.hasScheme(image)
                            || ctx.files() == null || ctx.files().contains(image.replaceFirst("^/", "")));
                    validateHero(e.page(), found, errors);
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

    /**
     * What search read and wrote in a build: the pages' search documents per language and URL,
     * each language's index folder ({@code /search/vi.1a2b3c4d/}) and, after
     * {@link #keepSearchIndexes}, each language's index, which a partial rebuild updates.
     */
    public record SearchState(Map<String, Map<String, vn.haiphong.showcase.search.SearchDocument>> documents,
                              Map<String, String> folders,
                              Map<String, vn.haiphong.showcase.search.SearchIndex.Live> indexes) {
    }

    /**
     * Keeps every language's search index in {@link #searchState()} (for {@code serve}), so that
     * {@link #renderPages} after an edit updates it from the changed pages instead of building it
     * again; a one-off build does not keep it (it would only hold memory).
     */
    public SiteRenderer keepSearchIndexes() {
        search.keepIndexes();
        return this;
    }

    /** After {@link #render} or {@link #renderPages}: what search read and wrote (empty without search). */
    public SearchState searchState() {
        return search.state();
    }

    /**
     * {@link #renderPages} that also rebuilds every language's search index and search page from
     * {@code previous} (the last build's {@link #searchState()}) with the re-rendered pages' new text,
     * so the result is what a full build would publish (the caller removes the old index folders).
     */
    public Result renderPages(Output out, ContentErrors errors, ForkJoinPool pool, java.util.Set<java.nio.file.Path> files,
                              SearchState previous) {
        if (previous != null && search.enabled()) {
            search.seed(previous);
        }
        long t0 = System.nanoTime();
        Map<String, TemplateContext> shared = sharedContexts();
        Result r = render(out, errors, pool, files, shared);
        if (TIMING) {
            System.err.printf("timing: pages only %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        }
        if (previous != null && search.enabled() && errors.isEmpty()) {
            pool.submit(() -> search.write(out, errors, shared)).join();
        }
        return r;
    }

    private Result render(Output out, ContentErrors errors, ForkJoinPool pool, java.util.Set<java.nio.file.Path> only) {
        return render(out, errors, pool, only, sharedContexts());
    }

    private Result render(Output out, ContentErrors errors, ForkJoinPool pool, java.util.Set<java.nio.file.Path> only,
                          Map<String, TemplateContext> shared) {
        List<Job> jobs = new ArrayList<>();
        AtomicInteger pages = new AtomicInteger();
        for (Language l : ctx.config().languages()) {
            LanguageSite ls = ctx.site().language(l.code());
            TemplateContext base = shared.get(l.code());
            for (PageEntry e : ls.entries()) {
                if (only != null && !only.contains(e.page().file())) {
                    continue;
                }
                List<PageEntry> children = ls.children().get(e.page().key());
                if (e.page().kind() == Page.Kind.PAGE || children == null) {
                    jobs.add((o, err) -> {
                        renderEntry(e, base, PageViews.Listing.NONE, o, err);
                        pages.incrementAndGet();
                    });
                } else {
                    int per = ctx.config().paginate();
                    int total = Math.max(1, (children.size() + per - 1) / per);
                    for (int n = 1; n <= total; n++) {
                        int number = n;
                        List<PageEntry> slice = children.subList((n - 1) * per, Math.min(children.size(), n * per));
                        jobs.add((o, err) -> {
                            renderEntry(e, base, new PageViews.Listing(slice, number, total), o, err);
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
            for (TagAliases.Alias a : TagAliases.of(l.code(), ls)) {
                jobs.add((o, err) -> renderTagAlias(l, a, o));
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
                jobs.add((o, err) -> copy(f, o));
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
        if (ctx.photobook().isEmpty() && galleries.getAndSet(false)) {
            // a site without a photo book still needs the lightbox for its pages' galleries (also
            // after serve re-rendered only the edited pages, one of which may have gained a gallery)
            ScriptBundle lightbox = ScriptBundle.lightbox();
            out.write(Permalinks.file(lightbox.jsUrl()), lightbox.js());
            out.write(Permalinks.file(lightbox.cssUrl()), lightbox.css());
        }
        if (only == null && search.enabled()) {
            // the search page names the index's content-named folder: it renders after every page was read
            pool.submit(() -> search.write(out, errors, shared)).join();
        }
        List<String> sorted = new java.util.ArrayList<>(warnings);
        warnings.clear();
        sorted.sort(null);
        return new Result(pages.get(), jobs.size(), List.copyOf(sorted));
    }

    /** Per language, what every page of it shares. */
    private Map<String, TemplateContext> sharedContexts() {
        Map<String, TemplateContext> shared = new HashMap<>();
        for (Language l : ctx.config().languages()) {
            shared.put(l.code(), new TemplateContext(l.code(), sites.site(l.code()), null, null,
                    functions.translate(l.code()), functions.translatePlural(l.code()), functions.image()));
        }
        return shared;
    }

    private void renderEntry(PageEntry e, TemplateContext base, PageViews.Listing list, Output out, ContentErrors errors) {
        Page p = e.page();
        if (p.layout() != null && !ctx.templates().exists(p.layout() + ".ftl")) {
            return; // reported by validate()
        }
        boolean showsExhibition = exhibition != null && p.key().equals(ExhibitionPages.PAGE_KEY)
                && ctx.templates().exists("exhibition.ftl");
        String template = p.layout() != null ? p.layout() + ".ftl"
                : showsExhibition ? "exhibition.ftl"
                : ctx.photobook().chapter(e) != null && ctx.templates().exists("photobook-chapter.ftl") ? "photobook-chapter.ftl"
                : PhotoBook.isIndex(e) && ctx.templates().exists("photobook.ftl") ? "photobook.ftl"
                : switch (p.kind()) {
                    case HOME -> "home.ftl";
                    case SECTION -> "section.ftl";
                    case PAGE -> "page.ftl";
                };
        // the article template is the one with a side column (page.ftl's <@ui.aside/>)
        MarkdownRenderer.Rendered md = body(e, template.equals("page.ftl"), errors);
        if (md == null) {
            return;
        }
        PageView page = views.content(e, md, list);
        if (page.lightbox() != null) {
            galleries.set(true);
        }
        TemplateContext model = base.with(page, showsExhibition ? exhibition.model(e.lang(), false) : null);
        if (search.enabled()) {
            search.page(e, page, md);
        }
        String html = ctx.templates().render(template, model.variables(), "content/" + p.lang() + "/" + p.path(), errors);
        if (html != null) {
            out.write(Permalinks.file(page.url()), PhraseBreaks.apply(html));
        }
    }

    /** The page's rendered text; with {@code sideColumn}, what it writes for the side column apart. */
    private MarkdownRenderer.Rendered body(PageEntry e, boolean sideColumn, ContentErrors errors) {
        Page p = e.page();
        if (p.html()) {
            String body = p.body();
            if (!ctx.config().unsafeHtml()) {
                SafeHtml.Cleaned c = SafeHtml.clean(body);
                body = c.html();
                if (!e.fallback()) {
                    for (SafeHtml.Dropped d : c.dropped()) {
                        warn(p, d.line(), "raw HTML: dropped " + d.what());
                    }
                }
            }
            return new MarkdownRenderer.Rendered(body, List.of(), List.of(), List.of());
        }
        LanguageSite ls = ctx.site().language(e.lang());
        boolean unsafe = ctx.config().unsafeHtml();
        ComponentText words = componentTexts.get(p.lang());
        long key = MarkdownStore.hash(MarkdownStore.hash(linkTable(e.lang()) ^ (e.fallback() ? linkTable(p.lang()) * 31 : 0)
                ^ (unsafe ? 0x5afe : 0) ^ (sideColumn ? 0x51de : 0) ^ MarkdownStore.hash(ctx.markdown().fingerprint(),
                words.cacheKey()), p.path()), p.body());
        MarkdownRenderer.Rendered md = ctx.markdownCache().get(key,
                () -> ctx.markdown().render(p.body(), new PageLinks(ls, ctx.site().language(p.lang()), e,
                        ctx.config().contentDir(), ctx.images(), ctx.files()), unsafe, words, sideColumn));
        if (!e.fallback()) {
            for (MarkdownRenderer.Problem w : md.warnings()) {
                warn(p, w.line(), w.message() + " — " + w.hint());
            }
        }
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

    /** Copies a static file; an SVG loses what could run script (see {@link SafeSvg}) unless unsafeHtml is on. */
    private void copy(StaticFile f, Output o) {
        if (ctx.config().unsafeHtml() || !f.target().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            o.copy(f.source(), f.target());
            return;
        }
        String text;
        try {
            text = java.nio.file.Files.readString(f.source());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            o.copy(f.source(), f.target()); // not UTF-8 text: no browser renders it as an SVG drawing either
            return;
        }
        SafeHtml.Cleaned c = SafeSvg.clean(text);
        if (c.dropped().isEmpty()) {
            o.copy(f.source(), f.target());
            return;
        }
        o.write(f.target(), c.html());
        String rel = ctx.config().siteDir().relativize(f.source()).toString().replace('\\', '/');
        for (SafeHtml.Dropped d : c.dropped()) {
            warnings.add(rel + ":" + d.line() + ": SVG: dropped " + d.what() + " — a picture may not run scripts;"
                    + " remove it from the file (site.yaml's `markdown: {unsafeHtml: true}` publishes it as it is)");
        }
    }

    /** A warning at {@code line} of the page's body. */
    private void warn(Page p, int line, String message) {
        java.nio.file.Path rel = ctx.config().siteDir().relativize(p.file());
        warnings.add(rel.toString().replace('\\', '/') + ":" + (p.bodyLine() + line - 1) + ": " + message);
    }

    private void renderTag(String lang, Tag t, int number, int total, TemplateContext base, Output out,
                           ContentErrors errors) {
        int per = ctx.config().paginate();
        String first = Permalinks.tag(lang, t.name());
        String url = Permalinks.pagination(first, number);
        String title = UiStrings.fill(ctx.ui().get(lang, "tag_page_title"), List.of("tag", t.name()));
        // each tag page describes itself (search results and link previews), with its own structured data
        String description = UiStrings.fill(ctx.ui().get(lang, "tag_page_description"), List.of("tag", t.name()));
        PageView page = views.generated(new PageViews.Generated(lang, "list", title, description, first, null,
                        Permalinks::tags, JsonLd.forList(ctx, lang, title, description, url), t.name(), null, List.of()),
                new PageViews.Listing(t.pages().subList((number - 1) * per, Math.min(t.pages().size(), number * per)),
                        number, total));
        render("tag.ftl", base.with(page, null), url, "tag page `" + t.name() + "` (" + lang + ")", out, errors);
    }

    /** The page at a tag's former address, sending visitors to where the tag lives now. */
    private void renderTagAlias(Language l, TagAliases.Alias a, Output out) {
        String lang = l.code();
        String title = UiStrings.fill(ctx.ui().get(lang, "tag_page_title"), List.of("tag", a.tag()));
        boolean known = ctx.ui().has(lang, "page_moved") || ctx.ui().has(ctx.config().defaultLanguage(), "page_moved");
        String moved = known ? ctx.ui().get(lang, "page_moved") : "This page has moved to";
        out.write(Permalinks.file(a.url()), TagAliases.html(a, l.htmlLang(), title, moved, ctx.links().absolute(a.target())));
    }

    private void renderTagIndex(String lang, TemplateContext base, Output out, ContentErrors errors) {
        String title = ctx.ui().get(lang, "all_tags");
        String description = ctx.ui().get(lang, "tags_description");
        String url = Permalinks.tags(lang);
        PageView page = views.generated(new PageViews.Generated(lang, "list", title, description, url, null,
                Permalinks::tags, JsonLd.forList(ctx, lang, title, description, url), null, null, List.of()),
                PageViews.Listing.NONE);
        render("tags.ftl", base.with(page, null), url, "the tag index (" + lang + ")", out, errors);
    }

    private void renderNotFound(String lang, TemplateContext base, Output out, ContentErrors errors) {
        PageView page = views.generated(new PageViews.Generated(lang, "404", ctx.ui().get(lang, "not_found_title"),
                ctx.ui().get(lang, "site_tagline"), Permalinks.notFound(lang), null, Permalinks::home, "", null, null,
                List.of()), PageViews.Listing.NONE);
        render("404.ftl", base.with(page, null), Permalinks.notFound(lang), "the 404 page (" + lang + ")", out, errors);
    }

    /** The root page: every language's home page, in the default language's page shell; the x-default of home pages. */
    private void renderChooser(Map<String, TemplateContext> shared, Output out, ContentErrors errors) {
        // the search pages exist only for sites whose templates have search.ftl
        boolean hasSearch = search.enabled();
        List<PageView.LanguageChoice> choices = new ArrayList<>();
        List<PageView.Alternate> alternates = new ArrayList<>();
        for (Language l : ctx.config().languages()) {
            String c = l.code();
            choices.add(new PageView.LanguageChoice(c, l.name(), l.htmlLang(), Permalinks.home(c),
                    ctx.ui().get(c, "site_name"), ctx.ui().get(c, "site_tagline"), ctx.ui().get(c, "choose_language"),
                    ctx.ui().get(c, "not_found_title"), ctx.ui().get(c, "not_found_text"), ctx.ui().get(c, "back_home"),
                    hasSearch ? Permalinks.search(c) : "", ctx.ui().get(c, "not_found_search"), shared.get(c).site().menu()));
            if (ctx.site().language(l.code()).byKey().containsKey("_index")) {
                alternates.add(new PageView.Alternate(l.htmlLang(), ctx.links().absolute(Permalinks.home(l.code()))));
            }
        }
        alternates.add(new PageView.Alternate("x-default", ctx.links().absolute(Permalinks.chooser())));
        String dflt = ctx.config().defaultLanguage();
        PageView page = views.generated(new PageViews.Generated(dflt, "chooser", ctx.ui().get(dflt, "site_name"),
                ctx.ui().get(dflt, "site_tagline"), Permalinks.chooser(), null, Permalinks::home, "", null, choices,
                alternates), PageViews.Listing.NONE);
        render("chooser.ftl", shared.get(dflt).with(page, null), Permalinks.chooser(), "the language chooser", out, errors);
        if (ctx.templates().exists("root-404.ftl")) {
            PageView notFound = views.generated(new PageViews.Generated(dflt, "404", ctx.ui().get(dflt, "not_found_title"),
                    ctx.ui().get(dflt, "site_tagline"), Permalinks.rootNotFound(), null, Permalinks::home, "", null,
                    choices, List.of()), PageViews.Listing.NONE);
            render("root-404.ftl", shared.get(dflt).with(notFound, null), Permalinks.rootNotFound(),
                    "the root 404 page", out, errors);
        }
    }

    /** Renders a generated page to the file that serves {@code url}. */
    private void render(String template, TemplateContext model, String url, String forWhat, Output out,
                        ContentErrors errors) {
        String html = ctx.templates().render(template, model.variables(), forWhat, errors);
        if (html != null) {
            out.write(Permalinks.file(url), PhraseBreaks.apply(html));
        }
    }

    /**
     * The front-matter fields that go with {@code image}: a hero needs {@code imageAlt} (what the
     * picture shows, for people who cannot see it); {@code imageFocus} must be two percentages;
     * every {@code facts:} item a text or a {@code {value, label}}.
     */
    private static void validateHero(Page p, boolean imageFound, ContentErrors errors) {
        Object alt = p.params().get("imageAlt");
        if (imageFound && !p.image().isBlank() && !(alt instanceof String a && !a.isBlank())) {
            errors.add(p.file(), lineOf(p, "image"), "`image` has no `imageAlt`",
                    "add `imageAlt: \"…\"` below `image:`: one sentence, in the page's language, saying what the picture shows");
        }
        Object focus = p.params().get("imageFocus");
        if (focus != null && PageModels.focusClass(focus) == null) {
            errors.add(p.file(), lineOf(p, "imageFocus"), "bad `imageFocus: " + focus + "`",
                    "write the point of the picture to keep in view as two percentages, across then down, e.g. `imageFocus: \"50% 30%\"`");
        }
        if (p.params().get("facts") instanceof java.util.List<?> facts) {
            for (int i = 0; i < facts.size(); i++) {
                Object f = facts.get(i);
                boolean ok = f instanceof String || f instanceof Number
                        || f instanceof Map<?, ?> m && m.get("label") != null;
                if (!ok) {
                    int line = lineOf(p, "facts[" + i + "]");
                    errors.add(p.file(), line > 0 ? line : lineOf(p, "facts"), "`facts` item " + (i + 1) + " has no `label`",
                            "write each fact as `- {value: \"20,000 ha\", label: \"of industrial zones\"}` or as a plain sentence");
                }
            }
        } else if (p.params().containsKey("facts")) {
            errors.add(p.file(), lineOf(p, "facts"), "`facts` is not a list",
                    "write `facts:` followed by lines `- {value: \"…\", label: \"…\"}` or `- A sentence.`");
        }
    }

    private static int lineOf(Page p, String key) {
        return p.lineOf(key);
    }

    /** The config, for writers. */
    SiteConfig config() {
        return ctx.config();
    }
}
