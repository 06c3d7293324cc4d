package vn.haiphong.showcase.content;

import java.util.List;
import java.util.Map;

/**
 * What one language publishes.
 *
 * @param lang     language code
 * @param entries  every page shown in this language (own and fallback), by key
 * @param byKey    the same, indexed by page key ({@code news/port-2025}, {@code news/_index})
 * @param children per section key ({@code news/_index}, {@code _index} for the home page) the pages listed in it, in list order
 * @param tags     tags of this language's own pages, by slug, sorted by slug
 */
public record LanguageSite(String lang, List<PageEntry> entries, Map<String, PageEntry> byKey,
                           Map<String, List<PageEntry>> children, Map<String, Tag> tags) {

    /** Dated pages, newest first (for the home page and the feed). */
    public List<PageEntry> dated() {
        return entries.stream().filter(e -> e.page().date() != null && e.page().kind() == Page.Kind.PAGE)
                .sorted(SiteBuilder.LIST_ORDER).toList();
    }

    /**
     * The first {@code n} of {@link #dated()}, found in one pass instead of a sort of every page
     * (every page of the language shows them, and {@code serve} asks again after each edit).
     */
    public List<PageEntry> newest(int n) {
        java.util.List<PageEntry> best = new java.util.ArrayList<>(n + 1);
        for (PageEntry e : entries) {
            if (e.page().date() == null || e.page().kind() != Page.Kind.PAGE) {
                continue;
            }
            if (best.size() == n && SiteBuilder.LIST_ORDER.compare(e, best.get(n - 1)) >= 0) {
                continue;
            }
            int at = best.size();
            while (at > 0 && SiteBuilder.LIST_ORDER.compare(e, best.get(at - 1)) < 0) {
                at--;
            }
            best.add(at, e);
            if (best.size() > n) {
                best.remove(n);
            }
        }
        return List.copyOf(best);
    }
}
