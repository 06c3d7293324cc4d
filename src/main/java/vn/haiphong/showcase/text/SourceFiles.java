package vn.haiphong.showcase.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.haiphong.showcase.errors.ContentErrors;

/**
 * Reads the site's text sources (pages, YAML files) with a size limit, so one oversized file is
 * a content error naming it instead of a build that runs out of memory: the size is checked
 * before reading, and never more than the limit (plus one byte) is held.
 */
public final class SourceFiles {
    /** How large a file may be, what it is called in the error, and how to get under the limit. */
    public record Limit(long bytes, String what, String fix) {
    }

    /** A page under content/ (Markdown or HTML): 5 MiB, about 50 times the longest page of the default site's kind. */
    public static final Limit PAGE = new Limit(5L << 20, "a page",
            "split it into several pages, and keep large data in files under assets/ that the page links to");
    /** A YAML file (site.yaml, templates/i18n/*.yaml, vr360/exhibition.yaml, JBake data files): 2 MiB. */
    public static final Limit YAML = new Limit(2L << 20, "a YAML file",
            "keep it to settings and texts; large data belongs in files under assets/");

    private SourceFiles() {
    }

    /**
     * The bytes of {@code file}, or null when it is larger than {@code limit} (then a content
     * error naming the file, its size and the limit is in {@code errors}).
     *
     * @throws IOException when the file cannot be read
     */
    public static byte[] read(Path file, Limit limit, ContentErrors errors) throws IOException {
        long size = Files.size(file);
        if (size <= limit.bytes()) {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) limit.bytes() + 1); // it may have grown since
                if (bytes.length <= limit.bytes()) {
                    return bytes;
                }
                size = Math.max(size, bytes.length);
            }
        }
        errors.add(file, 0, "the file is " + megabytes(size) + ", more than the " + megabytes(limit.bytes())
                + " " + limit.what() + " may be", limit.fix());
        return null;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
