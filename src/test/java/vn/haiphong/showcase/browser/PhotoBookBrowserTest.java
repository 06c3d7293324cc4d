package vn.haiphong.showcase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.haiphong.showcase.testing.BuiltSiteBrowser;
import vn.haiphong.showcase.testing.Fixtures;
import vn.haiphong.showcase.testing.Lightbox;
import vn.haiphong.showcase.testing.PageActivity;
import vn.haiphong.showcase.testing.StaticServer;

/**
 * The photo book in Debian's headless Chromium: a chapter's lightbox opens on a photo, moves to
 * the next one with the keyboard, shows captions in the page's language, follows the URL hash,
 * and the gallery fits a phone. Screenshots land in {@code target/screenshots/} for people to look at.
 */
class PhotoBookBrowserTest {
    // scrollbars hidden: the screenshots show the page, and the phone width is the page's own
    @RegisterExtension
    static final BuiltSiteBrowser browser = new BuiltSiteBrowser("--hide-scrollbars");
    static StaticServer server;
    static ChromeDriver driver;
    static Path shots = Fixtures.projectRoot().resolve("target/screenshots");

    @BeforeAll
    static void start() throws Exception {
        server = browser.server();
        driver = browser.driver();
        Files.createDirectories(shots);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, PageActivity.PATIENCE);
    }

    /** The caption the lightbox shows, once it shows one different from {@code before}. */
    private static String lightboxCaption(String before) {
        waiting().until(d -> {
            var els = d.findElements(By.cssSelector(".pswp--open .pswp__caption"));
            return !els.isEmpty() && !els.get(0).getText().isBlank() && !els.get(0).getText().equals(before);
        });
        return driver.findElement(By.cssSelector(".pswp__caption")).getText();
    }

    /** A key press once the lightbox has finished opening (PhotoSwipe takes keys only from then on). */
    private static void press(Keys key) {
        Lightbox.waitOpen(driver);
        new Actions(driver).sendKeys(key).perform();
    }

    private static String figcaption(int n) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('#photo-" + n + " figcaption').textContent.trim().replace(/\\s+/g, ' ');");
    }

    /** A screenshot once the page, and the lightbox when it is open, shows what it will keep showing. */
    private static void screenshot(String name) throws Exception {
        PageActivity.waitStill(driver);
        if (!driver.findElements(By.cssSelector(".pswp")).isEmpty()) {
            Lightbox.waitAtRest(driver);
        }
        Files.write(shots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theLightboxOpensMovesOnAndSpeaksThePagesLanguage() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.baseUrl() + "/en/photobook/02-port-logistics/");
        screenshot("en-chapter-desktop");
        String firstEn = figcaption(1);
        driver.findElement(By.cssSelector("#photo-1 a.photo-link")).click();
        String shown = lightboxCaption("");
        assertTrue(shown.replaceAll("\\s+", " ").contains(firstEn.substring(3, 30)), shown + " / " + firstEn);
        assertTrue(driver.getCurrentUrl().endsWith("#photo-1"), driver.getCurrentUrl());
        press(Keys.ARROW_RIGHT);
        String secondEn = lightboxCaption(shown);
        assertTrue(secondEn.contains("container ship heads out to sea"), secondEn);
        waiting().until(d -> d.getCurrentUrl().endsWith("#photo-2"));
        screenshot("en-lightbox-desktop");
        press(Keys.ESCAPE);
        waiting().until(d -> d.findElements(By.cssSelector(".pswp--open")).isEmpty());

        // the same chapter in Vietnamese, through the language switcher: the captions follow
        driver.findElement(By.cssSelector("nav.lang-switch a[hreflang='vi']")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/vi/photobook/02-port-logistics/"));
        assertEquals("vi", driver.findElement(By.tagName("html")).getAttribute("lang"));
        driver.findElement(By.cssSelector("#photo-1 a.photo-link")).click();
        String firstVi = lightboxCaption("");
        press(Keys.ARROW_RIGHT);
        String secondVi = lightboxCaption(firstVi);
        assertNotEquals(secondEn, secondVi);
        assertTrue(secondVi.contains("một tàu container rời cảng ra biển"), secondVi);
    }

    @Test
    void aPhotoCanBeLinkedToByItsHash() throws Exception {
        driver.manage().window().setSize(new Dimension(375, 812));
        driver.get(server.baseUrl() + "/ja/photobook/01-liberation-1955/#photo-7");
        String caption = lightboxCaption("");
        assertTrue(caption.contains("金星紅旗"), caption);
        // the portrait (stored sideways with EXIF orientation 6) is shown upright: taller than wide
        WebElement img = driver.findElement(By.cssSelector(".pswp--open .pswp__img"));
        waiting().until(d -> img.getSize().getHeight() > 0);
        assertTrue(img.getSize().getHeight() > img.getSize().getWidth(), img.getSize().toString());
        screenshot("ja-lightbox-portrait-phone");
    }

    @Test
    void theGalleryFitsAPhoneAndReadsWithoutJavaScript() throws Exception {
        driver.manage().window().setSize(new Dimension(375, 812));
        for (String lang : new String[] {"vi", "en", "zh", "ko", "ja"}) {
            for (String path : new String[] {"/photobook/", "/photobook/04-city-people/"}) {
                driver.get(server.baseUrl() + "/" + lang + path);
                Number scroll = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
                Number client = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth;");
                assertTrue(scroll.intValue() <= client.intValue(), "/" + lang + path + " is " + scroll + " px wide on a " + client + " px screen");
            }
            screenshot(lang + "-chapter-phone");
        }
        // every photo has alt text and a visible caption in the HTML itself
        driver.get(server.baseUrl() + "/ko/photobook/04-city-people/");
        var imgs = driver.findElements(By.cssSelector(".gallery img"));
        assertEquals(8, imgs.size());
        for (WebElement i : imgs) {
            assertTrue(!i.getAttribute("alt").isBlank(), "alt text");
        }
        assertEquals(8, driver.findElements(By.cssSelector(".gallery figcaption")).size());
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.baseUrl() + "/zh/photobook/");
        screenshot("zh-index-desktop");
    }
}
