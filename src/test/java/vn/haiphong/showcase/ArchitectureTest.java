package vn.haiphong.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package graph of {@code src/main/java} as DESIGN.md draws it: data flows one way, so no
 * two packages may depend on each other, however indirectly. A dependency is any mention of
 * {@code vn.haiphong.showcase.<package>.<Type>} in a source file (imports, static imports and
 * qualified names); sub-packages such as {@code vr360.hall} are packages of their own.
 */
public class ArchitectureTest {
    private static final String ROOT = "vn.haiphong.showcase.";
    private static final Pattern REFERENCE = Pattern.compile("\\bvn\\.haiphong\\.showcase\\.((?:[a-z0-9_]+\\.)*[a-z0-9_]+)\\.[A-Z]");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+vn\\.haiphong\\.showcase\\.([a-z0-9_.]+);");

    private static Map<String, Set<String>> graph;

    @BeforeAll
    static void readSources() throws IOException {
        graph = dependencies(Path.of("src/main/java/vn/haiphong/showcase"));
    }

    /** Package → the packages of ours it mentions (itself left out). */
    public static Map<String, Set<String>> dependencies(Path sources) throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(sources)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Matcher pkg = PACKAGE.matcher(text);
            assertTrue(pkg.find(), f + " has no package line under " + ROOT);
            Set<String> uses = out.computeIfAbsent(pkg.group(1), k -> new TreeSet<>());
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                if (!m.group(1).equals(pkg.group(1))) {
                    uses.add(m.group(1));
                }
            }
        }
        return out;
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        List<String> cycles = cycles(graph);
        assertEquals(List.of(), cycles, "package cycles in src/main/java (each listed as a path back to its start)");
    }

    @Test
    void theBuildsMeetOnlyInTheCommandLine() {
        assertTrue(graph.get("jbake").contains("site"), "jbake implements site.Build");
        for (String p : List.of("site", "serve", "render", "output")) {
            assertTrue(!graph.get(p).contains("jbake"), p + " must not know the JBake build: " + graph.get(p));
        }
        assertEquals(Set.of(), graph.get("output"), "output is below every stage that writes files");
    }

    /**
     * Hugo's rule, ours too: URLs have one source of truth. A URL that starts with a language
     * ({@code "/" + lang}, {@code "/" + l.code()}, {@code "/" + e.lang()}) is built only by
     * {@code content.Permalinks}; everything else asks it.
     */
    @Test
    void onlyPermalinksBuildsLanguageUrls() throws IOException {
        Pattern byHand = Pattern.compile("\"/\"\\s*\\+\\s*[\\w.()]*?(?:lang|Lang|code)\\b");
        List<String> found = new ArrayList<>();
        Path sources = Path.of("src/main/java/vn/haiphong/showcase");
        try (Stream<Path> s = Files.walk(sources)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (f.endsWith(Path.of("content", "Permalinks.java"))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (byHand.matcher(lines.get(i)).find()) {
                        found.add(sources.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "URLs built by hand instead of by content.Permalinks");
        assertTrue(byHand.matcher("String u = \"/\" + l.code() + \"/tags/\";").find(), "the pattern finds a URL built by hand");
    }

    /** The illustration generator is a build tool (src/tools/java): it is compiled apart and never lands in showcase.jar. */
    @Test
    void theIllustrationGeneratorIsNotPartOfTheProduct() {
        assertTrue(Files.isRegularFile(Path.of("src/tools/java/vn/haiphong/showcase/illustrations/IllustrationGenerator.java")));
        assertTrue(Files.notExists(Path.of("src/main/java/vn/haiphong/showcase/illustrations")));
        org.junit.jupiter.api.Assertions.assertThrows(ClassNotFoundException.class,
                () -> Class.forName("vn.haiphong.showcase.illustrations.IllustrationGenerator"),
                "the product's classes (target/classes, what showcase.jar packs) hold the generator");
    }

    @Test
    void theCheckFindsACycle() {
        Map<String, Set<String>> g = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of("a → b → c → a"), cycles(g));
    }

    /** One cycle per strongly connected group of packages (Tarjan), as a path from its first package back to it. */
    static List<String> cycles(Map<String, Set<String>> g) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        List<String> stack = new ArrayList<>();
        List<Set<String>> groups = new ArrayList<>();
        for (String v : new TreeSet<>(g.keySet())) {
            if (!index.containsKey(v)) {
                connect(v, g, index, low, stack, groups);
            }
        }
        List<String> out = new ArrayList<>();
        for (Set<String> group : groups) {
            if (group.size() > 1) {
                String start = group.iterator().next();
                out.add(String.join(" → ", path(start, start, g, group, new ArrayList<>(List.of(start)))));
            }
        }
        out.sort(null);
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> g, Map<String, Integer> index,
                                Map<String, Integer> low, List<String> stack, List<Set<String>> groups) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.add(v);
        for (String w : new TreeSet<>(g.getOrDefault(v, Set.of()))) {
            if (!index.containsKey(w)) {
                connect(w, g, index, low, stack, groups);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (stack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> group = new TreeSet<>();
            String w;
            do {
                w = stack.remove(stack.size() - 1);
                group.add(w);
            } while (!w.equals(v));
            groups.add(group);
        }
    }

    /** A path inside {@code group} from the last package of {@code path} back to {@code start}, or null. */
    private static List<String> path(String start, String at, Map<String, Set<String>> g, Set<String> group,
                                     List<String> path) {
        for (String next : new TreeSet<>(g.getOrDefault(at, Set.of()))) {
            if (next.equals(start)) {
                List<String> done = new ArrayList<>(path);
                done.add(start);
                return done;
            }
            if (group.contains(next) && !path.contains(next)) {
                path.add(next);
                List<String> found = path(start, next, g, group, path);
                if (found != null) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }
}
