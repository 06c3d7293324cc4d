package vn.haiphong.showcase.render;

import java.util.ArrayDeque;
import java.util.Deque;
import vn.haiphong.showcase.content.LanguageSite;
import vn.haiphong.showcase.content.PageEntry;
import vn.haiphong.showcase.content.Permalinks;
import vn.haiphong.showcase.images.ImageSet;
import vn.haiphong.showcase.images.ResponsiveImage;
import vn.haiphong.showcase.markdown.LinkRewriter;
import vn.haiphong.showcase.markdown.Picture;

/**
 * Link rules of a page shown in one language: {@code .md} links become the target page's URL in
 * the same language (its translation, or its fallback), relative resources resolve next to the
 * source file, absolute paths and external URLs stay as written. Images must exist: a processed
 * raster image (then it becomes a {@code <picture>}) or a published file.
 */
final class PageLinks implements LinkRewriter {
    private final LanguageSite site;
    private final LanguageSite textSite;
    private final PageEntry entry;
    private final java.nio.file.Path contentDir;
    private final ImageSet images;
    private final java.util.Set<String> files;

    /**
     * @param site     the language the page is shown in
     * @param textSite the language the page's text is written in (differs for a fallback copy)
     */
    PageLinks(LanguageSite site, LanguageSite textSite, PageEntry entry, java.nio.file.Path contentDir) {
        this(site, textSite, entry, contentDir, ImageSet.EMPTY, null);
    }

    /**
     * @param images the processed images
     * @param files  the published static files (output paths without leading slash), or null not to check images
     */
    PageLinks(LanguageSite site, LanguageSite textSite, PageEntry entry, java.nio.file.Path contentDir, ImageSet images,
              java.util.Set<String> files) {
        this.site = site;
        this.textSite = textSite;
        this.entry = entry;
        this.contentDir = contentDir;
        this.images = images;
        this.files = files;
    }

    @Override
    public Picture picture(String url) {
        ResponsiveImage r = images.get(url);
        return r == null ? null : Pictures.of(r);
    }

    @Override
    public Outcome rewrite(String url, boolean image) {
        Outcome out = rewriteLink(url, image);
        if (!image || files == null || out.url() == null || out.url().startsWith("//") || hasScheme(out.url())) {
            return out;
        }
        int cut = indexOfAny(out.url(), '#', '?');
        String path = cut < 0 ? out.url() : out.url().substring(0, cut);
        String decoded = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        if (images.get(path) != null || files.contains(decoded.replaceFirst("^/", ""))) {
            return out;
        }
        String where = url.startsWith("/") ? "assets" + decoded : "content" + decoded;
        return Outcome.error("image not found: `" + url + "` (looked for " + where + ")",
                "pictures shared by all languages live under assets/ and are written from the site root, e.g."
                        + " `/photos/harbour.jpg` for assets/photos/harbour.jpg; others sit next to the page");
    }

    private Outcome rewriteLink(String url, boolean image) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || hasScheme(url)) {
            return Outcome.ok(url);
        }
        int cut = indexOfAny(url, '#', '?');
        String path = cut < 0 ? url : url.substring(0, cut);
        String rest = cut < 0 ? "" : url.substring(cut);
        String folder = entry.page().path().contains("/")
                ? entry.page().path().substring(0, entry.page().path().lastIndexOf('/')) : "";
        if (path.endsWith(".md") || path.endsWith(".markdown")) {
            String resolved = path.startsWith("/") ? normalize(path.substring(1)) : normalize(join(folder, path));
            if (resolved == null) {
                return Outcome.error("link `" + url + "` points outside content/" + entry.page().lang() + "/",
                        "write links to pages as `/section/page.md` (from the language folder) or relative to this file");
            }
            String key = resolved.substring(0, resolved.lastIndexOf('.'));
            PageEntry target = site.byKey().get(key);
            if (entry.fallback() && rest.startsWith("#") && textSite.byKey().containsKey(key)) {
                // heading ids differ between translations: an anchor written in the source text
                // only exists on the page in that same language
                target = textSite.byKey().get(key);
            }
            if (target == null && java.nio.file.Files.isRegularFile(contentDir.resolve(site.lang()).resolve(resolved))) {
                return Outcome.error("link to a page that is not published: `" + url + "`",
                        "the page is a draft, has a future date, has expired or has errors of its own; publish it or remove the link");
            }
            if (target == null) {
                return Outcome.error("link to a page that does not exist: `" + url + "` (looked for content/"
                                + site.lang() + "/" + resolved + ")",
                        "check the file name and folder; links are written from the language folder, e.g. `/visit/cat-ba.md`");
            }
            return Outcome.ok(target.url() + rest);
        }
        if (path.startsWith("/") || path.isEmpty()) {
            return Outcome.ok(url);
        }
        String resolved = normalize(join(folder, path));
        if (resolved == null) {
            return Outcome.error("`" + url + "` points outside content/" + entry.page().lang() + "/",
                    "put shared files under assets/ and refer to them as `/photos/name.jpg`");
        }
        return Outcome.ok(Permalinks.contentFile(entry.page().lang(), resolved) + rest);
    }

    /** {@code scheme:} at the start (http:, mailto:, tel:), checked by hand: this runs for every link. */
    static boolean hasScheme(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return i > 0;
            }
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-');
            if (!ok) {
                return false;
            }
        }
        return false;
    }

    private static String join(String folder, String path) {
        return folder.isEmpty() ? path : folder + "/" + path;
    }

    /** Resolves {@code .} and {@code ..}; null when the path climbs above its root. */
    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
