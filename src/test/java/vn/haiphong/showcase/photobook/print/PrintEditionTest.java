package vn.haiphong.showcase.photobook.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.commons.io.file.PathUtils;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.BuildResult;
import vn.haiphong.showcase.site.SiteBuild;
import vn.haiphong.showcase.testing.Fixtures;

/**
 * The print edition of a small five-language photo book, checked with poppler's own tools
 * (pdffonts, pdfinfo, pdfimages, pdftotext; Debian's poppler-utils) and with PDFBox for the
 * structure: fonts embedded and subset, the right CJK font per language, bleed, resolution,
 * text, tags, language, reproducibility, the low-resolution warning and the index page's link.
 */
class PrintEditionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final List<String> LANGS = List.of("vi", "en", "zh", "ko", "ja");
    private static final Map<String, String> TITLE = Map.of("vi", "Cảng Hải Phòng", "en", "The port of Hai Phong",
            "zh", "海防港", "ko", "하이퐁 항구", "ja", "ハイフォン港");
    private static final Map<String, String> CAPTION = Map.of("vi", "Tàu vào cảng Hải Phòng lúc bình minh.",
            "en", "A ship enters the port of Hai Phong at dawn.", "zh", "黎明时分，一艘船驶入海防港。",
            "ko", "새벽에 배 한 척이 하이퐁 항구로 들어옵니다.", "ja", "夜明けにハイフォン港へ入る船。");

    @TempDir
    static Path tmp;
    static Path site;
    static Path out;
    static BuildResult result;
    static List<String> log = new ArrayList<>();

    @BeforeAll
    static void build() throws IOException {
        site = tmp.resolve("site");
        Files.createDirectories(site.resolve("assets"));
        PathUtils.copyDirectory(Fixtures.projectRoot().resolve("templates"), site.resolve("templates"));
        for (String d : List.of("css", "img", "js")) {
            PathUtils.copyDirectory(Fixtures.projectRoot().resolve("assets").resolve(d), site.resolve("assets").resolve(d));
        }
        Files.copy(Fixtures.projectRoot().resolve("assets/favicon.svg"), site.resolve("assets/favicon.svg"));
        Fixtures.write(site.resolve("site.yaml"), """
                baseUrl: "https://print.example"
                defaultLanguage: vi
                languages: [vi, en, zh, ko, ja]
                print:
                  trim: [240, 300]
                  year: 2026
                  illustrations: true
                """);
        // 3300 px across gives 300 ppi over the page and its bleed (246 mm needs 2906); 1000 px does not
        jpeg(site.resolve("assets/photos/big.jpg"), 3300, 2200);
        jpeg(site.resolve("assets/photos/small.jpg"), 1000, 667);
        for (String lang : LANGS) {
            Fixtures.write(site.resolve("content/" + lang + "/_index.md"), "---\ntitle: Home\n---\nHome.\n");
            Fixtures.write(site.resolve("content/" + lang + "/photobook/_index.md"),
                    "---\ntitle: \"Photo book\"\n---\nSáu chương về *Hải Phòng*.\n");
            Fixtures.write(site.resolve("content/" + lang + "/photobook/01-port.md"), """
                    ---
                    title: "%s"
                    credit: "Test Credit"
                    photos:
                      - src: /photos/big.jpg
                        alt: "alt-big-%s"
                        caption: "%s"
                      - src: /photos/small.jpg
                        alt: "alt-small-%s"
                        caption: "small %s"
                    ---
                    %s

                    *%s*
                    """.formatted(TITLE.get(lang), lang, CAPTION.get(lang), lang, lang, CAPTION.get(lang), TITLE.get(lang)));
        }
        result = SiteBuild.once().log(log::add, null).run(new BuildOptions(site, null, null, false, TODAY));
        assertTrue(result.ok(), result.errors().toString());
        out = site.resolve("output");
    }

    private static void jpeg(Path file, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(0x20, 0x60, 0xa0), w, h, new Color(0xe0, 0xc0, 0x80)));
        g.fillRect(0, 0, w, h);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", bytes);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes.toByteArray());
    }

    /** The edition's file: content-named by the CDN stage (photobook-vi.3fa9c2d1.pdf). */
    static Path pdf(Path output, String lang) throws IOException {
        try (Stream<Path> s = Files.list(output.resolve(lang).resolve("photobook"))) {
            List<Path> pdfs = s.filter(p -> p.getFileName().toString().endsWith(".pdf")).toList();
            assertEquals(1, pdfs.size(), pdfs.toString());
            return pdfs.get(0);
        }
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + text
                + " (poppler-utils must be installed: apt-get install poppler-utils)");
        return text;
    }

    @Test
    void everyEditionHasItsFontsEmbeddedAndSubsetAndTheRightCjkFont() throws Exception {
        Map<String, String> cjk = Map.of("zh", "LXGWWenKai", "ko", "NanumMyeongjo", "ja", "BIZUDPMincho");
        for (String lang : LANGS) {
            String fonts = run("pdffonts", pdf(out, lang).toString());
            List<String> rows = fonts.lines().skip(2).toList();
            assertFalse(rows.isEmpty(), fonts);
            for (String row : rows) {
                assertTrue(row.matches("[A-Z]{6}\\+\\S+\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes\\s+.*"),
                        lang + ": every font embedded, subset, with a Unicode map: " + row);
            }
            for (Map.Entry<String, String> e : cjk.entrySet()) {
                assertEquals(e.getKey().equals(lang), fonts.contains("+" + e.getValue()),
                        lang + " edition and " + e.getValue() + " (Han unification: one CJK font per language):\n" + fonts);
            }
            assertTrue(fonts.contains("+NotoSerif-Regular"), fonts);
        }
    }

    @Test
    void pagesHaveATrimBoxWithThreeMillimetresOfBleed() throws Exception {
        String info = run("pdfinfo", "-box", "-f", "1", "-l", "3", pdf(out, "en").toString());
        for (int page = 1; page <= 3; page++) {
            double[] media = box(info, "Page\\s+" + page + " MediaBox");
            double[] trim = box(info, "Page\\s+" + page + " TrimBox");
            double[] bleed = box(info, "Page\\s+" + page + " BleedBox");
            double mm = 72 / 25.4;
            assertEquals(240 * mm, trim[2] - trim[0], 0.05, "trim width 240 mm");
            assertEquals(300 * mm, trim[3] - trim[1], 0.05, "trim height 300 mm");
            for (int i = 0; i < 2; i++) {
                assertTrue(trim[i] - media[i] >= 8.5 && media[i + 2] - trim[i + 2] >= 8.5, info);
                assertTrue(trim[i] - bleed[i] >= 8.5 && bleed[i + 2] - trim[i + 2] >= 8.5, info);
            }
        }
    }

    private static double[] box(String info, String label) {
        Matcher m = Pattern.compile(label + ":\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)").matcher(info);
        assertTrue(m.find(), label + " in\n" + info);
        return new double[]{Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))};
    }

    @Test
    void photosArePrintedAt300PpiAndTheSmallOneIsAWarningWithFileAndPixels() throws Exception {
        String list = run("pdfimages", "-list", pdf(out, "vi").toString());
        List<String> rows = list.lines().skip(2).toList();
        assertEquals(3, rows.size(), "cover, opener and the small photo's page:\n" + list);
        int low = 0;
        for (String row : rows) {
            String[] c = row.trim().split("\\s+");
            int xppi = Integer.parseInt(c[12]);
            int yppi = Integer.parseInt(c[13]);
            if (xppi < 299 || yppi < 299) {
                low++;
                assertEquals("1000", c[3], "only the 1000 px photo is below 300 ppi: " + row);
            }
        }
        assertEquals(1, low, list);
        String warning = result.warnings().stream().filter(w -> w.contains("small.jpg")).findFirst().orElse("");
        assertTrue(warning.startsWith("assets/photos/small.jpg: too small for print: "), warning);
        assertTrue(warning.contains("1000 × 667 px") && warning.contains("needs") && Pattern.compile("needs \\d+ × \\d+ px").matcher(warning).find(),
                "names the file, its pixels and the pixels 300 ppi needs: " + result.warnings());
        assertTrue(result.warnings().stream().noneMatch(w -> w.contains("big.jpg")), result.warnings().toString());
    }

    @Test
    void textIsExtractableInEveryLanguage() throws Exception {
        Map<String, String> words = Map.of("vi", "Hải Phòng", "en", "Hai Phong", "zh", "海防", "ko", "하이퐁", "ja", "ハイフォン");
        for (String lang : LANGS) {
            String text = run("pdftotext", "-enc", "UTF-8", pdf(out, lang).toString(), "-");
            assertTrue(text.contains(words.get(lang)), lang + ":\n" + text);
            assertTrue(text.contains(TITLE.get(lang)), lang + ": the chapter title\n" + text);
            String caption = CAPTION.get(lang);
            assertTrue(text.replaceAll("\\s+", "").contains(caption.replaceAll("\\s+", "")), lang + ": the caption\n" + text);
            assertTrue(text.contains("Hải Phòng – 70 năm"), lang + ": the title page keeps the Vietnamese title\n" + text);
        }
    }

    @Test
    void editionsAreTaggedWithLanguageTitleAltTextAndBookmarks() throws Exception {
        Map<String, String> htmlLang = Map.of("vi", "vi", "en", "en", "zh", "zh-Hans", "ko", "ko", "ja", "ja");
        for (String lang : LANGS) {
            Path file = pdf(out, lang);
            assertTrue(run("pdfinfo", file.toString()).contains("Tagged:          yes"));
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                var cat = doc.getDocumentCatalog();
                assertEquals(htmlLang.get(lang), cat.getLanguage());
                assertTrue(cat.getViewerPreferences().displayDocTitle());
                assertTrue(doc.getDocumentInformation().getTitle().contains(" – "), "title and subtitle in the metadata");
                assertTrue(new String(cat.getMetadata().toByteArray(), StandardCharsets.UTF_8).contains("<pdfuaid:part>1</pdfuaid:part>"));
                List<String> alts = new ArrayList<>();
                collectAlts(cat.getStructureTreeRoot().getKids(), alts);
                assertTrue(alts.contains("alt-big-" + lang) && alts.contains("alt-small-" + lang), alts.toString());
                List<String> marks = new ArrayList<>();
                for (PDOutlineItem i : cat.getDocumentOutline().children()) {
                    marks.add(i.getTitle());
                }
                assertTrue(marks.stream().anyMatch(t -> t.contains(TITLE.get(lang))), "a bookmark per chapter: " + marks);
                assertEquals(0, doc.getNumberOfPages() % 4, "whole sheets of four pages");
            }
        }
    }

    @Test
    void everyEditionPassesVeraPdfForPdfUa1() throws Exception {
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        var flavour = org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1;
        for (String lang : LANGS) {
            try (var in = Files.newInputStream(pdf(out, lang));
                 var parser = org.verapdf.pdfa.Foundries.defaultInstance().createParser(in, flavour)) {
                var validator = org.verapdf.pdfa.Foundries.defaultInstance().createValidator(flavour, false);
                var result = validator.validate(parser);
                List<String> failed = new ArrayList<>();
                result.getTestAssertions().stream().filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                        .forEach(a -> failed.add(a.getRuleId() + ": " + a.getMessage()));
                assertTrue(result.isCompliant(), lang + ": " + failed.stream().distinct().limit(20).toList());
            }
        }
    }

    private static void collectAlts(List<Object> kids, List<String> alts) {
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
                collectAlts(e.getKids(), alts);
            }
        }
    }

    @Test
    void aSecondBuildIsByteIdenticalAndAWarmRebuildDoesNoPdfWork() throws Exception {
        byte[] first = Files.readAllBytes(pdf(out, "ko"));
        try (Stream<Path> s = Files.list(site.resolve(".cache/print"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                Files.delete(p);
            }
        }
        Path again = tmp.resolve("again");
        List<String> cold = new ArrayList<>();
        assertTrue(SiteBuild.once().log(cold::add, null).run(new BuildOptions(site, again, null, false, TODAY)).ok());
        assertTrue(cold.contains("print: 5 PDF editions (5 made, 0 from .cache/print)"), cold.toString());
        assertArrayEquals(first, Files.readAllBytes(pdf(again, "ko")), "same sources, same bytes");
        List<String> warm = new ArrayList<>();
        assertTrue(SiteBuild.once().log(warm::add, null).run(new BuildOptions(site, again, null, false, TODAY)).ok());
        assertTrue(warm.contains("print: 5 PDF editions (0 made, 5 from .cache/print)"), warm.toString());
    }

    @Test
    void cropMarksWidenTheMediaBox() throws Exception {
        Path marked = tmp.resolve("marked");
        assertTrue(SiteBuild.once().run(new BuildOptions(site, marked, null, false, TODAY, true)).ok());
        String info = run("pdfinfo", "-box", "-f", "2", "-l", "2", pdf(marked, "vi").toString());
        double[] media = box(info, "Page\\s+2 MediaBox");
        double[] trim = box(info, "Page\\s+2 TrimBox");
        assertTrue(trim[0] - media[0] >= 15 * 72 / 25.4 - 0.01, "bleed plus room for the marks: " + info);
        String plain = run("pdfinfo", "-box", "-f", "2", "-l", "2", pdf(out, "vi").toString());
        assertTrue(box(plain, "Page\\s+2 MediaBox")[2] < media[2], "without marks the page is smaller");
    }

    @Test
    void thePhotoBookIndexLinksItsEditionWithTypeDownloadAndSize() throws Exception {
        Map<String, String> label = Map.of("vi", "Tải bản in", "en", "Download the print edition",
                "zh", "下载印刷版", "ko", "인쇄판 내려받기", "ja", "印刷版をダウンロード");
        for (String lang : LANGS) {
            String html = Files.readString(out.resolve(lang).resolve("photobook/index.html"));
            String name = pdf(out, lang).getFileName().toString();
            assertTrue(name.matches("photobook-" + lang + "\\.[0-9a-f]{8,}\\.pdf"), "content-named: " + name);
            if (Files.getFileStore(out).supportsFileAttributeView("posix")) { // a web server under another user reads it
                assertTrue(Files.getPosixFilePermissions(pdf(out, lang)).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
                        "readable by others like every other output file: " + Files.getPosixFilePermissions(pdf(out, lang)));
            }
            assertTrue(html.contains("<a href=\"/" + lang + "/photobook/" + name + "\" type=\"application/pdf\" download>"
                    + label.get(lang) + "</a>"), html);
            assertTrue(Pattern.compile("[(（]PDF[,，、] ?\\d+ ?MB[)）]").matcher(html).find(), "its size: " + html);
        }
        String headers = Files.readString(out.resolve("_headers"));
        Matcher rule = Pattern.compile("(?m)^/vi/photobook/" + Pattern.quote(pdf(out, "vi").getFileName().toString())
                + "\\n((?:  .*\\n)+)").matcher(headers);
        assertTrue(rule.find() && rule.group(1).contains("max-age=31536000, immutable"), "long-cached: " + headers);
    }
}
