package vn.haiphong.showcase.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile Markdown: whatever a page writes, the published HTML runs no script, and every drop is
 * a warning at the line where the page wrote it. Safe raw HTML is published exactly as written.
 */
class SafeMarkdownTest {
    private final MarkdownRenderer md = new MarkdownRenderer();

    /** Fails when {@code html} could run script in a browser: script-ish elements, handlers, script addresses. */
    static void assertNoScript(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element e : doc.body().getAllElements()) {
            assertFalse(List.of("script", "iframe", "object", "embed", "svg", "math", "style", "form", "frame",
                    "frameset", "base", "meta", "link", "template", "foreignobject").contains(e.normalName()),
                    () -> "<" + e.normalName() + "> in " + html);
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on"), () -> key + " in " + html);
                assertFalse(key.equals("style") || key.equals("srcdoc") || key.equals("formaction"), () -> key + " in " + html);
                assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:"), () -> key + "=" + value + " in " + html);
                assertFalse(value.startsWith("data:") && !(e.normalName().equals("img") && value.startsWith("data:image/")),
                        () -> key + "=" + value + " in " + html);
            }
        }
    }

    private MarkdownRenderer.Rendered render(String text) {
        MarkdownRenderer.Rendered r = md.render(text, LinkRewriter.NONE);
        assertNoScript(r.html());
        return r;
    }

    /** Each input has its hostile part on line 3 (1-based), after a harmless paragraph. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            script block              | <script>alert(1)</script>
            script inline             | Hello <script>alert(1)</script> world
            img onerror block         | <img src=x onerror=alert(1)>
            img onerror inline        | A picture <img src="x" onerror="alert(1)"> here.
            javascript link any case  | [click](JaVaScRiPt:alert(1))
            javascript entity-encoded | [click](&#106;avascript:alert(1))
            javascript with a tab     | [click](java&#9;script:alert(1))
            vbscript link             | [click](vbscript:msgbox(1))
            data html link            | [click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
            javascript image          | ![x](javascript:alert(1))
            javascript reference      | [r]: javascript:alert(1)\\n\\n[click][r]
            javascript autolink       | <javascript:alert(1)>
            javascript bare address   | Visit javascript://example.org/%0aalert(1) now
            javascript link title     | [click](javascript:alert(1) "A title")
            href attribute block      | [x](/about/){href="javascript:alert(1)"}
            heading onclick           | ## Title {onclick=alert(1)}
            raw a href javascript     | <a href="javascript:alert(1)">click</a>
            raw a inline entity       | Go <a href="&#x6A;avascript:alert(1)">there</a>
            onclick attribute block   | A paragraph{onclick=alert(1)}
            onclick on a link         | [x](/about/){onclick="alert(1)"}
            style attribute block     | A paragraph{style="background:url(javascript:alert(1))"}
            iframe                    | <iframe src="https://evil.example/"></iframe>
            iframe srcdoc             | <iframe srcdoc="<script>alert(1)</script>"></iframe>
            object                    | <object data="evil.swf"></object>
            embed                     | <embed src="evil.swf">
            style element             | <style>body{background:expression(alert(1))}</style>
            style attribute raw       | <p style="width:expression(alert(1))">x</p>
            svg onload block          | <svg onload="alert(1)"><circle r="1"/></svg>
            svg onload inline         | A map <svg onload="alert(1)"></svg> here
            svg script                | <svg><script>alert(1)</script></svg>
            math href                 | <math><mtext><a href="javascript:alert(1)">x</a></mtext></math>
            form javascript action    | <form action="javascript:alert(1)"><button>Go</button></form>
            button formaction         | <button formaction="javascript:alert(1)">Go</button>
            meta refresh              | <meta http-equiv="refresh" content="0;url=javascript:alert(1)">
            base href                 | <base href="javascript:alert(1)//">
            details ontoggle          | <details open ontoggle="alert(1)"><summary>x</summary></details>
            body onload               | <body onload="alert(1)">
            video onerror             | <video><source onerror="alert(1)"></video>
            newline in javascript     | <a href="java\\nscript:alert(1)">x</a>
            html onmouseover          | <html onmouseover="alert(1)">
            noscript mutation         | <noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>
            textarea left open        | <textarea>\\n\\n<img src=x onerror=alert(1)>
            srcset javascript source  | <picture><source srcset="x.webp" onerror="alert(1)"><img src="x.jpg" alt="x"></picture>
            """)
    void hostileInputRunsNoScriptAndIsReportedAtItsLine(String name, String hostile) {
        MarkdownRenderer.Rendered r = render("Intro.\n\n" + hostile.replace("\\n", "\n") + "\n");
        assertFalse(r.warnings().isEmpty(), () -> name + ": no warning for " + r.html());
        assertEquals(3, r.warnings().get(0).line(), () -> name + ": " + r.warnings());
        assertTrue(r.warnings().stream().allMatch(w -> !w.hint().isEmpty()), "every warning says what to do");
    }

    @Test
    void whatIsDroppedIsNamedAndTheRestStays() {
        MarkdownRenderer.Rendered r = render("Intro.\n\nA <img src=\"/x.png\" alt=\"x\" onerror=\"alert(1)\"> and [a link](javascript:alert(1)) and [b](/ok/).\n");
        assertTrue(r.html().contains("<img src=\"/x.png\" alt=\"x\">"), r.html());
        assertTrue(r.html().contains(" and a link and <a href=\"/ok/\">b</a>"), r.html());
        assertEquals(2, r.warnings().size(), r.warnings()::toString);
        assertTrue(r.warnings().get(0).message().contains("`onerror`"), r.warnings()::toString);
        assertTrue(r.warnings().get(1).message().contains("javascript:alert(1)"), r.warnings()::toString);
    }

    @Test
    void htmlLeftOpenCannotTurnTheMarkdownAfterItIntoAttributes() {
        // the quote opened in the block would make the next paragraph's text the div's attributes
        MarkdownRenderer.Rendered r = render("Intro.\n\n<div title='\n\nText ' onmouseover='alert(1)' x='\n\nEnd.\n");
        assertEquals(3, r.warnings().get(0).line(), r.warnings()::toString);
        assertTrue(r.warnings().get(0).message().contains("left open"), r.warnings()::toString);
        assertNoScript(r.html() + "'>");
    }

    @Test
    void htmlThatOnlyTakesEffectInsideAnEarlierBlockIsCheckedToo() {
        // alone, <tr><td> is ignored by a parser; after the open <table> of the block before, it is a cell
        MarkdownRenderer.Rendered r = render("Intro.\n\n<table>\n\n<tr><td onclick=\"alert(1)\">x</td></tr>\n\n</table>\n");
        assertFalse(r.warnings().isEmpty(), r.html());
        assertEquals(5, r.warnings().get(0).line(), r.warnings()::toString);
        assertNoScript(r.html().replace("\n", ""));
        assertFalse(r.html().contains("onclick"), r.html());
    }

    @Test
    void theLineInsideAnHtmlBlockIsTheLineOfTheElement() {
        MarkdownRenderer.Rendered r = render("Intro.\n\n<div class=\"box\">\n<p>fine</p>\n<img src=x onerror=alert(1)>\n</div>\n");
        assertEquals(5, r.warnings().get(0).line(), r.warnings()::toString);
        assertTrue(r.html().contains("<div class=\"box\">"), r.html());
    }

    @Test
    void safeRawHtmlAndAddressesArePublishedAsWritten() {
        String text = """
                Hải Phòng (<span lang="vi">Hải Phòng</span>) is a <abbr title="port city">city</abbr>.

                <figure class="wide" id="f1"><picture><source srcset="/a.webp 1x" type="image/webp"><img src="/a.jpg" alt="A" width="10" height="5" loading="lazy"></picture><figcaption>Caption</figcaption></figure>

                [mail](mailto:info@example.org) [call](tel:+84225) [web](https://example.org/a?b=c#d) [page](/en/about/) [anchor](#history)

                ![inline picture](data:image/png;base64,iVBORw0KGgo=)

                <details><summary>More</summary>

                Hidden text.

                </details>

                Text{lang=vi dir=ltr}
                """;
        MarkdownRenderer.Rendered r = render(text);
        assertEquals(List.of(), r.warnings());
        assertEquals(md.render(text, LinkRewriter.NONE, true).html(), r.html(), "nothing to drop: same HTML as unsafe mode");
        assertTrue(r.html().contains("<span lang=\"vi\">Hải Phòng</span>"), r.html());
        assertTrue(r.html().contains("src=\"data:image/png;base64,iVBORw0KGgo=\""), r.html());
        assertTrue(r.html().contains("<p lang=\"vi\" dir=\"ltr\">Text</p>"), r.html());
    }

    @Test
    void unsafeHtmlPublishesRawHtmlAsWrittenWithoutWarnings() {
        MarkdownRenderer.Rendered r = md.render("<script>track()</script>\n\n<a href=\"javascript:go()\" onclick=\"go()\">x</a>\n",
                LinkRewriter.NONE, true);
        assertTrue(r.html().contains("<script>track()</script>"), r.html());
        assertTrue(r.html().contains("<a href=\"javascript:go()\" onclick=\"go()\">x</a>"), r.html());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void dataAddressesAreForImagesOnly() {
        assertTrue(SafeHtml.url("data:image/png;base64,AAAA", true));
        assertFalse(SafeHtml.url("data:text/html,<script>alert(1)</script>", true));
        assertFalse(SafeHtml.url("data:image/png;base64,AAAA", false));
        assertTrue(SafeHtml.url("/photos/harbour.jpg", true));
        assertTrue(SafeHtml.url("../about/", false));
        assertFalse(SafeHtml.url(" javascript:alert(1)", false));
        assertFalse(SafeHtml.url("\u0001javascript:alert(1)", false));
    }
}
