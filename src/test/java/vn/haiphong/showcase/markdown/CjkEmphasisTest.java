package vn.haiphong.showcase.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CjkEmphasisTest {
    private final MarkdownRenderer md = new MarkdownRenderer();

    private String html(String markdown) {
        return md.render(markdown, LinkRewriter.NONE).html().strip();
    }

    @Test
    void strongEndsAfterCjkPunctuationBeforeALetter() {
        // the exhibition page's instructions, which CommonMark leaves as literal **
        assertEquals("<p><strong>見回す：</strong>ドラッグ</p>", html("**見回す：**ドラッグ"));
        assertEquals("<p><strong>推荐：</strong>拖动</p>", html("**推荐：**拖动"));
        assertEquals("<ul>\n<li><strong>环顾四周：</strong>用鼠标拖动或在屏幕上滑动。</li>\n</ul>",
                html("- **环顾四周：**用鼠标拖动或在屏幕上滑动。"));
        assertEquals("<p>これは<em>斜体のテキスト【補足情報】。</em>この文</p>", html("これは*斜体のテキスト【補足情報】。*この文"));
    }

    @Test
    void koreanParticlesAfterLatinPunctuation() {
        // Korean writes ASCII punctuation and attaches particles to the emphasised word
        assertEquals("<p><strong>참고:</strong>드래그</p>", html("**참고:**드래그"));
        assertEquals("<p><strong>한국어 구문(괄호 포함)</strong>을 강조.</p>", html("**한국어 구문(괄호 포함)**을 강조."));
        assertEquals("<p>패키지를 발행하려면 <strong><code>npm publish</code></strong>를 실행하십시오.</p>",
                html("패키지를 발행하려면 **`npm publish`**를 실행하십시오."));
    }

    @Test
    void variationSelectorsCountAsTheirIdeograph() {
        // U+845B U+E0100 (an ideographic variation sequence), then ** before ASCII punctuation
        assertEquals("<p>葛\uDB40\uDD00<strong>(注)</strong>です</p>", html("葛\uDB40\uDD00**(注)**です"));
        // U+79B0 U+FE00 (a standardized variation sequence)
        assertEquals("<p>禰\uFE00<strong>(注)</strong>です</p>", html("禰\uFE00**(注)**です"));
        // the same opener after a plain Latin letter stays literal, as in CommonMark
        assertEquals("<p>a**(注)**です</p>", html("a**(注)**です"));
    }

    @Test
    void strikethroughFollowsTheSameRules() {
        assertEquals("<p><del>旧方法（已废弃）。</del>这个句子是正确的。</p>", html("~~旧方法（已废弃）。~~这个句子是正确的。"));
    }

    @Test
    void referenceLinksStillWork() {
        // a custom inline parser makes Flexmark drop its reference pre-processor unless it is put back
        assertEquals("<p><a href=\"https://example.org/\">港口</a></p>", html("[港口][p]\n\n[p]: https://example.org/"));
    }

    @Test
    void textWithoutCjkParsesExactlyAsCommonMark() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(StrikethroughExtension.create()));
        Parser plain = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        MutableDataSet cjkOptions = new MutableDataSet();
        cjkOptions.set(Parser.EXTENSIONS, List.of(StrikethroughExtension.create(), CjkEmphasis.create()));
        Parser cjk = Parser.builder(cjkOptions).build();

        assertEquals("<p>a<strong>b</strong>c</p>", renderer.render(cjk.parse("a**b**c")).strip());
        assertEquals("<p>**foo.**bar</p>", renderer.render(cjk.parse("**foo.**bar")).strip());
        // every string of up to four pieces from Latin letters, spaces, punctuation and delimiters
        String[] pieces = {"a", " ", ".", "(", ")", "*", "**", "_", "__", "~~", "\"", "é", "\u00A0"};
        List<String> inputs = new ArrayList<>();
        build("", 0, 4, pieces, inputs);
        int differ = 0;
        StringBuilder first = new StringBuilder();
        for (String in : inputs) {
            String a = renderer.render(plain.parse(in));
            String b = renderer.render(cjk.parse(in));
            if (!a.equals(b)) {
                if (differ++ < 5) {
                    first.append('\n').append(in).append(" → ").append(a).append(" vs ").append(b);
                }
            }
        }
        assertTrue(inputs.size() > 25_000, "inputs: " + inputs.size());
        assertEquals(0, differ, "inputs parsed differently:" + first);
    }

    private static void build(String prefix, int depth, int max, String[] pieces, List<String> out) {
        if (depth == max) {
            return;
        }
        for (String p : pieces) {
            String s = prefix + p;
            if (s.contains("*") || s.contains("_") || s.contains("~")) {
                out.add(s + "x");
            }
            build(s, depth + 1, max, pieces, out);
        }
    }
}
