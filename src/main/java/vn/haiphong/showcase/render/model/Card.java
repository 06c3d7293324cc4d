package vn.haiphong.showcase.render.model;

import java.util.Map;

/**
 * A page shown in a list ({@code site.latest}, {@code page.pages}, a section's pages, a chapter's
 * neighbours). {@code date} and {@code dateText} are empty for undated pages, {@code image} empty
 * without a front-matter image, {@code picture} null unless that image is a processed picture;
 * {@code sourceLanguageName} is the name of the text's language written in itself (for a fallback's note);
 * {@code hero} is that picture with its alt text and focal point (null without one).
 */
public record Card(String title, String shortTitle, String description, String url, String key, String date,
                   String dateText, boolean fallback, String textLang, String sourceLanguageName, String image, PictureView picture,
                   Map<String, Object> params, Hero hero) {
}
