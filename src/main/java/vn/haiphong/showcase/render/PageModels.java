package vn.haiphong.showcase.render;

import java.util.ArrayList;
import java.util.List;
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
                dateText(p, config.language(e.lang())), e.fallback(), config.language(p.lang()).htmlLang(),
                p.image() == null ? "" : p.image(), picture(p.image()), p.params());
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
        List<ChapterView.Photo> photos = new ArrayList<>();
        for (Photo p : c.photos()) {
            PictureView pic = Pictures.model(p.image(), p.alt());
            photos.add(new ChapterView.Photo(pic.sources(), pic.src(), pic.srcset(), pic.width(), pic.height(),
                    pic.placeholder(), pic.large(), p.caption(), p.credit(), pic.copyright(), p.alt(), p.id(),
                    p.number(), config.language(p.captionLang()).htmlLang(),
                    !p.captionLang().equals(c.entry().page().lang())));
        }
        ScriptBundle lightbox = ScriptBundle.lightbox();
        String lang = c.entry().lang();
        return new ChapterView(c.number(), photos,
                c.previous() == null ? null : card(c.previous()),
                c.next() == null ? null : card(c.next()),
                ctx.site().language(lang).byKey().containsKey(PhotoBook.FOLDER + "/_index") ? Permalinks.photobook(lang) : null,
                lightbox.jsUrl(), lightbox.cssUrl());
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
