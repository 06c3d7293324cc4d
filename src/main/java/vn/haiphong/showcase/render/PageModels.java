package vn.haiphong.showcase.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.haiphong.showcase.config.Language;
import vn.haiphong.showcase.config.MenuItem;
import vn.haiphong.showcase.config.SiteConfig;
import vn.haiphong.showcase.content.LanguageSite;
import vn.haiphong.showcase.content.Page;
import vn.haiphong.showcase.content.PageEntry;
import vn.haiphong.showcase.content.Permalinks;
import vn.haiphong.showcase.content.Tag;
import vn.haiphong.showcase.content.TranslationGroup;
import vn.haiphong.showcase.i18n.Dates;
import vn.haiphong.showcase.i18n.UiStrings;
import vn.haiphong.showcase.images.ResponsiveImage;
import vn.haiphong.showcase.photobook.Chapter;
import vn.haiphong.showcase.photobook.Photo;
import vn.haiphong.showcase.photobook.PhotoBook;

/**
 * Builds the template model: plain maps and lists computed in Java, so templates only show.
 * The per-language part ({@code site}, {@code t}, {@code tn}) is built once per language.
 */
final class PageModels {
    private final RenderContext ctx;
    private final SiteConfig config;

    PageModels(RenderContext ctx) {
        this.ctx = ctx;
        this.config = ctx.config();
    }

    /** {@code site}: everything about the site as seen in {@code lang}, shared by all its pages. */
    Map<String, Object> siteModel(String lang) {
        LanguageSite ls = ctx.site().language(lang);
        Language language = config.language(lang);
        UiStrings ui = ctx.ui();
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("name", ui.get(lang, "site_name"));
        site.put("tagline", ui.get(lang, "site_tagline"));
        site.put("baseUrl", config.baseUrl());
        site.put("lang", lang);
        site.put("htmlLang", language.htmlLang());
        site.put("languageName", language.name());
        site.put("defaultLanguage", config.defaultLanguage());
        site.put("homeUrl", Permalinks.home(lang));
        site.put("feedUrl", Permalinks.feed(lang));
        site.put("tagsUrl", Permalinks.tags(lang));
        site.put("params", config.params());
        site.put("picturesCss", ctx.images().size() > 0 ? Permalinks.root(Pictures.STYLESHEET) : "");
        List<Map<String, Object>> languages = new ArrayList<>();
        for (Language l : config.languages()) {
            languages.add(map("code", l.code(), "name", l.name(), "htmlLang", l.htmlLang(), "url", Permalinks.home(l.code())));
        }
        site.put("languages", languages);
        List<Map<String, Object>> menu = new ArrayList<>();
        for (MenuItem item : config.menus().getOrDefault(lang, List.of())) {
            if (item.page() != null) {
                String key = item.page().endsWith("_index") || item.page().contains(".") ? stripExt(item.page())
                        : ls.byKey().containsKey(item.page()) ? item.page() : item.page() + "/_index";
                PageEntry e = ls.byKey().get(key);
                if (e != null) {
                    menu.add(map("name", item.name() != null ? item.name() : e.page().shortTitle(), "url", e.url(),
                            "key", key, "section", e.page().slugPath()));
                }
            } else {
                menu.add(map("name", item.name() != null ? item.name() : item.url(), "url", item.url(), "key", "",
                        "section", ""));
            }
        }
        site.put("menu", menu);
        Map<String, Object> sections = new LinkedHashMap<>();
        for (Map.Entry<String, List<PageEntry>> e : ls.children().entrySet()) {
            PageEntry section = ls.byKey().get(e.getKey());
            Map<String, Object> s = section == null ? new LinkedHashMap<>() : card(section);
            s.put("pages", e.getValue().stream().map(this::card).toList());
            String name = e.getKey().equals("_index") ? "_home" : e.getKey().substring(0, e.getKey().length() - "/_index".length());
            sections.put(name, s);
        }
        site.put("sections", sections);
        site.put("latest", ls.dated().stream().limit(3).map(this::card).toList());
        site.put("tags", ls.tags().values().stream().map(t -> tagCard(lang, t)).toList());
        return site;
    }

    /** {@code t("key", "name", value…)}: a UI string with placeholders filled. */
    TemplateMethodModelEx translate(String lang) {
        return args -> {
            if (args.isEmpty()) {
                throw new TemplateModelException("t(\"key\") needs the key of a UI string");
            }
            List<Object> rest = new ArrayList<>();
            for (int i = 1; i < args.size(); i++) {
                rest.add(unwrap((TemplateModel) args.get(i)));
            }
            return new SimpleScalar(UiStrings.fill(ctx.ui().get(lang, str(args.get(0))), rest));
        };
    }

    /** {@code tn("key", count, "name", value…)}: the plural form for {@code count}. */
    TemplateMethodModelEx translatePlural(String lang) {
        return args -> {
            if (args.size() < 2 || !(args.get(1) instanceof TemplateNumberModel n)) {
                throw new TemplateModelException("tn(\"key\", count) needs a key and a number");
            }
            List<Object> rest = new ArrayList<>();
            for (int i = 2; i < args.size(); i++) {
                rest.add(unwrap((TemplateModel) args.get(i)));
            }
            String text = ctx.ui().plural(lang, str(args.get(0)), n.getAsNumber().longValue());
            return new SimpleScalar(UiStrings.fill(text, rest));
        };
    }

    private static Object unwrap(TemplateModel m) throws TemplateModelException {
        return DeepUnwrap.unwrap(m);
    }

    private static String str(Object o) throws TemplateModelException {
        if (o instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        return String.valueOf(o);
    }

    /** A page as a list item: title, description, URL, date, language of its text. */
    Map<String, Object> card(PageEntry e) {
        Page p = e.page();
        Language text = config.language(p.lang());
        Language shown = config.language(e.lang());
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("title", p.title());
        c.put("shortTitle", p.shortTitle());
        c.put("description", p.description());
        c.put("url", e.url());
        c.put("key", p.key());
        c.put("date", p.date() == null ? "" : p.date().toString());
        c.put("dateText", p.date() == null ? "" : Dates.longDate(p.date(), shown.locale()));
        c.put("fallback", e.fallback());
        c.put("textLang", text.htmlLang());
        c.put("image", p.image() == null ? "" : p.image());
        c.put("picture", picture(p.image()));
        c.put("params", p.params());
        return c;
    }

    /** The template model of a processed image ({@link Pictures#model}), or null for anything else. */
    Map<String, Object> picture(String url) {
        ResponsiveImage r = url == null ? null : ctx.images().get(url);
        return r == null ? null : Pictures.model(r);
    }

    /** {@code image("/photos/harbour.jpg")}: an image of assets/ for templates, or null when it is not a processed image. */
    TemplateMethodModelEx imageLookup() {
        return args -> {
            if (args.size() != 1) {
                throw new TemplateModelException("image(\"/photos/name.jpg\") takes the image's path under assets/");
            }
            Map<String, Object> m = picture(str(args.get(0)));
            return m;
        };
    }

    /** A chapter page's {@code page.chapter}: number, photos, previous/next chapter and the lightbox files. */
    Map<String, Object> chapter(Chapter c) {
        List<Map<String, Object>> photos = new ArrayList<>();
        for (Photo p : c.photos()) {
            Map<String, Object> m = Pictures.model(p.image());
            m.put("id", p.id());
            m.put("number", p.number());
            m.put("alt", p.alt());
            m.put("caption", p.caption());
            m.put("credit", p.credit());
            m.put("lang", config.language(p.captionLang()).htmlLang());
            m.put("foreign", !p.captionLang().equals(c.entry().page().lang()));
            photos.add(m);
        }
        ScriptBundle lightbox = ScriptBundle.lightbox();
        return map("number", c.number(), "photos", photos,
                "previous", c.previous() == null ? null : card(c.previous()),
                "next", c.next() == null ? null : card(c.next()),
                "index", ctx.site().language(c.entry().lang()).byKey().containsKey(PhotoBook.FOLDER + "/_index")
                        ? Permalinks.photobook(c.entry().lang()) : null,
                "lightboxJs", lightbox.jsUrl(), "lightboxCss", lightbox.cssUrl());
    }

    /** A chapter on the photo book's index: its card, number, photo count and cover photo. */
    Map<String, Object> chapterCard(Chapter c) {
        Map<String, Object> m = card(c.entry());
        m.put("number", c.number());
        m.put("count", c.photos().size());
        Photo cover = c.cover();
        if (cover != null) {
            Map<String, Object> pic = Pictures.model(cover.image());
            pic.put("alt", cover.alt());
            m.put("cover", pic);
        } else {
            m.put("cover", null);
        }
        return m;
    }

    Map<String, Object> tagCard(String lang, Tag t) {
        return map("name", t.name(), "slug", t.slug(), "url", tagUrl(lang, t.name()), "count", t.pages().size());
    }

    static String tagUrl(String lang, String tag) {
        return Permalinks.tag(lang, tag);
    }

    /**
     * The language switcher of a page: for each language, where the visitor lands — the real
     * translation, the fallback copy, or that language's home page when there is neither.
     */
    List<Map<String, Object>> translations(PageEntry e) {
        TranslationGroup g = ctx.site().group(e.page());
        List<Map<String, Object>> out = new ArrayList<>();
        for (Language l : config.languages()) {
            Page t = g == null ? null : g.pages().get(l.code());
            String url;
            boolean available = t != null;
            if (t != null) {
                url = Permalinks.page(l.code(), t);
            } else {
                PageEntry fb = ctx.site().language(l.code()).byKey().get(e.page().key());
                url = fb != null ? fb.url() : Permalinks.home(l.code());
            }
            out.add(map("code", l.code(), "name", l.name(), "htmlLang", l.htmlLang(), "url", url,
                    "current", l.code().equals(e.lang()), "available", available));
        }
        return out;
    }

    /**
     * hreflang alternates: the real translations plus {@code x-default}; a fallback copy has none
     * (it is not a translation and must not be offered as one).
     */
    List<Map<String, Object>> alternates(PageEntry e) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (e.fallback()) {
            return out;
        }
        TranslationGroup g = ctx.site().group(e.page());
        for (Language l : config.languages()) {
            Page t = g.pages().get(l.code());
            if (t != null) {
                out.add(map("hreflang", l.htmlLang(), "url", ctx.links().absolute(Permalinks.page(l.code(), t))));
            }
        }
        out.add(map("hreflang", "x-default", "url", ctx.links().absolute(xDefault(e))));
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
    List<Map<String, Object>> breadcrumbs(PageEntry e) {
        LanguageSite ls = ctx.site().language(e.lang());
        List<Map<String, Object>> out = new ArrayList<>();
        if (e.page().kind() == Page.Kind.HOME) {
            return out;
        }
        PageEntry home = ls.byKey().get("_index");
        out.add(map("title", ctx.ui().get(e.lang(), "home"), "url", home != null ? home.url() : Permalinks.home(e.lang())));
        String folder = e.page().folder();
        List<Map<String, Object>> chain = new ArrayList<>();
        while (!folder.isEmpty()) {
            PageEntry s = ls.byKey().get(folder + "/_index");
            if (s != null) {
                chain.add(0, map("title", s.page().shortTitle(), "url", s.url()));
            }
            int slash = folder.lastIndexOf('/');
            folder = slash < 0 ? "" : folder.substring(0, slash);
        }
        out.addAll(chain);
        return out;
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String stripExt(String s) {
        return s.endsWith(".md") ? s.substring(0, s.length() - 3) : s;
    }
}
