package vn.haiphong.showcase.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
    private final String[] extraArguments;
    private StaticServer server;
    private ChromeDriver driver;
    private Path profile;

    /** {@code extraArguments}: Chromium arguments beyond the usual ones and software WebGL (e.g. {@code --hide-scrollbars}). */
    public BuiltSiteBrowser(String... extraArguments) {
        this.extraArguments = extraArguments.clone();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Chromium.require();
        server = new StaticServer(BuiltDefaultSite.output());
        profile = Files.createTempDirectory("chrome-profile");
        String[] arguments = Arrays.copyOf(ExhibitionViewer.WEBGL, ExhibitionViewer.WEBGL.length + extraArguments.length);
        System.arraycopy(extraArguments, 0, arguments, ExhibitionViewer.WEBGL.length, extraArguments.length);
        driver = Chromium.start(profile, arguments);
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
