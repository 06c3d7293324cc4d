package vn.haiphong.showcase.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything site.yaml says, resolved and immutable. Paths are absolute.
 *
 * @param siteDir          the site folder (holds site.yaml)
 * @param baseUrl          absolute URL of the published site, without trailing slash
 * @param defaultLanguage  the language whose text is the source for translations and fallbacks
 * @param languages        the published languages, in the order of site.yaml
 * @param menus            per language, the main navigation
 * @param paginate         list pages show this many entries per page
 * @param fallback         render missing translations from the default language
 * @param params           free-form values for templates ({@code site.params})
 * @param cdn              prepare the output for a CDN (fingerprints, minification, .br/.gz, headers)
 * @param images           responsive image variants ({@code images:})
 * @param unsafeHtml       {@code markdown: {unsafeHtml: true}}: raw HTML, attributes and addresses in pages are
 *                         published as written instead of sanitised
 * @param print            {@code print:}: the photo book's print edition (trim size, crop marks, year)
 */
public record SiteConfig(Path siteDir, String baseUrl, String defaultLanguage, List<Language> languages,
                         Map<String, List<MenuItem>> menus, int paginate, boolean fallback,
                         Map<String, Object> params, boolean cdn, ImageOptions images, boolean unsafeHtml,
                         PrintOptions print) {

    public Path contentDir() {
        return siteDir.resolve("content");
    }

    public Path templatesDir() {
        return siteDir.resolve("templates");
    }

    public Path assetsDir() {
        return siteDir.resolve("assets");
    }

    public Path i18nDir() {
        return templatesDir().resolve("i18n");
    }

    public Language language(String code) {
        for (Language l : languages) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("not a language of this site: " + code);
    }

    public List<String> languageCodes() {
        return languages.stream().map(Language::code).toList();
    }

    /** The same configuration published at another base URL (the {@code --base-url} flag). */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(siteDir, ConfigLoader.trimSlash(url), defaultLanguage, languages, menus, paginate,
                fallback, params, cdn, images, unsafeHtml, print);
    }
}
