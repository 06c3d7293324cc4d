package vn.haiphong.showcase.cdn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.haiphong.showcase.content.Permalinks;

/**
 * The response headers the published site needs: caching (forever for files named by content,
 * a short time with revalidation for everything else), and the security headers every page
 * gets. The Content-Security-Policy admits only the site's own scripts, styles, images, media
 * and connections, which is what the pages, the photo book and the exhibition viewer (WebGL
 * textures, tiles, video, blob: workers) load; only the exhibition's {@code embed.html} may be
 * framed by other sites. Written as a Netlify/Cloudflare Pages {@code _headers} file.
 */
public final class HeaderRules {
    /** Cache-Control of files whose name changes with their content. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** Cache-Control of pages, feeds, sitemaps and every file that keeps its name. */
    public static final String REVALIDATE = "public, max-age=300, must-revalidate";

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data: blob:; font-src 'self'; media-src 'self' blob:; connect-src 'self';"
            + " worker-src 'self' blob:; manifest-src 'self'; frame-src 'self'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'";

    private HeaderRules() {
    }

    /** The Content-Security-Policy of a page; {@code frameable} pages may be embedded by any site. */
    public static String contentSecurityPolicy(boolean frameable) {
        return POLICY + "; frame-ancestors " + (frameable ? "*" : "'none'");
    }

    /** The security headers of a response, by name, in a stable order. */
    public static Map<String, String> securityHeaders(boolean frameable) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", contentSecurityPolicy(frameable));
        if (!frameable) {
            h.put("X-Frame-Options", "DENY");
        }
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "strict-origin-when-cross-origin");
        h.put("Permissions-Policy", "accelerometer=(self), gyroscope=(self), magnetometer=(self), fullscreen=(self),"
                + " xr-spatial-tracking=(self), camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        return h;
    }

    /**
     * The {@code _headers} file: security headers and the short cache time for everything, then
     * rules that take those back for the frameable pages and for the long-cached files. Folders
     * whose files are all long-cached get one rule, to stay within the hosts' rule limits.
     */
    static String headersFile(Set<String> frameable, Set<String> immutable, Set<String> allPaths) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Written by the build. Cloudflare Pages semantics: every matching rule applies, and\n")
                .append("# `! Name` drops a header set by an earlier rule.\n");
        sb.append("/*\n");
        securityHeaders(false).forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
        sb.append("  Cache-Control: ").append(REVALIDATE).append('\n');
        for (String page : new TreeSet<>(frameable)) {
            sb.append('\n').append(page).append('\n');
            sb.append("  ! Content-Security-Policy\n  ! X-Frame-Options\n");
            sb.append("  Content-Security-Policy: ").append(contentSecurityPolicy(true)).append('\n');
        }
        for (String pattern : immutablePatterns(immutable, allPaths)) {
            sb.append('\n').append(pattern).append('\n');
            sb.append("  ! Cache-Control\n  Cache-Control: ").append(IMMUTABLE).append('\n');
        }
        return sb.toString();
    }

    /**
     * {@code /dir/*} for folders whose files, at any depth, are all long-cached (with their
     * compressed twins), and one path for each other long-cached file.
     */
    static List<String> immutablePatterns(Set<String> immutable, Set<String> allPaths) {
        Set<String> mixed = new TreeSet<>();
        Set<String> dirs = new TreeSet<>();
        for (String p : allPaths) {
            String base = p.endsWith(".br") || p.endsWith(".gz") ? p.substring(0, p.length() - 3) : p;
            boolean imm = immutable.contains(base);
            for (int slash = p.indexOf('/'); slash > 0; slash = p.indexOf('/', slash + 1)) {
                String dir = p.substring(0, slash);
                dirs.add(dir);
                if (!imm) {
                    mixed.add(dir);
                }
            }
        }
        List<String> covered = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (String dir : dirs) {
            if (mixed.contains(dir) || covered.stream().anyMatch(c -> dir.startsWith(c + "/"))) {
                continue;
            }
            covered.add(dir);
            patterns.add(Permalinks.root(dir + "/*"));
        }
        for (String p : new TreeSet<>(immutable)) {
            if (covered.stream().noneMatch(c -> p.startsWith(c + "/"))) {
                patterns.add(Permalinks.root(p));
            }
        }
        return patterns;
    }
}
