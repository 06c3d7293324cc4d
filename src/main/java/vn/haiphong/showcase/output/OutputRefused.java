package vn.haiphong.showcase.output;

/**
 * An output folder that must not be replaced (the site's own sources, a folder of someone's
 * files): a usage problem (exit code 2), found before anything is written. The message names the
 * folder, why, and what to choose instead.
 */
public final class OutputRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputRefused(String message) {
        super(message);
    }
}
