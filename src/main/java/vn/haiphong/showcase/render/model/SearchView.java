package vn.haiphong.showcase.render.model;

/**
 * {@code search} on the search page ({@code search.ftl}): the language's index folder and the
 * search script, both named by their content.
 */
public record SearchView(String indexUrl, String scriptUrl) {
}
