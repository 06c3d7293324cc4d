package vn.haiphong.showcase.render.model;

import java.util.List;

/**
 * A processed image as {@code partials/picture.ftl} shows it: a source per modern format, the
 * fallback JPEG (or PNG) with its srcset and size, the placeholder's CSS class, the largest JPEG,
 * and the file's own caption, credit and copyright ({@code ""} when it has none). {@code alt} is
 * there only where the model knows what the picture shows (a chapter's cover), else null.
 */
public record PictureView(List<Source> sources, String src, String srcset, int width, int height, String placeholder,
                          Large large, String caption, String credit, String copyright, String alt) {

    /** A {@code <source>}: a format's MIME type and its srcset. */
    public record Source(String type, String srcset) {
    }

    /** The largest JPEG variant, for lightboxes and links to the full picture. */
    public record Large(String src, int width, int height) {
    }
}
