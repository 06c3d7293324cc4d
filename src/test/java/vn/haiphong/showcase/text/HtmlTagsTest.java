package vn.haiphong.showcase.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTagsTest {
    @Test
    void aTagEndsAtItsFirstGreaterThanOutsideQuotes() {
        String html = "<a title=\"1 > 0\" data-x='>'>link</a>";
        assertEquals(html.indexOf("link"), HtmlTags.end(html, 0));
        assertEquals(html.length(), HtmlTags.end(html, html.indexOf("</a>")));
    }

    @Test
    void anUnclosedTagRunsToTheEnd() {
        assertEquals(11, HtmlTags.end("<p class=\"x", 0));
        assertEquals(7, HtmlTags.end("x<b id=", 1));
    }

    @Test
    void theNameIsLowerCaseLettersDigitsAndHyphens() {
        assertEquals("h2", HtmlTags.name("<H2 id=a>", 1));
        assertEquals("my-el", HtmlTags.name("</My-El>", 2));
        assertEquals("", HtmlTags.name("< p>", 1));
    }
}
