package vn.haiphong.showcase.jbake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.text.Utf8;

/**
 * What a JBake project's {@code content/} and {@code data/} folders hold, crawled as JBake 2.7.0
 * does: documents ({@code .md}, {@code .html}, AsciiDoc through {@link JBakeAsciidoc}, {@code .yml}/{@code .yaml}
 * with a {@code type}),
 * data files, and every other non-hidden file, which is copied as it is. Folders holding
 * {@code .jbakeignore} are skipped. Files are parsed in parallel; the lists keep JBake's crawl order.
 *
 * @param documents the documents, in crawl order
 * @param dataFiles the top-level YAML files of {@code data/}, as {@code data.get("file.yml")} returns them
 * @param files     other files under {@code content/}, with their output path
 */
record JBakeContent(List<JBakeDocument> documents, List<JBakeDocument> dataFiles, List<StaticFile> files) {

    /** A file published as it is. */
    record StaticFile(Path source, String output) {
    }

    /** Extensions JBake reads as documents; anything else under {@code content/} is copied (case matters, as in JBake). */
    private static final Set<String> MARKUP = Set.of("html", "md", "yml", "yaml", "ad", "adoc", "asciidoc");
    private static final Set<String> ASCIIDOC = Set.of("ad", "adoc", "asciidoc");

    /**
     * Crawls the project. Problems go to {@code errors} (bad headers, unknown types, AsciiDoc AsciidoctorJ cannot convert,
     * invalid UTF-8, two files with one output path) and {@code warnings} (files JBake would skip too),
     * which must be a thread-safe list.
     *
     * @param now when the build runs: a {@code published-date} document is published once its date is before it
     */
    static JBakeContent crawl(JBakeConfig config, JBakeMarkdown markdown, Instant now, ForkJoinPool pool,
                              ContentErrors errors, List<String> warnings) {
        return crawl(config, markdown, now, pool, false, errors, warnings);
    }

    /**
     * As {@link #crawl(JBakeConfig, JBakeMarkdown, Instant, ForkJoinPool, ContentErrors, List)};
     * when {@code lenient}, a document JBake 2.7.0 skips (a broken header, a type jbake.properties
     * does not declare) is skipped with a warning that says so instead of stopping the build.
     */
    static JBakeContent crawl(JBakeConfig config, JBakeMarkdown markdown, Instant now, ForkJoinPool pool,
                              boolean lenient, ContentErrors errors, List<String> warnings) {
        Path contentDir = config.folder("content.folder");
        List<Path> sources = new ArrayList<>();
        List<StaticFile> files = new ArrayList<>();
        String ignoreFile = config.string("ignore.file", ".jbakeignore");
        walk(contentDir, "", ignoreFile, true, sources, files);
        JBakeHeader.Rules rules = JBakeHeader.Rules.of(config);
        Set<String> types = Set.copyOf(config.documentTypes());
        List<JBakeDocument> parsed = pool.submit(() -> IntStream.range(0, sources.size()).parallel()
                .mapToObj(i -> parse(sources.get(i), i, contentDir, config, rules, types, markdown, now, lenient, errors,
                        warnings))
                .toList()).join();
        List<JBakeDocument> documents = parsed.stream().filter(Objects::nonNull).toList();
        Map<String, Path> outputs = new LinkedHashMap<>();
        for (JBakeDocument d : documents) {
            Path other = outputs.putIfAbsent(d.output(), d.source());
            if (other != null) {
                errors.add(d.source(), 0, "this file and " + contentDir.relativize(other) + " are both published as "
                        + d.output(), "rename one of them");
            }
        }
        return new JBakeContent(documents, dataFiles(config, errors), List.copyOf(files));
    }

    /**
     * The files and folders of {@code dir} as JBake visits them: sorted by path, ignored folders
     * left out, and symbolic links too (JBake follows them; we never do, so a project never
     * publishes files from outside its folder: see {@link #symbolicLinks}).
     */
    static List<Path> entries(Path dir, String ignoreFile) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !Files.isSymbolicLink(p))
                    .filter(p -> !Files.isDirectory(p) || !ignored(p, ignoreFile))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** A warning for each symbolic link under {@code folders} (which {@link #entries} skips), relative to {@code siteDir}. */
    static List<String> symbolicLinks(Path siteDir, List<Path> folders) {
        List<String> out = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(folder)) {
                s.filter(Files::isSymbolicLink).sorted().forEach(p -> out.add(siteDir.relativize(p).toString()
                        .replace('\\', '/') + ": a symbolic link, skipped — symbolic links are not followed, so a site"
                        + " never publishes files from outside its folder; copy the file in instead"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
        }
        return out;
    }

    private static boolean ignored(Path dir, String ignoreFile) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().equalsIgnoreCase(ignoreFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    private static void walk(Path dir, String rel, String ignoreFile, boolean top, List<Path> sources,
                             List<StaticFile> files) {
        if (top && !Files.isDirectory(dir)) {
            return;
        }
        for (Path p : entries(dir, ignoreFile)) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p)) {
                // JBake enters hidden folders too; only hidden files are left out
                walk(p, rel + name + "/", ignoreFile, false, sources, files);
            } else if (!hidden(p)) {
                if (MARKUP.contains(extension(name))) {
                    sources.add(p);
                } else {
                    files.add(new StaticFile(p, rel + name));
                }
            }
        }
    }

    private static JBakeDocument parse(Path file, int order, Path contentDir, JBakeConfig config,
                                       JBakeHeader.Rules rules, Set<String> types, JBakeMarkdown markdown,
                                       Instant now, boolean lenient, ContentErrors errors, List<String> warnings) {
        String name = file.getFileName().toString();
        String ext = extension(name);
        String rel = contentDir.relativize(file).toString().replace('\\', '/');
        byte[] bytes;
        try {
            bytes = vn.haiphong.showcase.text.SourceFiles.read(file, vn.haiphong.showcase.text.SourceFiles.PAGE, errors);
        } catch (IOException e) {
            errors.add(file, 0, "cannot read the file: " + e.getMessage(), "check the file's permissions");
            return null;
        }
        if (bytes == null) {
            return null;
        }
        String text;
        try {
            text = Utf8.decode(bytes);
        } catch (CharacterCodingException e) {
            errors.add(file, Utf8.lineOfFirstError(bytes), "not valid UTF-8", "save the file with UTF-8 encoding");
            return null;
        }
        Map<String, Object> content = new LinkedHashMap<>();
        if (ext.equals("yml") || ext.equals("yaml")) {
            Map<String, Object> yaml = yaml(file, text, errors);
            if (yaml == null) {
                return null;
            }
            if (!(yaml.get("type") instanceof String)) {
                warnings.add(file + ": a YAML content file without a `type:` is skipped, as JBake does");
                return null;
            }
            content.putAll(yaml);
        } else {
            ContentErrors shape = lenient ? new ContentErrors() : errors;
            boolean asciidoc = ASCIIDOC.contains(ext);
            JBakeHeader header = asciidoc ? JBakeAsciidoc.read(file, text, config, rules, shape, errors)
                    : JBakeHeader.read(file, text, rules, shape, errors, warnings);
            if (lenient) {
                skipped(shape, asciidoc ? "JBake 2.7.0 skips a document without type or status"
                        : "JBake 2.7.0 skips a file whose header it cannot read", warnings);
            }
            if (header == null) {
                return null;
            }
            content.putAll(header.fields());
            if (!content.containsKey("date")) {
                content.put("date", modified(file));
            }
            if (!(content.get("status") instanceof String s) || s.isEmpty()) {
                content.put("status", rules.defaultStatus());
            }
            if (!(content.get("type") instanceof String t) || t.isEmpty()) {
                content.put("type", rules.defaultType());
            }
            content.putIfAbsent("tags", List.of());
            // AsciiDoc bodies come converted
            content.put("body", ext.equals("md") ? markdown.render(header.body()) : header.body());
        }
        String type = String.valueOf(content.get("type"));
        ContentErrors skipped = new ContentErrors();
        if (!types.contains(type)) {
            (lenient ? skipped : errors).add(file, lineStartingWith(text, "type"), "unknown document type \"" + type + "\"",
                    "use type=post or type=page, or declare the type in jbake.properties with template."
                            + type + ".file=" + type + ".ftl");
            if (lenient) {
                skipped(skipped, "JBake 2.7.0 skips a document whose type jbake.properties does not declare", warnings);
            }
            return null;
        }
        String status = content.get("status") instanceof String s ? s : "";
        Date date = content.get("date") instanceof Date d ? d : null;
        if (status.equals(JBakeDocument.PUBLISHED_DATE) && date != null && now.isAfter(date.toInstant())) {
            status = JBakeDocument.PUBLISHED;
            content.put("status", status);
        }
        String uri = uri(rel, config);
        content.put("rootpath", rootPath(rel, config.flag("uri.noExtension")));
        content.put("sha1", sha1(bytes));
        content.put("rendered", Boolean.FALSE);
        content.put("file", file.toString());
        content.put("sourceuri", uri);
        content.put("uri", uri);
        content.put("cached", Boolean.TRUE);
        if (config.flag("uri.noExtension")) {
            content.put("noExtensionUri", uri.replace("/index.html", "/"));
        }
        content.values().removeIf(Objects::isNull);
        @SuppressWarnings("unchecked")
        List<String> tags = content.get("tags") instanceof List<?> l ? (List<String>) l : List.of();
        String output = outputPath(uri, status, type, config);
        return new JBakeDocument(file, type, status, date, tags, output, Collections.unmodifiableMap(content), order);
    }

    /** Each problem in {@code problems} as a warning: where, what, what JBake does, and how to make it an error. */
    private static void skipped(ContentErrors problems, String whatJBakeDoes, List<String> warnings) {
        for (vn.haiphong.showcase.errors.ContentError e : problems.sorted()) {
            warnings.add(e.path() + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.message() + " — the file is skipped,"
                    + " as " + whatJBakeDoes + " (fix: " + e.hint() + "; `build --strict` or `check` makes this an error)");
        }
    }

    /**
     * The {@code uri} JBake gives a file at {@code rel} under content/: the folders as they are, the
     * base name URL-encoded ({@code xin chào.md} → {@code xin+ch%C3%A0o.html}), {@code output.extension};
     * with {@code uri.noExtension} and a matching prefix, {@code name/index.html}.
     */
    static String uri(String rel, JBakeConfig config) {
        int slash = rel.lastIndexOf('/');
        String folder = rel.substring(0, slash + 1);
        String name = rel.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String base = URLEncoder.encode(dot >= 0 ? name.substring(0, dot) : name, StandardCharsets.UTF_8);
        String prefix = config.string("uri.noExtension.prefix", "");
        if (config.flag("uri.noExtension") && !prefix.isEmpty() && ("/" + rel).startsWith(prefix)) {
            return folder + base + "/index" + config.outputExtension();
        }
        return folder + base + config.outputExtension();
    }

    /** JBake's output file for a document: the uri's extension replaced by the type's, drafts with {@code draft.suffix}. */
    static String outputPath(String uri, String status, String type, JBakeConfig config) {
        String path = uri;
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            path = path.substring(0, dot);
        }
        if (JBakeDocument.DRAFT.equals(status)) {
            path += config.string("draft.suffix", "");
        }
        return path + config.outputExtensionFor(type);
    }

    /**
     * {@code rootpath} of a file at {@code rel} under content/: {@code ../} per folder. With
     * {@code uri.noExtension} JBake adds one more level to every document, also those outside the
     * prefix (so root pages get {@code /../}); kept, because templates built for JBake link with it.
     */
    static String rootPath(String rel, boolean noExtension) {
        long depth = rel.chars().filter(c -> c == '/').count();
        StringBuilder sb = new StringBuilder(String.join("/", Collections.nCopies((int) depth, "..")));
        if (noExtension) {
            sb.append("/..");
        }
        if (sb.length() > 0) {
            sb.append('/');
        }
        return sb.toString();
    }

    /** 1-based line of the first header line for {@code key} ({@code type=…} or {@code type: …}), 0 when none. */
    private static int lineStartingWith(String text, String key) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*" + key + "\\s*[=:].*")) {
                return i + 1;
            }
        }
        return 0;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1) : "";
    }

    private static Date modified(Path file) {
        try {
            return new Date(Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the modification time of " + file, e);
        }
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    /** Top-level {@code data/*.yml|yaml}: a mapping, or a list under {@code data}, as JBake's YamlEngine gives it. */
    private static List<JBakeDocument> dataFiles(JBakeConfig config, ContentErrors errors) {
        Path dataDir = config.folder("data.folder");
        if (!Files.isDirectory(dataDir)) {
            return List.of();
        }
        List<JBakeDocument> docs = new ArrayList<>();
        for (Path file : entries(dataDir, config.string("ignore.file", ".jbakeignore"))) {
            String ext = extension(file.getFileName().toString()).toLowerCase(Locale.ROOT);
            if (!Files.isRegularFile(file) || !(ext.equals("yml") || ext.equals("yaml"))) {
                continue;
            }
            byte[] bytes;
            String text;
            try {
                bytes = vn.haiphong.showcase.text.SourceFiles.read(file, vn.haiphong.showcase.text.SourceFiles.YAML, errors);
                if (bytes == null) {
                    continue;
                }
                text = Utf8.decode(bytes);
            } catch (CharacterCodingException e) {
                errors.add(file, 0, "not valid UTF-8", "save the file with UTF-8 encoding");
                continue;
            } catch (IOException e) {
                errors.add(file, 0, "cannot read the file: " + e.getMessage(), "check the file's permissions");
                continue;
            }
            Map<String, Object> content = yaml(file, text, errors);
            if (content == null) {
                continue;
            }
            String rel = dataDir.relativize(file).toString().replace('\\', '/');
            content.put("sha1", sha1(bytes));
            content.put("rendered", Boolean.TRUE);
            content.put("file", file.toString());
            content.put("sourceuri", rel);
            content.put("type", config.dataType());
            docs.add(new JBakeDocument(file, config.dataType(), "", null, List.of(), null,
                    Collections.unmodifiableMap(content), docs.size()));
        }
        return List.copyOf(docs);
    }

    /**
     * A YAML file as JBake's YamlEngine reads it (timestamps become dates): a mapping as it is, a
     * list under {@code data}; null after adding an error.
     */
    private static Map<String, Object> yaml(Path file, String text, ContentErrors errors) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        try {
            Object loaded = new Yaml(new SafeConstructor(options)).load(text);
            Map<String, Object> map = new LinkedHashMap<>();
            if (loaded instanceof Map<?, ?> m) {
                m.forEach((k, v) -> map.put(String.valueOf(k), v));
            } else if (loaded instanceof List<?> l) {
                map.put("data", l);
            } else if (loaded != null) {
                errors.add(file, 1, "expected a YAML mapping or list", "write `key: value` lines or `- item` lines");
                return null;
            }
            return map;
        } catch (YAMLException e) {
            String message = e.getMessage() == null ? "invalid YAML" : e.getMessage().lines().findFirst().orElse("");
            errors.add(file, 0, "invalid YAML: " + message, "check the indentation and quoting");
            return null;
        }
    }
}
