package vn.haiphong.showcase.config;

import java.util.List;

/**
 * The {@code images:} part of site.yaml: which responsive variants the image pipeline writes.
 *
 * @param widths      variant widths in pixels, ascending (a source narrower than one of them
 *                    gets its own width instead: images are never enlarged)
 * @param jpegQuality JPEG quality, 1–100
 * @param webpQuality WebP quality, 1–100
 * @param avifQuality AVIF quality, 1–100 (used only when {@code vips} is installed)
 * @param maxPixels   images with more pixels than this (width × height, read from the header) are refused
 * @param avif        write AVIF variants when {@code vips} is installed ({@code avif: false} turns them off)
 */
public record ImageOptions(List<Integer> widths, int jpegQuality, int webpQuality, int avifQuality, long maxPixels,
                           boolean avif) {

    /** 480/960/1600/2400 px, JPEG 82, WebP 80, AVIF 55 (when vips is there), at most 100 megapixels. */
    public static final ImageOptions DEFAULT = new ImageOptions(List.of(480, 960, 1600, 2400), 82, 80, 55, 100_000_000L, true);

    public ImageOptions {
        widths = widths.stream().sorted().distinct().toList();
        if (widths.isEmpty()) {
            throw new IllegalArgumentException("at least one width is needed");
        }
    }
}
