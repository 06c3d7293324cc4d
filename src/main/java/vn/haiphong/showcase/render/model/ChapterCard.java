package vn.haiphong.showcase.render.model;

import java.util.Map;

/**
 * A chapter on the photo book's index ({@code page.chapters[]}): its page's card (the fields
 * repeated, so templates write {@code c.url}), its number, how many photos it has and its cover.
 */
public record ChapterCard(String title, String shortTitle, String description, String url, String key, String date,
                          String dateText, boolean fallback, String textLang, String sourceLanguageName, String image, PictureView picture,
                          Map<String, Object> params, Hero hero, int number, int count, PictureView cover) {

    /** The chapter page's {@code card} with the chapter's own fields. */
    public static ChapterCard of(Card card, int number, int count, PictureView cover) {
        return new ChapterCard(card.title(), card.shortTitle(), card.description(), card.url(), card.key(), card.date(),
                card.dateText(), card.fallback(), card.textLang(), card.sourceLanguageName(), card.image(), card.picture(), card.params(), card.hero(), number,
                count, cover);
    }
}
