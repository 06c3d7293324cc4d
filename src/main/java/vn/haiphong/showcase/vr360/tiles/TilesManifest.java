package vn.haiphong.showcase.vr360.tiles;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code tiles.json}: everything a page needs to configure Photo Sphere Viewer 5's cubemap-tiles
 * adapter for one tiled panorama, with paths relative to the manifest's folder:
 * <pre>
 * {"adapter":"cubemap-tiles","source":{"width":8192,"height":4096},"tileSize":512,
 *  "faceSize":2048,"nbTiles":4,
 *  "levels":[{"faceSize":512,"nbTiles":1},{"faceSize":1024,"nbTiles":2},{"faceSize":2048,"nbTiles":4}],
 *  "tileUrl":"tiles/{level}/{face}/{col}_{row}.jpg",
 *  "faces":["front","right","back","left","top","bottom"],"flipTopBottom":false,
 *  "baseUrl":{"type":"stripe","path":"preview.jpg","order":["left","front","right","back","top","bottom"]},
 *  "previewFaceSize":256,"quality":75,
 *  "fullFaces":{"orientation":"standard","files":{"front":"faces/front.jpg",…}}}
 * </pre>
 * {@code levels}, {@code tileUrl} (with {@code {level}} the index in {@code levels}) and
 * {@code baseUrl} map one to one onto the adapter's multi-level panorama
 * {@code {levels, tileUrl(face, col, row, level), baseUrl}}; {@code flipTopBottom} is false
 * because the tiles and the preview already have the adapter's own orientation. {@code fullFaces}
 * (only with {@code --faces}) are the standard-orientation faces for other viewers, so their
 * {@code top} and {@code bottom} are turned by half a turn compared with the tiles. No dates or
 * absolute paths: the same panorama gives the same manifest. For rendered faces
 * ({@link PanoramaTiler#tileFaces}) {@code source} is {@code {"faceSize": 2048}}.
 */
public final class TilesManifest {
    public static final String FILE = "tiles.json";
    /** Where a tile is in a pyramid's folder, as Photo Sphere Viewer's cubemap-tiles adapter asks for it. */
    public static final String TILE_URL = "tiles/{level}/{face}/{col}_{row}.jpg";
    /** The stripe of six small faces a viewer shows while tiles load. */
    public static final String PREVIEW = "preview.jpg";
    /** Photo Sphere Viewer's default order of the faces in a stripe. */
    public static final List<CubeFace> STRIPE_ORDER = List.of(CubeFace.LEFT, CubeFace.FRONT, CubeFace.RIGHT, CubeFace.BACK,
            CubeFace.TOP, CubeFace.BOTTOM);

    private TilesManifest() {
    }

    /** The manifest with {@code source} (a JSON object) describing what was tiled. */
    static String json(String source, TilePyramid pyramid, int previewSize, boolean fullFaces) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("{\n  \"adapter\": \"cubemap-tiles\",\n");
        sb.append("  \"source\": ").append(source).append(",\n");
        sb.append("  \"tileSize\": ").append(pyramid.tileSize()).append(",\n");
        sb.append("  \"faceSize\": ").append(pyramid.faceSize()).append(",\n");
        sb.append("  \"nbTiles\": ").append(pyramid.nbTiles()).append(",\n");
        sb.append("  \"levels\": [");
        sb.append(pyramid.levels().stream()
                .map(l -> "{\"faceSize\": " + l.faceSize() + ", \"nbTiles\": " + l.nbTiles() + "}")
                .collect(Collectors.joining(", ")));
        sb.append("],\n");
        sb.append("  \"tileUrl\": \"").append(TILE_URL).append("\",\n");
        sb.append("  \"faces\": ").append(names(Stream.of(CubeFace.values()))).append(",\n");
        sb.append("  \"flipTopBottom\": false,\n");
        sb.append("  \"baseUrl\": {\"type\": \"stripe\", \"path\": \"").append(PREVIEW).append("\", \"order\": ")
                .append(names(STRIPE_ORDER.stream())).append("},\n");
        sb.append("  \"previewFaceSize\": ").append(previewSize).append(",\n");
        sb.append("  \"quality\": ").append(Math.round(JpegFiles.QUALITY * 100));
        if (fullFaces) {
            sb.append(",\n  \"fullFaces\": {\"orientation\": \"standard\", \"files\": {");
            sb.append(Stream.of(CubeFace.values()).map(f -> "\"" + f.id() + "\": \"" + facePath(f) + "\"")
                    .collect(Collectors.joining(", ")));
            sb.append("}}");
        }
        sb.append("\n}\n");
        return sb.toString();
    }

    static String facePath(CubeFace face) {
        return "faces/" + face.id() + ".jpg";
    }

    private static String names(Stream<CubeFace> faces) {
        return faces.map(f -> "\"" + f.id() + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
}
