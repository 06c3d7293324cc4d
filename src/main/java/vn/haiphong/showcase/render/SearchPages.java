package vn.haiphong.showcase.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.haiphong.showcase.content.PageEntry;
import vn.haiphong.showcase.content.Permalinks;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.markdown.MarkdownRenderer;
import vn.haiphong.showcase.output.Output;
import vn.haiphong.showcase.photobook.Chapter;
import vn.haiphong.showcase.photobook.Photo;
import vn.haiphong.showcase.render.model.PageView;
import vn.haiphong.showcase.render.model.SearchView;
import vn.haiphong.showcase.render.model.TemplateContext;
import vn.haiphong.showcase.search.Analyzer;
import vn.haiphong.showcase.search.PlainText;
import vn.haiphong.showcase.search.SearchDocument;
import vn.haiphong.showcase.search.SearchIndex;
import vn.haiphong.showcase.search.T2S;
import vn.haiphong.showcase.vr360.Exhibition;
import vn.haiphong.showcase.vr360.ExhibitionPackager;

/**
 * Search (issue 14): collects what every language's pages say while they render, adds the photo
 * book's photos and the exhibition's exhibits, has {@link SearchIndex} build each language's
 * index, and writes it with the search page {@code /<lang>/search/} ({@code search.ftl}), which
 * can only render once the index's content-named folder is known. Sites without
 * {@code templates/search.ftl} get neither.
 */
final class SearchPages {
    static final String TEMPLATE = "search.ftl";

    private final RenderContext ctx;
    private final PageViews views;
    private final ExhibitionPackager.Package exhibition;
    /** Per language, the pages read so far by URL (seeded from the previous build for {@code serve}'s partial rebuilds). */
    private final Map<String, Map<String, SearchDocument>> docs = new ConcurrentHashMap<>();
    /** Per language, its analyser (shared by the rendering threads: it remembers the words it has seen). */
    private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

    /** Per language, the previous build's pages by URL (unchanged, copied into {@link #docs} when a page of the language renders). */
    private volatile Map<String, Map<String, SearchDocument>> seeded = Map.of();
    /** Per language, the index folder written last. */
    private final Map<String, String> folders = new ConcurrentHashMap<>();
    /** Whether {@link #state()} keeps each language's index for an update after an edit ({@code serve}). */
    private volatile boolean keepIndexes;
    /** Per language, the index written last (only when {@link #keepIndexes}; seeded from the previous build). */
    private final Map<String, SearchIndex.Live> indexes = new ConcurrentHashMap<>();
    /** Time spent reading rendered pages for the index (summed over threads), for {@code SHOWCASE_TIMING}. */
    private final java.util.concurrent.atomic.AtomicLong reading = new java.util.concurrent.atomic.AtomicLong();
    private static final boolean TIMING = System.getenv("SHOWCASE_TIMING") != null;

    SearchPages(RenderContext ctx, PageViews views, ExhibitionPackager.Package exhibition) {
        this.ctx = ctx;
        this.views = views;
        this.exhibition = exhibition;
    }

    private Analyzer analyzer(String lang) {
        return analyzers.computeIfAbsent(lang, l -> new Analyzer(l, T2S.table()));
    }

    boolean enabled() {
        return ctx.templates().exists(TEMPLATE);
    }

    /** Notes a rendered page (its first page when it is a list; never a copy in another language's text). */
    void page(PageEntry e, PageView page, MarkdownRenderer.Rendered md) {
        if (e.fallback() || page.pager().number() > 1) {
            return;
        }
        long t0 = System.nanoTime();
        String section = "";
        for (PageView.Breadcrumb b : page.breadcrumbs().subList(Math.min(1, page.breadcrumbs().size()),
                page.breadcrumbs().size())) {
            if (!b.url().equals(e.url())) {
                section = b.title();
            }
        }
        // prepared here, on the rendering thread: the index phase after the last page only merges
        SearchDocument doc = new SearchDocument(e.url(), e.page().title(), section, SearchDocument.Kind.PAGE,
                nz(e.page().description()), PlainText.of(md.html())).prepared(analyzer(e.lang()));
        docs.computeIfAbsent(e.lang(), k -> new ConcurrentHashMap<>(seeded.getOrDefault(k, Map.of()))).put(e.url(), doc);
        reading.addAndGet(System.nanoTime() - t0);
    }

    /** Keeps the indexes built here in {@link #state()}, so a later partial rebuild updates them instead of building them again. */
    void keepIndexes() {
        keepIndexes = true;
    }

    /**
     * Builds every language's index and writes it with the search page. After {@link #seed} with
     * the previous build's indexes, a language's index is updated from the documents that changed,
     * and a language none of whose documents changed is left as it is in {@code out}.
     */
    void write(Output out, ContentErrors errors, Map<String, TemplateContext> shared) {
        long t0 = System.nanoTime();
        ScriptBundle script = ScriptBundle.search();
        out.write(Permalinks.file(script.jsUrl()), script.js());
        shared.keySet().parallelStream().forEach(lang -> {
            List<SearchDocument> all = new ArrayList<>(docs.getOrDefault(lang, seeded.getOrDefault(lang, Map.of())).values());
            all.addAll(photos(lang));
            all.addAll(exhibits(lang));
            SearchIndex.Live before = indexes.get(lang);
            SearchIndex.Live live = before == null ? SearchIndex.Live.of(analyzer(lang), all) : before.update(all);
            if (keepIndexes) {
                indexes.put(lang, live);
            }
            SearchIndex.Built index = live.built();
            folders.put(lang, index.folder());
            if (live == before) {
                return; // the same documents: the index and the search page are in `out` already
            }
            index.files().forEach((name, bytes) -> out.write(Permalinks.file(index.folder() + name), bytes));
            String title = ctx.ui().get(lang, "search_title");
            String url = Permalinks.search(lang);
            PageView page = views.generated(new PageViews.Generated(lang, "search", title,
                    ctx.ui().get(lang, "search_description"), url, null, Permalinks::search,
                    JsonLd.forList(ctx, lang, title, ctx.ui().get(lang, "search_description"), url), null, null, List.of()),
                    PageViews.Listing.NONE);
            Map<String, Object> vars = shared.get(lang).with(page, null).variables();
            vars.put("search", new SearchView(index.folder(), script.jsUrl()));
            String html = ctx.templates().render(TEMPLATE, vars, "the search page (" + lang + ")", errors);
            if (html != null) {
                out.write(Permalinks.file(url), html);
            }
        });
        if (TIMING) {
            System.err.printf("timing: search   %6d ms (+ %d ms cpu reading pages while they rendered)%n",
                    (System.nanoTime() - t0) / 1_000_000, reading.get() / 1_000_000);
        }
    }

    /** What was read and written: for a later partial rebuild of the same site ({@code serve}). */
    SiteRenderer.SearchState state() {
        Map<String, Map<String, SearchDocument>> copy = new java.util.TreeMap<>(seeded);
        docs.forEach((lang, byUrl) -> copy.put(lang, Map.copyOf(byUrl)));
        return new SiteRenderer.SearchState(Map.copyOf(copy), Map.copyOf(folders), Map.copyOf(indexes));
    }

    /** Starts from the pages a previous build read (the pages rendered now replace theirs). */
    void seed(SiteRenderer.SearchState previous) {
        seeded = previous.documents();
        indexes.putAll(previous.indexes());
    }

    /** Every photo of the language's own chapters whose caption is written in that language. */
    private List<SearchDocument> photos(String lang) {
        List<SearchDocument> out = new ArrayList<>();
        for (Chapter ch : ctx.photobook().chapters(lang)) {
            if (ch.entry().fallback()) {
                continue;
            }
            for (Photo p : ch.photos()) {
                if (!lang.equals(p.captionLang())) {
                    continue;
                }
                String title = p.caption().isBlank() ? p.alt() : p.caption();
                out.add(new SearchDocument(Permalinks.photo(ch.entry().url(), p.number()), title,
                        ch.entry().page().title(), SearchDocument.Kind.PHOTO, "",
                        (p.caption().isBlank() ? "" : p.alt() + " ") + p.credit()));
            }
        }
        return out;
    }

    /** Every exhibit whose title is written in the language, when the exhibition has a page there. */
    private List<SearchDocument> exhibits(String lang) {
        List<SearchDocument> out = new ArrayList<>();
        PageEntry page = ctx.site().language(lang).byKey().get(ExhibitionPages.PAGE_KEY);
        if (exhibition == null || page == null) {
            return out;
        }
        for (Exhibition.Room room : exhibition.exhibition().rooms()) {
            for (Exhibition.Exhibit ex : room.exhibits()) {
                if (!ex.title().has(lang)) {
                    continue;
                }
                out.add(new SearchDocument(page.url() + Permalinks.exhibitLink(room.id(), ex.id()), ex.title().in(lang),
                        room.name().in(lang), SearchDocument.Kind.EXHIBIT, "",
                        ex.caption().has(lang) ? ex.caption().in(lang) : ""));
            }
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
