package vn.haiphong.showcase.content;

import java.nio.file.Path;

/** A file copied as it is: from {@code source} to {@code target} (relative to the output root, {@code /} separated). */
public record StaticFile(Path source, String target) {
}
