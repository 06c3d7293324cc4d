package vn.haiphong.showcase.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code site.yaml} reference. The list of keys is the one the code accepts, read from the
 * hint of its "unknown key" error (see {@link ErrorCases}); defaults and meanings are written here.
 */
final class SiteYamlReference {
    /** Default and meaning of one key. */
    private record Key(String dflt, String meaning) {
    }

    private static final Map<String, Key> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("baseUrl", new Key("`http://localhost:8080`",
                "The absolute URL the site is published at, e.g. `https://haiphong-showcase.example`. Used in canonical "
                        + "links, hreflang, sitemaps and feeds. `build --base-url URL` overrides it; `serve` uses its own address."));
        KEYS.put("defaultLanguage", new Key("the first of `languages`",
                "The source language: translations are compared with it, and missing pages are shown from its text. Must be one of `languages`."));
        KEYS.put("languages", new Key("`[vi, en, zh, ko, ja]`",
                "The published languages, in menu order. `vi`, `en`, `zh`, `ko` and `ja` are known (name, locale, "
                        + "`<html lang>`); any other language is written as `{code: th, name: ไทย, locale: th-TH}` "
                        + "(optionally `htmlLang`). Each language has its folder `content/<code>/` and its UI strings `templates/i18n/<code>.yaml`."));
        KEYS.put("menu", new Key("no menu",
                "The main navigation, the same for every language: a list of `{page: about}` (a page by its path under "
                        + "`content/<lang>/`, `news` meaning the section `news/_index`; its label is the page's `menuTitle` or title "
                        + "in each language) or `{url: /en/…, name: …}`."));
        KEYS.put("menus", new Key("`menu` for every language",
                "A different navigation for some languages: `menus: {en: [...], ja: [...]}`, each list written like `menu`."));
        KEYS.put("paginate", new Key("`10`", "How many pages a section, home or tag list shows per list page (a whole number above 0)."));
        KEYS.put("fallback", new Key("`true`",
                "Show a page that is missing in a language from the default language's text, with a notice. "
                        + "`false` leaves such pages out of that language."));
        KEYS.put("cdn", new Key("`true`",
                "Prepare `output/` for a CDN: fingerprinted asset names, minified CSS/JS/HTML, `.br`/`.gz` copies, "
                        + "`_headers` and the manifest `publish` needs. `false` skips that stage (faster on very large "
                        + "sites; `publish` then refuses the output)."));
        KEYS.put("params", new Key("empty",
                "Free values for the templates, as `site.params.NAME` (the default site sets `themeColor` and `shareImage`). `params.contact` (`organization`, `address`, `phone`, `email`, `website`; each one text or one per language) is the contact block of pages with `contact: true`, read as `site.contact`."));
        KEYS.put("title", new Key("none",
                "Accepted and reserved; the site's name shown in pages comes from the UI string `site_name` of each language."));
        KEYS.put("markdown", new Key("`{unsafeHtml: false}`",
                "`unsafeHtml: true` publishes raw HTML, attribute blocks, links and SVG files as written, scripts and "
                        + "`javascript:` links included, and the build warns about it on every run. By default what is not "
                        + "allowed is dropped with a warning at its file and line (see the guide's \"What Markdown may contain\")."));
        KEYS.put("images", new Key("widths 480/960/1600/2400, JPEG 82, WebP 80, AVIF 55, 100 MP",
                "The picture versions the build makes: `widths`, `jpegQuality`, `webpQuality`, `avifQuality`, "
                        + "`avif` (false: no AVIF even with vips installed) and `maxMegapixels` (larger pictures are refused)."));
        KEYS.put("print", new Key("`{trim: [240, 300], marks: false}`",
                "The photo book's print edition (one PDF per language, linked from `/<lang>/photobook/`): `trim` is the "
                        + "trimmed page `[width, height]` in millimetres (3 mm bleed is added on every side), `marks: true` "
                        + "draws crop marks (also `build --print-marks`), `year` is the edition's year in the colophon, "
                        + "`illustrations: true` makes the colophon say the pictures are illustrations, not photographs."));
    }

    private SiteYamlReference() {
    }

    /** The page, given what the tool printed for an unknown key (the {@code site-yaml-unknown-key} case). */
    static String markdown(String unknownKeyMessage, String defaultSiteYaml, List<String> undescribed) {
        Matcher m = Pattern.compile("known keys are ([A-Za-z, ]+)").matcher(unknownKeyMessage);
        if (!m.find()) {
            throw new IllegalStateException("cannot find the list of known keys in: " + unknownKeyMessage);
        }
        List<String> accepted = new ArrayList<>(List.of(m.group(1).strip().split(",\\s*")));
        StringBuilder md = new StringBuilder("# site.yaml\n\n").append(DocsGenerator.GENERATED);
        md.append("""
                `site.yaml` sits at the top of a site folder and says which languages the site has, where it
                is published and what the menu holds. It is YAML: `key: value`, two-space indents, quote text
                that contains `: `. Any key not listed here is an error (the build names it and lists these).

                """);
        md.append("| key | default | meaning |\n|---|---|---|\n");
        for (Map.Entry<String, Key> e : KEYS.entrySet()) {
            if (accepted.remove(e.getKey())) {
                md.append("| `").append(e.getKey()).append("` | ").append(e.getValue().dflt()).append(" | ")
                        .append(CliReference.cell(e.getValue().meaning())).append(" |\n");
            }
        }
        for (String k : accepted) {
            undescribed.add("site.yaml: " + k);
            md.append("| `").append(k).append("` | | *not described yet* |\n");
        }
        md.append("\nThe default site's file:\n\n```yaml\n").append(defaultSiteYaml.strip()).append("\n```\n");
        return md.toString();
    }
}
