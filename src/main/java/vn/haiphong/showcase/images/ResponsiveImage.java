package vn.haiphong.showcase.images;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A source image as published: its variants, its size (after EXIF orientation), a placeholder
 * shown while it loads, and the metadata we keep.
 *
 * @param url         the source's site-absolute URL as pages write it ({@code /photos/harbour.jpg})
 * @param width       pixels of the largest variant
 * @param height      pixels of the largest variant
 * @param variants    every variant, by format (best first) then width (ascending)
 * @param color       the average colour, {@code #rrggbb}
 * @param placeholder a tiny PNG (12 px wide, blurred when stretched) as a {@code data:} URI
 * @param metadata    caption, credit and copyright from the file
 */
public record ResponsiveImage(String url, int width, int height, List<Variant> variants, String color,
                              String placeholder, PhotoMetadata metadata) {

    /** The formats present, best first (AVIF, WebP, then the JPEG or PNG fallback). */
    public List<Variant.Format> formats() {
        return variants.stream().map(Variant::format).distinct().toList();
    }

    /** The fallback format every browser reads: JPEG, or PNG for images with transparency. */
    public Variant.Format fallbackFormat() {
        return formats().contains(Variant.Format.PNG) ? Variant.Format.PNG : Variant.Format.JPEG;
    }

    /** {@code srcset} of one format: {@code /photos/h.480.webp 480w, /photos/h.960.webp 960w}. */
    public String srcset(Variant.Format format) {
        return variants.stream().filter(v -> v.format() == format)
                .map(v -> v.url() + " " + v.width() + "w").collect(Collectors.joining(", "));
    }

    /** The {@code <img src>}: the largest fallback variant not wider than 1600 px (else the narrowest). */
    public Variant fallback() {
        List<Variant> own = variants.stream().filter(v -> v.format() == fallbackFormat()).toList();
        Variant best = own.get(0);
        for (Variant v : own) {
            if (v.width() <= 1600) {
                best = v;
            }
        }
        return best;
    }

    /** The largest fallback variant: for lightboxes, downloads and link previews. */
    public Variant largest() {
        List<Variant> own = variants.stream().filter(v -> v.format() == fallbackFormat()).toList();
        return own.get(own.size() - 1);
    }
}
