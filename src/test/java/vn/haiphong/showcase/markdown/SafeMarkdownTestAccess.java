package vn.haiphong.showcase.markdown;

/** The hostile-corpus assertion, for the site tests that check whole built pages. */
public final class SafeMarkdownTestAccess {
    private SafeMarkdownTestAccess() {
    }

    /** Fails when {@code html} could run script in a browser (see {@link SafeMarkdownTest}). */
    public static void assertNoScript(String html) {
        SafeMarkdownTest.assertNoScript(html);
    }
}
