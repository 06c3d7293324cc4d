package vn.haiphong.showcase.jbake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.text.Utf8;

/**
 * A JBake project's configuration, looked up as JBake 2.7.0 does: {@code custom.properties}, then
 * {@code jbake.properties}, then JBake's own defaults, then the Java system properties; the first
 * layer that has a key wins. Values are strings, or lists when they contained a comma. Settings
 * that shape the output are checked once, when loading, so a typo is a content error rather than
 * a crash halfway through the build.
 */
final class JBakeConfig {
    /** The document types JBake always knows, in its order; more come from {@code template.<type>.file} keys. */
    static final List<String> BUILT_IN_TYPES = List.of("page", "post", "masterindex", "archive", "feed");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("(?:template\\.)([a-zA-Z0-9-_]+)(?:\\.file)");
    private static final Set<String> TRUE = Set.of("true", "yes", "on", "y", "t");
    private static final Set<String> FALSE = Set.of("false", "no", "off", "n", "f");

    private final Path siteDir;
    private final Path propertiesFile;
    private final List<String> propertiesLines;
    private final Map<String, Object> values;

    private JBakeConfig(Path siteDir, Path propertiesFile, List<String> propertiesLines, Map<String, Object> values) {
        this.siteDir = siteDir;
        this.propertiesFile = propertiesFile;
        this.propertiesLines = propertiesLines;
        this.values = values;
    }

    /**
     * Reads the configuration of the project in {@code siteDir}, with {@code overrides} (from the
     * command line) above every file. Unreadable files and values that
     * cannot be what their key needs (a boolean, a number, a locale, a time zone, a date pattern)
     * are added to {@code errors}; accessors then return JBake's default for them.
     */
    static JBakeConfig load(Path siteDir, Map<String, String> overrides, Map<String, String> systemProperties,
                            ContentErrors errors) {
        Path props = siteDir.resolve("jbake.properties");
        List<Map<String, Object>> layers = new ArrayList<>();
        layers.add(new LinkedHashMap<>(overrides));
        List<String> lines = List.of();
        Path legacy = siteDir.resolve("custom.properties");
        if (Files.isRegularFile(legacy)) {
            layers.add(PropertiesFile.parse(read(legacy, errors)));
        }
        if (Files.isRegularFile(props)) {
            String text = read(props, errors);
            lines = text.lines().toList();
            layers.add(PropertiesFile.parse(text));
        }
        layers.add(PropertiesFile.parse(defaults()));
        layers.add(new LinkedHashMap<>(systemProperties));
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Map<String, Object> layer : layers) {
            layer.forEach(merged::putIfAbsent);
        }
        JBakeConfig config = new JBakeConfig(siteDir, props, lines, Collections.unmodifiableMap(merged));
        config.validate(errors);
        return config;
    }

    private static String read(Path file, ContentErrors errors) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            errors.add(file, 0, "cannot read the file: " + e.getMessage(), "check the file's permissions");
            return "";
        }
        try {
            return Utf8.decode(bytes);
        } catch (CharacterCodingException e) {
            errors.add(file, Utf8.lineOfFirstError(bytes), "not valid UTF-8", "save the file with UTF-8 encoding");
            return "";
        }
    }

    private static String defaults() {
        try (InputStream in = JBakeConfig.class.getResourceAsStream("default.properties")) {
            if (in == null) {
                throw new IllegalStateException("default.properties is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void validate(ContentErrors errors) {
        for (String dir : List.of("content.folder", "template.folder")) {
            if (!Files.isDirectory(folder(dir))) {
                errors.add(folder(dir), 0, "a JBake project needs this folder (" + dir + ")",
                        "create it, or set " + dir + " in jbake.properties to the folder you use");
            }
        }
        for (String key : List.of("render.index", "render.archive", "render.feed", "render.tags", "render.sitemap",
                "render.tagsindex", "render.error404", "index.paginate", "uri.noExtension", "tag.sanitize",
                "asset.ignore", "img.path.update", "img.path.prepend.host")) {
            flag(key, errors);
        }
        postsPerPage(errors);
        locale(errors);
        timeZone(errors);
        try {
            new SimpleDateFormat(string("date.format", "yyyy-MM-dd"));
        } catch (IllegalArgumentException e) {
            report(errors, "date.format", "date.format is not a date pattern: " + e.getMessage(),
                    "write for example date.format=yyyy-MM-dd");
        }
        String encoding = string("render.encoding", "UTF-8");
        if (!encoding.equalsIgnoreCase("UTF-8") && !encoding.equalsIgnoreCase("UTF8")) {
            report(errors, "render.encoding", "only UTF-8 sources and output are supported, not " + encoding,
                    "save the content and templates as UTF-8 and remove render.encoding");
        }
        if (string("header.separator", "").isEmpty()) {
            report(errors, "header.separator", "the header separator is empty", "remove header.separator to use ~~~~~~");
        }
    }

    /** The project folder. */
    Path siteDir() {
        return siteDir;
    }

    /** {@code jbake.properties} (which need not exist), where configuration errors point. */
    Path propertiesFile() {
        return propertiesFile;
    }

    /** A folder named by {@code key} ({@code content.folder}, …), relative to the project folder. */
    Path folder(String key) {
        return siteDir.resolve(string(key, "")).normalize();
    }

    /** Every key and its value (a string, or a list for a comma-separated value), as JBake's configuration has them. */
    Map<String, Object> values() {
        return values;
    }

    /** The value of {@code key} as a string (a list's first item), or null. */
    String string(String key) {
        Object v = values.get(key);
        if (v instanceof List<?> l) {
            return l.isEmpty() ? null : (String) l.get(0);
        }
        return (String) v;
    }

    String string(String key, String fallback) {
        String v = string(key);
        return v != null ? v : fallback;
    }

    /** The value of {@code key} as a list (a single value is a list of one; absent is empty). */
    List<String> list(String key) {
        Object v = values.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return l.stream().map(String.class::cast).toList();
        }
        return List.of((String) v);
    }

    /** A boolean setting: true/false, yes/no, on/off, y/n, t/f as commons-configuration reads them; absent is false. */
    boolean flag(String key) {
        return flag(key, null);
    }

    /** Parses a setting; with {@code errors} (when validating) a bad value is reported there. */
    private boolean flag(String key, ContentErrors errors) {
        String v = string(key);
        if (v == null) {
            return false;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return true;
        }
        if (errors != null && !FALSE.contains(lower)) {
            report(errors, key, key + " must be true or false, not \"" + v + "\"",
                    "write " + key + "=true or " + key + "=false");
        }
        return false;
    }

    /** {@code index.posts_per_page}: 5 when missing (JBake's code default), at least 1. */
    int postsPerPage() {
        return postsPerPage(null);
    }

    private int postsPerPage(ContentErrors errors) {
        String v = string("index.posts_per_page");
        if (v == null) {
            return 5;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        if (errors != null) {
            report(errors, "index.posts_per_page",
                    "index.posts_per_page must be a whole number of at least 1, not \"" + v + "\"",
                "write for example index.posts_per_page=5");
        }
        return 5;
    }

    /**
     * The locale for dates, numbers and sorting: {@code jvm.locale} ({@code en_GB}, {@code vi_VN},
     * also {@code en-GB}), English when unset. Passed to Freemarker and date parsing explicitly;
     * unlike JBake we never change the JVM's default locale.
     */
    Locale locale() {
        return locale(null);
    }

    private Locale locale(ContentErrors errors) {
        String v = string("jvm.locale");
        if (v == null || v.isBlank()) {
            return Locale.ENGLISH;
        }
        String[] parts = v.strip().split("[_-]", 3);
        boolean ok = parts[0].matches("[a-zA-Z]{2,8}") && (parts.length < 2 || parts[1].matches("[a-zA-Z]{2}|[0-9]{3}|"));
        if (!ok) {
            if (errors != null) {
                report(errors, "jvm.locale", "jvm.locale must be a locale such as en_GB or vi_VN, not \"" + v + "\"",
                    "write for example jvm.locale=en_GB");
            }
            return Locale.ENGLISH;
        }
        return switch (parts.length) {
            case 1 -> new Locale(parts[0]);
            case 2 -> new Locale(parts[0], parts[1]);
            default -> new Locale(parts[0], parts[1], parts[2]);
        };
    }

    /**
     * The zone in which header dates are midnight and templates print times: {@code freemarker.timezone},
     * else UTC. JBake uses the machine's zone for both; a fixed zone makes the output the same on every
     * machine, and calendar dates come out as JBake prints them whatever the zone.
     */
    TimeZone timeZone() {
        return timeZone(null);
    }

    private TimeZone timeZone(ContentErrors errors) {
        String v = string("freemarker.timezone");
        if (v == null || v.isBlank()) {
            return TimeZone.getTimeZone("UTC");
        }
        try {
            return TimeZone.getTimeZone(ZoneId.of(v.strip()));
        } catch (DateTimeException e) {
            if (errors != null) {
                report(errors, "freemarker.timezone", "unknown time zone \"" + v + "\"",
                        "use a zone id such as Asia/Ho_Chi_Minh or UTC");
            }
            return TimeZone.getTimeZone("UTC");
        }
    }

    /**
     * Every document type: JBake's built-in ones, then one per {@code template.<type>.file} key in
     * configuration order (so {@code tag}, {@code sitemap}, custom types such as {@code news}), then
     * the data-file type.
     */
    List<String> documentTypes() {
        Set<String> types = new LinkedHashSet<>(BUILT_IN_TYPES);
        for (String key : values.keySet()) {
            Matcher m = TEMPLATE_KEY.matcher(key);
            if (m.find()) {
                types.add(m.group(1));
            }
        }
        types.add(dataType());
        return List.copyOf(types);
    }

    /** The type of files under {@code data/} ({@code data.file.docType}). */
    String dataType() {
        return string("data.file.docType", "data");
    }

    /** The template file for documents of {@code type}, or null when there is no {@code template.<type>.file}. */
    String templateFor(String type) {
        return string("template." + type + ".file");
    }

    /** The output extension of {@code type}: {@code template.<type>.extension}, else {@code output.extension}. */
    String outputExtensionFor(String type) {
        return string("template." + type + ".extension", outputExtension());
    }

    String outputExtension() {
        return string("output.extension", ".html");
    }

    /**
     * The {@code config} hash templates see: every key with {@code .} replaced by {@code _}, values as
     * JBake has them (strings, lists, {@code index_paginate} and {@code db_clear_cache} booleans), and
     * the project folders as files.
     */
    Map<String, Object> templateModel(Path outputDir) {
        Map<String, Object> model = new HashMap<>();
        values.forEach((k, v) -> model.put(k.replace('.', '_'), v));
        model.put("index_paginate", flag("index.paginate"));
        model.put("db_clear_cache", Boolean.TRUE);
        model.put("sourceFolder", siteDir.toFile());
        model.put("destinationFolder", outputDir.toFile());
        model.put("contentFolder", folder("content.folder").toFile());
        model.put("templateFolder", folder("template.folder").toFile());
        model.put("assetFolder", folder("asset.folder").toFile());
        model.put("dataFolder", folder("data.folder").toFile());
        return Collections.unmodifiableMap(model);
    }

    /** Adds a configuration error at the line of {@code key} in jbake.properties (0 when it comes from elsewhere). */
    private void report(ContentErrors errors, String key, String message, String hint) {
        errors.add(propertiesFile, lineOf(key), message, hint);
    }

    private int lineOf(String key) {
        Pattern p = Pattern.compile("\\s*" + Pattern.quote(key) + "\\s*[=:\\s].*|\\s*" + Pattern.quote(key) + "\\s*");
        for (int i = 0; i < propertiesLines.size(); i++) {
            if (p.matcher(propertiesLines.get(i)).matches()) {
                return i + 1;
            }
        }
        return 0;
    }
}
