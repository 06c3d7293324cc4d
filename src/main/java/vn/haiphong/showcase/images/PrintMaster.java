package vn.haiphong.showcase.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A photo's pixels for print: its size as seen (EXIF orientation applied) and the oriented
 * picture scaled down to a size, decoded the same way as the web variants.
 */
public final class PrintMaster {
    private PrintMaster() {
    }

    /** The photo's width and height in pixels as it is meant to be seen. */
    public static int[] displaySize(Path file) throws IOException {
        SourceHeader h = SourceHeader.read(file);
        return new int[]{h.displayWidth(), h.displayHeight()};
    }

    /** The photo oriented and scaled to exactly {@code w} × {@code h} (as seen), never above its own size. */
    public static BufferedImage read(Path file, int w, int h) throws IOException {
        SourceHeader header = SourceHeader.read(file);
        BufferedImage full = Raster.normalize(Codecs.decode(file, 1));
        boolean swap = header.orientation() >= 5;
        int tw = Math.min(w, header.displayWidth());
        int th = Math.min(h, header.displayHeight());
        return Raster.orient(Raster.scale(full, swap ? th : tw, swap ? tw : th), header.orientation());
    }
}
