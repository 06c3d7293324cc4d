package vn.haiphong.showcase.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Where rendered files go: a folder on disk ({@link OutputDir}) or memory ({@link MemoryOutput}, for {@code serve}). */
public interface Output {

    /** Writes {@code bytes} to {@code rel}, a {@code /}-separated path under the output root. Thread-safe. */
    void write(String rel, byte[] bytes);

    /** Publishes {@code source} as it is at {@code rel}. Thread-safe. */
    void copy(Path source, String rel);

    /**
     * Publishes {@code source}, a file nobody changes in place (an image variant in the cache), at
     * {@code rel}: a hard link where the output folder allows it, else a copy.
     */
    default void link(Path source, String rel) {
        copy(source, rel);
    }

    default void write(String rel, String text) {
        write(rel, text.getBytes(StandardCharsets.UTF_8));
    }
}
