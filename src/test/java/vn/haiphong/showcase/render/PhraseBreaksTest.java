package vn.haiphong.showcase.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhraseBreaksTest {
    private static final String WORDS = "玄関口から大海原へ";
    private static final String BROKEN = "玄関口から<wbr>大海原へ";

    @Test
    void headingsAndShortTextsOfJapanesePagesBreakBetweenPhrases() {
        String page = "<!DOCTYPE html>\n<html lang=\"ja\"><head><title>" + WORDS + "</title>"
                + "<meta name=\"description\" content=\"" + WORDS + "\">"
                + "<script type=\"application/ld+json\">{\"name\":\"" + WORDS + "\",\"x\":\"<h2>" + WORDS + "</h2>\"}</script>"
                + "</head><body><h1 id=\"" + WORDS + "\" class=\"title\">" + WORDS + "</h1>"
                + "<p>" + WORDS + "</p><p class=\"lead\">" + WORDS + "</p>"
                + "<h2><a href=\"/ja/x/\" title=\"" + WORDS + "\">" + WORDS + "</a></h2>"
                + "<!-- <h2>" + WORDS + "</h2> --></body></html>";
        String out = PhraseBreaks.apply(page);
        assertTrue(out.contains("<title>" + WORDS + "</title>"), out);
        assertTrue(out.contains("content=\"" + WORDS + "\""), out);
        assertTrue(out.contains("{\"name\":\"" + WORDS + "\",\"x\":\"<h2>" + WORDS + "</h2>\"}"), "JSON-LD untouched: " + out);
        assertTrue(out.contains("<h1 id=\"" + WORDS + "\" class=\"title\">" + BROKEN + "</h1>"), out);
        assertTrue(out.contains("<p>" + WORDS + "</p>"), "body paragraphs are not touched: " + out);
        assertTrue(out.contains("<p class=\"lead\">" + BROKEN + "</p>"), out);
        assertTrue(out.contains("<h2><a href=\"/ja/x/\" title=\"" + WORDS + "\">" + BROKEN + "</a></h2>"), out);
        assertTrue(out.contains("<!-- <h2>" + WORDS + "</h2> -->"), out);
        assertEquals(page, out.replace("<wbr>", ""), "nothing but <wbr> is added");
    }

    @Test
    void theLanguageIsTheElementsOwn() {
        String page = "<html lang=\"ja\"><body><ul><li class=\"card\"><h3 class=\"card-title\" lang=\"vi\">"
                + "<a href=\"/ja/a/\">Cửa ngõ ra biển lớn</a></h3><p class=\"card-text\" lang=\"vi\">Mô tả</p></li>"
                + "<li class=\"card\"><h3 class=\"card-title\"><a href=\"/ja/b/\">" + WORDS + "</a></h3></li></ul>"
                + "<div lang=\"ko\"><h2>하이퐁 항구</h2></div><h2>" + WORDS + "</h2></body></html>";
        String out = PhraseBreaks.apply(page);
        assertTrue(out.contains("<a href=\"/ja/a/\">Cửa ngõ ra biển lớn</a>"), out);
        assertTrue(out.contains("<a href=\"/ja/b/\">" + BROKEN + "</a>"), out);
        assertTrue(out.contains("<h2>하이퐁 항구</h2>"), out);
        assertTrue(out.endsWith("<h2>" + BROKEN + "</h2></body></html>"), "the Korean div closed: " + out);

        String zh = "<html lang=\"zh-Hans\"><body><h1>海防：越南北方的出海门户</h1></body></html>";
        assertEquals("<html lang=\"zh-Hans\"><body><h1>海防：<wbr>越南<wbr>北方<wbr>的<wbr>出海<wbr>门户</h1></body></html>",
                PhraseBreaks.apply(zh));
        String vi = "<html lang=\"vi\"><body><h1>Cửa ngõ ra biển</h1></body></html>";
        assertSame(vi, PhraseBreaks.apply(vi), "pages without Japanese or Chinese are returned as they are");
    }

    @Test
    void inlineMarkupReferencesAndExistingBreaks() {
        var ja = vn.haiphong.showcase.i18n.PhraseBreaker.forLanguage("ja");
        // a boundary at the start of an element's text goes inside it, before its first character (as BudouX does)
        assertEquals("玄関口から<em><wbr>大海原</em>へ", PhraseBreaks.breakInner("玄関口から<em>大海原</em>へ", ja));
        // character references are one character, never cut
        assertEquals("港&amp;玄関口から<wbr>大海原へ", PhraseBreaks.breakInner("港&amp;玄関口から大海原へ", ja));
        // code is context, not broken; an author's <wbr> stays single
        assertEquals("<code>玄関口から大海原へ</code>", PhraseBreaks.breakInner("<code>玄関口から大海原へ</code>", ja));
        assertEquals(BROKEN, PhraseBreaks.breakInner(BROKEN, ja));
        // a <br> ends one run of text: each line is broken on its own
        assertEquals(BROKEN + "<br>" + BROKEN, PhraseBreaks.breakInner(WORDS + "<br>" + WORDS, ja));
        assertEquals("   ", PhraseBreaks.breakInner("   ", ja));
        // BudouX's Chinese model cuts 3|60°; a Latin word or a number is never cut
        var zh = vn.haiphong.showcase.i18n.PhraseBreaker.forLanguage("zh");
        assertEquals(java.util.List.of("进入", " 3", "60°", " 展厅"), zh.phrases("进入 360° 展厅"));
        assertEquals("进入<wbr> 360°<wbr> 展厅", PhraseBreaks.breakInner("进入 360° 展厅", zh));
        assertEquals(java.util.List.of("VR", "360虚", "拟展览"), zh.phrases("VR360虚拟展览"));
        assertTrue(PhraseBreaks.breakInner("VR360虚拟展览", zh).startsWith("VR360"));
    }

    @Test
    void theStylesheetKeepsTheSameElementsWhole() throws java.io.IOException {
        // keep-all without the <wbr>s would leave a line no place to break; <wbr>s without keep-all break anywhere
        String css = java.nio.file.Files.readString(java.nio.file.Path.of("assets/css/site.css"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                ":is\\(([^)]*)\\):is\\(:lang\\(ja\\), :lang\\(zh\\)\\) \\{\\s*word-break: keep-all;").matcher(css);
        assertTrue(m.find(), "site.css has the phrase-break rule");
        java.util.Set<String> selectors = new java.util.TreeSet<>();
        for (String s : m.group(1).split(",")) {
            selectors.add(s.strip());
        }
        java.util.Set<String> expected = new java.util.TreeSet<>(java.util.List.of("h1", "h2", "h3"));
        PhraseBreaks.CLASSES.forEach(c -> expected.add("." + c));
        assertEquals(expected, selectors);
    }
}
