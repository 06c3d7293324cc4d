package vn.haiphong.showcase.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.haiphong.showcase.config.Language;
import vn.haiphong.showcase.config.SiteConfig;
import vn.haiphong.showcase.content.LanguageSite;
import vn.haiphong.showcase.content.Page;
import vn.haiphong.showcase.content.PageEntry;
import vn.haiphong.showcase.content.Permalinks;
import vn.haiphong.showcase.content.TranslationGroup;
import vn.haiphong.showcase.i18n.Dates;
import vn.haiphong.showcase.images.ResponsiveImage;
import vn.haiphong.showcase.photobook.Chapter;
import vn.haiphong.showcase.photobook.Photo;
import vn.haiphong.showcase.photobook.PhotoBook;
import vn.haiphong.showcase.render.model.Card;
import vn.haiphong.showcase.render.model.ChapterCard;
import vn.haiphong.showcase.render.model.ChapterView;
import vn.haiphong.showcase.render.model.Hero;
import vn.haiphong.showcase.render.model.PageView;
import vn.haiphong.showcase.render.model.PictureView;

/**
 * The parts of the template model that the site, pages and feeds share: a page as a card,
 * pictures, photo-book chapters, the language switcher, hreflang alternates and breadcrumbs.
 */
final class PageModels {
    private final RenderContext ctx;
    private final SiteConfig config;

    PageModels(RenderContext ctx) {
        this.ctx = ctx;
        this.config = ctx.config();
    }

    /** A page as a list item, in the language of the list it is in. */
    Card card(PageEntry e) {
        Page p = e.page();
        return new Card(p.title(), p.shortTitle(), p.description(), e.url(), p.key(), date(p),
                dateText(p, config.language(e.lang())), e.fallback(), config.language(p.lang()).htmlLang(), config.language(p.lang()).name(),
                p.image() == null ? "" : p.image(), picture(p.image()), p.params(), hero(p));
    }

    /**
     * A page's front-matter {@code image} as a hero (with {@code imageAlt} and the class of
     * {@code imageFocus}), or null when it has none or it is not a processed picture.
     */
    Hero hero(Page p) {
        PictureView pic = picture(p.image());
        if (pic == null) {
            return null;
        }
        String alt = p.params().get("imageAlt") instanceof String a ? a.strip() : "";
        String focus = focusClass(p.params().get("imageFocus"));
        return new Hero(pic, alt, focus == null ? "" : focus);
    }

    private static final Pattern FOCUS = Pattern.compile("\\s*(\\d{1,3})%\\s+(\\d{1,3})%\\s*");

    /**
     * The CSS class of a focal point {@code "X% Y%"} (as in {@code object-position}): each
     * coordinate rounded to the nearest quarter, {@code focus-25-0}; {@code ""} for the centre or no
     * value; null when the value is not two percentages from 0 to 100. site.css has the 24 classes:
     * a class, not an inline style, because the Content-Security-Policy forbids inline styles.
     */
    static String focusClass(Object value) {
        if (value == null) {
            return "";
        }
        Matcher m = FOCUS.matcher(String.valueOf(value));
        if (!m.matches()) {
            return null;
        }
        int x = Integer.parseInt(m.group(1));
        int y = Integer.parseInt(m.group(2));
        if (x > 100 || y > 100) {
            return null;
        }
        int qx = Math.round(x / 25f) * 25;
        int qy = Math.round(y / 25f) * 25;
        return qx == 50 && qy == 50 ? "" : "focus-" + qx + "-" + qy;
    }

    /**
     * {@code facts:} of the front matter: items {@code {value, label}} or plain strings; items
     * that are neither are left out (the renderer's validation reports them).
     */
    static List<PageView.Fact> facts(Page p) {
        List<PageView.Fact> out = new ArrayList<>();
        if (p.params().get("facts") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("label") != null) {
                    out.add(new PageView.Fact(m.get("value") == null ? "" : String.valueOf(m.get("value")),
                            String.valueOf(m.get("label"))));
                } else if (o instanceof String || o instanceof Number) {
                    out.add(new PageView.Fact("", String.valueOf(o)));
                }
            }
        }
        return out;
    }

    /** How many related pages an article shows. */
    static final int RELATED = 3;

    /**
     * Pages related to an article in the language it is shown in: ordinary pages that share its
     * tags (two points a tag) or its section (one point), best first, then newest, then by title;
     * at most {@link #RELATED}. Empty for home and section pages.
     */
    List<Card> related(PageEntry e) {
        Page p = e.page();
        if (p.kind() != Page.Kind.PAGE) {
            return List.of();
        }
        RelatedIndex index = related.computeIfAbsent(e.lang(), this::relatedIndex);
        int n = index.entries.length;
        int[] score = new int[n];
        int[] touched = new int[n];
        int count = 0;
        for (String t : new HashSet<>(p.tags())) {
            for (int i : index.byTag.getOrDefault(t, NONE)) {
                if (score[i] == 0) {
                    touched[count++] = i;
                }
                score[i] += 2;
            }
        }
        for (int i : index.byFolder.getOrDefault(p.folder(), NONE)) {
            if (score[i] == 0) {
                touched[count++] = i;
            }
            score[i] += 1;
        }
        // the best RELATED by score, then by the precomputed order (newest, then title, then listing order)
        int own = index.groups.getOrDefault(p.groupKey(), -1);
        int[] best = new int[RELATED];
        int found = 0;
        for (int c = 0; c < count; c++) {
            int i = touched[c];
            if (index.group[i] == own) {
                continue;
            }
            int pos = found < RELATED ? found++ : RELATED;
            while (pos > 0 && better(i, best[pos - 1], score, index.rank)) {
                if (pos < RELATED) {
                    best[pos] = best[pos - 1];
                }
                pos--;
            }
            if (pos < RELATED) {
                best[pos] = i;
            }
        }
        List<Card> out = new ArrayList<>(found);
        for (int k = 0; k < found; k++) {
            out.add(card(index.entries[best[k]]));
        }
        return List.copyOf(out);
    }

    private static final int[] NONE = new int[0];

    private static boolean better(int a, int b, int[] score, int[] rank) {
        return score[a] != score[b] ? score[a] > score[b] : rank[a] < rank[b];
    }

    /**
     * A language's candidate pages for {@link #related}, indexed by tag and by folder, with each
     * one's rank in the tie-break order (newest first, then by title, then listing order): what
     * makes related pages cost a few lookups per page instead of a sort of the whole language
     * (at 2,000 pages a language that sort was a quarter of the build's CPU).
     */
    private record RelatedIndex(PageEntry[] entries, int[] rank, int[] group, Map<String, Integer> groups,
                                Map<String, int[]> byTag, Map<String, int[]> byFolder) {
    }

    private final Map<String, RelatedIndex> related = new java.util.concurrent.ConcurrentHashMap<>();

    private RelatedIndex relatedIndex(String lang) {
        List<PageEntry> list = new ArrayList<>();
        for (PageEntry o : ctx.site().language(lang).entries()) {
            if (o.page().kind() == Page.Kind.PAGE && ctx.photobook().chapter(o) == null) {
                list.add(o);
            }
        }
        PageEntry[] entries = list.toArray(PageEntry[]::new);
        Integer[] order = new Integer[entries.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparing((Integer i) -> entries[i].page().date(),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(i -> entries[i].page().title()));
        int[] rank = new int[entries.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        Map<String, List<Integer>> tags = new java.util.HashMap<>();
        Map<String, List<Integer>> folders = new java.util.HashMap<>();
        for (int i = 0; i < entries.length; i++) {
            for (String t : entries[i].page().tags()) {
                tags.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
            folders.computeIfAbsent(entries[i].page().folder(), k -> new ArrayList<>()).add(i);
        }
        Map<String, Integer> groups = new java.util.HashMap<>();
        int[] group = new int[entries.length];
        for (int i = 0; i < entries.length; i++) {
            group[i] = groups.computeIfAbsent(entries[i].page().groupKey(), k -> groups.size());
        }
        return new RelatedIndex(entries, rank, group, groups, ints(tags), ints(folders));
    }

    private static Map<String, int[]> ints(Map<String, List<Integer>> lists) {
        Map<String, int[]> out = new java.util.HashMap<>();
        lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** Front matter {@code date} as {@code YYYY-MM-DD}, or "". */
    static String date(Page p) {
        return p.date() == null ? "" : p.date().toString();
    }

    /** The date written out in {@code shown}'s words, or "". */
    static String dateText(Page p, Language shown) {
        return p.date() == null ? "" : Dates.longDate(p.date(), shown.locale());
    }

    /** The template model of a processed image, or null for anything else (no image, an SVG, a URL). */
    PictureView picture(String url) {
        ResponsiveImage r = url == null ? null : ctx.images().get(url);
        return r == null ? null : Pictures.model(r, null);
    }

    /** A chapter page's {@code page.chapter}. */
    ChapterView chapter(Chapter c) {
        // a credit all photos share (the default site's "computer-generated illustration") is said once per chapter
        String shared = c.photos().stream().map(Photo::credit).distinct().count() == 1 ? c.photos().get(0).credit() : "";
        List<ChapterView.Photo> photos = new ArrayList<>();
        for (Photo p : c.photos()) {
            PictureView pic = Pictures.model(p.image(), p.alt());
            photos.add(new ChapterView.Photo(pic.sources(), pic.src(), pic.srcset(), pic.width(), pic.height(),
                    pic.placeholder(), pic.large(), p.caption(), shared.isEmpty() ? p.credit() : "", pic.copyright(), p.alt(), p.id(),
                    p.number(), config.language(p.captionLang()).htmlLang(),
                    !p.captionLang().equals(c.entry().page().lang())));
        }
        ScriptBundle lightbox = ScriptBundle.lightbox();
        String lang = c.entry().lang();
        return new ChapterView(c.number(), photos,
                c.previous() == null ? null : card(c.previous()),
                c.next() == null ? null : card(c.next()),
                ctx.site().language(lang).byKey().containsKey(PhotoBook.FOLDER + "/_index") ? Permalinks.photobook(lang) : null,
                lightbox.jsUrl(), lightbox.cssUrl(), shared);
    }

    /** A chapter on the photo book's index. */
    ChapterCard chapterCard(Chapter c) {
        Photo cover = c.cover();
        return ChapterCard.of(card(c.entry()), c.number(), c.photos().size(),
                cover == null ? null : Pictures.model(cover.image(), cover.alt()));
    }

    /**
     * The language switcher of a page: for each language, where the visitor lands — the real
     * translation, the fallback copy, or that language's home page when there is neither.
     */
    List<PageView.Translation> translations(PageEntry e) {
        TranslationGroup g = ctx.site().group(e.page());
        List<PageView.Translation> out = new ArrayList<>();
        for (Language l : config.languages()) {
            Page t = g == null ? null : g.pages().get(l.code());
            String url;
            if (t != null) {
                url = Permalinks.page(l.code(), t);
            } else {
                PageEntry fb = ctx.site().language(l.code()).byKey().get(e.page().key());
                url = fb != null ? fb.url() : Permalinks.home(l.code());
            }
            out.add(new PageView.Translation(l.code(), l.name(), l.htmlLang(), url, l.code().equals(e.lang()), t != null));
        }
        return out;
    }

    /**
     * hreflang alternates: the real translations plus {@code x-default}; a fallback copy has none
     * (it is not a translation and must not be offered as one).
     */
    List<PageView.Alternate> alternates(PageEntry e) {
        List<PageView.Alternate> out = new ArrayList<>();
        if (e.fallback()) {
            return out;
        }
        Permalinks links = ctx.links();
        TranslationGroup g = ctx.site().group(e.page());
        for (Language l : config.languages()) {
            Page t = g.pages().get(l.code());
            if (t != null) {
                out.add(new PageView.Alternate(l.htmlLang(), links.absolute(Permalinks.page(l.code(), t))));
            }
        }
        out.add(new PageView.Alternate("x-default", links.absolute(xDefault(e))));
        return out;
    }

    /** The language chooser for home pages; for other pages the default language's version (or the chooser). */
    String xDefault(PageEntry e) {
        if (e.page().kind() == Page.Kind.HOME) {
            return Permalinks.chooser();
        }
        Page source = ctx.site().group(e.page()).pages().get(config.defaultLanguage());
        return source == null ? Permalinks.chooser() : Permalinks.page(config.defaultLanguage(), source);
    }

    /** Breadcrumbs from the home page down to the page's parent sections. */
    List<PageView.Breadcrumb> breadcrumbs(PageEntry e) {
        LanguageSite ls = ctx.site().language(e.lang());
        List<PageView.Breadcrumb> out = new ArrayList<>();
        if (e.page().kind() == Page.Kind.HOME) {
            return out;
        }
        PageEntry home = ls.byKey().get("_index");
        out.add(new PageView.Breadcrumb(ctx.ui().get(e.lang(), "home"), home != null ? home.url() : Permalinks.home(e.lang())));
        String folder = e.page().folder();
        List<PageView.Breadcrumb> chain = new ArrayList<>();
        while (!folder.isEmpty()) {
            PageEntry s = ls.byKey().get(folder + "/_index");
            if (s != null) {
                chain.add(0, new PageView.Breadcrumb(s.page().shortTitle(), s.url()));
            }
            int slash = folder.lastIndexOf('/');
            folder = slash < 0 ? "" : folder.substring(0, slash);
        }
        out.addAll(chain);
        return out;
    }
}
