package vn.haiphong.showcase.output;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A build held in memory: rendered files as bytes, copied files as their source path.
 *
 * <p>A build that starts from a previous one ({@code serve} after an edit) does not copy its
 * thousands of files: it reads through to them and keeps only what it writes and the folders it
 * removes, so starting it costs what the previous edits changed, not the size of the site. The
 * previous build must not be written to any more once a build starts from it (it is the one being
 * served).
 */
public final class MemoryOutput implements Output {
    /** One published file: rendered bytes, or a source file served as it is. */
    public record Entry(byte[] bytes, Path source) {
    }

    /** Files written by this build and the ones it continues since the last flattening. */
    private static final int MAX_OVERLAY = 4096;
    /** Folders removed from {@link #base} since the last flattening. */
    private static final int MAX_REMOVED = 64;

    /** What earlier builds published, never changed (shared by the builds that continue them). */
    private final Map<String, Entry> base;
    /** Written on top of {@link #base}. */
    private final Map<String, Entry> files = new ConcurrentHashMap<>();
    /** Folder prefixes ({@code search/vi.1a2b3c4d/}) whose files in {@link #base} are unpublished. */
    private final List<String> removed = new CopyOnWriteArrayList<>();

    public MemoryOutput() {
        base = Map.of();
    }

    /** A new build that starts from everything {@code previous} published (which is not written to any more). */
    public MemoryOutput(MemoryOutput previous) {
        if (previous.base.isEmpty() && previous.removed.isEmpty()) {
            base = previous.files; // a full build: read through to it as it is
        } else if (previous.files.size() <= MAX_OVERLAY && previous.removed.size() < MAX_REMOVED) {
            base = previous.base;
            files.putAll(previous.files);
            removed.addAll(previous.removed);
        } else {
            base = previous.visible(); // now and then, after many edits: one copy
        }
    }

    @Override
    public void write(String rel, byte[] bytes) {
        files.put(rel, new Entry(bytes, null));
    }

    @Override
    public void copy(Path source, String rel) {
        files.put(rel, new Entry(null, source));
    }

    /** The file at {@code rel}, or null. */
    public Entry get(String rel) {
        Entry e = files.get(rel);
        if (e != null) {
            return e;
        }
        for (String prefix : removed) {
            if (rel.startsWith(prefix)) {
                return null;
            }
        }
        return base.get(rel);
    }

    /** Unpublishes every file under the folder {@code rel} ({@code search/vi.1a2b3c4d/}). */
    public void removeFolder(String rel) {
        String prefix = rel.endsWith("/") ? rel : rel + "/";
        files.keySet().removeIf(k -> k.startsWith(prefix));
        if (!base.isEmpty()) {
            removed.add(prefix);
        }
    }

    public Map<String, Entry> files() {
        return Map.copyOf(visible());
    }

    private Map<String, Entry> visible() {
        Map<String, Entry> all = new HashMap<>(base.size() + files.size());
        base.forEach((k, e) -> {
            for (String prefix : removed) {
                if (k.startsWith(prefix)) {
                    return;
                }
            }
            all.put(k, e);
        });
        all.putAll(files);
        return all;
    }
}
