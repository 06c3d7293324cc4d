package vn.haiphong.showcase.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.haiphong.showcase.check.HtmlValidator;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.testing.BuiltDefaultSite;

/**
 * Valid HTML gate (issue 7): the Nu Html Checker (npm vnu-jar, locked in src/test/js) finds no error
 * in any page of the built default site, minified as published. One JVM checks all the pages, the
 * way {@code check --html} runs it.
 */
class ValidHtmlTest {
    @Test
    void everyPageOfTheDefaultSiteIsValidHtml() throws Exception {
        Path vnu = BuiltDefaultSite.testTool("vnu-jar/build/dist/vnu.jar");
        StringWriter log = new StringWriter();
        List<ContentError> errors = HtmlValidator.validate(vnu, BuiltDefaultSite.output(), new PrintWriter(log, true));
        System.out.print(log);
        assertTrue(log.toString().matches("(?s).*validated [1-9][0-9]{2,} pages.*"), "vnu ran over the site: " + log);
        assertTrue(errors.isEmpty(), errors.size() + " HTML errors:\n"
                + errors.stream().map(ContentError::toString).collect(Collectors.joining("\n")));
    }
}
