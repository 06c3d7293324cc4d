package vn.haiphong.showcase.render;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.haiphong.showcase.content.LanguageSite;
import vn.haiphong.showcase.content.Permalinks;
import vn.haiphong.showcase.content.Tag;

/**
 * Tag pages at the addresses earlier versions published: their slugs dropped kana's voiced marks
 * ({@code /ja/tags/カットハ/} for カットバ), and links to those addresses are out in the world. Each old
 * address gets a small page that sends the visitor on ({@code <meta http-equiv="refresh">}, which
 * works on any static host, unlike a CDN's redirect rules), names the new address as canonical and
 * asks search engines not to index it. Aliases are not pages of the site: no sitemap, no search.
 */
final class TagAliases {
    /** The old address {@code url} of tag {@code tag}, which now lives at {@code target}. */
    record Alias(String url, String target, String tag) {
    }

    private TagAliases() {
    }

    /** One alias per tag of {@code ls} whose address changed, unless a tag lives at the old address now. */
    static List<Alias> of(String lang, LanguageSite ls) {
        Set<String> live = new HashSet<>();
        for (Tag t : ls.tags().values()) {
            live.add(Permalinks.tag(lang, t.name()));
        }
        Map<String, Alias> aliases = new TreeMap<>();
        for (Tag t : ls.tags().values()) {
            String old = Permalinks.tagAsFormerlyPublished(lang, t.name());
            if (!live.contains(old)) {
                aliases.putIfAbsent(old, new Alias(old, Permalinks.tag(lang, t.name()), t.name()));
            }
        }
        return List.copyOf(aliases.values());
    }

    /**
     * The alias page, in the language {@code htmlLang}: {@code title} names the tag page, {@code moved}
     * says the page has moved; {@code canonical} is the target's absolute URL.
     */
    static String html(Alias a, String htmlLang, String title, String moved, String canonical) {
        return "<!DOCTYPE html>\n<html lang=\"" + esc(htmlLang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + "</title>\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<link rel=\"canonical\" href=\"" + esc(canonical) + "\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + esc(a.target()) + "\">\n"
                + "</head>\n<body>\n<main>\n<h1>" + esc(title) + "</h1>\n"
                + "<p>" + esc(moved) + " <a href=\"" + esc(a.target()) + "\">" + esc(a.target()) + "</a></p>\n"
                + "</main>\n</body>\n</html>\n";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
