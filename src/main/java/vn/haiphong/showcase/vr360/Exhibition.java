package vn.haiphong.showcase.vr360;

import java.nio.file.Path;
import java.util.List;
import vn.haiphong.showcase.vr360.hall.Hall;
import vn.haiphong.showcase.vr360.hall.Wall;

/**
 * The exhibition described by {@code vr360/exhibition.yaml}: its title and intro, and its rooms
 * in visiting order ({@link #start} first by default). Built by {@link ExhibitionLoader}, which
 * has already checked that every room, exhibit, door and file it names exists.
 */
public record Exhibition(Path file, Texts title, Texts intro, String start, List<Room> rooms, List<TourStop> tour) {
    /** The folder, under the site, that holds the exhibition file and its media. */
    public static final String FOLDER = "vr360";
    public static final String FILE = "exhibition.yaml";

    public Exhibition {
        rooms = List.copyOf(rooms);
        tour = List.copyOf(tour);
    }

    public Room room(String id) {
        return rooms.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * A room: either a hall to render ({@code hall} set) or a real equirectangular photo
     * ({@code panorama}: its file). {@code mapX}/{@code mapY} place it on the floor plan (0–1).
     */
    public record Room(String id, int line, Texts name, Texts intro, double mapX, double mapY, Hall hall,
                       Path panorama, List<Exhibit> exhibits, List<Door> doors) {
        public Room {
            exhibits = List.copyOf(exhibits);
            doors = List.copyOf(doors);
        }

        public boolean isHall() {
            return hall != null;
        }
    }

    /** Where a thing is: on a hall's wall in a slot, or at a direction (degrees) in a panorama. */
    public sealed interface Spot permits OnWall, At {
    }

    public record OnWall(Wall wall, int slot) implements Spot {
    }

    public record At(double yawDegrees, double pitchDegrees) implements Spot {
    }

    /**
     * A picture or a video. {@code image} is the picture's site URL ({@code /photos/x.jpg}) and
     * {@code file} its source; for a video, {@code video}/{@code poster} are site URLs and
     * {@code captions} the WebVTT track URL per language.
     */
    public record Exhibit(String id, int line, Kind kind, String image, Path file, String video, String poster,
                          java.util.Map<String, String> captions, Spot spot, Texts title, Texts caption,
                          Texts credit) {
        public enum Kind { IMAGE, VIDEO }

        /** The picture shown for it: the image, or the video's poster. */
        public String picture() {
            return kind == Kind.IMAGE ? image : poster;
        }
    }

    /** A way into another room. */
    public record Door(String to, int line, Spot spot) {
    }

    /**
     * A stop of the guided tour ({@code tour:}): an exhibit of {@code room} ({@code exhibit} set,
     * {@code yaw}/{@code pitch} null) or a view of the room ({@code exhibit} null, degrees as in a
     * panorama: yaw 0 is the room's start view, + to the right; pitch + up). {@code zoom} is the
     * viewer's zoom level (0–100) or null to keep it. {@code audio} maps languages to site URLs of
     * the spoken narration.
     */
    public record TourStop(int line, String room, String exhibit, Double yaw, Double pitch, Double zoom, Texts text,
                           java.util.Map<String, String> audio) {
        public TourStop {
            audio = java.util.Map.copyOf(audio);
        }
    }
}
