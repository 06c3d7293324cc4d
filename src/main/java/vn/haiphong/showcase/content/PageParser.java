package vn.haiphong.showcase.content;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.text.Utf8;
import vn.haiphong.showcase.yaml.YamlNode;
import vn.haiphong.showcase.yaml.YamlReader;

/** Turns one source file into a {@link Page}, or reports why it cannot. */
public final class PageParser {
    private static final Set<String> LIST_FIELDS = Set.of("tags");

    private PageParser() {
    }

    /**
     * Parses the bytes of {@code file}, whose path under {@code content/<lang>/} is {@code path}.
     * Returns null (and adds to {@code errors}) when the page cannot be built.
     */
    public static Page parse(String lang, String path, Path file, byte[] bytes, ContentErrors errors) {
        if (indexOf(bytes, (byte) 0) >= 0) {
            errors.add(file, 0, "this is not a Markdown text file (it contains binary data)",
                    "save the page as plain UTF-8 Markdown (.md); put images and documents under assets/");
            return null;
        }
        String text;
        try {
            text = Utf8.decode(bytes);
        } catch (CharacterCodingException e) {
            errors.add(file, Utf8.lineOfFirstError(bytes), "not valid UTF-8",
                    "save the file with UTF-8 encoding (in most editors: Save with encoding → UTF-8)");
            return null;
        }
        boolean html = path.endsWith(".html") || path.endsWith(".htm");
        FrontMatter fm = FrontMatter.split(text);
        Map<String, Object> fields;
        Map<String, Integer> fieldLines = new HashMap<>();
        switch (fm.format()) {
            case YAML -> {
                YamlReader.Result yaml = fm.yaml(file, errors);
                if (yaml == null) {
                    return null;
                }
                fields = new LinkedHashMap<>(yaml.map());
                addLines("", yaml.root(), fieldLines);
            }
            case JBAKE -> {
                fields = fromJBake(fm.jbake());
                fieldLines.putAll(jbakeLines(fm));
            }
            default -> {
                errors.add(file, 1, "the page has no front matter",
                        "start the file with\n---\ntitle: \"…\"\ndescription: \"…\"\n---");
                return null;
            }
        }
        return build(lang, path, file, fm, fields, Map.copyOf(fieldLines), html, errors);
    }

    /** The line of each {@code key=value} of a JBake header: one field per line, the last one of a key counts. */
    /**
     * The line of every value under {@code node} by its path: {@code title}, {@code photos[2]},
     * {@code photos[2].alt}; a key's line for a mapping entry, the item's line for a list item.
     */
    private static void addLines(String path, YamlNode node, Map<String, Integer> out) {
        if (node.isMap()) {
            for (Map.Entry<String, YamlNode> e : node.map().entrySet()) {
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                out.put(p, node.lineOf(e.getKey()));
                addLines(p, e.getValue(), out);
            }
        } else if (node.isList()) {
            for (int i = 0; i < node.list().size(); i++) {
                String p = path + "[" + i + "]";
                out.put(p, node.list().get(i).line());
                addLines(p, node.list().get(i), out);
            }
        }
    }

    private static Map<String, Integer> jbakeLines(FrontMatter fm) {
        Map<String, Integer> lines = new HashMap<>();
        String[] ls = fm.header().split("\n", -1);
        for (int i = 0; i < ls.length; i++) {
            String l = ls[i].strip();
            int eq = l.indexOf('=');
            if (eq > 0) {
                lines.put(l.substring(0, eq).strip(), fm.headerLine() + i);
            }
        }
        return lines;
    }

    static Map<String, Object> fromJBake(Map<String, String> pairs) {
        Map<String, Object> fields = new LinkedHashMap<>();
        pairs.forEach((k, v) -> {
            if (LIST_FIELDS.contains(k)) {
                List<String> items = new ArrayList<>();
                for (String s : v.split(",")) {
                    if (!s.isBlank()) {
                        items.add(s.strip());
                    }
                }
                fields.put(k, items);
            } else if (k.equals("status")) {
                fields.put("status", v);
                fields.put("draft", v.equals("draft"));
            } else {
                fields.put(k, v);
            }
        });
        return fields;
    }

    private static Page build(String lang, String path, Path file, FrontMatter fm, Map<String, Object> f,
                              Map<String, Integer> fieldLines, boolean html, ContentErrors errors) {
        Lines lines = new Lines(file, fieldLines, fm.headerLine(), errors);
        String title = lines.string(f, "title");
        if (title == null || title.isBlank()) {
            lines.error("title", "the page has no `title`", "add `title: \"…\"` to the front matter");
            return null;
        }
        String description = lines.string(f, "description");
        LocalDate date = lines.date(f, "date");
        LocalDate publishDate = lines.date(f, "publishDate");
        LocalDate expiryDate = lines.date(f, "expiryDate");
        List<String> tags = lines.stringList(f, "tags");
        String translationKey = lines.string(f, "translationKey");
        boolean draft = lines.bool(f, "draft");
        boolean required = lines.bool(f, "required");
        String image = lines.string(f, "image");
        String layout = lines.string(f, "layout");
        String sourceHash = lines.string(f, "sourceHash");
        String menuTitle = lines.string(f, "menuTitle");
        int weight = lines.integer(f, "weight");

        String key = path.substring(0, path.lastIndexOf('.'));
        String name = key.substring(key.lastIndexOf('/') + 1);
        Page.Kind kind = name.equals("_index") ? (key.equals("_index") ? Page.Kind.HOME : Page.Kind.SECTION)
                : Page.Kind.PAGE;
        String body = fm.body();
        return new Page(lang, path, key, kind, title.strip(), description == null ? "" : description.strip(), date,
                tags, translationKey, draft, publishDate, expiryDate, image, layout, required, sourceHash, weight,
                menuTitle, java.util.Collections.unmodifiableMap(f), body, html, file, fm.bodyLine(), fieldLines);
    }

    /**
     * The hash a translation stores as {@code sourceHash}: SHA-256 over the source's title,
     * description and body with line endings and trailing blanks normalised, first 16 hex digits.
     * Changing tags, dates or layout does not make translations stale; changing words does.
     */
    public static String contentHash(String title, String description, String body) {
        StringBuilder sb = new StringBuilder(title).append('\n').append(description).append('\n');
        for (String line : body.replace("\r\n", "\n").split("\n", -1)) {
            sb.append(line.stripTrailing()).append('\n');
        }
        String normalized = sb.toString().strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(Arrays.copyOf(digest, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Typed access to front matter fields, reporting a wrong type at the field's own line. */
    private static final class Lines {
        private final Path file;
        private final Map<String, Integer> fieldLines;
        private final int headerLine;
        private final ContentErrors errors;

        Lines(Path file, Map<String, Integer> fieldLines, int headerLine, ContentErrors errors) {
            this.file = file;
            this.fieldLines = fieldLines;
            this.headerLine = headerLine;
            this.errors = errors;
        }

        /** A missing field (a page without a title) is reported where the header starts. */
        void error(String key, String message, String hint) {
            errors.add(file, fieldLines.getOrDefault(key, headerLine), message, hint);
        }

        String string(Map<String, Object> f, String key) {
            Object v = f.get(key);
            if (v == null) {
                return null;
            }
            if (v instanceof Map || v instanceof List) {
                error(key, "`" + key + "` must be a single text value", "write `" + key + ": \"…\"`");
                return null;
            }
            return String.valueOf(v);
        }

        boolean bool(Map<String, Object> f, String key) {
            Object v = f.get(key);
            if (v == null) {
                return false;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            if ("true".equals(v) || "false".equals(v)) {
                return "true".equals(v);
            }
            error(key, "`" + key + "` must be true or false, was `" + v + "`", "write `" + key + ": true`");
            return false;
        }

        int integer(Map<String, Object> f, String key) {
            Object v = f.get(key);
            if (v == null) {
                return 0;
            }
            if (v instanceof Integer i) {
                return i;
            }
            try {
                return Integer.parseInt(String.valueOf(v).strip());
            } catch (NumberFormatException e) {
                error(key, "`" + key + "` must be a whole number, was `" + v + "`", "write e.g. `" + key + ": 10`");
                return 0;
            }
        }

        LocalDate date(Map<String, Object> f, String key) {
            Object v = f.get(key);
            if (v == null || String.valueOf(v).isBlank()) {
                return null;
            }
            String s = String.valueOf(v).strip();
            try {
                if (s.length() == 10) {
                    return LocalDate.parse(s);
                }
                if (s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' ')) {
                    String iso = s.replace(' ', 'T');
                    try {
                        return OffsetDateTime.parse(iso).toLocalDate();
                    } catch (DateTimeParseException e) {
                        return java.time.LocalDateTime.parse(iso).toLocalDate();
                    }
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            error(key, "`" + key + "` is not a date: `" + s + "`", "write dates as YYYY-MM-DD, e.g. `" + key + ": 2025-05-13`");
            return null;
        }

        List<String> stringList(Map<String, Object> f, String key) {
            Object v = f.get(key);
            if (v == null) {
                return List.of();
            }
            if (v instanceof List<?> list) {
                List<String> out = new ArrayList<>();
                for (Object o : list) {
                    if (o == null || o instanceof Map || o instanceof List) {
                        error(key, "`" + key + "` must be a list of words", "write `" + key + ": [\"a\", \"b\"]`");
                        return List.of();
                    }
                    String s = String.valueOf(o).strip();
                    if (!s.isEmpty() && !out.contains(s)) {
                        out.add(s);
                    }
                }
                return List.copyOf(out);
            }
            if (v instanceof String s) {
                return s.isBlank() ? List.of() : List.of(s.strip());
            }
            error(key, "`" + key + "` must be a list", "write `" + key + ": [\"a\", \"b\"]`");
            return List.of();
        }
    }
}
