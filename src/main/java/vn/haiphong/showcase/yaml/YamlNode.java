package vn.haiphong.showcase.yaml;

import java.util.List;
import java.util.Map;

/**
 * One node of a YAML document as {@link YamlReader} read it: a mapping (keys in file order), a
 * list, or a scalar (its text as written, before YAML gives it a type), with the line in the file
 * where it starts and, for a mapping, the line of each key. Lines are 1-based lines of the whole
 * file, also for YAML that sits inside another file (front matter).
 */
public final class YamlNode {
    private enum Kind { MAP, LIST, SCALAR }

    private final Kind kind;
    private final int line;
    private final Map<String, YamlNode> map;
    private final Map<String, Integer> keyLines;
    private final List<YamlNode> list;
    private final String text;

    private YamlNode(Kind kind, int line, Map<String, YamlNode> map, Map<String, Integer> keyLines,
                     List<YamlNode> list, String text) {
        this.kind = kind;
        this.line = line;
        this.map = map;
        this.keyLines = keyLines;
        this.list = list;
        this.text = text;
    }

    static YamlNode mapping(int line, Map<String, YamlNode> map, Map<String, Integer> keyLines) {
        return new YamlNode(Kind.MAP, line, map, keyLines, List.of(), null);
    }

    static YamlNode sequence(int line, List<YamlNode> list) {
        return new YamlNode(Kind.LIST, line, Map.of(), Map.of(), list, null);
    }

    static YamlNode scalar(int line, String text) {
        return new YamlNode(Kind.SCALAR, line, Map.of(), Map.of(), List.of(), text);
    }

    /** The 1-based line of the file where this node starts (0 when unknown). */
    public int line() {
        return line;
    }

    public boolean isMap() {
        return kind == Kind.MAP;
    }

    public boolean isList() {
        return kind == Kind.LIST;
    }

    public boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    /** A mapping's entries in file order (keys as written); empty for lists and scalars. */
    public Map<String, YamlNode> map() {
        return map;
    }

    /** A list's items in order; empty for mappings and scalars. */
    public List<YamlNode> list() {
        return list;
    }

    /** A scalar's text as written ({@code ""} for an empty value); null for mappings and lists. */
    public String text() {
        return text;
    }

    /** The value of {@code key} in this mapping, or null when there is none (or this is not a mapping). */
    public YamlNode get(String key) {
        return map.get(key);
    }

    /**
     * The line of {@code key} itself in this mapping, so that a problem with its value is shown where
     * the content team wrote the key; this node's own line when the key is absent.
     */
    public int lineOf(String key) {
        return keyLines.getOrDefault(key, line);
    }

    /** What this node is, for messages: "a mapping", "a list" or the value in quotes. */
    public String kind() {
        return switch (kind) {
            case MAP -> "a mapping";
            case LIST -> "a list";
            case SCALAR -> "the value \"" + text + "\"";
        };
    }
}
