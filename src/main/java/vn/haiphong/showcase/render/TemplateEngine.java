package vn.haiphong.showcase.render;

import freemarker.core.ParseException;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.core.TemplateClassResolver;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.errors.ContentErrors;

/**
 * Freemarker set up once for a templates folder: UTF-8, HTML auto-escaping for {@code .ftl}
 * files, errors that name the template and line. Thread-safe after construction.
 */
public final class TemplateEngine {
    private final Configuration cfg;
    private final Path dir;
    private final Map<String, Template> cache = new ConcurrentHashMap<>();
    private final java.util.Set<String> reported = ConcurrentHashMap.newKeySet();

    /**
     * Our templates: numbers as computers write them (no grouping), a null loop variable is an
     * error rather than a lookup in outer scopes, the root locale and UTC whatever the machine's,
     * and the typed model's records read as {@code page.title}.
     *
     * @param dir          the templates folder
     * @param htmlEscaping auto-escape {@code ${…}} as HTML in {@code .ftl} files
     */
    public TemplateEngine(Path dir, boolean htmlEscaping) {
        this(dir, cfg -> {
            cfg.setLocale(Locale.ROOT);
            cfg.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
            cfg.setFallbackOnNullLoopVariable(false);
            cfg.setNumberFormat("computer");
            cfg.setObjectWrapper(objectWrapper());
            if (htmlEscaping) {
                cfg.setRecognizeStandardFileExtensions(true);
                cfg.setOutputFormat(freemarker.core.HTMLOutputFormat.INSTANCE);
            }
        });
    }

    /**
     * Templates written for another generator, whose Freemarker settings ({@code dialect}) the
     * caller owns (JBake's live in {@code jbake}). This engine sets only what every template
     * folder gets: where templates load from, UTF-8, and errors that stop the build with the
     * template's name and line, and no template can create Java objects ({@code ?new}) or call their
     * methods behind the model ({@code ?api}).
     */
    public TemplateEngine(Path dir, Consumer<Configuration> dialect) {
        this.dir = dir;
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            cfg.setDirectoryForTemplateLoading(dir.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("templates folder " + dir + " cannot be read", e);
        }
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        dialect.accept(cfg);
        // Templates come from themes people download: `?new` may make no Java object (Freemarker's
        // Execute runs shell commands) and `?api` may not reach behind the model, whatever the dialect set.
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
    }

    /**
     * Our model is records ({@code render.model}): templates read a component as {@code page.title},
     * not {@code page.title()}. Freemarker 2.3.33+ does that for records when asked; it is asked
     * here, by name, so a change of Freemarker's defaults cannot silently break every template.
     * Everything else (maps, lists, strings, numbers, booleans, dates) is wrapped as the default
     * wrapper of 2.3.34 wraps it.
     */
    private static freemarker.template.ObjectWrapper objectWrapper() {
        DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        b.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        return b.build();
    }

    /** Whether {@code templates/<name>} exists. */
    public boolean exists(String name) {
        return Files.isRegularFile(dir.resolve(name));
    }

    /** Parses every {@code .ftl} under the folder now, so syntax errors surface before rendering starts. */
    public void preload(ContentErrors errors) {
        if (!Files.isDirectory(dir)) {
            errors.add(dir, 0, "the templates folder is missing", "create templates/ with at least page.ftl");
            return;
        }
        List<String> names;
        try (Stream<Path> files = Files.walk(dir)) {
            names = files.filter(p -> p.toString().endsWith(".ftl")).sorted()
                    .map(f -> dir.relativize(f).toString().replace('\\', '/')).toList();
        } catch (IOException e) {
            errors.add(dir, 0, "cannot read templates: " + e.getMessage(), "check the folder's permissions");
            return;
        }
        for (String name : names) {
            template(name, errors);
        }
        IncludeLoops.find(dir, names, errors);
    }

    private Template template(String name, ContentErrors errors) {
        Template t = cache.get(name);
        if (t != null) {
            return t;
        }
        try {
            t = cfg.getTemplate(name);
            cache.put(name, t);
            return t;
        } catch (ParseException e) {
            errors.add(dir.resolve(e.getTemplateName() != null ? e.getTemplateName() : name),
                    e.getLineNumber(), "template syntax error: " + firstLine(e.getEditorMessage()),
                    "see the Freemarker manual for the directive's syntax");
        } catch (TemplateNotFoundException e) {
            errors.add(dir.resolve(name), 0, "template not found",
                    "create templates/" + name + " or use one of the layouts that exist");
        } catch (IOException e) {
            errors.add(dir.resolve(name), 0, "cannot read template: " + e.getMessage(), "check the file");
        }
        return null;
    }

    /**
     * Renders {@code name} with {@code model}. A template error becomes a {@link ContentError} for
     * the template file and line, mentioning the page being rendered ({@code forWhat}); returns null then.
     */
    public String render(String name, Map<String, Object> model, String forWhat, ContentErrors errors) {
        Template t = template(name, errors);
        if (t == null) {
            return null;
        }
        StringWriter out = new StringWriter(16 * 1024);
        try {
            t.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            String src = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
            Integer line = e.getLineNumber();
            String message = firstLine(e.getMessageWithoutStackTop());
            // the same template mistake breaks every page: report it once, with the first page it broke
            if (reported.add(src + ":" + line + ":" + message)) {
                errors.add(dir.resolve(src), line == null ? 0 : line, "template error while rendering " + forWhat
                        + ": " + message, "fix the template expression at that line");
            }
        } catch (IOException e) {
            errors.add(dir.resolve(name), 0, "cannot write output for " + forWhat + ": " + e.getMessage(), "");
        } catch (StackOverflowError e) {
            // include loops are found before rendering (IncludeLoops); this is a macro or function calling itself
            if (reported.add(name + ":recursion")) {
                errors.add(dir.resolve(name), 0, "the template never finished while rendering " + forWhat
                        + ": a macro, function or include in it (or in what it includes) calls itself without end",
                        "give the macro or function a condition under which it stops calling itself, or remove the call");
            }
        }
        return null;
    }

    /** The Freemarker configuration, for callers that need shared variables. */
    Configuration configuration() {
        return cfg;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        List<String> lines = s.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("----")).toList();
        if (lines.isEmpty()) {
            return "";
        }
        // "The following has evaluated to null or missing:" is useless without the expression on the next line
        return lines.get(0).endsWith(":") && lines.size() > 1 ? lines.get(0) + " " + lines.get(1) : lines.get(0);
    }
}
