package vn.haiphong.showcase.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.haiphong.showcase.testing.Fixtures.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.testing.Fixtures;

/**
 * A whole build of pages written to attack the site's visitors: nothing from the content reaches
 * the published page as script, and each drop is a warning naming file and line; with
 * {@code markdown: {unsafeHtml: true}} the same pages are published as written, with a loud warning.
 */
class SafeByDefaultTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path tmp;
    Path site;

    @BeforeEach
    void setUp() throws IOException {
        site = Fixtures.site("mini", tmp);
        Fixtures.write(site.resolve("content/en/hostile.md"), """
                ---
                title: "Hostile"
                description: "Tries to run script."
                ---

                Hello <script>alert(1)</script> world.

                <img src="/img/dot.svg" alt="dot" onerror="alert(2)">

                [Click](JaVaScRiPt:alert(3)) and [mail](mailto:info@example.org).

                A paragraph{onclick=alert(4)}

                <svg onload="alert(5)"><circle r="1"/></svg>
                """);
        Fixtures.write(site.resolve("assets/img/evil.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1">
                <rect width="1" height="1" onclick="alert(7)"/>
                <script>alert(8)</script>
                </svg>
                """);
        Fixtures.write(site.resolve("content/en/legacy.html"), """
                title=Legacy
                type=page
                status=published
                ~~~~~~
                <p>Old page <span lang="vi">Hải Phòng</span></p>
                <a href="javascript:alert(6)">x</a>
                """);
    }

    private BuildResult build() {
        return SiteBuild.once().run(new BuildOptions(site, null, null, false, TODAY));
    }

    private static void assertNoContentScript(String page) {
        // the templates' own <script src> for the site's bundles are not content: only the page's <main> is
        Element main = Jsoup.parse(page).selectFirst("main");
        String html = main == null ? page : main.outerHtml();
        vn.haiphong.showcase.markdown.SafeMarkdownTestAccess.assertNoScript(html);
        // an inline <script>'s words stay as visible text (Markdown's own text between two dropped tags)
        assertFalse(html.matches("(?s).*alert\\([2-6]\\).*"), html);
    }

    @Test
    void hostilePagesArePublishedWithoutScriptAndEachDropIsNamedByFileAndLine() {
        BuildResult r = build();
        assertTrue(r.ok(), r.errors()::toString);
        String hostile = read(site.resolve("output/en/hostile/index.html"));
        assertNoContentScript(hostile);
        assertTrue(hostile.matches("(?s).*<img src=\"/img/dot\\.[0-9a-f]{8}\\.svg\" alt=\"dot\">.*"), hostile);
        assertTrue(hostile.contains("<a href=\"mailto:info@example.org\">mail</a>"), hostile);
        String legacy = read(site.resolve("output/en/legacy/index.html"));
        assertNoContentScript(legacy);
        assertTrue(legacy.contains("<span lang=\"vi\">Hải Phòng</span>"), legacy);

        String svg = read(onlyFile(site.resolve("output/img"), "evil."));
        assertFalse(svg.contains("alert("), svg);
        assertTrue(svg.contains("<rect width=\"1\" height=\"1\""), svg);
        assertArrayEquals(bytes(site.resolve("assets/img/dot.svg")), bytes(onlyFile(site.resolve("output/img"), "dot.")),
                "a drawing with nothing to drop is published byte for byte");

        List<String> w = r.warnings();
        assertHas(w, "assets/img/evil.svg:2: SVG: dropped the event handler `onclick` on `<rect>`");
        assertHas(w, "assets/img/evil.svg:3: SVG: dropped the element `<script>`");
        assertHas(w, "content/en/hostile.md:6: raw HTML: dropped the element `<script>`");
        assertHas(w, "content/en/hostile.md:8: raw HTML: dropped the event handler `onerror` on `<img>`");
        assertHas(w, "content/en/hostile.md:10: dropped the link address `JaVaScRiPt:alert(3)`");
        assertHas(w, "content/en/hostile.md:12: dropped the attribute `onclick`");
        assertHas(w, "content/en/hostile.md:14: raw HTML: dropped the element `<svg>`");
        assertHas(w, "content/en/legacy.html:6: raw HTML: dropped the address `javascript:alert(6)`");
        assertTrue(w.stream().noneMatch(s -> s.startsWith("content/vi/") || s.startsWith("content/ja/")),
                () -> "a fallback copy repeats no warning: " + w);
    }

    @Test
    void warningsComeBackOnEveryBuildAlthoughPagesAreCached() {
        int first = build().warnings().size();
        assertEquals(first, build().warnings().size());
    }

    @Test
    void unsafeHtmlPublishesPagesAsWrittenAndSaysSoLoudly() throws IOException {
        Path yaml = site.resolve("site.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "markdown:\n  unsafeHtml: true\n");
        BuildResult r = build();
        assertTrue(r.ok(), r.errors()::toString);
        assertTrue(read(site.resolve("output/en/hostile/index.html")).contains("<svg onload=\"alert(5)\">"));
        assertTrue(read(site.resolve("output/en/legacy/index.html")).contains("href=\"javascript:alert(6)\""));
        assertTrue(read(onlyFile(site.resolve("output/img"), "evil.")).contains("<script>alert(8)</script>"));
        assertTrue(r.warnings().stream().anyMatch(s -> s.startsWith("site.yaml: markdown.unsafeHtml is ON")),
                r.warnings()::toString);
        assertTrue(r.warnings().stream().noneMatch(s -> s.contains("dropped")), r.warnings()::toString);
    }

    private static Path onlyFile(Path dir, String prefix) {
        try (var files = Files.list(dir)) {
            List<Path> hits = files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(".svg")).toList();
            assertEquals(1, hits.size(), hits::toString);
            return hits.get(0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertHas(List<String> warnings, String start) {
        assertTrue(warnings.stream().anyMatch(s -> s.startsWith(start)), () -> "no `" + start + "…` in " + warnings);
    }
}
