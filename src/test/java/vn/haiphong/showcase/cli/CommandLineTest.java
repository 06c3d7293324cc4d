package vn.haiphong.showcase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.haiphong.showcase.testing.ConsoleCapture;
import vn.haiphong.showcase.testing.Fixtures;
import vn.haiphong.showcase.testing.MiniSite;

/** The contracts of DESIGN.md: commands, flags, output formats and exit codes. */
class CommandLineTest extends MiniSite {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private int run(String... args) {
        return console.run(args);
    }

    private String out() {
        return console.out();
    }

    private String err() {
        return console.err();
    }

    @Test
    void buildSucceedsWithExitZeroIntoTheChosenFolder() {
        Path target = tmp.resolve("public");
        assertEquals(0, run("build", "--site", site.toString(), "--output", target.toString(), "--base-url", "https://x.example"));
        assertTrue(Files.isRegularFile(target.resolve("vi/index.html")));
        assertTrue(out().startsWith("built "), out());
    }

    @Test
    void contentErrorsExitOneAndListEveryProblemAsPathLineMessage() {
        Fixtures.write(site.resolve("content/vi/a.md"), "---\ntitle: A\n---\n[x](/missing.md)\n");
        Fixtures.write(site.resolve("content/vi/b.md"), "---\ntitle: B\ndate: someday\n---\n");
        assertEquals(1, run("build", "--site", site.toString()));
        assertTrue(err().contains("content/vi/a.md:4: link to a page that does not exist"), err());
        assertTrue(err().contains("content/vi/b.md:3: `date` is not a date"), err());
    }

    @Test
    void aBadSiteYamlValueIsReportedAtItsLine() {
        Fixtures.write(site.resolve("site.yaml"), """
                baseUrl: "https://mini.example"
                defaultLanguage: vi
                languages: [vi, en, ja]
                menu:
                  - page: about
                paginate: ten
                """);
        assertEquals(1, run("build", "--site", site.toString()));
        assertTrue(err().contains("site.yaml:6: paginate must be a whole number above 0, was `ten`"), err());
    }

    @Test
    void usageAndEnvironmentProblemsExitTwo() {
        assertEquals(2, run("build", "--no-such-flag"));
        assertEquals(2, run("build", "--site", tmp.resolve("nowhere").toString()));
        assertTrue(err().contains("does not exist"));
        assertEquals(2, run("build", "--site", tmp.toString()));
        assertTrue(err().contains("neither site.yaml nor jbake.properties"));
        assertEquals(2, run());
    }

    @Test
    void aBaseUrlThatIsNotHttpIsRefusedBeforeBuilding() {
        for (String bad : List.of("javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "/relative", "")) {
            assertEquals(2, run("build", "--site", site.toString(), "--base-url", bad), bad);
            assertTrue(err().contains("--base-url") && err().contains("is not an absolute http(s) URL"), err());
            assertFalse(Files.exists(site.resolve("output")), "nothing is built");
        }
    }

    @Test
    void publishChecksItsFlagsAndTheOutputBeforeTalkingToAnyServer() throws Exception {
        String endpoint = "http://127.0.0.1:9";
        assertEquals(2, run("publish", "--site", site.toString(), "--endpoint", endpoint));
        assertTrue(err().contains("--to"), err());
        assertEquals(2, run("publish", "--site", site.toString(), "--to", "bucket/prefix", "--endpoint", endpoint));
        assertTrue(err().contains("s3://BUCKET/PREFIX"), err());
        assertEquals(2, run("publish", "--site", site.toString(), "--to", "s3://showcase/", "--endpoint", "ftp://x"));
        assertEquals(2, run("publish", "--site", site.toString(), "--to", "s3://showcase/", "--endpoint", endpoint));
        assertTrue(err().contains("run `build` first"), err());
        Path jbake = Fixtures.site("jbake-blog", Files.createDirectories(tmp.resolve("jb")));
        assertEquals(2, run("publish", "--site", jbake.toString(), "--to", "s3://showcase/", "--endpoint", endpoint));
        assertTrue(err().contains("JBake project"), err());
    }

    @Test
    void translationsReportsTranslatedMissingAndStaleAsTableAndJson() {
        assertEquals(0, run("translations", "--site", site.toString(), "--json"));
        String json = out();
        assertTrue(json.startsWith("{\"groups\":["), json);
        assertTrue(json.contains("{\"key\":\"about\",\"status\":{\"vi\":\"translated\",\"en\":\"stale\",\"ja\":\"missing\"}}"), json);
        assertTrue(json.contains("{\"key\":\"news/post-1\",\"status\":{\"vi\":\"translated\",\"en\":\"translated\",\"ja\":\"translated\"}}"), json);
        assertEquals(0, run("translations", "--site", site.toString()));
        assertTrue(out().contains("about") && out().contains("stale") && out().contains("missing"));
    }

    @Test
    void translationsListsTheExhibitionTextsNotYetTranslated() throws Exception {
        Files.createDirectories(site.resolve("vr360"));
        Files.createDirectories(site.resolve("assets/photos"));
        Files.write(site.resolve("assets/photos/a.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8});
        Fixtures.write(site.resolve("vr360/exhibition.yaml"), """
                title: {vi: "Triển lãm", en: "Exhibition", ja: "展覧会"}
                rooms:
                  - id: port
                    name: {vi: "Cảng", en: "Port"}
                    hall:
                    exhibits:
                      - id: a
                        image: /photos/a.jpg
                        wall: north
                        slot: 1
                        title: {vi: "Cảng", en: "Port", ja: "港"}
                        caption: {vi: "Cảng Lạch Huyện", en: "Lach Huyen port", ja: "ラックフェン港"}
                        credit: {vi: "Minh họa"}
                """);
        assertEquals(0, run("translations", "--site", site.toString()));
        assertTrue(out().contains("Exhibition texts shown in vi until translated:\n"
                + "  vr360/exhibition.yaml:4: room `port`: `name` is not translated into ja (the vi text is shown there)\n"
                + "  vr360/exhibition.yaml:13: room `port`, exhibit `a`: `credit` is not translated into en, ja"), out());
        assertEquals(0, run("translations", "--site", site.toString(), "--json"));
        assertTrue(out().contains(",\"exhibition\":[\n  \"vr360/exhibition.yaml:4: room `port`: `name` is not translated into ja"),
                out());
    }

    @Test
    void stampMarksATranslationAsCurrentWithoutTouchingItsText() throws Exception {
        Path en = site.resolve("content/en/about.md");
        String before = Files.readString(en);
        assertEquals(0, run("translations", "--site", site.toString(), "--stamp", en.toString()));
        String after = Files.readString(en);
        assertTrue(after.contains("sourceHash: \""), after);
        assertFalse(after.contains("0000000000000000"));
        assertEquals(before.substring(before.indexOf("---\n\n")), after.substring(after.indexOf("---\n\n")), "body unchanged");
        run("translations", "--site", site.toString(), "--json");
        assertTrue(out().contains("\"key\":\"about\",\"status\":{\"vi\":\"translated\",\"en\":\"translated\""), out());
        // editing the Vietnamese source makes it stale again
        Path vi = site.resolve("content/vi/about.md");
        Files.writeString(vi, Files.readString(vi).replace("13/5/1955", "ngày 13 tháng 5 năm 1955"));
        run("translations", "--site", site.toString(), "--json");
        assertTrue(out().contains("\"key\":\"about\",\"status\":{\"vi\":\"translated\",\"en\":\"stale\""), out());
    }

    @Test
    void checkCountsTranslationsAndStampRefusesWhatIsNotATranslation() throws Exception {
        assertEquals(0, run("check", "--site", site.toString()), err());
        assertTrue(out().startsWith("translations: 6 pages, 5 missing, 1 stale (details: translations)\n"), out());
        assertEquals(1, run("translations", "--site", site.toString(), "--stamp",
                site.resolve("content/vi/about.md").toString(), site.resolve("content/en/nope.md").toString()));
        assertEquals(site.resolve("content/vi/about.md") + ": has no vi source page to be a translation of\n"
                + site.resolve("content/en/nope.md") + ": not a page of this site (give the path of a translation"
                + " under content/<lang>/)\n", err());
        Path jbake = Fixtures.site("jbake-blog", Files.createDirectories(tmp.resolve("jb")));
        assertEquals(1, run("check", "--site", jbake.toString()), err());
        assertTrue(err().contains("broken link `../../tags/draft-only.html`"), err());
        assertEquals("", out(), "a JBake project has links to check but no translations to count");
    }

    @Test
    void aJBakeProjectBuildsLenientlyUnlessStrict() throws Exception {
        Path jbake = Fixtures.site("jbake-blog", Files.createDirectories(tmp.resolve("jbs")));
        Files.writeString(jbake.resolve("content/broken.md"), "title=Broken\ntype=post\nstatus=published\nno equals\n~~~~~~\nx");
        assertEquals(0, run("build", "--site", jbake.toString()), err());
        assertTrue(err().contains("broken.md:4: this header line is not `key=value`") && err().contains("skipped, as JBake"),
                err());
        assertEquals(1, run("build", "--strict", "--site", jbake.toString()), err());
        assertTrue(err().contains("broken.md:4"), err());
        assertEquals(1, run("check", "--site", jbake.toString()), err());
        assertTrue(err().contains("broken.md:4"), err());
    }

    @Test
    void checkFindsBrokenAnchorsAndRequiredPagesMissingALanguage() {
        assertEquals(0, run("check", "--site", site.toString()), err());
        assertTrue(out().contains("check passed"));
        assertEquals(1, run("check", "--site", site.toString(), "--require-complete"));
        assertTrue(err().contains("required page `about` is missing in ja"), err());
        Fixtures.write(site.resolve("content/en/news/post-1.md"),
                "---\ntitle: T\ndate: 2025-05-10\n---\n[see](/about.md#no-such-heading)\n");
        assertEquals(1, run("check", "--site", site.toString()));
        assertTrue(err().contains("broken anchor `/en/about/#no-such-heading`"), err());
        // a fragment that carries state for a script (the exhibition's deep links) is no anchor
        Fixtures.write(site.resolve("content/en/news/post-1.md"),
                "---\ntitle: T\ndate: 2025-05-10\n---\n[see](/about.md#room=tourism&exhibit=cat-ba)\n");
        assertEquals(0, run("check", "--site", site.toString()), err());
        assertFalse(Files.exists(site.resolve("output")), "check leaves output/ alone");
    }

    @Test
    void headingIdsNeverCollideWithTemplateIdsNorWithEachOther() {
        Fixtures.write(site.resolve("content/en/about.md"), "---\ntitle: About\n---\n## Main\n\n## Toc\n");
        assertEquals(0, run("check", "--site", site.toString()), err());
        assertEquals(0, run("build", "--site", site.toString()));
        String html = Fixtures.read(site.resolve("output/en/about/index.html"));
        assertTrue(html.contains("<h2 id=\"main\">") && html.contains("<main id=\"_main\""), html);
        Fixtures.write(site.resolve("content/en/about.md"), "---\ntitle: About\n---\n## One {#same}\n\n## Two {#same}\n");
        assertEquals(1, run("build", "--site", site.toString()));
        assertTrue(err().contains("content/en/about.md:6: the heading id `same` is used twice on this page"), err());
    }
}
