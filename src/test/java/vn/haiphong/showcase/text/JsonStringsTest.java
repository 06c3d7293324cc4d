package vn.haiphong.showcase.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonStringsTest {
    private static String plain(String s) {
        StringBuilder sb = new StringBuilder();
        JsonStrings.append(s, sb);
        return sb.toString();
    }

    private static String forHtml(String s) {
        StringBuilder sb = new StringBuilder();
        JsonStrings.appendForHtml(s, sb);
        return sb.toString();
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\r\\u0001\"", plain("a\"b\\c\nd\te\r\u0001"));
    }

    @Test
    void noStringCanCloseAScriptOrEndAJavaScriptLine() {
        assertEquals("\"\\u003c/script>\\u2028\\u2029&\"", plain("</script>\u2028\u2029&"));
    }

    @Test
    void jsonForAnHtmlPageEscapesGreaterThanAndAmpersandToo() {
        assertEquals("\"\\u003c/script\\u003e \\u0026 Hải Phòng\"", forHtml("</script> & Hải Phòng"));
    }
}
