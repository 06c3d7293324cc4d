package vn.haiphong.showcase.search;

/**
 * One result a search can return: a page, a photo of the photo book or an exhibit.
 *
 * @param url         where the result leads (a page, {@code …/#photo-3}, {@code …/exhibition/#room=…&exhibit=…})
 * @param title       shown as the result's link; weighs most
 * @param section     the part of the site it belongs to (a section's or chapter's title), shown under it
 * @param kind        what it is
 * @param description a summary, weighs more than the text
 * @param text        everything else a visitor reads there (plain text: headings, paragraphs, captions)
 */
public record SearchDocument(String url, String title, String section, Kind kind, String description, String text) {
    public enum Kind { PAGE, PHOTO, EXHIBIT }
}
