package vn.haiphong.showcase.render;

import vn.haiphong.showcase.config.SiteConfig;
import vn.haiphong.showcase.content.Permalinks;
import vn.haiphong.showcase.content.Site;
import vn.haiphong.showcase.i18n.UiStrings;
import vn.haiphong.showcase.images.ImageSet;
import vn.haiphong.showcase.photobook.PhotoBook;
import vn.haiphong.showcase.markdown.MarkdownRenderer;

/** What every renderer of one build shares; {@code files} are the targets of the copied static files. */
record RenderContext(Site site, SiteConfig config, UiStrings ui, TemplateEngine templates, MarkdownRenderer markdown,
                     MarkdownCache markdownCache, ImageSet images, PhotoBook photobook, java.util.Set<String> files) {

    /** The site's URLs on its base URL (the base URL may differ from build to build: {@code --base-url}). */
    Permalinks links() {
        return new Permalinks(config.baseUrl());
    }
}
