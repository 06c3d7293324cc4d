package vn.haiphong.showcase.vr360;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.images.ImageSet;
import vn.haiphong.showcase.images.ResponsiveImage;
import vn.haiphong.showcase.images.Variant;
import vn.haiphong.showcase.vr360.Exhibition.At;
import vn.haiphong.showcase.vr360.Exhibition.Door;
import vn.haiphong.showcase.vr360.Exhibition.Exhibit;
import vn.haiphong.showcase.vr360.Exhibition.OnWall;
import vn.haiphong.showcase.vr360.Exhibition.Room;
import vn.haiphong.showcase.vr360.hall.HallLayout;
import vn.haiphong.showcase.vr360.hall.HallRenderer;
import vn.haiphong.showcase.vr360.hall.Panel;
import vn.haiphong.showcase.vr360.hall.Placed;
import vn.haiphong.showcase.vr360.hall.WallItem;
import vn.haiphong.showcase.vr360.tiles.CubeFace;
import vn.haiphong.showcase.vr360.tiles.Direction;
import vn.haiphong.showcase.vr360.tiles.FaceImage;
import vn.haiphong.showcase.vr360.tiles.JpegFiles;
import vn.haiphong.showcase.vr360.tiles.PanoramaTiler;
import vn.haiphong.showcase.vr360.tiles.Thumbnail;
import vn.haiphong.showcase.vr360.tiles.TilesManifest;
import vn.haiphong.showcase.content.Permalinks;

/**
 * Turns the exhibition's rooms into tile pyramids: halls are laid out ({@link HallLayout}),
 * rendered from their centre ({@link HallRenderer}) and tiled; real panoramas are tiled as they
 * are. Each room's tiles live in {@code .cache/vr360/<room>.<hash>/}, the hash covering
 * everything that made them (the renderer's version, the hall, every picture's bytes), so an
 * unchanged room costs one hash and a look-up, and its published folder
 * {@code /vr360/tiles/<room>.<hash>/} can be cached for ever.
 */
public final class ExhibitionPackager {
    /** Bump when the rendering or the tiling of halls changes, so cached rooms are made again. */
    static final int VERSION = 2;
    /** Face size of rendered halls: 4 × 4 tiles of 512 px at the sharpest level. */
    static final int HALL_FACE = 2048;
    /** Width of the picture variant a hall is painted from (about twice what a face shows of it). */
    static final int PAINT_WIDTH = 1200;

    /** A room ready to show: its tiles (in {@code dir}) and where each exhibit and door is seen. */
    public record RoomTiles(Room room, String folder, Path dir, List<Map<String, Object>> levels,
                            Map<String, Seen> exhibits, Map<String, Seen> doors, Panel title) {
        /** The tiles' site URL prefix, e.g. {@code /vr360/tiles/economy.1a2b3c4d/}. */
        public String url() {
            return Permalinks.root(folder + "/");
        }
    }

    /**
     * Where the visitor sees a thing: its centre, its frame's corners (none in a real panorama),
     * and the blank panel painted for its text (an exhibit's label plaque, a door's sign), or null.
     */
    public record Seen(Direction centre, List<Direction> corners, Panel panel) {
        public Seen {
            corners = List.copyOf(corners);
        }
    }

    /** The exhibition with its rooms' tiles and the floor plan. */
    public record Package(Exhibition exhibition, List<RoomTiles> rooms, String floorPlan) {
        public RoomTiles room(String id) {
            return rooms.stream().filter(r -> r.room().id().equals(id)).findFirst().orElse(null);
        }
    }

    private ExhibitionPackager() {
    }

    /**
     * Lays out, renders and tiles every room that is not in {@code cacheDir} yet; problems (a slot
     * that cannot hold its picture, an unreadable panorama) go to {@code errors}.
     */
    public static Package build(Exhibition ex, ImageSet images, Path cacheDir, ContentErrors errors) {
        List<RoomTiles> rooms = new ArrayList<>();
        for (Room room : ex.rooms()) {
            RoomTiles t = room.isHall() ? hall(ex, room, images, cacheDir, errors) : panorama(ex, room, cacheDir, errors);
            if (t != null) {
                rooms.add(t);
            }
        }
        prune(cacheDir, rooms);
        return new Package(ex, List.copyOf(rooms), FloorPlan.svg(ex));
    }

    private static RoomTiles hall(Exhibition ex, Room room, ImageSet images, Path cacheDir, ContentErrors errors) {
        List<WallItem> items = new ArrayList<>();
        Map<String, Variant> paint = new HashMap<>();
        Map<String, Exhibit> byItem = new HashMap<>();
        for (Exhibit e : room.exhibits()) {
            ResponsiveImage img = images.get(e.picture());
            if (img == null) {
                errors.add(ex.file(), e.line(), "room `" + room.id() + "`, exhibit `" + e.id() + "`: `" + e.picture()
                        + "` could not be read as a picture", "see the image error above; use a JPEG, PNG or WebP file");
                continue;
            }
            OnWall w = (OnWall) e.spot();
            items.add(new WallItem(e.id(), w.wall(), w.slot(),
                    e.kind() == Exhibit.Kind.VIDEO ? WallItem.Kind.VIDEO : WallItem.Kind.PICTURE,
                    img.width() / (double) img.height()));
            paint.put(e.id(), paintVariant(img));
            byItem.put(e.id(), e);
        }
        for (Door d : room.doors()) {
            OnWall w = (OnWall) d.spot();
            items.add(new WallItem(doorId(d), w.wall(), w.slot(), WallItem.Kind.DOOR, 1));
        }
        List<Placed> placed;
        try {
            placed = HallLayout.place(room.hall(), items);
        } catch (HallLayout.Misfit e) {
            String id = e.itemId();
            int line = room.line();
            String what = "exhibit `" + id + "`";
            if (id.startsWith("door:")) {
                Door d = room.doors().stream().filter(x -> doorId(x).equals(id)).findFirst().orElse(null);
                line = d == null ? line : d.line();
                what = "door to `" + id.substring("door:".length()) + "`";
            } else {
                line = byItem.containsKey(id) ? byItem.get(id).line() : line;
            }
            errors.add(ex.file(), line, "room `" + room.id() + "`, " + what + ": " + e.getMessage(),
                    "use fewer slots on that wall, or make the hall larger (`size:`)");
            return null;
        }
        StringBuilder key = new StringBuilder("hall ").append(VERSION).append(' ').append(HALL_FACE).append(' ')
                .append(room.hall()).append('\n');
        Map<String, vn.haiphong.showcase.vr360.hall.Hall> beyond = new HashMap<>();
        for (Door d : room.doors()) {
            Room to = ex.room(d.to());
            if (to != null && to.isHall()) {
                beyond.put(doorId(d), to.hall());
                key.append("beyond ").append(doorId(d)).append(' ').append(to.hall()).append('\n');
            }
        }
        for (Placed p : placed) {
            key.append(p.item()).append(' ');
            Variant v = paint.get(p.item().id());
            key.append(v == null ? "-" : sha(v.file())).append('\n');
        }
        String hash = sha(key.toString());
        String folder = Permalinks.tileFolder(room.id(), hash);
        Path dir = cacheDir.resolve(Permalinks.contentNamedFolder(room.id(), hash));
        if (!Files.isRegularFile(dir.resolve(TilesManifest.FILE))) {
            long t0 = System.nanoTime();
            Map<String, BufferedImage> pictures = new ConcurrentHashMap<>();
            paint.entrySet().parallelStream().forEach(en -> pictures.put(en.getKey(), read(en.getValue().file())));
            PanoramaTiler.log("pictures " + room.id(), t0);
            long t1 = System.nanoTime();
            Map<CubeFace, BufferedImage> faces = HallRenderer.render(room.hall(), placed, pictures::get, beyond, HALL_FACE);
            PanoramaTiler.log("render " + room.id(), t1);
            long t2 = System.nanoTime();
            try {
                PanoramaTiler.tileFaces(faces, dir, PanoramaTiler.Options.DEFAULT_TILE_SIZE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            FaceImage front = new FaceImage(HALL_FACE, FaceImage.bgr(faces.get(CubeFace.FRONT)));
            int w = Math.min(STILL_WIDTH, HALL_FACE);
            JpegFiles.write(Thumbnail.of(front, w, w * STILL_HEIGHT / STILL_WIDTH), 0.8f, dir.resolve(STILL));
            PanoramaTiler.log("tiles " + room.id(), t2);
        }
        writeViews(dir);
        Map<String, Seen> exhibits = new LinkedHashMap<>();
        Map<String, Seen> doors = new LinkedHashMap<>();
        for (Placed p : placed) {
            Seen seen = new Seen(p.centre(), p.corners(), p.panel());
            if (p.item().kind() == WallItem.Kind.DOOR) {
                doors.put(p.item().id().substring("door:".length()), seen);
            } else {
                exhibits.put(p.item().id(), seen);
            }
        }
        return new RoomTiles(room, folder, dir, levels(dir), exhibits, doors, HallLayout.title(room.hall(), placed));
    }

    static String doorId(Door d) {
        return "door:" + d.to();
    }

    private static RoomTiles panorama(Exhibition ex, Room room, Path cacheDir, ContentErrors errors) {
        String hash = sha("panorama " + VERSION + " " + sha(room.panorama()));
        String folder = Permalinks.tileFolder(room.id(), hash);
        Path dir = cacheDir.resolve(Permalinks.contentNamedFolder(room.id(), hash));
        if (!Files.isRegularFile(dir.resolve(TilesManifest.FILE))) {
            try {
                PanoramaTiler.tile(room.panorama(), dir, PanoramaTiler.Options.defaults());
            } catch (ContentErrors.Failure e) {
                e.errors().forEach(errors::add);
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        writeViews(dir);
        Map<String, Seen> exhibits = new LinkedHashMap<>();
        for (Exhibit e : room.exhibits()) {
            exhibits.put(e.id(), at((At) e.spot()));
        }
        Map<String, Seen> doors = new LinkedHashMap<>();
        for (Door d : room.doors()) {
            doors.put(d.to(), at((At) d.spot()));
        }
        return new RoomTiles(room, folder, dir, levels(dir), exhibits, doors, null);
    }

    /** The still the stage shows before the viewer starts: the view straight ahead, 16:9. */
    public static final String STILL = "still.jpg";
    public static final int STILL_WIDTH = 960;
    public static final int STILL_HEIGHT = 540;

    /**
     * The pictures of a room besides its tiles, from its front face (put together from the
     * sharpest level's tiles): {@code thumb.jpg} for the gallery of rooms (halls have it from
     * {@link PanoramaTiler#tileFaces}; panoramas get it here) and {@code still.jpg}, which the page
     * shows at once while the viewer is not started. Made once per cached room.
     */
    private static void writeViews(Path dir) {
        Path thumb = dir.resolve(PanoramaTiler.THUMB);
        Path still = dir.resolve(STILL);
        if (Files.isRegularFile(thumb) && Files.isRegularFile(still)) {
            return;
        }
        List<Map<String, Object>> levels = levels(dir);
        int level = levels.size() - 1;
        int size = ((Number) levels.get(level).get("faceSize")).intValue();
        int n = ((Number) levels.get(level).get("nbTiles")).intValue();
        BufferedImage front = new BufferedImage(size, size, BufferedImage.TYPE_3BYTE_BGR);
        java.awt.Graphics2D g = front.createGraphics();
        int tile = size / n;
        for (int col = 0; col < n; col++) {
            for (int row = 0; row < n; row++) {
                g.drawImage(read(dir.resolve("tiles/" + level + "/front/" + col + "_" + row + ".jpg")), col * tile, row * tile, null);
            }
        }
        g.dispose();
        FaceImage face = new FaceImage(size, FaceImage.bgr(front));
        if (!Files.isRegularFile(thumb)) {
            JpegFiles.write(Thumbnail.of(face, PanoramaTiler.THUMB_WIDTH, PanoramaTiler.THUMB_HEIGHT), 0.85f, thumb);
        }
        int w = Math.min(STILL_WIDTH, size);
        JpegFiles.write(Thumbnail.of(face, w, w * STILL_HEIGHT / STILL_WIDTH), 0.8f, still);
    }

    /** A thing in a real panorama: just a direction, no frame. */
    private static Seen at(At at) {
        double yaw = Math.toRadians(at.yawDegrees());
        yaw = ((yaw % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
        return new Seen(new Direction(yaw, Math.toRadians(at.pitchDegrees())), List.of(), null);
    }

    /** The JPEG (or PNG) variant a hall is painted from: the narrowest at least {@link #PAINT_WIDTH} wide. */
    private static Variant paintVariant(ResponsiveImage img) {
        Variant best = null;
        for (Variant v : img.variants()) {
            if (v.format() != Variant.Format.JPEG && v.format() != Variant.Format.PNG) {
                continue;
            }
            if (best == null || (best.width() < PAINT_WIDTH ? v.width() > best.width()
                    : v.width() >= PAINT_WIDTH && v.width() < best.width())) {
                best = v;
            }
        }
        return best != null ? best : img.largest();
    }

    private static BufferedImage read(Path file) {
        try {
            BufferedImage img = ImageIO.read(file.toFile());
            if (img == null) {
                throw new IOException("no image reader for " + file);
            }
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> levels(Path dir) {
        try {
            Map<String, Object> manifest = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                    new org.yaml.snakeyaml.LoaderOptions())).load(Files.readString(dir.resolve(TilesManifest.FILE)));
            return (List<Map<String, Object>>) manifest.get("levels");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the cached tiles of rooms that are no longer made that way. */
    private static void prune(Path cacheDir, List<RoomTiles> keep) {
        if (!Files.isDirectory(cacheDir)) {
            return;
        }
        java.util.Set<Path> wanted = new java.util.HashSet<>();
        keep.forEach(r -> wanted.add(r.dir()));
        try (Stream<Path> s = Files.list(cacheDir)) {
            for (Path p : s.toList()) {
                if (Files.isDirectory(p) && !wanted.contains(p) && Permalinks.isContentNamedFolder(p.getFileName().toString())) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            // a stale folder only costs disk space
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static String sha(Path file) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
