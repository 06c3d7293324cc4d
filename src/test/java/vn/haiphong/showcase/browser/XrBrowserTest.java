package vn.haiphong.showcase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.haiphong.showcase.testing.BuiltDefaultSite;
import vn.haiphong.showcase.testing.BuiltSiteBrowser;
import vn.haiphong.showcase.testing.Chromium;
import vn.haiphong.showcase.testing.ExhibitionViewer;
import vn.haiphong.showcase.testing.Fixtures;
import vn.haiphong.showcase.testing.PageActivity;
import vn.haiphong.showcase.testing.StaticServer;

/**
 * The exhibition's headset mode (WebXR immersive-vr, issue 16) in headless Chromium with an
 * emulated Meta Quest 3: IWER (npm {@code iwer}, Meta's WebXR emulation runtime, from
 * src/test/js) is put into every page before its scripts, with {@code forceInstall} because
 * Chromium has a native {@code navigator.xr}. The viewer then offers "Enter VR"; the session
 * renders frames in stereo onto the page's canvas (IWER shows it there); the right controller,
 * aimed at a picture, shows its panel (read through the page's live mirror of it), a select on
 * empty wall closes it and one on another picture opens that; a select on a door walks into the
 * next room; leaving the session gives back the flat viewer in that room, looking where the head
 * looked. Without a runtime there is no button. Screenshots for people go to
 * target/screenshots/xr/.
 */
class XrBrowserTest {
    private static final String FIRST_ROOM = "economy";
    private static final String NEXT_ROOM = "tourism";
    private static final Path SHOTS = Fixtures.projectRoot().resolve("target/screenshots/xr");
    /** The emulator: IWER's UMD build, then a Quest 3 installed as the page's navigator.xr. */
    private static final String INSTALL = """
            ;(() => {
              const device = new IWER.XRDevice(IWER.metaQuest3, { stereoEnabled: true });
              device.installRuntime({ forceInstall: true });
              window.__xrDevice = device;
            })();""";
    /**
     * Aims the right controller from the head at PSV's {yaw, pitch} (arguments 0, 1), given the
     * viewer's yaw when the session started (argument 2): the headset mode turns the world so that
     * the head's first forward (-Z) looks where the flat view looked.
     */
    private static final String AIM = """
            const [yaw, pitch, entryYaw] = arguments;
            const th = Math.PI - entryYaw;
            const wx = -Math.cos(pitch) * Math.sin(yaw), wy = Math.sin(pitch), wz = Math.cos(pitch) * Math.cos(yaw);
            const x = wx * Math.cos(th) - wz * Math.sin(th), z = wx * Math.sin(th) + wz * Math.cos(th), y = wy;
            // the rotation from -Z to (x, y, z)
            let q = [y, -x, 0, 1 - z];
            const n = Math.hypot(...q) || 1;
            q = q.map(v => v / n);
            const c = window.__xrDevice.controllers.right;
            c.position.set(0, 1.6, 0);
            c.quaternion.set(q[0], q[1], q[2], q[3]);""";

    @RegisterExtension
    static final BuiltSiteBrowser browser = new BuiltSiteBrowser("--hide-scrollbars");
    static StaticServer server;
    static ChromeDriver driver;
    static String emulator;

    @BeforeAll
    static void start() throws IOException {
        server = browser.server();
        driver = browser.driver();
        emulator = install();
        Files.createDirectories(SHOTS);
    }

    private static String install() throws IOException {
        String iwer = Files.readString(BuiltDefaultSite.testTool("iwer/build/iwer.min.js"));
        return (String) driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", iwer + INSTALL))
                .get("identifier");
    }

    @AfterAll
    static void uninstall() {
        if (driver != null && emulator != null) {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", emulator));
        }
    }

    @BeforeEach
    void desktop() {
        Chromium.viewport(driver, 1280, 800, false);
    }

    private static void open(String url) {
        driver.get("about:blank");
        driver.get(server.baseUrl() + url);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, PageActivity.PATIENCE);
    }

    private static WebElement enterButton() {
        return waiting().until(d -> d.findElements(By.cssSelector("#_ex-viewer button[data-xr-enter]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> room(String id) {
        return (Map<String, Object>) js("return JSON.parse(document.getElementById('_ex-data').textContent).rooms.find(r => r.id === arguments[0]);", id);
    }

    private static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    /** The yaw and pitch of the view in the page's address (the viewer writes it as the view moves). */
    private static double[] hashView() {
        String hash = (String) js("return location.hash;");
        double yaw = Double.NaN;
        double pitch = Double.NaN;
        for (String part : hash.replaceFirst("^#", "").split("&")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 2 && kv[0].equals("yaw")) {
                yaw = Double.parseDouble(kv[1]);
            } else if (kv.length == 2 && kv[0].equals("pitch")) {
                pitch = Double.parseDouble(kv[1]);
            }
        }
        return new double[] {yaw, pitch};
    }

    private static void pressTrigger() {
        js("window.__xrDevice.controllers.right.updateButtonValue('trigger', 1);");
        waitFrames(3);
        js("window.__xrDevice.controllers.right.updateButtonValue('trigger', 0);");
        waitFrames(3);
    }

    /** Waits until the session has run {@code n} more animation frames. */
    private static void waitFrames(int n) {
        long from = ((Number) js("return window.__xrFrames;")).longValue();
        waiting().until(d -> ((Number) js("return window.__xrFrames;")).longValue() >= from + n);
    }

    private static BufferedImage screenshot(String name) throws IOException {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static double spread(BufferedImage image, int x, int width) {
        return ExhibitionViewer.spread(image.getSubimage(x, 0, width, image.getHeight()));
    }

    private static double angle(double a, double b) {
        return Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));
    }

    @Test
    void aHeadsetEntersTheRoomReadsPicturesWalksThroughADoorAndComesBack() throws IOException {
        for (String lang : List.of("vi", "ja")) {
            open("/" + lang + "/exhibition/");
            Map<String, Object> economy = room(FIRST_ROOM);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> exhibits = ((List<Map<String, Object>>) economy.get("exhibits")).stream()
                    .filter(e -> e.get("corners") != null).toList();
            assertTrue(exhibits.size() >= 2, "the first room has two framed pictures");
            @SuppressWarnings("unchecked")
            Map<String, Object> a = (Map<String, Object>) exhibits.get(0).get("position");
            double entryYaw = number(a.get("yaw"));
            // a deep link looking at the first picture starts the viewer there
            open("/" + lang + "/exhibition/#room=" + FIRST_ROOM + "&yaw=" + entryYaw + "&pitch=0");
            ExhibitionViewer.waitReady(driver, FIRST_ROOM);
            WebElement enter = enterButton();
            assertFalse(enter.getText().isBlank(), lang + ": Enter VR has a name");
            if (lang.equals("vi")) {
                assertEquals("Xem bằng kính VR", enter.getText().trim());
            }
            enter.click();
            waiting().until(d -> "immersive".equals(ExhibitionViewer.state(d, "xr")));
            // count the session's animation frames from here on
            js("""
                    window.__xrFrames = 0;
                    const s = window.__xrDevice.activeSession;
                    const raf = s.requestAnimationFrame.bind(s);
                    s.requestAnimationFrame = (cb) => raf((t, f) => { window.__xrFrames++; cb(t, f); });""");
            waitFrames(20);
            screenshot("xr-" + lang + "-enter");
            // IWER draws both eyes side by side on the page's canvas
            BufferedImage stereo = ImageIO.read(new ByteArrayInputStream(
                    driver.findElement(By.cssSelector("canvas.psv-canvas")).getScreenshotAs(OutputType.BYTES)));
            int half = stereo.getWidth() / 2;
            assertTrue(spread(stereo, 0, half) > ExhibitionViewer.NOT_BLANK && spread(stereo, half, half) > ExhibitionViewer.NOT_BLANK,
                    lang + ": both eyes show the room (grey-level spreads " + spread(stereo, 0, half) + ", " + spread(stereo, half, half) + ")");

            // the first picture: pointing at it shows its panel
            String firstId = (String) exhibits.get(0).get("id");
            String firstTitle = (String) js("return document.querySelector('#_ex-fig-' + arguments[0] + '-' + arguments[1] + ' .ex-fig-title').textContent.trim();",
                    FIRST_ROOM, firstId);
            js(AIM, entryYaw, number(a.get("pitch")), entryYaw);
            waiting().until(d -> firstId.equals(ExhibitionViewer.state(d, "exhibit")));
            assertEquals(firstTitle, js("return document.querySelector('#_ex [data-xr-panel] [data-xr-title]').textContent;"),
                    lang + ": the panel shows the picture's title");
            assertFalse(((String) js("return document.querySelector('#_ex [data-xr-panel] [data-xr-caption]').textContent;")).isBlank(),
                    lang + ": and its caption");
            waitFrames(5);
            screenshot("xr-" + lang + "-panel");
            // for people: the panel close up (a narrower field of view, the head lowered to it), to judge its text
            js("const d = window.__xrDevice; d.fovy = 0.95; d.quaternion.set(Math.sin(-0.1), 0, 0, Math.cos(-0.1));");
            waitFrames(10);
            screenshot("xr-" + lang + "-panel-close");
            js("const d = window.__xrDevice; d.fovy = Math.PI / 2; d.quaternion.set(0, 0, 0, 1);");
            waitFrames(5);

            // a select on the floor closes it; a select on the second picture opens that one
            js(AIM, entryYaw, -1.45, entryYaw);
            waitFrames(3);
            pressTrigger();
            waiting().until(d -> ExhibitionViewer.state(d, "exhibit") == null);
            String secondId = (String) exhibits.get(1).get("id");
            @SuppressWarnings("unchecked")
            Map<String, Object> b = (Map<String, Object>) exhibits.get(1).get("position");
            js(AIM, number(b.get("yaw")), number(b.get("pitch")), entryYaw);
            pressTrigger();
            waiting().until(d -> secondId.equals(ExhibitionViewer.state(d, "exhibit")));

            // the door to the next room
            @SuppressWarnings("unchecked")
            Map<String, Object> door = ((List<Map<String, Object>>) economy.get("doors")).stream()
                    .filter(d -> NEXT_ROOM.equals(d.get("to"))).findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            Map<String, Object> at = (Map<String, Object>) door.get("position");
            js(AIM, number(at.get("yaw")), number(at.get("pitch")), entryYaw);
            waitFrames(3);
            pressTrigger();
            waiting().until(d -> NEXT_ROOM.equals(ExhibitionViewer.state(d, "room")));
            assertEquals("immersive", ExhibitionViewer.state(driver, "xr"), lang + ": still in the headset after the door");
            assertNull(ExhibitionViewer.state(driver, "exhibit"), lang + ": no panel open in the new room");

            // the guided tour captions (its box shown) and moves on: the headset shows its text and follows
            js("""
                    let p = document.querySelector('#_ex [data-tour-caption]');
                    if (p) {
                      p.closest('[hidden]')?.removeAttribute('hidden');
                    } else {
                      p = document.createElement('p');
                      p.dataset.tourCaption = '';
                      document.getElementById('_ex').append(p);
                    }
                    p.textContent = arguments[0];""", "Tour " + lang + ": các bến cảng / 港の夕暮れ");
            waiting().until(d -> ("Tour " + lang + ": các bến cảng / 港の夕暮れ").equals(
                    js("return document.querySelector('#_ex [data-xr-panel]').dataset.guide;")));
            js("location.hash = '#room=' + arguments[0];", FIRST_ROOM);
            waiting().until(d -> FIRST_ROOM.equals(ExhibitionViewer.state(d, "room")));
            js("location.hash = '#room=' + arguments[0];", NEXT_ROOM);
            waiting().until(d -> NEXT_ROOM.equals(ExhibitionViewer.state(d, "room")));
            js("document.querySelector('#_ex [data-tour-caption]').remove();");
            assertEquals("immersive", ExhibitionViewer.state(driver, "xr"), lang + ": still in the headset after the tour's room changes");

            // the visitor turns their head: the viewer (and the address) follows it
            waiting().until(d -> !Double.isNaN(hashView()[0]));
            waitFrames(20);
            double[] before = hashView();
            js("window.__xrDevice.quaternion.set(0, Math.sin(0.5), 0, Math.cos(0.5));"); // 57° to the left
            waiting().until(d -> {
                double[] now = hashView();
                return !Double.isNaN(now[0]) && angle(now[0], before[0]) > 0.6;
            });
            waitFrames(20);
            double[] looked = hashView();

            // the headset's own button ends the session: the flat viewer, same room, same direction
            js("window.__xrDevice.activeSession.end();");
            waiting().until(d -> ExhibitionViewer.state(d, "xr") == null);
            assertEquals(NEXT_ROOM, ExhibitionViewer.state(driver, "room"), lang + ": the room is kept");
            assertTrue(driver.findElement(By.cssSelector("#_ex-viewer canvas.psv-canvas")).isDisplayed(), lang + ": the flat viewer's canvas is back");
            enterButton();
            double spreadFlat = ExhibitionViewer.canvasSpread(driver);
            assertTrue(spreadFlat > ExhibitionViewer.NOT_BLANK, lang + ": the flat view shows the room (" + spreadFlat + ")");
            waiting().until(d -> d.getCurrentUrl().contains("room=" + NEXT_ROOM));
            double[] after = hashView();
            assertTrue(angle(after[0], looked[0]) < 0.15, lang + ": the flat view looks where the head looked: " + looked[0] + " → " + after[0]);
            js("window.__xrDevice.quaternion.set(0, 0, 0, 1);");
            List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
            assertEquals(List.of(), errors, lang + ": no errors in the console");
        }
    }

    @Test
    void theEmbedOffersTheHeadsetButAPageWithoutARuntimeDoesNot() throws IOException {
        open("/en/exhibition/embed.html#room=" + FIRST_ROOM);
        ExhibitionViewer.waitReady(driver, FIRST_ROOM);
        assertEquals("Enter VR", enterButton().getText().trim());
        Chromium.viewport(driver, 1280, 800, false);
        open("/en/exhibition/#room=" + FIRST_ROOM);
        ExhibitionViewer.waitReady(driver, FIRST_ROOM);
        enterButton();
        PageActivity.waitSettled(driver);
        screenshot("flat-1280");
        Chromium.phone(driver);
        open("/vi/exhibition/#room=" + FIRST_ROOM);
        ExhibitionViewer.waitReady(driver, FIRST_ROOM);
        WebElement phoneButton = enterButton();
        assertTrue(Boolean.TRUE.equals(js("const r = arguments[0].getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth;", phoneButton)),
                "the button fits a 390 px phone");
        PageActivity.waitSettled(driver);
        screenshot("flat-390");

        // Chromium's own navigator.xr has no headset here: no button
        driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", emulator));
        try {
            Chromium.viewport(driver, 1280, 800, false);
            open("/en/exhibition/#room=" + FIRST_ROOM);
            ExhibitionViewer.waitReady(driver, FIRST_ROOM);
            assertEquals(Boolean.FALSE, asyncSupported(), "headless Chromium itself has no immersive-vr runtime");
            PageActivity.waitSettled(driver);
            assertTrue(driver.findElements(By.cssSelector("[data-xr-enter]")).isEmpty(), "no Enter VR without a runtime");
        } finally {
            emulator = install();
        }
    }

    private static Boolean asyncSupported() {
        return (Boolean) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                (navigator.xr ? navigator.xr.isSessionSupported('immersive-vr') : Promise.resolve(false))
                  .then(ok => done(ok), () => done(false));""");
    }
}
