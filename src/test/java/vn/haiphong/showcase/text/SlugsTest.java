package vn.haiphong.showcase.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void vietnameseLosesDiacriticsButKeepsItsLetters() {
        assertEquals("lich-su-do-son", Slugs.slug("Lịch sử Đồ Sơn"));
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
    void punctuationCollapsesAndNothingIsEverEmpty() {
        assertEquals("a-b-c", Slugs.slug("  A — b / c?  "));
        assertEquals("section", Slugs.slug("!!!"));
    }
}
