package vn.haiphong.showcase.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.errors.ContentErrors;

/** site.yaml problems are reported at the line where they are written. */
class ConfigLoaderTest {
    @TempDir
    Path site;

    private final ContentErrors errors = new ContentErrors();

    private SiteConfig load(String yaml) throws IOException {
        Files.writeString(site.resolve("site.yaml"), yaml);
        return ConfigLoader.load(site, errors);
    }

    /** The errors as the content team reads them, without the hints. */
    private List<String> printed() {
        return errors.sorted().stream()
                .map(e -> new ContentError(e.path(), e.line(), e.message(), "").format(site)).toList();
    }

    @Test
    void aBadValueIsReportedAtItsLine() throws IOException {
        SiteConfig config = load("""
                # The site
                baseUrl: "https://x.example"
                defaultLanguage: vi
                languages: [vi, en]
                menu: [{page: about}]
                paginate: ten
                """);
        assertEquals(List.of("site.yaml:6: paginate must be a whole number above 0, was `ten`"), printed());
        assertEquals(10, config.paginate(), "the default stands in so later stages can report their errors too");
        assertEquals("e.g. `paginate: 10`", errors.sorted().get(0).hint());
    }

    @Test
    void nestedValuesAndListItemsAreReportedAtTheirOwnLines() throws IOException {
        load("""
                baseUrl: "https://x.example"
                languages:
                  - vi
                  - xx
                  - {code: fr, name: Français, locale: fr-FR}
                  - [nope]
                menu:
                  - page: about
                  - name: no page
                images:
                  widths: [480, 960]
                  jpegQuality: 120
                  avif: maybe
                  sizes: big
                theme: red
                """);
        assertEquals(List.of(
                "site.yaml:4: language `xx` needs a name and a locale",
                "site.yaml:6: cannot read language entry `[nope]`",
                "site.yaml:9: cannot read menu entry `{name=no page}`",
                "site.yaml:12: images.jpegQuality must be a whole number from 1 to 100, was `120`",
                "site.yaml:13: images.avif must be true or false, was `maybe`",
                "site.yaml:14: unknown key `images.sizes`",
                "site.yaml:15: unknown key `theme`"), printed());
    }

    @Test
    void linesAreRightAfterMultiLineValues() throws IOException {
        load("""
                baseUrl: "https://x.example"
                params:
                  intro: |
                    Line one
                    Line two
                  tags: [a,
                         b]
                menus:
                  en:
                    - page: about
                    - 42
                paginate: 0
                fallback: true
                baseUrl2: x
                """);
        assertEquals(List.of(
                "site.yaml:11: cannot read menus.en entry `42`",
                "site.yaml:12: paginate must be a whole number above 0, was `0`",
                "site.yaml:14: unknown key `baseUrl2`"), printed());
    }

    @Test
    void aBaseUrlMustBeHttpWithAHostSoNoPageLinksToScript() throws IOException {
        for (String bad : List.of("javascript:alert(1)", "JavaScript://x.example/%0aalert(1)", "data:text/html,x",
                "file:///etc/", "ftp://x.example", "https:///path")) {
            ContentErrors fresh = new ContentErrors();
            Files.writeString(site.resolve("site.yaml"), "languages: [vi]\nbaseUrl: \"" + bad + "\"\n");
            SiteConfig config = ConfigLoader.load(site, fresh);
            assertEquals(1, fresh.sorted().size(), bad);
            assertEquals(2, fresh.sorted().get(0).line(), bad);
            assertTrue(fresh.sorted().get(0).message().contains("is not an absolute http(s) URL"), bad);
            assertEquals("http://localhost:8080", config.baseUrl());
        }
        assertEquals(null, ConfigLoader.baseUrlProblem("https://www.example.org/showcase"));
        assertEquals(null, ConfigLoader.baseUrlProblem("HTTP://localhost:8080"));
    }

    @Test
    void aMenuLinksOnlyToPagesAndWebAddresses() throws IOException {
        load("""
                languages: [vi]
                menu:
                  - {url: /vi/visit/, name: Visit}
                  - {url: "https://haiphong.gov.vn", name: Portal}
                  - {url: "JavaScript:alert(1)", name: Bad}
                  - {url: "data:text/html,x", name: Bad}
                """);
        assertEquals(List.of("site.yaml:5: menu entry: `JavaScript:alert(1)` is not an address a menu may link to",
                "site.yaml:6: menu entry: `data:text/html,x` is not an address a menu may link to"), printed());
    }

    @Test
    void markdownUnsafeHtmlIsOffByDefaultAndCheckedAtItsLine() throws IOException {
        assertFalse(load("languages: [vi]\n").unsafeHtml());
        assertTrue(load("languages: [vi]\nmarkdown:\n  unsafeHtml: true\n").unsafeHtml());
        assertEquals(List.of(), printed());
        load("languages: [vi]\nmarkdown:\n  unsafeHtml: yes please\n  raw: true\n");
        assertEquals(List.of("site.yaml:3: markdown.unsafeHtml must be true or false, was `yes please`",
                "site.yaml:4: unknown key `markdown.raw`"), printed());
    }

    @Test
    void aWrongKindOfValueIsReportedAtItsKey() throws IOException {
        load("""
                baseUrl: not a url
                languages: vi
                defaultLanguage: ko
                images:
                  - 480
                """);
        assertEquals(List.of(
                "site.yaml:1: baseUrl `not a url` is not an absolute http(s) URL",
                "site.yaml:2: languages must be a non-empty list",
                "site.yaml:3: defaultLanguage `ko` is not in `languages`",
                "site.yaml:4: images must be a map"), printed());
    }

    @Test
    void aDuplicateKeyIsReportedAtTheSecondOne() throws IOException {
        load("baseUrl: \"https://x.example\"\npaginate: 5\nlanguages: [vi]\npaginate: 6\n");
        List<ContentError> all = errors.sorted();
        assertEquals(1, all.size(), all.toString());
        assertEquals(4, all.get(0).line());
        assertTrue(all.get(0).message().contains("duplicate key paginate"), all.get(0).message());
    }

    @Test
    void badYamlAndBadBytesAreReportedAtTheirLine() throws IOException {
        load("baseUrl: \"https://x.example\"\nlanguages: [vi, en\nmenu: []\n");
        assertTrue(errors.sorted().get(0).line() >= 2, errors.sorted().toString());
        assertTrue(errors.sorted().get(0).message().startsWith("invalid YAML"));

        ContentErrors latin1 = new ContentErrors();
        Files.write(site.resolve("site.yaml"), "baseUrl: \"https://x.example\"\nparams: {name: caf\u00e9}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        ConfigLoader.load(site, latin1);
        assertEquals(2, latin1.sorted().get(0).line());
        assertEquals("not valid UTF-8", latin1.sorted().get(0).message());
    }
}
