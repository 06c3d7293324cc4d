package vn.haiphong.showcase.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages of the built default site that the visitor quality gates (accessibility, keyboard,
 * Lighthouse) walk through, in every language. One line per kind of page; a kind also says when
 * its page is ready to be checked (loaded, its lightbox open, its 360° viewer showing a room) and
 * whether it has the site's layout (the exhibition's {@code embed.html} has no header, menu or
 * skip link).
 */
public final class GatePages {
    public static final List<String> LANGUAGES = List.of("vi", "en", "zh", "ko", "ja");

    /** What to wait for before checking a page. */
    public enum Ready {
        /** the document has loaded */
        LOADED,
        /** the photo book's lightbox is open on the first photo (opened with the keyboard) and done opening */
        LIGHTBOX_OPEN,
        /**
         * the VR360 viewer, started with its button, shows its first room ({@link ExhibitionViewer#start});
         * the focus is then back at the top of the page; the browser needs {@link ExhibitionViewer#WEBGL},
         * else the page stays a gallery and this times out
         */
        VIEWER_READY,
        /** the search page has run its query ({@code ?q=}) and shows the results */
        SEARCH_DONE
    }

    /**
     * A kind of page; {@code path} gives its address in a language of the built output,
     * {@code siteLayout} whether it has the site's header, menu, skip link and footer.
     */
    public record Kind(String name, Ready ready, boolean siteLayout, BiFunction<Path, String, String> path) {
        public boolean openLightbox() {
            return ready == Ready.LIGHTBOX_OPEN;
        }
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
            new Kind("tag page", Ready.LOADED, true, GatePages::firstTagOfTheArticle),
            new Kind("photo-book chapter, lightbox open", Ready.LIGHTBOX_OPEN, true, (out, lang) -> "/" + lang + "/photobook/02-port-logistics/"),
            new Kind("exhibition", Ready.VIEWER_READY, true, (out, lang) -> "/" + lang + "/exhibition/"),
            new Kind("exhibition embed", Ready.VIEWER_READY, false, (out, lang) -> "/" + lang + "/exhibition/embed.html"),
            new Kind("search results", Ready.SEARCH_DONE, true, (out, lang) -> "/" + lang + "/search/?q="
                    + java.net.URLEncoder.encode(GatePages.SEARCH_QUERIES.get(lang), java.nio.charset.StandardCharsets.UTF_8)));

    /** A query with results in each language, for the search page's gate. */
    public static final java.util.Map<String, String> SEARCH_QUERIES = java.util.Map.of(
            "vi", "cat ba", "en", "port", "zh", "港口", "ko", "하이퐁", "ja", "港");

    private GatePages() {
    }

    private static Kind fixed(String name, String path) {
        return new Kind(name, Ready.LOADED, true, (out, lang) -> "/" + lang + "/" + path);
    }

    /**
     * Opens {@code page} (served at {@code baseUrl}) and waits until it is ready to be checked,
     * as its kind says.
     */
    public static void open(WebDriver driver, String baseUrl, Page page) {
        driver.get(baseUrl + page.url());
        new WebDriverWait(driver, PageActivity.PATIENCE).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        switch (page.kind().ready()) {
            case LOADED -> { }
            case LIGHTBOX_OPEN -> {
                driver.findElement(By.cssSelector("a.photo-link")).sendKeys(Keys.ENTER);
                Lightbox.waitOpen(driver);
            }
            case VIEWER_READY -> {
                ExhibitionViewer.start(driver);
                ExhibitionViewer.focusFromTop(driver);
            }
            case SEARCH_DONE -> new WebDriverWait(driver, PageActivity.PATIENCE).until(d ->
                    !d.findElements(By.cssSelector("[data-search][data-ready] [data-search-result]")).isEmpty());
        }
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
        String rel = url.replaceFirst("[?#].*", "").substring(1);
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
