package vn.haiphong.showcase.markdown;

import java.util.List;

/**
 * What a {@code <picture>} shows for one processed image: the sources by type, the fallback
 * {@code <img>}, its intrinsic size (so the page does not shift while it loads), a placeholder,
 * and the caption and credit the file carries.
 *
 * @param sources     best format first ({@code image/avif}, {@code image/webp})
 * @param src         the fallback {@code <img src>}
 * @param srcset      the fallback format's {@code srcset}
 * @param placeholder the CSS class that paints the picture's placeholder (its average colour under a
 *                    stretched thumbnail) while it loads; a stylesheet, not a {@code style}
 *                    attribute, so a strict Content-Security-Policy ({@code style-src 'self'}) allows it
 * @param caption     the caption in the file's metadata, or ""
 * @param credit      the credit (or copyright) in the file's metadata, or ""
 */
public record Picture(List<Source> sources, String src, String srcset, int width, int height, String placeholder,
                      String caption, String credit) {

    /** A {@code <source type srcset>}. */
    public record Source(String type, String srcset) {
    }

    /** The {@code sizes} of an image in an article's text column (46rem wide at most). */
    public static final String PROSE_SIZES = "(min-width: 49rem) 46rem, calc(100vw - 2.5rem)";

    /**
     * The {@code <picture>} element. The first image of a page loads at once ({@code eager});
     * the others load lazily and decode off the main thread.
     */
    public String html(String alt, String sizes, boolean eager, String imgClass) {
        StringBuilder sb = new StringBuilder("<picture>");
        for (Source s : sources) {
            sb.append("<source type=\"").append(s.type()).append("\" srcset=\"").append(attr(s.srcset()))
                    .append("\" sizes=\"").append(attr(sizes)).append("\">");
        }
        sb.append("<img src=\"").append(attr(src)).append("\" srcset=\"").append(attr(srcset))
                .append("\" sizes=\"").append(attr(sizes)).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" alt=\"").append(attr(alt)).append('"');
        String classes = imgClass == null || imgClass.isEmpty() ? placeholder : placeholder + " " + imgClass;
        sb.append(" class=\"").append(attr(classes)).append('"');
        sb.append(eager ? " fetchpriority=\"high\"" : " loading=\"lazy\" decoding=\"async\"");
        sb.append("></picture>");
        return sb.toString();
    }

    static String attr(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> null;
            };
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            }
            if (sb != null) {
                sb.append(rep != null ? rep : String.valueOf(c));
            }
        }
        return sb == null ? s : sb.toString();
    }
}
