package vn.haiphong.showcase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.haiphong.showcase.testing.BuiltSiteBrowser;
import vn.haiphong.showcase.testing.Chromium;
import vn.haiphong.showcase.testing.ExhibitionViewer;
import vn.haiphong.showcase.testing.GatePages;
import vn.haiphong.showcase.testing.Lightbox;
import vn.haiphong.showcase.testing.PageActivity;
import vn.haiphong.showcase.testing.StaticServer;

/**
 * Keyboard-only walks through the built default site (issue 7), in every language: the skip link,
 * the phone menu, the language switcher, the photo book's lightbox (Enter, arrow, Escape, focus
 * back on the photo), the exhibition's exhibit list and dialog (Tab, Enter, Escape, focus back on
 * the list), a visible focus indicator on everything the Tab key reaches, and no motion when the
 * visitor asks for reduced motion (the 360° view keeps still). The browser has software WebGL, so
 * the exhibition pages are checked with their viewer running.
 */
class KeyboardBrowserTest {
    @RegisterExtension
    static final BuiltSiteBrowser browser = new BuiltSiteBrowser();
    static Path output;
    static StaticServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        output = browser.output();
        server = browser.server();
        driver = browser.driver();
    }

    @BeforeEach
    void reset() {
        Chromium.reducedMotion(driver, false);
        Chromium.desktop(driver);
    }

    private static void open(String url) {
        driver.get(server.baseUrl() + url);
        new WebDriverWait(driver, PageActivity.PATIENCE).until(d -> "complete".equals(js("return document.readyState")));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private static WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private static String describe(WebElement e) {
        return (String) js("const e = arguments[0]; return e.outerHTML.slice(0, 160);", e);
    }

    /** Presses Tab until the focused element matches, at most {@code max} times; fails with the path taken. */
    private static WebElement tabTo(Predicate<WebElement> wanted, int max, String what) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            press(Keys.TAB);
            WebElement f = focused();
            if (wanted.test(f)) {
                return f;
            }
            path.add(describe(f));
        }
        throw new AssertionError(what + " not reached in " + max + " Tab presses on " + driver.getCurrentUrl() + ":\n" + String.join("\n", path));
    }

    /**
     * Whether the element (or a part of it) is what the page shows at the centre of one of its boxes
     * (a link that wraps has one per line): on screen, not clipped, not covered.
     */
    private static boolean onTop(WebElement e) {
        return Boolean.TRUE.equals(js("""
                const el = arguments[0];
                return Array.from(el.getClientRects()).some(r => {
                  const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
                  if (r.width === 0 || r.height === 0 || x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
                  const hit = document.elementFromPoint(x, y);
                  return hit !== null && (el === hit || el.contains(hit));
                });""", e));
    }

    /** Whether the element shows a focus ring (an outline or a box shadow). */
    private static boolean ringed(WebElement e) {
        return Boolean.TRUE.equals(js("""
                const s = getComputedStyle(arguments[0]);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';""", e));
    }

    private static boolean matches(WebElement e, String css) {
        return Boolean.TRUE.equals(js("return arguments[0].matches(arguments[1]);", e, css));
    }

    @Test
    void theSkipLinkIsTheFirstStopAndMovesFocusToTheMainContent() {
        for (String lang : GatePages.LANGUAGES) {
            for (GatePages.Page p : GatePages.all(output).stream().filter(p -> p.lang().equals(lang) && p.kind().siteLayout()).toList()) {
                open(p.url());
                if (p.kind().ready() == GatePages.Ready.VIEWER_READY) {
                    // the page as a visitor finds it: its script has run, the viewer waits for the start button
                    ExhibitionViewer.startButton(driver);
                }
                press(Keys.TAB);
                WebElement skip = focused();
                assertTrue(matches(skip, "a.skip-link"), p + ": the first Tab stop is " + describe(skip));
                Number top = (Number) js("return arguments[0].getBoundingClientRect().top;", skip);
                assertTrue(top.doubleValue() >= 0, p + ": the focused skip link is on screen");
                press(Keys.ENTER);
                assertEquals("_main", focused().getAttribute("id"), p + ": Enter on the skip link focuses <main>");
                // the next Tab continues inside the main content, not back in the header
                press(Keys.TAB);
                assertTrue(Boolean.TRUE.equals(js("return document.querySelector('main').contains(document.activeElement);")),
                        p + ": Tab after the skip link stays in <main>: " + describe(focused()));
            }
        }
    }

    @Test
    void thePhoneMenuOpensAndClosesByKeyboard() {
        Chromium.phone(driver);
        for (String lang : GatePages.LANGUAGES) {
            open("/" + lang + "/");
            WebElement firstItem = driver.findElement(By.cssSelector(".main-nav ul a"));
            assertFalse(firstItem.isDisplayed(), lang + ": the menu starts folded on a phone");
            WebElement button = tabTo(e -> matches(e, ".menu-toggle"), 15, "the menu button");
            assertEquals("false", button.getAttribute("aria-expanded"));
            assertFalse(button.getText().isBlank(), "the menu button has a visible name");
            press(Keys.ENTER);
            assertEquals("true", button.getAttribute("aria-expanded"), lang + ": Enter opens the menu");
            assertTrue(firstItem.isDisplayed(), lang + ": the open menu shows its links");
            press(Keys.TAB);
            assertTrue(matches(focused(), ".main-nav ul a"), lang + ": Tab goes into the open menu: " + describe(focused()));
            press(Keys.ESCAPE);
            assertEquals("false", button.getAttribute("aria-expanded"), lang + ": Escape closes the menu");
            assertTrue(matches(focused(), ".menu-toggle"), lang + ": Escape returns the focus to the menu button");
            assertFalse(firstItem.isDisplayed());
            press(Keys.SPACE);
            assertEquals("true", button.getAttribute("aria-expanded"), lang + ": Space opens the menu");
            press(Keys.SPACE);
            assertEquals("false", button.getAttribute("aria-expanded"), lang + ": Space closes it again");
        }
        // wide screens show the whole menu and no button
        Chromium.desktop(driver);
        open("/en/");
        assertTrue(driver.findElement(By.cssSelector(".main-nav ul a")).isDisplayed());
        assertFalse(driver.findElement(By.cssSelector(".menu-toggle")).isDisplayed());
    }

    @Test
    void theLanguageSwitcherIsReachedByTabAndLeadsToTheTranslation() {
        String[][] hops = {{"en", "zh-Hans", "zh"}, {"zh", "ko", "ko"}, {"ko", "ja", "ja"}, {"ja", "vi", "vi"}, {"vi", "en", "en"}};
        for (String[] hop : hops) {
            open("/" + hop[0] + "/visit/cat-ba/");
            WebElement link = tabTo(e -> matches(e, "nav.lang-switch a[hreflang='" + hop[1] + "']"), 12, "the " + hop[1] + " entry of the language switcher");
            assertEquals(hop[1], link.getAttribute("lang"), "the entry is marked up in its own language");
            press(Keys.ENTER);
            new WebDriverWait(driver, PageActivity.PATIENCE).until(d -> d.getCurrentUrl().endsWith("/" + hop[2] + "/visit/cat-ba/"));
            assertEquals(hop[1], driver.findElement(By.tagName("html")).getAttribute("lang"));
        }
    }

    @Test
    void theLightboxOpensWithEnterMovesWithArrowsAndClosesWithEscapeBackOnThePhoto() {
        for (String lang : GatePages.LANGUAGES) {
            open("/" + lang + "/photobook/02-port-logistics/");
            WebElement photo = tabTo(e -> matches(e, "a.photo-link"), 40, "the first photo");
            assertTrue(matches(photo, "#photo-1 a.photo-link"), describe(photo));
            press(Keys.ENTER);
            WebDriverWait wait = new WebDriverWait(driver, PageActivity.PATIENCE);
            // PhotoSwipe takes keys once it has finished opening
            Lightbox.waitOpen(driver);
            assertTrue(Boolean.TRUE.equals(js("return document.querySelector('.pswp').contains(document.activeElement);")),
                    lang + ": the focus moves into the lightbox");
            press(Keys.ARROW_RIGHT);
            wait.until(d -> d.getCurrentUrl().endsWith("#photo-2"));
            press(Keys.ESCAPE);
            wait.until(d -> d.findElements(By.cssSelector(".pswp")).isEmpty());
            wait.until(d -> matches(focused(), "#photo-2 a.photo-link"));
        }
    }

    @Test
    void everythingTheTabKeyReachesShowsWhereTheFocusIs() {
        List<String> invisible = new ArrayList<>();
        for (boolean phone : new boolean[] {false, true}) {
            if (phone) {
                Chromium.phone(driver);
            }
            for (GatePages.Page p : GatePages.all(output)) {
                if (!p.lang().equals("en") && !p.lang().equals("ja")) {
                    continue;
                }
                GatePages.open(driver, server.baseUrl(), p);
                for (int i = 0; i < 40; i++) {
                    press(Keys.TAB);
                    WebElement f = focused();
                    if (matches(f, "body")) {
                        break;
                    }
                    String style = (String) js("""
                            const s = getComputedStyle(arguments[0]);
                            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                            return outline || s.boxShadow !== 'none' ? '' : s.outlineStyle + ' ' + s.outlineWidth + ' / ' + s.boxShadow;""", f);
                    if (!style.isEmpty()) {
                        invisible.add(p + (phone ? " (phone)" : "") + ": " + describe(f) + " → " + style);
                    } else if (!onTop(f)) {
                        invisible.add(p + (phone ? " (phone)" : "") + ": " + describe(f) + " → hidden or covered: "
                                + js("const r = arguments[0].getClientRects()[0]; const e = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);"
                                        + " return JSON.stringify([Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)]) + ' under ' + (e ? e.outerHTML.slice(0, 100) : 'nothing');", f));
                    }
                }
            }
        }
        assertTrue(invisible.isEmpty(), "focused without an outline or a ring:\n" + String.join("\n", invisible));
    }

    @Test
    void theExhibitListOpensAnExhibitWithEnterAndEscapeReturnsToIt() {
        for (String lang : GatePages.LANGUAGES) {
            open("/" + lang + "/exhibition/");
            String room = ExhibitionViewer.start(driver);
            WebElement link = tabTo(e -> matches(e, ".ex-room:not([hidden]) .ex-open"), 40, "the first exhibit of the room's list");
            assertTrue(matches(link, "#_ex-room-" + room + " .ex-item:first-child .ex-open"), lang + ": " + describe(link));
            assertTrue(ringed(link) && onTop(link), lang + ": the focused exhibit link shows its focus");
            String exhibit = (String) js("return arguments[0].closest('.ex-item').dataset.exhibit;", link);
            press(Keys.ENTER);
            WebDriverWait wait = new WebDriverWait(driver, PageActivity.PATIENCE);
            wait.until(d -> exhibit.equals(ExhibitionViewer.state(d, "exhibit")));
            WebElement dialog = driver.findElement(By.cssSelector(".ex-panel:not([hidden]) [role=dialog]"));
            assertEquals("_ex-fig-" + room + "-" + exhibit, dialog.findElement(By.cssSelector("figure")).getAttribute("id"));
            assertEquals(link.getText().trim(), js("return document.getElementById(arguments[0].getAttribute('aria-labelledby')).textContent.trim();", dialog),
                    lang + ": the dialog is named by the exhibit's title");
            WebElement inDialog = focused();
            assertTrue(Boolean.TRUE.equals(js("return arguments[0].contains(document.activeElement);", dialog)), lang + ": focus moves into the dialog");
            assertTrue(ringed(inDialog) && onTop(inDialog), lang + ": the focus in the dialog is visible: " + describe(inDialog));
            assertFalse(inDialog.getAttribute("aria-label").isBlank(), lang + ": the close button has a name");
            // Tab and Shift+Tab stay in the dialog
            for (int i = 0; i < 4; i++) {
                press(i % 2 == 0 ? Keys.TAB : Keys.chord(Keys.SHIFT, Keys.TAB));
                assertTrue(Boolean.TRUE.equals(js("return arguments[0].contains(document.activeElement);", dialog)),
                        lang + ": Tab stays in the dialog, not on " + describe(focused()));
            }
            press(Keys.ESCAPE);
            wait.until(d -> d.findElements(By.cssSelector(".ex-panel:not([hidden])")).isEmpty());
            WebElement back = focused();
            assertTrue(matches(back, "#_ex-room-" + room + " .ex-item[data-exhibit='" + exhibit + "'] .ex-open"),
                    lang + ": Escape returns the focus to the exhibit's link, not " + describe(back));
            assertTrue(ringed(back), lang + ": and shows it");
        }
    }

    /**
     * Animation frames a still view is watched for: three seconds at the browser's 60 frames a
     * second. The autorotation (1 rpm) would turn the view by 0.3 rad meanwhile, and it moves on
     * each frame, so counting frames rather than time cannot miss it on a slow machine.
     */
    private static final int STILL_FRAMES = 180;

    @Test
    void withReducedMotionTheExhibitionViewKeepsStillAndHasNoAutorotate() {
        String hashYaw = "return new URLSearchParams(location.hash.slice(1)).get('yaw');";
        // a control: without the preference the autorotate button turns the view, and the check sees it
        open("/en/exhibition/");
        ExhibitionViewer.start(driver);
        String before = (String) js(hashYaw);
        driver.findElement(By.cssSelector("#_ex-viewer .psv-autorotate-button")).sendKeys(Keys.ENTER);
        try {
            new WebDriverWait(driver, PageActivity.PATIENCE).until(d -> !before.equals(js(hashYaw)));
        } catch (TimeoutException e) {
            // the assertion says what went wrong
        }
        assertFalse(before.equals(js(hashYaw)), "autorotate turned the view (yaw " + before + " → " + js(hashYaw) + ")");

        Chromium.reducedMotion(driver, true);
        for (String lang : List.of("vi", "en")) {
            for (String page : List.of("/" + lang + "/exhibition/", "/" + lang + "/exhibition/embed.html")) {
                open(page);
                ExhibitionViewer.start(driver);
                assertTrue(driver.findElements(By.cssSelector("#_ex-viewer .psv-autorotate-button")).isEmpty(),
                        page + ": no autorotate button with prefers-reduced-motion");
                String yaw = (String) js(hashYaw);
                String shot = settledCanvas(page);
                PageActivity.frames(driver, STILL_FRAMES);
                assertEquals(yaw, js(hashYaw), page + ": the view turned by itself");
                assertEquals(shot, canvasShot(), page + ": the picture changed while idle");
            }
        }
    }

    private static String canvasShot() {
        return driver.findElement(By.cssSelector("#_ex-viewer canvas")).getScreenshotAs(OutputType.BASE64);
    }

    /**
     * The viewer's canvas once its finer tiles have come in: nothing in flight, and two shots ten
     * animation frames apart, with no WebGL drawing between them, agree.
     */
    private static String settledCanvas(String page) {
        try {
            return new WebDriverWait(driver, PageActivity.PATIENCE).until(d -> {
                String shot = canvasShot();
                PageActivity.Frames f = PageActivity.frames(d, 10);
                return f.draws() == 0 && f.pending() == 0 && shot.equals(canvasShot()) ? shot : null;
            });
        } catch (TimeoutException e) {
            throw new AssertionError(page + ": the viewer's picture kept changing for " + PageActivity.PATIENCE.toSeconds() + " s", e);
        }
    }

    @Test
    void reducedMotionStopsAnimationsAndTransitions() throws Exception {
        String longest = """
                let worst = [0, ''];
                const secs = (v) => Math.max(...v.split(',').map(x => x.trim().endsWith('ms') ? parseFloat(x) / 1000 : parseFloat(x)));
                for (const e of document.querySelectorAll('*')) {
                  const s = getComputedStyle(e);
                  for (const d of [secs(s.transitionDuration) + secs(s.transitionDelay), s.animationName === 'none' ? 0 : secs(s.animationDuration)]) {
                    if (d > worst[0]) worst = [d, e.tagName.toLowerCase() + '.' + e.className];
                  }
                }
                return worst[0] + ' s on ' + worst[1];""";
        // without the preference the photo book does move (so the measurement can see motion)
        open("/en/photobook/02-port-logistics/");
        assertFalse(((String) js(longest)).startsWith("0 s"), "the gallery's hover zoom is a transition");

        Chromium.reducedMotion(driver, true);
        for (GatePages.Page p : GatePages.all(output)) {
            if (!p.lang().equals("vi") && !p.lang().equals("en")) {
                continue;
            }
            GatePages.open(driver, server.baseUrl(), p);
            String worst = (String) js(longest);
            double seconds = Double.parseDouble(worst.substring(0, worst.indexOf(' ')));
            assertTrue(seconds <= 0.01, p + " with prefers-reduced-motion: " + worst);
        }
    }
}
