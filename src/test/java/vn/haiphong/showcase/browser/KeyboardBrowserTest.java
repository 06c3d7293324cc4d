package vn.haiphong.showcase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.haiphong.showcase.testing.BuiltDefaultSite;
import vn.haiphong.showcase.testing.Chromium;
import vn.haiphong.showcase.testing.GatePages;
import vn.haiphong.showcase.testing.StaticServer;

/**
 * Keyboard-only walks through the built default site (issue 7), in every language: the skip link,
 * the phone menu, the language switcher, the photo book's lightbox (Enter, arrow, Escape, focus
 * back on the photo), a visible focus indicator on everything the Tab key reaches, and no motion
 * when the visitor asks for reduced motion.
 */
class KeyboardBrowserTest {
    @TempDir
    static Path tmp;
    static Path output;
    static StaticServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Chromium.require();
        output = BuiltDefaultSite.output();
        server = new StaticServer(output);
        driver = Chromium.start(tmp.resolve("chrome-profile"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void reset() {
        Chromium.reducedMotion(driver, false);
        Chromium.desktop(driver);
    }

    private static void open(String url) {
        driver.get(server.baseUrl() + url);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "complete".equals(js("return document.readyState")));
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

    private static boolean matches(WebElement e, String css) {
        return Boolean.TRUE.equals(js("return arguments[0].matches(arguments[1]);", e, css));
    }

    @Test
    void theSkipLinkIsTheFirstStopAndMovesFocusToTheMainContent() {
        for (String lang : GatePages.LANGUAGES) {
            for (GatePages.Page p : GatePages.all(output).stream().filter(p -> p.lang().equals(lang)).toList()) {
                open(p.url());
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
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/" + hop[2] + "/visit/cat-ba/"));
            assertEquals(hop[1], driver.findElement(By.tagName("html")).getAttribute("lang"));
        }
    }

    @Test
    void theLightboxOpensWithEnterMovesWithArrowsAndClosesWithEscapeBackOnThePhoto() throws Exception {
        for (String lang : GatePages.LANGUAGES) {
            open("/" + lang + "/photobook/02-port-logistics/");
            WebElement photo = tabTo(e -> matches(e, "a.photo-link"), 40, "the first photo");
            assertTrue(matches(photo, "#photo-1 a.photo-link"), describe(photo));
            press(Keys.ENTER);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            wait.until(d -> !d.findElements(By.cssSelector(".pswp--open.pswp--ui-visible")).isEmpty());
            assertTrue(Boolean.TRUE.equals(js("return document.querySelector('.pswp').contains(document.activeElement);")),
                    lang + ": the focus moves into the lightbox");
            Thread.sleep(700); // PhotoSwipe ignores keys while it fades in
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
                open(p.url());
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
                    }
                }
            }
        }
        assertTrue(invisible.isEmpty(), "focused without an outline or a ring:\n" + String.join("\n", invisible));
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
            open(p.url());
            if (p.kind().openLightbox()) {
                driver.findElement(By.cssSelector("a.photo-link")).sendKeys(Keys.ENTER);
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".pswp--open")).isEmpty());
            }
            String worst = (String) js(longest);
            double seconds = Double.parseDouble(worst.substring(0, worst.indexOf(' ')));
            assertTrue(seconds <= 0.01, p + " with prefers-reduced-motion: " + worst);
        }
    }
}
