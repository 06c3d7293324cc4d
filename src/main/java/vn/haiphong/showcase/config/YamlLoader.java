package vn.haiphong.showcase.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Safe YAML loading for site.yaml, front matter and UI strings. Only plain maps, lists, strings,
 * numbers and booleans come out: no Java types, and no implicit timestamps (dates stay strings
 * so that {@code 2025-05-13} is read as a local date, not an instant in UTC).
 */
public final class YamlLoader {

    /** A YAML problem with the 1-based line inside the parsed text (0 when unknown). */
    public record Problem(int line, String message) {
    }

    /** Either a map or a problem. */
    public record Result(Map<String, Object> map, Problem problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(YamlLoader::newYaml);

    private YamlLoader() {
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(8 * 1024 * 1024);
        DumperOptions dump = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dump), dump, options, new NoTimestampResolver());
    }

    /**
     * Parses {@code text} as a YAML mapping. An empty text is an empty map; a document that is not
     * a mapping, or bad YAML, is a {@link Problem} with the line where the parser stopped.
     */
    public static Result parseMap(String text) {
        try {
            Object loaded = YAML.get().load(text);
            if (loaded == null) {
                return new Result(Map.of(), null);
            }
            if (!(loaded instanceof Map<?, ?> raw)) {
                return new Result(null, new Problem(1, "expected a mapping of `key: value` lines, found "
                        + describe(loaded)));
            }
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : raw.entrySet()) {
                map.put(String.valueOf(e.getKey()), e.getValue());
            }
            return new Result(map, null);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? e.getContext() + ", " : "";
            return new Result(null, new Problem(line, "invalid YAML: " + context + problem));
        } catch (YAMLException e) {
            return new Result(null, new Problem(0, "invalid YAML: " + firstLine(e.getMessage())));
        }
    }

    private static String describe(Object o) {
        if (o instanceof Iterable<?>) {
            return "a list";
        }
        return "a single value \"" + o + "\"";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown problem";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The standard resolver without the implicit timestamp rule. */
    private static final class NoTimestampResolver extends Resolver {
        @Override
        public void addImplicitResolver(Tag tag, java.util.regex.Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }
}
