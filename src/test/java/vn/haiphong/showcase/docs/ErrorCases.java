package vn.haiphong.showcase.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.haiphong.showcase.testing.Fixtures;

/**
 * Every kind of content error, made for real: each case breaks a fresh copy of the {@code mini}
 * fixture in one way and runs the command a content editor would run. The docs quote what the
 * tool printed, so the guide can never show a message the tool no longer prints.
 */
final class ErrorCases {
    /** One way to break a site. */
    interface Breakage {
        void apply(Path site) throws IOException;
    }

    /**
     * @param id      the name used in {@code {{error ID}}} lines of the guide
     * @param title   what was done wrong, in a few words (English; the guides say it in their language)
     * @param command the command that reports it
     * @param change  a one-line description of the breakage, for the reference page
     */
    record Case(String id, String title, String command, String change, Breakage breakage) {
    }

    /** What one case printed. */
    record Result(Case c, int exit, String printed) {
    }

    private static final String PAGE = "content/vi/visit/cat-ba.md";

    static final List<Case> CASES = List.of(
            new Case("bad-yaml", "a colon inside an unquoted value", "build",
                    PAGE + " has `description: Đảo Cát Bà: ngọc của vịnh` (not quoted)",
                    s -> page(s, PAGE, "title: \"Cát Bà\"\ndescription: Đảo Cát Bà: ngọc của vịnh\n", "Nội dung.")),
            new Case("unclosed-front-matter", "front matter without its closing `---`", "build",
                    PAGE + " starts with `---` but never closes it",
                    s -> write(s, PAGE, "---\ntitle: \"Cát Bà\"\n\nNội dung.\n")),
            new Case("no-front-matter", "a page without front matter", "build",
                    PAGE + " is plain text without the `---` block",
                    s -> write(s, PAGE, "Cát Bà\n\nNội dung.\n")),
            new Case("no-title", "a page without a title", "build",
                    PAGE + " has front matter but no `title`",
                    s -> page(s, PAGE, "description: \"Đảo lớn nhất vịnh Lan Hạ.\"\n", "Nội dung.")),
            new Case("bad-date", "a date not written as YYYY-MM-DD", "build",
                    PAGE + " has `date: 13/05/1955`",
                    s -> page(s, PAGE, "title: \"Cát Bà\"\ndate: 13/05/1955\n", "Nội dung.")),
            new Case("bad-flag", "a yes/no field with another value", "build",
                    PAGE + " has `draft: có`",
                    s -> page(s, PAGE, "title: \"Cát Bà\"\ndraft: có\n", "Nội dung.")),
            new Case("broken-link", "a link to a page that does not exist", "build",
                    PAGE + " links to `/visit/cat-ba-island.md`, which does not exist",
                    s -> page(s, PAGE, "title: \"Cát Bà\"\n", "Xem [đảo](/visit/cat-ba-island.md).")),
            new Case("draft-link", "a link to a draft", "build",
                    PAGE + " links to `/news/draft.md`, a page with `draft: true`",
                    s -> page(s, PAGE, "title: \"Cát Bà\"\n", "Xem [bản nháp](/news/draft.md).")),
            new Case("broken-anchor", "a link to a heading that does not exist", "check",
                    PAGE + " links to `/about.md#dan-so`; about.md has no such heading",
                    s -> page(s, PAGE, "title: \"Cát Bà\"\n", "Xem [dân số](/about.md#dan-so).")),
            new Case("missing-image", "an image that is not in assets/", "check",
                    PAGE + " shows `/img/cat-ba.jpg`, which is not under assets/",
                    s -> page(s, PAGE, "title: \"Cát Bà\"\n", "![Vịnh Lan Hạ](/img/cat-ba.jpg)")),
            new Case("unsafe-html", "raw HTML that could run script (a warning)", "build",
                    PAGE + " has `<img src=\"/img/dot.svg\" alt=\"\" onerror=\"alert(1)\">` and a `javascript:` link",
                    s -> page(s, PAGE, "title: \"Cát Bà\"\n",
                            "<img src=\"/img/dot.svg\" alt=\"\" onerror=\"alert(1)\">\n\n[Bấm vào đây](javascript:alert(1))")),
            new Case("image-without-alt", "an HTML image without alt text", "check",
                    PAGE + " contains `<img src=\"/img/dot.svg\">` without `alt`",
                    s -> page(s, PAGE, "title: \"Cát Bà\"\n", "<img src=\"/img/dot.svg\">")),
            new Case("unknown-layout", "a layout that has no template", "build",
                    PAGE + " has `layout: wide`; templates/wide.ftl does not exist",
                    s -> page(s, PAGE, "title: \"Cát Bà\"\nlayout: wide\n", "Nội dung.")),
            new Case("duplicate-translation-key", "two pages of one language with the same translationKey", "build",
                    "content/vi/visit/cat-ba.md and content/vi/visit/do-son.md both have `translationKey: island`",
                    s -> {
                        page(s, PAGE, "title: \"Cát Bà\"\ntranslationKey: island\n", "Nội dung.");
                        page(s, "content/vi/visit/do-son.md", "title: \"Đồ Sơn\"\ntranslationKey: island\n", "Nội dung.");
                    }),
            new Case("invalid-utf8", "a file not saved as UTF-8", "build",
                    PAGE + " saved as Windows-1258 (Vietnamese ANSI) instead of UTF-8",
                    s -> bytes(s, PAGE, "---\ntitle: \"Cat Ba\"\n---\n\nV\u00e9 t\u00e0u.\n"
                            .getBytes(java.nio.charset.Charset.forName("windows-1258")))),
            new Case("binary-md", "a binary file named .md", "build",
                    "content/vi/visit/brochure.md is really a zipped document",
                    s -> bytes(s, "content/vi/visit/brochure.md", new byte[] {'P', 'K', 3, 4, 0, 0, 8, 0, 'x', 'm', 'l'})),
            new Case("asciidoc", "an AsciiDoc page", "build",
                    "content/vi/visit/cat-ba.adoc",
                    s -> write(s, "content/vi/visit/cat-ba.adoc", "= Cát Bà\n\nNội dung.\n")),
            new Case("office-document", "a Word document under content/", "build",
                    "content/vi/visit/cat-ba.docx",
                    s -> bytes(s, "content/vi/visit/cat-ba.docx", new byte[] {'P', 'K', 3, 4})),
            new Case("unknown-language-folder", "a folder for a language the site does not have", "build",
                    "content/fr/ exists but site.yaml lists vi, en, ja",
                    s -> page(s, "content/fr/about.md", "title: \"À propos\"\n", "Texte.")),
            new Case("template-error", "a template that uses a name the model lacks", "build",
                    "templates/page.ftl says `${page.titel}` instead of `${page.title}`",
                    s -> {
                        Path t = s.resolve("templates/page.ftl");
                        Files.writeString(t, Files.readString(t).replace("${page.title}", "${page.titel}"));
                    }),
            new Case("missing-ui-string", "a UI string missing in one language (a warning)", "build",
                    "templates/i18n/ja.yaml lacks `read_more`",
                    s -> {
                        Path t = s.resolve("templates/i18n/ja.yaml");
                        StringBuilder kept = new StringBuilder();
                        for (String line : Files.readAllLines(t)) {
                            if (!line.startsWith("read_more:")) {
                                kept.append(line).append('\n');
                            }
                        }
                        Files.writeString(t, kept);
                    }),
            new Case("required-missing", "a `required: true` page missing in a language", "check --require-complete",
                    "content/vi/about.md has `required: true`; there is no content/ja/about.md",
                    s -> { }),
            new Case("component-unknown", "a content component with a misspelt name", "build",
                    PAGE + " has `:::figure` (without the s) instead of `:::figures`",
                    s -> page(s, PAGE, "title: \"Cát Bà\"\n", ":::figure{source=\"/about.md\"}\n130+ — quốc gia và vùng lãnh thổ\n:::")),
            new Case("component-attributes", "a component with missing, wrong or unknown attributes", "build",
                    PAGE + " has `::map{lon=106.69 zoom=9 colour=red}` (no lat, an unknown attribute) and a map with `zoom=30`",
                    s -> page(s, PAGE, "title: \"Cát Bà\"\n", "Bản đồ:\n\n::map{lon=106.69 zoom=9 colour=red}\n\n"
                            + "::map{lat=20.72 lon=107.05 zoom=30 label=\"Cát Bà\"}")),
            new Case("component-lines", "figure and timeline lines not written `value — label`", "build",
                    PAGE + " has a figure without its label and a timeline line without a year",
                    s -> page(s, PAGE, "title: \"Cát Bà\"\n", ":::figures{source=\"/about.md\"}\n130+\n44 — quốc gia đầu tư\n:::\n\n"
                            + ":::timeline\n1955 — Giải phóng\nĐổi mới — phát triển\n:::")),
            new Case("component-unclosed", "a block component without its closing `:::`", "build",
                    PAGE + " opens `:::note` and never closes it",
                    s -> page(s, PAGE, "title: \"Cát Bà\"\n", ":::note\nBến tàu mở cửa lúc 6 giờ.\n\n## Đi lại")),
            new Case("site-yaml-unknown-key", "a key site.yaml does not know", "build",
                    "site.yaml has `theme: red`",
                    s -> Files.writeString(s.resolve("site.yaml"), Files.readString(s.resolve("site.yaml")) + "theme: red\n")));

    private ErrorCases() {
    }

    /** Runs every case in its own copy under {@code work}; results in {@link #CASES} order, by id. */
    static Map<String, Result> runAll(Path work) throws IOException {
        Map<String, Result> out = new LinkedHashMap<>();
        for (Case c : CASES) {
            Path dir = work.resolve(c.id());
            Path site = Fixtures.site("mini", Files.createDirectories(dir));
            c.breakage().apply(site);
            List<String> args = new java.util.ArrayList<>(List.of(c.command().split(" ")));
            args.add(1, "--site");
            args.add(2, site.toString());
            Showcase.Run r = Showcase.run(args.toArray(String[]::new));
            out.put(c.id(), new Result(c, r.exit(), relevant(r.err())));
        }
        return out;
    }

    /** What the editor sees on the terminal's error stream, line endings normalised. */
    private static String relevant(String err) {
        return err.replace("\r\n", "\n").strip() + "\n";
    }

    private static void page(Path site, String rel, String frontMatter, String body) throws IOException {
        write(site, rel, "---\n" + frontMatter + "---\n\n" + body + "\n");
    }

    private static void write(Path site, String rel, String text) {
        bytes(site, rel, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(Path site, String rel, byte[] data) {
        try {
            Path p = site.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.write(p, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
