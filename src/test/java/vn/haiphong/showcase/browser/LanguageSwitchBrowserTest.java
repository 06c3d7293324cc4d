package vn.haiphong.showcase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.haiphong.showcase.testing.BuiltSiteBrowser;
import vn.haiphong.showcase.testing.StaticServer;

/**
 * The real default site (built once for the test run, {@link BuiltSiteBrowser}) in Debian's
 * headless Chromium (driven by chromedriver, no browser download): the language switcher lands on
 * the translation, fallbacks say so, and no home page overflows a 375 px phone screen in any
 * language.
 */
class LanguageSwitchBrowserTest {
    @RegisterExtension
    static final BuiltSiteBrowser browser = new BuiltSiteBrowser();
    static StaticServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        server = browser.server();
        driver = browser.driver();
    }

    @Test
    void switchingLanguageLandsOnTheSamePageInThatLanguage() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.baseUrl() + "/en/visit/cat-ba/");
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        String enTitle = driver.findElement(By.tagName("h1")).getText();
        driver.findElement(By.cssSelector("nav.lang-switch a[hreflang='zh-Hans']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/zh/visit/cat-ba/"));
        assertEquals("zh-Hans", driver.findElement(By.tagName("html")).getAttribute("lang"));
        String zhTitle = driver.findElement(By.tagName("h1")).getText();
        assertTrue(!zhTitle.equals(enTitle) && zhTitle.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "the Chinese page shows Chinese: " + zhTitle);
        WebElement current = driver.findElement(By.cssSelector("nav.lang-switch a[aria-current='page']"));
        assertEquals("zh-Hans", current.getAttribute("hreflang"));
        driver.findElement(By.cssSelector("nav.lang-switch a[hreflang='vi']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/vi/visit/cat-ba/"));
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Cát Bà"));
    }

    @Test
    void anUntranslatedPageShowsTheVietnameseTextWithANoticeInTheVisitorsLanguage() {
        driver.get(server.baseUrl() + "/ja/news/showcase-launch/");
        assertEquals("ja", driver.findElement(By.tagName("html")).getAttribute("lang"));
        WebElement notice = driver.findElement(By.cssSelector(".notice"));
        assertTrue(notice.isDisplayed());
        assertTrue(notice.getText().contains("日本語"), notice.getText());
        assertEquals("vi", driver.findElement(By.tagName("article")).getAttribute("lang"));
    }

    @Test
    void nothingOverflowsAPhoneScreenInAnyLanguage() {
        driver.manage().window().setSize(new Dimension(375, 812));
        for (String lang : List.of("vi", "en", "zh", "ko", "ja")) {
            for (String path : List.of("/", "/pillars/logistics-seaport/", "/news/")) {
                driver.get(server.baseUrl() + "/" + lang + path);
                Number scroll = (Number) ((JavascriptExecutor) driver).executeScript(
                        "return document.documentElement.scrollWidth;");
                Number client = (Number) ((JavascriptExecutor) driver).executeScript(
                        "return document.documentElement.clientWidth;");
                assertTrue(scroll.intValue() <= client.intValue(),
                        "/" + lang + path + " is " + scroll + " px wide on a " + client + " px screen");
            }
        }
    }
}
