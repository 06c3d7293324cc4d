package vn.haiphong.showcase.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.haiphong.showcase.site.BuildOptions;
import vn.haiphong.showcase.site.BuildResult;
import vn.haiphong.showcase.site.SiteBuild;
import vn.haiphong.showcase.testing.Chromium;
import vn.haiphong.showcase.testing.Fixtures;
import vn.haiphong.showcase.testing.Lightbox;
import vn.haiphong.showcase.testing.PageActivity;
import vn.haiphong.showcase.testing.StaticServer;

/** A {@code :::gallery} on an ordinary page (of a site without a photo book) opens in the lightbox. */
class GalleryBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void aPagesGalleryOpensInTheLightboxWithItsCaption() throws Exception {
        Chromium.require();
        Path site = Fixtures.site("mini", tmp);
        Files.createDirectories(site.resolve("assets/photos"));
        for (String name : new String[] {"port", "bridge"}) {
            BufferedImage img = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(name.equals("port") ? new Color(30, 90, 140) : new Color(180, 40, 40));
            g.fillRect(0, 0, 1200, 800);
            g.dispose();
            ImageIO.write(img, "jpg", site.resolve("assets/photos/" + name + ".jpg").toFile());
        }
        Fixtures.write(site.resolve("content/en/gallery.md"), """
                ---
                title: "Gallery"
                ---

                :::gallery
                ![The port at night](/photos/port.jpg "Cranes at night")
                ![The bridge](/photos/bridge.jpg "The sea bridge")
                :::
                """);
        BuildResult r = SiteBuild.once().run(new BuildOptions(site, null, null, false, LocalDate.of(2026, 11, 22)));
        assertTrue(r.ok(), r.errors().toString());
        Path profile = Files.createTempDirectory("chrome-profile");
        ChromeDriver driver = Chromium.start(profile);
        try (StaticServer server = new StaticServer(site.resolve("output"))) {
            driver.get(server.baseUrl() + "/en/gallery/");
            driver.findElement(By.cssSelector("#photo-1 a.photo-link")).click();
            Lightbox.waitAtRest(driver);
            WebDriverWait waiting = new WebDriverWait(driver, PageActivity.PATIENCE);
            waiting.until(d -> d.findElement(By.cssSelector(".pswp__caption")).getText().contains("Cranes at night"));
            assertTrue(driver.getCurrentUrl().endsWith("#photo-1"), driver.getCurrentUrl());
            new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
            waiting.until(d -> d.findElement(By.cssSelector(".pswp__caption")).getText().contains("The sea bridge"));
            assertTrue(driver.getCurrentUrl().endsWith("#photo-2"), driver.getCurrentUrl());
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            waiting.until(d -> d.findElements(By.cssSelector(".pswp--open")).isEmpty());
            assertEquals("", driver.getCurrentUrl().replaceAll("^[^#]*", ""), "closing clears the hash");
        } finally {
            driver.quit();
            PathUtils.deleteDirectory(profile);
        }
    }
}
