package vn.haiphong.showcase.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.haiphong.showcase.testing.Axe;
import vn.haiphong.showcase.testing.BuiltSiteBrowser;
import vn.haiphong.showcase.testing.Chromium;
import vn.haiphong.showcase.testing.ExhibitionViewer;
import vn.haiphong.showcase.testing.GatePages;
import vn.haiphong.showcase.testing.StaticServer;

/**
 * The accessibility gate (issue 7): axe-core's WCAG 2.0/2.1/2.2 A and AA rules find nothing on the
 * built default site's key pages ({@link GatePages}) in all five languages, at a 390 px phone and
 * a 1280 px desktop width, with the photo book's lightbox open on its chapter, the exhibition and its
 * embed page checked once the 360° viewer shows its room (software WebGL, so the DOM the viewer adds
 * is checked too), and on the root language chooser. A failure lists every violation with its page, language and elements.
 */
class AccessibilityBrowserTest {
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

    @Test
    void noViolationsOnAPhone() throws Exception {
        assertNoViolations("390 px", Chromium::phone);
    }

    @Test
    void noViolationsOnADesktop() throws Exception {
        assertNoViolations("1280 px", Chromium::desktop);
    }

    private static void assertNoViolations(String viewport, Consumer<ChromeDriver> size) throws Exception {
        size.accept(driver);
        List<Axe.Violation> found = new ArrayList<>();
        int pages = 0;
        for (GatePages.Page p : GatePages.all(output)) {
            GatePages.open(driver, server.baseUrl(), p);
            found.addAll(Axe.run(driver, "[" + p.lang() + ", " + viewport + "] " + p));
            pages++;
        }
        open("/");
        found.addAll(Axe.run(driver, "[chooser, " + viewport + "] /"));
        pages++;
        String report = found.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n"));
        System.out.println("axe (" + viewport + "): " + pages + " pages, " + found.size() + " violations" + (found.isEmpty() ? "" : "\n" + report));
        assertTrue(found.isEmpty(), found.size() + " WCAG A/AA violations at " + viewport + ":\n" + report);
    }

    private static void open(String url) {
        driver.get(server.baseUrl() + url);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
