package vn.haiphong.showcase.render.model;

import java.util.List;

/**
 * {@code page.chapter} on a photo-book chapter: its number, its photos, the chapters before and
 * after (null at the ends), the photo book's index ({@code null} when it has none), the lightbox, and
 * the credit every photo shares ({@code credit}, shown once for the chapter instead of under each
 * photo; "" when the photos' credits differ).
 */
public record ChapterView(int number, List<Photo> photos, Card previous, Card next, String index, String lightboxJs,
                          String lightboxCss, String credit) {

    /**
     * A photo of the chapter: its picture (the fields repeated, so {@code <@pic.picture img=p …/>}
     * shows it) with the chapter's caption, its own credit ("" when it is the chapter's shared
     * {@link ChapterView#credit}), its alt text, anchor id and number, the language of its caption,
     * and whether that language differs from the page's text.
     */
    public record Photo(List<PictureView.Source> sources, String src, String srcset, int width, int height,
                        String placeholder, PictureView.Large large, String caption, String credit, String copyright,
                        String alt, String id, int number, String lang, boolean foreign) {
    }
}
