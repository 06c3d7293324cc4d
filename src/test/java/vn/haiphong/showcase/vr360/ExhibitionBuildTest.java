package vn.haiphong.showcase.vr360;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.BuildResult;
import vn.haiphong.showcase.site.SiteBuild;
import vn.haiphong.showcase.testing.Fixtures;

/** The exhibition inside a site build: its pages, tiles, cache and errors (fixture {@code sites/exhibition}). */
class ExhibitionBuildTest {
    @TempDir
    Path tmp;
    Path site;

    @BeforeEach
    void setUp() throws IOException {
        site = Fixtures.site("exhibition", tmp);
        picture(site.resolve("assets/photos/red.jpg"), 1200, 800, Color.RED);
        picture(site.resolve("assets/photos/blue.jpg"), 800, 1000, Color.BLUE);
        picture(site.resolve("vr360/media/film.jpg"), 960, 540, Color.DARK_GRAY);
        Files.write(site.resolve("vr360/media/film.mp4"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});
    }

    private static void picture(Path file, int w, int h, Color c) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.WHITE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "jpg", file.toFile());
    }

    private BuildResult build() {
        return SiteBuild.once().run(new BuildOptions(site, null, null, false, LocalDate.of(2026, 5, 13)));
    }

    private String read(String path) {
        return Fixtures.read(site.resolve("output").resolve(path));
    }

    private List<String> tileFolders() throws IOException {
        try (Stream<Path> s = Files.list(site.resolve("output/vr360/tiles"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void buildsThePageTheEmbedPageOembedTilesAndFloorPlan() throws IOException {
        BuildResult r = build();
        assertTrue(r.ok(), r.errors().toString());
        List<String> folders = tileFolders();
        assertEquals(2, folders.size(), folders.toString());
        assertTrue(folders.get(0).matches("port\\.[0-9a-f]{8}") && folders.get(1).matches("town\\.[0-9a-f]{8}"), folders.toString());
        for (String f : folders) {
            Path dir = site.resolve("output/vr360/tiles").resolve(f);
            assertTrue(Files.isRegularFile(dir.resolve("tiles.json")));
            assertTrue(Files.isRegularFile(dir.resolve("tiles/2/front/3_3.jpg")), "2048 px faces of 4 × 4 tiles");
            BufferedImage thumb = ImageIO.read(dir.resolve("thumb.jpg").toFile());
            assertEquals(480, thumb.getWidth());
            assertEquals(270, thumb.getHeight());
        }
        assertTrue(read("vr360/floorplan.svg").startsWith("<svg"));
        assertTrue(Files.isRegularFile(site.resolve("output/vr360/media/film.mp4")));
        assertTrue(Files.isRegularFile(site.resolve("output/vr360/media/film.vi.vtt")));

        for (String lang : List.of("vi", "en")) {
            String page = read(lang + "/exhibition/index.html");
            String embed = read(lang + "/exhibition/embed.html");
            for (String html : List.of(page, embed)) {
                assertTrue(html.contains("id=\"_ex-room-port\""), html);
                assertTrue(html.contains("data-exhibit=\"red\""));
                assertTrue(html.contains("<track kind=\"captions\" src=\"/vr360/media/film.vi.vtt\" srclang=\"vi\""));
                assertTrue(Pattern.compile("<script type=\"module\" src=\"/js/exhibition\\.[0-9a-f]{8}\\.js\"").matcher(html).find());
            }
            assertTrue(page.contains("class=\"ex-snippet\""), "the Embed box");
            assertTrue(embed.contains("<meta name=\"robots\" content=\"noindex\">"));
            assertTrue(embed.contains("<link rel=\"canonical\" href=\"https://expo.example/" + lang + "/exhibition/\">"));
            Map<String, Object> oembed = json(read(lang + "/exhibition/oembed.json"));
            assertEquals("rich", oembed.get("type"));
            assertTrue(String.valueOf(oembed.get("html")).contains("src=\"https://expo.example/" + lang
                    + "/exhibition/embed.html\""));
            assertTrue(String.valueOf(oembed.get("html")).contains("allow=\"fullscreen; accelerometer; gyroscope; xr-spatial-tracking\""));
        }
        // the English caption of the film is missing: the Vietnamese one is shown, marked as Vietnamese
        assertTrue(read("en/exhibition/index.html").contains("<span class=\"ex-caption\" lang=\"vi\">Một con tàu rời cảng.</span>"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("exhibit `film`: `caption` is not translated into en")),
                r.warnings().toString());
    }

    @SuppressWarnings("unchecked")
    @Test
    void theViewerDataPlacesEveryExhibitAndDoor() {
        assertTrue(build().ok());
        String page = read("en/exhibition/embed.html");
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"_ex-data\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find());
        Map<String, Object> data = json(m.group(1));
        assertEquals("en", data.get("lang"));
        assertEquals(true, data.get("embed"));
        List<Map<String, Object>> rooms = (List<Map<String, Object>>) data.get("rooms");
        assertEquals(List.of("port", "town"), rooms.stream().map(x -> x.get("id")).toList());
        Map<String, Object> port = rooms.get(0);
        Map<String, Object> pano = (Map<String, Object>) port.get("panorama");
        assertTrue(String.valueOf(pano.get("tileUrl")).matches("/vr360/tiles/port\\.[0-9a-f]{8}/tiles/\\{level}/\\{face}/\\{col}_\\{row}\\.jpg"));
        assertEquals(3, ((List<?>) pano.get("levels")).size());
        List<Map<String, Object>> exhibits = (List<Map<String, Object>>) port.get("exhibits");
        assertEquals(List.of("red", "film"), exhibits.stream().map(x -> x.get("id")).toList());
        // two slots on the north wall of a 12 m wall: the first is left of straight ahead (yaw just below 2π)
        double redYaw = ((Number) ((Map<String, Object>) exhibits.get(0).get("position")).get("yaw")).doubleValue();
        double filmYaw = ((Number) ((Map<String, Object>) exhibits.get(1).get("position")).get("yaw")).doubleValue();
        assertEquals(2 * Math.PI - Math.atan2(3, 5), redYaw, 1e-3);
        assertEquals(Math.atan2(3, 5), filmYaw, 1e-3);
        assertEquals(4, ((List<?>) exhibits.get(0).get("corners")).size());
        assertEquals("/vr360/media/film.mp4", exhibits.get(1).get("video"));
        Map<String, Object> door = ((List<Map<String, Object>>) port.get("doors")).get(0);
        assertEquals("town", door.get("to"));
        assertEquals("Town", door.get("label"));
        assertEquals(Math.PI / 2, ((Number) ((Map<String, Object>) door.get("position")).get("yaw")).doubleValue(), 1e-3);
        Map<String, Object> ui = (Map<String, Object>) data.get("ui");
        assertEquals("Go to {room}", ui.get("goTo"));
    }

    @Test
    void unchangedRoomsComeFromTheCacheAndAChangedPictureMakesANewFolder() throws IOException {
        assertTrue(build().ok());
        List<String> first = tileFolders();
        Path cached = site.resolve(".cache/vr360").resolve(first.get(1)).resolve("tiles.json");
        Files.setLastModifiedTime(cached, FileTime.fromMillis(1_000_000_000L));
        assertTrue(build().ok());
        assertEquals(first, tileFolders());
        assertEquals(1_000_000_000L, Files.getLastModifiedTime(cached).toMillis(), "the town hall was not rendered again");

        picture(site.resolve("assets/photos/red.jpg"), 1200, 800, Color.GREEN);
        assertTrue(build().ok());
        List<String> second = tileFolders();
        assertNotEquals(first.get(0), second.get(0), "the port hall shows the changed picture");
        assertEquals(first.get(1), second.get(1), "the town hall did not change");
        assertFalse(Files.exists(site.resolve(".cache/vr360").resolve(first.get(0))), "the old port hall is pruned from the cache");
    }

    @Test
    void aBadExhibitionFailsTheBuildNamingFileLineAndExhibitAndKeepsTheOutput() throws IOException {
        assertTrue(build().ok());
        Map<String, byte[]> before = Fixtures.snapshot(site.resolve("output"));
        Path yaml = site.resolve("vr360/exhibition.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("image: /photos/blue.jpg", "image: /photos/green.jpg")
                .replace("- to: port", "- to: harbour"));
        BuildResult r = build();
        List<ContentError> errors = r.errors();
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(yaml, errors.get(0).path());
        assertEquals(36, errors.get(0).line());
        assertTrue(errors.get(0).message().startsWith("room `town`, exhibit `blue`: image `/photos/green.jpg` is not a file of the site"));
        assertEquals(43, errors.get(1).line());
        assertEquals("room `town`: a door leads to `harbour`, which is not a room", errors.get(1).message());
        assertEquals(before.keySet(), Fixtures.snapshot(site.resolve("output")).keySet());
    }

    @SuppressWarnings("unchecked")
    @Test
    void aRoomCanBeARealPanoramaWithExhibitsAtDirections() throws IOException {
        picture(site.resolve("vr360/lobby.jpg"), 2048, 1024, Color.ORANGE);
        Path yaml = site.resolve("vr360/exhibition.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("hall: {size: [12, 10, 4]}", "panorama: lobby.jpg")
                .replace("    wall: south\n        slot: 1\n", "    yaw: -90\n        pitch: 10\n")
                .replace("    wall: west\n        slot: 1\n", "    yaw: 180\n"));
        BuildResult r = build();
        assertTrue(r.ok(), r.errors().toString());
        String town = tileFolders().get(1);
        Path dir = site.resolve("output/vr360/tiles").resolve(town);
        assertTrue(Files.isRegularFile(dir.resolve("tiles/0/front/0_0.jpg")), "2048 px wide → 512 px faces, one tile");
        BufferedImage thumb = ImageIO.read(dir.resolve("thumb.jpg").toFile());
        assertEquals(480, thumb.getWidth());
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"_ex-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(read("vi/exhibition/index.html"));
        assertTrue(m.find());
        Map<String, Object> room = ((List<Map<String, Object>>) json(m.group(1)).get("rooms")).get(1);
        Map<String, Object> blue = ((List<Map<String, Object>>) room.get("exhibits")).get(0);
        Map<String, Object> at = (Map<String, Object>) blue.get("position");
        assertEquals(1.5 * Math.PI, ((Number) at.get("yaw")).doubleValue(), 1e-3);
        assertEquals(Math.toRadians(10), ((Number) at.get("pitch")).doubleValue(), 1e-3);
        assertFalse(blue.containsKey("corners"), "a panorama's exhibits are hotspots, not frames");
    }

    /**
     * The texts a visitor reads in a rendered hall are drawn by the viewer, so the JSON places a
     * panel for each: a label plaque per exhibit (under its frame, or beside it when the picture
     * is too tall to leave room below), a sign over every door (above the opening), and the
     * hall's title on the wall facing the start view, in a colour white text reads on (≥ 4.5:1).
     */
    @SuppressWarnings("unchecked")
    @Test
    void theViewerDataPlacesAPanelForEveryLabelSignAndTitle() throws IOException {
        Path yaml = site.resolve("vr360/exhibition.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("hall: {size: [12, 10, 4], accent", "hall: {size: [12, 10, 6], accent"));
        BuildResult r = build();
        assertTrue(r.ok(), r.errors().toString());
        for (String lang : List.of("en", "vi")) {
            Matcher m = Pattern.compile("<script type=\"application/json\" id=\"_ex-data\">(.*?)</script>", Pattern.DOTALL)
                    .matcher(read(lang + "/exhibition/index.html"));
            assertTrue(m.find());
            List<Map<String, Object>> rooms = (List<Map<String, Object>>) json(m.group(1)).get("rooms");
            int labels = 0;
            int signs = 0;
            for (Map<String, Object> room : rooms) {
                for (Map<String, Object> e : (List<Map<String, Object>>) room.get("exhibits")) {
                    Map<String, Object> label = (Map<String, Object>) e.get("label");
                    assertTrue(label != null, room.get("id") + "/" + e.get("id") + " has a label panel");
                    assertEquals("top left", label.get("anchor"));
                    double pitch = number(label.get("position"), "pitch");
                    List<List<Number>> corners = (List<List<Number>>) e.get("corners");
                    double frameBottom = corners.get(3).get(1).doubleValue();
                    double frameTop = corners.get(0).get(1).doubleValue();
                    assertTrue(pitch < frameTop, e.get("id") + ": the label is not above its picture");
                    assertTrue(number(label, "width") > 0.01 && number(label, "height") > 0.005, e.get("id") + " label size " + label);
                    assertTrue(number(label, "space") >= number(label, "width") * 0.99, e.get("id") + ": room for its text");
                    assertTrue(pitch < frameBottom || yawOf(label) != yawOf(corners.get(3)), e.get("id") + ": under or beside");
                    labels++;
                }
                for (Map<String, Object> d : (List<Map<String, Object>>) room.get("doors")) {
                    Map<String, Object> sign = (Map<String, Object>) d.get("sign");
                    assertTrue(sign != null, room.get("id") + ": the door to " + d.get("to") + " has a sign");
                    assertEquals("bottom center", sign.get("anchor"));
                    List<List<Number>> corners = (List<List<Number>>) d.get("corners");
                    assertTrue(number(sign.get("position"), "pitch") > corners.get(0).get(1).doubleValue(), "the sign is over the door");
                    signs++;
                }
            }
            assertEquals(3, labels, lang);
            assertEquals(2, signs, lang);
            Map<String, Object> title = (Map<String, Object>) rooms.get(0).get("title");
            assertTrue(title != null, "the 6 m high port hall has room for its title above its pictures: " + rooms.get(0));
            assertEquals("center center", title.get("anchor"));
            assertEquals(0, Math.IEEEremainder(number(title.get("position"), "yaw"), 2 * Math.PI), 1e-3, "straight ahead at the start");
            assertEquals("#1f5fa8", title.get("colour"), "the accent is dark enough for white text already");
            Map<String, Object> town = (Map<String, Object>) rooms.get(1).get("title");
            assertTrue(town != null, "the town hall's north wall is bare: its title hangs there");
            assertEquals("#b3262e", town.get("colour"), "the default accent is dark enough for white text");
        }
    }

    private static double number(Object map, String key) {
        return ((Number) ((Map<?, ?>) map).get(key)).doubleValue();
    }

    private static double yawOf(Object o) {
        return o instanceof Map<?, ?> m ? number(((Map<?, ?>) m).get("position"), "yaw") : ((List<?>) o).get(0) instanceof Number n
                ? n.doubleValue() : Double.NaN;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }
}
