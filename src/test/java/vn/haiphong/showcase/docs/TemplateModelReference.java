package vn.haiphong.showcase.docs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.haiphong.showcase.render.model.Card;
import vn.haiphong.showcase.render.model.ChapterCard;
import vn.haiphong.showcase.render.model.ChapterView;
import vn.haiphong.showcase.render.model.PictureView;
import vn.haiphong.showcase.render.model.SiteView;
import vn.haiphong.showcase.render.model.TemplateContext;

/**
 * The template model reference. For our templates the names and types are read from the model's
 * record types ({@link TemplateContext} and every record it reaches, see {@link ModelTypes}); only
 * the meanings are written here, by hand, keyed {@code Type.name}. A type or component without a
 * meaning is listed as "not described yet", logged by {@code mvn site}, and fails
 * {@code TemplateModelReferenceTest}. JBake's map-shaped model is described from a build
 * ({@link JBakeModelReference}).
 */
final class TemplateModelReference {
    /** The root of our model: its components are the names templates start from. */
    static final Class<?> ROOT = TemplateContext.class;

    /**
     * Records that repeat another record's fields so templates can write {@code c.url} (Java
     * records cannot extend one another): they are described as that record plus their own fields.
     */
    private static final Map<Class<?>, Class<?>> REPEATS = Map.of(
            SiteView.Section.class, Card.class,
            ChapterCard.class, Card.class,
            ChapterView.Photo.class, PictureView.class);

    private static final Map<String, String> MEANING = new LinkedHashMap<>();

    private static void m(String name, String meaning) {
        MEANING.put(name, meaning);
    }

    static {
        m("TemplateContext", "the names every template starts from");
        m("TemplateContext.lang", "the language code of the page being rendered (`vi`, `en`, …): the URL prefix");
        m("TemplateContext.site", "everything about the site as seen in this language; the same for every page of the language");
        m("TemplateContext.page", "the page being rendered");
        m("TemplateContext.ex", "the VR360 exhibition, on the exhibition page and its embed page only (test with `ex??`)");
        m("TemplateContext.t", "`t(\"key\", \"name\", value, …)`: the UI string `key` of `templates/i18n/<lang>.yaml` with its `{name}` placeholders filled; missing strings fall back to the default language");
        m("TemplateContext.tn", "`tn(\"key\", count, \"name\", value, …)`: the plural form of UI string `key` for `count` (plural rules per language)");
        m("TemplateContext.image", "`image(\"/photos/harbour.jpg\")`: a picture of assets/ as a PictureView, or missing when it is not a processed raster image");

        m("SiteView", "`site`: the site as seen in one language");
        m("SiteView.name", "the site's name in this language (UI string `site_name`)");
        m("SiteView.tagline", "the tagline in this language (UI string `site_tagline`)");
        m("SiteView.baseUrl", "`baseUrl` from site.yaml (or `--base-url`), without a trailing slash");
        m("SiteView.lang", "the language code");
        m("SiteView.htmlLang", "the value for `<html lang>`: `vi`, `en`, `zh-Hans`, `ko`, `ja`");
        m("SiteView.languageName", "the language's name written in itself (`Tiếng Việt`, `English`, …)");
        m("SiteView.defaultLanguage", "`defaultLanguage` from site.yaml: the source of translations and fallbacks");
        m("SiteView.homeUrl", "the language's home page, `/<lang>/`");
        m("SiteView.feedUrl", "the language's Atom feed, `/<lang>/feed.xml`");
        m("SiteView.tagsUrl", "the language's tag index, `/<lang>/tags/`");
        m("SiteView.params", "`params` from site.yaml, as written there (e.g. `site.params.themeColor`)");
        m("SiteView.picturesCss", "the placeholders' stylesheet of processed pictures (`/css/pictures.css`), or empty when the site has none");
        m("SiteView.languages", "every language of the site, in site.yaml order");
        m("SiteView.menu", "the main navigation of this language (`menu` / `menus.<lang>` in site.yaml); items whose page does not exist in any form are left out");
        m("SiteView.sections", "every section by its folder (`news`, `invest`, …; `_home` is the home page's children): `site.sections.news`, `site.sections[key]`");
        m("SiteView.latest", "the three newest dated pages of the language");
        m("SiteView.tags", "every tag used in this language");
        m("SiteView.searchUrl", "the language's search page, `/<lang>/search/`, which the header's search form submits to");
        m("SiteView.contact", "`params.contact` of site.yaml in this language (organization, address, phone, email, website; empty fields are left out of the contact block), or missing when it is not set");
        m("SiteView.Contact", "who answers questions about the site");
        m("SiteView.Contact.organization", "the body's name in this language");
        m("SiteView.Contact.address", "its postal address, or empty");
        m("SiteView.Contact.phone", "its phone number, or empty");
        m("SiteView.Contact.email", "its e-mail address, or empty");
        m("SiteView.Contact.website", "its website, or empty");
        m("SiteView.LanguageLink", "a language of the site");
        m("SiteView.LanguageLink.code", "language code");
        m("SiteView.LanguageLink.name", "its name written in itself");
        m("SiteView.LanguageLink.htmlLang", "its `lang` attribute value");
        m("SiteView.LanguageLink.url", "its home page");
        m("SiteView.MenuLink", "an item of the main navigation");
        m("SiteView.MenuLink.name", "the label: the page's `menuTitle` or title in this language, or the item's `name`");
        m("SiteView.MenuLink.url", "where it goes");
        m("SiteView.MenuLink.key", "the page key it points to (`news/_index`), empty for a plain `url` item");
        m("SiteView.MenuLink.section", "the page's folder URL part (`news/`) for marking the current section, empty for a plain `url`");
        m("SiteView.Section", "a section: its own page as a card (those fields are missing when the folder has no `_index` page) and its pages");
        m("SiteView.Section.pages", "the section's pages, in list order (dated pages newest first, then by weight, then title)");
        m("SiteView.TagCount", "a tag used in this language");
        m("SiteView.TagCount.name", "the tag as written in front matter");
        m("SiteView.TagCount.slug", "its URL form");
        m("SiteView.TagCount.url", "its page, `/<lang>/tags/<slug>/`");
        m("SiteView.TagCount.count", "how many pages have it");

        m("PageView", "`page`: the page being rendered. Generated pages (tags, the tag index, 404, the chooser, the exhibition's embed page) have the same fields, empty where they have no source file");
        m("PageView.title", "the title (front matter `title`; for generated pages a UI string)");
        m("PageView.shortTitle", "`menuTitle` when given, else the title");
        m("PageView.description", "front matter `description` (generated pages: the tagline, or their own description)");
        m("PageView.kind", "`home`, `section`, `page`; generated pages: `list` (tag pages and the tag index), `404`, `chooser`, `embed`");
        m("PageView.key", "the page's path under `content/<lang>/` without extension (`news/port-2025`); empty on generated pages");
        m("PageView.url", "its URL path, `/<lang>/…/` (with `page/N/` for later list pages)");
        m("PageView.permalink", "`site.baseUrl` + `page.url`");
        m("PageView.canonical", "the canonical URL: the page itself, or for a fallback copy the source-language page (for the embed page, the exhibition page)");
        m("PageView.fallback", "true when this is a missing translation shown from the default language's text");
        m("PageView.textLang", "the `lang` of the text actually shown (differs from `site.htmlLang` on fallback pages)");
        m("PageView.sourceLanguageName", "the name of the language the text is written in");
        m("PageView.languageName", "the name of the language the page is shown in");
        m("PageView.date", "front matter `date` as `YYYY-MM-DD`, or empty");
        m("PageView.dateText", "the date written out in the page's language (`13 tháng 5, 1955`), or empty");
        m("PageView.tags", "the page's tags with their tag-page URLs (empty on fallback copies)");
        m("PageView.content", "the body as HTML; print it with `${page.content?no_esc}`");
        m("PageView.toc", "the `##` headings, for a table of contents");
        m("PageView.readingMinutes", "estimated reading time in minutes (at least 1; 0 on generated pages)");
        m("PageView.image", "front matter `image`, or empty");
        m("PageView.picture", "front matter `image` as a processed picture, or missing when there is none; `<@pic.picture img=page.picture …/>` from `partials/picture.ftl` shows it");
        m("PageView.params", "every front matter field as written, including ones the generator does not know (`page.params.tagline`)");
        m("PageView.section", "the folder the page is in (`news`), empty at the top");
        m("PageView.translations", "the language switcher: one entry per site language");
        m("PageView.alternates", "`hreflang` links: the real translations plus `x-default` (empty on fallback copies, later list pages and most generated pages; the chooser lists every home page)");
        m("PageView.breadcrumbs", "from the home page down to the page's parent section");
        m("PageView.pages", "on section, home and tag pages: this list page's share of the pages");
        m("PageView.pager", "pagination of a list page (number 1 of 1 elsewhere)");
        m("PageView.ogType", "`article` for dated pages, else `website` (Open Graph)");
        m("PageView.shareImage", "the picture of link previews: the page's `image`, else `params.shareImage` of site.yaml; its fields are missing when there is neither (test `page.shareImage.url??`)");
        m("PageView.jsonLd", "the page's JSON-LD (schema.org) as a string, or empty; print with `?no_esc` inside `<script type=\"application/ld+json\">`");
        m("PageView.chapter", "on a photo-book chapter: the chapter; missing elsewhere");
        m("PageView.chapters", "on the photo book's index: its chapters; missing elsewhere");
        m("PageView.lightbox", "on a page whose text has a `:::gallery` (not a chapter): the lightbox to load; missing elsewhere");
        m("PageView.Lightbox", "the photo book's lightbox (script and stylesheet) for a page's galleries");
        m("PageView.Lightbox.js", "the lightbox script's URL (load it with `<script type=\"module\">`)");
        m("PageView.Lightbox.css", "the lightbox stylesheet's URL");
        m("PageView.tag", "on a tag page: the tag; missing elsewhere");
        m("PageView.choices", "on the root language chooser and the root 404 page: one entry per language, each written in its own language; missing elsewhere");
        m("PageView.hero", "front matter `image` as the page's hero (with `imageAlt` and focal point), or missing; `<@pic.hero h=page.hero …/>` shows it");
        m("PageView.facts", "front matter `facts:` for the article's side column (empty when there are none)");
        m("PageView.asideMaps", "on an article: the maps its text writes with `place=\"aside\"`, as markup for the side column"
                + " (each a `<figure class=\"map\">`; write with `?no_esc`); empty elsewhere, where such maps stay in `content`");
        m("PageView.related", "up to three pages related to an article (shared tags, same section), best first; empty for lists");
        m("PageView.Fact", "a key fact of an article");
        m("PageView.Fact.value", "the figure or short value, or empty for a plain sentence");
        m("PageView.Fact.label", "what the value is, or the sentence");
        m("PageView.printEdition", "on the photo book's index: the print edition (PDF) of this language; missing elsewhere and when it could not be built");
        m("PageView.PrintLink", "the photo book's print edition as the index links it");
        m("PageView.PrintLink.url", "the PDF's URL (content-named after the CDN stage)");
        m("PageView.PrintLink.size", "its size as text in the page's language, e.g. `(PDF, 24 MB)`");
        m("PageView.TagLink", "a tag of the page");
        m("PageView.TagLink.name", "the tag");
        m("PageView.TagLink.url", "its tag page in this language");
        m("PageView.TocEntry", "a `##` heading");
        m("PageView.TocEntry.id", "the heading's id (`#lich-su`)");
        m("PageView.TocEntry.text", "its text");
        m("PageView.TocEntry.html", "its text as markup: parts in another language keep their `<span lang>`");
        m("PageView.TocEntry.level", "always 2 for now");
        m("PageView.Translation", "a language of the switcher");
        m("PageView.Translation.code", "language code");
        m("PageView.Translation.name", "language name");
        m("PageView.Translation.htmlLang", "its `lang` value");
        m("PageView.Translation.url", "where the switch lands: the translation, else the fallback copy, else that language's home");
        m("PageView.Translation.current", "true for the language being shown");
        m("PageView.Translation.available", "true when a real translation exists (always true on generated pages)");
        m("PageView.Alternate", "an hreflang link");
        m("PageView.Alternate.hreflang", "`vi`, `zh-Hans`, …, or `x-default`");
        m("PageView.Alternate.url", "absolute URL");
        m("PageView.Breadcrumb", "a page above this one");
        m("PageView.Breadcrumb.title", "title");
        m("PageView.Breadcrumb.url", "URL");
        m("PageView.Pager", "where a list page is among its list's pages");
        m("PageView.Pager.number", "this page's number, from 1");
        m("PageView.Pager.total", "how many list pages there are");
        m("PageView.Pager.prev", "URL of the previous list page, or empty");
        m("PageView.Pager.next", "URL of the next list page, or empty");
        m("PageView.ShareImage", "the picture of link previews");
        m("PageView.ShareImage.url", "its absolute URL, or missing when the page has no preview picture");
        m("PageView.ShareImage.width", "its width in pixels as text, empty when unknown (a picture given by URL)");
        m("PageView.ShareImage.height", "its height in pixels as text, empty when unknown");
        m("PageView.ShareImage.alt", "what it shows: the page's title, the cover photo's alt text, or UI string `share_image_alt`");
        m("PageView.LanguageChoice", "a language on the chooser");
        m("PageView.LanguageChoice.code", "language code");
        m("PageView.LanguageChoice.name", "language name");
        m("PageView.LanguageChoice.htmlLang", "its `lang` value");
        m("PageView.LanguageChoice.url", "its home page");
        m("PageView.LanguageChoice.siteName", "the site's name in that language");
        m("PageView.LanguageChoice.tagline", "the tagline in that language");
        m("PageView.LanguageChoice.choose", "\"choose your language\" in that language");
        m("PageView.LanguageChoice.notFoundTitle", "\"page not found\" in that language (the root 404 page)");
        m("PageView.LanguageChoice.notFoundText", "the 404 explanation in that language");
        m("PageView.LanguageChoice.backHome", "\"back to the home page\" in that language");
        m("PageView.LanguageChoice.searchUrl", "that language's search page, or empty when the site has no search page template (`search.ftl`)");
        m("PageView.LanguageChoice.searchLabel", "\"search the site\" in that language");
        m("PageView.LanguageChoice.menu", "that language's main navigation");

        m("Card", "a page shown in a list, in the list's language");
        m("Card.title", "title");
        m("Card.shortTitle", "`menuTitle` or title");
        m("Card.description", "description");
        m("Card.url", "URL in the language of the list");
        m("Card.key", "page key");
        m("Card.date", "`YYYY-MM-DD` or empty");
        m("Card.dateText", "the date in the list's language, or empty");
        m("Card.fallback", "true when the page is shown from the default language's text");
        m("Card.textLang", "the `lang` of the card's text");
        m("Card.image", "front matter `image`, or empty");
        m("Card.picture", "front matter `image` as a processed picture, or missing");
        m("Card.params", "the page's front matter fields");
        m("Card.sourceLanguageName", "the name of the card's text language written in itself (for the note on a fallback card)");
        m("Card.hero", "front matter `image` with `imageAlt` and the focal point's class, or missing when there is no processed picture");
        m("Hero", "a page's picture as its hero and its cards' picture");
        m("Hero.picture", "the processed picture");
        m("Hero.alt", "front matter `imageAlt`: what the picture shows");
        m("Hero.focus", "the CSS class of front matter `imageFocus` (`focus-25-0`, quarters of `object-position`), or empty for the centre");

        m("PictureView", "a processed image; `<@pic.picture img=… alt=… sizes=…/>` from `partials/picture.ftl` shows it");
        m("PictureView.sources", "a `<source>` per modern format (AVIF, WebP), best first");
        m("PictureView.src", "the fallback JPEG (or PNG) for `<img src>`");
        m("PictureView.srcset", "the fallback format's `srcset`");
        m("PictureView.width", "intrinsic width in pixels (no layout shift)");
        m("PictureView.height", "intrinsic height in pixels");
        m("PictureView.placeholder", "the CSS class (in `site.picturesCss`) painting its placeholder while it loads");
        m("PictureView.large", "the largest JPEG, for lightboxes and links to the full picture");
        m("PictureView.caption", "the caption in the file's metadata, or empty");
        m("PictureView.credit", "the credit (or copyright) in the file's metadata, or empty");
        m("PictureView.copyright", "the copyright in the file's metadata, or empty");
        m("PictureView.alt", "what the picture shows, where the model knows it (a chapter's cover), else missing");
        m("PictureView.Source", "a `<source>` of a picture");
        m("PictureView.Source.type", "MIME type (`image/avif`, `image/webp`)");
        m("PictureView.Source.srcset", "its `srcset`");
        m("PictureView.Large", "the largest JPEG of a picture");
        m("PictureView.Large.src", "URL");
        m("PictureView.Large.width", "width in pixels");
        m("PictureView.Large.height", "height in pixels");

        m("ChapterView", "a photo-book chapter on its own page");
        m("ChapterView.number", "its number, from 1, in file-name order");
        m("ChapterView.photos", "its photos, in order");
        m("ChapterView.previous", "the chapter before, or missing on the first");
        m("ChapterView.next", "the chapter after, or missing on the last");
        m("ChapterView.index", "the photo book's index page, or missing when the language has none");
        m("ChapterView.lightboxJs", "the lightbox script (content-named)");
        m("ChapterView.lightboxCss", "the lightbox stylesheet (content-named)");
        m("ChapterView.credit", "the credit all its photos share, shown once for the chapter, or empty when they differ");
        m("ChapterView.Photo", "a photo of a chapter: a processed picture (so `<@pic.picture img=p …/>` shows it)");
        m("ChapterView.Photo.caption", "the chapter's caption of the photo (else the file's), or empty");
        m("ChapterView.Photo.credit", "who made it when that differs from the chapter's shared credit, else empty");
        m("ChapterView.Photo.alt", "what the photo shows");
        m("ChapterView.Photo.id", "the element id and URL fragment, `photo-3`");
        m("ChapterView.Photo.number", "its number in the chapter, from 1");
        m("ChapterView.Photo.lang", "the `lang` of its caption and alt text");
        m("ChapterView.Photo.foreign", "true when that language differs from the page's text (a caption not translated yet)");
        m("ChapterCard", "a chapter on the photo book's index: its page's card and the chapter's own fields");
        m("ChapterCard.number", "the chapter's number, from 1");
        m("ChapterCard.count", "how many photos it has");
        m("ChapterCard.cover", "its first photo, with its alt text, or missing for a chapter without photos");

        m("ExhibitionView", "`ex`: the VR360 exhibition as its page and its embed page show it; a `…Lang` field is the `lang` of the text before it when that text is shown from another language, else empty");
        m("ExhibitionView.title", "the exhibition's title in this language");
        m("ExhibitionView.titleLang", "see above");
        m("ExhibitionView.intro", "its introduction");
        m("ExhibitionView.introLang", "see above");
        m("ExhibitionView.embed", "true on the embed page");
        m("ExhibitionView.pageUrl", "the exhibition page, `/<lang>/exhibition/`");
        m("ExhibitionView.embedUrl", "the embed page, `/<lang>/exhibition/embed.html`");
        m("ExhibitionView.embedAbsolute", "the embed page's absolute URL");
        m("ExhibitionView.oembedUrl", "the oEmbed description's absolute URL");
        m("ExhibitionView.jsUrl", "the page script (content-named)");
        m("ExhibitionView.cssUrl", "the exhibition's stylesheet (content-named)");
        m("ExhibitionView.snippet", "the `<iframe>` a host site pastes");
        m("ExhibitionView.width", "the iframe's width (960)");
        m("ExhibitionView.height", "the iframe's height (540)");
        m("ExhibitionView.langs", "the exhibition in every language");
        m("ExhibitionView.rooms", "the rooms, in tour order");
        m("ExhibitionView.still", "the still of the first room, shown until the viewer starts");
        m("ExhibitionView.json", "the viewer's data as JSON; print with `?no_esc` inside `<script type=\"application/json\">`");
        m("ExhibitionView.tour", "the guided tour's stops (`tour:` in vr360/exhibition.yaml), in order; empty without a tour");
        m("ExhibitionView.TourStop", "a stop of the guided tour, for the page's readable list of it");
        m("ExhibitionView.TourStop.room", "its room's id");
        m("ExhibitionView.TourStop.exhibit", "its exhibit's id, or null for a view of the room");
        m("ExhibitionView.TourStop.href", "its deep link, `#room=…&exhibit=…` or `#room=…&yaw=…&pitch=…`");
        m("ExhibitionView.TourStop.title", "the exhibit's title, or for a view the room's name");
        m("ExhibitionView.TourStop.titleLang", "see `ex`");
        m("ExhibitionView.TourStop.roomName", "its room's name");
        m("ExhibitionView.TourStop.roomNameLang", "see `ex`");
        m("ExhibitionView.TourStop.text", "the narration");
        m("ExhibitionView.TourStop.textLang", "see `ex`");
        m("ExhibitionView.Language", "the exhibition in a language");
        m("ExhibitionView.Language.code", "language code");
        m("ExhibitionView.Language.name", "language name");
        m("ExhibitionView.Language.htmlLang", "its `lang` value");
        m("ExhibitionView.Language.href", "its exhibition page, or its embed page when embedded");
        m("ExhibitionView.Language.current", "true for the language being shown");
        m("ExhibitionView.Room", "a room");
        m("ExhibitionView.Room.id", "its id (`economy`), used in deep links `#room=…`");
        m("ExhibitionView.Room.first", "true for the room the tour starts in");
        m("ExhibitionView.Room.name", "its name");
        m("ExhibitionView.Room.nameLang", "see `ex`");
        m("ExhibitionView.Room.intro", "its introduction, or empty");
        m("ExhibitionView.Room.introLang", "see `ex`");
        m("ExhibitionView.Room.note", "the hall's note, said once instead of under each picture, or empty: while the "
                + "pictures are drawings (`print.illustrations`) that they are computer-generated illustrations, else a "
                + "credit all its exhibits share");
        m("ExhibitionView.Room.noteLang", "see `ex`");
        m("ExhibitionView.Room.exhibits", "its exhibits, in order");
        m("ExhibitionView.Exhibit", "an exhibit");
        m("ExhibitionView.Exhibit.id", "its id within the room");
        m("ExhibitionView.Exhibit.type", "`image` or `video`");
        m("ExhibitionView.Exhibit.href", "its deep link, `#room=…&exhibit=…`");
        m("ExhibitionView.Exhibit.figureId", "the id of its `<figure>`");
        m("ExhibitionView.Exhibit.title", "its title");
        m("ExhibitionView.Exhibit.titleLang", "see `ex`");
        m("ExhibitionView.Exhibit.caption", "its caption");
        m("ExhibitionView.Exhibit.captionLang", "see `ex`");
        m("ExhibitionView.Exhibit.credit", "its credit");
        m("ExhibitionView.Exhibit.creditLang", "see `ex`");
        m("ExhibitionView.Exhibit.picture", "its picture (a video's poster), or missing when it is not a processed image");
        m("ExhibitionView.Exhibit.video", "for a video, the video; missing for pictures");
        m("ExhibitionView.Video", "a video exhibit");
        m("ExhibitionView.Video.src", "the video file");
        m("ExhibitionView.Video.type", "`video/mp4` or `video/webm`");
        m("ExhibitionView.Video.poster", "its poster picture");
        m("ExhibitionView.Video.tracks", "its caption tracks, one per language that has one");
        m("ExhibitionView.Video.width", "width in pixels");
        m("ExhibitionView.Video.height", "height in pixels");
        m("ExhibitionView.Track", "a caption track (WebVTT)");
        m("ExhibitionView.Track.src", "the `.vtt` file");
        m("ExhibitionView.Track.srclang", "its `lang` value");
        m("ExhibitionView.Track.label", "its language's name");
        m("ExhibitionView.Track.default", "true for the track shown first: the visitor's language, else the first");
        m("ExhibitionView.Still", "a room's still picture");
        m("ExhibitionView.Still.src", "URL");
        m("ExhibitionView.Still.width", "width in pixels");
        m("ExhibitionView.Still.height", "height in pixels");
    }

    private TemplateModelReference() {
    }

    static String markdown(Path work, List<String> undescribed) throws IOException {
        StringBuilder md = new StringBuilder("# Template model\n\n").append(DocsGenerator.GENERATED);
        md.append("""
                What a Freemarker template can use. Templates live in `templates/` of the site
                (`layout.ftl` wraps every page; `home.ftl`, `section.ftl`, `page.ftl`, `tag.ftl`,
                `tags.ftl`, `404.ftl`, `chooser.ftl` render the kinds of page; a page with
                `layout: NAME` uses `templates/NAME.ftl`). `${…}` is HTML-escaped automatically;
                the model is computed in Java, so templates only show it (STYLE.md: no business
                logic in templates).

                ## Our templates

                The model is a set of records (`vn.haiphong.showcase.render.model`); the names and
                types below are read from them, so they always match the code. A field is read by
                its name (`page.title`); a field that is *missing* may be tested with `??`, while
                empty text and empty lists are there (test them with `?has_content`). `params`
                fields are the front matter's or site.yaml's own data, as written there.

                """);
        undescribed.addAll(undescribed());
        for (ModelTypes.Node node : ModelTypes.walk(ROOT)) {
            section(md, node);
        }
        md.append(JBakeModelReference.markdown(work));
        return md.toString();
    }

    /** One record type: what it is, where templates meet it, and its fields. */
    private static void section(StringBuilder md, ModelTypes.Node node) {
        Class<?> type = node.type();
        String name = ModelTypes.name(type);
        md.append("### ").append(type == ROOT ? "Top-level names" : name).append("\n\n");
        String what = meaningOr(name);
        md.append(Character.toUpperCase(what.charAt(0))).append(what.substring(1)).append(".");
        if (!node.paths().isEmpty()) {
            md.append(" In templates: ").append(node.paths().stream().map(p -> "`" + p + "`")
                    .collect(Collectors.joining(", "))).append(".");
        }
        Class<?> base = REPEATS.get(type);
        Set<String> inherited = base == null ? Set.of()
                : ModelTypes.fields(base).stream().map(ModelTypes.Field::name).collect(Collectors.toSet());
        if (base != null) {
            md.append(" It has every field of ").append(ModelTypes.name(base)).append(", and:");
        }
        md.append("\n\n| name | type | meaning |\n|---|---|---|\n");
        for (ModelTypes.Field f : ModelTypes.fields(type)) {
            String key = name + "." + f.name();
            if (inherited.contains(f.name()) && !MEANING.containsKey(key)) {
                continue;
            }
            md.append("| `").append(f.name()).append("` | ").append(ModelTypes.describe(f.type())).append(" | ")
                    .append(meaningOr(key)).append(" |\n");
        }
        md.append("\n");
    }

    private static String meaningOr(String key) {
        String meaning = MEANING.get(key);
        return meaning == null ? "*not described yet*" : CliReference.cell(meaning);
    }

    /**
     * What the reference cannot describe: record types and fields of our model without a meaning
     * here, meanings of names the model no longer has, repeated-field claims that do not hold,
     * and methods templates would see as fields the reference does not list. Empty when complete.
     */
    static List<String> undescribed() {
        List<String> out = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (ModelTypes.Node node : ModelTypes.walk(ROOT)) {
            Class<?> type = node.type();
            String name = ModelTypes.name(type);
            names.add(name);
            if (!MEANING.containsKey(name)) {
                out.add("template model: " + name);
            }
            Class<?> base = REPEATS.get(type);
            List<ModelTypes.Field> fields = ModelTypes.fields(type);
            if (base != null && !fields.containsAll(ModelTypes.fields(base))) {
                out.add("template model: " + name + " does not have every field of " + ModelTypes.name(base));
            }
            Set<String> inherited = base == null ? Set.of()
                    : ModelTypes.fields(base).stream().map(ModelTypes.Field::name).collect(Collectors.toSet());
            for (ModelTypes.Field f : fields) {
                names.add(name + "." + f.name());
                if (!inherited.contains(f.name()) && !MEANING.containsKey(name + "." + f.name())) {
                    out.add("template model: " + name + "." + f.name());
                }
            }
            if (type != ROOT) {
                ModelTypes.hiddenProperties(type).forEach(m -> out.add("template model: " + m
                        + " would show in templates as a field; make it static or give it arguments"));
            }
        }
        for (String key : MEANING.keySet()) {
            if (!names.contains(key)) {
                out.add("template model: a meaning for `" + key + "`, which the model does not have");
            }
        }
        return out;
    }
}
