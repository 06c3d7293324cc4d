package vn.haiphong.showcase.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.haiphong.showcase.config.Language;
import vn.haiphong.showcase.config.MenuItem;
import vn.haiphong.showcase.config.SiteConfig;
import vn.haiphong.showcase.content.LanguageSite;
import vn.haiphong.showcase.content.PageEntry;
import vn.haiphong.showcase.content.Permalinks;
import vn.haiphong.showcase.i18n.UiStrings;
import vn.haiphong.showcase.render.model.Card;
import vn.haiphong.showcase.render.model.SiteView;

/** Builds {@code site}, once per language: what every page of that language shares. */
final class SiteViews {
    private final RenderContext ctx;
    private final PageModels models;

    SiteViews(RenderContext ctx, PageModels models) {
        this.ctx = ctx;
        this.models = models;
    }

    /** The site as seen in {@code lang}. */
    SiteView site(String lang) {
        SiteConfig config = ctx.config();
        LanguageSite ls = ctx.site().language(lang);
        Language language = config.language(lang);
        UiStrings ui = ctx.ui();
        List<SiteView.LanguageLink> languages = new ArrayList<>();
        for (Language l : config.languages()) {
            languages.add(new SiteView.LanguageLink(l.code(), l.name(), l.htmlLang(), Permalinks.home(l.code())));
        }
        Map<String, SiteView.Section> sections = new LinkedHashMap<>();
        for (Map.Entry<String, List<PageEntry>> e : ls.children().entrySet()) {
            PageEntry section = ls.byKey().get(e.getKey());
            String name = e.getKey().equals("_index") ? "_home" : e.getKey().substring(0, e.getKey().length() - "/_index".length());
            sections.put(name, SiteView.Section.of(section == null ? null : models.card(section),
                    e.getValue().stream().map(models::card).toList()));
        }
        return new SiteView(ui.get(lang, "site_name"), ui.get(lang, "site_tagline"), config.baseUrl(), lang,
                language.htmlLang(), language.name(), config.defaultLanguage(), Permalinks.home(lang),
                Permalinks.feed(lang), Permalinks.tags(lang), config.params(),
                ctx.images().size() > 0 ? Permalinks.root(Pictures.STYLESHEET) : "", languages, menu(lang, ls),
                sections, ls.newest(3).stream().map(models::card).toList(),
                ls.tags().values().stream().map(t -> new SiteView.TagCount(t.name(), t.slug(),
                        Permalinks.tag(lang, t.name()), t.pages().size())).toList(),
                contact(config.params().get("contact"), lang, config.defaultLanguage()), Permalinks.search(lang));
    }

    /**
     * {@code params.contact} of site.yaml as seen in {@code lang}: each field a text, or a map of
     * texts by language (missing languages use the default language's); null without a setting.
     */
    static SiteView.Contact contact(Object setting, String lang, String defaultLanguage) {
        if (!(setting instanceof Map<?, ?> m)) {
            return null;
        }
        java.util.function.Function<String, String> field = name -> {
            Object v = m.get(name);
            if (v instanceof Map<?, ?> byLang) {
                v = byLang.get(lang) != null ? byLang.get(lang) : byLang.get(defaultLanguage);
            }
            return v == null ? "" : String.valueOf(v).strip();
        };
        return new SiteView.Contact(field.apply("organization"), field.apply("address"), field.apply("phone"),
                field.apply("email"), field.apply("website"));
    }

    /** The main navigation; an item whose page does not exist in this language in any form is left out. */
    private List<SiteView.MenuLink> menu(String lang, LanguageSite ls) {
        List<SiteView.MenuLink> menu = new ArrayList<>();
        for (MenuItem item : ctx.config().menus().getOrDefault(lang, List.of())) {
            if (item.page() != null) {
                String key = item.page().endsWith("_index") || item.page().contains(".") ? stripExt(item.page())
                        : ls.byKey().containsKey(item.page()) ? item.page() : item.page() + "/_index";
                PageEntry e = ls.byKey().get(key);
                if (e != null) {
                    menu.add(new SiteView.MenuLink(item.name() != null ? item.name() : e.page().shortTitle(), e.url(),
                            key, e.page().slugPath()));
                }
            } else {
                menu.add(new SiteView.MenuLink(item.name() != null ? item.name() : item.url(), item.url(), "", ""));
            }
        }
        return menu;
    }

    private static String stripExt(String s) {
        return s.endsWith(".md") ? s.substring(0, s.length() - 3) : s;
    }
}
