package vn.haiphong.showcase.vr360;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.vr360.Exhibition.At;
import vn.haiphong.showcase.vr360.Exhibition.Door;
import vn.haiphong.showcase.vr360.Exhibition.Exhibit;
import vn.haiphong.showcase.vr360.Exhibition.OnWall;
import vn.haiphong.showcase.vr360.Exhibition.Room;
import vn.haiphong.showcase.vr360.Exhibition.Spot;
import vn.haiphong.showcase.vr360.Exhibition.TourStop;
import vn.haiphong.showcase.vr360.hall.Hall;
import vn.haiphong.showcase.vr360.hall.Wall;
import vn.haiphong.showcase.content.Permalinks;
import vn.haiphong.showcase.yaml.YamlNode;
import vn.haiphong.showcase.yaml.YamlReader;

/**
 * Reads and checks {@code vr360/exhibition.yaml}. Every problem is a content error with the
 * file, the line and the room/exhibit it is about, all of them at once; a text missing in a
 * language is a warning (the default language's text is shown there instead).
 *
 * <p>Media paths: {@code /photos/x.jpg} is a site file (from {@code assets/} or {@code content/});
 * anything else is relative to {@code vr360/} and published under {@code /vr360/}.
 */
public final class ExhibitionLoader {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> IMAGE_EXT = Set.of("jpg", "jpeg", "png", "webp", "tif", "tiff");
    private static final Set<String> VIDEO_EXT = Set.of("mp4", "webm");
    private static final Set<String> ROOT_KEYS = Set.of("title", "intro", "start", "rooms", "tour");
    private static final Set<String> ROOM_KEYS = Set.of("id", "name", "intro", "map", "hall", "panorama", "exhibits", "doors");
    private static final Set<String> HALL_KEYS = Set.of("size", "walls", "floor", "ceiling", "accent");
    private static final Set<String> EXHIBIT_KEYS = Set.of("id", "image", "video", "poster", "captions", "wall", "slot",
            "yaw", "pitch", "title", "caption", "credit");
    /** Wall videos above this size get a warning: they play on phones, often on mobile data. */
    private static final long MAX_VIDEO_BYTES = 1024 * 1024;
    private static final Set<String> TOUR_KEYS = Set.of("exhibit", "room", "yaw", "pitch", "zoom", "text", "audio");
    private static final Set<String> AUDIO_EXT = Set.of("mp3", "m4a", "aac", "ogg", "oga", "opus", "wav", "webm");
    private static final Set<String> DOOR_KEYS = Set.of("to", "wall", "slot", "yaw", "pitch");

    /** What the loader found: the exhibition (null when there is none or it has errors) and the media to publish. */
    public record Loaded(Exhibition exhibition, Map<String, Path> media) {
        public static final Loaded NONE = new Loaded(null, Map.of());
    }

    private final Path siteDir;
    private final Path file;
    private final List<String> langs;
    private final String dflt;
    private final Map<String, Path> siteFiles;
    private final ContentErrors errors;
    private final List<String> warnings;
    private final Map<String, Path> media = new LinkedHashMap<>();
    private int errorCount;

    private ExhibitionLoader(Path siteDir, List<String> langs, String dflt, Map<String, Path> siteFiles,
                             ContentErrors errors, List<String> warnings) {
        this.siteDir = siteDir;
        this.file = siteDir.resolve(Exhibition.FOLDER).resolve(Exhibition.FILE);
        this.langs = langs;
        this.dflt = dflt;
        this.siteFiles = siteFiles;
        this.errors = errors;
        this.warnings = warnings;
    }

    /**
     * Loads the site's exhibition. {@code siteFiles} maps the output paths of the site's own files
     * ({@code photos/x.jpg}), which exhibits may show, to their sources. Returns {@link Loaded#NONE} when the site
     * has no {@code vr360/exhibition.yaml}, or when it has errors (they are in {@code errors}).
     */
    public static Loaded load(Path siteDir, List<String> langs, String defaultLang, Map<String, Path> siteFiles,
                              ContentErrors errors, List<String> warnings) {
        ExhibitionLoader l = new ExhibitionLoader(siteDir, langs, defaultLang, siteFiles, errors, warnings);
        if (!Files.isRegularFile(l.file)) {
            return Loaded.NONE;
        }
        Exhibition ex = l.read();
        return ex == null || l.errorCount > 0 ? Loaded.NONE : new Loaded(ex, Map.copyOf(l.media));
    }

    private void error(int line, String message, String hint) {
        errorCount++;
        errors.add(file, line, message, hint);
    }

    private Exhibition read() {
        String text;
        try {
            byte[] bytes = vn.haiphong.showcase.text.SourceFiles.read(file, vn.haiphong.showcase.text.SourceFiles.YAML,
                    errors);
            if (bytes == null) {
                errorCount++;
                return null;
            }
            text = vn.haiphong.showcase.text.Utf8.decode(bytes);
        } catch (java.nio.charset.CharacterCodingException e) {
            error(0, "not UTF-8 text", "save the file as UTF-8");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        YamlReader.Result parsed = YamlReader.read(text, 1);
        if (!parsed.ok()) {
            error(parsed.line(), parsed.problem(), "fix the YAML syntax (indent with spaces; quote text containing `: `)");
            return null;
        }
        YamlNode root = parsed.root();
        if (!root.isMap()) {
            error(root.line(), "expected a mapping with `title:`, `intro:` and `rooms:`, found " + root.kind(), "");
            return null;
        }
        unknownKeys(root, ROOT_KEYS, "the exhibition");
        Texts title = texts(root, "title", "the exhibition", true);
        Texts intro = texts(root, "intro", "the exhibition", false);
        YamlNode roomsNode = root.get("rooms");
        List<Room> rooms = new ArrayList<>();
        if (roomsNode == null || !roomsNode.isList() || roomsNode.list().isEmpty()) {
            error(roomsNode == null ? root.line() : roomsNode.line(), "the exhibition has no rooms",
                    "add `rooms:` with a list of rooms, each with `id:`, `name:` and `hall:` or `panorama:`");
            return null;
        }
        Map<String, Integer> ids = new HashMap<>();
        for (YamlNode r : roomsNode.list()) {
            Room room = room(r);
            if (room != null) {
                Integer before = ids.putIfAbsent(room.id(), room.line());
                if (before != null) {
                    error(room.line(), "room `" + room.id() + "` is defined twice (also on line " + before + ")",
                            "give each room its own `id:`");
                } else {
                    rooms.add(room);
                }
            }
        }
        Set<String> roomIds = new TreeSet<>(ids.keySet());
        for (Room room : rooms) {
            for (Door d : room.doors()) {
                if (!roomIds.contains(d.to())) {
                    error(d.line(), "room `" + room.id() + "`: a door leads to `" + d.to() + "`, which is not a room",
                            "use one of the room ids: " + String.join(", ", roomIds));
                } else if (d.to().equals(room.id())) {
                    error(d.line(), "room `" + room.id() + "`: a door leads to the room itself", "point `to:` at another room");
                }
            }
        }
        String start = scalar(root, "start");
        if (start == null && !rooms.isEmpty()) {
            start = rooms.get(0).id();
        } else if (start != null && !roomIds.contains(start)) {
            error(root.lineOf("start"), "`start: " + start + "` is not a room", "use one of the room ids: " + String.join(", ", roomIds));
        }
        List<TourStop> tour = tour(root.get("tour"), rooms);
        return new Exhibition(file, title, intro, start, rooms, tour);
    }

    /**
     * The guided tour: each stop is an exhibit ({@code exhibit:}, with {@code room:} when two
     * rooms have one of that id) or a view ({@code room:}, {@code yaw:}, {@code pitch:}), with
     * {@code zoom:}, narration ({@code text:}, the default language required) and {@code audio:}
     * files per language.
     */
    private List<TourStop> tour(YamlNode t, List<Room> rooms) {
        List<TourStop> stops = new ArrayList<>();
        if (t == null || t.isScalar() && t.text().isEmpty()) {
            return stops;
        }
        String roomIds = String.join(", ", rooms.stream().map(Room::id).toList());
        if (!t.isList()) {
            error(t.line(), "`tour:` must be a list of stops", "write each stop as `- exhibit: lach-huyen` or `- room: economy`"
                    + " with `yaw:`, each with `text:` per language");
            return stops;
        }
        int n = 0;
        for (YamlNode s : t.list()) {
            n++;
            String where = "tour stop " + n;
            if (!s.isMap()) {
                error(s.line(), where + ": a stop must be a mapping (`- exhibit: …` or `- room: …`), found " + s.kind(), "");
                continue;
            }
            unknownKeys(s, TOUR_KEYS, where);
            String exhibit = scalar(s, "exhibit");
            String roomId = scalar(s, "room");
            Room room = null;
            if (roomId != null) {
                room = rooms.stream().filter(r -> r.id().equals(roomId)).findFirst().orElse(null);
                if (room == null) {
                    error(s.lineOf("room"), where + ": `room: " + roomId + "` is not a room", "use one of the room ids: " + roomIds);
                }
            }
            Double yaw = null;
            Double pitch = null;
            boolean ok = roomId == null || room != null;
            if (exhibit != null) {
                where = where + " (exhibit `" + exhibit + "`)";
                if (s.get("yaw") != null || s.get("pitch") != null) {
                    error(s.lineOf("yaw"), where + ": an exhibit stop looks at its exhibit, so `yaw:`/`pitch:` do not apply",
                            "remove them, or make it a view: `room:` with `yaw:` and `pitch:` instead of `exhibit:`");
                    ok = false;
                }
                if (room != null) {
                    if (room.exhibits().stream().noneMatch(e -> e.id().equals(exhibit))) {
                        error(s.lineOf("exhibit"), where + ": room `" + room.id() + "` has no exhibit `" + exhibit + "`",
                                "use the `id:` of one of its exhibits, or another room");
                        ok = false;
                    }
                } else if (roomId == null) {
                    List<Room> having = rooms.stream().filter(r -> r.exhibits().stream().anyMatch(e -> e.id().equals(exhibit))).toList();
                    if (having.isEmpty()) {
                        error(s.lineOf("exhibit"), where + ": there is no exhibit `" + exhibit + "` in any room",
                                "use the `id:` of an exhibit (check the spelling), or make the stop a view with `room:` and `yaw:`");
                        ok = false;
                    } else if (having.size() > 1) {
                        error(s.lineOf("exhibit"), where + ": rooms " + String.join(" and ", having.stream().map(r -> "`" + r.id() + "`").toList())
                                + " both have an exhibit `" + exhibit + "`", "add `room:` to say which one");
                        ok = false;
                    } else {
                        room = having.get(0);
                    }
                }
            } else if (roomId == null) {
                error(s.line(), where + ": a stop needs `exhibit:` (an exhibit's id) or `room:` (a view, with `yaw:` and `pitch:`)",
                        "e.g. `- exhibit: lach-huyen` or `- room: economy` and `yaw: 0`");
                ok = false;
            } else {
                where = where + " (a view of `" + roomId + "`)";
                yaw = number(s, "yaw", where, -360, 360);
                pitch = s.get("pitch") == null ? Double.valueOf(0) : number(s, "pitch", where, -90, 90);
                if (s.get("yaw") == null) {
                    error(s.line(), where + ": no `yaw:`", "add `yaw: 0` (degrees to the right of the room's start view)");
                }
                ok &= yaw != null && pitch != null;
            }
            Double zoom = s.get("zoom") == null ? null : number(s, "zoom", where, 0, 100);
            ok &= s.get("zoom") == null || zoom != null;
            Texts text = texts(s, "text", where, true);
            ok &= text.has(dflt);
            Map<String, String> audio = new LinkedHashMap<>();
            YamlNode a = s.get("audio");
            if (a != null && !a.isMap()) {
                error(a.line(), where + ": `audio:` must map languages to sound files", "e.g. `audio: {vi: audio/stop-01.vi.mp3}`");
                ok = false;
            } else if (a != null) {
                for (Map.Entry<String, YamlNode> e : a.map().entrySet()) {
                    if (!langs.contains(e.getKey())) {
                        error(e.getValue().line(), where + ": audio in `" + e.getKey() + "`, which is not a language of the site",
                                "use one of " + String.join(", ", langs));
                        ok = false;
                    } else if (!e.getValue().isScalar() || e.getValue().text().isEmpty()) {
                        error(e.getValue().line(), where + ": audio in `" + e.getKey() + "` must be a file name",
                                "e.g. `" + e.getKey() + ": audio/stop-01." + e.getKey() + ".mp3` (relative to vr360/)");
                        ok = false;
                    } else {
                        String url = media(e.getValue().text(), e.getValue().line(), where + ": audio", AUDIO_EXT);
                        if (url == null) {
                            ok = false;
                        } else {
                            audio.put(e.getKey(), url);
                        }
                    }
                }
            }
            if (ok && room != null) {
                stops.add(new TourStop(s.line(), room.id(), exhibit, yaw, pitch, zoom, text, audio));
            }
        }
        return stops;
    }

    private Room room(YamlNode r) {
        if (!r.isMap()) {
            error(r.line(), "a room must be a mapping (`- id: economy` …), found " + r.kind(), "");
            return null;
        }
        String id = scalar(r, "id");
        if (id == null || !ID.matcher(id).matches()) {
            error(r.lineOf("id"), id == null ? "a room has no `id:`" : "room id `" + id + "` is not a simple name",
                    "use lowercase letters, digits and dashes, e.g. `id: economy`");
            return null;
        }
        String where = "room `" + id + "`";
        unknownKeys(r, ROOM_KEYS, where);
        Texts name = texts(r, "name", where, true);
        Texts intro = texts(r, "intro", where, false);
        double mapX = 0.5;
        double mapY = 0.5;
        YamlNode map = r.get("map");
        if (map != null) {
            mapX = fraction(map, "x", where);
            mapY = fraction(map, "y", where);
        }
        YamlNode hallNode = r.get("hall");
        String panoramaPath = scalar(r, "panorama");
        Hall hall = null;
        Path panorama = null;
        if ((hallNode == null) == (panoramaPath == null)) {
            error(r.line(), where + " needs either `hall:` (a hall to render) or `panorama:` (a 360° photo), "
                    + (hallNode == null ? "found neither" : "found both"),
                    "keep exactly one of them");
        } else if (hallNode != null) {
            hall = hall(hallNode, where);
        } else {
            panorama = vr360File(panoramaPath, r.lineOf("panorama"), where + ": panorama", Set.of("jpg", "jpeg"));
        }
        boolean isHall = hallNode != null;
        List<Exhibit> exhibits = new ArrayList<>();
        YamlNode list = r.get("exhibits");
        Map<String, Integer> ids = new HashMap<>();
        Map<String, String> slots = new HashMap<>();
        if (list != null && !list.isList()) {
            error(list.line(), where + ": `exhibits:` must be a list", "write each exhibit as `- id: …`");
        } else if (list != null) {
            for (YamlNode x : list.list()) {
                Exhibit e = exhibit(x, id, isHall, slots);
                if (e != null) {
                    Integer before = ids.putIfAbsent(e.id(), e.line());
                    if (before != null) {
                        error(e.line(), where + ": exhibit `" + e.id() + "` appears twice (also on line " + before + ")",
                                "give each exhibit of a room its own `id:`");
                    } else {
                        exhibits.add(e);
                    }
                }
            }
        }
        List<Door> doors = new ArrayList<>();
        YamlNode doorList = r.get("doors");
        if (doorList != null && !doorList.isList()) {
            error(doorList.line(), where + ": `doors:` must be a list", "write each door as `- to: tourism`");
        } else if (doorList != null) {
            for (YamlNode d : doorList.list()) {
                if (!d.isMap() || scalar(d, "to") == null) {
                    error(d.line(), where + ": a door needs `to:` (the room it leads to)", "e.g. `- to: tourism`");
                    continue;
                }
                unknownKeys(d, DOOR_KEYS, where + ", door to `" + scalar(d, "to") + "`");
                Spot spot = spot(d, isHall, where + ", door to `" + scalar(d, "to") + "`", slots);
                if (spot != null) {
                    doors.add(new Door(scalar(d, "to"), d.line(), spot));
                }
            }
        }
        return new Room(id, r.line(), name, intro, mapX, mapY, hall, panorama, exhibits, doors);
    }

    private Exhibit exhibit(YamlNode x, String room, boolean isHall, Map<String, String> slots) {
        String where = "room `" + room + "`";
        if (!x.isMap()) {
            error(x.line(), where + ": an exhibit must be a mapping (`- id: …`), found " + x.kind(), "");
            return null;
        }
        String id = scalar(x, "id");
        if (id == null || !ID.matcher(id).matches()) {
            error(x.lineOf("id"), where + (id == null ? ": an exhibit has no `id:`" : ": exhibit id `" + id + "` is not a simple name"),
                    "use lowercase letters, digits and dashes, e.g. `id: lach-huyen`");
            return null;
        }
        where = where + ", exhibit `" + id + "`";
        unknownKeys(x, EXHIBIT_KEYS, where);
        String image = scalar(x, "image");
        String video = scalar(x, "video");
        if ((image == null) == (video == null)) {
            error(x.line(), where + " needs either `image:` or `video:`, " + (image == null ? "found neither" : "found both"),
                    "an exhibit is one picture or one video");
            return null;
        }
        Texts title = texts(x, "title", where, true);
        Texts caption = texts(x, "caption", where, true);
        Texts credit = texts(x, "credit", where, true);
        Spot spot = spot(x, isHall, where, slots);
        Map<String, String> captions = new LinkedHashMap<>();
        if (image != null) {
            String url = media(image, x.lineOf("image"), where + ": image", IMAGE_EXT);
            if (x.get("poster") != null || x.get("captions") != null) {
                error(x.lineOf("poster"), where + ": `poster:` and `captions:` belong to videos", "remove them, or use `video:`");
            }
            return url == null || spot == null ? null
                    : new Exhibit(id, x.line(), Exhibit.Kind.IMAGE, url, fileOf(url), null, null, Map.of(), spot, title,
                    caption, credit);
        }
        String videoUrl = media(video, x.lineOf("video"), where + ": video", VIDEO_EXT);
        String poster = scalar(x, "poster");
        String posterUrl = null;
        if (poster == null) {
            error(x.line(), where + ": a video needs `poster:` (the picture shown before it plays)",
                    "add `poster: videos/NAME.jpg`");
        } else {
            posterUrl = media(poster, x.lineOf("poster"), where + ": poster", IMAGE_EXT);
        }
        YamlNode caps = x.get("captions");
        if (caps != null) {
            if (!caps.isMap()) {
                error(caps.line(), where + ": `captions:` must map languages to WebVTT files", "e.g. `captions: {vi: videos/x.vi.vtt}`");
            } else {
                for (Map.Entry<String, YamlNode> c : caps.map().entrySet()) {
                    if (!langs.contains(c.getKey())) {
                        error(c.getValue().line(), where + ": captions in `" + c.getKey() + "`, which is not a language of the site",
                                "use one of " + String.join(", ", langs));
                    } else if (c.getValue().isScalar()) {
                        String url = media(c.getValue().text(), c.getValue().line(), where + ": captions", Set.of("vtt"));
                        if (url != null) {
                            captions.put(c.getKey(), url);
                        }
                    }
                }
            }
        }
        if (videoUrl != null) {
            videoNotes(x, where, videoUrl, captions);
        }
        return videoUrl == null || posterUrl == null || spot == null ? null
                : new Exhibit(id, x.line(), Exhibit.Kind.VIDEO, null, fileOf(posterUrl), videoUrl, posterUrl,
                Map.copyOf(captions), spot, title, caption, credit);
    }

    /** Wall videos: large files and caption languages that are missing are worth a warning. */
    private void videoNotes(YamlNode x, String where, String url, Map<String, String> captions) {
        String at = siteDir.relativize(file) + ":" + x.lineOf("video") + ": " + where + ": ";
        Path f = media.get(url.substring(1));
        try {
            long size = f == null ? 0 : Files.size(f);
            if (size > MAX_VIDEO_BYTES) {
                warnings.add(at + "the video is " + String.format(Locale.ROOT, "%.1f", size / 1048576.0)
                        + " MB; visitors on phones load all of it, so keep wall videos short and under 1 MB"
                        + " (see vr360/videos/make-videos.sh for settings that do)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> missing = langs.stream().filter(l -> !captions.containsKey(l)).toList();
        if (!missing.isEmpty()) {
            warnings.add(at + "no captions in " + String.join(", ", missing)
                    + " (add `captions:` files; without them, visitors who cannot hear the video miss what it says)");
        }
    }

    /** Where a thing hangs; also checks that no two things share a slot of the same wall. */
    private Spot spot(YamlNode x, boolean isHall, String where, Map<String, String> slots) {
        if (isHall) {
            if (x.get("yaw") != null || x.get("pitch") != null) {
                error(x.lineOf("yaw"), where + ": `yaw:`/`pitch:` place things in a panorama, but this room is a hall",
                        "use `wall:` (north, east, south, west) and `slot:` (1, 2, …)");
                return null;
            }
            String wall = scalar(x, "wall");
            Wall w = null;
            if (wall == null) {
                error(x.line(), where + ": no `wall:`", "add `wall: north` (or east, south, west) and `slot: 1`");
                return null;
            }
            try {
                w = Wall.valueOf(wall.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(x.lineOf("wall"), where + ": `wall: " + wall + "` is not a wall", "use north, east, south or west");
                return null;
            }
            String slotText = scalar(x, "slot");
            int slot;
            try {
                slot = slotText == null ? -1 : Integer.parseInt(slotText);
            } catch (NumberFormatException e) {
                slot = -1;
            }
            if (slot < 1 || slot > 16) {
                error(x.lineOf("slot"), where + ": " + (slotText == null ? "no `slot:`" : "`slot: " + slotText + "` is not a slot"),
                        "use a whole number from 1 (the left end of the wall, seen from the room's centre) to 16");
                return null;
            }
            String key = w + "/" + slot;
            String other = slots.putIfAbsent(key, where);
            if (other != null) {
                error(x.lineOf("slot"), where + ": slot " + slot + " of the " + wall + " wall is already taken by "
                        + other.substring(other.indexOf(", ") + 2), "move one of them to a free slot");
                return null;
            }
            return new OnWall(w, slot);
        }
        if (x.get("wall") != null || x.get("slot") != null) {
            error(x.lineOf("wall"), where + ": `wall:`/`slot:` place things in a hall, but this room is a panorama",
                    "use `yaw:` (degrees, 0 = the panorama's centre, + to the right) and `pitch:` (degrees, + up)");
            return null;
        }
        Double yaw = number(x, "yaw", where, -360, 360);
        Double pitch = x.get("pitch") == null ? Double.valueOf(0) : number(x, "pitch", where, -90, 90);
        if (yaw == null || pitch == null) {
            if (x.get("yaw") == null) {
                error(x.line(), where + ": no `yaw:`", "add `yaw: 30` (degrees to the right of the panorama's centre)");
            }
            return null;
        }
        return new At(yaw, pitch);
    }

    private Hall hall(YamlNode h, String where) {
        if (!h.isMap()) {
            if (h.isScalar() && (h.text().isEmpty() || h.text().equals("null"))) {
                return new Hall(18, 12, 5, Hall.DEFAULT_WALLS, Hall.DEFAULT_FLOOR, Hall.DEFAULT_CEILING, Hall.DEFAULT_ACCENT);
            }
            error(h.line(), where + ": `hall:` must be a mapping (size, colours)", "e.g. `hall: {size: [18, 12, 5]}`");
            return null;
        }
        unknownKeys(h, HALL_KEYS, where + " hall");
        double w = 18;
        double d = 12;
        double ht = 5;
        YamlNode size = h.get("size");
        if (size != null) {
            if (!size.isList() || size.list().size() != 3 || !size.list().stream().allMatch(YamlNode::isScalar)) {
                error(size.line(), where + ": `size:` must be [width, depth, height] in metres", "e.g. `size: [18, 12, 5]`");
            } else {
                // replaced by the defaults below when it is not three numbers in range
                try {
                    w = Double.parseDouble(size.list().get(0).text());
                    d = Double.parseDouble(size.list().get(1).text());
                    ht = Double.parseDouble(size.list().get(2).text());
                } catch (NumberFormatException e) {
                    w = -1;
                }
                if (!(w >= 6 && w <= 60 && d >= 6 && d <= 60 && ht >= 3 && ht <= 12)) {
                    error(size.line(), where + ": hall size " + size.list().stream().map(YamlNode::text).toList()
                            + " is out of range", "width and depth 6–60 m, height 3–12 m");
                    w = 18;
                    d = 12;
                    ht = 5;
                }
            }
        }
        return new Hall(w, d, ht, color(h, "walls", where, Hall.DEFAULT_WALLS), color(h, "floor", where, Hall.DEFAULT_FLOOR),
                color(h, "ceiling", where, Hall.DEFAULT_CEILING), color(h, "accent", where, Hall.DEFAULT_ACCENT));
    }

    private Color color(YamlNode h, String key, String where, Color dflt) {
        String s = scalar(h, key);
        if (s == null) {
            YamlNode n = h.get(key);
            if (n != null && n.isScalar()) {
                error(n.line(), where + ": `" + key + ":` has no colour (in YAML an unquoted `#` starts a comment)",
                        "write the colour in quotes: `" + key + ": \"#rrggbb\"`");
            }
            return dflt;
        }
        if (!s.matches("#[0-9a-fA-F]{6}")) {
            error(h.lineOf(key), where + ": `" + key + ": " + s + "` is not a colour", "write it as `\"#rrggbb\"` (with quotes)");
            return dflt;
        }
        return new Color(Integer.parseInt(s.substring(1), 16));
    }

    private double fraction(YamlNode map, String key, String where) {
        Double v = number(map, key, where + ": map", 0, 1);
        return v == null ? 0.5 : v;
    }

    private Double number(YamlNode n, String key, String where, double min, double max) {
        String s = scalar(n, key);
        if (s == null) {
            return null;
        }
        try {
            double v = Double.parseDouble(s);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(n.lineOf(key), where + ": `" + key + ": " + s + "` is not a number from " + fmt(min) + " to " + fmt(max), "");
        return null;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** A text per language; missing in the default language is an error, elsewhere a warning. */
    private Texts texts(YamlNode n, String key, String where, boolean required) {
        YamlNode t = n.get(key);
        Map<String, String> byLang = new LinkedHashMap<>();
        if (t == null) {
            if (required) {
                error(n.line(), where + ": no `" + key + ":`", "add `" + key + ":` with the text in each language, e.g. `"
                        + key + ": {vi: \"…\", en: \"…\"}`");
            }
            return new Texts(byLang, dflt);
        }
        if (t.isScalar()) {
            error(t.line(), where + ": `" + key + ":` must give the text per language", "write `" + key + ":` then one line per language: `  "
                    + dflt + ": \"…\"`");
            return new Texts(byLang, dflt);
        }
        if (!t.isMap()) {
            error(t.line(), where + ": `" + key + ":` must map languages to texts", "");
            return new Texts(byLang, dflt);
        }
        for (Map.Entry<String, YamlNode> e : t.map().entrySet()) {
            if (!langs.contains(e.getKey())) {
                error(e.getValue().line(), where + ": `" + key + "` in `" + e.getKey() + "`, which is not a language of the site",
                        "use one of " + String.join(", ", langs));
            } else if (!e.getValue().isScalar()) {
                error(e.getValue().line(), where + ": `" + key + "` in `" + e.getKey() + "` must be a text", "");
            } else if (!e.getValue().text().isBlank()) {
                byLang.put(e.getKey(), e.getValue().text().strip());
            }
        }
        if (!byLang.containsKey(dflt)) {
            if (required || !byLang.isEmpty()) {
                error(t.line(), where + ": `" + key + "` has no " + dflt + " text (the default language)",
                        "add `" + dflt + ": \"…\"`; other languages fall back to it");
            }
        } else {
            List<String> missing = langs.stream().filter(l -> !byLang.containsKey(l)).toList();
            if (!missing.isEmpty()) {
                warnings.add(siteDir.relativize(file) + ":" + t.line() + ": " + where + ": `" + key + "` is not translated into "
                        + String.join(", ", missing) + " (the " + dflt + " text is shown there)");
            }
        }
        return new Texts(byLang, dflt);
    }

    private void unknownKeys(YamlNode n, Set<String> known, String where) {
        for (Map.Entry<String, YamlNode> e : n.map().entrySet()) {
            if (!known.contains(e.getKey())) {
                error(e.getValue().line(), where + ": unknown key `" + e.getKey() + "`",
                        "known keys here: " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    private static String scalar(YamlNode n, String key) {
        YamlNode v = n.get(key);
        return v != null && v.isScalar() && !v.text().isEmpty() ? v.text() : null;
    }

    /**
     * The site URL of a media file: {@code /x/y.jpg} must be one of the site's files; a relative
     * path must exist under {@code vr360/} and is published under {@code /vr360/}.
     */
    private String media(String path, int line, String what, Set<String> extensions) {
        String ext = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!extensions.contains(ext)) {
            error(line, what + " `" + path + "` is not a " + String.join("/", new TreeSet<>(extensions)) + " file", "");
            return null;
        }
        if (path.startsWith("/")) {
            if (!siteFiles.containsKey(path.substring(1))) {
                error(line, what + " `" + path + "` is not a file of the site",
                        "site files come from assets/ (`/photos/x.jpg` is assets/photos/x.jpg); or give a path relative to vr360/");
                return null;
            }
            return path;
        }
        Path f = vr360File(path, line, what, extensions);
        if (f == null) {
            return null;
        }
        String url = Permalinks.root(Exhibition.FOLDER + "/" + siteDir.resolve(Exhibition.FOLDER).relativize(f).toString().replace('\\', '/'));
        media.put(url.substring(1), f);
        return url;
    }

    private Path vr360File(String path, int line, String what, Set<String> extensions) {
        Path dir = siteDir.resolve(Exhibition.FOLDER);
        Path f = dir.resolve(path).normalize();
        if (!f.startsWith(dir) || path.contains("\\")) {
            error(line, what + " `" + path + "` is outside vr360/", "keep the exhibition's media inside vr360/");
            return null;
        }
        String ext = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!extensions.contains(ext)) {
            error(line, what + " `" + path + "` is not a " + String.join("/", new TreeSet<>(extensions)) + " file", "");
            return null;
        }
        for (Path p = f; p.startsWith(dir) && !p.equals(dir); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                error(line, what + " `" + path + "` is a symbolic link (" + siteDir.relativize(p) + ")",
                        "symbolic links are not followed, so a site never publishes files from outside its folder;"
                                + " copy the file into vr360/ instead");
                return null;
            }
        }
        if (!Files.isRegularFile(f)) {
            error(line, what + " `" + path + "` does not exist (looked for " + siteDir.relativize(f) + ")",
                    "check the file name; paths are relative to vr360/");
            return null;
        }
        return f;
    }

    private Path fileOf(String url) {
        Path underVr = media.get(url.substring(1));
        if (underVr != null) {
            return underVr;
        }
        return siteFiles.get(url.substring(1));
    }
}
