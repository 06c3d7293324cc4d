package vn.haiphong.showcase.jbake.engines;

import java.util.Map;

/**
 * One of JBake 2.7.0's template engines other than Freemarker, over the same model as our
 * Freemarker templates get (a map of plain Java values: {@code content}, {@code config}, the
 * document lists, {@code db}, {@code data}, …). Implementations are thread-safe.
 */
public interface TemplateAdapter {

    /**
     * Renders {@code name} (a path under the templates folder) with {@code model}.
     *
     * @throws TemplateFailure when the template cannot be read, compiled or run
     */
    String render(String name, Map<String, Object> model) throws TemplateFailure;

    /** Why a template failed: the template it happened in, its line (0 when the engine does not say) and what. */
    final class TemplateFailure extends Exception {
        private final String template;
        private final int line;

        public TemplateFailure(String template, int line, String message, Throwable cause) {
            super(message, cause);
            this.template = template;
            this.line = line;
        }

        /** The template it happened in (an included one, if the engine says so). */
        public String template() {
            return template;
        }

        public int line() {
            return line;
        }
    }
}
