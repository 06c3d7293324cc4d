package vn.haiphong.showcase.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the analyser makes of each language's text: the terms the index stores and queries look up. */
class AnalyzerTest {
    private static Set<String> terms(String lang, String text) {
        return new Analyzer(lang, T2S.table()).distinctTerms(text);
    }

    @Test
    void vietnameseSyllablesAreWordsWithAFoldedFormAndPairs() {
        Set<String> t = terms("vi", "Quần đảo Cát Bà");
        assertTrue(t.containsAll(List.of("cát", "bà", "~cat", "~ba", "~cat ba", "đảo", "~dao")), t.toString());
        // a query typed without diacritics: its exact form is the folded form, so both sides meet at ~cat
        assertEquals(Set.of("cat", "ba", "~cat ba"), terms("vi", "cat ba"));
        // đ folds to d; dương and đường share their folded form but not their exact one
        assertTrue(terms("vi", "đường").contains("~duong"));
        assertTrue(terms("vi", "dương").contains("~duong"));
        assertFalse(terms("vi", "dương").contains("đường"));
        // decomposed input (as some keyboards send it) is the same text
        assertEquals(terms("vi", "Cát Bà"), terms("vi", "Ca\u0301t Ba\u0300"));
    }

    @Test
    void pairsOnlyJoinNeighboursSeparatedBySpaces() {
        assertTrue(terms("vi", "Hải Phòng").contains("~hai phong"));
        assertFalse(terms("vi", "Hải. Phòng").contains("~hai phong"));
        assertFalse(terms("vi", "Hải, Phòng").stream().anyMatch(s -> s.contains(" ")));
    }

    @Test
    void chineseIsCutIntoCharactersAndBigramsFoldedToSimplified() {
        Set<String> simplified = terms("zh", "吉婆岛的海防港");
        assertTrue(simplified.containsAll(List.of("吉", "吉婆", "婆岛", "海防", "防港")), simplified.toString());
        Set<String> traditional = terms("zh", "吉婆島的海防港");
        assertEquals(simplified, traditional);
        assertEquals(terms("zh", "台湾"), terms("zh", "臺灣"));
        // only Chinese folds: Japanese kanji keep their own forms
        assertTrue(terms("ja", "臺灣").contains("臺灣"));
    }

    @Test
    void japaneseKatakanaAndHiraganaAreOneScriptForSearch() {
        assertEquals(terms("ja", "カットバ"), terms("ja", "かっとば"));
        assertTrue(terms("ja", "カットバ島").contains("ば島"), "kana and kanji make bigrams across the boundary");
        assertEquals(terms("ja", "ガイド"), terms("ja", "ｶﾞｲﾄﾞ"), "half-width katakana is NFKC-normalised first");
    }

    @Test
    void koreanWordsAlsoIndexWithoutTheirParticle() {
        assertTrue(terms("ko", "깟바에서").contains("깟바"));
        assertTrue(terms("ko", "깟바는").contains("깟바"));
        assertTrue(terms("ko", "하이퐁의 항구로").containsAll(List.of("하이퐁의", "하이퐁", "항구", "~하이퐁 항구")));
        // a compound also gives its syllable pairs, for a query word inside it (문화유산 in 세계문화유산으로)
        assertTrue(terms("ko", "세계문화유산으로").containsAll(List.of("^세계", "^문화", "^화유", "^유산")));
        assertFalse(terms("ko", "세계문화유산으로").contains("^산으"), "pairs come from the word without its particle");
        // a one-syllable word is never stripped to nothing
        assertEquals(Set.of("는"), terms("ko", "는"));
    }

    @Test
    void englishIsStemmedTheSameInTextAndQuery() {
        assertEquals("port", Stemmer.stem("ports"));
        assertEquals("city", Stemmer.stem("cities"));
        assertEquals("island", Stemmer.stem("islands"));
        assertEquals("ship", Stemmer.stem("shipping"));
        assertEquals("ship", Stemmer.stem("shipped"));
        assertEquals("festival", Stemmer.stem("festivals"));
        assertEquals("bus", Stemmer.stem("bus"));
        assertEquals("analysis", Stemmer.stem("analysis"));
        assertEquals("address", Stemmer.stem("addresses"));
        assertEquals("fall", Stemmer.stem("falling"));
        assertEquals("beach", Stemmer.stem("beaches"));
        assertEquals("box", Stemmer.stem("boxes"));
        assertTrue(terms("en", "Cát Bà islands").containsAll(List.of("cát", "~cat", "island", "~cat ba")));
        // Vietnamese is not stemmed: "xuân" is a syllable, not a plural
        assertTrue(terms("vi", "các").contains("các"));
    }

    @Test
    void termsOfOneWordStartShareAShardSoTheLastWordCanBeCompleted() {
        int n = 4096;
        assertEquals(SearchIndex.shard("phong", n), SearchIndex.shard("phonglan", n));
        assertEquals(SearchIndex.shard("~phong", n), SearchIndex.shard("~pho", n));
        assertEquals(SearchIndex.shard("하이퐁", n), SearchIndex.shard("하이", n));
        assertEquals("~hai phong", SearchIndex.shardKey("~hai phong"));
    }

    @Test
    void bodyHtmlBecomesTheWordsAVisitorReads() {
        assertEquals("Title A & B Text “quoted” ok",
                PlainText.of("<h2 id=\"x\">Title</h2><p>A &amp; B</p><svg><text>drawn</text></svg><p>Text &#8220;quoted&#x201d; <em>ok</em></p>"));
    }
}
