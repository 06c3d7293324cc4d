package vn.haiphong.showcase.content;

import java.util.List;

/** A tag in one language: its name as written, its URL slug and the pages carrying it (newest first). */
public record Tag(String name, String slug, List<PageEntry> pages) {
}
