package vn.haiphong.showcase.docs;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The record types of a template model, read by reflection from its root: every record reachable
 * through components, {@code List<X>} and {@code Map<String, X>}, in the order a reader meets them,
 * with the template paths where each one appears. Names are what Freemarker shows a template.
 */
final class ModelTypes {
    /** One component as a template sees it. */
    record Field(String name, Type type) {
    }

    /** A record type of the model and the template paths ({@code page.pages[]}) where it appears. */
    record Node(Class<?> type, List<String> paths) {
    }

    private ModelTypes() {
    }

    /** Every record reachable from {@code root}, breadth first, the root first (with no path). */
    static List<Node> walk(Class<?> root) {
        Map<Class<?>, Node> seen = new LinkedHashMap<>();
        seen.put(root, new Node(root, new ArrayList<>()));
        Deque<Class<?>> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            Class<?> c = queue.removeFirst();
            List<String> at = seen.get(c).paths();
            for (Field f : fields(c)) {
                String path = (at.isEmpty() ? "" : at.get(0) + ".") + f.name();
                Type t = f.type();
                while (element(t) != null) {
                    path += t instanceof ParameterizedType p && p.getRawType() == Map.class ? ".NAME" : "[]";
                    t = element(t);
                }
                if (t instanceof Class<?> r && r.isRecord()) {
                    boolean fresh = !seen.containsKey(r);
                    seen.computeIfAbsent(r, k -> new Node(k, new ArrayList<>())).paths().add(path);
                    if (fresh) {
                        queue.addLast(r);
                    }
                }
            }
        }
        return List.copyOf(seen.values());
    }

    /** The components of {@code record} under the names templates use. */
    static List<Field> fields(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .map(c -> new Field(templateName(c), c.getGenericType())).toList();
    }

    /**
     * A component's name in templates: its own, except for a Java Beans read method, which
     * Freemarker shows as the property ({@code isDefault()} of a boolean is {@code default}).
     */
    static String templateName(RecordComponent c) {
        String n = c.getName();
        if (c.getType() == boolean.class && n.length() > 2 && n.startsWith("is") && Character.isUpperCase(n.charAt(2))) {
            return decapitalize(n.substring(2));
        }
        if (n.length() > 3 && n.startsWith("get") && Character.isUpperCase(n.charAt(3))) {
            return decapitalize(n.substring(3));
        }
        return n;
    }

    private static String decapitalize(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** {@code PageView.Pager} for a nested record, {@code Card} for a top-level one. */
    static String name(Class<?> type) {
        String n = type.getName();
        return n.substring(n.lastIndexOf('.') + 1).replace('$', '.');
    }

    /** What a template holds for {@code t}: {@code string}, {@code number}, {@code list of Card}, … */
    static String describe(Type t) {
        Type item = element(t);
        if (item != null) {
            boolean map = t instanceof ParameterizedType p && p.getRawType() == Map.class;
            boolean record = item instanceof Class<?> c && c.isRecord();
            return (map ? "map of " : "list of ") + describe(item) + (record ? "" : "s");
        }
        Class<?> c = t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
        if (c.isRecord()) {
            return name(c);
        }
        if (c == String.class) {
            return "string";
        }
        if (c == int.class || c == long.class || c == double.class || Number.class.isAssignableFrom(c)) {
            return "number";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "boolean";
        }
        if (Map.class.isAssignableFrom(c)) {
            return "map";
        }
        if (freemarker.template.TemplateMethodModelEx.class.isAssignableFrom(c)) {
            return "function";
        }
        return c.getSimpleName();
    }

    /**
     * The item type of a {@code List<X>} or the value type of a {@code Map<String, X>} whose
     * values are records; null for anything else (a {@code Map<String, Object>} is free data).
     */
    private static Type element(Type t) {
        if (!(t instanceof ParameterizedType p)) {
            return null;
        }
        if (p.getRawType() == List.class) {
            return p.getActualTypeArguments()[0];
        }
        if (p.getRawType() == Map.class && p.getActualTypeArguments()[1] instanceof Class<?> v && v.isRecord()) {
            return v;
        }
        return null;
    }

    /**
     * Public instance methods without arguments that are not components: Freemarker would show
     * each as one more property, which the reference (read from components) would not list.
     */
    static List<String> hiddenProperties(Class<?> record) {
        Set<String> components = Set.copyOf(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList());
        List<String> out = new ArrayList<>();
        for (Method m : record.getMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() != void.class
                    && m.getDeclaringClass() == record && !components.contains(m.getName())
                    && !Set.of("hashCode", "toString").contains(m.getName())) {
                out.add(name(record) + "." + m.getName() + "()");
            }
        }
        return out;
    }
}
