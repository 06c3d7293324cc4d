package vn.haiphong.showcase.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.haiphong.showcase.check.LinkChecker;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.testing.BuiltDefaultSite;

/**
 * The built default site, as published (fingerprinted names, the exhibition, its embed pages),
 * has no broken link, image or anchor: what {@code check} finds on a visitor's path.
 */
class LinksAndAnchorsTest {
    @Test
    void everyLinkImageAndAnchorOfTheDefaultSiteLandsSomewhere() {
        List<ContentError> problems = new LinkChecker(BuiltDefaultSite.output(), "https://haiphong-showcase.example",
                Map.of()).check();
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n"
                + problems.stream().map(ContentError::toString).limit(40).collect(Collectors.joining("\n")));
    }
}
