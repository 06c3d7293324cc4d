package vn.haiphong.showcase.images;

import java.nio.file.Path;

/**
 * One published file of a responsive image.
 *
 * @param format the encoding
 * @param width  pixels, after EXIF orientation
 * @param height pixels, after EXIF orientation
 * @param url    site-absolute URL, the source's base name with the width: {@code /photos/harbour.960.webp}
 * @param file   the encoded file in the image cache
 */
public record Variant(Format format, int width, int height, String url, Path file) {

    /** The encodings we write. */
    public enum Format {
        AVIF("avif", "image/avif"), WEBP("webp", "image/webp"), JPEG("jpg", "image/jpeg"), PNG("png", "image/png");

        private final String extension;
        private final String mimeType;

        Format(String extension, String mimeType) {
            this.extension = extension;
            this.mimeType = mimeType;
        }

        public String extension() {
            return extension;
        }

        public String mimeType() {
            return mimeType;
        }
    }
}
