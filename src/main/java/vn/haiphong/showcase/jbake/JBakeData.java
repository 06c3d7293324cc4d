package vn.haiphong.showcase.jbake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML files of a JBake project's {@code data/} folder, as templates reach them:
 * {@code data.get("authors.yml")}. Immutable.
 */
public final class JBakeData {
    private final Map<String, Map<String, Object>> byPath = new LinkedHashMap<>();

    JBakeData(List<JBakeDocument> dataFiles) {
        for (JBakeDocument d : dataFiles) {
            byPath.put((String) d.content().get("sourceuri"), d.content());
        }
    }

    /**
     * The data file at {@code ref} (its path under {@code data/}): its mapping, or its list under
     * {@code data}, plus JBake's {@code sourceuri}, {@code sha1}, {@code type}. An empty map when
     * there is no such file, as in JBake.
     */
    public Map<String, Object> get(String ref) {
        return byPath.getOrDefault(ref, Map.of());
    }
}
