package vn.haiphong.showcase.output;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A build held in memory: rendered files as bytes, copied files as their source path. */
public final class MemoryOutput implements Output {
    /** One published file: rendered bytes, or a source file served as it is. */
    public record Entry(byte[] bytes, Path source) {
    }

    private final Map<String, Entry> files = new ConcurrentHashMap<>();

    public MemoryOutput() {
    }

    /** A new build that starts from everything {@code previous} published. */
    public MemoryOutput(MemoryOutput previous) {
        files.putAll(previous.files);
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
        return files.get(rel);
    }

    /** Unpublishes every file under the folder {@code rel} ({@code search/vi.1a2b3c4d/}). */
    public void removeFolder(String rel) {
        String prefix = rel.endsWith("/") ? rel : rel + "/";
        files.keySet().removeIf(k -> k.startsWith(prefix));
    }

    public Map<String, Entry> files() {
        return Map.copyOf(files);
    }
}
