package vn.haiphong.showcase.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.haiphong.showcase.errors.ContentErrors;

/**
 * Finds templates that include themselves, directly or through others ({@code a.ftl} includes
 * {@code b.ftl}, which includes {@code a.ftl}): Freemarker would render such a loop until the
 * stack overflows. Each loop is one error at the include that closes it, with the whole chain.
 * Only includes of a written name are followed ({@code <#include "x.ftl">}), resolved as
 * Freemarker does: from the including template's folder, or from templates/ for names with a
 * leading {@code /}.
 */
final class IncludeLoops {
    private static final Pattern INCLUDE = Pattern.compile("<#include\\s+\"([^\"$]+)\"");

    private record Include(String target, int line) {
    }

    private IncludeLoops() {
    }

    static void find(Path dir, List<String> names, ContentErrors errors) {
        Map<String, List<Include>> graph = new LinkedHashMap<>();
        for (String name : names) {
            graph.put(name, includes(dir, name));
        }
        Set<Set<String>> reported = new HashSet<>();
        for (String start : names) {
            walk(dir, start, new ArrayList<>(List.of(start)), graph, reported, errors);
        }
    }

    private static void walk(Path dir, String at, List<String> chain, Map<String, List<Include>> graph,
                             Set<Set<String>> reported, ContentErrors errors) {
        for (Include inc : graph.getOrDefault(at, List.of())) {
            int i = chain.indexOf(inc.target());
            if (i == 0) {
                List<String> loop = new ArrayList<>(chain);
                loop.add(inc.target());
                if (reported.add(Set.copyOf(chain))) {
                    errors.add(dir.resolve(at), inc.line(), "`<#include \"" + inc.target() + "\">` makes an endless"
                            + " loop of includes: " + String.join(" → ", loop),
                            "a template must not include itself, directly or through others; move what they share"
                                    + " into a partial that includes none of them");
                }
            } else if (i < 0 && graph.containsKey(inc.target()) && chain.size() < graph.size()) {
                chain.add(inc.target());
                walk(dir, inc.target(), chain, graph, reported, errors);
                chain.remove(chain.size() - 1);
            }
        }
    }

    private static List<Include> includes(Path dir, String name) {
        String text;
        try {
            text = Files.readString(dir.resolve(name));
        } catch (IOException e) {
            return List.of(); // reported when the template is parsed
        }
        List<Include> out = new ArrayList<>();
        Matcher m = INCLUDE.matcher(text);
        int line = 1;
        int counted = 0;
        while (m.find()) {
            for (; counted < m.start(); counted++) {
                if (text.charAt(counted) == '\n') {
                    line++;
                }
            }
            out.add(new Include(resolve(name, m.group(1)), line));
        }
        return out;
    }

    /** The name of {@code included} as written in template {@code from}. */
    private static String resolve(String from, String included) {
        if (included.startsWith("/")) {
            return Path.of(included.substring(1)).normalize().toString().replace('\\', '/');
        }
        Path parent = Path.of(from).getParent();
        Path p = parent == null ? Path.of(included) : parent.resolve(included);
        return p.normalize().toString().replace('\\', '/');
    }
}
