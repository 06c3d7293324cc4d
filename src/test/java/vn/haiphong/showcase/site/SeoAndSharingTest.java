package vn.haiphong.showcase.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonNodeParser;
import vn.haiphong.showcase.testing.BuiltDefaultSite;

/**
 * Search and sharing gate (issue 7) over every page of the built default site: a title and a
 * description of its own within its language, an absolute canonical, hreflang as DESIGN.md says
 * (reciprocal, with x-default, never on fallback pages), an Open Graph image with its size, JSON-LD
 * that parses, and robots.txt → sitemap index → language sitemaps → pages that exist.
 */
class SeoAndSharingTest {
    static final String BASE = "https://haiphong-showcase.example";
    static final List<String> LANGUAGES = List.of("vi", "en", "zh", "ko", "ja");
    static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

    static Path output;
    /** Every page by its URL path ({@code /en/visit/cat-ba/}); the 404 pages and the root chooser are left out. */
    static final Map<String, Document> pages = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        output = BuiltDefaultSite.output();
        try (Stream<Path> s = Files.walk(output)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String rel = output.relativize(f).toString().replace('\\', '/');
                if (rel.endsWith("404.html") || rel.equals("index.html")) {
                    continue;
                }
                String url = "/" + (rel.endsWith("index.html") ? rel.substring(0, rel.length() - "index.html".length()) : rel);
                pages.put(url, Jsoup.parse(f.toFile(), "UTF-8", BASE + url));
            }
        }
        assertTrue(pages.size() > 200, "the default site has its pages: " + pages.size());
    }

    private static String lang(String url) {
        return url.substring(1, url.indexOf('/', 1));
    }

    private static String canonical(Document d) {
        Element c = d.selectFirst("link[rel=canonical]");
        return c == null ? null : c.attr("href");
    }

    /** A fallback page shows another language's text: its canonical is that page. */
    private static boolean fallback(String url, Document d) {
        return !(BASE + url).equals(canonical(d));
    }

    private static String duplicates(Map<String, List<String>> byValue, String what) {
        return byValue.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> what + " \"" + e.getKey() + "\" on " + e.getValue()).collect(Collectors.joining("\n"));
    }

    @Test
    void everyPageHasATitleAndADescriptionOfItsOwnInItsLanguage() {
        List<String> problems = new ArrayList<>();
        for (String lang : LANGUAGES) {
            Map<String, List<String>> titles = new LinkedHashMap<>();
            Map<String, List<String>> descriptions = new LinkedHashMap<>();
            pages.forEach((url, d) -> {
                if (!lang(url).equals(lang)) {
                    return;
                }
                String title = d.title().strip();
                Element meta = d.selectFirst("meta[name=description]");
                String description = meta == null ? "" : meta.attr("content").strip();
                if (title.isEmpty()) {
                    problems.add(url + ": no <title>");
                }
                if (description.isEmpty()) {
                    problems.add(url + ": no meta description");
                }
                titles.computeIfAbsent(title, k -> new ArrayList<>()).add(url);
                descriptions.computeIfAbsent(description, k -> new ArrayList<>()).add(url);
            });
            String dup = duplicates(titles, "[" + lang + "] title") + "\n" + duplicates(descriptions, "[" + lang + "] description");
            if (!dup.isBlank()) {
                problems.add(dup.strip());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void canonicalAndHreflangFollowTheDesign() {
        List<String> problems = new ArrayList<>();
        pages.forEach((url, d) -> {
            String canonical = canonical(d);
            if (canonical == null || !canonical.startsWith(BASE + "/")) {
                problems.add(url + ": canonical missing or not absolute: " + canonical);
                return;
            }
            List<Element> alternates = d.select("link[rel=alternate][hreflang]");
            if (fallback(url, d)) {
                // the canonical is the source page, which exists and is no fallback itself
                String source = canonical.substring(BASE.length());
                if (!pages.containsKey(source) || fallback(source, pages.get(source))) {
                    problems.add(url + ": a fallback's canonical must be its real page: " + canonical);
                }
                if (!alternates.isEmpty()) {
                    problems.add(url + ": a fallback page has hreflang links");
                }
                return;
            }
            if (alternates.isEmpty()) {
                return; // a page in one language only (tag pages are named in their language)
            }
            String own = d.selectFirst("html").attr("lang");
            Map<String, String> set = new TreeMap<>();
            for (Element a : alternates) {
                if (set.put(a.attr("hreflang"), a.attr("href")) != null) {
                    problems.add(url + ": hreflang " + a.attr("hreflang") + " twice");
                }
            }
            if (!(BASE + url).equals(set.get(own))) {
                problems.add(url + ": the hreflang set does not name the page itself as " + own + ": " + set);
            }
            if (!set.containsKey("x-default")) {
                problems.add(url + ": no x-default in " + set);
            }
            set.forEach((hreflang, href) -> {
                if (!href.startsWith(BASE + "/")) {
                    problems.add(url + ": hreflang " + hreflang + " is not absolute: " + href);
                    return;
                }
                String other = href.substring(BASE.length());
                Document o = pages.get(other);
                if (hreflang.equals("x-default")) {
                    if (o == null && !other.equals("/")) {
                        problems.add(url + ": x-default " + href + " does not exist");
                    }
                    return;
                }
                if (o == null || fallback(other, o)) {
                    problems.add(url + ": hreflang " + hreflang + " points to " + (o == null ? "a missing page " : "a fallback page ") + href);
                    return;
                }
                Map<String, String> back = new TreeMap<>();
                o.select("link[rel=alternate][hreflang]").forEach(a -> back.put(a.attr("hreflang"), a.attr("href")));
                if (!back.equals(set)) {
                    problems.add(url + ": not reciprocal with " + other + ": " + set + " ≠ " + back);
                }
            });
        });
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void everyPageSharesAnImageWithItsSizeAndStructuredDataThatParses() {
        List<String> problems = new ArrayList<>();
        JsonNodeParser json = JsonNodeParser.create();
        pages.forEach((url, d) -> {
            if (d.selectFirst("meta[name=robots][content~=noindex]") != null) {
                return; // not meant to be found or shared: the exhibition's embed.html, a page for frames
            }
            Element image = d.selectFirst("meta[property=og:image]");
            if (image == null || !image.attr("content").startsWith(BASE + "/")) {
                problems.add(url + ": og:image missing or not absolute");
            } else if (!Files.isRegularFile(output.resolve(image.attr("content").substring(BASE.length() + 1)))) {
                problems.add(url + ": og:image " + image.attr("content") + " is not in the output");
            }
            for (String dim : List.of("og:image:width", "og:image:height")) {
                Element m = d.selectFirst("meta[property=" + dim + "]");
                if (m == null || !m.attr("content").matches("[1-9][0-9]*")) {
                    problems.add(url + ": " + dim + " missing or not a number");
                }
            }
            List<Element> scripts = d.select("script[type=application/ld+json]");
            if (scripts.isEmpty()) {
                problems.add(url + ": no JSON-LD");
            }
            for (Element s : scripts) {
                try {
                    JsonNode node = json.parse(s.data());
                    if (!node.isObject() || !"https://schema.org".equals(node.field("@context").map(JsonNode::text).orElse(null))) {
                        problems.add(url + ": JSON-LD without the schema.org @context");
                    }
                } catch (RuntimeException e) {
                    problems.add(url + ": JSON-LD does not parse: " + e.getMessage());
                }
            }
        });
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void robotsTxtNamesTheSitemapIndexWhichListsEveryLanguageWhoseUrlsAllExist() throws IOException {
        String robots = Files.readString(output.resolve("robots.txt"), StandardCharsets.UTF_8);
        assertTrue(robots.lines().anyMatch(l -> l.strip().equals("Sitemap: " + BASE + "/sitemap.xml")), robots);
        String index = Files.readString(output.resolve("sitemap.xml"), StandardCharsets.UTF_8);
        assertTrue(index.contains("<sitemapindex"), "sitemap.xml is a sitemap index");
        Set<String> listed = new TreeSet<>();
        Matcher m = LOC.matcher(index);
        while (m.find()) {
            listed.add(m.group(1));
        }
        Set<String> expected = new TreeSet<>();
        LANGUAGES.forEach(l -> expected.add(BASE + "/" + l + "/sitemap.xml"));
        assertEquals(expected, listed, "the index lists each language's sitemap");

        List<String> problems = new ArrayList<>();
        for (String lang : LANGUAGES) {
            String sitemap = Files.readString(output.resolve(lang + "/sitemap.xml"), StandardCharsets.UTF_8);
            Set<String> urls = new TreeSet<>();
            Matcher u = LOC.matcher(sitemap);
            while (u.find()) {
                String loc = u.group(1);
                if (!urls.add(loc)) {
                    problems.add(lang + "/sitemap.xml lists " + loc + " twice");
                }
                String path = loc.startsWith(BASE) ? loc.substring(BASE.length()) : loc;
                Document d = pages.get(path);
                if (d == null) {
                    problems.add(lang + "/sitemap.xml: " + loc + " is not in the output");
                } else if (fallback(path, d)) {
                    problems.add(lang + "/sitemap.xml: " + loc + " is a fallback page");
                } else if (!lang(path).equals(lang)) {
                    problems.add(lang + "/sitemap.xml: " + loc + " is in another language");
                }
            }
            // and the other way: each page of the language that is its own canonical is listed (a list's first page)
            pages.forEach((url, d) -> {
                if (lang(url).equals(lang) && !fallback(url, d) && !url.matches(".*/page/\\d+/") && !urls.contains(BASE + url)) {
                    problems.add(lang + "/sitemap.xml does not list " + url);
                }
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
