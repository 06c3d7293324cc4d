package vn.haiphong.showcase.config;

/**
 * One entry of a navigation menu: either a page of the site ({@code page: pillars/_index}, its
 * label then comes from the page's {@code menuTitle} or title in each language) or a plain
 * {@code url} with a {@code name}.
 */
public record MenuItem(String page, String url, String name) {
}
