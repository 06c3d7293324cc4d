package vn.haiphong.showcase.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Pages under {@code src/site/live/} are Markdown like the rest, except that a line holding only
 * {@code {{error ID}}}, {@code {{output NAME}}} or {@code {{packages}}} is replaced by what the
 * current code prints or contains. The filled pages go to the same path under the generated
 * site. An unknown marker stops {@code mvn site}: a guide must not promise output it lacks.
 */
final class LivePages {
    private static final Pattern MARKER = Pattern.compile("^\\{\\{(error|output|packages)\\s*([A-Za-z0-9-]*)\\s*}}$");

    private LivePages() {
    }

    /**
     * @param resolve given the marker kind and its name, the text to put there (null when unknown)
     * @return the error ids the pages quote
     */
    static Set<String> fill(Path from, Path to, BiFunction<String, String, String> resolve)
            throws IOException {
        Set<String> quoted = new TreeSet<>();
        if (!Files.isDirectory(from)) {
            return quoted;
        }
        List<Path> pages;
        try (Stream<Path> s = Files.walk(from)) {
            pages = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path page : pages) {
            Path target = to.resolve(from.relativize(page).toString());
            Files.createDirectories(target.getParent());
            if (!page.toString().endsWith(".md")) {
                Files.copy(page, target);
                continue;
            }
            StringBuilder sb = new StringBuilder();
            int n = 0;
            for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
                n++;
                Matcher m = MARKER.matcher(line.strip());
                if (!m.matches()) {
                    sb.append(line).append('\n');
                    continue;
                }
                String text = resolve.apply(m.group(1), m.group(2));
                if (text == null) {
                    throw new IllegalStateException(page + ":" + n + ": unknown " + m.group(1) + " `" + m.group(2)
                            + "` (see the lists in ErrorCases and DocsGenerator)");
                }
                if (m.group(1).equals("error")) {
                    quoted.add(m.group(2));
                }
                sb.append(text);
            }
            Files.writeString(target, sb, StandardCharsets.UTF_8);
        }
        return quoted;
    }

    /** Terminal output as a fenced block. */
    static String block(String text) {
        return "```text\n" + text.strip() + "\n```\n";
    }
}
