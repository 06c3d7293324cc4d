package vn.haiphong.showcase.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Records in a translation's front matter which version of the source it translates
 * ({@code sourceHash}), so later edits of the source show the translation as stale. The file is
 * rewritten through a temporary file and an atomic rename: it is never left half-written.
 */
public final class SourceHashStamp {
    private SourceHashStamp() {
    }

    /** Sets {@code sourceHash: hash} in {@code file}'s YAML front matter or JBake header. */
    public static void stamp(Path file, String hash) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        String[] lines = text.split("\r?\n", -1);
        FrontMatter fm = FrontMatter.split(text);
        StringBuilder out = new StringBuilder(text.length() + 40);
        boolean done = false;
        if (fm.format() == FrontMatter.Format.YAML && fm.header() != null) {
            int close = fm.bodyLine() - 2; // 0-based index of the closing ---
            for (int i = 0; i < lines.length; i++) {
                if (!done && i > 0 && i < close && lines[i].startsWith("sourceHash:")) {
                    out.append("sourceHash: \"").append(hash).append('"');
                    done = true;
                } else if (!done && i == close) {
                    out.append("sourceHash: \"").append(hash).append('"').append(nl).append(lines[i]);
                    done = true;
                } else {
                    out.append(lines[i]);
                }
                if (i < lines.length - 1) {
                    out.append(nl);
                }
            }
        } else if (fm.format() == FrontMatter.Format.JBAKE) {
            int close = fm.bodyLine() - 2;
            for (int i = 0; i < lines.length; i++) {
                if (!done && i < close && lines[i].startsWith("sourceHash=")) {
                    out.append("sourceHash=").append(hash);
                    done = true;
                } else if (!done && i == close) {
                    out.append("sourceHash=").append(hash).append(nl).append(lines[i]);
                    done = true;
                } else {
                    out.append(lines[i]);
                }
                if (i < lines.length - 1) {
                    out.append(nl);
                }
            }
        } else {
            throw new IOException(file + " has no front matter to record the source hash in");
        }
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.write(tmp, out.toString().getBytes(StandardCharsets.UTF_8));
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
