package vn.haiphong.showcase.render.model;

import freemarker.template.TemplateMethodModelEx;
import java.util.HashMap;
import java.util.Map;

/**
 * The top-level names a template sees.
 *
 * @param lang  the language the page is shown in
 * @param site  the site as seen in that language
 * @param page  the page being rendered (null in the per-language part shared by all pages)
 * @param ex    the exhibition on its page and its embed page, else null
 * @param t     {@code t("key", "name", value…)}: a UI string
 * @param tn    {@code tn("key", count, "name", value…)}: a UI string's plural form
 * @param image {@code image("/photos/x.jpg")}: a picture of assets/ as a {@link PictureView}, or null
 */
public record TemplateContext(String lang, SiteView site, PageView page, ExhibitionView ex, TemplateMethodModelEx t,
                              TemplateMethodModelEx tn, TemplateMethodModelEx image) {

    /** The same language's context for one page. */
    public TemplateContext with(PageView page, ExhibitionView ex) {
        return new TemplateContext(lang, site, page, ex, t, tn, image);
    }

    /**
     * The names as Freemarker's data model. The root stays a map, as it always was: a missing
     * {@code ex} is absent, and a template cannot reach this record's own methods as variables.
     */
    public Map<String, Object> variables() {
        Map<String, Object> m = new HashMap<>();
        m.put("lang", lang);
        m.put("site", site);
        m.put("page", page);
        if (ex != null) {
            m.put("ex", ex);
        }
        m.put("t", t);
        m.put("tn", tn);
        m.put("image", image);
        return m;
    }
}
