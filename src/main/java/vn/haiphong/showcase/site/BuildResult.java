package vn.haiphong.showcase.site;

import java.util.List;
import vn.haiphong.showcase.content.Site;
import vn.haiphong.showcase.errors.ContentError;

/**
 * The outcome of a build: its errors (empty when the output was replaced), warnings, the pages
 * and files written, and the content model ({@code null} for a JBake project, which has none, and
 * when the configuration could not be read).
 */
public record BuildResult(List<ContentError> errors, List<String> warnings, int pages, int files, Site site) {
    public BuildResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
