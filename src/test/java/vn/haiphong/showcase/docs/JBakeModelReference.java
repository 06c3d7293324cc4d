package vn.haiphong.showcase.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.haiphong.showcase.testing.Fixtures;

/**
 * The JBake part of the template model reference. JBake's model is maps (as JBake templates
 * expect), so its names and types come from a real build: a copy of the {@code jbake-blog}
 * fixture whose templates are replaced by {@code model-dump.ftl}, which prints the model each
 * page was rendered with. JBake's own documentation gives the meanings.
 */
final class JBakeModelReference {
    /** One name in the model: its type, an example value and the kinds of page that have it. */
    record Entry(String type, String example, Set<String> kinds) {
    }

    /** JBake templates: the file each template writes in the {@code jbake-blog} fixture. */
    private static final Map<String, String> JBAKE_PAGES = new LinkedHashMap<>();

    static {
        JBAKE_PAGES.put("post", "blog/2024/banh-da-cua.html");
        JBAKE_PAGES.put("page", "about.html");
        JBAKE_PAGES.put("index", "index.html");
        JBAKE_PAGES.put("tag", "tags/food.html");
        JBAKE_PAGES.put("archive", "archive.html");
    }

    /** JBake copies the JVM's system properties into {@code config}; they are summarised, not listed. */
    private static final java.util.regex.Pattern SYSTEM = java.util.regex.Pattern.compile(
            "(java|javax|jdk|sun|os|user|file|line|path|native|awt)_");

    private JBakeModelReference() {
    }

    /** The "JBake templates" section, from a dump build in {@code work}. */
    static String markdown(Path work) throws IOException {
        Path jbake = dump(Fixtures.site("jbake-blog", Files.createDirectories(work.resolve("model-jbake"))));
        Map<String, Entry> jnames = collect(jbake, JBAKE_PAGES);
        StringBuilder md = new StringBuilder("""

                ## JBake templates

                A folder with `jbake.properties` is built as JBake 2.7.0 builds it, with JBake's model
                (no HTML auto-escaping, as in JBake). These are the names the `jbake-blog` fixture's
                templates received; `content.*` holds the document's own header fields (any
                `key=value` you write) plus what JBake computes. JBake's own documentation
                (*Templates* → *Data model*) describes their meaning; we keep the same names and values.

                """);
        md.append("| name | type | example | kinds |\n|---|---|---|---|\n");
        Set<String> documentLists = new java.util.TreeSet<>();
        for (String name : jnames.keySet()) {
            if (name.endsWith("[].sourceuri")) {
                documentLists.add(name.substring(0, name.length() - "[].sourceuri".length()));
            }
        }
        List<String> configKeys = new ArrayList<>();
        for (Map.Entry<String, Entry> e : jnames.entrySet()) {
            String name = e.getKey();
            if (name.startsWith("config.")) {
                configKeys.add(name.substring("config.".length()));
                continue;
            }
            int item = name.indexOf("[]");
            if (item >= 0 && (documentLists.contains(name.substring(0, item)) || name.indexOf("[]", item + 2) >= 0
                    || name.endsWith("[]"))) {
                continue; // documents are described once (as `content`); deeper levels repeat them
            }
            String type = e.getValue().type();
            if (documentLists.contains(name)) {
                type = "list of documents";
            } else if (type.equals("list") && jnames.containsKey(name + "[]")) {
                type = "list of " + jnames.get(name + "[]").type() + "s";
            }
            md.append("| `").append(name).append("` | ").append(type).append(" | ")
                    .append(example(e.getValue())).append(" | ").append(kinds(e.getValue(), JBAKE_PAGES.keySet()))
                    .append(" |\n");
        }
        md.append("\nA *document* (an item of the lists of documents) has the same fields as `content` on that ")
                .append("document's own page.\n\n`config` has every configuration key with `.` written as `_` ")
                .append("(`site.host` → `config.site_host`), JBake's defaults included; in this fixture: ")
                .append(String.join(", ", configKeys.stream().filter(k -> !SYSTEM.matcher(k).lookingAt()).sorted()
                        .map(k -> "`" + k + "`").toList()))
                .append(". As in JBake, the JVM's system properties are there too (`java_version`, `user_dir`, …).\n");
        return md.toString();
    }

    private static String kinds(Entry e, Set<String> all) {
        return e.kinds().containsAll(all) ? "all" : String.join(", ", e.kinds());
    }

    private static String example(Entry e) {
        String x = e.example();
        if (x.isEmpty() || e.type().equals("map") || e.type().equals("list")) {
            return "";
        }
        if (x.length() > 48) {
            x = x.substring(0, 45) + "…";
        }
        return "`" + CliReference.cell(x.replace("`", "'")) + "`";
    }

    private static Entry merge(Entry a, Entry b) {
        Set<String> kinds = new LinkedHashSet<>(a.kinds());
        kinds.addAll(b.kinds());
        return new Entry(a.type().equals("null") ? b.type() : a.type(), a.example().isEmpty() ? b.example() : a.example(), kinds);
    }

    /** Copies the dump template over every page template of {@code site}, builds it, returns the output folder. */
    private static Path dump(Path site) throws IOException {
        String template;
        try (InputStream in = JBakeModelReference.class.getResourceAsStream("model-dump.ftl")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Stream<Path> s = Files.list(site.resolve("templates"))) {
            for (Path t : s.filter(p -> p.toString().endsWith(".ftl")).toList()) {
                if (!t.getFileName().toString().equals("layout.ftl")) {
                    Files.writeString(t, template);
                }
            }
        }
        Path out = site.resolve("output");
        Showcase.Run r = Showcase.run("build", "--site", site.toString(), "--output", out.toString());
        if (r.exit() != 0) {
            throw new IllegalStateException("the model dump build of " + site + " failed (JBake):\n" + r.err());
        }
        return out;
    }

    private static Map<String, Entry> collect(Path out, Map<String, String> pages) throws IOException {
        Map<String, Entry> names = new TreeMap<>(JBakeModelReference::byTopName);
        String site = out.getParent().toString();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = out.resolve(page.getValue());
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length < 2 || f[0].isBlank()) {
                    continue;
                }
                String name = f[0].strip();
                String example = f.length > 2 ? f[2].strip().replace(site, "SITE") : "";
                Entry e = new Entry(f[1], example, new LinkedHashSet<>(List.of(page.getKey())));
                names.merge(name, e, JBakeModelReference::merge);
            }
        }
        return names;
    }

    /** JBake's names: {@code content} first, then the shared lists, each group alphabetical. */
    private static int byTopName(String a, String b) {
        return rank(a).compareTo(rank(b));
    }

    private static String rank(String name) {
        String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name.replace("[]", "");
        int i = List.of("content", "config", "version").indexOf(top);
        return (i < 0 ? 9 : i) + name;
    }
}
