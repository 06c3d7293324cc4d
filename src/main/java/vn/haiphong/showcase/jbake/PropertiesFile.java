package vn.haiphong.showcase.jbake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code .properties} text the way JBake's commons-configuration does: keys in file order,
 * a value containing an unescaped comma becomes a list of trimmed items ({@code \,} keeps a comma),
 * a key given twice collects both values. {@link java.util.Properties} keeps no order and would
 * lose the difference between {@code ,} and {@code \,}.
 */
final class PropertiesFile {
    /** Stands for an escaped comma until the value has been split at the real ones. */
    private static final char KEPT_COMMA = '\uE000';

    private PropertiesFile() {
    }

    /** Key → {@code String} or {@code List<String>}, in the order the keys first appear. */
    static Map<String, Object> parse(String text) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripLeading();
            if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == '!') {
                continue;
            }
            StringBuilder logical = new StringBuilder(line);
            while (endsWithOddBackslashes(logical) && i + 1 < lines.size()) {
                logical.setLength(logical.length() - 1);
                logical.append(lines.get(++i).stripLeading());
            }
            if (endsWithOddBackslashes(logical)) {
                logical.setLength(logical.length() - 1);
            }
            int sep = separator(logical);
            String key = unescape(logical.substring(0, sep)).replace(KEPT_COMMA, ',');
            String rest = sep < logical.length() ? logical.substring(sep) : "";
            rest = rest.stripLeading();
            if (!rest.isEmpty() && (rest.charAt(0) == '=' || rest.charAt(0) == ':')) {
                rest = rest.substring(1);
            }
            add(values, key, split(unescape(rest)));
        }
        return values;
    }

    private static void add(Map<String, Object> values, String key, Object value) {
        Object old = values.get(key);
        if (old == null) {
            values.put(key, value);
            return;
        }
        List<String> all = new ArrayList<>();
        addAll(all, old);
        addAll(all, value);
        values.put(key, List.copyOf(all));
    }

    @SuppressWarnings("unchecked")
    private static void addAll(List<String> to, Object value) {
        if (value instanceof List<?> l) {
            to.addAll((List<String>) l);
        } else {
            to.add((String) value);
        }
    }

    private static Object split(String value) {
        if (value.indexOf(',') < 0) {
            return value.strip().replace(KEPT_COMMA, ',');
        }
        List<String> items = new ArrayList<>();
        for (String item : value.split(",", -1)) {
            items.add(item.strip().replace(KEPT_COMMA, ','));
        }
        return List.copyOf(items);
    }

    private static boolean endsWithOddBackslashes(CharSequence s) {
        int n = 0;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    /** Index of the first unescaped {@code =}, {@code :} or whitespace, or the length. */
    private static int separator(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                return i;
            }
        }
        return s.length();
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case ',' -> out.append(KEPT_COMMA);
                case 'u' -> {
                    if (isHex(s, i + 1)) {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append('u');
                    }
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String s, int from) {
        if (from + 4 > s.length()) {
            return false;
        }
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
