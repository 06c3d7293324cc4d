package vn.haiphong.showcase.vr360;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.errors.ContentErrors;

/** The guided tour's part of vr360/exhibition.yaml ({@code tour:}): stops, narration, audio, and what is wrong with them. */
class TourLoaderTest {
    private static final List<String> LANGS = List.of("vi", "en", "ja");

    @TempDir
    Path site;

    private final ContentErrors errors = new ContentErrors();
    private final List<String> warnings = new ArrayList<>();

    /** Two halls, economy (exhibit `port`) and tourism (exhibit `beach`), then {@code tour}. */
    private ExhibitionLoader.Loaded load(String tour) throws IOException {
        Files.createDirectories(site.resolve("vr360/audio"));
        Files.write(site.resolve("vr360/audio/one.vi.wav"), new byte[] {'R', 'I', 'F', 'F'});
        Files.writeString(site.resolve("vr360/exhibition.yaml"), """
                title: {vi: "Triển lãm", en: "Exhibition", ja: "展示"}
                rooms:
                  - id: economy
                    name: {vi: "Kinh tế", en: "Economy", ja: "経済"}
                    hall:
                    exhibits:
                      - id: port
                        image: /photos/a.jpg
                        wall: north
                        slot: 1
                        title: {vi: "Cảng", en: "Port", ja: "港"}
                        caption: {vi: "Cảng", en: "Port", ja: "港"}
                        credit: {vi: "Minh họa", en: "Illustration", ja: "イラスト"}
                  - id: tourism
                    name: {vi: "Du lịch", en: "Tourism", ja: "観光"}
                    hall:
                    exhibits:
                      - id: beach
                        image: /photos/b.jpg
                        wall: south
                        slot: 1
                        title: {vi: "Biển", en: "Beach", ja: "海"}
                        caption: {vi: "Đồ Sơn", en: "Do Son", ja: "ドーソン"}
                        credit: {vi: "Minh họa", en: "Illustration", ja: "イラスト"}
                """ + tour);
        return ExhibitionLoader.load(site, LANGS, "vi", Map.of("photos/a.jpg", site.resolve("assets/photos/a.jpg"),
                "photos/b.jpg", site.resolve("assets/photos/b.jpg")), errors, warnings);
    }

    @Test
    void readsExhibitAndViewStopsWithTheirNarrationAndAudio() throws IOException {
        ExhibitionLoader.Loaded l = load("""
                tour:
                  - room: economy
                    yaw: 90
                    pitch: -10
                    zoom: 40
                    text: {vi: "Chào mừng.", en: "Welcome.", ja: "ようこそ。"}
                    audio: {vi: audio/one.vi.wav}
                  - exhibit: beach
                    text: {vi: "Bãi biển.", en: "The beach.", ja: "海辺です。"}
                """);
        assertTrue(errors.isEmpty(), () -> errors.sorted().toString());
        List<Exhibition.TourStop> tour = l.exhibition().tour();
        assertEquals(2, tour.size());
        Exhibition.TourStop view = tour.get(0);
        assertEquals("economy", view.room());
        assertNull(view.exhibit());
        assertEquals(90.0, view.yaw());
        assertEquals(-10.0, view.pitch());
        assertEquals(40.0, view.zoom());
        assertEquals("ようこそ。", view.text().in("ja"));
        assertEquals(Map.of("vi", "/vr360/audio/one.vi.wav"), view.audio());
        assertEquals(site.resolve("vr360/audio/one.vi.wav"), l.media().get("vr360/audio/one.vi.wav"), "the recording is published");
        Exhibition.TourStop exhibit = tour.get(1);
        assertEquals("tourism", exhibit.room(), "the exhibit's room is found from its id");
        assertEquals("beach", exhibit.exhibit());
        assertNull(exhibit.zoom());
        assertEquals(List.of(), warnings);
    }

    @Test
    void everyMistakeInTheTourIsAnErrorAtItsLineAllAtOnce() throws IOException {
        // the exhibition's part above ends on line 24; `tour:` is line 25
        ExhibitionLoader.Loaded l = load("""
                tour:
                  - exhibit: lighthouse
                    text: {vi: "Hải đăng."}
                  - room: harbour
                    yaw: 10
                    text: {vi: "Bến cảng."}
                  - exhibit: port
                    text: {en: "Only English."}
                  - exhibit: port
                    text: {vi: "Cảng."}
                    audio: {vi: audio/missing.vi.mp3, en: ../secret.mp3, ja: audio/one.vi.txt}
                  - room: economy
                    text: {vi: "Không có hướng nhìn."}
                  - exhibit: port
                    yaw: 30
                    text: {vi: "Cảng."}
                  - room: tourism
                    yaw: 500
                    volume: 3
                    text: {vi: "Xa quá."}
                """);
        assertNull(l.exhibition(), "an exhibition with errors is not built");
        Map<Integer, String> byLine = errors.sorted().stream()
                .collect(Collectors.toMap(ContentError::line, e -> e.message() + " | " + e.hint(), (a, b) -> a + " || " + b));
        assertTrue(byLine.get(26).contains("tour stop 1 (exhibit `lighthouse`): there is no exhibit `lighthouse` in any room"), byLine.toString());
        assertTrue(byLine.get(28).contains("tour stop 2: `room: harbour` is not a room") && byLine.get(28).contains("economy, tourism"),
                byLine.toString());
        assertTrue(byLine.get(32).contains("tour stop 3 (exhibit `port`): `text` has no vi text (the default language)"), byLine.toString());
        assertTrue(byLine.get(35).contains("audio `audio/missing.vi.mp3` does not exist (looked for vr360/audio/missing.vi.mp3)"),
                byLine.toString());
        assertTrue(byLine.get(35).contains("audio `../secret.mp3` is outside vr360/"), byLine.toString());
        assertTrue(byLine.get(35).contains("audio `audio/one.vi.txt` is not a "), byLine.toString());
        assertTrue(byLine.get(36).contains("tour stop 5 (a view of `economy`): no `yaw:`"), byLine.toString());
        assertTrue(byLine.get(39).contains("tour stop 6 (exhibit `port`): an exhibit stop looks at its exhibit"), byLine.toString());
        assertTrue(byLine.get(42).contains("tour stop 7 (a view of `tourism`): `yaw: 500` is not a number from -360 to 360"),
                byLine.toString());
        assertTrue(byLine.get(43).contains("tour stop 7: unknown key `volume`"), byLine.toString());
        for (ContentError e : errors.sorted()) {
            assertEquals(site.resolve("vr360/exhibition.yaml"), e.path());
        }
    }

    @Test
    void anExhibitIdTwoRoomsShareNeedsItsRoom() throws IOException {
        load("""
                tour:
                  - exhibit: port
                    room: tourism
                    text: {vi: "Cảng."}
                """);
        assertEquals(1, errors.sorted().size(), () -> errors.sorted().toString());
        ContentError e = errors.sorted().get(0);
        assertEquals(26, e.line());
        assertEquals("tour stop 1 (exhibit `port`): room `tourism` has no exhibit `port`", e.message());
    }

    @Test
    void narrationMissingInALanguageIsReportedForTheTranslationsReport() throws IOException {
        ExhibitionLoader.Loaded l = load("""
                tour:
                  - exhibit: port
                    text:
                      vi: "Cảng Lạch Huyện."
                      en: "Lạch Huyện port."
                """);
        assertNotNull(l.exhibition(), () -> errors.sorted().toString());
        assertEquals(List.of("vr360/exhibition.yaml:28: tour stop 1 (exhibit `port`): `text` is not translated into ja"
                + " (the vi text is shown there)"), warnings);
        assertEquals("Cảng Lạch Huyện.", l.exhibition().tour().get(0).text().in("ja"));
        assertEquals("vi", l.exhibition().tour().get(0).text().langIn("ja"));
    }
}
