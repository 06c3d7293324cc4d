package vn.haiphong.showcase.images;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Every processed image of a build, by the URL pages write ({@code /photos/harbour.jpg}). */
public final class ImageSet {
    /** No images. */
    public static final ImageSet EMPTY = new ImageSet(Map.of());

    private final Map<String, ResponsiveImage> byUrl;
    private final long fingerprint;

    ImageSet(Map<String, ResponsiveImage> byUrl) {
        this.byUrl = Map.copyOf(byUrl);
        // from strings only: record and enum hash codes are not stable between JVM runs
        StringBuilder sb = new StringBuilder();
        for (ResponsiveImage r : new TreeMap<>(byUrl).values()) {
            sb.append(r.url()).append(' ').append(r.width()).append('x').append(r.height()).append(' ')
                    .append(r.color()).append(' ').append(r.placeholder()).append(' ').append(r.metadata()).append('\n');
            for (Variant v : r.variants()) {
                sb.append(v.url()).append(' ').append(v.width()).append('x').append(v.height()).append('\n');
            }
        }
        long h = 1125899906842597L;
        for (int i = 0; i < sb.length(); i++) {
            h = 31 * h + sb.charAt(i);
        }
        this.fingerprint = h;
    }

    /** The image published for {@code url}, or null when it is not a processed image. */
    public ResponsiveImage get(String url) {
        return byUrl.get(url);
    }

    public Collection<ResponsiveImage> all() {
        return byUrl.values();
    }

    public int size() {
        return byUrl.size();
    }

    /**
     * Changes when anything HTML can show of any image changes (sizes, variants, placeholders,
     * metadata): part of the key of cached rendered pages.
     */
    public long fingerprint() {
        return fingerprint;
    }
}
