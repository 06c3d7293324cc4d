package vn.haiphong.showcase.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The pages of the built default site that the visitor quality gates (accessibility, keyboard,
 * Lighthouse) walk through, in every language. One line per kind of page: the exhibition's embed
 * page joins with {@code fixed("exhibition embed", "exhibition/embed.html")}.
 */
public final class GatePages {
    public static final List<String> LANGUAGES = List.of("vi", "en", "zh", "ko", "ja");

    /** A kind of page; {@code path} gives its address in a language of the built output. */
    public record Kind(String name, boolean openLightbox, BiFunction<Path, String, String> path) {
    }

    /** One page to visit: its language, kind and root-relative URL. */
    public record Page(String lang, Kind kind, String url) {
        @Override
        public String toString() {
            return kind.name() + " " + url;
        }
    }

    public static final List<Kind> KINDS = List.of(
            fixed("home", ""),
            fixed("article", "news/liberation-70-years/"),
            fixed("section list", "news/"),
            new Kind("tag page", false, GatePages::firstTagOfTheArticle),
            new Kind("photo-book chapter, lightbox open", true, (out, lang) -> "/" + lang + "/photobook/02-port-logistics/"),
            fixed("exhibition", "exhibition/"));

    private GatePages() {
    }

    private static Kind fixed(String name, String path) {
        return new Kind(name, false, (out, lang) -> "/" + lang + "/" + path);
    }

    /** Every kind of page in every language. */
    public static List<Page> all(Path output) {
        List<Page> pages = new ArrayList<>();
        for (String lang : LANGUAGES) {
            for (Kind k : KINDS) {
                pages.add(new Page(lang, k, k.path().apply(output, lang)));
            }
        }
        return pages;
    }

    /** The output file that serves a root-relative URL (pretty URLs end in /). */
    public static Path file(Path output, String url) {
        String rel = url.substring(1);
        return output.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel);
    }

    // tag pages are named after the tag in each language (/ja/tags/歴史/): follow the article's first tag
    private static String firstTagOfTheArticle(Path output, String lang) {
        Path article = file(output, "/" + lang + "/news/liberation-70-years/");
        try {
            Element a = Jsoup.parse(article.toFile(), "UTF-8").selectFirst("a[rel=tag]");
            if (a == null) {
                throw new AssertionError(article + " has no tag link");
            }
            return a.attr("href");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
