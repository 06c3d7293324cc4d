package vn.haiphong.showcase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.BuildResult;
import vn.haiphong.showcase.site.SiteBuild;
import vn.haiphong.showcase.testing.BuiltSiteBrowser;
import vn.haiphong.showcase.testing.Chromium;
import vn.haiphong.showcase.testing.ExhibitionViewer;
import vn.haiphong.showcase.testing.Fixtures;
import vn.haiphong.showcase.testing.PageActivity;
import vn.haiphong.showcase.testing.StaticServer;

/**
 * The guided tour of the exhibition (issue 16; {@code tour:} in vr360/exhibition.yaml,
 * src/main/js/exhibition/guided.js) in headless Chromium: the "Guided tour" button starts the
 * viewer and the tour, whose caption region narrates each stop in the page's language while
 * {@code #_ex} names the stop's room and exhibit; Next goes on, through a door into another room;
 * with reduced motion every stop is still reached; a stop's recording plays and its end moves
 * the tour on; a booth's idle time starts the tour.
 */
class GuidedTourBrowserTest {
    private static final List<String> LANGS = List.of("vi", "en", "ja");

    @RegisterExtension
    static final BuiltSiteBrowser browser = new BuiltSiteBrowser();
    static StaticServer server;
    static ChromeDriver driver;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        server = browser.server();
        driver = browser.driver();
    }

    @BeforeEach
    void desktop() {
        Chromium.viewport(driver, 1280, 800, false);
    }

    @AfterEach
    void motion() {
        Chromium.reducedMotion(driver, false);
    }

    private static void open(StaticServer on, String url) {
        driver.get("about:blank");
        driver.get(on.baseUrl() + url);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, PageActivity.PATIENCE);
    }

    /** The tour's stops as the page's viewer data gives them (in the page's language). */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> stops() {
        return (List<Map<String, Object>>) js("return JSON.parse(document.getElementById('_ex-data').textContent).tour;");
    }

    private static String caption() {
        return (String) js("return document.querySelector('[data-tour-caption]').textContent;");
    }

    /** Waits until the view has arrived at stop {@code n} (1-based). */
    private static void arrivedAt(int n) {
        waiting().until(d -> String.valueOf(n).equals(ExhibitionViewer.state(d, "tourArrived")));
    }

    private static WebElement tourStart() {
        return waiting().until(d -> d.findElements(By.cssSelector("[data-tour-start]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private static void assertAtStop(String lang, List<Map<String, Object>> stops, int n) {
        Map<String, Object> stop = stops.get(n - 1);
        assertEquals(stop.get("text"), caption(), lang + ": the caption narrates stop " + n);
        assertEquals(stop.get("room"), ExhibitionViewer.state(driver, "room"), lang + ": stop " + n + "'s room");
        assertEquals(stop.get("exhibit"), ExhibitionViewer.state(driver, "exhibit"), lang + ": stop " + n + "'s exhibit");
    }

    @Test
    void theTourStartsTheViewerNarratesInThePagesLanguageAndWalksIntoTheNextRoom() {
        for (String lang : LANGS) {
            open(server, "/" + lang + "/exhibition/");
            WebElement start = tourStart();
            assertFalse(start.getText().isBlank(), lang + ": the button has a name");
            assertNull(ExhibitionViewer.state(driver, "ready"), lang + ": the viewer is not started yet");
            List<Map<String, Object>> stops = stops();
            assertTrue(stops.size() >= 10, lang + ": the default exhibition has a real tour: " + stops.size() + " stops");
            start.sendKeys(Keys.ENTER);
            arrivedAt(1);
            assertAtStop(lang, stops, 1);
            WebElement captionRegion = driver.findElement(By.cssSelector("[data-tour-caption]"));
            assertEquals("polite", captionRegion.getAttribute("aria-live"));
            assertTrue(captionRegion.isDisplayed());
            assertTrue(Boolean.TRUE.equals(js("return document.activeElement.matches('[data-tour-next]');")),
                    lang + ": the focus goes to the tour's Next button");
            assertTrue(Boolean.TRUE.equals(js("""
                    const c = document.querySelector('[data-tour-caption]'), v = document.getElementById('_ex-viewer');
                    const r = c.getBoundingClientRect(), s = v.getBoundingClientRect();
                    return parseFloat(getComputedStyle(c).fontSize) >= 16 && r.top >= s.top && r.bottom <= s.bottom;""")),
                    lang + ": the caption reads large, over the viewer");

            new Actions(driver).sendKeys(Keys.ENTER).perform(); // Next, which has the focus
            arrivedAt(2);
            assertAtStop(lang, stops, 2);

            // on through the stops (pressed before the view arrives: each press wins) to the first in another room
            int other = 2;
            while (stops.get(other).get("room").equals(stops.get(1).get("room"))) {
                other++;
            }
            for (int i = 2; i <= other; i++) {
                driver.findElement(By.cssSelector("[data-tour-next]")).click();
            }
            arrivedAt(other + 1);
            assertAtStop(lang, stops, other + 1);
            ExhibitionViewer.waitReady(driver, (String) stops.get(other).get("room"));

            // pause and resume; Escape ends the tour and gives the focus back to its button
            WebElement pause = driver.findElement(By.cssSelector("[data-tour-pause]"));
            String pauseName = pause.getText();
            pause.click();
            assertEquals("paused", ExhibitionViewer.state(driver, "tour"));
            assertFalse(pause.getText().equals(pauseName), lang + ": the pause button now offers to resume");
            pause.click();
            assertEquals("playing", ExhibitionViewer.state(driver, "tour"));
            pause.sendKeys(Keys.ESCAPE);
            waiting().until(d -> ExhibitionViewer.state(d, "tour") == null);
            assertFalse(driver.findElement(By.cssSelector(".ex-tour")).isDisplayed());
            assertTrue(Boolean.TRUE.equals(js("return document.activeElement.matches('[data-tour-start]');")),
                    lang + ": Escape returns the focus to the Guided tour button");
        }
    }

    @Test
    void withReducedMotionTheViewCutsToEveryStop() {
        Chromium.reducedMotion(driver, true);
        open(server, "/en/exhibition/");
        tourStart().click();
        List<Map<String, Object>> stops = stops();
        for (int n = 1; n <= stops.size(); n++) {
            arrivedAt(n);
            assertAtStop("en", stops, n);
            // the deep link follows the view: the stop's direction (aimed a little lower, so the caption leaves it free)
            @SuppressWarnings("unchecked")
            Map<String, Object> position = (Map<String, Object>) stops.get(n - 1).get("position");
            String hash = (String) js("return location.hash;");
            double yaw = Double.parseDouble(hash.replaceAll(".*[#&]yaw=([-0-9.]+).*", "$1"));
            double pitch = Double.parseDouble(hash.replaceAll(".*[#&]pitch=([-0-9.]+).*", "$1"));
            double wantYaw = ((Number) position.get("yaw")).doubleValue();
            double dYaw = Math.abs(Math.IEEEremainder(yaw - wantYaw, 2 * Math.PI));
            assertTrue(dYaw < 0.02, "stop " + n + ": looks at yaw " + wantYaw + ", the view is at " + hash);
            double drop = ((Number) position.get("pitch")).doubleValue() - pitch;
            assertTrue(drop >= -0.02 && drop < 0.6, "stop " + n + ": pitch " + position.get("pitch") + " aimed above the caption: " + hash);
            driver.findElement(By.cssSelector("[data-tour-next]")).click();
        }
        waiting().until(d -> "ended".equals(ExhibitionViewer.state(d, "tour")));
        assertFalse(caption().isBlank(), "the caption says the tour has ended");
    }

    @Test
    void aBoothStartsTheTourWhenNobodyTouchesIt() {
        open(server, "/ja/exhibition/?kiosk=1&tour=1");
        ExhibitionViewer.waitReady(driver, null);
        arrivedAt(1);
        assertEquals("playing", ExhibitionViewer.state(driver, "tour"));
        assertEquals(stops().get(0).get("text"), caption());
        assertTrue(driver.findElement(By.cssSelector("[data-tour-caption]")).isDisplayed());
    }

    @Test
    void aStopsRecordingPlaysAndItsEndMovesTheTourOn() throws IOException {
        Path site = Fixtures.site("exhibition", tmp);
        picture(site.resolve("assets/photos/red.jpg"), Color.RED);
        picture(site.resolve("assets/photos/blue.jpg"), Color.BLUE);
        picture(site.resolve("vr360/media/film.jpg"), Color.DARK_GRAY);
        Files.write(site.resolve("vr360/media/film.mp4"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});
        Files.createDirectories(site.resolve("vr360/audio"));
        Files.write(site.resolve("vr360/audio/red.en.wav"), wav(0.6));
        Files.writeString(site.resolve("vr360/exhibition.yaml"), Files.readString(site.resolve("vr360/exhibition.yaml")) + """
                tour:
                  - exhibit: red
                    text: {vi: "Một bức tranh đỏ.", en: "A red picture, told aloud."}
                    audio: {en: audio/red.en.wav}
                  - exhibit: blue
                    text: {vi: "Một bức tranh xanh.", en: "A blue picture in the other room."}
                """);
        BuildResult r = SiteBuild.once().run(new BuildOptions(site, null, null, false, LocalDate.of(2026, 5, 13)));
        assertTrue(r.ok(), r.errors().toString());
        try (StaticServer fixture = new StaticServer(site.resolve("output"))) {
            open(fixture, "/en/exhibition/");
            js("""
                    window.__tour = [];
                    const ex = document.getElementById('_ex');
                    new MutationObserver(() => __tour.push([ex.dataset.tourArrived, ex.dataset.tourStop, performance.now()]))
                        .observe(ex, {attributes: true});""");
            tourStart().click();
            arrivedAt(1);
            assertEquals("A red picture, told aloud.", caption());
            // the recording plays ...
            waiting().until(d -> Boolean.TRUE.equals(js("""
                    const a = document.querySelector('.ex-tour-audio');
                    return a && a.currentSrc.endsWith('/vr360/audio/red.en.wav') && (a.currentTime > 0 || a.ended);""")));
            // ... and its end, not the reading time (at least 6 s), moves the tour on
            arrivedAt(2);
            assertEquals("town", ExhibitionViewer.state(driver, "room"), "stop 2 is in the other room");
            assertEquals("blue", ExhibitionViewer.state(driver, "exhibit"));
            double waited = ((Number) js("""
                    const at1 = __tour.find(e => e[0] === '1'), left = __tour.find(e => e[1] === '2');
                    return left[2] - at1[2];""")).doubleValue();
            assertTrue(waited < 5000, "stop 2 began " + waited + " ms after stop 1's arrival: the 0.6 s recording's end, not the reading time");
            assertTrue(Boolean.TRUE.equals(js("return document.querySelector('.ex-tour-audio').paused;")),
                    "stop 2 has no recording: nothing plays");
        }
    }

    private static void picture(Path file, Color c) throws IOException {
        BufferedImage img = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, 800, 600);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "jpg", file.toFile());
    }

    /** A WAV file of {@code seconds} of a quiet 440 Hz tone (8 kHz, 16-bit mono). */
    static byte[] wav(double seconds) {
        int rate = 8000;
        int samples = (int) (rate * seconds);
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * samples).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 2 * samples).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2)
                .putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(2 * samples);
        for (int i = 0; i < samples; i++) {
            b.putShort((short) (2000 * Math.sin(2 * Math.PI * 440 * i / rate)));
        }
        return b.array();
    }
}
