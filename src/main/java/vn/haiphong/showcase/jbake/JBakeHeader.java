package vn.haiphong.showcase.jbake;

import java.nio.file.Path;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import vn.haiphong.showcase.content.FrontMatter;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.yaml.YamlReader;

/**
 * The header of one content file and the body under it, read by JBake 2.7.0's rules: {@code key=value}
 * lines closed by a line exactly equal to {@code header.separator}, valid only when every line above
 * it is blank or has an {@code =} and {@code type=}/{@code status=} are given or defaulted. YAML front
 * matter between {@code ---} lines, which JBake itself cannot read (its #231, #780), is accepted too
 * and mapped to the same fields. Where JBake silently skips a file whose header is broken, this
 * reports a content error with the line.
 *
 * @param fields header values as templates see them: {@code date} a {@link Date}, {@code tags} a
 *               list, {@code cached} a boolean, {@code {…}} values maps, everything else as written
 * @param body   the text under the header (the whole file when nothing follows the separator)
 */
record JBakeHeader(Map<String, Object> fields, String body) {

    /** What {@link #read} needs from the configuration. */
    record Rules(String separator, String dateFormat, Locale locale, TimeZone zone, String defaultStatus,
                 String defaultType, boolean sanitizeTags) {

        static Rules of(JBakeConfig config) {
            return new Rules(config.string("header.separator", "~~~~~~"), config.string("date.format", "yyyy-MM-dd"),
                    config.locale(), config.timeZone(), config.string("default.status", ""),
                    config.string("default.type", ""), config.flag("tag.sanitize"));
        }
    }

    /**
     * Reads {@code text}, the decoded content of {@code file}. Returns null when the file is not a
     * document: either an error was added to {@code errors}, or (as in JBake) the file has no header
     * and no {@code default.type} applies, which adds a line to {@code warnings}.
     */
    static JBakeHeader read(Path file, String text, Rules rules, ContentErrors errors, List<String> warnings) {
        return read(file, text, rules, errors, errors, warnings);
    }

    /**
     * As {@link #read(Path, String, Rules, ContentErrors, List)}, with the header's shape problems
     * (a line that is not {@code key=value}, no {@code type=}/{@code status=}, a misspelt separator),
     * for which JBake skips the file, added to {@code shape} and every other problem (a date or
     * JSON value that cannot be read) to {@code errors}.
     */
    static JBakeHeader read(Path file, String text, Rules rules, ContentErrors shape, ContentErrors errors,
                            List<String> warnings) {
        List<String> lines = text.lines().toList();
        if (!lines.isEmpty() && lines.get(0).equals("---")) {
            return readYaml(file, text, rules, errors);
        }
        int sep = lines.indexOf(rules.separator());
        if (sep >= 0 && firstLineWithoutEquals(lines, sep) < 0) {
            return readPairs(file, lines, sep, rules, shape, errors);
        }
        int firstText = firstNonBlank(lines);
        boolean looksLikeHeader = firstText >= 0 && lines.get(firstText).contains("=");
        if (sep >= 0 && looksLikeHeader) {
            int bad = firstLineWithoutEquals(lines, sep);
            shape.add(file, bad + 1, "this header line is not `key=value`: \"" + lines.get(bad).strip() + "\"",
                    "every line above " + rules.separator() + " must be empty or `key=value`");
            return null;
        }
        if (sep < 0 && looksLikeHeader) {
            for (int i = firstText; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.equals(rules.separator()) || l.matches("~{3,}")) {
                    shape.add(file, i + 1, "the header separator must be exactly \"" + rules.separator()
                            + "\" on a line of its own", "write the line as " + rules.separator());
                    return null;
                }
            }
        }
        if (!rules.defaultType().isEmpty() && !rules.defaultStatus().isEmpty()) {
            return new JBakeHeader(Map.of(), wholeFile(lines));
        }
        warnings.add(file + ": no JBake header (key=value lines closed by " + rules.separator()
                + "), so the file is skipped, as JBake does");
        return null;
    }

    private static JBakeHeader readPairs(Path file, List<String> lines, int sep, Rules rules, ContentErrors shape,
                                         ContentErrors errors) {
        boolean type = false;
        boolean status = false;
        for (int i = 0; i < sep; i++) {
            String l = lines.get(i).strip();
            type |= l.startsWith("type=");
            status |= l.startsWith("status=");
        }
        if (!type && rules.defaultType().isEmpty() || !status && rules.defaultStatus().isEmpty()) {
            String missing = !type && rules.defaultType().isEmpty() ? "type" : "status";
            int spaced = lineMatching(lines, sep, missing + "\\s+=.*");
            if (spaced >= 0) {
                shape.add(file, spaced + 1, "JBake reads `" + missing + "=` only without a space before `=`",
                        "write " + lines.get(spaced).strip().replaceFirst("\\s+=\\s*", "="));
            } else {
                shape.add(file, sep + 1, "the header has no `" + missing + "=` line",
                        missing.equals("type") ? "add type=post or type=page (or set default.type in jbake.properties)"
                                : "add status=published or status=draft (or set default.status in jbake.properties)");
            }
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().equals(rules.separator())) {
                break;
            }
            int eq = line.indexOf('=');
            if (!line.isEmpty() && eq >= 0) {
                ok &= store(file, i + 1, line.substring(0, eq).strip(), line.substring(eq + 1).strip(), fields, rules,
                        errors);
            }
        }
        if (!ok) {
            return null;
        }
        StringBuilder body = new StringBuilder();
        for (int i = sep + 1; i < lines.size(); i++) {
            body.append(lines.get(i)).append('\n');
        }
        return new JBakeHeader(Collections.unmodifiableMap(fields), body.length() == 0 ? wholeFile(lines) : body.toString());
    }

    /** Stores one JBake header value as JBake does: date, tags and cached by name in any case, {@code {…}} as JSON. */
    static boolean store(Path file, int line, String key, String value, Map<String, Object> fields, Rules rules,
                                 ContentErrors errors) {
        if (key.equalsIgnoreCase("date")) {
            Date date = parseDate(value, rules);
            if (date == null) {
                errors.add(file, line, "the date \"" + value + "\" does not match date.format " + rules.dateFormat(),
                        "write the date as " + rules.dateFormat() + ", e.g. " + example(rules));
                return false;
            }
            fields.put("date", date);
        } else if (key.equalsIgnoreCase("tags")) {
            fields.put("tags", tags(List.of(value.split(",")), rules));
        } else if (key.equalsIgnoreCase("cached")) {
            fields.put("cached", Boolean.valueOf(value));
        } else if (value.startsWith("{") && value.endsWith("}")) {
            YamlReader.Result json = YamlReader.readMap(value, line);
            if (!json.ok()) {
                errors.add(file, line, "the value of " + key + " starts with { but is not valid JSON: "
                        + json.problem(), "write a JSON object such as {\"name\": \"value\"}");
                return false;
            }
            fields.put(key, json.map());
        } else {
            fields.put(key, value);
        }
        return true;
    }

    private static JBakeHeader readYaml(Path file, String text, Rules rules, ContentErrors errors) {
        FrontMatter fm = FrontMatter.split(text);
        YamlReader.Result yaml = fm.yaml(file, errors);
        if (yaml == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, Object> e : yaml.map().entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            int line = yaml.root().lineOf(key);
            if (key.equalsIgnoreCase("tags")) {
                List<String> raw = new ArrayList<>();
                if (value instanceof List<?> l) {
                    l.forEach(v -> raw.add(String.valueOf(v)));
                } else if (value != null) {
                    raw.addAll(List.of(String.valueOf(value).split(",")));
                }
                fields.put("tags", tags(raw, rules));
            } else if (key.equalsIgnoreCase("date") || key.equals("type") || key.equals("status")
                    || key.equalsIgnoreCase("cached")) {
                if (value instanceof Map<?, ?> || value instanceof List<?>) {
                    errors.add(file, line, key + " must be a single value", "write " + key + ": followed by one value");
                    ok = false;
                } else if (value != null) {
                    ok &= store(file, line, key, String.valueOf(value), fields, rules, errors);
                }
            } else {
                fields.put(key, value);
            }
        }
        for (String required : List.of("type", "status")) {
            String fallback = required.equals("type") ? rules.defaultType() : rules.defaultStatus();
            if (ok && !fields.containsKey(required) && fallback.isEmpty()) {
                errors.add(file, 1, "the front matter has no `" + required + ":` field",
                        required.equals("type") ? "add type: post or type: page" : "add status: published or status: draft");
                ok = false;
            }
        }
        return ok ? new JBakeHeader(Collections.unmodifiableMap(fields), fm.body()) : null;
    }

    /** A lenient {@link SimpleDateFormat} in the project's locale and zone, like JBake's (which uses the JVM's). */
    static Date parseDate(String value, Rules rules) {
        SimpleDateFormat format = new SimpleDateFormat(rules.dateFormat(), rules.locale());
        format.setTimeZone(rules.zone());
        ParsePosition pos = new ParsePosition(0);
        Date date = format.parse(value, pos);
        return pos.getIndex() == 0 ? null : date;
    }

    private static String example(Rules rules) {
        SimpleDateFormat format = new SimpleDateFormat(rules.dateFormat(), rules.locale());
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(new Date(1710460800000L));
    }

    static List<String> tags(List<String> raw, Rules rules) {
        List<String> tags = new ArrayList<>(raw.size());
        for (String t : raw) {
            String tag = t.strip();
            tags.add(rules.sanitizeTags() ? tag.replace(" ", "-") : tag);
        }
        return List.copyOf(tags);
    }

    private static String wholeFile(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    private static int firstLineWithoutEquals(List<String> lines, int end) {
        for (int i = 0; i < end; i++) {
            String l = lines.get(i);
            if (!l.isEmpty() && !l.contains("=")) {
                return i;
            }
        }
        return -1;
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int lineMatching(List<String> lines, int end, String regex) {
        for (int i = 0; i < end; i++) {
            if (lines.get(i).strip().matches(regex)) {
                return i;
            }
        }
        return -1;
    }
}
