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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.vr360.hall.Wall;

class ExhibitionLoaderTest {
    private static final List<String> LANGS = List.of("vi", "en");

    @TempDir
    Path site;

    private final ContentErrors errors = new ContentErrors();
    private final List<String> warnings = new ArrayList<>();

    private ExhibitionLoader.Loaded load(String yaml) throws IOException {
        Files.createDirectories(site.resolve("vr360/videos"));
        Files.writeString(site.resolve("vr360/exhibition.yaml"), yaml);
        Files.write(site.resolve("vr360/videos/a.mp4"), new byte[] {0});
        Files.write(site.resolve("vr360/videos/a.jpg"), new byte[] {0});
        Files.writeString(site.resolve("vr360/videos/a.vi.vtt"), "WEBVTT\n");
        return ExhibitionLoader.load(site, LANGS, "vi", Map.of("photos/a.jpg", site.resolve("assets/photos/a.jpg"),
                "photos/b.jpg", site.resolve("assets/photos/b.jpg")), errors, warnings);
    }

    private static final String GOOD = """
            title: {vi: "Triển lãm", en: "Exhibition"}
            rooms:
              - id: economy
                name: {vi: "Kinh tế", en: "Economy"}
                map: {x: 0.2, y: 0.5}
                hall: {size: [18, 12, 5], walls: "#eeeeee"}
                exhibits:
                  - id: port
                    image: /photos/a.jpg
                    wall: north
                    slot: 1
                    title: {vi: "Cảng", en: "Port"}
                    caption: {vi: "Cảng Lạch Huyện", en: "Lach Huyen port"}
                    credit: {vi: "Minh họa", en: "Illustration"}
                  - id: film
                    video: videos/a.mp4
                    poster: videos/a.jpg
                    captions: {vi: videos/a.vi.vtt}
                    wall: east
                    slot: 2
                    title: {vi: "Phim", en: "Film"}
                    caption: {vi: "Cần cẩu"}
                    credit: {vi: "Minh họa", en: "Illustration"}
                doors:
                  - to: tourism
                    wall: east
                    slot: 1
              - id: tourism
                name: {vi: "Du lịch", en: "Tourism"}
                hall:
                exhibits:
                  - id: beach
                    image: /photos/b.jpg
                    wall: south
                    slot: 1
                    title: {vi: "Biển", en: "Beach"}
                    caption: {vi: "Đồ Sơn", en: "Do Son"}
                    credit: {vi: "Minh họa", en: "Illustration"}
                doors:
                  - to: economy
                    wall: west
                    slot: 1
            """;

    @Test
    void readsRoomsExhibitsDoorsAndMedia() throws IOException {
        ExhibitionLoader.Loaded l = load(GOOD);
        assertTrue(errors.isEmpty(), () -> errors.sorted().toString());
        Exhibition ex = l.exhibition();
        assertNotNull(ex);
        assertEquals(List.of("economy", "tourism"), ex.rooms().stream().map(Exhibition.Room::id).toList());
        assertEquals("economy", ex.start());
        Exhibition.Room economy = ex.room("economy");
        assertEquals(18, economy.hall().width());
        assertEquals(0xeeeeee, economy.hall().walls().getRGB() & 0xffffff);
        assertEquals(0.2, economy.mapX());
        Exhibition.Exhibit film = economy.exhibits().get(1);
        assertEquals(Exhibition.Exhibit.Kind.VIDEO, film.kind());
        assertEquals("/vr360/videos/a.mp4", film.video());
        assertEquals("/vr360/videos/a.jpg", film.poster());
        assertEquals(Map.of("vi", "/vr360/videos/a.vi.vtt"), film.captions());
        assertEquals(new Exhibition.OnWall(Wall.EAST, 2), film.spot());
        assertEquals(site.resolve("vr360/videos/a.mp4"), l.media().get("vr360/videos/a.mp4"));
        assertEquals(3, l.media().size(), l.media().toString());
        assertEquals(Exhibition.OnWall.class, economy.doors().get(0).spot().getClass());
        // an empty `hall:` is a hall with the default size and colours
        assertEquals(12, ex.room("tourism").hall().depth());
    }

    @Test
    void aTextMissingInALanguageFallsBackWithAWarning() throws IOException {
        Exhibition ex = load(GOOD).exhibition();
        Exhibition.Exhibit film = ex.room("economy").exhibits().get(1);
        assertEquals("Cần cẩu", film.caption().in("en"));
        assertEquals("vi", film.caption().langIn("en"));
        assertEquals("en", film.title().langIn("en"));
        assertEquals(2, warnings.size(), warnings.toString());
        assertEquals("vr360/exhibition.yaml:16: room `economy`, exhibit `film`: no captions in en (add `captions:` files;"
                + " without them, visitors who cannot hear the video miss what it says)", warnings.get(1));
        assertTrue(warnings.get(0).startsWith("vr360/exhibition.yaml:22: room `economy`, exhibit `film`: `caption` is not translated into en"),
                warnings.get(0));
    }

    private ContentError only() {
        List<ContentError> all = errors.sorted();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    void aDoorToAnUnknownRoomNamesTheRoomsThereAre() throws IOException {
        assertNull(load(GOOD.replace("- to: tourism", "- to: tourisme")).exhibition());
        ContentError e = only();
        assertEquals(site.resolve("vr360/exhibition.yaml"), e.path());
        assertEquals(25, e.line());
        assertEquals("room `economy`: a door leads to `tourisme`, which is not a room", e.message());
        assertEquals("use one of the room ids: economy, tourism", e.hint());
    }

    @Test
    void aMissingImageNamesTheExhibitAndItsLine() throws IOException {
        load(GOOD.replace("/photos/b.jpg", "/photos/c.jpg"));
        ContentError e = only();
        assertEquals(33, e.line());
        assertTrue(e.message().startsWith("room `tourism`, exhibit `beach`: image `/photos/c.jpg` is not a file of the site"), e.message());
    }

    @Test
    void mediaOutsideVr360OrBehindASymbolicLinkAreNeverRead() throws IOException {
        load(GOOD.replace("video: videos/a.mp4", "video: ../../etc/passwd.mp4"));
        ContentError e = only();
        assertEquals(16, e.line());
        assertTrue(e.message().endsWith("video `../../etc/passwd.mp4` is outside vr360/"), e.message());
        ContentErrors fresh = new ContentErrors();
        Files.createDirectories(site.resolve("vr360/videos"));
        Files.deleteIfExists(site.resolve("vr360/videos/leak.mp4"));
        Files.createSymbolicLink(site.resolve("vr360/videos/leak.mp4"), Path.of("/etc/passwd"));
        Files.writeString(site.resolve("vr360/exhibition.yaml"), GOOD.replace("video: videos/a.mp4", "video: videos/leak.mp4"));
        ExhibitionLoader.Loaded l = ExhibitionLoader.load(site, LANGS, "vi", Map.of("photos/a.jpg",
                site.resolve("assets/photos/a.jpg"), "photos/b.jpg", site.resolve("assets/photos/b.jpg")), fresh, warnings);
        assertEquals(1, fresh.sorted().size(), fresh.sorted().toString());
        ContentError link = fresh.sorted().get(0);
        assertEquals("room `economy`, exhibit `film`: video `videos/leak.mp4` is a symbolic link (vr360/videos/leak.mp4)",
                link.message());
        assertTrue(link.hint().startsWith("symbolic links are not followed"), link.hint());
        assertTrue(l.media().values().stream().noneMatch(p -> p.endsWith("leak.mp4")));
    }

    @Test
    void aMissingVideoFileIsReported() throws IOException {
        load(GOOD.replace("video: videos/a.mp4", "video: videos/b.mp4"));
        ContentError e = only();
        assertEquals(16, e.line());
        assertEquals("room `economy`, exhibit `film`: video `videos/b.mp4` does not exist (looked for vr360/videos/b.mp4)",
                e.message());
    }

    @Test
    void twoThingsInOneSlotAreAnError() throws IOException {
        load(GOOD.replace("slot: 2", "slot: 1"));
        ContentError e = only();
        assertEquals(27, e.line());
        assertEquals("room `economy`, door to `tourism`: slot 1 of the east wall is already taken by exhibit `film`",
                e.message());
    }

    @Test
    void aVideoNeedsAPosterAndAPictureNeedsNoCaptionsFile() throws IOException {
        load(GOOD.replace("        poster: videos/a.jpg\n", ""));
        assertTrue(only().message().contains("exhibit `film`: a video needs `poster:`"), errors.sorted().toString());
    }

    @Test
    void missingDefaultLanguageTextIsAnError() throws IOException {
        load(GOOD.replace("title: {vi: \"Biển\", en: \"Beach\"}", "title: {en: \"Beach\"}"));
        ContentError e = only();
        assertEquals(36, e.line());
        assertEquals("room `tourism`, exhibit `beach`: `title` has no vi text (the default language)", e.message());
    }

    @Test
    void wallPlacementInAHallAndDirectionsInAPanorama() throws IOException {
        load(GOOD.replace("    wall: south\n        slot: 1\n", "    yaw: 30\n"));
        assertEquals("room `tourism`, exhibit `beach`: `yaw:`/`pitch:` place things in a panorama, but this room is a hall",
                only().message());
    }

    @Test
    void anUnquotedColourIsAnErrorNotASilentDefault() throws IOException {
        load(GOOD.replace("hall: {size: [18, 12, 5], walls: \"#eeeeee\"}", "hall:\n      walls: #eeeeee"));
        ContentError e = only();
        assertEquals(7, e.line());
        assertTrue(e.message().contains("`walls:` has no colour (in YAML an unquoted `#` starts a comment)"), e.message());
    }

    @Test
    void badYamlGivesTheLine() throws IOException {
        load("title: {vi: \"x\"\nrooms:\n  - id: a\n");
        ContentError e = only();
        assertTrue(e.line() >= 1 && e.message().startsWith("invalid YAML"), e.toString());
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        load(GOOD.replace("wall: north", "wall: up").replace("- to: economy", "- to: nowhere")
                .replace("hall: {size: [18, 12, 5], walls: \"#eeeeee\"}", "hall: {size: [18, 12, 5], walls: red}"));
        List<ContentError> all = errors.sorted();
        assertEquals(3, all.size(), all.toString());
        assertTrue(all.get(0).message().contains("`walls: red` is not a colour"));
        assertTrue(all.get(1).message().contains("`wall: up` is not a wall"));
        assertTrue(all.get(2).message().contains("`nowhere`, which is not a room"));
    }

    @Test
    void noExhibitionFileMeansNoExhibition() {
        assertNull(ExhibitionLoader.load(site, LANGS, "vi", Map.of(), errors, warnings).exhibition());
        assertTrue(errors.isEmpty());
    }
}
