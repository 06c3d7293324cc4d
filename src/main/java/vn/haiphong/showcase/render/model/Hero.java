package vn.haiphong.showcase.render.model;

/**
 * A page's front-matter {@code image} as its hero and as the picture of its cards: the processed
 * picture, its {@code imageAlt}, and the CSS class of its focal point ({@code imageFocus}; {@code ""}
 * for the centre), which picks the part of the picture a crop keeps without an inline style.
 */
public record Hero(PictureView picture, String alt, String focus) {
}
