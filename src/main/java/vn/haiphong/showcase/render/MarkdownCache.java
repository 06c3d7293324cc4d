package vn.haiphong.showcase.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import vn.haiphong.showcase.markdown.MarkdownRenderer;

/**
 * Where rendered Markdown is reused from: nowhere ({@link #none()}, for tests of the renderer
 * itself) or the site's {@code .cache/markdown/} store, shared by the builds of one process
 * ({@code serve}) and across processes (CI keeps {@code .cache/} between runs).
 */
public final class MarkdownCache {
    private final Path dir;
    private MarkdownStore store;

    private MarkdownCache(Path dir) {
        this.dir = dir;
    }

    /** No reuse: every page is rendered. */
    public static MarkdownCache none() {
        return new MarkdownCache(null);
    }

    /** Reuse through {@code cacheDir/markdown/} (created when first saved). */
    public static MarkdownCache in(Path cacheDir) {
        return new MarkdownCache(cacheDir.resolve("markdown"));
    }

    MarkdownRenderer.Rendered get(long key, Supplier<MarkdownRenderer.Rendered> render) {
        if (dir == null) {
            return render.get();
        }
        MarkdownRenderer.Rendered r = store().get(key);
        if (r == null) {
            r = render.get();
            store().put(key, r);
        }
        return r;
    }

    private synchronized MarkdownStore store() {
        if (store == null) {
            store = MarkdownStore.open(dir);
        }
        return store;
    }

    /** Lets go of what was loaded and rendered (after {@link #save}); the next use loads the store again. */
    public synchronized void forget() {
        store = null;
    }

    /** Saves what the build that just finished used; called only after a successful build. */
    public void save() {
        if (dir == null || store == null) {
            return;
        }
        try {
            store.save();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Markdown cache in " + dir
                    + " (delete the .cache folder if it is damaged)", e);
        }
    }
}
