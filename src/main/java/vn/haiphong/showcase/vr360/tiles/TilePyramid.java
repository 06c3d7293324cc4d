package vn.haiphong.showcase.vr360.tiles;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a cube-face tile pyramid for Photo Sphere Viewer's cubemap-tiles adapter, which
 * wants a power of two of tiles per face side, at most 16. The largest face is the tile size
 * times the largest such power of two that keeps the face no wider than the equirect width / π
 * (the face resolution that matches the panorama's own at the horizon), so an 8192 px panorama
 * gives 2048 px faces of 4 × 4 tiles and a 16384 px one 4096 px faces of 8 × 8. Each level below
 * halves the face, down to a single tile.
 *
 * @param tileSize tile width and height in pixels
 * @param levels   from the smallest face (one tile, index 0) to the largest, in the order and
 *                 numbering Photo Sphere Viewer uses for {@code levels} and {@code tileUrl}
 */
public record TilePyramid(int tileSize, List<Level> levels) {

    /** Photo Sphere Viewer's limit on tiles per face side ({@code CUBE_SEGMENTS}). */
    public static final int MAX_TILES_PER_SIDE = 16;

    /**
     * One level of the pyramid.
     *
     * @param index    0 for the smallest face
     * @param faceSize face width and height in pixels
     * @param nbTiles  tiles per face side (a power of two)
     */
    public record Level(int index, int faceSize, int nbTiles) {
        /** Tiles on one face at this level. */
        public int tilesPerFace() {
            return nbTiles * nbTiles;
        }
    }

    public TilePyramid {
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a pyramid has at least one level");
        }
    }

    /**
     * The pyramid for an equirect {@code width} pixels wide.
     *
     * @throws IllegalArgumentException when {@code tileSize} is not positive or the panorama is
     *                                  narrower than {@link #minimumWidth(int)}
     */
    public static TilePyramid forWidth(int width, int tileSize) {
        if (tileSize <= 0) {
            throw new IllegalArgumentException("tile size must be positive, was " + tileSize);
        }
        if (width < minimumWidth(tileSize)) {
            throw new IllegalArgumentException("a " + width + " px wide panorama is too small for " + tileSize
                    + " px tiles: it needs at least " + minimumWidth(tileSize) + " px");
        }
        int tiles = 1;
        while (tiles < MAX_TILES_PER_SIDE && (double) tileSize * tiles * 2 * Math.PI <= width) {
            tiles *= 2;
        }
        List<Level> levels = new ArrayList<>();
        for (int n = 1, i = 0; n <= tiles; n *= 2, i++) {
            levels.add(new Level(i, tileSize * n, n));
        }
        return new TilePyramid(tileSize, levels);
    }

    /**
     * The pyramid for cube faces already made at {@code faceSize}, which must be {@code tileSize}
     * times 1, 2, 4, 8 or 16.
     *
     * @throws IllegalArgumentException when it is not
     */
    public static TilePyramid forFaceSize(int faceSize, int tileSize) {
        if (tileSize <= 0) {
            throw new IllegalArgumentException("tile size must be positive, was " + tileSize);
        }
        int tiles = faceSize / tileSize;
        if (tiles * tileSize != faceSize || Integer.bitCount(tiles) != 1 || tiles > MAX_TILES_PER_SIDE) {
            throw new IllegalArgumentException("faces of " + faceSize + " px cannot be cut into " + tileSize
                    + " px tiles: a face must be the tile size times 1, 2, 4, 8 or 16");
        }
        List<Level> levels = new ArrayList<>();
        for (int n = 1, i = 0; n <= tiles; n *= 2, i++) {
            levels.add(new Level(i, tileSize * n, n));
        }
        return new TilePyramid(tileSize, levels);
    }

    /** The narrowest equirect that gives faces of at least one whole tile: ⌈π × tile size⌉. */
    public static int minimumWidth(int tileSize) {
        return (int) Math.ceil(Math.PI * tileSize);
    }

    /** The largest level, the one cut from the full-resolution faces. */
    public Level top() {
        return levels.get(levels.size() - 1);
    }

    /** Width and height of the full-resolution faces. */
    public int faceSize() {
        return top().faceSize();
    }

    /** Tiles per face side at the full resolution. */
    public int nbTiles() {
        return top().nbTiles();
    }

    /** Tiles on all six faces over all levels. */
    public int tileCount() {
        return 6 * levels.stream().mapToInt(Level::tilesPerFace).sum();
    }
}
