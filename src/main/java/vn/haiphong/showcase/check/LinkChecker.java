package vn.haiphong.showcase.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.haiphong.showcase.errors.ContentError;

/**
 * Checks a built site as a visitor's browser would meet it: every internal link and image
 * reaches a file, every {@code #fragment} reaches an element id on its page (fragments with {@code =}
 * are script state such as {@code #room=tourism}, not ids), every image has alt
 * text. Problems are reported against the source page that produced the HTML.
 */
public final class LinkChecker {
    private static final Pattern URL_ATTR = Pattern.compile("\\s(href|src)=\"([^\"]*)\"");
    private static final Pattern ID_ATTR = Pattern.compile("\\sid=\"([^\"]*)\"");
    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>");

    private final Path root;
    private final String baseUrl;
    private final Map<String, Path> sources;
    private final Map<String, Set<String>> ids = new HashMap<>();
    private final List<ContentError> duplicateIds = new ArrayList<>();

    /**
     * @param root    the built output folder
     * @param baseUrl the site's base URL (absolute links to it are internal)
     * @param sources output path ({@code en/about/index.html}) → source file, for messages
     */
    public LinkChecker(Path root, String baseUrl, Map<String, Path> sources) {
        this.root = root;
        this.baseUrl = baseUrl;
        this.sources = sources;
    }

    /** Every problem found. */
    public List<ContentError> check() {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(root)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Path, String> html = new HashMap<>();
        for (Path p : pages) {
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                html.put(p, text);
                Set<String> found = new HashSet<>();
                Matcher m = ID_ATTR.matcher(text);
                while (m.find()) {
                    String id = unescape(m.group(1));
                    if (!found.add(id)) {
                        duplicateIds.add(new ContentError(sources.getOrDefault(rel(p), Path.of("output", rel(p))), 0,
                                "the id `" + id + "` is used twice in " + rel(p) + ": links to #" + id + " are ambiguous",
                                "give one of the headings its own id with {#another-id}; template ids start with `_`"));
                    }
                }
                ids.put(rel(p), found);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<ContentError> problems = new ArrayList<>(duplicateIds);
        // a broken link in a template shows on every page: report it once, with a count
        Map<String, List<String>> brokenOn = new java.util.LinkedHashMap<>();
        Map<String, String> why = new HashMap<>();
        for (Path p : pages) {
            String rel = rel(p);
            String text = html.get(p);
            Path source = sources.getOrDefault(rel, Path.of("output", rel));
            Matcher m = URL_ATTR.matcher(text);
            Set<String> reported = new HashSet<>();
            while (m.find()) {
                String url = unescape(m.group(2));
                if (!reported.add(url)) {
                    continue;
                }
                String problem = problem(rel, url);
                if (problem != null) {
                    brokenOn.computeIfAbsent(url, k -> new ArrayList<>()).add(rel);
                    why.put(url + "\n" + rel, problem);
                    if (sources.containsKey(rel)) {
                        why.put(url + "\n@source", source.toString());
                    }
                }
            }
        }
        for (Map.Entry<String, List<String>> b : brokenOn.entrySet()) {
            List<String> on = b.getValue();
            String first = on.get(0);
            String problem = why.get(b.getKey() + "\n" + first);
            if (on.size() <= 3) {
                for (String rel : on) {
                    problems.add(new ContentError(sources.getOrDefault(rel, Path.of("output", rel)), 0,
                            why.get(b.getKey() + "\n" + rel) + " (in " + rel + ")",
                            "fix the link in the page, or create the missing page or file"));
                }
            } else {
                problems.add(new ContentError(Path.of("templates"), 0, problem + " (on " + on.size()
                        + " pages, e.g. " + first + ")", "a link on that many pages comes from a template or assets/: fix it there"));
            }
        }
        for (Path p : pages) {
            String rel = rel(p);
            String text = html.get(p);
            Path source = sources.getOrDefault(rel, Path.of("output", rel));
            Matcher img = IMG.matcher(text);
            while (img.find()) {
                if (!img.group().contains(" alt=\"")) {
                    problems.add(new ContentError(source, 0, "an image has no alt text (in " + rel + "): " + img.group(),
                            "describe the picture: ![what it shows](/photos/x.jpg); decorative images use alt=\"\""));
                }
            }
        }
        return problems;
    }

    private String problem(String fromRel, String url) {
        String u = url;
        if (u.startsWith(baseUrl + "/")) {
            u = u.substring(baseUrl.length());
        } else if (u.isEmpty() || u.startsWith("//") || u.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null;
        }
        int hash = u.indexOf('#');
        String fragment = hash < 0 ? null : u.substring(hash + 1);
        String path = hash < 0 ? u : u.substring(0, hash);
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        String target;
        if (path.isEmpty()) {
            target = fromRel;
        } else {
            String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            String abs = decoded.startsWith("/") ? decoded.substring(1)
                    : parentOf(fromRel) + decoded;
            target = resolve(abs);
            if (target == null) {
                return "broken link `" + url + "`: nothing is published at that address";
            }
        }
        // `#room=tourism&exhibit=…` is state for a page's script (the exhibition's deep links), not an element id
        boolean state = fragment != null && fragment.contains("=");
        if (fragment != null && !fragment.isEmpty() && !state && target.endsWith(".html")) {
            Set<String> targetIds = ids.getOrDefault(target, Set.of());
            String f = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (!targetIds.contains(f)) {
                return "broken anchor `" + url + "`: " + target + " has no element with id `" + f + "`";
            }
        }
        return null;
    }

    private String resolve(String abs) {
        String normalized = root.resolve(abs).normalize().toString();
        Path p = Path.of(normalized);
        if (!p.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(p)) {
            p = p.resolve("index.html");
        }
        return Files.isRegularFile(p) ? rel(p) : null;
    }

    private static String parentOf(String rel) {
        int slash = rel.lastIndexOf('/');
        return slash < 0 ? "" : rel.substring(0, slash + 1);
    }

    private String rel(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static String unescape(String s) {
        return s.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }
}
