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

    /** What became of a request to stamp a file: stamped with its source's hash, or refused and why. */
    public sealed interface Outcome permits Stamped, Refused {
    }

    /** {@code file} now records {@code hash}, its source's content hash. */
    public record Stamped(Path file, String hash) implements Outcome {
    }

    /** {@code file} was left as it was, for the reason {@code why}. */
    public record Refused(Path file, String why) implements Outcome {
    }

    /**
     * Marks {@code file}, a translation among the pages of {@code site}, as up to date with its
     * source, the page of the same translation group in the default language. Refuses a file that
     * is not a page of the site, a page without such a source (or that source itself), and a file
     * that cannot be rewritten.
     */
    public static Outcome stampTranslation(Site site, Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        Page page = null;
        for (TranslationGroup g : site.groups().values()) {
            for (Page p : g.pages().values()) {
                if (p.file().toAbsolutePath().normalize().equals(wanted)) {
                    page = p;
                }
            }
        }
        if (page == null) {
            return new Refused(wanted, "not a page of this site (give the path of a translation under content/<lang>/)");
        }
        String dflt = site.config().defaultLanguage();
        Page source = site.group(page).pages().get(dflt);
        if (source == null || source == page) {
            return new Refused(wanted, "has no " + dflt + " source page to be a translation of");
        }
        try {
            stamp(wanted, source.contentHash());
            return new Stamped(wanted, source.contentHash());
        } catch (IOException e) {
            return new Refused(wanted, e.getMessage());
        }
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
