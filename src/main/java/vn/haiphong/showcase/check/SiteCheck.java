package vn.haiphong.showcase.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.haiphong.showcase.content.LanguageSite;
import vn.haiphong.showcase.content.PageEntry;
import vn.haiphong.showcase.content.Site;
import vn.haiphong.showcase.errors.ContentError;

/**
 * What {@code check} finds in a freshly built site: every internal link, anchor and image (see
 * {@link LinkChecker}), reported against the page's source file; for a site with a content model
 * also its translations, counted, and with {@code requireComplete} every required page that
 * lacks a language. A JBake project has no content model: only its links are checked.
 */
public final class SiteCheck {

    /**
     * @param problems     everything found, in the order found
     * @param translations the translation counts, or null without a content model
     * @param warnings     what should not be published but does not fail the check (placeholder addresses)
     */
    public record Result(List<ContentError> problems, TranslationStatus.Totals translations, List<ContentError> warnings) {
        public Result {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }
    }

    private SiteCheck() {
    }

    /** Checks the output in {@code built}, which {@code site} (null for a JBake project) was built into. */
    public static Result run(Path built, Site site, boolean requireComplete) {
        if (site == null) {
            return new Result(new LinkChecker(built, "", Map.of()).check(), null, Placeholders.find(built, "", Map.of()));
        }
        List<ContentError> problems = new ArrayList<>(
                new LinkChecker(built, site.config().baseUrl(), sources(site)).check());
        List<TranslationStatus.Row> rows = TranslationStatus.of(site);
        if (requireComplete) {
            problems.addAll(TranslationStatus.requiredButIncomplete(rows));
        }
        return new Result(problems, TranslationStatus.totals(rows),
                Placeholders.find(built, site.config().baseUrl(), sources(site)));
    }

    /** Output path ({@code en/about/index.html}) → the source file of the page there. */
    private static Map<String, Path> sources(Site site) {
        Map<String, Path> sources = new HashMap<>();
        for (LanguageSite ls : site.languages().values()) {
            for (PageEntry e : ls.entries()) {
                sources.put(e.outputPath(), e.page().file());
            }
        }
        return sources;
    }
}
