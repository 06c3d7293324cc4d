package vn.haiphong.showcase.photobook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.haiphong.showcase.content.LanguageSite;
import vn.haiphong.showcase.content.Page;
import vn.haiphong.showcase.content.PageEntry;
import vn.haiphong.showcase.content.Permalinks;
import vn.haiphong.showcase.content.Site;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.images.ImageSet;
import vn.haiphong.showcase.images.ResponsiveImage;

/**
 * The photo book: the pages in {@code content/<lang>/photobook/} (other than {@code _index.md})
 * are its chapters, in file-name order. A chapter's front matter lists its photos:
 *
 * <pre>
 * photos:
 *   - src: /photos/harbour.jpg
 *     alt: "What the photo shows"
 *     caption: "What the reader should know about it"
 *     credit: "Who made it"          # optional; else the chapter's `credit`, else the file's metadata
 * </pre>
 *
 * The default language's chapter decides which photos there are and their order; each
 * translation gives alt text and captions for the same {@code src}s, and a photo it has not
 * captioned yet shows the default language's text (marked with that language).
 */
public final class PhotoBook {
    /** The folder under {@code content/<lang>/} that holds the chapters. */
    public static final String FOLDER = Permalinks.PHOTOBOOK;

    /** A site without a photo book. */
    public static final PhotoBook EMPTY = new PhotoBook(Map.of(), Map.of(), Map.of());

    private final Map<String, List<Chapter>> byLang;
    private final Map<PageEntry, Chapter> byEntry;
    private final Map<String, PrintEdition> editions;

    private PhotoBook(Map<String, List<Chapter>> byLang, Map<PageEntry, Chapter> byEntry,
                      Map<String, PrintEdition> editions) {
        this.byLang = byLang;
        this.byEntry = byEntry;
        this.editions = editions;
    }

    /** This book with its print editions by language (built by {@code photobook.print.PrintEditions}). */
    public PhotoBook withEditions(Map<String, PrintEdition> editions) {
        return new PhotoBook(byLang, byEntry, Map.copyOf(editions));
    }

    /** The print edition in {@code lang}, or null when there is none. */
    public PrintEdition edition(String lang) {
        return editions.get(lang);
    }

    /** Every print edition by language. */
    public Map<String, PrintEdition> editions() {
        return editions;
    }

    /** Builds the chapters of every language; problems in the photo lists go to {@code errors}. */
    public static PhotoBook build(Site site, ImageSet images, ContentErrors errors) {
        String dflt = site.config().defaultLanguage();
        Map<String, List<Chapter>> byLang = new LinkedHashMap<>();
        Map<PageEntry, Chapter> byEntry = new HashMap<>();
        Path assets = site.config().assetsDir();
        for (LanguageSite ls : site.languages().values()) {
            List<PageEntry> entries = ls.entries().stream().filter(PhotoBook::isChapterPage)
                    .sorted(Comparator.comparing(e -> e.page().key())).toList();
            List<Chapter> chapters = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                PageEntry e = entries.get(i);
                Page source = site.group(e.page()).pages().get(dflt);
                List<Photo> photos = photos(e, source, images, assets, errors, !e.fallback());
                chapters.add(new Chapter(e, i + 1, List.copyOf(photos), i > 0 ? entries.get(i - 1) : null,
                        i + 1 < entries.size() ? entries.get(i + 1) : null));
            }
            byLang.put(ls.lang(), List.copyOf(chapters));
            chapters.forEach(c -> byEntry.put(c.entry(), c));
        }
        return new PhotoBook(Map.copyOf(byLang), Map.copyOf(byEntry), Map.of());
    }

    private static boolean isChapterPage(PageEntry e) {
        return e.page().kind() == Page.Kind.PAGE && e.page().folder().equals(FOLDER);
    }

    /** Whether {@code e} is the photo book's index page ({@code photobook/_index.md}). */
    public static boolean isIndex(PageEntry e) {
        return e.page().key().equals(FOLDER + "/_index");
    }

    /** The chapter {@code e} is, or null when it is not a chapter. */
    public Chapter chapter(PageEntry e) {
        return byEntry.get(e);
    }

    /** The chapters shown in {@code lang}, in order. */
    public List<Chapter> chapters(String lang) {
        return byLang.getOrDefault(lang, List.of());
    }

    public boolean isEmpty() {
        return byEntry.isEmpty();
    }

    private static List<Photo> photos(PageEntry e, Page source, ImageSet images, Path assets, ContentErrors errors,
                                      boolean report) {
        Page own = e.page();
        List<Map<?, ?>> mine = list(own, errors, report);
        List<Map<?, ?>> order = source != null && source != own ? list(source, errors, false) : mine;
        Map<String, Map<?, ?>> mineBySrc = new LinkedHashMap<>();
        for (Map<?, ?> m : mine) {
            if (m.get("src") instanceof String src) {
                mineBySrc.put(src, m);
            }
        }
        if (report && order != mine) {
            java.util.Set<String> known = new java.util.HashSet<>();
            order.forEach(m -> known.add(String.valueOf(m.get("src"))));
            for (String src : mineBySrc.keySet()) {
                if (!known.contains(src)) {
                    errors.add(own.file(), lineOf(own, src), "photo `" + src + "` is not in the "
                                    + source.lang() + " chapter (content/" + source.lang() + "/" + source.path() + ")",
                            "the default language's chapter decides which photos a chapter has: add it there too, or remove it here");
                }
            }
        }
        String chapterCredit = own.params().get("credit") instanceof String c ? c : "";
        List<Photo> out = new ArrayList<>();
        for (Map<?, ?> base : order) {
            if (!(base.get("src") instanceof String src)) {
                continue; // reported with the list
            }
            Map<?, ?> m = mineBySrc.getOrDefault(src, base);
            Page textPage = m == base && order != mine ? source : own;
            ResponsiveImage img = images.get(src);
            if (img == null) {
                if (report && !Files.isRegularFile(assets.resolve(src.replaceFirst("^/", "")))) {
                    errors.add(own.file(), lineOf(own, src), "photo not found: `" + src + "` (looked for assets" + src + ")",
                            "photos live under assets/ and are written from the site root, e.g. `src: /photos/harbour.jpg`");
                }
                continue; // otherwise the image pipeline reported why it could not be read
            }
            String alt = str(m.get("alt"));
            if (alt.isEmpty() && report && textPage == own) {
                errors.add(own.file(), lineOf(own, src), "photo `" + src + "` has no alt text",
                        "add `alt: \"what the photo shows\"` under its `src:`");
            }
            String caption = str(m.get("caption"));
            if (caption.isEmpty()) {
                caption = img.metadata().caption();
            }
            String credit = str(m.get("credit"));
            if (credit.isEmpty()) {
                credit = !chapterCredit.isEmpty() ? chapterCredit
                        : !img.metadata().credit().isEmpty() ? img.metadata().credit() : img.metadata().copyright();
            }
            out.add(new Photo(out.size() + 1, src, alt, caption, textPage.lang(), credit, img));
        }
        return out;
    }

    private static List<Map<?, ?>> list(Page p, ContentErrors errors, boolean report) {
        Object raw = p.params().get("photos");
        List<Map<?, ?>> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        if (!(raw instanceof List<?> l)) {
            if (report) {
                errors.add(p.file(), p.lineOf("photos"), "`photos` must be a list",
                        "write each photo as `- src: /photos/x.jpg` with `alt:` and `caption:` below it");
            }
            return out;
        }
        for (int i = 0; i < l.size(); i++) {
            Object o = l.get(i);
            if (o instanceof Map<?, ?> m && m.get("src") instanceof String) {
                out.add(m);
            } else if (report) {
                errors.add(p.file(), line(p, "photos[" + i + "]"), "a photo without `src`: `" + o + "`",
                        "each photo is `- src: /photos/x.jpg` followed by `alt:` and `caption:`");
            }
        }
        return out;
    }

    private static String str(Object o) {
        return o == null ? "" : String.valueOf(o).strip();
    }

    /** The line of photo {@code src} in {@code page}'s {@code photos:} (its {@code src:} line), else of {@code photos:}. */
    private static int lineOf(Page page, String src) {
        if (page.params().get("photos") instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) instanceof Map<?, ?> m && src.equals(m.get("src"))) {
                    return line(page, "photos[" + i + "].src");
                }
            }
        }
        return page.lineOf("photos");
    }

    /** The line of the front-matter value at {@code path}, else of {@code photos:}. */
    private static int line(Page page, String path) {
        int line = page.lineOf(path);
        return line > 0 ? line : page.lineOf("photos");
    }
}
