package vn.haiphong.showcase.i18n;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import vn.haiphong.showcase.config.YamlLoader;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.text.Utf8;

/**
 * The UI strings of every language ({@code templates/i18n/<lang>.yaml}), with plural forms and
 * fallback to the default language. A value is a string, or a map of CLDR plural categories.
 */
public final class UiStrings {
    private final String defaultLanguage;
    private final Map<String, Map<String, Object>> bundles;
    private final Set<String> missingEverywhere = ConcurrentHashMap.newKeySet();

    private UiStrings(String defaultLanguage, Map<String, Map<String, Object>> bundles) {
        this.defaultLanguage = defaultLanguage;
        this.bundles = bundles;
    }

    /**
     * Loads the bundle of each language from {@code dir}. A missing file or bad YAML is a content
     * error; a key the default language has and another language lacks is a {@code warnings} line.
     */
    public static UiStrings load(Path dir, List<String> languages, String defaultLanguage, ContentErrors errors,
                                 List<String> warnings) {
        Map<String, Map<String, Object>> bundles = new LinkedHashMap<>();
        for (String lang : languages) {
            Path file = dir.resolve(lang + ".yaml");
            Map<String, Object> map = Map.of();
            if (!Files.isRegularFile(file)) {
                if (Files.isDirectory(dir)) {
                    errors.add(file, 0, "the UI strings of `" + lang + "` are missing",
                            "copy templates/i18n/" + defaultLanguage + ".yaml to " + lang + ".yaml and translate the values");
                }
            } else {
                try {
                    YamlLoader.Result r = YamlLoader.parseMap(Utf8.decode(Files.readAllBytes(file)));
                    if (r.ok()) {
                        map = r.map();
                    } else {
                        errors.add(file, r.problem().line(), r.problem().message(),
                                "each line is `key: \"text\"`; plural forms are a map like `{one: \"…\", other: \"…\"}`");
                    }
                } catch (CharacterCodingException e) {
                    errors.add(file, 0, "not valid UTF-8", "save the file as UTF-8");
                } catch (IOException e) {
                    errors.add(file, 0, "cannot read: " + e.getMessage(), "check the file's permissions");
                }
            }
            bundles.put(lang, map);
        }
        Map<String, Object> base = bundles.getOrDefault(defaultLanguage, Map.of());
        for (String lang : languages) {
            if (lang.equals(defaultLanguage)) {
                continue;
            }
            Set<String> missing = new TreeSet<>(base.keySet());
            missing.removeAll(bundles.get(lang).keySet());
            for (String key : missing) {
                warnings.add("templates/i18n/" + lang + ".yaml: missing UI string `" + key
                        + "` (shown in " + defaultLanguage + " until translated)");
            }
        }
        return new UiStrings(defaultLanguage, bundles);
    }

    /** A string for {@code lang}, falling back to the default language; the key in brackets if none has it. */
    public String get(String lang, String key) {
        Object v = raw(lang, key);
        if (v instanceof Map<?, ?> m) {
            Object other = m.get("other");
            return other == null ? "[" + key + "]" : String.valueOf(other);
        }
        return v == null ? "[" + key + "]" : String.valueOf(v);
    }

    /** The plural form of {@code key} for {@code count} in {@code lang}, with {@code {count}} filled in. */
    public String plural(String lang, String key, long count) {
        Object v = raw(lang, key);
        String text;
        if (v instanceof Map<?, ?> m) {
            Object form = m.get(PluralRules.category(lang, count));
            text = String.valueOf(form != null ? form : m.get("other"));
        } else {
            text = v == null ? "[" + key + "]" : String.valueOf(v);
        }
        return text.replace("{count}", Long.toString(count));
    }

    /** Whether the string for {@code key} in {@code lang} comes from the language itself (not a fallback). */
    public boolean has(String lang, String key) {
        return bundles.getOrDefault(lang, Map.of()).containsKey(key);
    }

    /** Keys asked for by templates that no language defines. */
    public Set<String> missingEverywhere() {
        return Set.copyOf(missingEverywhere);
    }

    private Object raw(String lang, String key) {
        Object v = bundles.getOrDefault(lang, Map.of()).get(key);
        if (v == null) {
            v = bundles.getOrDefault(defaultLanguage, Map.of()).get(key);
        }
        if (v == null) {
            missingEverywhere.add(key);
        }
        return v;
    }

    /** Fills {@code {name}} placeholders from alternating name/value arguments. */
    public static String fill(String text, List<?> namesAndValues) {
        String out = text;
        for (int i = 0; i + 1 < namesAndValues.size(); i += 2) {
            out = out.replace("{" + namesAndValues.get(i) + "}", String.valueOf(namesAndValues.get(i + 1)));
        }
        return out;
    }
}
