package vn.haiphong.showcase.jbake.engines;

import groovy.lang.Closure;
import groovy.text.SimpleTemplateEngine;
import groovy.text.Template;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.codehaus.groovy.control.CompilationFailedException;

/**
 * {@code .gsp} and {@code .groovy} templates as JBake 2.7.0's GroovyTemplateEngine renders them:
 * Groovy's {@link SimpleTemplateEngine} ({@code <% %>}, {@code ${}}) over the model, plus
 * {@code include "other.gsp"}, which renders another template with the same model into the same
 * output. Templates are compiled once and shared; each render gets its own script instance.
 */
final class GroovySimpleAdapter implements TemplateAdapter {
    private final Path dir;
    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    GroovySimpleAdapter(Path dir) {
        this.dir = dir;
    }

    @Override
    public String render(String name, Map<String, Object> model) throws TemplateFailure {
        StringWriter out = new StringWriter(16 * 1024);
        renderInto(name, model, out);
        return out.toString();
    }

    private void renderInto(String name, Map<String, Object> model, Writer out) throws TemplateFailure {
        Template template = template(name);
        try {
            template.make(new Model(model)).writeTo(out);
        } catch (IncludeFailure e) {
            throw e.failure;
        } catch (IOException | RuntimeException e) {
            throw new TemplateFailure(name, scriptLine(e), firstLine(e), e);
        }
    }

    private Template template(String name) throws TemplateFailure {
        Template t = templates.get(name);
        if (t != null) {
            return t;
        }
        try (Reader in = Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8)) {
            t = new SimpleTemplateEngine().createTemplate(in);
        } catch (CompilationFailedException e) {
            throw new TemplateFailure(name, 0, "the Groovy template does not compile: " + firstLine(e), e);
        } catch (IOException e) {
            throw new TemplateFailure(name, 0, "cannot read the template: " + e.getMessage(), e);
        }
        templates.put(name, t);
        return t;
    }

    /**
     * JBake's model for one render: a copy of the page's model (the template writes {@code out}
     * into it) where {@code include} is a closure rendering another template with a copy of this one.
     */
    private final class Model extends HashMap<String, Object> {
        Model(Map<String, Object> model) {
            super(model);
        }

        @Override
        public Object get(Object key) {
            if ("include".equals(key)) {
                return new Include(this);
            }
            return super.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return "include".equals(key) || super.containsKey(key);
        }
    }

    /** {@code include "header.gsp"}. */
    private final class Include extends Closure<Object> {
        private final Map<String, Object> model;

        Include(Map<String, Object> model) {
            super(null);
            this.model = model;
        }

        @SuppressWarnings("unused") // called by Groovy
        public Object doCall(String name) {
            Writer out = (Writer) model.get("out");
            try {
                renderInto(name, model, out);
            } catch (TemplateFailure e) {
                throw new IncludeFailure(e);
            }
            return null;
        }
    }

    /** Carries an included template's failure out through Groovy's call. */
    private static final class IncludeFailure extends RuntimeException {
        final TemplateFailure failure;

        IncludeFailure(TemplateFailure failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }

    /** The line in the generated script, which is not the template's: 0 (the message names what failed). */
    private static int scriptLine(Throwable e) {
        return 0;
    }

    static String firstLine(Throwable e) {
        Throwable t = e;
        while (t instanceof IncludeFailure && t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(m);
    }
}
