package vn.haiphong.showcase.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.errors.ContentErrors;

class I18nTest {

    @Test
    void datesAreWrittenTheWayEachLanguageWritesThem() {
        LocalDate d = LocalDate.of(2026, 11, 21);
        assertEquals("21 tháng 11, 2026", Dates.longDate(d, Locale.forLanguageTag("vi-VN")));
        assertEquals("21 November 2026", Dates.longDate(d, Locale.forLanguageTag("en-GB")));
        assertEquals("2026年11月21日", Dates.longDate(d, Locale.forLanguageTag("zh-CN")));
        assertEquals("2026년 11월 21일", Dates.longDate(d, Locale.forLanguageTag("ko-KR")));
        assertEquals("2026年11月21日", Dates.longDate(d, Locale.forLanguageTag("ja-JP")));
    }

    @Test
    void pluralCategoriesFollowCldr() {
        assertEquals("one", PluralRules.category("en", 1));
        assertEquals("other", PluralRules.category("en", 2));
        assertEquals("other", PluralRules.category("vi", 1));
        assertEquals("other", PluralRules.category("ja", 1));
        assertEquals("few", PluralRules.category("ru", 3));
    }

    @Test
    void stringsFallBackToTheDefaultLanguageAndMissingKeysAreReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("vi.yaml"), "home: \"Trang chủ\"\nminutes: {other: \"{count} phút\"}\nonly_vi: \"Chỉ tiếng Việt\"\n");
        Files.writeString(dir.resolve("en.yaml"), "home: \"Home\"\nminutes: {one: \"{count} minute\", other: \"{count} minutes\"}\n");
        ContentErrors errors = new ContentErrors();
        List<String> warnings = new ArrayList<>();
        UiStrings ui = UiStrings.load(dir, List.of("vi", "en"), "vi", errors, warnings);
        assertTrue(errors.isEmpty());
        assertEquals("Home", ui.get("en", "home"));
        assertEquals("Chỉ tiếng Việt", ui.get("en", "only_vi"));
        assertEquals("1 minute", ui.plural("en", "minutes", 1));
        assertEquals("3 minutes", ui.plural("en", "minutes", 3));
        assertEquals("1 phút", ui.plural("vi", "minutes", 1));
        assertEquals("[nope]", ui.get("en", "nope"));
        assertTrue(ui.missingEverywhere().contains("nope"));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("templates/i18n/en.yaml") && warnings.get(0).contains("only_vi"));
    }

    @Test
    void badYamlInABundleIsAContentError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("vi.yaml"), "home: \"Trang chủ\n  broken: [\n");
        ContentErrors errors = new ContentErrors();
        UiStrings.load(dir, List.of("vi"), "vi", errors, new ArrayList<>());
        assertEquals(1, errors.sorted().size());
        assertTrue(errors.sorted().get(0).path().endsWith("vi.yaml"));
    }

    @Test
    void aUiStringNoTemplateCanShowIsAnErrorAtItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("vi.yaml"), """
                home: "Trang chủ"
                intro: |
                  Hai dòng
                  văn bản
                minutes: {one: "{count} phút"}
                pages:
                  other: "{count} trang"
                  several: "{count} trang"
                menu: [a, b]
                """);
        ContentErrors errors = new ContentErrors();
        UiStrings.load(dir, List.of("vi"), "vi", errors, new ArrayList<>());
        List<String> found = errors.sorted().stream().map(e -> e.line() + ": " + e.message()).toList();
        assertEquals(List.of(
                "5: UI string `minutes` has no `other` form (the one every language uses)",
                "8: UI string `pages` has a form `several`, which is not a plural category (zero, one, two, few, many, other)",
                "9: UI string `menu` is a list, not a text"), found);
    }

    @Test
    void aDuplicateUiStringIsReportedAtTheSecondOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("en.yaml"), "home: \"Home\"\nmenu: \"Menu\"\nhome: \"Start\"\n");
        ContentErrors errors = new ContentErrors();
        UiStrings.load(dir, List.of("en"), "en", errors, new ArrayList<>());
        assertEquals(1, errors.sorted().size(), errors.sorted().toString());
        assertEquals(3, errors.sorted().get(0).line());
        assertTrue(errors.sorted().get(0).message().contains("duplicate key home"), errors.sorted().toString());
    }
}
