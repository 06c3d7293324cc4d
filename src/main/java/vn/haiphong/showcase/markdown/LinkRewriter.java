package vn.haiphong.showcase.markdown;

/**
 * Decides what a link or image URL written in a page becomes in the HTML, or why it is wrong.
 * Implemented by the site stage, which knows the pages; the Markdown stage knows no files.
 */
@FunctionalInterface
public interface LinkRewriter {

    /** The result: either the URL to write, or a problem with a hint. */
    record Outcome(String url, String problem, String hint) {
        public static Outcome ok(String url) {
            return new Outcome(url, null, null);
        }

        public static Outcome error(String problem, String hint) {
            return new Outcome(null, problem, hint);
        }
    }

    /** Rewrites {@code url} as written in the page; {@code image} tells an image from a link. */
    Outcome rewrite(String url, boolean image);

    /**
     * The processed image published at {@code url} (a URL this rewriter returned for an image), or
     * null when it is not one (SVG, GIF, external): then a plain {@code <img>} is written.
     */
    default Picture picture(String url) {
        return null;
    }

    /** Leaves every URL as written. */
    LinkRewriter NONE = (url, image) -> Outcome.ok(url);
}
