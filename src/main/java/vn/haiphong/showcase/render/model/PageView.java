package vn.haiphong.showcase.render.model;

import java.util.List;
import java.util.Map;

/**
 * {@code page}: the page being rendered. Content pages and generated pages (tags, the tag index,
 * 404, the language chooser, the exhibition's embed page) have the same fields; a generated
 * page's are empty where it has no source ({@code ""}, empty lists, {@code 0}). The last four are
 * null except on the pages that have them: {@code chapter} on a photo-book chapter,
 * {@code chapters} on the photo book's index, {@code tag} on a tag page, {@code choices} on the
 * chooser; {@code printEdition} is null except on the photo book's index.
 */
public record PageView(String title, String shortTitle, String description, String kind, String key, String url,
                       String permalink, String canonical, boolean fallback, String textLang, String sourceLanguageName,
                       String languageName, String date, String dateText, List<TagLink> tags, String content,
                       List<TocEntry> toc, int readingMinutes, String image, PictureView picture, Hero hero,
                       Map<String, Object> params, String section, List<Translation> translations,
                       List<Alternate> alternates, List<Breadcrumb> breadcrumbs, List<Card> pages, Pager pager,
                       String ogType, ShareImage shareImage, String jsonLd, ChapterView chapter,
                       List<ChapterCard> chapters, String tag, List<LanguageChoice> choices,
                       List<Fact> facts, List<Card> related, Lightbox lightbox,
                       PrintLink printEdition, List<String> asideMaps) {

    /** {@code page.facts[]}: a key fact of the front matter's {@code facts:} list; {@code value} is "" for a plain sentence. */
    public record Fact(String value, String label) {
    }

    /**
     * {@code page.lightbox}: the lightbox's script and stylesheet, on a page whose text holds a
     * {@code :::gallery} (null elsewhere; a photo-book chapter loads it through {@code page.chapter}).
     */
    public record Lightbox(String js, String css) {
    }

    /**
     * {@code page.printEdition} on the photo book's index (null elsewhere, or when the print
     * edition could not be built): the PDF's URL and its size as text ("(PDF, 24 MB)").
     */
    public record PrintLink(String url, String size) {
    }

    /** {@code page.tags[]}: a tag of the page and its tag page in the language shown. */
    public record TagLink(String name, String url) {
    }

    /** {@code page.toc[]}: a {@code ##} heading: its id, its text, and its text as markup that keeps {@code <span lang>}. */
    public record TocEntry(String id, String text, String html, int level) {
    }

    /** {@code page.translations[]}: a language in the switcher and where switching to it lands. */
    public record Translation(String code, String name, String htmlLang, String url, boolean current, boolean available) {
    }

    /** {@code page.alternates[]}: an hreflang link (absolute URL). */
    public record Alternate(String hreflang, String url) {
    }

    /** {@code page.breadcrumbs[]}: a page above this one. */
    public record Breadcrumb(String title, String url) {
    }

    /** {@code page.pager}: where a list page is among its list's pages; {@code prev}/{@code next} are empty at the ends. */
    public record Pager(int number, int total, String prev, String next) {
    }

    /**
     * {@code page.shareImage}: the picture of link previews. Every field is null when there is
     * none (templates ask {@code page.shareImage.url??}); {@code width}/{@code height} are text,
     * empty when the size is unknown (a picture given by URL).
     */
    public record ShareImage(String url, String width, String height, String alt) {
        /** No picture for link previews. */
        public static final ShareImage NONE = new ShareImage(null, null, null, null);
    }

    /**
     * {@code page.choices[]} on the chooser and the root 404 page: a language, written in itself,
     * with its home, its 404 texts, its main navigation, and its search page ({@code ""} when the
     * site has none).
     */
    public record LanguageChoice(String code, String name, String htmlLang, String url, String siteName, String tagline,
                                 String choose, String notFoundTitle, String notFoundText, String backHome,
                                 String searchUrl, String searchLabel, List<SiteView.MenuLink> menu) {
    }
}
