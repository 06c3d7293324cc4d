package vn.haiphong.showcase.render.model;

import java.util.List;
import java.util.Map;

/**
 * {@code site}: everything about the site as seen in one language, the same for all its pages;
 * {@code searchUrl} is the language's search page, where the header's search form goes.
 */
public record SiteView(String name, String tagline, String baseUrl, String lang, String htmlLang, String languageName,
                       String defaultLanguage, String homeUrl, String feedUrl, String tagsUrl, Map<String, Object> params,
                       String picturesCss, List<LanguageLink> languages, List<MenuLink> menu,
                       Map<String, Section> sections, List<Card> latest, List<TagCount> tags,
                       Contact contact, String searchUrl) {

    /**
     * {@code site.contact}: {@code params.contact} of site.yaml in this language (null when it is
     * not set); a field the setting leaves out is {@code ""}, so the contact block shows only what
     * is known.
     */
    public record Contact(String organization, String address, String phone, String email, String website) {
    }

    /** {@code site.languages[]}: a language of the site and its home page. */
    public record LanguageLink(String code, String name, String htmlLang, String url) {
    }

    /** {@code site.menu[]}: an item of the main navigation. */
    public record MenuLink(String name, String url, String key, String section) {
    }

    /**
     * {@code site.sections.NAME}: a section's own card and its pages. The card's fields are
     * repeated rather than nested so templates write {@code s.url}, as they always have; they
     * are null when the folder has no {@code _index} page.
     */
    public record Section(String title, String shortTitle, String description, String url, String key, String date,
                          String dateText, boolean fallback, String textLang, String sourceLanguageName, String image, PictureView picture,
                          Map<String, Object> params, Hero hero, List<Card> pages) {

        /** {@code card} (null for a folder without its own page) with {@code pages}. */
        public static Section of(Card card, List<Card> pages) {
            if (card == null) {
                return new Section(null, null, null, null, null, null, null, false, null, null, null, null, null, null, pages);
            }
            return new Section(card.title(), card.shortTitle(), card.description(), card.url(), card.key(), card.date(),
                    card.dateText(), card.fallback(), card.textLang(), card.sourceLanguageName(), card.image(), card.picture(), card.params(), card.hero(), pages);
        }
    }

    /** {@code site.tags[]}: a tag used in this language and how many pages carry it. */
    public record TagCount(String name, String slug, String url, int count) {
    }
}
