package vn.haiphong.showcase.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.haiphong.showcase.errors.ContentError;

/**
 * Finds placeholder addresses left in built pages: hosts under the reserved {@code .example}
 * domain, {@code example.com} / {@code .org} / {@code .net}, {@code test@…} mailboxes and
 * {@code TODO} markers. They are warnings, not errors: a site may be built before its real contact
 * details exist, but it should not be published with them. The site's own base URL is not a
 * placeholder (sites are often built for a {@code .example} address before they have a domain).
 */
final class Placeholders {
    private static final Pattern FOUND = Pattern.compile(
            "[\\w.+-]*@?(?:[\\w-]+\\.)*example\\.(?:com|org|net)\\b"   // someone@example.com, www.example.com
                    + "|[\\w.+-]*@?[\\w-]+(?:\\.[\\w-]+)*\\.example\\b(?!\\.\\w)" // press@x.example, www.x.example
                    + "|\\btest@[\\w-]+(?:\\.[\\w-]+)*"                 // test@anything
                    + "|\\bTODO\\b");

    private Placeholders() {
    }

    /**
     * One warning per placeholder and page, naming the page's source file (and the line there when
     * the text is in it), else the built file.
     *
     * @param root    the built output
     * @param baseUrl the site's own address (its host is not reported), or ""
     * @param sources output path ({@code en/press/index.html}) → the page's source file
     */
    static List<ContentError> find(Path root, String baseUrl, Map<String, Path> sources) {
        String ownHost = host(baseUrl);
        List<Path> pages;
        try (Stream<Path> s = Files.walk(root)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ContentError> out = new ArrayList<>();
        for (Path p : pages) {
            String rel = root.relativize(p).toString().replace('\\', '/');
            String text = read(p);
            Set<String> seen = new LinkedHashSet<>();
            Matcher m = FOUND.matcher(text);
            while (m.find()) {
                String hit = m.group();
                if (!ownHost.isEmpty() && (hit.equals(ownHost) || hit.endsWith("." + ownHost) && !hit.contains("@"))) {
                    continue;
                }
                seen.add(hit);
            }
            Path source = sources.get(rel);
            for (String hit : seen) {
                int line = source == null ? 0 : lineOf(source, hit);
                out.add(new ContentError(source != null ? source : Path.of("output", rel), line,
                        "placeholder `" + hit + "` in " + rel,
                        hit.equals("TODO") ? "finish the text or remove the TODO before publishing"
                                : "replace it with the real address (contact details belong in site.yaml `params.contact`) or remove it"));
            }
        }
        return out;
    }

    private static String host(String baseUrl) {
        try {
            String h = baseUrl == null || baseUrl.isEmpty() ? null : URI.create(baseUrl).getHost();
            return h == null ? "" : h;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of {@code hit} in {@code source}, or 0 when it is not there (it came from a template or site.yaml). */
    private static int lineOf(Path source, String hit) {
        try {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(hit)) {
                    return i + 1;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
        return 0;
    }
}
