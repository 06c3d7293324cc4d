package vn.haiphong.showcase.jbake.engines;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * {@code .thyme} templates as JBake 2.7.0's ThymeleafTemplateEngine renders them: Thymeleaf over
 * the templates folder, the context locale from {@code thymeleaf.locale}, and the template mode
 * per document type from the key JBake reads, {@code template_<type>_thymeleaf_mode} (default
 * {@code HTML}). One Thymeleaf engine per mode, so pages render in parallel where JBake takes a lock.
 */
final class ThymeleafAdapter implements TemplateAdapter {
    private final Path dir;
    private final Locale locale;
    private final Function<String, String> modeOfType;
    private final Map<String, TemplateEngine> engines = new ConcurrentHashMap<>();

    /**
     * @param locale     the context locale ({@code thymeleaf.locale}, else the project's locale)
     * @param modeOfType the template mode for a document type
     */
    ThymeleafAdapter(Path dir, Locale locale, Function<String, String> modeOfType) {
        this.dir = dir;
        this.locale = locale;
        this.modeOfType = modeOfType;
    }

    private TemplateEngine engine(String mode) {
        return engines.computeIfAbsent(mode, m -> {
            FileTemplateResolver resolver = new FileTemplateResolver();
            resolver.setPrefix(dir.toAbsolutePath().toString() + java.io.File.separatorChar);
            resolver.setCharacterEncoding("UTF-8");
            resolver.setTemplateMode(m);
            TemplateEngine engine = new TemplateEngine();
            engine.setTemplateResolver(resolver);
            return engine;
        });
    }

    @Override
    public String render(String name, Map<String, Object> model) throws TemplateFailure {
        Object type = model.get("content") instanceof Map<?, ?> content ? content.get("type") : null;
        Context context = new Context(locale);
        context.setVariables(model);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            engine(modeOfType.apply(String.valueOf(type))).process(name, context, out);
        } catch (TemplateProcessingException e) {
            String file = e.getTemplateName() == null ? name : Path.of(e.getTemplateName()).getFileName().toString();
            throw new TemplateFailure(file.equals(Path.of(name).getFileName().toString()) ? name : file,
                    e.getLine() == null ? 0 : e.getLine(), GroovySimpleAdapter.firstLine(e), e);
        } catch (RuntimeException e) {
            throw new TemplateFailure(name, 0, GroovySimpleAdapter.firstLine(e), e);
        }
        return out.toString();
    }
}
