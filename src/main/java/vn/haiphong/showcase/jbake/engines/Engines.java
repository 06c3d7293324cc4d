package vn.haiphong.showcase.jbake.engines;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * JBake 2.7.0's template engines, picked by the template's extension as JBake's
 * {@code org.jbake.parser.TemplateEngines.properties} maps them: {@code ftl} Freemarker (ours, not
 * here), {@code groovy}/{@code gsp} Groovy's SimpleTemplateEngine, {@code gxml} Groovy's
 * XmlTemplateEngine, {@code tpl} Groovy's MarkupTemplateEngine, {@code thyme}/{@code html}
 * Thymeleaf, {@code pebble}/{@code peb} Pebble, {@code jade} jade4j. Each adapter class names its
 * library, so the JVM loads a library only when a project uses the engine.
 */
public final class Engines {
    /** Every extension JBake 2.7.0 knows, in the order JBake looks for an alternative template (its HashMap's). */
    public static final List<String> EXTENSIONS = List.copyOf(new java.util.HashMap<String, Boolean>() {
        {
            for (String e : List.of("ftl", "groovy", "gsp", "gxml", "tpl", "thyme", "html", "pebble", "peb", "jade")) {
                put(e, true);
            }
        }
    }.keySet());

    private Engines() {
    }

    /** The engine's name for {@code extension} (without the dot), or null when JBake has none for it. */
    public static String name(String extension) {
        return switch (extension) {
            case "ftl" -> "Freemarker";
            case "groovy", "gsp" -> "Groovy (SimpleTemplateEngine)";
            case "gxml" -> "Groovy (XmlTemplateEngine)";
            case "tpl" -> "Groovy (MarkupTemplateEngine)";
            case "thyme", "html" -> "Thymeleaf";
            case "pebble", "peb" -> "Pebble";
            case "jade" -> "Jade";
            default -> null;
        };
    }

    /**
     * A new adapter for the templates with {@code extension} in {@code dir}, or null when that
     * engine is not supported here (Freemarker is the caller's; see {@link #name} for what JBake has).
     *
     * @param locale the project's {@code jvm.locale}
     * @param config a configuration value by key (null when absent)
     */
    public static TemplateAdapter create(String extension, Path dir, Locale locale, Function<String, String> config) {
        return switch (extension) {
            case "groovy", "gsp" -> new GroovySimpleAdapter(dir);
            case "tpl" -> new GroovyMarkupAdapter(dir, locale);
            case "peb", "pebble" -> new PebbleAdapter(dir, locale);
            case "thyme", "html" -> new ThymeleafAdapter(dir, thymeleafLocale(config.apply("thymeleaf.locale"), locale),
                    type -> {
                        String mode = config.apply("template_" + type + "_thymeleaf_mode");
                        return mode == null || mode.isEmpty() ? "HTML" : mode;
                    });
            case "jade" -> new JadeAdapter(dir);
            default -> null;
        };
    }

    /** {@code thymeleaf.locale} ({@code en_US} in JBake's defaults), else {@code fallback}. */
    private static Locale thymeleafLocale(String value, Locale fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return Locale.forLanguageTag(value.strip().replace('_', '-'));
    }
}
