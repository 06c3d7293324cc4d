package vn.haiphong.showcase.render.model;

import java.util.List;

/**
 * {@code ex}: the VR360 exhibition as its page and its embed page show it. A text's {@code …Lang}
 * companion is the {@code lang} of that text when it is shown from another language, else empty.
 * {@code json} is the viewer's data, written into the page as it is.
 */
public record ExhibitionView(String title, String titleLang, String intro, String introLang, boolean embed,
                             String pageUrl, String embedUrl, String embedAbsolute, String oembedUrl, String jsUrl,
                             String cssUrl, String snippet, int width, int height, List<Language> langs,
                             List<Room> rooms, Still still, String json, List<TourStop> tour) {

    /** {@code ex.langs[]}: the exhibition in another language (its page, or its embed page when embedded). */
    public record Language(String code, String name, String htmlLang, String href, boolean current) {
    }

    /**
     * {@code ex.rooms[]}: a room, its texts and exhibits; {@code first} is the one the tour starts in.
     * {@code note} is said once for the hall instead of under each picture (empty if none): while the
     * site's pictures are drawings ({@code print.illustrations}), the illustration note, and the
     * credit most of its exhibits share leaves their figures; else a credit all of them share, said
     * once. {@code noteLang} as for the other texts.
     */
    public record Room(String id, boolean first, String name, String nameLang, String intro, String introLang,
                       String note, String noteLang, List<Exhibit> exhibits) {
    }

    /**
     * An exhibit: {@code type} is {@code image} or {@code video}; {@code href} is its deep link,
     * {@code figureId} its figure's id; {@code picture} is null when the picture is not a
     * processed image, {@code video} null for pictures.
     */
    public record Exhibit(String id, String type, String href, String figureId, String title, String titleLang,
                          String caption, String captionLang, String credit, String creditLang, PictureView picture,
                          Video video) {
    }

    /** A video exhibit: its file and MIME type, its poster, caption tracks and size. */
    public record Video(String src, String type, String poster, List<Track> tracks, int width, int height) {
    }

    /**
     * A caption track. Templates read the flag as {@code tr.default}: {@code default} is a Java
     * keyword, and {@code isDefault()} is a Java Beans read method of {@code default}, which is how
     * Freemarker names it.
     */
    public record Track(String src, String srclang, String label, boolean isDefault) {
    }

    /** The first room's still, shown until the viewer starts. */
    public record Still(String src, int width, int height) {
    }

    /**
     * {@code ex.tour[]}: a stop of the guided tour, for the page's readable list of it: its room,
     * its exhibit (null for a view), {@code href} its deep link, {@code title} the exhibit's title
     * (or, for a view, the room's name), and the narration {@code text}.
     */
    public record TourStop(String room, String exhibit, String href, String title, String titleLang, String roomName,
                           String roomNameLang, String text, String textLang) {
    }
}
