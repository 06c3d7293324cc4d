package vn.haiphong.showcase.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One source page in one language, as its file says.
 *
 * @param lang        the language of the text ({@code content/<lang>/})
 * @param path        the file's path under {@code content/<lang>/}, with {@code /} separators
 * @param key         {@link #path} without extension ({@code news/port-2025}, {@code _index})
 * @param kind        home, section list or ordinary page
 * @param title       required title
 * @param description one-sentence summary for lists, search engines and sharing
 * @param date        publication date, or null
 * @param tags        tags in the page's language
 * @param translationKey explicit translation group, or null (then {@link #key} groups translations)
 * @param weight      order inside its section (lower first)
 * @param params      every front matter field as written, for templates
 * @param body        the Markdown (or HTML) source after the header
 * @param html        true when the body is HTML (a JBake-style .html page), not Markdown
 * @param file        the source file
 * @param bodyLine    1-based line of the body's first line in {@link #file}
 * @param fieldLines  1-based line in {@link #file} of each front matter field, as the YAML reader found it
 */
public record Page(String lang, String path, String key, Kind kind, String title, String description,
                   LocalDate date, List<String> tags, String translationKey, boolean draft, LocalDate publishDate,
                   LocalDate expiryDate, String image, String layout, boolean required, String sourceHash, int weight,
                   String menuTitle, Map<String, Object> params, String body, boolean html, Path file, int bodyLine,
                   Map<String, Integer> fieldLines) {

    public enum Kind { HOME, SECTION, PAGE }

    /**
     * The line in {@link #file} of front matter field {@code field}, or of a value inside one by its
     * path ({@code photos[2]}, {@code photos[2].alt}), for errors about it; 0 when there is none.
     */
    public int lineOf(String field) {
        return fieldLines.getOrDefault(field, 0);
    }

    /** The key that ties this page to its translations. */
    public String groupKey() {
        return translationKey != null ? translationKey : key;
    }

    /** The key of the section this page lists in: the folder of the page ({@code news/_index}), or "" for top level. */
    public String folder() {
        String k = kind == Kind.PAGE ? key : key.substring(0, Math.max(0, key.length() - "_index".length()));
        int slash = k.endsWith("/") ? k.lastIndexOf('/', k.length() - 2) : k.lastIndexOf('/');
        return slash < 0 ? "" : k.substring(0, slash);
    }

    /** The page's URL path inside its language: {@code ""} for home, {@code news/port-2025/}, {@code news/}. */
    public String slugPath() {
        return switch (kind) {
            case HOME -> "";
            case SECTION -> key.substring(0, key.length() - "_index".length());
            case PAGE -> key.endsWith("/index") ? key.substring(0, key.length() - "index".length()) : key + "/";
        };
    }

    /** Whether the page is published on {@code today} (not a draft, not in the future, not expired). */
    public boolean publishedOn(LocalDate today) {
        if (draft) {
            return false;
        }
        LocalDate from = publishDate != null ? publishDate : date;
        if (from != null && from.isAfter(today)) {
            return false;
        }
        return expiryDate == null || !expiryDate.isBefore(today);
    }

    /** Hash of title, description and body: what a translation's {@code sourceHash} refers to. */
    public String contentHash() {
        return PageParser.contentHash(title, description, body);
    }

    /**
     * Whether {@code other} differs from this page in its body only: then lists, menus, feeds
     * and every other page that shows this one stay the same, and only the page itself changes.
     */
    public boolean sameButBody(Page other) {
        return other != null && lang.equals(other.lang) && path.equals(other.path) && params.equals(other.params)
                && html == other.html && file.equals(other.file);
    }

    /** The label for menus and cards. */
    public String shortTitle() {
        return menuTitle != null ? menuTitle : title;
    }
}
