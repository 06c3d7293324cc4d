package vn.haiphong.showcase.render;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.haiphong.showcase.text.JsonStrings;

/** A small JSON writer for JSON-LD and reports: maps keep their order, strings are escaped safely for {@code <script>}. */
public final class Json {
    private Json() {
    }

    /** A JSON object from key, value, key, value…, its keys in that order (a null value leaves its key out when written). */
    static Map<String, Object> object(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb);
        return sb.toString();
    }

    private static void write(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                if (!first) {
                    sb.append(',');
                }
                first = false;
                JsonStrings.appendForHtml(String.valueOf(e.getKey()), sb);
                sb.append(':');
                write(e.getValue(), sb);
            }
            sb.append('}');
        } else if (v instanceof Collection<?> c) {
            sb.append('[');
            boolean first = true;
            for (Object o : c) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                write(o, sb);
            }
            sb.append(']');
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else {
            JsonStrings.appendForHtml(String.valueOf(v), sb);
        }
    }
}
