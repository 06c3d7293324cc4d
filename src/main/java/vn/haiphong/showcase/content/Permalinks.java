package vn.haiphong.showcase.content;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.haiphong.showcase.text.Slugs;

/**
 * Every URL the site publishes, and the file each one is written to: the one place that knows
 * their shapes (as Hugo's {@code page_paths.go} is for Hugo). A URL here is site-absolute
 * ({@code /en/news/port-2025/}); {@link #absolute} puts the site's base URL in front and
 * {@link #file} gives the output file it is served from. Every language lives under its code;
 * folders use the same English names in every language.
 *
 * <p>Also the content-name rule: a file named by its content is {@code NAME.<hash>.EXT} and a
 * folder {@code NAME.<hash>}, the hash being the first {@link #HASH_LENGTH} hex digits of the
 * content's SHA-256, so a CDN may keep them for ever.
 */
public final class Permalinks {
    /** Hex digits of a content name's hash. */
    public static final int HASH_LENGTH = 8;
    /** The photo book's folder under each language. */
    public static final String PHOTOBOOK = "photobook";
    /** The exhibition's folder under each language. */
    public static final String EXHIBITION = "exhibition";

    private static final Pattern CONTENT_NAMED_FILE = Pattern.compile(".+\\.[0-9a-f]{" + HASH_LENGTH + ",}\\.[A-Za-z0-9]+");
    private static final Pattern CONTENT_NAMED_FOLDER = Pattern.compile(".+\\.[0-9a-f]{" + HASH_LENGTH + ",}");

    private final String baseUrl;

    /** The permalinks of a site published at {@code baseUrl} (no trailing slash; may be empty). */
    public Permalinks(String baseUrl) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /** {@code url} (site-absolute, from this class) as an absolute URL on the site's base URL. */
    public String absolute(String url) {
        return baseUrl + url;
    }

    /** The language chooser at the root, also the {@code x-default} of home pages. */
    public static String chooser() {
        return "/";
    }

    /** A language's home page: {@code /en/}. */
    public static String home(String lang) {
        return "/" + lang + "/";
    }

    /** {@code page} as shown in {@code lang} (its own translation, or a fallback copy): {@code /en/news/port-2025/}. */
    public static String page(String lang, Page page) {
        return home(lang) + page.slugPath();
    }

    /** Page {@code number} (from 1) of a paginated list whose first page is {@code first}. */
    public static String pagination(String first, int number) {
        return number <= 1 ? first : first + "page/" + number + "/";
    }

    /** The index of a language's tags: {@code /en/tags/}. */
    public static String tags(String lang) {
        return home(lang) + "tags/";
    }

    /** The page listing a tag's pages: {@code /en/tags/port/}. */
    public static String tag(String lang, String tag) {
        return tags(lang) + Slugs.slug(tag) + "/";
    }

    /**
     * Where earlier versions published the tag: their slug dropped kana's voiced marks
     * ({@code /ja/tags/カットハ/} for カットバ). Equal to {@link #tag} for every other tag.
     */
    public static String tagAsFormerlyPublished(String lang, String tag) {
        return tags(lang) + Slugs.slugDroppingAllMarks(tag) + "/";
    }

    /** A language's Atom feed. */
    public static String feed(String lang) {
        return home(lang) + "feed.xml";
    }

    /** A language's sitemap. */
    public static String sitemap(String lang) {
        return home(lang) + "sitemap.xml";
    }

    /** The sitemap index at the root, listing every language's sitemap. */
    public static String sitemapIndex() {
        return "/sitemap.xml";
    }

    /** {@code robots.txt} at the root. */
    public static String robots() {
        return "/robots.txt";
    }

    /** The page a CDN serves for a missing address outside every language folder, in all languages. */
    public static String rootNotFound() {
        return "/404.html";
    }

    /** A language's page for addresses that do not exist. */
    public static String notFound(String lang) {
        return home(lang) + "404.html";
    }

    /** A language's search page (queries as {@code ?q=}). */
    public static String search(String lang) {
        return home(lang) + "search/";
    }

    /** A language's search index, a folder named by its content: {@code /search/vi.1a2b3c4d/}. */
    public static String searchIndex(String lang, String hex) {
        return root("search/" + contentNamedFolder(lang, hex)) + "/";
    }

    /** The photo book's index in {@code lang}. */
    public static String photobook(String lang) {
        return home(lang) + PHOTOBOOK + "/";
    }

    /** The photo book's print edition in {@code lang} before it is content-named: {@code /en/photobook/photobook-en.pdf}. */
    public static String printEdition(String lang) {
        return photobook(lang) + PHOTOBOOK + "-" + lang + ".pdf";
    }

    /** Photo {@code number} of a photo-book chapter page {@code chapterUrl}: {@code …/photobook/port/#photo-3}. */
    public static String photo(String chapterUrl, int number) {
        return chapterUrl + "#photo-" + number;
    }

    /** The exhibition's page in {@code lang}. */
    public static String exhibition(String lang) {
        return home(lang) + EXHIBITION + "/";
    }

    /**
     * The deep link to an exhibit inside the exhibition page, a fragment the page's script reads
     * (not an anchor): {@code #room=economy&exhibit=cranes}; put {@link #exhibition} in front to
     * link it from elsewhere.
     */
    public static String exhibitLink(String room, String exhibit) {
        return "#room=" + room + "&exhibit=" + exhibit;
    }

    /**
     * A view of a room as the viewer's script state: {@code #room=economy&yaw=1.57&pitch=0.00}
     * (radians, yaw in [0, 2π), two decimals, as src/main/js/exhibition/hash.js writes them).
     */
    public static String exhibitViewLink(String room, double yaw, double pitch) {
        double turn = 2 * Math.PI;
        double y = ((yaw % turn) + turn) % turn;
        y = y >= turn - 0.005 ? 0 : y;
        String p = String.format(java.util.Locale.ROOT, "%.2f", pitch);
        return "#room=" + room + "&yaw=" + String.format(java.util.Locale.ROOT, "%.2f", y) + "&pitch="
                + (p.equals("-0.00") ? "0.00" : p);
    }

    /** The exhibition's page made to be framed by other sites. */
    public static String exhibitionEmbed(String lang) {
        return exhibition(lang) + "embed.html";
    }

    /** The exhibition's oEmbed description. */
    public static String exhibitionOembed(String lang) {
        return exhibition(lang) + "oembed.json";
    }

    /** The folder (no slashes around it) of a room's tile pyramid, named by its content: {@code vr360/tiles/economy.1a2b3c4d}. */
    public static String tileFolder(String room, String hex) {
        return "vr360/tiles/" + contentNamedFolder(room, hex);
    }

    /** A file inside a room's tile folder ({@link #tileFolder}): {@code /vr360/tiles/economy.1a2b3c4d/still.jpg}. */
    public static String tileFile(String tileFolder, String path) {
        return root(tileFolder) + "/" + path;
    }

    /**
     * A file copied from {@code content/<lang>/} (a picture or download beside a page), by its
     * path there: {@code /en/news/chart.png}. It keeps the language of the folder it was written in.
     */
    public static String contentFile(String lang, String path) {
        return home(lang) + path;
    }

    /**
     * A script or stylesheet bundled into the jar, named by its content like every other such file:
     * {@code /js/lightbox.<hash>.js}, {@code /css/lightbox.<hash>.css} ({@code ext} is also the folder).
     */
    public static String bundle(String name, String hex, String ext) {
        return contentName("/" + ext + "/" + name + "." + ext, hex);
    }

    /** A file of the site's root folder by its path there ({@code css/pictures.css}): {@code /css/pictures.css}. */
    public static String root(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    /**
     * The output file that serves {@code url}, relative to the output folder: {@code en/news/}
     * → {@code en/news/index.html}, {@code /en/feed.xml} → {@code en/feed.xml}; a query or
     * fragment is dropped.
     */
    public static String file(String url) {
        String path = url;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /** {@code path} named by its content: {@code css/site.css} with {@code 3f9a1c2b…} → {@code css/site.3f9a1c2b.css}. */
    public static String contentName(String path, String hex) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        String hash = hash(hex);
        if (dot <= slash + 1) {
            return path + "." + hash;
        }
        return path.substring(0, dot) + "." + hash + path.substring(dot);
    }

    /** A folder named by its content: {@code economy} with {@code 8bd7a6ed…} → {@code economy.8bd7a6ed}. */
    public static String contentNamedFolder(String name, String hex) {
        return name + "." + hash(hex);
    }

    /** Whether a file's name ({@code site.3f9a1c2b.css}) follows the content-name rule. */
    public static boolean isContentNamedFile(String name) {
        return CONTENT_NAMED_FILE.matcher(name).matches();
    }

    /** Whether a folder's name ({@code economy.8bd7a6ed}) follows the content-name rule. */
    public static boolean isContentNamedFolder(String name) {
        return CONTENT_NAMED_FOLDER.matcher(name).matches();
    }

    private static String hash(String hex) {
        if (hex.length() < HASH_LENGTH || !hex.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            throw new IllegalArgumentException("a content name needs at least " + HASH_LENGTH
                    + " lower-case hex digits, got `" + hex + "`");
        }
        return hex.substring(0, HASH_LENGTH);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
