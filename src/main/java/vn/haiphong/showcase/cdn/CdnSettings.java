package vn.haiphong.showcase.cdn;

import java.nio.file.Path;
import java.util.Set;

/**
 * How to make an output folder CDN-ready.
 *
 * @param baseUrl        the site's absolute URL: references written on it are the site's own
 * @param cacheDir       where derived bytes are kept between builds ({@code .cache/publish}), or null
 * @param frameablePaths URL paths other sites may frame ({@code /vi/exhibition/embed.html}); all else is not frameable
 */
public record CdnSettings(String baseUrl, Path cacheDir, Set<String> frameablePaths) {
    public CdnSettings {
        frameablePaths = Set.copyOf(frameablePaths);
    }
}
