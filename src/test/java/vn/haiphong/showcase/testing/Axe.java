package vn.haiphong.showcase.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (npm, the version locked in {@code src/test/js/package-lock.json}) injected into the page
 * a browser shows, run with the WCAG 2.0, 2.1 and 2.2 level A and AA rules.
 */
public final class Axe {
    /** The axe-core tags of WCAG 2.0/2.1/2.2, levels A and AA. */
    public static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private static String source;

    /** One rule broken on one page: axe's rule id, its help text and the CSS selectors of the elements. */
    public record Violation(String id, String impact, String help, List<String> targets, String page) {
        @Override
        public String toString() {
            return page + ": " + id + " (" + impact + ") " + help + "\n      at " + String.join("\n      at ", targets);
        }
    }

    private Axe() {
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(BuiltDefaultSite.testTool("axe-core/axe.min.js"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** Runs axe on the document the browser shows now; {@code page} names it in the results. */
    @SuppressWarnings("unchecked")
    public static List<Violation> run(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(source());
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
                      targets: v.nodes.map(n => n.target.join(' ') + '  ' + (n.failureSummary || '').replace(/\\s+/g, ' '))}))))
                  .catch(e => done([{id: 'axe-error', impact: '', help: String(e), targets: []}]));
                """, WCAG_A_AA);
        List<Violation> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            out.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                    (List<String>) v.get("targets"), page));
        }
        return out;
    }
}
