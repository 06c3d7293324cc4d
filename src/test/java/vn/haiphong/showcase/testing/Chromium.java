package vn.haiphong.showcase.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: no browser download, no
 * network but loopback. Every browser test starts its browser here.
 */
public final class Chromium {
    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /**
     * Skips the calling test class under {@code -DskipBrowserTests=true}; fails with the install
     * command when Chromium or its driver is missing.
     */
    public static void require() {
        assumeFalse(Boolean.getBoolean("showcase.skipBrowserTests"), "browser tests skipped by -DskipBrowserTests=true");
        assertTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver"
                        + " (or run with -DskipBrowserTests=true)");
    }

    /**
     * A new headless browser with its own profile in {@code profile}; browser console logs are kept
     * and every page counts its activity for {@link PageActivity}.
     */
    public static ChromeDriver start(Path profile, String... extraArguments) {
        require();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile);
        options.addArguments(extraArguments);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // PageActivity's looks wait in the page for frames and idle callbacks
        driver.manage().timeouts().scriptTimeout(PageActivity.PATIENCE);
        PageActivity.install(driver);
        return driver;
    }

    /** The phone viewport of the gates: 390 CSS px wide (a current mid-size phone), touch, mobile. */
    public static void phone(ChromeDriver driver) {
        viewport(driver, 390, 844, true);
    }

    /** The desktop viewport of the gates: 1280 × 900. */
    public static void desktop(ChromeDriver driver) {
        viewport(driver, 1280, 900, false);
    }

    /** Emulates a viewport of exactly {@code width} × {@code height} CSS pixels (window sizes include the browser's frame). */
    public static void viewport(ChromeDriver driver, int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Emulates {@code prefers-reduced-motion: reduce} (or, with false, no preference). */
    public static void reducedMotion(ChromeDriver driver, boolean reduce) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-reduced-motion", "value", reduce ? "reduce" : "no-preference"))));
    }
}
