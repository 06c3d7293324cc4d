package vn.haiphong.showcase.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.haiphong.showcase.testing.Fixtures;

/**
 * The template model reference. The names and types come from a real build: a copy of a fixture
 * site whose page templates are replaced by {@code model-dump.ftl}, which prints the model each
 * page was rendered with. Only the meanings are written here, by hand; a name the code adds
 * without a meaning below is listed as "not described yet" and logged, never silently dropped.
 */
final class TemplateModelReference {
    /** One name in the model: its type, an example value and the kinds of page that have it. */
    record Entry(String type, String example, Set<String> kinds) {
    }

    /** Our templates: where each kind of page is written in the {@code mini} fixture (English). */
    private static final Map<String, String> OUR_PAGES = new LinkedHashMap<>();

    static {
        OUR_PAGES.put("page", "en/about/index.html");
        OUR_PAGES.put("section", "en/news/index.html");
        OUR_PAGES.put("home", "en/index.html");
        OUR_PAGES.put("tag", "en/tags/*/index.html");
        OUR_PAGES.put("tags", "en/tags/index.html");
        OUR_PAGES.put("404", "en/404.html");
        OUR_PAGES.put("chooser", "index.html");
    }

    /** JBake templates: the file each template writes in the {@code jbake-blog} fixture. */
    private static final Map<String, String> JBAKE_PAGES = new LinkedHashMap<>();

    static {
        JBAKE_PAGES.put("post", "blog/2024/banh-da-cua.html");
        JBAKE_PAGES.put("page", "about.html");
        JBAKE_PAGES.put("index", "index.html");
        JBAKE_PAGES.put("tag", "tags/food.html");
        JBAKE_PAGES.put("archive", "archive.html");
    }

    /** Cards (a page shown in a list) appear in several lists; their fields are described once. */
    private static final List<String> CARD_LISTS = List.of("site.latest[]", "page.pages[]",
            "site.sections.SECTION.pages[]");

    /** JBake copies the JVM's system properties into {@code config}; they are summarised, not listed. */
    private static final java.util.regex.Pattern SYSTEM = java.util.regex.Pattern.compile(
            "(java|javax|jdk|sun|os|user|file|line|path|native|awt)_");

    private static final Map<String, String> MEANING = new LinkedHashMap<>();

    private static void m(String name, String meaning) {
        MEANING.put(name, meaning);
    }

    static {
        m("lang", "the language code of the page being rendered (`vi`, `en`, …): the URL prefix");
        m("t", "`t(\"key\", \"name\", value, …)`: the UI string `key` of `templates/i18n/<lang>.yaml` with its `{name}` placeholders filled; missing strings fall back to the default language");
        m("tn", "`tn(\"key\", count, \"name\", value, …)`: the plural form of UI string `key` for `count` (plural rules per language)");
        m("site", "everything about the site as seen in this language; the same for every page of the language");
        m("site.name", "the site's name in this language (UI string `site_name`)");
        m("site.tagline", "the tagline in this language (UI string `site_tagline`)");
        m("site.baseUrl", "`baseUrl` from site.yaml (or `--base-url`), without a trailing slash");
        m("site.lang", "the language code");
        m("site.htmlLang", "the value for `<html lang>`: `vi`, `en`, `zh-Hans`, `ko`, `ja`");
        m("site.languageName", "the language's name written in itself (`Tiếng Việt`, `English`, …)");
        m("site.defaultLanguage", "`defaultLanguage` from site.yaml: the source of translations and fallbacks");
        m("site.homeUrl", "the language's home page, `/<lang>/`");
        m("site.feedUrl", "the language's Atom feed, `/<lang>/feed.xml`");
        m("site.tagsUrl", "the language's tag index, `/<lang>/tags/`");
        m("site.params", "`params` from site.yaml, as written there (e.g. `site.params.themeColor`)");
        m("site.languages", "every language of the site, in site.yaml order");
        m("site.languages[].code", "language code");
        m("site.languages[].name", "its name written in itself");
        m("site.languages[].htmlLang", "its `lang` attribute value");
        m("site.languages[].url", "its home page");
        m("site.menu", "the main navigation of this language (`menu` / `menus.<lang>` in site.yaml); items whose page does not exist in any form are left out");
        m("site.menu[].name", "the label: the page's `menuTitle` or title in this language, or the item's `name`");
        m("site.menu[].url", "where it goes");
        m("site.menu[].key", "the page key it points to (`news/_index`), empty for a plain `url` item");
        m("site.menu[].section", "the page's folder URL part (`news/`) for marking the current section, empty for a plain `url`");
        m("site.sections", "every section by its folder (`news`, `invest`, …; `_home` is the home page's children): the section's card plus `pages`");
        m("site.sections.SECTION", "the section's own card (see Cards) and its pages");
        m("site.sections.SECTION.pages", "the section's pages as cards, in list order (dated pages newest first, then by weight, then title)");
        m("site.latest", "the three newest dated pages of the language, as cards");
        m("site.tags", "every tag used in this language");
        m("site.tags[].name", "the tag as written in front matter");
        m("site.tags[].slug", "its URL form");
        m("site.tags[].url", "its page, `/<lang>/tags/<slug>/`");
        m("site.tags[].count", "how many pages have it");
        m("page", "the page being rendered; generated pages (tags, 404, chooser) have the same fields with empty values");
        m("page.title", "the title (front matter `title`; for generated pages a UI string)");
        m("page.shortTitle", "`menuTitle` when given, else the title");
        m("page.description", "front matter `description` (generated pages: the tagline)");
        m("page.kind", "`home`, `section`, `page`, `list` (tags), `404` or `chooser`");
        m("page.key", "the page's path under `content/<lang>/` without extension (`news/port-2025`)");
        m("page.url", "its URL path, `/<lang>/…/` (with `page/N/` for later list pages)");
        m("page.permalink", "`site.baseUrl` + `page.url`");
        m("page.canonical", "the canonical URL: the page itself, or for a fallback copy the source-language page");
        m("page.fallback", "true when this is a missing translation shown from the default language's text");
        m("page.textLang", "the `lang` of the text actually shown (differs from `site.htmlLang` on fallback pages)");
        m("page.sourceLanguageName", "the name of the language the text is written in");
        m("page.languageName", "the name of the language the page is shown in");
        m("page.date", "front matter `date` as `YYYY-MM-DD`, or empty");
        m("page.dateText", "the date written out in the page's language (`13 tháng 5, 1955`), or empty");
        m("page.tags", "the page's tags with their tag-page URLs (empty on fallback copies)");
        m("page.tags[].name", "the tag");
        m("page.tags[].url", "its tag page in this language");
        m("page.content", "the body as HTML; print it with `${page.content?no_esc}`");
        m("page.toc", "the `##` headings, for a table of contents");
        m("page.toc[].id", "the heading's id (`#lich-su`)");
        m("page.toc[].text", "its text");
        m("page.toc[].html", "its text as markup: parts in another language keep their `<span lang>`");
        m("page.toc[].level", "always 2 for now");
        m("page.readingMinutes", "estimated reading time in minutes (at least 1)");
        m("page.image", "front matter `image`, or empty");
        m("page.picture", "front matter `image` as a processed picture (see PICTURE), or missing when there is none; `<@pic.picture img=page.picture …/>` from `partials/picture.ftl` shows it");
        m("page.chapter", "on a photo-book chapter: `number`, `photos` (each a PICTURE plus `id`, `number`, `alt`, `caption`, `credit`, `lang`, `foreign`), `previous`/`next` (cards or missing), `index`, `lightboxJs`, `lightboxCss`");
        m("page.chapters", "on the photo book's index: the chapters as cards plus `number`, `count` and `cover` (a PICTURE)");
        m("image", "`image(\"/photos/harbour.jpg\")`: a picture of assets/ as a PICTURE, or missing when it is not a processed raster image");
        m("PICTURE", "a processed image: `sources[]` (`type`, `srcset`), `src`, `srcset`, `width`, `height`, `style` (placeholder), `large` (`src`, `width`, `height` of the largest JPEG), `caption`, `credit`, `copyright` from the file");
        m("page.params", "every front matter field as written, including ones the generator does not know (`page.params.tagline`)");
        m("page.section", "the folder the page is in (`news`), empty at the top");
        m("page.translations", "the language switcher: one entry per site language");
        m("page.translations[].code", "language code");
        m("page.translations[].name", "language name");
        m("page.translations[].htmlLang", "its `lang` value");
        m("page.translations[].url", "where the switch lands: the translation, else the fallback copy, else that language's home");
        m("page.translations[].current", "true for the language being shown");
        m("page.translations[].available", "true when a real translation exists");
        m("page.alternates", "`hreflang` links: the real translations plus `x-default` (empty on fallback copies and later list pages)");
        m("page.alternates[].hreflang", "`vi`, `zh-Hans`, …, or `x-default`");
        m("page.alternates[].url", "absolute URL");
        m("page.breadcrumbs", "from the home page down to the page's parent section");
        m("page.breadcrumbs[].title", "title");
        m("page.breadcrumbs[].url", "URL");
        m("page.pages", "on section, home and tag pages: this list page's share of the pages, as cards");
        m("page.pager", "pagination of a list page");
        m("page.pager.number", "this page's number, from 1");
        m("page.pager.total", "how many list pages there are");
        m("page.pager.prev", "URL of the previous list page, or empty");
        m("page.pager.next", "URL of the next list page, or empty");
        m("page.ogType", "`article` for dated pages, else `website` (Open Graph)");
        m("page.jsonLd", "the page's JSON-LD (schema.org) as a string; print with `?no_esc` inside `<script type=\"application/ld+json\">`");
        m("page.tag", "on a tag page: the tag");
        m("page.choices", "on the root language chooser: one entry per language, each written in its own language");
        m("page.choices[].code", "language code");
        m("page.choices[].name", "language name");
        m("page.choices[].htmlLang", "its `lang` value");
        m("page.choices[].url", "its home page");
        m("page.choices[].siteName", "the site's name in that language");
        m("page.choices[].tagline", "the tagline in that language");
        m("page.choices[].choose", "\"choose your language\" in that language");
        m("CARD", "a page shown in a list (`site.latest`, `site.sections.*.pages`, `page.pages`)");
        m("CARD.title", "title");
        m("CARD.shortTitle", "`menuTitle` or title");
        m("CARD.description", "description");
        m("CARD.url", "URL in the language of the list");
        m("CARD.key", "page key");
        m("CARD.date", "`YYYY-MM-DD` or empty");
        m("CARD.dateText", "the date in the list's language, or empty");
        m("CARD.fallback", "true when the page is shown from the default language's text");
        m("CARD.textLang", "the `lang` of the card's text");
        m("CARD.image", "front matter `image`, or empty");
        m("CARD.picture", "front matter `image` as a PICTURE, or missing");
        m("CARD.params", "the page's front matter fields");
    }

    private TemplateModelReference() {
    }

    static String markdown(Path work, List<String> undescribed) throws IOException {
        Path ours = dump(Fixtures.site("mini", Files.createDirectories(work.resolve("model-ours"))), false);
        Map<String, Entry> names = collect(ours, OUR_PAGES, TemplateModelReference::byMeaning);
        Path jbake = dump(Fixtures.site("jbake-blog", Files.createDirectories(work.resolve("model-jbake"))), true);
        Map<String, Entry> jnames = collect(jbake, JBAKE_PAGES, TemplateModelReference::byTopName);

        StringBuilder md = new StringBuilder("# Template model\n\n").append(DocsGenerator.GENERATED);
        md.append("""
                What a Freemarker template can use. Templates live in `templates/` of the site
                (`layout.ftl` wraps every page; `home.ftl`, `section.ftl`, `page.ftl`, `tag.ftl`,
                `tags.ftl`, `404.ftl`, `chooser.ftl` render the kinds of page; a page with
                `layout: NAME` uses `templates/NAME.ftl`). `${…}` is HTML-escaped automatically;
                the model is computed in Java, so templates only show it (STYLE.md: no business
                logic in templates). The names, types and examples below were produced by building
                the `mini` test fixture in English with the current code; the *kinds* column says
                on which kinds of page a name exists.

                """);
        md.append("## Our templates\n\n");
        table(md, names, OUR_PAGES.keySet(), true, undescribed);
        md.append("\n### Cards\n\n")
                .append(MEANING.get("CARD")).append(". Every card has:\n\n");
        Map<String, Entry> cards = new TreeMap<>();
        names.forEach((k, v) -> {
            for (String list : CARD_LISTS) {
                if (k.startsWith(list + ".")) {
                    cards.merge("CARD" + k.substring(list.length()), v, (a, b) -> merge(a, b));
                }
            }
        });
        md.append("| name | type | example | meaning |\n|---|---|---|---|\n");
        for (Map.Entry<String, Entry> e : cards.entrySet()) {
            String meaning = MEANING.get(e.getKey());
            if (meaning == null) {
                undescribed.add("template model: " + e.getKey());
            }
            md.append("| `").append(e.getKey().substring("CARD".length() + 1)).append("` | ").append(e.getValue().type())
                    .append(" | ").append(example(e.getValue())).append(" | ")
                    .append(meaning == null ? "*not described yet*" : CliReference.cell(meaning)).append(" |\n");
        }

        md.append("""

                ## JBake templates

                A folder with `jbake.properties` is built as JBake 2.7.0 builds it, with JBake's model
                (no HTML auto-escaping, as in JBake). These are the names the `jbake-blog` fixture's
                templates received; `content.*` holds the document's own header fields (any
                `key=value` you write) plus what JBake computes. JBake's own documentation
                (*Templates* → *Data model*) describes their meaning; we keep the same names and values.

                """);
        md.append("| name | type | example | kinds |\n|---|---|---|---|\n");
        Set<String> documentLists = new java.util.TreeSet<>();
        for (String name : jnames.keySet()) {
            if (name.endsWith("[].sourceuri")) {
                documentLists.add(name.substring(0, name.length() - "[].sourceuri".length()));
            }
        }
        List<String> configKeys = new ArrayList<>();
        for (Map.Entry<String, Entry> e : jnames.entrySet()) {
            String name = e.getKey();
            if (name.startsWith("config.")) {
                configKeys.add(name.substring("config.".length()));
                continue;
            }
            int item = name.indexOf("[]");
            if (item >= 0 && (documentLists.contains(name.substring(0, item)) || name.indexOf("[]", item + 2) >= 0
                    || name.endsWith("[]"))) {
                continue; // documents are described once (as `content`); deeper levels repeat them
            }
            String type = e.getValue().type();
            if (documentLists.contains(name)) {
                type = "list of documents";
            } else if (type.equals("list") && jnames.containsKey(name + "[]")) {
                type = "list of " + jnames.get(name + "[]").type() + "s";
            }
            md.append("| `").append(name).append("` | ").append(type).append(" | ")
                    .append(example(e.getValue())).append(" | ").append(kinds(e.getValue(), JBAKE_PAGES.keySet()))
                    .append(" |\n");
        }
        md.append("\nA *document* (an item of the lists of documents) has the same fields as `content` on that ")
                .append("document's own page.\n\n`config` has every configuration key with `.` written as `_` ")
                .append("(`site.host` → `config.site_host`), JBake's defaults included; in this fixture: ")
                .append(String.join(", ", configKeys.stream().filter(k -> !SYSTEM.matcher(k).lookingAt()).sorted()
                        .map(k -> "`" + k + "`").toList()))
                .append(". As in JBake, the JVM's system properties are there too (`java_version`, `user_dir`, …).\n");
        return md.toString();
    }

    private static void table(StringBuilder md, Map<String, Entry> names, Set<String> allKinds, boolean describe,
                              List<String> undescribed) {
        md.append("| name | type | example | kinds | meaning |\n|---|---|---|---|---|\n");
        for (Map.Entry<String, Entry> e : names.entrySet()) {
            String name = e.getKey();
            if (CARD_LISTS.stream().anyMatch(l -> name.startsWith(l + "."))
                    || name.startsWith("site.sections.SECTION.") && !name.startsWith("site.sections.SECTION.pages")) {
                continue; // card fields: described once under Cards
            }
            String meaning = MEANING.get(name.endsWith("[]") ? name.substring(0, name.length() - 2) : name);
            if (name.endsWith("[]")) {
                continue; // the list itself has the meaning; its items' fields follow
            }
            if (meaning == null && describe) {
                undescribed.add("template model: " + name);
            }
            String type = e.getValue().type();
            if (CARD_LISTS.contains(name + "[]")) {
                type = "list of cards";
            }
            md.append("| `").append(name).append("` | ").append(type).append(" | ").append(example(e.getValue()))
                    .append(" | ").append(kinds(e.getValue(), allKinds)).append(" | ")
                    .append(meaning == null ? "*not described yet*" : CliReference.cell(meaning)).append(" |\n");
        }
    }

    private static String kinds(Entry e, Set<String> all) {
        return e.kinds().containsAll(all) ? "all" : String.join(", ", e.kinds());
    }

    private static String example(Entry e) {
        String x = e.example();
        if (x.isEmpty() || e.type().equals("map") || e.type().equals("list")) {
            return "";
        }
        if (x.length() > 48) {
            x = x.substring(0, 45) + "…";
        }
        return "`" + CliReference.cell(x.replace("`", "'")) + "`";
    }

    private static Entry merge(Entry a, Entry b) {
        Set<String> kinds = new LinkedHashSet<>(a.kinds());
        kinds.addAll(b.kinds());
        return new Entry(a.type().equals("null") ? b.type() : a.type(), a.example().isEmpty() ? b.example() : a.example(), kinds);
    }

    /** Copies the dump template over every page template of {@code site}, builds it, returns the output folder. */
    private static Path dump(Path site, boolean jbake) throws IOException {
        String template;
        try (InputStream in = TemplateModelReference.class.getResourceAsStream("model-dump.ftl")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Stream<Path> s = Files.list(site.resolve("templates"))) {
            for (Path t : s.filter(p -> p.toString().endsWith(".ftl")).toList()) {
                if (!t.getFileName().toString().equals("layout.ftl")) {
                    Files.writeString(t, template);
                }
            }
        }
        Path out = site.resolve("output");
        Showcase.Run r = Showcase.run("build", "--site", site.toString(), "--output", out.toString());
        if (r.exit() != 0) {
            throw new IllegalStateException("the model dump build of " + site + " failed (" + (jbake ? "JBake" : "ours")
                    + "):\n" + r.err());
        }
        return out;
    }

    private static Map<String, Entry> collect(Path out, Map<String, String> pages,
                                              java.util.Comparator<String> order) throws IOException {
        Map<String, Entry> names = new TreeMap<>(order);
        String site = out.getParent().toString();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = resolve(out, page.getValue());
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length < 2 || f[0].isBlank()) {
                    continue;
                }
                String name = f[0].strip().replaceFirst("^site\\.sections\\.[^.\\[]+", "site.sections.SECTION");
                String example = f.length > 2 ? f[2].strip().replace(site, "SITE") : "";
                Entry e = new Entry(f[1], example, new LinkedHashSet<>(List.of(page.getKey())));
                names.merge(name, e, TemplateModelReference::merge);
            }
        }
        return names;
    }

    /** A path that may hold one {@code *} folder (the first tag page, whatever its slug). */
    private static Path resolve(Path out, String pattern) throws IOException {
        int star = pattern.indexOf('*');
        if (star < 0) {
            return out.resolve(pattern);
        }
        Path parent = out.resolve(pattern.substring(0, star));
        String rest = pattern.substring(star + 2);
        try (Stream<Path> s = Files.list(parent)) {
            return s.filter(Files::isDirectory).sorted().map(d -> d.resolve(rest)).filter(Files::isRegularFile)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no " + pattern + " in " + out));
        }
    }

    /** Our names in the order they are described (parents before children), undescribed ones last. */
    private static int byMeaning(String a, String b) {
        List<String> described = new ArrayList<>(MEANING.keySet());
        int ia = described.indexOf(a.endsWith("[]") ? a.substring(0, a.length() - 2) : a);
        int ib = described.indexOf(b.endsWith("[]") ? b.substring(0, b.length() - 2) : b);
        ia = ia < 0 ? Integer.MAX_VALUE : ia;
        ib = ib < 0 ? Integer.MAX_VALUE : ib;
        if (ia != ib) {
            return Integer.compare(ia, ib);
        }
        return a.compareTo(b);
    }

    /** JBake's names: {@code content} first, then the shared lists, each group alphabetical. */
    private static int byTopName(String a, String b) {
        return rank(a).compareTo(rank(b));
    }

    private static String rank(String name) {
        String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name.replace("[]", "");
        int i = List.of("content", "config", "version").indexOf(top);
        return (i < 0 ? 9 : i) + name;
    }
}
