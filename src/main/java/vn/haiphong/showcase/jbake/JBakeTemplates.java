package vn.haiphong.showcase.jbake;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.BeansWrapperBuilder;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import vn.haiphong.showcase.render.TemplateEngine;

/**
 * Freemarker set up as JBake 2.7.0 sets it up for a project's templates: no auto-escaping, and
 * what JBake leaves at Freemarker's defaults (locale-formatted numbers, a null loop variable
 * falling back to outer scopes) kept at those defaults, so its templates print what they print
 * under JBake. As in JBake (its issue #357), {@code db} and {@code data} are Java objects whose
 * methods templates call ({@code ${db.getPublishedPages().size()}}, {@code data.get("x.yml")}):
 * JBake wraps exactly these two with a plain {@link BeansWrapper}, so what their methods return
 * (lists, maps) has its Java methods too ({@code .size()}, {@code .get(…)}). Nothing else of the
 * model is exposed that way. Errors still stop the build, unlike JBake's, which writes the error
 * text into the page.
 */
final class JBakeTemplates {
    private JBakeTemplates() {
    }

    /** The templates in {@code dir}, with dates, numbers and {@code ?sort} in {@code locale} and times in {@code zone}. */
    static TemplateEngine in(Path dir, Locale locale, TimeZone zone) {
        return new TemplateEngine(dir, cfg -> {
            cfg.setLocale(locale);
            cfg.setTimeZone(zone);
            cfg.setObjectWrapper(new Wrapper());
        });
    }

    /**
     * Freemarker's default wrapper for the model, except {@link JBakeIndex} ({@code db}) and
     * {@link JBakeData} ({@code data}), which get JBake's {@code BeansWrapper} (Freemarker's
     * incompatible-improvements level 2.3.0, as JBake's {@code DEFAULT_INCOMPATIBLE_IMPROVEMENTS}).
     * Freemarker's default member-access policy still applies, so {@code getClass()} and the like
     * stay out of reach.
     */
    static final class Wrapper extends DefaultObjectWrapper {
        private static final BeansWrapper BEANS = new BeansWrapperBuilder(Configuration.VERSION_2_3_0).build();

        Wrapper() {
            super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
        }

        @Override
        public TemplateModel wrap(Object obj) throws TemplateModelException {
            if (obj instanceof JBakeIndex || obj instanceof JBakeData) {
                return BEANS.wrap(obj);
            }
            return super.wrap(obj);
        }
    }
}
