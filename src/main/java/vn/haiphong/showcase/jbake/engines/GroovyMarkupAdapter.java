package vn.haiphong.showcase.jbake.engines;

import groovy.text.Template;
import groovy.text.markup.MarkupTemplateEngine;
import groovy.text.markup.TemplateConfiguration;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.codehaus.groovy.control.CompilationFailedException;

/**
 * {@code .tpl} templates as JBake 2.7.0's GroovyMarkupTemplateEngine renders them: Groovy's
 * {@link MarkupTemplateEngine} with double quotes, auto-indent, auto-newline and auto-escape on,
 * templates (and their {@code include template:} and layouts) resolved in the templates folder.
 * Each template is compiled once (JBake compiles it again for every page; the output is the same).
 */
final class GroovyMarkupAdapter implements TemplateAdapter {
    private final MarkupTemplateEngine engine;
    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    GroovyMarkupAdapter(Path dir, Locale locale) {
        TemplateConfiguration cfg = new TemplateConfiguration();
        cfg.setUseDoubleQuotes(true);
        cfg.setAutoIndent(true);
        cfg.setAutoNewLine(true);
        cfg.setAutoEscape(true);
        cfg.setLocale(locale);
        engine = new MarkupTemplateEngine(MarkupTemplateEngine.class.getClassLoader(), dir.toFile(), cfg);
    }

    @Override
    public String render(String name, Map<String, Object> model) throws TemplateFailure {
        Template t = templates.get(name);
        if (t == null) {
            try {
                t = engine.createTemplateByPath(name);
            } catch (CompilationFailedException e) {
                throw new TemplateFailure(name, 0, "the Groovy markup template does not compile: "
                        + GroovySimpleAdapter.firstLine(e), e);
            } catch (IOException | ClassNotFoundException e) {
                throw new TemplateFailure(name, 0, "cannot read the template: " + e.getMessage(), e);
            }
            templates.put(name, t);
        }
        StringWriter out = new StringWriter(16 * 1024);
        try {
            t.make(new HashMap<>(model)).writeTo(out);
        } catch (IOException | RuntimeException e) {
            throw new TemplateFailure(name, 0, GroovySimpleAdapter.firstLine(e), e);
        }
        return out.toString();
    }
}
