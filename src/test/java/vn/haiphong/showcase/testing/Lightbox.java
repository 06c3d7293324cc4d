package vn.haiphong.showcase.testing;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The photo book's lightbox (PhotoSwipe 5, {@code src/main/js/photobook/lightbox.js}) as the
 * browser tests see it. PhotoSwipe listens for keys only from the end of its opening animation
 * ({@code openingAnimationEnd}, when it binds its key handler); the page shows that moment as the
 * root {@code .pswp--open.pswp--ui-visible} at full opacity with its opacity transition gone
 * (PhotoSwipe fades the root in with an inline {@code transition: opacity …} and sets it to
 * {@code none} when the fade ends; without an animation there is none at all).
 */
public final class Lightbox {
    private static final String OPEN = """
            const p = document.querySelector('.pswp.pswp--open.pswp--ui-visible');
            return p !== null && p.style.opacity === '1' && !p.style.transition.includes('opacity');""";

    // the photo on show lies within the screen (a slide change has come to rest) and is loaded
    private static final String AT_REST = """
            const item = document.querySelector('.pswp--open .pswp__item[aria-hidden="false"]');
            if (!item) return false;
            const r = item.getBoundingClientRect();
            const img = item.querySelector('img.pswp__img');
            return Math.abs(r.left) < 1 && (!img || img.complete);""";

    private Lightbox() {
    }

    /** Whether the lightbox is open and has finished opening: it takes keys now. */
    public static boolean isOpen(WebDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(OPEN));
    }

    /** Waits until the lightbox is open and has finished opening. */
    public static void waitOpen(WebDriver driver) {
        waiting(driver).withMessage("the lightbox did not finish opening").until(Lightbox::isOpen);
    }

    /** Waits until the lightbox is open, done opening, and its photo is at rest on screen and loaded. */
    public static void waitAtRest(WebDriver driver) {
        waitOpen(driver);
        waiting(driver).withMessage("the lightbox's photo did not come to rest")
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(AT_REST)));
    }

    private static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, PageActivity.PATIENCE);
    }
}
