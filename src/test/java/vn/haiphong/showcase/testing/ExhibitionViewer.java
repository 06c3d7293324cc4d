package vn.haiphong.showcase.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The VR360 exhibition's viewer as the browser tests see it: Chromium's software WebGL, the start
 * button a visitor presses (the page shows a still of the first room and loads the viewer only
 * then, or at once for a deep link), the viewer's readiness signal ({@code #_ex[data-ready]},
 * {@code data-room}, {@code data-exhibit}, set by {@code src/main/js/exhibition/viewer.js}) and how
 * much the rendered room varies on screen.
 */
public final class ExhibitionViewer {
    /**
     * Chromium's arguments for WebGL without a GPU (SwiftShader); without them the viewer finds no
     * WebGL and shows the gallery instead.
     */
    public static final String[] WEBGL = {"--use-angle=swiftshader", "--enable-unsafe-swiftshader"};

    /**
     * The least standard deviation of grey levels (0–255) a rendered room shows; an empty canvas
     * (the stage's plain background) has 0, the rendered halls 25–60.
     */
    public static final double NOT_BLANK = 12;

    private ExhibitionViewer() {
    }

    /**
     * Waits until the page script has run and offers the start button over the still (it stays
     * hidden without JavaScript or WebGL), and returns the button.
     */
    public static WebElement startButton(WebDriver driver) {
        return new WebDriverWait(driver, PageActivity.PATIENCE).until(d -> d.findElements(By.cssSelector("#_ex-viewer .ex-start"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /**
     * Starts the viewer as a visitor would, by pressing Enter on its start button, and waits until
     * it shows its first room, which it returns. The focus is then on the viewer.
     */
    public static String start(WebDriver driver) {
        startButton(driver).sendKeys(Keys.ENTER);
        return waitReady(driver, null);
    }

    /**
     * Puts the page back at its top with the Tab key starting from the beginning of the document
     * (after {@link #start} the focus is on the viewer), as for a visitor who has just arrived.
     */
    public static void focusFromTop(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("""
                const b = document.body;
                b.tabIndex = -1;
                b.focus({preventScroll: true});
                b.removeAttribute('tabindex');
                scrollTo(0, 0);""");
    }

    /** Waits until the viewer shows its first room (or {@code room}, when not null) and returns that room. */
    public static String waitReady(WebDriver driver, String room) {
        new WebDriverWait(driver, PageActivity.PATIENCE).until(d -> {
            Object r = ((JavascriptExecutor) d).executeScript(
                    "const e = document.getElementById('_ex'); return e && e.dataset.ready === 'true' ? e.dataset.room : null;");
            return r != null && (room == null || room.equals(r));
        });
        return state(driver, "room");
    }

    /** {@code data-<name>} of {@code #_ex} ({@code room}, {@code exhibit}, {@code ready}), or null. */
    public static String state(WebDriver driver, String name) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById('_ex'); return e ? e.dataset[arguments[0]] ?? null : null;", name);
    }

    /**
     * The standard deviation of the grey levels of the viewer's canvas as the screen shows it, with
     * PSV's navbar, markers, door arrows, map and our buttons hidden for the screenshot (else they
     * alone would make an empty canvas look busy). Waits for the room's tiles first: PSV shows a
     * loader and then the blurred preview.
     */
    public static double canvasSpread(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        new WebDriverWait(driver, PageActivity.PATIENCE).until(d -> Boolean.TRUE.equals(js.executeScript(
                "const l = document.querySelector('#_ex-viewer .psv-loader-container');"
                        + " return !l || getComputedStyle(l).display === 'none' || getComputedStyle(l).visibility === 'hidden';")));
        String overlays = "#_ex-viewer .psv-container > :not(.psv-canvas-container), .ex-side-toggle, .ex-openfull";
        js.executeScript("document.querySelectorAll(arguments[0]).forEach(e => e.style.visibility = 'hidden');", overlays);
        try {
            WebElement canvas = driver.findElement(By.cssSelector("#_ex-viewer canvas.psv-canvas"));
            byte[] png = canvas.getScreenshotAs(OutputType.BYTES);
            return spread(ImageIO.read(new ByteArrayInputStream(png)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            js.executeScript("document.querySelectorAll(arguments[0]).forEach(e => e.style.visibility = '');", overlays);
        }
    }

    /** The standard deviation of the grey levels (Rec. 601 luma, 0–255) of an image. */
    public static double spread(BufferedImage image) {
        double sum = 0;
        double squares = 0;
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double grey = 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
                sum += grey;
                squares += grey * grey;
                n++;
            }
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, squares / n - mean * mean));
    }
}
