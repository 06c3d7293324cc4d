package vn.haiphong.showcase.jbake.engines;

import de.neuland.jade4j.Jade4J;
import de.neuland.jade4j.JadeConfiguration;
import de.neuland.jade4j.exceptions.JadeException;
import de.neuland.jade4j.filter.CDATAFilter;
import de.neuland.jade4j.filter.CssFilter;
import de.neuland.jade4j.filter.JsFilter;
import de.neuland.jade4j.template.FileTemplateLoader;
import de.neuland.jade4j.template.JadeTemplate;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code .jade} templates as JBake 2.7.0's JadeTemplateEngine renders them: jade4j in XHTML mode,
 * pretty-printed, with the {@code cdata}, {@code js} and {@code css} filters and JBake's
 * {@code formatter} helper ({@code formatter.format(date, pattern)}, {@code formatter.escape(text)}).
 * jade4j's compiled templates are shared, so renders take turns, as in JBake.
 */
final class JadeAdapter implements TemplateAdapter {
    private final JadeConfiguration jade = new JadeConfiguration();

    JadeAdapter(Path dir) {
        jade.setTemplateLoader(new FileTemplateLoader(dir.toAbsolutePath().toString() + File.separatorChar, "UTF-8"));
        jade.setMode(Jade4J.Mode.XHTML);
        jade.setPrettyPrint(true);
        jade.setFilter("cdata", new CDATAFilter());
        jade.setFilter("js", new JsFilter());
        jade.setFilter("css", new CssFilter());
        jade.getSharedVariables().put("formatter", new FormatHelper());
    }

    @Override
    public synchronized String render(String name, Map<String, Object> model) throws TemplateFailure {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            JadeTemplate template = jade.getTemplate(name);
            Map<String, Object> m = new HashMap<>(model);
            m.putAll(jade.getSharedVariables());
            jade.renderTemplate(template, m, out);
        } catch (JadeException e) {
            String file = e.getFilename() == null ? name : Path.of(e.getFilename()).getFileName().toString();
            throw new TemplateFailure(file.equals(Path.of(name).getFileName().toString()) ? name : file,
                    e.getLineNumber(), GroovySimpleAdapter.firstLine(e), e);
        } catch (IOException | RuntimeException e) {
            throw new TemplateFailure(name, 0, GroovySimpleAdapter.firstLine(e), e);
        }
        return out.toString();
    }

    /** JBake's {@code formatter}: dates in a pattern (the JVM's default locale and zone, as JBake), HTML escaping. */
    public static final class FormatHelper {
        private final Map<String, SimpleDateFormat> formats = new HashMap<>();

        public synchronized String format(Date date, String pattern) {
            if (date == null || pattern == null) {
                return "";
            }
            return formats.computeIfAbsent(pattern, SimpleDateFormat::new).format(date);
        }

        /**
         * HTML-escaped as commons-lang 2's {@code escapeHtml} (which JBake calls): HTML 4 named
         * entities where there is one, any other non-ASCII character as a numeric reference.
         */
        public String escape(String s) {
            if (s == null) {
                return null;
            }
            String named = org.apache.commons.lang3.StringEscapeUtils.escapeHtml4(s);
            StringBuilder sb = new StringBuilder(named.length());
            named.codePoints().forEach(c -> {
                if (c > 0x7f) {
                    sb.append("&#").append(c).append(';');
                } else {
                    sb.appendCodePoint(c);
                }
            });
            return sb.toString();
        }
    }
}
