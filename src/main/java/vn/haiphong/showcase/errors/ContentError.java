package vn.haiphong.showcase.errors;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem in the sources that the content team can fix: a file, the line where known (0 when
 * not), what is wrong and how to fix it. Printed as {@code path:line: message (hint)}.
 */
public record ContentError(Path path, int line, String message, String hint) implements Comparable<ContentError> {

    public ContentError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }

    public static ContentError at(Path path, int line, String message, String hint) {
        return new ContentError(path, line, message, hint);
    }

    /** The line the content team reads: {@code path[:line]: message — hint}, path relative to {@code base}. */
    public String format(Path base) {
        Path shown = base != null && path.isAbsolute() && path.startsWith(base) ? base.relativize(path) : path;
        StringBuilder sb = new StringBuilder(shown.toString().replace('\\', '/'));
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ").append(message);
        if (!hint.isEmpty()) {
            sb.append(" — ").append(hint);
        }
        return sb.toString();
    }

    @Override
    public int compareTo(ContentError o) {
        int c = path.toString().compareTo(o.path.toString());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
