package vn.haiphong.showcase.photobook;

/**
 * The photo book's print edition (a PDF) in one language, as the web pages link it.
 *
 * @param url   the PDF's site URL, e.g. {@code /en/photobook/photobook-en.pdf}
 * @param bytes its size in bytes
 */
public record PrintEdition(String url, long bytes) {

    /** The size in whole megabytes (at least 1), for a link text like "(PDF, 24 MB)". */
    public long megabytes() {
        return Math.max(1, Math.round(bytes / 1_000_000.0));
    }
}
