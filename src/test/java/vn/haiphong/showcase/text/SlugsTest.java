package vn.haiphong.showcase.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void vietnameseLosesDiacriticsButKeepsItsLetters() {
        assertEquals("lich-su-do-son", Slugs.slug("Lịch sử Đồ Sơn"));
        assertEquals("do-son", Slugs.slug("Đồ Sơn"));
        assertEquals("hai-duong", Slugs.slug("Hải Dương"));
        assertEquals("cang-bien-va-logistics", Slugs.slug("Cảng biển và logistics"));
    }

    @Test
    void cjkAndHangulStayReadable() {
        assertEquals("海防港口", Slugs.slug("海防港口"));
        assertEquals("하이퐁-항구", Slugs.slug("하이퐁 항구"));
        assertEquals("港湾と物流", Slugs.slug("港湾と物流"));
        assertEquals("2025年の祭り", Slugs.slug("2025年の祭り！"));
    }

    @Test
    void kanaKeepTheirVoicedMarks() {
        // dakuten and handakuten are combining marks after NFD: they belong to the kana, not to be stripped
        assertEquals("カットバ", Slugs.slug("カットバ"));
        assertEquals("ハイズオン", Slugs.slug("ハイズオン"));
        assertEquals("ガ", Slugs.slug("ガ"));
        assertEquals("パ", Slugs.slug("パ"));
        assertEquals("ヴ", Slugs.slug("ヴ"));
        assertEquals("ぽ", Slugs.slug("ぽ"));
        assertEquals("ぽ", Slugs.slug("\u307B\u309A"), "a decomposed ぽ is published composed");
        assertEquals("ガイド-2025", Slugs.slug("ガイド 2025"));
        // a Latin name next to kana still loses its diacritics
        assertEquals("do-son-のビーチ", Slugs.slug("Đồ Sơn のビーチ"));
        assertEquals("cat-baガイド", Slugs.slug("Cát Bàガイド"));
    }

    @Test
    void theOldRuleIsKeptForTheAddressesItPublished() {
        assertEquals("カットハ", Slugs.slugDroppingAllMarks("カットバ"));
        assertEquals("ハイスオン", Slugs.slugDroppingAllMarks("ハイズオン"));
        assertEquals("do-son", Slugs.slugDroppingAllMarks("Đồ Sơn"));
        assertEquals(Slugs.slug("Lịch sử Đồ Sơn"), Slugs.slugDroppingAllMarks("Lịch sử Đồ Sơn"));
    }

    @Test
    void punctuationCollapsesAndNothingIsEverEmpty() {
        assertEquals("a-b-c", Slugs.slug("  A — b / c?  "));
        assertEquals("section", Slugs.slug("!!!"));
    }
}
