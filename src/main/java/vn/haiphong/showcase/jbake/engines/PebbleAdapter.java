package vn.haiphong.showcase.jbake.engines;

import com.mitchellbosecke.pebble.PebbleEngine;
import com.mitchellbosecke.pebble.error.PebbleException;
import com.mitchellbosecke.pebble.extension.escaper.EscaperExtension;
import com.mitchellbosecke.pebble.loader.FileLoader;
import com.mitchellbosecke.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code .peb} and {@code .pebble} templates as JBake 2.7.0's PebbleTemplateEngine renders them:
 * Pebble over the templates folder, with JBake's extra escaper extension that turns auto-escaping
 * off (as JBake says, everything is generated statically from the author's own files).
 */
final class PebbleAdapter implements TemplateAdapter {
    private final PebbleEngine engine;

    PebbleAdapter(Path dir, Locale locale) {
        FileLoader loader = new FileLoader();
        loader.setPrefix(dir.toAbsolutePath().toString());
        EscaperExtension escaper = new EscaperExtension();
        escaper.setAutoEscaping(false);
        engine = new PebbleEngine.Builder().loader(loader).extension(escaper).defaultLocale(locale).build();
    }

    @Override
    public String render(String name, Map<String, Object> model) throws TemplateFailure {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            PebbleTemplate template = engine.getTemplate(name);
            template.evaluate(out, new HashMap<>(model));
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? name : Path.of(e.getFileName()).getFileName().toString();
            throw new TemplateFailure(file.equals(Path.of(name).getFileName().toString()) ? name : file,
                    e.getLineNumber() == null ? 0 : e.getLineNumber(), GroovySimpleAdapter.firstLine(e), e);
        } catch (IOException | RuntimeException e) {
            throw new TemplateFailure(name, 0, GroovySimpleAdapter.firstLine(e), e);
        }
        return out.toString();
    }
}
