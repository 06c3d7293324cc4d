package vn.haiphong.showcase.render;

import vn.haiphong.showcase.config.SiteConfig;
import vn.haiphong.showcase.content.Site;
import vn.haiphong.showcase.i18n.UiStrings;
import vn.haiphong.showcase.markdown.MarkdownRenderer;

/** What every renderer of one build shares. */
record RenderContext(Site site, SiteConfig config, UiStrings ui, TemplateEngine templates, MarkdownRenderer markdown,
                     MarkdownCache markdownCache) {
}
