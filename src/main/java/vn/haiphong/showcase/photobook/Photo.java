package vn.haiphong.showcase.photobook;

import vn.haiphong.showcase.images.ResponsiveImage;

/**
 * One photo of a chapter as shown in one language.
 *
 * @param number      1-based position in the chapter; the photo's anchor is {@code #photo-<number>}
 * @param alt         what the photo shows, for people who cannot see it
 * @param caption     the caption (from the chapter, else from the file's metadata), or ""
 * @param captionLang the language of {@code alt} and {@code caption} (the default language's
 *                    when this language's chapter does not have the photo yet)
 * @param credit      who made it, or ""
 */
public record Photo(int number, String src, String alt, String caption, String captionLang, String credit,
                    ResponsiveImage image) {

    /** The element id and URL fragment of the photo: {@code photo-3}. */
    public String id() {
        return "photo-" + number;
    }
}
