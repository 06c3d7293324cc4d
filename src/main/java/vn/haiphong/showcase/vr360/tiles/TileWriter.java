package vn.haiphong.showcase.vr360.tiles;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the levels of one cube face into tiles and encodes them, in the layout of
 * {@link TilesManifest#TILE_URL}: {@code tiles/{level}/{face}/{col}_{row}.jpg}, column and row
 * counted from the top left as Photo Sphere Viewer's {@code tileUrl(face, col, row, level)} asks.
 * Side faces are cut without copying; {@code top} and {@code bottom} tiles are turned by half a
 * turn on the way, for Photo Sphere Viewer (see {@link CubeFace}).
 */
final class TileWriter {
    private final Path dir;
    private final int tileSize;

    TileWriter(Path dir, int tileSize) {
        this.dir = dir;
        this.tileSize = tileSize;
    }

    /** Where tile (col, row) of {@code face} at {@code level} goes. */
    static String tilePath(int level, CubeFace face, int col, int row) {
        return "tiles/" + level + "/" + face.id() + "/" + col + "_" + row + ".jpg";
    }

    /**
     * One job per tile of every level; {@code levels.get(i)} is level i in the standard orientation.
     * The jobs are independent and may run in parallel.
     */
    List<Runnable> jobs(CubeFace face, List<FaceImage> levels) {
        List<Runnable> jobs = new ArrayList<>();
        for (int level = 0; level < levels.size(); level++) {
            FaceImage img = levels.get(level);
            int n = img.size() / tileSize;
            if (n * tileSize != img.size()) {
                throw new IllegalArgumentException("level " + level + " is " + img.size() + " px, not a multiple of " + tileSize);
            }
            BufferedImage whole = img.asImage();
            for (int row = 0; row < n; row++) {
                for (int col = 0; col < n; col++) {
                    Path file = dir.resolve(tilePath(level, face, col, row));
                    int c = col;
                    int r = row;
                    jobs.add(() -> JpegFiles.write(tile(face, img, whole, n, c, r), JpegFiles.QUALITY, file));
                }
            }
        }
        return jobs;
    }

    private BufferedImage tile(CubeFace face, FaceImage img, BufferedImage whole, int n, int col, int row) {
        if (!face.psvHalfTurn()) {
            return whole.getSubimage(col * tileSize, row * tileSize, tileSize, tileSize);
        }
        // tile (col, row) of the half-turned face is tile (n-1-col, n-1-row) of the standard one, turned
        return img.region((n - 1 - col) * tileSize, (n - 1 - row) * tileSize, tileSize).halfTurned().asImage();
    }
}
