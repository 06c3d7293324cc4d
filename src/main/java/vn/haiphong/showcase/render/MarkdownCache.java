package vn.haiphong.showcase.render;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.haiphong.showcase.content.Page;
import vn.haiphong.showcase.markdown.MarkdownRenderer;

/**
 * Rendered Markdown of unchanged pages, kept between the builds of a running {@code serve}.
 * Keyed by the page object (the page cache hands back the same object for an unchanged file), the
 * language it is shown in and a version of the site's set of pages (links depend on it).
 */
public final class MarkdownCache {
    private record Key(Page page, String lang, long linkVersion) {
    }

    private final ConcurrentHashMap<Key, MarkdownRenderer.Rendered> rendered = new ConcurrentHashMap<>();
    private final boolean enabled;
    private volatile long linkVersion;

    private MarkdownCache(boolean enabled) {
        this.enabled = enabled;
    }

    /** No caching: a one-shot build. */
    public static MarkdownCache none() {
        return new MarkdownCache(false);
    }

    /** Caching across builds. */
    public static MarkdownCache remembering() {
        return new MarkdownCache(true);
    }

    /** Drops everything when the set of page URLs changed (a page added, removed or renamed). */
    public void linkSetChanged(long version) {
        if (version != linkVersion) {
            rendered.clear();
            linkVersion = version;
        }
    }

    MarkdownRenderer.Rendered get(Page page, String lang, Supplier<MarkdownRenderer.Rendered> render) {
        if (!enabled) {
            return render.get();
        }
        return rendered.computeIfAbsent(new Key(page, lang, linkVersion), k -> render.get());
    }
}
