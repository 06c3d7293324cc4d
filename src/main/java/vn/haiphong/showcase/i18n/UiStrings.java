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
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.text.SourceFiles;
import vn.haiphong.showcase.text.Utf8;
import vn.haiphong.showcase.yaml.YamlNode;
import vn.haiphong.showcase.yaml.YamlReader;

/**
 * The UI strings of every language ({@code templates/i18n/<lang>.yaml}), with plural forms and
 * fallback to the default language. A value is a string, or a map of CLDR plural categories.
 */
public final class UiStrings {
    /** CLDR plural categories, in CLDR's order. */
    private static final List<String> PLURAL_FORMS = List.of("zero", "one", "two", "few", "many", "other");

    private final String defaultLanguage;
    private final Map<String, Map<String, Object>> bundles;
    private final Set<String> missingEverywhere = ConcurrentHashMap.newKeySet();

    private UiStrings(String defaultLanguage, Map<String, Map<String, Object>> bundles) {
        this.defaultLanguage = defaultLanguage;
        this.bundles = bundles;
    }

    /**
     * Loads the bundle of each language from {@code dir}. A missing file, bad YAML or a value no
     * template can show is a content error at its line; a key the default language has and another
     * language lacks is a {@code warnings} line.
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
                    byte[] bytes = SourceFiles.read(file, SourceFiles.YAML, errors);
                    try {
                        YamlReader.Result r = bytes == null ? null : YamlReader.readMap(Utf8.decode(bytes), 1);
                        if (r == null) {
                            // too large: reported
                        } else if (r.ok()) {
                            map = r.map();
                            checkValues(file, r, errors);
                        } else {
                            errors.add(file, r.line(), r.problem(),
                                    "each line is `key: \"text\"`; plural forms are a map like `{one: \"…\", other: \"…\"}`");
                        }
                    } catch (CharacterCodingException e) {
                        errors.add(file, Utf8.lineOfFirstError(bytes), "not valid UTF-8", "save the file as UTF-8");
                    }
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

    /**
     * Values a template cannot show are errors at their line: a list, or a map that is not plural
     * forms with an {@code other} form (it would appear on the page as {@code [key]} or "null").
     */
    private static void checkValues(Path file, YamlReader.Result yaml, ContentErrors errors) {
        String hint = "write `key: \"text\"`, or plural forms like `key: {one: \"…\", other: \"…\"}`";
        for (Map.Entry<String, Object> e : yaml.map().entrySet()) {
            String key = e.getKey();
            int line = yaml.root().lineOf(key);
            if (e.getValue() instanceof List<?>) {
                errors.add(file, line, "UI string `" + key + "` is a list, not a text", hint);
            } else if (e.getValue() instanceof Map<?, ?> forms) {
                YamlNode node = yaml.root().get(key);
                for (Map.Entry<?, ?> f : forms.entrySet()) {
                    String form = String.valueOf(f.getKey());
                    int at = node == null ? line : node.lineOf(form);
                    if (!PLURAL_FORMS.contains(form)) {
                        errors.add(file, at, "UI string `" + key + "` has a form `" + form
                                + "`, which is not a plural category (" + String.join(", ", PLURAL_FORMS) + ")", hint);
                    } else if (f.getValue() instanceof Map<?, ?> || f.getValue() instanceof List<?>) {
                        errors.add(file, at, "the `" + form + "` form of UI string `" + key + "` is not a text", hint);
                    }
                }
                if (!forms.containsKey("other")) {
                    errors.add(file, line, "UI string `" + key + "` has no `other` form (the one every language uses)",
                            "add `other: \"…\"` to its plural forms");
                }
            }
        }
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
