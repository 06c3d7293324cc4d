package vn.haiphong.showcase.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.errors.ContentErrors;

class PageParserTest {
    private static final Path FILE = Path.of("content/vi/news/a.md");

    private static Page parse(String text, ContentErrors errors) {
        return PageParser.parse("vi", "news/a.md", FILE, text.getBytes(StandardCharsets.UTF_8), errors);
    }

    @Test
    void readsEveryKnownField() {
        ContentErrors errors = new ContentErrors();
        Page p = parse("""
                ---
                title: "Lễ hội"
                description: "Mô tả"
                date: 2025-05-10
                publishDate: 2025-05-01T08:00:00+07:00
                expiryDate: 2030-01-01
                tags: ["lễ hội", "văn hoá", "lễ hội"]
                translationKey: festival
                draft: false
                required: true
                weight: 20
                layout: page
                image: /photos/a.jpg
                sourceHash: "abc"
                custom: {a: 1}
                ---
                Body
                """, errors);
        assertTrue(errors.isEmpty(), () -> errors.sorted().toString());
        assertEquals("Lễ hội", p.title());
        assertEquals(LocalDate.of(2025, 5, 10), p.date());
        assertEquals(LocalDate.of(2025, 5, 1), p.publishDate());
        assertEquals(List.of("lễ hội", "văn hoá"), p.tags());
        assertEquals("festival", p.groupKey());
        assertTrue(p.required());
        assertEquals(20, p.weight());
        assertEquals("news/a", p.key());
        assertEquals("news/a/", p.slugPath());
        assertEquals(Page.Kind.PAGE, p.kind());
        assertNotNull(p.params().get("custom"), "unknown fields reach templates");
        assertEquals(17, p.bodyLine());
    }

    @Test
    void jbakeHeaderFieldsMapToTheSameModel() {
        ContentErrors errors = new ContentErrors();
        Page p = parse("title=Cảng\ndate=2024-03-01\ntags=cảng biển, logistics\nstatus=draft\n~~~~~~\nText", errors);
        assertTrue(errors.isEmpty());
        assertEquals(List.of("cảng biển", "logistics"), p.tags());
        assertTrue(p.draft());
        assertEquals(LocalDate.of(2024, 3, 1), p.date());
    }

    @Test
    void badYamlIsReportedAtItsLineInTheFile() {
        ContentErrors errors = new ContentErrors();
        assertNull(parse("---\ntitle: \"A\"\ndescription: [unclosed\ndate: 2025-01-01\n---\nBody", errors));
        ContentError e = errors.sorted().get(0);
        assertTrue(e.message().startsWith("invalid YAML"), e.message());
        assertTrue(e.line() >= 3 && e.line() <= 5, "line " + e.line());
        assertFalse(e.hint().isEmpty());
    }

    @Test
    void wrongTypesAreReportedWithTheFieldLine() {
        ContentErrors errors = new ContentErrors();
        parse("---\ntitle: A\ndate: 13/05/1955\nweight: heavy\ndraft: maybe\n---\n", errors);
        List<ContentError> all = errors.sorted();
        assertEquals(3, all.size(), all.toString());
        assertEquals(3, all.get(0).line());
        assertTrue(all.get(0).message().contains("not a date"));
        assertEquals(4, all.get(1).line());
        assertEquals(5, all.get(2).line());
    }

    @Test
    void aBadValueAfterMultiLineValuesIsReportedAtItsOwnLine() {
        ContentErrors errors = new ContentErrors();
        Page p = parse("""
                ---
                title: A
                description: |
                  Two lines of text,
                  date: this is not the date field
                summary: "quoted text
                weight: is not a key either"
                tags: [harbour,
                       food]
                "weight": heavy
                date: someday
                layout: wide
                ---
                Body
                """, errors);
        List<ContentError> all = errors.sorted();
        assertEquals(2, all.size(), all.toString());
        assertEquals(10, all.get(0).line(), all.get(0).toString());
        assertTrue(all.get(0).message().contains("`weight` must be a whole number"));
        assertEquals(11, all.get(1).line(), all.get(1).toString());
        assertTrue(all.get(1).message().contains("not a date"));
        assertNotNull(p);
        assertEquals(12, p.lineOf("layout"), "the line later stages report a bad layout at");
        assertEquals(8, p.lineOf("tags"));
        assertEquals(0, p.lineOf("image"), "no such field");
    }

    @Test
    void jbakeHeaderFieldsHaveTheirLinesToo() {
        Page p = parse("title=A\n\ndate=2024-03-01\nlayout=wide\n~~~~~~\nText", new ContentErrors());
        assertEquals(4, p.lineOf("layout"));
        assertEquals(1, p.lineOf("title"));
    }

    @Test
    void missingTitleAndMissingFrontMatterAreErrors() {
        ContentErrors errors = new ContentErrors();
        assertNull(parse("---\ndescription: x\n---\n", errors));
        assertNull(parse("# Just Markdown\n", errors));
        assertNull(parse("---\ntitle: x\n", errors));
        assertEquals(3, errors.sorted().size());
    }

    @Test
    void invalidUtf8NamesTheLine() {
        ContentErrors errors = new ContentErrors();
        byte[] bytes = "---\ntitle: A\n---\nline four\nbad \u00e9 here\n".getBytes(StandardCharsets.ISO_8859_1);
        assertNull(PageParser.parse("vi", "a.md", FILE, bytes, errors));
        ContentError e = errors.sorted().get(0);
        assertEquals("not valid UTF-8", e.message());
        assertEquals(5, e.line());
    }

    @Test
    void binaryDataIsNotMarkdown() {
        ContentErrors errors = new ContentErrors();
        assertNull(PageParser.parse("vi", "a.md", FILE, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}, errors));
        assertTrue(errors.sorted().get(0).message().contains("not a Markdown text file"));
    }

    @Test
    void contentHashFollowsWordsNotFormatting() {
        String a = PageParser.contentHash("T", "D", "Line one\nLine two\n");
        assertEquals(a, PageParser.contentHash("T", "D", "Line one  \r\nLine two"));
        assertNotEquals(a, PageParser.contentHash("T", "D", "Line one\nLine 2\n"));
        assertEquals(16, a.length());
    }
}
