package vn.haiphong.showcase.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The built default site served on loopback and one headless Chromium (software WebGL, so the
 * exhibition's viewer runs) for a whole test class:
 * {@code @RegisterExtension static final BuiltSiteBrowser browser = new BuiltSiteBrowser();}.
 * Skips the class when Chromium is not installed (see {@link Chromium#require()}).
 */
public final class BuiltSiteBrowser implements BeforeAllCallback, AfterAllCallback {
    private StaticServer server;
    private ChromeDriver driver;
    private Path profile;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Chromium.require();
        server = new StaticServer(BuiltDefaultSite.output());
        profile = Files.createTempDirectory("chrome-profile");
        driver = Chromium.start(profile, ExhibitionViewer.WEBGL);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            PathUtils.deleteDirectory(profile);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public StaticServer server() {
        return server;
    }

    /** The built site's output folder. */
    public Path output() {
        return BuiltDefaultSite.output();
    }
}
