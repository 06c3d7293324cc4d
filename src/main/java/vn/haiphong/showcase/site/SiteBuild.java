package vn.haiphong.showcase.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import vn.haiphong.showcase.config.ConfigLoader;
import vn.haiphong.showcase.config.SiteConfig;
import vn.haiphong.showcase.content.PageCache;
import vn.haiphong.showcase.content.Site;
import vn.haiphong.showcase.content.SiteBuilder;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.i18n.UiStrings;
import vn.haiphong.showcase.images.Encoders;
import vn.haiphong.showcase.images.ImagePipeline;
import vn.haiphong.showcase.images.ImageSet;
import vn.haiphong.showcase.content.PageEntry;
import vn.haiphong.showcase.content.StaticFile;
import vn.haiphong.showcase.photobook.PhotoBook;
import vn.haiphong.showcase.photobook.print.PrintEditions;
import vn.haiphong.showcase.markdown.MarkdownRenderer;
import vn.haiphong.showcase.cdn.CdnOutput;
import vn.haiphong.showcase.cdn.CdnSettings;
import vn.haiphong.showcase.cdn.CdnStaging;
import vn.haiphong.showcase.render.MarkdownCache;
import vn.haiphong.showcase.output.MemoryOutput;
import vn.haiphong.showcase.output.Output;
import vn.haiphong.showcase.output.OutputDir;
import vn.haiphong.showcase.render.SiteRenderer;
import vn.haiphong.showcase.render.TemplateEngine;
import vn.haiphong.showcase.vr360.Exhibition;
import vn.haiphong.showcase.vr360.ExhibitionLoader;
import vn.haiphong.showcase.vr360.ExhibitionPackager;
import vn.haiphong.showcase.content.Permalinks;

/**
 * The build of a site folder ({@code site.yaml}): config → content model → rendering into a
 * fresh output folder, swapped in only when nothing failed. Holds the caches a running
 * {@code serve} reuses.
 */
public final class SiteBuild implements Build {

    /** The site's source folders, never an output folder. */
    private static final List<String> SOURCES = List.of("content", "templates", "assets", "vr360");

    private final PageCache pageCache;
    private MarkdownCache markdownCache;

    /** What the last successful in-memory build used, for {@link #runChanged}. */
    private record Last(Site site, UiStrings ui, TemplateEngine templates, List<String> warnings, Media media,
                        SiteRenderer.SearchState search) {
    }

    /** The images and photo book of a build, and every file pages may show as an image. */
    private record Media(ImageSet images, PhotoBook photobook, Set<String> files, ExhibitionPackager.Package exhibition) {
    }

    private ImagePipeline images;
    private java.util.function.Consumer<String> log = line -> { };
    private java.util.function.Consumer<String> progress;

    private Last last;
    private final MarkdownRenderer markdown = new MarkdownRenderer(vn.haiphong.showcase.markdown.map.MapDrawers.standard());
    private final ForkJoinPool pool;

    private SiteBuild(PageCache pageCache, MarkdownCache markdownCache) {
        this.pageCache = pageCache;
        this.markdownCache = markdownCache;
        this.pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    }

    /** For one build; rendered Markdown is reused from the site's {@code .cache/}. */
    public static SiteBuild once() {
        return new SiteBuild(PageCache.NONE, null);
    }

    /** For repeated builds of the same site ({@code serve}): unchanged files are not parsed or rendered again. */
    public static SiteBuild incremental() {
        return new SiteBuild(PageCache.remembering(), null);
    }

    /**
     * Sends the build's notes (which image encoders are active, how many images were encoded)
     * to {@code log}, and, when {@code progress} is not null, a progress line now and then
     * during long image runs (the caller decides whether a terminal is watching).
     */
    @Override
    public SiteBuild log(java.util.function.Consumer<String> log, java.util.function.Consumer<String> progress) {
        this.log = log;
        this.progress = progress;
        return this;
    }

    /** What the image pipeline did in the last build (zeros before the first). */
    public ImagePipeline.Stats imageStats() {
        return images == null ? new ImagePipeline.Stats(0, 0, 0) : images.stats();
    }

    /**
     * Builds the site described by {@code options}; never leaves a half-written output.
     *
     * @throws vn.haiphong.showcase.output.OutputRefused before any work, when the output folder
     *                                                   is one a build must not replace
     */
    @Override
    public BuildResult run(BuildOptions options) {
        OutputDir dir = OutputDir.forSite(options.outputDir(), options.siteDir(),
                SOURCES.stream().map(options.siteDir()::resolve).toList());
        try {
            return build(options, dir, dir);
        } finally {
            // a failed parallel step leaves its other tasks running: they must not write after the clean-up
            pool.awaitQuiescence(1, java.util.concurrent.TimeUnit.MINUTES);
            dir.abort();
        }
    }

    /** Builds into memory (for {@code serve}); the output folder is not touched. */
    @Override
    public BuildResult runInMemory(BuildOptions options, MemoryOutput memory) {
        return build(options, memory, null);
    }

    /**
     * After edits of the files {@code changed}, renders into {@code next} (which starts as a
     * copy of the previous build) only the pages those files are — when nothing but page bodies
     * changed, so every other published file is the same as before. Returns null when that does
     * not hold (a new or deleted file, changed front matter, templates, config…): then the caller
     * runs a full {@link #runInMemory}.
     */
    @Override
    public BuildResult runChanged(BuildOptions options, MemoryOutput next, Set<Path> changed) {
        Last before = last;
        Path content = options.siteDir().resolve("content");
        if (before == null || changed.isEmpty()
                || !changed.stream().allMatch(p -> p.startsWith(content) && p.toString().endsWith(".md"))) {
            return null;
        }
        ContentErrors errors = new ContentErrors();
        long t0 = System.nanoTime();
        // the watcher names every file that changed, so only those are read again (not the whole site)
        Site site = new SiteBuilder(before.site().config(), options.drafts(), options.today(), pageCache)
                .withPagesReread(before.site(), changed, errors);
        Timing.log("model", t0);
        if (site == null || !errors.isEmpty()) {
            return null;
        }
        Media media = before.media();
        SiteRenderer renderer = new SiteRenderer(site, before.ui(), before.templates(), markdown, markdownCache,
                media.images(), PhotoBook.build(site, media.images(), errors).withEditions(media.photobook().editions()),
                media.files(), media.exhibition()).keepSearchIndexes();
        if (!errors.isEmpty()) {
            return null;
        }
        Timing.log("renderer", t0);
        SiteRenderer.Result r = renderer.renderPages(next, errors, pool, changed, before.search());
        Timing.log("pages", t0);
        if (!errors.isEmpty()) {
            return new BuildResult(errors.sorted(), before.warnings(), 0, 0, site);
        }
        SiteRenderer.SearchState search = renderer.searchState();
        if (before.search() != null) {
            // a search index whose pages changed lives in a new content-named folder: the old one goes
            before.search().folders().forEach((lang, folder) -> {
                if (!folder.equals(search.folders().get(lang))) {
                    next.removeFolder(Permalinks.file(folder).replaceFirst("index\\.html$", ""));
                }
            });
        }
        last = new Last(site, before.ui(), before.templates(), before.warnings(), media, search);
        List<String> warnings = new ArrayList<>(before.warnings());
        warnings.addAll(r.warnings());
        return new BuildResult(List.of(), warnings, r.pages(), r.files(), site);
    }

    /** Renders into {@code out}; when that is the output folder {@code dir}, runs the CDN stage on it and commits it. */
    private BuildResult build(BuildOptions options, Output out, OutputDir dir) {
        last = null;
        ContentErrors errors = new ContentErrors();
        List<String> warnings = new ArrayList<>();
        SiteConfig config = ConfigLoader.load(options.siteDir(), errors);
        if (options.baseUrl() != null) {
            config = config.withBaseUrl(options.baseUrl());
        }
        if (!errors.isEmpty()) {
            return new BuildResult(errors.sorted(), warnings, 0, 0, null);
        }
        if (config.unsafeHtml()) {
            warnings.add("site.yaml: markdown.unsafeHtml is ON: raw HTML, scripts, event handlers and javascript:"
                    + " links in pages are published as written — only for sites whose every author is trusted;"
                    + " remove it to have pages sanitised");
        }
        // with the CDN stage, rendered text files wait in memory and reach the disk once, finished
        CdnStaging staging = dir != null && config.cdn() ? new CdnStaging(dir, dir.root()) : null;
        if (staging != null) {
            out = staging;
        }
        long t0 = System.nanoTime();
        SiteBuilder model = new SiteBuilder(config, options.drafts(), options.today(), pageCache);
        Site site = model.build(errors);
        warnings.addAll(model.warnings());
        Timing.log("model", t0);
        for (String lang : config.languageCodes()) {
            if (!site.language(lang).byKey().containsKey("_index")) {
                warnings.add("content/" + lang + "/_index.md: missing, so /" + lang + "/ has no home page");
            }
        }
        UiStrings ui = UiStrings.load(config.i18nDir(), config.languageCodes(), config.defaultLanguage(), errors,
                warnings);
        TemplateEngine templates = new TemplateEngine(config.templatesDir(), true);
        templates.preload(errors);
        if (markdownCache == null) {
            markdownCache = MarkdownCache.in(options.siteDir().resolve(".cache"));
        }
        ExhibitionLoader.Loaded exhibition = ExhibitionLoader.load(options.siteDir(), config.languageCodes(),
                config.defaultLanguage(), siteFiles(site), errors, warnings);
        site = withMedia(site, exhibition.media());
        long ti = System.nanoTime();
        Media media = media(site, options, exhibition.exhibition(), errors);
        Site withRasters = site;
        site = withoutRasters(site);
        Timing.log("images", ti);
        if (errors.isEmpty() && !media.photobook().isEmpty()) {
            long tp = System.nanoTime();
            media = withPrintEditions(media, withRasters, ui, options, out, warnings);
            Timing.log("print", tp);
        }
        SiteRenderer renderer = new SiteRenderer(site, ui, templates, markdown, markdownCache, media.images(),
                media.photobook(), media.files(), media.exhibition());
        if (dir == null) {
            renderer.keepSearchIndexes(); // serve updates them after edits
        }
        renderer.validate(errors);
        Path templatesDir = config.templatesDir();
        if (errors.sorted().stream().anyMatch(e -> e.path().startsWith(templatesDir))) {
            // broken templates would only repeat their error on every page
            return new BuildResult(errors.sorted(), warnings, 0, 0, site);
        }
        long t1 = System.nanoTime();
        SiteRenderer.Result r = renderer.render(out, errors, pool);
        warnings.addAll(r.warnings());
        Timing.log("render", t1);
        Timing.threads();
        for (String key : ui.missingEverywhere()) {
            errors.add(config.i18nDir().resolve(config.defaultLanguage() + ".yaml"), 0,
                    "a template uses the UI string `" + key + "`, which no language defines",
                    "add `" + key + ": \"…\"` to templates/i18n/*.yaml");
        }
        if (!errors.isEmpty()) {
            return new BuildResult(errors.sorted(), warnings, 0, 0, site);
        }
        markdownCache.save();
        if (pageCache == PageCache.NONE) {
            // one build: what it rendered is on disk now, and the CDN stage needs the memory
            markdownCache.forget();
        }
        if (dir != null) {
            if (config.cdn()) {
                long t3 = System.nanoTime();
                CdnOutput.Result cdn = CdnOutput.prepare(staging, cdnSettings(config, options), pool);
                warnings.addAll(cdn.warnings());
                Timing.log("cdn", t3);
            }
            long t2 = System.nanoTime();
            dir.commit();
            Timing.log("commit", t2);
        }
        images.saveCache();
        last = dir == null ? new Last(site, ui, templates, List.copyOf(warnings), media, renderer.searchState()) : null;
        return new BuildResult(List.of(), warnings, r.pages(), r.files(), site);
    }

    /**
     * Runs every raster image of assets/ and content/ through the image pipeline (cached in
     * {@code .cache/images/}) and builds the photo book on top of the result.
     */
    private Media media(Site site, BuildOptions options, Exhibition exhibition, ContentErrors errors) {
        if (images == null) {
            Encoders encoders = Encoders.detect(site.config().images().avif());
            images = new ImagePipeline(site.config().images(), encoders, options.siteDir().resolve(".cache/images"));
            log.accept("images: encoders " + encoders.describe());
        }
        List<ImagePipeline.Source> sources = new ArrayList<>();
        Set<String> files = new java.util.HashSet<>();
        for (StaticFile f : site.staticFiles()) {
            files.add(f.target());
            if (ImagePipeline.isRaster(f.target())) {
                sources.add(new ImagePipeline.Source(f.source(), Permalinks.root(f.target())));
            }
        }
        ImageSet set = images.process(sources, errors, pool, progress);
        ImagePipeline.Stats st = images.stats();
        if (st.images() > 0) {
            log.accept("images: " + st.images() + " (" + st.encoded() + " encoded, " + st.reused() + " from .cache/images)");
        }
        ExhibitionPackager.Package pkg = null;
        if (exhibition != null) {
            long t0 = System.nanoTime();
            pkg = ExhibitionPackager.build(exhibition, set, options.siteDir().resolve(".cache/vr360"), errors);
            Timing.log("exhibition", t0);
        }
        return new Media(set, PhotoBook.build(site, set, errors), Set.copyOf(files), pkg);
    }

    /**
     * Builds the photo book's print edition in every language (one PDF each, cached in
     * {@code .cache/print/}) into {@code out} and returns the media with the editions, so the
     * photo book's index links them.
     */
    private Media withPrintEditions(Media media, Site site, UiStrings ui, BuildOptions options, Output out,
                                    List<String> warnings) {
        Map<String, Path> byUrl = new HashMap<>();
        for (StaticFile f : site.staticFiles()) {
            byUrl.put(Permalinks.root(f.target()), f.source());
        }
        Map<String, PageEntry> index = new HashMap<>();
        for (String lang : site.config().languageCodes()) {
            PageEntry e = site.language(lang).byKey().get(PhotoBook.FOLDER + "/_index");
            if (e != null) {
                index.put(lang, e);
            }
        }
        PrintEditions.Result r = PrintEditions.build(new PrintEditions.Inputs(site.config(), media.photobook(), index,
                byUrl::get, images::sourceHash, ui, options.printMarks(), options.siteDir().resolve(".cache/print")), out);
        warnings.addAll(r.warnings());
        log.accept("print: " + r.editions().size() + " PDF editions (" + r.built() + " made, " + r.reused()
                + " from .cache/print)");
        return new Media(media.images(), media.photobook().withEditions(r.editions()), media.files(), media.exhibition());
    }

    /** Every file of the site by its output path, for the exhibition's references to them. */
    private static Map<String, Path> siteFiles(Site site) {
        Map<String, Path> files = new HashMap<>();
        for (StaticFile f : site.staticFiles()) {
            files.put(f.target(), f.source());
        }
        return files;
    }

    /** The site with the exhibition's media (under vr360/) among its files, so pictures go through the image pipeline. */
    private static Site withMedia(Site site, Map<String, Path> media) {
        if (media.isEmpty()) {
            return site;
        }
        List<StaticFile> all = new ArrayList<>(site.staticFiles());
        new java.util.TreeMap<>(media).forEach((target, source) -> all.add(new StaticFile(source, target)));
        return new Site(site.config(), site.languages(), site.groups(), all);
    }

    /** The site without its raster images among the files copied as they are: their variants are published instead. */
    private static Site withoutRasters(Site site) {
        List<StaticFile> rest = site.staticFiles().stream().filter(f -> !ImagePipeline.isRaster(f.target())).toList();
        return new Site(site.config(), site.languages(), site.groups(), rest);
    }

    /**
     * The CDN stage's settings: the site's base URL, the cache beside the other build caches, and
     * the exhibition's embed page in every language as the only pages other sites may frame.
     */
    private static CdnSettings cdnSettings(SiteConfig config, BuildOptions options) {
        Set<String> frameable = new TreeSet<>();
        for (String lang : config.languageCodes()) {
            frameable.add(Permalinks.exhibitionEmbed(lang));
        }
        return new CdnSettings(config.baseUrl(), options.siteDir().resolve(".cache").resolve("publish"), frameable);
    }

    /**
     * What loading the exhibition of {@code site} notes, as a build would: its texts not yet
     * translated, shown in the default language until they are (empty without an exhibition).
     * Problems in {@code vr360/exhibition.yaml} go to {@code errors}. For {@code translations}.
     */
    public static List<String> exhibitionNotes(Site site, ContentErrors errors) {
        List<String> notes = new ArrayList<>();
        SiteConfig config = site.config();
        ExhibitionLoader.load(config.siteDir(), config.languageCodes(), config.defaultLanguage(), siteFiles(site),
                errors, notes);
        return notes;
    }

    /** The content model alone (no rendering), for reports such as {@code translations}. */
    public BuildResult model(BuildOptions options) {
        ContentErrors errors = new ContentErrors();
        SiteConfig config = ConfigLoader.load(options.siteDir(), errors);
        if (!errors.isEmpty()) {
            return new BuildResult(errors.sorted(), List.of(), 0, 0, null);
        }
        Site site = new SiteBuilder(config, options.drafts(), options.today(), pageCache).build(errors);
        return new BuildResult(errors.sorted(), List.of(), 0, 0, site);
    }

}
