package vn.haiphong.showcase.vr360.tiles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.errors.ContentErrors;

/**
 * Reads an equirectangular JPEG into an {@link EquirectImage}, checking what can be checked from
 * the header (a JPEG, 2:1, big enough, not too big) before spending memory on the pixels, and
 * refusing files the decoder had to patch up (a truncated download decodes to grey rows with only
 * a warning).
 */
final class EquirectReader {
    /** The largest panorama whose pixels fit one Java array (3 bytes a pixel). */
    static final long MAX_PIXELS = (Integer.MAX_VALUE - 64) / 3;

    private EquirectReader() {
    }

    /**
     * Decodes {@code file}.
     *
     * @param minimumWidth the narrowest panorama the caller can use
     * @throws ContentErrors.Failure naming the file when it is not a usable equirectangular JPEG
     * @throws IOException           when the file cannot be read at all
     */
    static EquirectImage read(Path file, int minimumWidth) throws IOException {
        byte[] head = new byte[3];
        int got;
        try (InputStream in = Files.newInputStream(file)) {
            got = in.readNBytes(head, 0, 3);
        }
        if (got < 3 || (head[0] & 0xff) != 0xFF || (head[1] & 0xff) != 0xD8 || (head[2] & 0xff) != 0xFF) {
            throw fail(file, got == 0 ? "is empty, not a JPEG image" : "is not a JPEG image",
                    "export the equirectangular panorama as a .jpg file");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw fail(file, "is not a JPEG image the decoder understands", "save it again as a baseline or progressive JPEG");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w;
                int h;
                try {
                    w = reader.getWidth(0);
                    h = reader.getHeight(0);
                } catch (IOException | RuntimeException e) {
                    throw fail(file, "is a damaged JPEG: " + e.getMessage(), "export it again");
                }
                checkShape(file, w, h, minimumWidth);
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener(new IIOReadWarningListener() {
                    @Override
                    public void warningOccurred(ImageReader source, String warning) {
                        warnings.add(warning);
                    }
                });
                BufferedImage img;
                try {
                    img = reader.read(0);
                } catch (IOException | RuntimeException e) {
                    throw fail(file, "cannot be decoded: " + e.getMessage(), "export it again as an RGB JPEG");
                }
                if (!warnings.isEmpty()) {
                    throw fail(file, "is truncated or damaged (the decoder said: " + String.join("; ", warnings) + ")",
                            "copy or export the file again");
                }
                return EquirectImage.of(img);
            } finally {
                reader.dispose();
            }
        }
    }

    private static void checkShape(Path file, int w, int h, int minimumWidth) {
        if (Math.abs(w - 2.0 * h) > Math.max(2, w / 500.0)) {
            throw fail(file, "is " + w + " × " + h + " px, not an equirectangular panorama (the width must be twice the height)",
                    "use a full 360° × 180° equirect, e.g. 8192 × 4096; pad a partial one with sky and ground");
        }
        if (w < minimumWidth) {
            throw fail(file, "is only " + w + " × " + h + " px: the faces would be smaller than one tile",
                    "use a panorama at least " + minimumWidth + " px wide, or a smaller --tile-size");
        }
        if ((long) w * h > MAX_PIXELS) {
            throw fail(file, "is " + w + " × " + h + " px, more than the " + MAX_PIXELS / 1_000_000 + " megapixels this tiler can hold",
                    "scale it down to 32768 × 16384 or less");
        }
    }

    private static ContentErrors.Failure fail(Path file, String message, String hint) {
        return new ContentErrors.Failure(List.of(ContentError.at(file, 0, message, hint)));
    }
}
