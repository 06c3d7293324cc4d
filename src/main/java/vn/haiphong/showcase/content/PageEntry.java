package vn.haiphong.showcase.content;

/**
 * A page as shown in one language: its own translation, or (when {@code fallback}) the default
 * language's text published under this language's URL until a translation exists.
 */
public record PageEntry(Page page, String lang, boolean fallback) {

    /** Site-absolute URL path, e.g. {@code /en/news/port-2025/}. */
    public String url() {
        return Permalinks.page(lang, page);
    }

    /** Output file relative to the output root, e.g. {@code en/news/port-2025/index.html}. */
    public String outputPath() {
        return Permalinks.file(url());
    }
}
