package vn.haiphong.showcase.photobook;

import java.util.List;
import vn.haiphong.showcase.content.PageEntry;

/**
 * A chapter of the photo book in one language.
 *
 * @param number   1-based, in file-name order ({@code 01-liberation-1955.md} first)
 * @param previous the chapter before, or null
 * @param next     the chapter after, or null
 */
public record Chapter(PageEntry entry, int number, List<Photo> photos, PageEntry previous, PageEntry next) {

    /** The first photo, shown on the photo book's index. */
    public Photo cover() {
        return photos.isEmpty() ? null : photos.get(0);
    }
}
