package vn.haiphong.showcase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.haiphong.showcase.testing.BuiltSiteBrowser;
import vn.haiphong.showcase.testing.StaticServer;

/**
 * Articles measured in Chromium: at 1280 px the side column stands beside the text and the text
 * uses the width; on a 390 px phone there is one column (the side column below the text) and
 * nothing overflows; the hero is loaded eagerly and fills its box.
 */
class ArticleLayoutBrowserTest {
    @RegisterExtension
    static final BuiltSiteBrowser browser = new BuiltSiteBrowser("--hide-scrollbars");
    static StaticServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        server = browser.server();
        driver = browser.driver();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure(String url) {
        driver.get(server.baseUrl() + url);
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                const box = s => { const e = document.querySelector(s); if (!e) return null;
                  const r = e.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY, width: r.width}; };
                const hero = document.querySelector('main .page-hero img');
                return {main: box('.article-main'), aside: box('.article-aside'), hero: box('main .page-hero img'),
                        heroLoading: hero ? hero.loading : null,
                        scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth};""");
    }

    private static double num(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    @Test
    void theSideColumnStandsBesideTheTextAt1280AndBelowItOnAPhone() {
        for (String lang : List.of("vi", "en", "zh", "ko", "ja")) {
            String url = "/" + lang + "/visit/cat-ba/";
            driver.manage().window().setSize(new Dimension(1280, 900));
            Map<String, Object> wide = measure(url);
            Map<String, Object> main = (Map<String, Object>) wide.get("main");
            Map<String, Object> aside = (Map<String, Object>) wide.get("aside");
            assertTrue(main != null && aside != null, url + " has a text column and a side column");
            assertTrue(num(aside, "left") >= num(main, "right"), url + " at 1280: the side column is to the right " + wide);
            assertTrue(num(aside, "top") < num(main, "bottom"), url + " at 1280: side by side " + wide);
            assertTrue(num(main, "width") >= 700, url + " at 1280: the text column uses the width " + wide);
            assertTrue(!"lazy".equals(wide.get("heroLoading")), url + ": the hero is not lazy");

            driver.manage().window().setSize(new Dimension(390, 844));
            Map<String, Object> phone = measure(url);
            main = (Map<String, Object>) phone.get("main");
            aside = (Map<String, Object>) phone.get("aside");
            Map<String, Object> hero = (Map<String, Object>) phone.get("hero");
            assertTrue(num(aside, "top") >= num(main, "bottom") - 1, url + " at 390: one column, the side column below " + phone);
            assertTrue(Math.abs(num(aside, "left") - num(main, "left")) < 2, url + " at 390: same left edge " + phone);
            assertTrue(((Number) phone.get("scroll")).intValue() <= ((Number) phone.get("client")).intValue(),
                    url + " at 390: nothing overflows " + phone);
            assertTrue(num(hero, "width") >= 300, url + " at 390: the hero spans the column " + phone);
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void aMapWrittenForTheSideColumnFitsItAndItsLabelIsReadable() {
        for (String lang : List.of("en", "ja")) {
            String url = "/" + lang + "/visit/cat-ba/";
            for (int width : new int[] {1280, 390}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                driver.get(server.baseUrl() + url);
                Map<String, Object> m = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                        const map = document.querySelector('.article-aside .aside-map .static-map');
                        if (!map) return null;
                        const label = map.querySelector('.static-map-labels text').getBoundingClientRect();
                        const box = document.querySelector('.article-aside .aside-map').getBoundingClientRect();
                        return {map: map.getBoundingClientRect().width, box: box.width, label: label.height,
                                inText: document.querySelectorAll('.article-main .static-map').length};""");
                assertTrue(m != null, url + " at " + width + ": the map is in the side column");
                assertEquals(0L, ((Number) m.get("inText")).longValue(), url + " at " + width + ": and not in the text");
                assertTrue(num(m, "map") <= num(m, "box"), url + " at " + width + ": the map fits its box " + m);
                assertTrue(num(m, "label") >= 11, url + " at " + width + ": the place's label is readable " + m);
            }
        }
    }

    @Test
    void heroesSpanTheWindowOnHomeAndSectionPages() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        for (String url : List.of("/en/", "/zh/invest/", "/ja/visit/", "/ko/news/")) {
            driver.get(server.baseUrl() + url);
            Number width = (Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.querySelector('main .page-hero img').getBoundingClientRect().width;");
            Number client = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth;");
            assertEquals(client.intValue(), width.intValue(), url + ": full-bleed hero");
        }
    }
}
