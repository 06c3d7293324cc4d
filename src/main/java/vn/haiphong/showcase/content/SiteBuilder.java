package vn.haiphong.showcase.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import vn.haiphong.showcase.config.Language;
import vn.haiphong.showcase.config.SiteConfig;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.text.Slugs;

/** Walks {@code content/} and {@code assets/} and builds the {@link Site} model. */
public final class SiteBuilder {

    /** List order: dated pages newest first, then by weight (0 = unweighted, last), then title. */
    public static final Comparator<PageEntry> LIST_ORDER = Comparator
            .comparing((PageEntry e) -> e.page().date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparingInt(e -> e.page().weight() == 0 ? Integer.MAX_VALUE : e.page().weight())
            .thenComparing(e -> e.page().title())
            .thenComparing(e -> e.page().key());

    private static final Set<String> PAGE_EXT = Set.of("md", "markdown");
    private static final Set<String> ASCIIDOC_EXT = Set.of("adoc", "asciidoc", "ad", "asc");
    private static final Set<String> OFFICE_EXT = Set.of("doc", "docx", "odt", "rtf", "pages", "xls", "xlsx", "ppt", "pptx");

    /** A source file found under {@code content/<lang>/}. */
    record Source(String lang, String path, Path file) {
    }

    private final SiteConfig config;
    private final boolean drafts;
    private final LocalDate today;
    private final PageCache cache;
    private final List<String> warnings = new ArrayList<>();

    /**
     * @param drafts include drafts, future and expired pages
     * @param today  the date that decides what is published
     * @param cache  parsed pages from an earlier build (for {@code serve}); may be {@link PageCache#NONE}
     */
    public SiteBuilder(SiteConfig config, boolean drafts, LocalDate today, PageCache cache) {
        this.config = config;
        this.drafts = drafts;
        this.today = today;
        this.cache = cache;
    }

    /** What the last {@link #build} skipped and why (symbolic links), as {@code path: why — what to do} lines. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * A symbolic link under content/ or assets/ is skipped, never read: following it could
     * publish any file of the machine ({@code /etc/passwd}). Saying so spares the content team a
     * search for the missing file.
     */
    private void skipLink(Path link) {
        String where = config.siteDir().relativize(link).toString().replace('\\', '/');
        warnings.add(where + ": a symbolic link, skipped — symbolic links are not followed, so a site never"
                + " publishes files from outside its folder; copy the file in instead");
    }

    /** Builds the model; content errors go to {@code errors}, I/O failures are thrown. */
    public Site build(ContentErrors errors) {
        warnings.clear();
        List<Source> sources = new ArrayList<>();
        List<StaticFile> statics = new ArrayList<>();
        walkContent(sources, statics, errors);
        walkAssets(statics);

        List<Page> parsed = sources.parallelStream()
                .map(s -> cache.parse(s.lang(), s.path(), s.file(), errors))
                .filter(Objects::nonNull)
                .toList();

        Map<String, List<Page>> byLang = new LinkedHashMap<>();
        for (Language l : config.languages()) {
            byLang.put(l.code(), new ArrayList<>());
        }
        for (Page p : parsed) {
            if (drafts || p.publishedOn(today)) {
                byLang.get(p.lang()).add(p);
            }
        }
        Map<String, TranslationGroup> groups = groups(byLang, errors);
        Map<String, LanguageSite> languages = new LinkedHashMap<>();
        for (Language l : config.languages()) {
            languages.put(l.code(), languageSite(l.code(), byLang, groups));
        }
        statics.sort(Comparator.comparing(StaticFile::target));
        return new Site(config, Map.copyOf(languages), groups, List.copyOf(statics));
    }

    /**
     * The model of {@code before} with the pages of {@code files} read again, when nothing but
     * their bodies changed (same front matter, see {@link Page#sameButBody}): then every list,
     * section, tag and translation group stays as it was and only those pages are replaced, so
     * an edit costs the pages edited, not a walk of the whole site ({@code serve}). Returns null
     * when a file is not one of {@code before}'s pages (new, deleted, not a page) or changed more
     * than its body; the caller builds the model anew. Content errors go to {@code errors}.
     */
    public Site withPagesReread(Site before, Set<Path> files, ContentErrors errors) {
        Map<Path, Page> was = new HashMap<>();
        for (TranslationGroup g : before.groups().values()) {
            for (Page p : g.pages().values()) {
                was.put(p.file(), p);
            }
        }
        Map<Page, Page> now = new java.util.IdentityHashMap<>();
        for (Path f : files) {
            Page old = was.get(f);
            if (old == null || !Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            Page p = cache.parse(old.lang(), old.path(), f, errors);
            if (p == null || !old.sameButBody(p)) {
                return null;
            }
            now.put(old, p);
        }
        Map<String, TranslationGroup> groups = new LinkedHashMap<>(before.groups());
        for (Page old : now.keySet()) {
            TranslationGroup g = groups.get(old.groupKey());
            Map<String, Page> pages = new TreeMap<>(g.pages());
            pages.replaceAll((lang, p) -> now.getOrDefault(p, p));
            groups.put(g.key(), new TranslationGroup(g.key(), Map.copyOf(pages)));
        }
        Map<String, LanguageSite> languages = new LinkedHashMap<>();
        for (Language l : config.languages()) {
            LanguageSite ls = before.language(l.code());
            languages.put(l.code(), replaced(ls, now));
        }
        return new Site(before.config(), Map.copyOf(languages), groups, before.staticFiles());
    }

    /** {@code ls} with the pages of {@code now}'s keys replaced by their values, everything else as it was. */
    private static LanguageSite replaced(LanguageSite ls, Map<Page, Page> now) {
        Map<PageEntry, PageEntry> entries = new java.util.IdentityHashMap<>();
        for (PageEntry e : ls.entries()) {
            Page p = now.get(e.page());
            if (p != null) {
                entries.put(e, new PageEntry(p, e.lang(), e.fallback()));
            }
        }
        if (entries.isEmpty()) {
            return ls;
        }
        java.util.function.Function<List<PageEntry>, List<PageEntry>> swap = list -> {
            for (PageEntry e : list) {
                if (entries.containsKey(e)) {
                    return list.stream().map(x -> entries.getOrDefault(x, x)).toList();
                }
            }
            return list;
        };
        Map<String, PageEntry> byKey = new TreeMap<>(ls.byKey());
        byKey.replaceAll((k, e) -> entries.getOrDefault(e, e));
        Map<String, List<PageEntry>> children = new TreeMap<>(ls.children());
        children.replaceAll((k, list) -> swap.apply(list));
        Map<String, Tag> tags = new TreeMap<>(ls.tags());
        tags.replaceAll((slug, t) -> {
            List<PageEntry> pages = swap.apply(t.pages());
            return pages == t.pages() ? t : new Tag(t.name(), t.slug(), pages);
        });
        return new LanguageSite(ls.lang(), swap.apply(ls.entries()), java.util.Collections.unmodifiableMap(byKey),
                java.util.Collections.unmodifiableMap(children), java.util.Collections.unmodifiableMap(tags));
    }

    private void walkContent(List<Source> sources, List<StaticFile> statics, ContentErrors errors) {
        Path content = config.contentDir();
        if (!Files.isDirectory(content)) {
            errors.add(content, 0, "there is no content/ folder", "create content/" + config.defaultLanguage() + "/_index.md");
            return;
        }
        Set<String> codes = Set.copyOf(config.languageCodes());
        try (var top = Files.list(content)) {
            for (Path entry : top.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (ignored(name)) {
                    continue;
                }
                if (Files.isSymbolicLink(entry)) {
                    skipLink(entry);
                } else if (Files.isDirectory(entry)) {
                    if (codes.contains(name)) {
                        walkLanguage(name, entry, sources, statics, errors);
                    } else {
                        errors.add(entry, 0, "content/" + name + "/ is not a language of this site",
                                "languages are " + config.languageCodes() + " (site.yaml `languages`); move the folder or add the language");
                    }
                } else {
                    statics.add(new StaticFile(entry, name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void walkLanguage(String lang, Path root, List<Source> sources, List<StaticFile> statics,
                              ContentErrors errors) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(root) || !ignored(dir.getFileName().toString())
                        ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (!ignored(name) && attrs.isSymbolicLink()) {
                    skipLink(file);
                }
                if (ignored(name) || !attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                String rel = root.relativize(file).toString().replace('\\', '/');
                String ext = extension(name);
                if (PAGE_EXT.contains(ext)) {
                    sources.add(new Source(lang, rel, file));
                } else if ((ext.equals("html") || ext.equals("htm")) && hasJBakeHeader(file)) {
                    sources.add(new Source(lang, rel, file));
                } else if (ASCIIDOC_EXT.contains(ext)) {
                    errors.add(file, 0, "AsciiDoc pages are not supported",
                            "convert the page to Markdown (.md), e.g. with `pandoc -f asciidoc -t gfm`");
                } else if (OFFICE_EXT.contains(ext)) {
                    errors.add(file, 0, "an office document is not a page",
                            "paste its text into a Markdown file (.md); to offer the document for download, put it under assets/");
                } else if (!ext.equals("yaml") && !ext.equals("yml")) {
                    statics.add(new StaticFile(file, Permalinks.file(Permalinks.contentFile(lang, rel))));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void walkAssets(List<StaticFile> statics) {
        Path assets = config.assetsDir();
        if (Files.isSymbolicLink(assets)) {
            skipLink(assets);
            return;
        }
        if (!Files.isDirectory(assets)) {
            return;
        }
        try {
            Files.walkFileTree(assets, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(assets) || !ignored(dir.getFileName().toString())
                            ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink() && !ignored(file.getFileName().toString())) {
                        skipLink(file);
                    }
                    if (attrs.isRegularFile() && !ignored(file.getFileName().toString())) {
                        statics.add(new StaticFile(file, assets.relativize(file).toString().replace('\\', '/')));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, TranslationGroup> groups(Map<String, List<Page>> byLang, ContentErrors errors) {
        Map<String, Map<String, Page>> raw = new TreeMap<>();
        for (Map.Entry<String, List<Page>> e : byLang.entrySet()) {
            Map<String, Page> seen = new HashMap<>();
            for (Page p : e.getValue()) {
                Page other = seen.putIfAbsent(p.groupKey(), p);
                if (other != null) {
                    Page later = other.path().compareTo(p.path()) < 0 ? p : other;
                    Page first = later == p ? other : p;
                    errors.add(later.file(), 1, "translationKey `" + p.groupKey() + "` is also used by content/"
                                    + e.getKey() + "/" + first.path(),
                            "each page of a language needs its own translationKey; change one of them");
                    continue;
                }
                raw.computeIfAbsent(p.groupKey(), k -> new TreeMap<>()).put(e.getKey(), p);
            }
        }
        Map<String, TranslationGroup> groups = new LinkedHashMap<>();
        raw.forEach((k, v) -> groups.put(k, new TranslationGroup(k, Map.copyOf(v))));
        return groups;
    }

    private LanguageSite languageSite(String lang, Map<String, List<Page>> byLang,
                                      Map<String, TranslationGroup> groups) {
        Map<String, PageEntry> byKey = new TreeMap<>();
        for (Page p : byLang.get(lang)) {
            TranslationGroup g = groups.get(p.groupKey());
            if (g != null && g.pages().get(lang) == p) {
                byKey.put(p.key(), new PageEntry(p, lang, false));
            }
        }
        String dflt = config.defaultLanguage();
        if (config.fallback() && !lang.equals(dflt)) {
            for (TranslationGroup g : groups.values()) {
                Page source = g.pages().get(dflt);
                if (source != null && !g.pages().containsKey(lang) && !byKey.containsKey(source.key())) {
                    byKey.put(source.key(), new PageEntry(source, lang, true));
                }
            }
        }
        Map<String, List<PageEntry>> children = new TreeMap<>();
        for (PageEntry e : byKey.values()) {
            if (e.page().kind() == Page.Kind.HOME) {
                continue;
            }
            String section = sectionOf(e.page(), byKey);
            if (section != null) {
                children.computeIfAbsent(section, k -> new ArrayList<>()).add(e);
            }
        }
        children.replaceAll((k, v) -> v.stream().sorted(LIST_ORDER).toList());

        Map<String, List<PageEntry>> tagged = new TreeMap<>();
        Map<String, String> tagNames = new HashMap<>();
        for (PageEntry e : byKey.values()) {
            if (e.fallback()) {
                continue;
            }
            for (String t : e.page().tags()) {
                String slug = Slugs.slug(t);
                tagNames.merge(slug, t, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                tagged.computeIfAbsent(slug, k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, Tag> tags = new TreeMap<>();
        tagged.forEach((slug, list) -> tags.put(slug,
                new Tag(tagNames.get(slug), slug, list.stream().sorted(LIST_ORDER).toList())));
        List<PageEntry> entries = List.copyOf(byKey.values());
        return new LanguageSite(lang, entries, java.util.Collections.unmodifiableMap(byKey),
                java.util.Collections.unmodifiableMap(children), java.util.Collections.unmodifiableMap(tags));
    }

    /** The key of the nearest section ({@code news/_index}, or {@code _index} at the top) holding {@code p}. */
    private static String sectionOf(Page p, Map<String, PageEntry> byKey) {
        String folder = p.folder();
        while (true) {
            String key = folder.isEmpty() ? "_index" : folder + "/_index";
            if (byKey.containsKey(key)) {
                return key;
            }
            if (folder.isEmpty()) {
                return null;
            }
            int slash = folder.lastIndexOf('/');
            folder = slash < 0 ? "" : folder.substring(0, slash);
        }
    }

    static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")
                || name.equals("Thumbs.db") || name.startsWith("#");
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean hasJBakeHeader(Path file) throws IOException {
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        String s = new String(head, java.nio.charset.StandardCharsets.UTF_8);
        return FrontMatter.split(s).format() == FrontMatter.Format.JBAKE;
    }
}
