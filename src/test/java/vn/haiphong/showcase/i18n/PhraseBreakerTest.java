package vn.haiphong.showcase.i18n;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhraseBreakerTest {
    private static final Path BUDOUX = Path.of("src/main/js/budoux");

    @Test
    void japaneseAndChineseBreakBetweenPhrasesNotInsideWords() {
        PhraseBreaker ja = PhraseBreaker.forLanguage("ja");
        // the words the site's headings were cut inside before: 玄/関口, 大海/原
        assertEquals(List.of("玄関口から", "大海原へ"), ja.phrases("玄関口から大海原へ"));
        assertEquals(List.of("ベトナム北部の", "海の", "玄関口"), ja.phrases("ベトナム北部の海の玄関口"));
        assertArrayEquals(new int[] {5}, ja.boundaries("玄関口から大海原へ"));
        PhraseBreaker zh = PhraseBreaker.forLanguage("zh-Hans");
        assertEquals(List.of("投资", "海防"), zh.phrases("投资海防"));
        assertEquals(List.of(), ja.phrases(""));
        assertArrayEquals(new int[0], zh.boundaries("好"));
    }

    @Test
    void breaksNeverCutACharacterInTwo() {
        PhraseBreaker zh = PhraseBreaker.forLanguage("zh");
        String text = "\uD840\uDC00\uD840\uDC01字的测试";
        // BudouX counts UTF-16 units and finds a boundary inside 𠀁; a line may not break there
        assertEquals(3, zh.boundaries(text)[0]);
        assertTrue(java.util.Arrays.stream(zh.breaks(text)).noneMatch(b -> b == 3));
        assertEquals(zh.boundaries(text).length - 1, zh.breaks(text).length);
    }

    @Test
    void modelsByLanguageTag() {
        assertSame(PhraseBreaker.forLanguage("ja"), PhraseBreaker.forLanguage("ja-JP"));
        assertSame(PhraseBreaker.forLanguage("zh"), PhraseBreaker.forLanguage("zh-Hans"));
        assertSame(PhraseBreaker.forLanguage("zh"), PhraseBreaker.forLanguage("zh-CN"));
        assertNull(PhraseBreaker.forLanguage("zh-Hant"));
        assertNull(PhraseBreaker.forLanguage("zh-TW"));
        assertNull(PhraseBreaker.forLanguage("ko"));
        assertNull(PhraseBreaker.forLanguage("vi"));
        assertNull(PhraseBreaker.forLanguage(null));
    }

    /**
     * Our breaker and budoux's own JavaScript parser (npm package, run by node) agree on every
     * sentence of src/test/resources/budoux/LANG.txt: titles, descriptions and headings of the
     * default site, plus edge cases (empty, one character, surrogate pairs, spaces, Latin).
     * node_modules comes from the Maven build's `npm ci` in src/main/js/budoux.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ja", "zh-hans"})
    void agreesWithBudouxItself(String lang) throws IOException, InterruptedException {
        assertTrue(Files.isDirectory(BUDOUX.resolve("node_modules/budoux")),
                "run `mvn generate-resources` first: it installs npm budoux into " + BUDOUX);
        Path sentences = Path.of("src/test/resources/budoux/" + lang + ".txt");
        List<String> lines = Files.readAllLines(sentences, StandardCharsets.UTF_8);
        assertTrue(lines.size() >= 30, "about 30 sentences per language");

        Process node = new ProcessBuilder("node", "phrases.mjs", lang).directory(BUDOUX.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream in = node.getOutputStream()) {
            in.write(Files.readAllBytes(sentences));
        }
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(60, TimeUnit.SECONDS), "node finished");
        assertEquals(0, node.exitValue(), "node phrases.mjs " + lang);
        List<String> expected = out.lines().toList();

        PhraseBreaker breaker = PhraseBreaker.forLanguage(lang);
        List<String> actual = new ArrayList<>();
        for (String s : lines) {
            actual.add(json(breaker.phrases(s)));
        }
        assertEquals(expected, actual);
        assertTrue(actual.stream().filter(a -> a.contains("\",\"")).count() > 20, "most sentences have several phrases");
    }

    @Test
    void aModelWithFractionalWeightsIsRefused() {
        assertThrows(IllegalStateException.class, () -> PhraseBreaker.ModelJson.parse("{\"UW1\":{\"a\":1.5}}"));
        assertEquals(-7, PhraseBreaker.ModelJson.parse("{\"UW1\":{\"\\u3042\":-7}}").get("UW1").get("あ"));
    }

    /**
     * As JSON.stringify writes an array of strings without control characters: a lone surrogate
     * (BudouX works on UTF-16 units and may cut a pair, and so do we) is written as an escape.
     */
    private static String json(List<String> phrases) {
        StringBuilder sb = new StringBuilder("[");
        for (String p : phrases) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"');
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                boolean paired = Character.isHighSurrogate(c) && i + 1 < p.length() && Character.isLowSurrogate(p.charAt(i + 1));
                if (paired) {
                    sb.append(c).append(p.charAt(++i));
                } else if (Character.isSurrogate(c)) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else if (c == '"' || c == '\\') {
                    sb.append('\\').append(c);
                } else {
                    sb.append(c);
                }
            }
            sb.append('"');
        }
        return sb.append(']').toString();
    }
}
