package vn.haiphong.showcase.vr360.tiles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.output.OutputDir;
import vn.haiphong.showcase.output.OutputRefused;

/**
 * Equirectangular panorama → six cube faces → a tile pyramid per face, a small preview for the
 * first paint and {@code tiles.json}, in the layout Photo Sphere Viewer 5's cubemap-tiles adapter
 * reads (see {@link TilesManifest}). Works face by face: one face and its smaller levels are in
 * memory next to the panorama, never several faces.
 */
public final class PanoramaTiler {
    /** Preview faces are at most this wide. */
    static final int PREVIEW_SIZE = 256;
    public static final String THUMB = "thumb.jpg";
    public static final int THUMB_WIDTH = 480;
    public static final int THUMB_HEIGHT = 270;
    private static final float THUMB_QUALITY = 0.85f;
    private static final boolean TIMING = System.getenv("SHOWCASE_TIMING") != null;

    /**
     * @param tileSize tile width and height in pixels (512 by default)
     * @param faces    also write the six full-resolution faces under {@code faces/}
     */
    public record Options(int tileSize, boolean faces) {
        public static final int DEFAULT_TILE_SIZE = 512;

        public Options {
            if (tileSize < 16 || tileSize > 8192) {
                throw new IllegalArgumentException("tile size must be between 16 and 8192 px, was " + tileSize);
            }
        }

        public static Options defaults() {
            return new Options(DEFAULT_TILE_SIZE, false);
        }
    }

    /**
     * What was written.
     *
     * @param width   panorama width in pixels
     * @param height  panorama height in pixels
     * @param pyramid the levels written
     * @param files   number of files written, {@code tiles.json} included
     */
    public record Result(int width, int height, TilePyramid pyramid, int files) {
    }

    private PanoramaTiler() {
    }

    /**
     * Tiles the equirectangular JPEG {@code input} into {@code outDir}, which is created, or replaced
     * when it holds an earlier tiling (a {@code tiles.json}); it is left as it was when anything fails.
     *
     * @throws ContentErrors.Failure naming {@code input} when it is not a usable equirect JPEG
     * @throws IOException           when reading or writing fails
     * @throws OutputRefused         before decoding, when {@code outDir} is a file or a folder of something else
     */
    public static Result tile(Path input, Path outDir, Options options) throws IOException {
        OutputDir dir = OutputDir.replacing(outDir, TilesManifest.FILE);
        try {
            long start = System.nanoTime();
            EquirectImage image = EquirectReader.read(input, TilePyramid.minimumWidth(options.tileSize()));
            log("decode", start);
            return tile(image, dir, options);
        } finally {
            dir.abort();
        }
    }

    /**
     * Tiles a decoded panorama into {@code outDir} (same rules as {@link #tile(Path, Path, Options)}).
     * The polar rows of {@code image} are filtered in place: do not use it afterwards.
     *
     * @throws IllegalArgumentException when the image is narrower than {@link TilePyramid#minimumWidth(int)}
     */
    public static Result tile(EquirectImage image, Path outDir, Options options) throws IOException {
        OutputDir dir = OutputDir.replacing(outDir, TilesManifest.FILE);
        try {
            return tile(image, dir, options);
        } finally {
            dir.abort();
        }
    }

    private static Result tile(EquirectImage image, OutputDir target, Options options) throws IOException {
        TilePyramid pyramid = TilePyramid.forWidth(image.width(), options.tileSize());
        FaceProjector projector = new FaceProjector(image, pyramid.faceSize());
        String source = "{\"width\": " + image.width() + ", \"height\": " + image.height() + "}";
        int files = staged(target, dir -> write(pyramid, dir, options.faces(), source, (f, buffer) -> {
            if (f == CubeFace.TOP) {
                long t = System.nanoTime();
                PolarPrefilter.apply(image, pyramid.faceSize());
                log("poles", t);
            }
            long t = System.nanoTime();
            projector.project(f, buffer);
            log(f.id(), t);
            return buffer;
        }));
        return new Result(image.width(), image.height(), pyramid, files);
    }

    /**
     * Tiles six rendered cube faces (for instance from the exhibition's hall renderer) into
     * {@code outDir}, with the same files, manifest and rules as {@link #tile(Path, Path, Options)},
     * plus {@code thumb.jpg}: a {@value #THUMB_WIDTH} × {@value #THUMB_HEIGHT} view straight ahead
     * (the middle band of {@code front}). {@code tiles.json} names the source as
     * {@code {"faceSize": N}}. The faces are read, not changed.
     *
     * @param faces    all six faces, square, of one size that is {@code tileSize} times 1, 2, 4, 8
     *                 or 16, in the standard orientation of {@link CubeFace} (the orientation
     *                 the hall renderer renders; {@code top} and {@code bottom} are turned for
     *                 Photo Sphere Viewer on the way, as for an equirect)
     * @return what was written; {@code width} and {@code height} are the face size
     * @throws IllegalArgumentException when a face is missing or the sizes do not fit
     * @throws IOException              when writing fails
     * @throws OutputRefused            when {@code outDir} is a file or a folder of something else
     */
    public static Result tileFaces(Map<CubeFace, BufferedImage> faces, Path outDir, int tileSize) throws IOException {
        new Options(tileSize, false);
        Map<CubeFace, FaceImage> wrapped = new EnumMap<>(CubeFace.class);
        int size = -1;
        for (CubeFace f : CubeFace.values()) {
            BufferedImage img = faces.get(f);
            if (img == null) {
                throw new IllegalArgumentException("the " + f.id() + " face is missing");
            }
            if (img.getWidth() != img.getHeight() || (size != -1 && img.getWidth() != size)) {
                throw new IllegalArgumentException("faces must be squares of one size; " + f.id() + " is "
                        + img.getWidth() + " × " + img.getHeight() + (size != -1 ? ", the others " + size : ""));
            }
            size = img.getWidth();
            wrapped.put(f, new FaceImage(size, FaceImage.bgr(img)));
        }
        TilePyramid pyramid = TilePyramid.forFaceSize(size, tileSize);
        OutputDir target = OutputDir.replacing(outDir, TilesManifest.FILE);
        String source = "{\"faceSize\": " + size + "}";
        int files = staged(target, dir -> {
            int n = write(pyramid, dir, false, source, (f, buffer) -> wrapped.get(f));
            JpegFiles.write(Thumbnail.of(wrapped.get(CubeFace.FRONT), THUMB_WIDTH, THUMB_HEIGHT), THUMB_QUALITY,
                    dir.resolve(THUMB));
            return n + 1;
        });
        return new Result(size, size, pyramid, files);
    }

    /** Writes a full-resolution face, in the standard orientation, into the buffer given or returns it ready made. */
    private interface FaceSource {
        FaceImage face(CubeFace face, FaceImage buffer);
    }

    private interface Writing {
        int into(Path dir) throws IOException;
    }

    /** Runs {@code writing} into {@code dir} and puts it in place when done, or removes it when anything fails. */
    private static int staged(OutputDir dir, Writing writing) throws IOException {
        try {
            int files = writing.into(dir.root());
            dir.commit();
            return files;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            dir.abort();
        }
    }

    private static int write(TilePyramid pyramid, Path dir, boolean fullFaces, String source, FaceSource faces) {
        int previewSize = Math.min(PREVIEW_SIZE, pyramid.tileSize());
        TileWriter tiles = new TileWriter(dir, pyramid.tileSize());
        // one buffer per level, reused for every face
        List<FaceImage> levels = new ArrayList<>();
        for (TilePyramid.Level l : pyramid.levels()) {
            levels.add(new FaceImage(l.faceSize()));
        }
        int top = levels.size() - 1;
        FaceImage buffer = levels.get(top);
        Map<CubeFace, FaceImage> previews = new EnumMap<>(CubeFace.class);
        int files = 0;
        for (CubeFace f : CubeFace.values()) {
            FaceImage face = faces.face(f, buffer);
            levels.set(top, face);
            long t = System.nanoTime();
            for (int i = top; i > 0; i--) {
                levels.get(i).halveInto(levels.get(i - 1));
            }
            List<Runnable> jobs = new ArrayList<>();
            if (fullFaces) {
                BufferedImage whole = face.asImage();
                Path file = dir.resolve(TilesManifest.facePath(f));
                jobs.add(() -> JpegFiles.write(whole, JpegFiles.QUALITY, file));
            }
            jobs.addAll(tiles.jobs(f, levels));
            jobs.parallelStream().forEach(Runnable::run);
            files += jobs.size();
            FaceImage small = levels.get(0).resized(previewSize);
            previews.put(f, f.psvHalfTurn() ? small.halfTurned() : small);
            log("  tiles", t);
        }
        writePreview(previews, previewSize, dir.resolve(TilesManifest.PREVIEW));
        String manifest = TilesManifest.json(source, pyramid, previewSize, fullFaces);
        try {
            Files.writeString(dir.resolve(TilesManifest.FILE), manifest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files + 2;
    }

    /** The six preview faces side by side in Photo Sphere Viewer's stripe order. */
    private static void writePreview(Map<CubeFace, FaceImage> faces, int size, Path file) {
        BufferedImage stripe = new BufferedImage(size * 6, size, BufferedImage.TYPE_3BYTE_BGR);
        byte[] px = ((java.awt.image.DataBufferByte) stripe.getRaster().getDataBuffer()).getData();
        int i = 0;
        for (CubeFace f : TilesManifest.STRIPE_ORDER) {
            byte[] src = faces.get(f).bgr();
            for (int y = 0; y < size; y++) {
                System.arraycopy(src, y * size * 3, px, (y * size * 6 + i * size) * 3, size * 3);
            }
            i++;
        }
        JpegFiles.write(stripe, JpegFiles.QUALITY, file);
    }

    /** With SHOWCASE_TIMING set: the phase's wall time and the process's CPU time so far, on stderr. */
    public static void log(String phase, long startNanos) {
        if (TIMING) {
            long cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
            System.err.printf("timing: %-8s %6d ms  (cpu so far %6d ms)%n", phase,
                    (System.nanoTime() - startNanos) / 1_000_000, cpu / 1_000_000);
        }
    }
}
