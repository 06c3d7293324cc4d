package vn.haiphong.showcase.search;

/**
 * One result a search can return: a page, a photo of the photo book or an exhibit.
 *
 * @param url         where the result leads (a page, {@code …/#photo-3}, {@code …/exhibition/#room=…&exhibit=…})
 * @param title       shown as the result's link; weighs most
 * @param section     the part of the site it belongs to (a section's or chapter's title), shown under it
 * @param kind        what it is
 * @param description a summary, weighs more than the text
 * @param text        everything else a visitor reads there (plain text: headings, paragraphs, captions);
 *                    empty once {@code prepared}
 * @param prepared    what the index takes from the document, when it was worked out already (its text
 *                    is then no longer needed), or null
 */
public record SearchDocument(String url, String title, String section, Kind kind, String description, String text,
                             SearchIndex.Prepared prepared) {
    public enum Kind { PAGE, PHOTO, EXHIBIT }

    /** A document not prepared yet. */
    public SearchDocument(String url, String title, String section, Kind kind, String description, String text) {
        this(url, title, section, kind, description, text, null);
    }

    /** This document with what {@code analyzer}'s index takes from it, without its text (which that replaces). */
    public SearchDocument prepared(Analyzer analyzer) {
        return new SearchDocument(url, title, section, kind, description, "", SearchIndex.prepare(analyzer, this));
    }
}
