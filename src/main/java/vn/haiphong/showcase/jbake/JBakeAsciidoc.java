package vn.haiphong.showcase.jbake;

import java.nio.file.Path;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.AttributesBuilder;
import org.asciidoctor.Options;
import org.asciidoctor.OptionsBuilder;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.DocumentHeader;
import vn.haiphong.showcase.errors.ContentErrors;

/**
 * AsciiDoc documents ({@code .adoc}, {@code .asciidoc}, {@code .ad}) read as JBake 2.7.0's
 * AsciidoctorEngine reads them, with the same AsciidoctorJ (2.5.7). This is the only class that
 * names AsciidoctorJ: the JVM loads it, and with it JRuby (seconds of start-up), only when a project
 * has AsciiDoc files, and one Asciidoctor instance then serves every later build in the same JVM.
 *
 * <p>As in JBake: a {@code key=value} header closed by {@code header.separator} is read first (only
 * when JBake would call it a header: every line above the separator blank or with {@code =}, and
 * {@code type=}/{@code status=} given or defaulted); then the AsciiDoc header of the whole file:
 * the document title becomes {@code title}, every attribute is stored under its own name, a
 * {@code jbake-} attribute also under the name without the prefix (so {@code :jbake-type: post}
 * gives {@code type}, {@code :jbake-date:} a date, {@code :jbake-tags:} the tags), and
 * {@code revdate} in {@code date.format} sets the date. The body (what follows the separator, else
 * the whole file) is converted with {@code asciidoctor.attributes}, every other configuration key
 * as an attribute ({@code site.host} → {@code {site_host}}, with {@code asciidoctor.attributes.export.prefix})
 * when {@code asciidoctor.attributes.export} is on, and {@code asciidoctor.option.*} as options,
 * the file's folder as base folder and the unsafe mode JBake uses (includes may read any file, as in JBake).
 */
final class JBakeAsciidoc {
    private static final String PREFIX = "jbake-";
    /** One Asciidoctor per gem path (null: the default), created on first use; JRuby start-up is paid once per JVM. */
    private static final Map<String, Asciidoctor> ENGINES = new HashMap<>();

    private JBakeAsciidoc() {
    }

    /**
     * Reads {@code text}, the content of {@code file}. Returns the fields and the converted body, or
     * null: with a problem JBake skips the file for in {@code shape} (no type or status anywhere),
     * or with an error in {@code errors} (a date or JSON value that cannot be read, a conversion failure).
     */
    static JBakeHeader read(Path file, String text, JBakeConfig config, JBakeHeader.Rules rules, ContentErrors shape,
                            ContentErrors errors) {
        List<String> lines = text.lines().toList();
        int sep = lines.indexOf(rules.separator());
        boolean hasHeader = hasHeader(lines, sep, rules);
        Map<String, Object> fields = new LinkedHashMap<>();
        boolean ok = true;
        if (hasHeader) {
            for (int i = 0; i < sep; i++) {
                String line = lines.get(i);
                int eq = line.indexOf('=');
                if (!line.isEmpty() && eq >= 0) {
                    ok &= JBakeHeader.store(file, i + 1, line.substring(0, eq).strip(), line.substring(eq + 1).strip(),
                            fields, rules, errors);
                }
            }
        }
        Options options = options(file, config);
        Asciidoctor asciidoctor;
        try {
            asciidoctor = engine(options);
        } catch (RuntimeException | LinkageError e) {
            errors.add(file, 0, "AsciidoctorJ could not start: " + e, "check asciidoctor.option.requires and"
                    + " asciidoctor.option.gemPath in jbake.properties");
            return null;
        }
        String body;
        synchronized (asciidoctor) {
            try {
                @SuppressWarnings("deprecation")
                DocumentHeader header = asciidoctor.readDocumentHeader(file.toFile());
                ok &= storeAttributes(file, header, fields, rules, errors);
                StringBuilder source = new StringBuilder(text.length());
                for (int i = hasHeader ? sep + 1 : 0; i < lines.size(); i++) {
                    source.append(lines.get(i)).append('\n');
                }
                body = asciidoctor.convert(source.toString(), options);
            } catch (RuntimeException e) {
                errors.add(file, 0, "AsciidoctorJ could not convert the file: " + firstLine(e),
                        "fix the AsciiDoc at the place the message names");
                return null;
            }
        }
        if (!ok) {
            return null;
        }
        for (String required : List.of("type", "status")) {
            String fallback = required.equals("type") ? rules.defaultType() : rules.defaultStatus();
            if (!(fields.get(required) instanceof String s && !s.isEmpty()) && fallback.isEmpty()) {
                shape.add(file, 0, "the document has no " + required + " (no `:jbake-" + required + ":` attribute and no `"
                        + required + "=` line in a JBake header)", "add `:jbake-" + required + ": "
                        + (required.equals("type") ? "post" : "published") + "` under the title, or set default."
                        + required + " in jbake.properties");
                return null;
            }
        }
        return new JBakeHeader(Collections.unmodifiableMap(fields), body);
    }

    /** JBake's test for a {@code key=value} header; unlike Markdown files, an AsciiDoc file without one is normal. */
    private static boolean hasHeader(List<String> lines, int sep, JBakeHeader.Rules rules) {
        if (sep < 0) {
            return false;
        }
        boolean type = false;
        boolean status = false;
        for (int i = 0; i < sep; i++) {
            String line = lines.get(i);
            if (!line.isEmpty() && !line.contains("=")) {
                return false;
            }
            type |= line.strip().startsWith("type=");
            status |= line.strip().startsWith("status=");
        }
        return (type || !rules.defaultType().isEmpty()) && (status || !rules.defaultStatus().isEmpty());
    }

    private static boolean storeAttributes(Path file, DocumentHeader header, Map<String, Object> fields,
                                           JBakeHeader.Rules rules, ContentErrors errors) {
        boolean ok = true;
        if (header.getDocumentTitle() != null) {
            fields.put("title", header.getDocumentTitle().getCombined());
        }
        for (Map.Entry<String, Object> a : header.getAttributes().entrySet()) {
            String key = a.getKey();
            Object value = a.getValue();
            if (key.startsWith(PREFIX)) {
                String name = key.substring(PREFIX.length());
                if (value instanceof String s) {
                    ok &= JBakeHeader.store(file, 0, name, s, fields, rules, errors);
                } else {
                    fields.put(name, value);
                }
            }
            if (key.equals("revdate") && value instanceof String s) {
                SimpleDateFormat format = new SimpleDateFormat(rules.dateFormat(), rules.locale());
                format.setTimeZone(rules.zone());
                Date date = format.parse(s, new ParsePosition(0));
                if (date != null) {
                    fields.put("date", date);
                }
            }
            if (key.equals(PREFIX + "tags")) {
                if (value instanceof String s) {
                    fields.put("tags", JBakeHeader.tags(List.of(s.split(",")), rules));
                }
            } else {
                fields.put(key, value);
            }
        }
        return ok;
    }

    /** The options and attributes JBake 2.7.0 passes for {@code file}. */
    private static Options options(Path file, JBakeConfig config) {
        AttributesBuilder attributes = AttributesBuilder.attributes(config.list("asciidoctor.attributes")
                .toArray(new String[0]));
        if (config.flag("asciidoctor.attributes.export")) {
            String prefix = config.string("asciidoctor.attributes.export.prefix", "");
            config.values().forEach((key, value) -> {
                if (!key.startsWith("asciidoctor")) {
                    attributes.attribute(prefix + key.replace(".", "_"), value);
                }
            });
        }
        Options options = OptionsBuilder.options().attributes(attributes.get()).get();
        String optionPrefix = "asciidoctor.option.";
        config.values().keySet().stream().filter(k -> k.startsWith(optionPrefix) && k.length() > optionPrefix.length())
                .sorted().forEach(key -> {
                    String name = key.substring(optionPrefix.length());
                    List<String> value = config.list(key);
                    if (name.equals(Options.TEMPLATE_DIRS)) {
                        if (!value.isEmpty()) {
                            options.setTemplateDirs(value.toArray(new String[0]));
                        }
                    } else {
                        options.setOption(name, new ArrayList<>(value));
                    }
                });
        options.setBaseDir(file.toAbsolutePath().getParent().toString());
        options.setSafe(SafeMode.UNSAFE);
        return options;
    }

    /** The Asciidoctor for the options' {@code gemPath}, with their {@code requires} loaded. */
    private static Asciidoctor engine(Options options) {
        Object gemPath = options.map().get("gemPath");
        String key = gemPath instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList())
                : gemPath == null ? null : String.valueOf(gemPath);
        Asciidoctor engine;
        synchronized (ENGINES) {
            engine = ENGINES.get(key);
            if (engine == null) {
                // JRuby logs start-up notes (e.g. "Native subprocess control requires open access") on stderr;
                // through SLF4J they reach slf4j-nop. AsciiDoc problems still come back as exceptions.
                if (System.getProperty("jruby.logger.class") == null) {
                    System.setProperty("jruby.logger.class", "org.jruby.util.log.SLF4JLogger");
                }
                engine = key == null ? Asciidoctor.Factory.create()
                        : org.asciidoctor.jruby.AsciidoctorJRuby.Factory.create(key);
                ENGINES.put(key, engine);
            }
        }
        if (options.map().get("requires") instanceof List<?> requires) {
            synchronized (engine) {
                for (Object r : requires) {
                    for (String lib : String.valueOf(r).split(",")) {
                        if (!lib.isBlank()) {
                            engine.requireLibrary(lib.strip());
                        }
                    }
                }
            }
        }
        return engine;
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
