package vn.haiphong.showcase.content;

import vn.haiphong.showcase.text.SourceFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ConcurrentHashMap;
import vn.haiphong.showcase.errors.ContentErrors;

/**
 * Parsed pages kept between builds of a running {@code serve}: a file whose size and modification
 * time did not change is not read again. {@link #NONE} reads every file (a normal build).
 */
public class PageCache {
    /** No caching. */
    public static final PageCache NONE = new PageCache();

    private record Stamp(long size, long modified) {
    }

    private record Cached(Stamp stamp, Page page) {
    }

    private final ConcurrentHashMap<Path, Cached> pages = new ConcurrentHashMap<>();

    /** A cache that remembers parsed pages. */
    public static PageCache remembering() {
        return new PageCache() {
            @Override
            boolean remembers() {
                return true;
            }
        };
    }

    boolean remembers() {
        return false;
    }

    Page parse(String lang, String path, Path file, ContentErrors errors) {
        try {
            if (!remembers()) {
                byte[] bytes = SourceFiles.read(file, SourceFiles.PAGE, errors);
                return bytes == null ? null : PageParser.parse(lang, path, file, bytes, errors);
            }
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            Stamp stamp = new Stamp(a.size(), a.lastModifiedTime().toMillis());
            Cached c = pages.get(file);
            if (c != null && c.stamp().equals(stamp)) {
                return c.page();
            }
            byte[] bytes = SourceFiles.read(file, SourceFiles.PAGE, errors);
            Page p = bytes == null ? null : PageParser.parse(lang, path, file, bytes, errors);
            if (p != null) {
                pages.put(file, new Cached(stamp, p));
            } else {
                pages.remove(file);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
