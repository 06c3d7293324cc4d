package vn.haiphong.showcase.errors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A thread-safe collector of {@link ContentError}s: every stage adds what it finds and the build
 * stops only after all of them are known, so the content team sees every problem at once.
 */
public final class ContentErrors {
    private final List<ContentError> errors = new ArrayList<>();

    public synchronized void add(ContentError error) {
        errors.add(error);
    }

    public void add(Path path, int line, String message, String hint) {
        add(new ContentError(path, line, message, hint));
    }

    public synchronized boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The errors found so far, sorted by file and line (stable output for the same sources). */
    public synchronized List<ContentError> sorted() {
        List<ContentError> copy = new ArrayList<>(errors);
        copy.sort(null);
        return List.copyOf(copy);
    }

    /** Thrown by a stage that cannot go on because of content errors; carries all of them. */
    public static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<ContentError> errors;

        public Failure(List<ContentError> errors) {
            super(errors.size() + " content error(s)");
            this.errors = List.copyOf(errors);
        }

        public List<ContentError> errors() {
            return errors;
        }
    }
}
