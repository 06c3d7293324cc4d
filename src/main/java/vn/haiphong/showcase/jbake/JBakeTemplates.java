package vn.haiphong.showcase.jbake;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.BeansWrapperBuilder;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.jbake.engines.Engines;
import vn.haiphong.showcase.jbake.engines.TemplateAdapter;
import vn.haiphong.showcase.render.TemplateEngine;

/**
 * Freemarker set up as JBake 2.7.0 sets it up for a project's templates: no auto-escaping, and
 * what JBake leaves at Freemarker's defaults (locale-formatted numbers, a null loop variable
 * falling back to outer scopes) kept at those defaults, so its templates print what they print
 * under JBake. As in JBake (its issue #357), {@code db} and {@code data} are Java objects whose
 * methods templates call ({@code ${db.getPublishedPages().size()}}, {@code data.get("x.yml")}):
 * JBake wraps exactly these two with a plain {@link BeansWrapper}, so what their methods return
 * (lists, maps) has its Java methods too ({@code .size()}, {@code .get(…)}). Nothing else of the
 * model is exposed that way. Errors still stop the build, unlike JBake's, which writes the error
 * text into the page.
 */
final class JBakeTemplates {
    private JBakeTemplates() {
    }

    /**
     * The templates in {@code dir}, each rendered by the engine JBake 2.7.0 picks for its extension
     * ({@link Engines}), with dates, numbers and {@code ?sort} in {@code locale} and times in {@code zone}.
     */
    static Dispatch all(Path dir, Locale locale, TimeZone zone, java.util.function.Function<String, String> config) {
        return new Dispatch(dir, in(dir, locale, zone), locale, zone, config);
    }

    /** The Freemarker templates in {@code dir}, with dates, numbers and {@code ?sort} in {@code locale} and times in {@code zone}. */
    static TemplateEngine in(Path dir, Locale locale, TimeZone zone) {
        return new TemplateEngine(dir, cfg -> {
            cfg.setLocale(locale);
            cfg.setTimeZone(zone);
            cfg.setObjectWrapper(new Wrapper());
        });
    }

    /**
     * Freemarker's default wrapper for the model, except {@link JBakeIndex} ({@code db}) and
     * {@link JBakeData} ({@code data}), which get JBake's {@code BeansWrapper} (Freemarker's
     * incompatible-improvements level 2.3.0, as JBake's {@code DEFAULT_INCOMPATIBLE_IMPROVEMENTS}).
     * Freemarker's default member-access policy still applies, so {@code getClass()} and the like
     * stay out of reach.
     */
    static final class Wrapper extends DefaultObjectWrapper {
        private static final BeansWrapper BEANS = new BeansWrapperBuilder(Configuration.VERSION_2_3_0).build();

        Wrapper() {
            super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
        }

        @Override
        public TemplateModel wrap(Object obj) throws TemplateModelException {
            if (obj instanceof JBakeIndex || obj instanceof JBakeData) {
                return BEANS.wrap(obj);
            }
            return super.wrap(obj);
        }
    }

    /**
     * The templates of a project, whatever their engine: {@code .ftl} through our Freemarker, the
     * others through an adapter of {@link Engines}, created on first use (so a library loads only
     * when a template needs it). As in JBake, a configured template that does not exist is looked
     * for under the same name with each extension JBake knows ({@code index.ftl} → {@code index.gsp}).
     * Thread-safe.
     */
    static final class Dispatch {
        private final Path dir;
        private final TemplateEngine freemarker;
        private final Locale locale;
        private final TimeZone zone;
        private final java.util.function.Function<String, String> config;
        private final Map<String, Optional<TemplateAdapter>> adapters = new ConcurrentHashMap<>();
        private final Set<String> reported = ConcurrentHashMap.newKeySet();

        private Dispatch(Path dir, TemplateEngine freemarker, Locale locale, TimeZone zone,
                         java.util.function.Function<String, String> config) {
            this.config = config;
            this.dir = dir;
            this.freemarker = freemarker;
            this.locale = locale;
            this.zone = zone;
        }

        /** Parses every Freemarker template now, so syntax errors surface before rendering starts. */
        void preload(ContentErrors errors) {
            freemarker.preload(errors);
        }

        /** Whether {@code name}, or JBake's alternative for it, exists. */
        boolean exists(String name) {
            return Files.isRegularFile(dir.resolve(resolve(name)));
        }

        /** {@code name} if it exists, else the first {@code name-without-its-last-4-characters.EXT} that does, as JBake looks. */
        String resolve(String name) {
            if (Files.isRegularFile(dir.resolve(name)) || name.length() < 4) {
                return name;
            }
            String base = name.substring(0, name.length() - 4);
            for (String ext : Engines.EXTENSIONS) {
                if (Files.isRegularFile(dir.resolve(base + "." + ext))) {
                    return base + "." + ext;
                }
            }
            return name;
        }

        /**
         * Runs {@code work} (the render phase) with the JVM's default locale and time zone set to the
         * project's when a non-Freemarker template is among {@code templates}: Groovy's
         * {@code date.format(…)} and the other engines read those defaults, and JBake sets the default
         * locale from {@code jvm.locale} too. The defaults are restored afterwards.
         */
        <T> T withJvmDefaults(Set<String> templates, Supplier<T> work) {
            if (templates.stream().map(this::resolve).allMatch(t -> t.endsWith(".ftl"))) {
                return work.get();
            }
            Locale oldLocale = Locale.getDefault();
            TimeZone oldZone = TimeZone.getDefault();
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
            try {
                return work.get();
            } finally {
                Locale.setDefault(oldLocale);
                TimeZone.setDefault(oldZone);
            }
        }

        /**
         * Renders {@code name} with {@code model}. A failure becomes one {@code ContentError} for the
         * template file (and line, where the engine gives one), mentioning the page being rendered
         * ({@code forWhat}), reported once per template and message; returns null then.
         */
        String render(String name, Map<String, Object> model, String forWhat, ContentErrors errors) {
            String template = resolve(name);
            String ext = JBakeContent.extension(template);
            if (ext.equals("ftl")) {
                return freemarker.render(template, model, forWhat, errors);
            }
            Optional<TemplateAdapter> adapter = adapters.computeIfAbsent(ext,
                    e -> Optional.ofNullable(Engines.create(e, dir, locale, config)));
            if (adapter.isEmpty()) {
                if (reported.add(template)) {
                    String engine = Engines.name(ext);
                    errors.add(dir.resolve(template), 0, engine == null
                                    ? "JBake has no template engine for ." + ext + " files (it writes an empty page)"
                                    : engine + " templates (." + ext + ") are not supported by this generator",
                            "use a template of an engine JBake knows: .ftl, .gsp, .tpl, .thyme, .peb or .jade");
                }
                return null;
            }
            try {
                return adapter.get().render(template, model);
            } catch (TemplateAdapter.TemplateFailure e) {
                if (reported.add(e.template() + ":" + e.line() + ":" + e.getMessage())) {
                    errors.add(dir.resolve(e.template()), e.line(), "template error while rendering " + forWhat + ": "
                            + e.getMessage(), "fix the template at that place");
                }
                return null;
            }
        }
    }
}
