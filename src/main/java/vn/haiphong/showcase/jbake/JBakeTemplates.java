package vn.haiphong.showcase.jbake;

import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import vn.haiphong.showcase.render.TemplateEngine;

/**
 * Freemarker set up as JBake 2.7.0 sets it up for a project's templates: no auto-escaping, and
 * what JBake leaves at Freemarker's defaults (locale-formatted numbers, a null loop variable
 * falling back to outer scopes) kept at those defaults, so its templates print what they print
 * under JBake. Errors still stop the build, unlike JBake's, which writes the error text into the page.
 */
final class JBakeTemplates {
    private JBakeTemplates() {
    }

    /** The templates in {@code dir}, with dates, numbers and {@code ?sort} in {@code locale} and times in {@code zone}. */
    static TemplateEngine in(Path dir, Locale locale, TimeZone zone) {
        return new TemplateEngine(dir, cfg -> {
            cfg.setLocale(locale);
            cfg.setTimeZone(zone);
        });
    }
}
