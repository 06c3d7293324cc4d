package vn.haiphong.showcase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.haiphong.showcase.errors.ContentError;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.output.OutputRefused;
import vn.haiphong.showcase.vr360.tiles.PanoramaTiler;
import vn.haiphong.showcase.vr360.tiles.TilePyramid;

@Command(name = "tile", mixinStandardHelpOptions = true, description = {
        "Cuts an equirectangular panorama (2:1 JPEG) into cube-face tiles for Photo Sphere Viewer's cubemap-tiles adapter.",
        "Writes DIR/tiles.json, DIR/preview.jpg and DIR/tiles/{level}/{face}/{col}_{row}.jpg."})
final class Vr360TileCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT.jpg", description = "the equirectangular panorama")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "output folder: created, or replaced if it holds an earlier tiling")
    Path out;

    @Option(names = "--faces", description = "also write the six full-resolution faces as DIR/faces/{front,right,back,left,top,bottom}.jpg")
    boolean faces;

    @Option(names = "--tile-size", paramLabel = "PX", defaultValue = "512", description = "tile width and height (default: ${DEFAULT-VALUE})")
    int tileSize;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PanoramaTiler.Options options;
        try {
            options = new PanoramaTiler.Options(tileSize, faces);
        } catch (IllegalArgumentException e) {
            err.println("error: --tile-size: " + e.getMessage());
            return Main.USAGE;
        }
        if (!Files.isRegularFile(input)) {
            err.println("error: " + input + ": " + (Files.exists(input) ? "is not a file" : "no such file")
                    + " — give the path of an equirectangular (2:1) JPEG");
            return Main.USAGE;
        }
        long start = System.nanoTime();
        try {
            PanoramaTiler.Result r = PanoramaTiler.tile(input, out, options);
            TilePyramid p = r.pyramid();
            spec.commandLine().getOut().printf("tiled %s (%d × %d) into %s: %d px faces, %d × %d tiles, %d levels, %d files in %d ms%n",
                    input, r.width(), r.height(), out, p.faceSize(), p.nbTiles(), p.nbTiles(), p.levels().size(), r.files(),
                    (System.nanoTime() - start) / 1_000_000);
            return Main.OK;
        } catch (ContentErrors.Failure e) {
            for (ContentError ce : e.errors()) {
                err.println(ce.format(Path.of("").toAbsolutePath()));
            }
            return Main.CONTENT_ERRORS;
        } catch (IOException | UncheckedIOException | OutputRefused e) {
            err.println("error: " + Main.explain(e, "tile"));
            return Main.USAGE;
        }
    }
}
