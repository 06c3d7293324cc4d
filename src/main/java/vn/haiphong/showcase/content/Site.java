package vn.haiphong.showcase.content;

import java.util.List;
import java.util.Map;
import vn.haiphong.showcase.config.SiteConfig;

/**
 * The whole site model, built once per build: languages → pages, translation groups, sections,
 * tags and files to copy. Immutable; every lookup a renderer needs is an index here, so no stage
 * queries all pages per page.
 */
public record Site(SiteConfig config, Map<String, LanguageSite> languages, Map<String, TranslationGroup> groups,
                   List<StaticFile> staticFiles) {

    public LanguageSite language(String code) {
        return languages.get(code);
    }

    /** The group of {@code page}: its translations in every language that has one. */
    public TranslationGroup group(Page page) {
        return groups.get(page.groupKey());
    }
}
