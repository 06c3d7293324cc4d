package vn.haiphong.showcase.content;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.yaml.YamlReader;

/**
 * Splits a source file into its header and its body. Two header forms are read: YAML between
 * {@code ---} lines, and JBake's {@code key=value} lines closed by a line of tildes ({@code ~~~~~~}).
 *
 * @param format    which header the file had
 * @param header    the raw header text (YAML) or the parsed JBake pairs rendered back as text
 * @param jbake     for JBake headers, the key/value pairs in order; empty otherwise
 * @param body      everything after the header
 * @param headerLine 1-based line where the header text starts (for YAML error lines)
 * @param bodyLine  1-based line where the body starts
 */
public record FrontMatter(Format format, String header, Map<String, String> jbake, String body, int headerLine,
                          int bodyLine) {

    public enum Format { YAML, JBAKE, NONE }

    /**
     * The YAML header read with the file line of every field, or null after reporting to
     * {@code errors} why there is none: an unclosed header, or bad YAML at its line in {@code file}.
     * Only for {@link Format#YAML}.
     */
    public YamlReader.Result yaml(Path file, ContentErrors errors) {
        if (header == null) {
            errors.add(file, 1, "the front matter starting with `---` is never closed",
                    "add a line `---` after the last front matter field");
            return null;
        }
        YamlReader.Result r = YamlReader.readMap(header, headerLine);
        if (!r.ok()) {
            // when the parser cannot tell where, the opening `---` is the place to look
            errors.add(file, r.line() > 0 ? r.line() : 1, r.problem(),
                    "front matter is YAML: `key: value`, quote values containing `: ` or starting with special characters");
            return null;
        }
        return r;
    }

    /** Splits {@code text} (already decoded, any line endings). Never fails: an unclosed header is reported by the caller. */
    public static FrontMatter split(String text) {
        String t = text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
        if (t.startsWith("---\n") || t.equals("---")) {
            int from = 4;
            int line = 2;
            int pos = from;
            while (pos <= t.length()) {
                int nl = t.indexOf('\n', pos);
                int end = nl < 0 ? t.length() : nl;
                String l = t.substring(pos, end);
                if (l.equals("---") || l.equals("...")) {
                    String body = nl < 0 ? "" : t.substring(nl + 1);
                    return new FrontMatter(Format.YAML, t.substring(from, pos), Map.of(), body, 2, line + 1);
                }
                if (nl < 0) {
                    break;
                }
                pos = nl + 1;
                line++;
            }
            return new FrontMatter(Format.YAML, null, Map.of(), t, 2, 1);
        }
        int tildes = jbakeHeaderEnd(t);
        if (tildes >= 0) {
            Map<String, String> pairs = new LinkedHashMap<>();
            int pos = 0;
            int line = 1;
            while (pos < tildes) {
                int nl = t.indexOf('\n', pos);
                String l = t.substring(pos, nl).strip();
                int eq = l.indexOf('=');
                if (eq > 0) {
                    pairs.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
                }
                pos = nl + 1;
                line++;
            }
            int nl = t.indexOf('\n', tildes);
            String body = nl < 0 ? "" : t.substring(nl + 1);
            return new FrontMatter(Format.JBAKE, t.substring(0, tildes), Map.copyOf(pairs), body, 1, line + 1);
        }
        return new FrontMatter(Format.NONE, "", Map.of(), t, 1, 1);
    }

    /** Start offset of the tilde line when every line before it is {@code key=value} or blank; -1 otherwise. */
    private static int jbakeHeaderEnd(String t) {
        int pos = 0;
        boolean sawPair = false;
        while (pos < t.length()) {
            int nl = t.indexOf('\n', pos);
            int end = nl < 0 ? t.length() : nl;
            String l = t.substring(pos, end).strip();
            if (l.length() >= 6 && l.chars().allMatch(c -> c == '~')) {
                return sawPair ? pos : -1;
            }
            if (!l.isEmpty()) {
                int eq = l.indexOf('=');
                if (eq <= 0 || l.substring(0, eq).strip().contains(" ")) {
                    return -1;
                }
                sawPair = true;
            }
            if (nl < 0) {
                return -1;
            }
            pos = nl + 1;
        }
        return -1;
    }
}
