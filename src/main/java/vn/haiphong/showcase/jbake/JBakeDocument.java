package vn.haiphong.showcase.jbake;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * One content file as JBake 2.7.0 models it, ready for templates.
 *
 * @param source  the file under {@code content/} (or {@code data/})
 * @param type    its document type ({@code post}, {@code page}, a custom type, or the data type)
 * @param status  {@code published}, {@code draft}, {@code published-date} (not yet due) or whatever the header says
 * @param date    the header date (midnight in the project's zone), the file's modification time
 *                when the header has none, or null for YAML documents without one
 * @param tags    the header tags, in header order
 * @param output  where it is written, relative to the output folder: {@code uri} with the type's
 *                extension and, for drafts, {@code draft.suffix} ({@code blog/x-draft.html}); null for data files
 * @param content the map templates see as {@code content} or as a list item: header fields plus
 *                {@code body}, {@code uri}, {@code rootpath}, {@code sha1}, … (unmodifiable)
 * @param order   position in JBake's crawl order, which breaks ties between equal dates
 */
record JBakeDocument(Path source, String type, String status, Date date, List<String> tags, String output,
                     Map<String, Object> content, int order) {

    static final String PUBLISHED = "published";
    static final String DRAFT = "draft";
    static final String PUBLISHED_DATE = "published-date";

    /** Whether JBake lists it: only {@code status=published} (a due {@code published-date} became that). */
    boolean published() {
        return PUBLISHED.equals(status);
    }

    /** The {@code uri} templates link to (never with the draft suffix). */
    String uri() {
        return (String) content.get("uri");
    }
}
