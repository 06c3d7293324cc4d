package vn.haiphong.showcase.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SVG files lose what runs when they are opened on their own; drawings stay byte for byte. */
class SafeSvgTest {
    @Test
    void aDrawingWithNothingToDropIsReturnedAsItWas() {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
                <!-- a comment -->
                <style>.a{fill:red}</style>
                <defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs>
                <a href="https://example.org/"><use xlink:href="#c"/></a>
                <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
                <circle id="c" class="a" r="4"/><text x="1" y="9">Hải Phòng &amp; port</text>
                </svg>
                """;
        SafeHtml.Cleaned c = SafeSvg.clean(svg);
        assertEquals(List.of(), c.dropped());
        assertSame(svg, c.html());
    }

    @Test
    void scriptsHandlersForeignObjectsAndScriptLinksAreDroppedAtTheirLines() {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)">
                <script>alert(2)</script>
                <circle r="4" onmouseover="alert(3)"/>
                <a xlink:href="javascript:alert(4)"><text>x</text></a>
                <a href=" JaVaScRiPt:alert(5)"><set attributeName="href" to="javascript:alert(6)"/></a>
                <foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(7)"/></body></foreignObject>
                <image href="data:text/html,&lt;script&gt;alert(8)&lt;/script&gt;"/>
                <rect width="1" height="1"/>
                </svg>
                """;
        SafeHtml.Cleaned c = SafeSvg.clean(svg);
        for (int i = 1; i <= 8; i++) {
            assertFalse(c.html().contains("alert(" + i + ")"), i + ": " + c.html());
        }
        assertFalse(c.html().contains("<script") || c.html().contains("foreignObject"), c.html());
        assertTrue(c.html().contains("<rect width=\"1\" height=\"1\"/>") || c.html().contains("<rect width=\"1\" height=\"1\" />"), c.html());
        assertEquals(List.of(1, 2, 3, 4, 5, 5, 6, 7), c.dropped().stream().map(SafeHtml.Dropped::line).toList(),
                c.dropped()::toString);
    }
}
