package vn.haiphong.showcase.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.haiphong.showcase.config.Language;
import vn.haiphong.showcase.content.Permalinks;
import vn.haiphong.showcase.errors.ContentErrors;
import vn.haiphong.showcase.images.ResponsiveImage;
import vn.haiphong.showcase.output.Output;
import vn.haiphong.showcase.render.model.ExhibitionView;
import vn.haiphong.showcase.render.model.PageView;
import vn.haiphong.showcase.render.model.TemplateContext;
import vn.haiphong.showcase.vr360.tiles.Direction;
import vn.haiphong.showcase.vr360.tiles.CubeFace;
import vn.haiphong.showcase.vr360.tiles.PanoramaTiler;
import vn.haiphong.showcase.vr360.tiles.TilesManifest;
import vn.haiphong.showcase.vr360.Exhibition;
import vn.haiphong.showcase.vr360.Exhibition.Exhibit;
import vn.haiphong.showcase.vr360.ExhibitionPackager;
import vn.haiphong.showcase.vr360.ExhibitionPackager.RoomTiles;
import vn.haiphong.showcase.vr360.FloorPlan;
import vn.haiphong.showcase.vr360.Texts;

/**
 * The exhibition as pages: the model {@code exhibition.ftl} and {@code exhibition-embed.ftl}
 * show (rooms, exhibits with their pictures and videos, language links), the viewer's JSON
 * (rooms' tiles, where every exhibit and door is seen, UI strings), and the files beside them:
 * {@code /<lang>/exhibition/embed.html}, {@code /<lang>/exhibition/oembed.json}, the floor plan,
 * the tiles and the viewer bundle.
 */
final class ExhibitionPages {
    /** The page of the site that shows the exhibition: {@code content/<lang>/exhibition/_index.md}. */
    static final String PAGE_KEY = "exhibition/_index";
    static final String FLOOR_PLAN = "vr360/floorplan.svg";
    /** The iframe a host site embeds (16:9, and the oEmbed size). */
    static final int EMBED_WIDTH = 960;
    static final int EMBED_HEIGHT = 540;

    /** UI strings of the viewer: JSON key → key in templates/i18n/<lang>.yaml. */
    private static final String[] UI = {
        "viewerLabel", "exhibition_viewer_label", "loading", "exhibition_loading", "close", "exhibition_close",
        "openExhibit", "exhibition_open_exhibit", "goTo", "exhibition_go_to", "rooms", "exhibition_rooms",
        "exhibits", "exhibition_exhibits", "noWebgl", "exhibition_no_webgl", "map", "exhibition_map",
        "gallery", "exhibition_gallery", "autorotate", "exhibition_autorotate", "fullscreen", "exhibition_fullscreen",
        "stereo", "exhibition_stereo", "gyroscope", "exhibition_gyroscope", "play", "exhibition_play",
        "pause", "exhibition_pause", "unmute", "exhibition_unmute", "mute", "exhibition_mute",
        "zoomIn", "exhibition_zoom_in", "zoomOut", "exhibition_zoom_out", "move", "exhibition_move",
        "download", "exhibition_download", "menu", "exhibition_menu", "kioskIdle", "exhibition_kiosk_idle",
        "embedTitle", "exhibition_embed_title", "openFull", "exhibition_open_full", "language", "language",
        "ctrlZoom", "exhibition_ctrl_zoom", "twoFingers", "exhibition_two_fingers", "loadError", "exhibition_load_error",
        "moveUp", "exhibition_move_up", "moveDown", "exhibition_move_down", "moveLeft", "exhibition_move_left",
        "moveRight", "exhibition_move_right", "mapMaximize", "exhibition_map_maximize",
        "mapMinimize", "exhibition_map_minimize", "mapNorth", "exhibition_map_north", "mapReset", "exhibition_map_reset",
        "stereoNotification", "exhibition_stereo_notification", "pleaseRotate", "exhibition_please_rotate",
        "tapToContinue", "exhibition_tap_to_continue", "start", "exhibition_start",
        "previous", "exhibition_previous", "next", "exhibition_next", "zoomFit", "exhibition_zoom_fit",
        "zoomLevel", "exhibition_zoom_level", "youAreIn", "exhibition_you_are_in",
        "tourPause", "exhibition_tour_pause", "tourResume", "exhibition_tour_resume", "tourStopOf", "exhibition_tour_stop_of",
        "tourEnd", "exhibition_tour_end",
        "xrEnter", "exhibition_xr_enter", "xrExit", "exhibition_xr_exit", "xrHint", "exhibition_xr_hint",
    };

    private final RenderContext ctx;
    private final PageViews views;
    private final ExhibitionPackager.Package pkg;
    private final ScriptBundle bundle;
    private final ScriptBundle viewer;
    private final ScriptBundle xr;

    ExhibitionPages(RenderContext ctx, PageViews views, ExhibitionPackager.Package pkg) {
        this.ctx = ctx;
        this.views = views;
        this.pkg = pkg;
        this.bundle = ScriptBundle.exhibition();
        this.viewer = ScriptBundle.exhibitionViewer();
        this.xr = ScriptBundle.exhibitionXr();
    }

    /** {@code ex} in the templates: everything the exhibition block shows in {@code lang}. */
    ExhibitionView model(String lang, boolean embed) {
        Exhibition ex = pkg.exhibition();
        Permalinks links = ctx.links();
        List<ExhibitionView.Language> langs = new ArrayList<>();
        for (Language l : ctx.config().languages()) {
            langs.add(new ExhibitionView.Language(l.code(), l.name(), l.htmlLang(),
                    embed ? embedUrl(l.code()) : pageUrl(l.code()), l.code().equals(lang)));
        }
        RoomTiles first = pkg.room(ex.start()) != null ? pkg.room(ex.start()) : pkg.rooms().get(0);
        List<ExhibitionView.Room> rooms = new ArrayList<>();
        for (RoomTiles t : pkg.rooms()) {
            Exhibition.Room r = t.room();
            // the hall's series credit is said once, in the hall's note, not under each of its pictures
            String series = seriesCredit(r, lang);
            boolean drawings = ctx.config().print().illustrations();
            String note = "";
            String noteLang = "";
            String dropped = null;
            if (series != null && drawings) {
                note = ctx.ui().get(lang, "exhibition_hall_note");
                dropped = series;
            } else if (series != null && r.exhibits().stream().allMatch(e -> series.equals(e.credit().in(lang)))) {
                note = series;
                noteLang = langOf(r.exhibits().get(0).credit(), lang);
                dropped = series;
            }
            String drop = dropped;
            rooms.add(new ExhibitionView.Room(r.id(), t == first, r.name().in(lang), langOf(r.name(), lang),
                    r.intro().in(lang), langOf(r.intro(), lang), note, noteLang,
                    r.exhibits().stream().map(e -> exhibit(r, e, lang, drop != null && drop.equals(e.credit().in(lang)))).toList()));
        }
        return new ExhibitionView(ex.title().in(lang), langOf(ex.title(), lang), ex.intro().in(lang), langOf(ex.intro(), lang),
                embed, pageUrl(lang), embedUrl(lang), links.absolute(embedUrl(lang)), links.absolute(oembedUrl(lang)),
                bundle.jsUrl(), bundle.cssUrl(), snippet(lang), EMBED_WIDTH, EMBED_HEIGHT, langs, rooms,
                new ExhibitionView.Still(Permalinks.tileFile(first.folder(), ExhibitionPackager.STILL),
                        ExhibitionPackager.STILL_WIDTH, ExhibitionPackager.STILL_HEIGHT),
                Json.write(viewerData(lang, embed)), tour(lang));
    }

    /** {@code ex.tour[]}: the guided tour's stops as the page lists them (the tour's text twin). */
    private List<ExhibitionView.TourStop> tour(String lang) {
        Exhibition ex = pkg.exhibition();
        List<ExhibitionView.TourStop> stops = new ArrayList<>();
        for (Exhibition.TourStop s : ex.tour()) {
            RoomTiles t = pkg.room(s.room());
            if (t == null) {
                continue;
            }
            Exhibition.Room room = t.room();
            Exhibit exhibit = s.exhibit() == null ? null
                    : room.exhibits().stream().filter(e -> e.id().equals(s.exhibit())).findFirst().orElse(null);
            Texts title = exhibit != null ? exhibit.title() : room.name();
            String href = exhibit != null ? Permalinks.exhibitLink(room.id(), exhibit.id())
                    : Permalinks.exhibitViewLink(room.id(), Math.toRadians(s.yaw()), Math.toRadians(s.pitch()));
            stops.add(new ExhibitionView.TourStop(room.id(), s.exhibit(), href, title.in(lang), langOf(title, lang),
                    room.name().in(lang), langOf(room.name(), lang), s.text().in(lang), langOf(s.text(), lang)));
        }
        return stops;
    }

    /** The stops as the viewer plays them: room, exhibit, where to look (radians), text and audio in {@code lang}. */
    private List<Map<String, Object>> tourData(String lang) {
        List<Map<String, Object>> stops = new ArrayList<>();
        for (Exhibition.TourStop s : pkg.exhibition().tour()) {
            RoomTiles t = pkg.room(s.room());
            ExhibitionPackager.Seen seen = t == null || s.exhibit() == null ? null : t.exhibits().get(s.exhibit());
            if (t == null || s.exhibit() != null && seen == null) {
                continue;
            }
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("room", s.room());
            if (s.exhibit() != null) {
                x.put("exhibit", s.exhibit());
                x.put("position", direction(seen.centre()));
            } else {
                double yaw = Math.toRadians(s.yaw());
                yaw = ((yaw % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
                x.put("position", Json.object("yaw", round(yaw), "pitch", round(Math.toRadians(s.pitch()))));
            }
            if (s.zoom() != null) {
                x.put("zoom", s.zoom());
            }
            x.put("text", s.text().in(lang));
            String textLang = langOf(s.text(), lang);
            if (!textLang.isEmpty()) {
                x.put("lang", textLang);
            }
            // the recording in the visitor's language, else in the language the text is shown in
            String audio = s.audio().getOrDefault(lang, s.audio().get(s.text().langIn(lang)));
            if (audio != null) {
                x.put("audio", audio);
            }
            stops.add(x);
        }
        return stops;
    }

    /**
     * The credit most of a room's exhibits share in {@code lang} (two or more of them, not blank),
     * or null: a series' credit, such as the generated illustrations'.
     */
    private static String seriesCredit(Exhibition.Room r, String lang) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Exhibit e : r.exhibits()) {
            String credit = e.credit().in(lang);
            if (credit != null && !credit.isBlank()) {
                counts.merge(credit, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(c -> c.getValue() >= 2)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private ExhibitionView.Exhibit exhibit(Exhibition.Room r, Exhibit e, String lang, boolean hallCredit) {
        ResponsiveImage img = ctx.images().get(e.picture());
        ExhibitionView.Video video = null;
        if (e.kind() == Exhibit.Kind.VIDEO) {
            List<ExhibitionView.Track> tracks = new ArrayList<>();
            for (Language l : ctx.config().languages()) {
                String vtt = e.captions().get(l.code());
                if (vtt != null) {
                    tracks.add(new ExhibitionView.Track(vtt, l.htmlLang(), l.name(), l.code().equals(lang)));
                }
            }
            // without a track in the visitor's language, the first one is switched on
            if (!tracks.isEmpty() && tracks.stream().noneMatch(ExhibitionView.Track::isDefault)) {
                ExhibitionView.Track t = tracks.get(0);
                tracks.set(0, new ExhibitionView.Track(t.src(), t.srclang(), t.label(), true));
            }
            video = new ExhibitionView.Video(e.video(), e.video().endsWith(".webm") ? "video/webm" : "video/mp4",
                    img == null ? e.poster() : img.fallback().url(), tracks,
                    img == null ? 960 : img.width(), img == null ? 540 : img.height());
        }
        return new ExhibitionView.Exhibit(e.id(), e.kind() == Exhibit.Kind.IMAGE ? "image" : "video",
                Permalinks.exhibitLink(r.id(), e.id()), "_ex-fig-" + r.id() + "-" + e.id(),
                e.title().in(lang), langOf(e.title(), lang), e.caption().in(lang), langOf(e.caption(), lang),
                hallCredit ? "" : e.credit().in(lang), hallCredit ? "" : langOf(e.credit(), lang), img == null ? null : Pictures.model(img, null), video);
    }

    /** The {@code lang} of a text shown in {@code lang} when it comes from another language (a fallback), else empty. */
    private String langOf(Texts t, String lang) {
        String real = t.langIn(lang);
        return real.equals(lang) ? "" : ctx.config().language(real).htmlLang();
    }

    /** The JSON the viewer reads (see src/main/js/exhibition/exhibition.js). */
    private Map<String, Object> viewerData(String lang, boolean embed) {
        Exhibition ex = pkg.exhibition();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("lang", lang);
        d.put("embed", embed);
        d.put("start", ex.start());
        Map<String, Object> ui = new LinkedHashMap<>();
        for (int i = 0; i < UI.length; i += 2) {
            ui.put(UI[i], ctx.ui().get(lang, UI[i + 1]));
        }
        d.put("ui", ui);
        List<Map<String, Object>> langs = new ArrayList<>();
        for (Language l : ctx.config().languages()) {
            langs.add(Json.object("code", l.code(), "name", l.name(), "href", embed ? embedUrl(l.code()) : pageUrl(l.code())));
        }
        d.put("langs", langs);
        d.put("viewer", viewer.jsUrl());
        d.put("xr", xr.jsUrl());
        d.put("page", pageUrl(lang));
        d.put("embedUrl", embedUrl(lang));
        d.put("map", Json.object("image", Permalinks.root(FLOOR_PLAN), "width", FloorPlan.WIDTH, "height", FloorPlan.HEIGHT));
        List<Map<String, Object>> rooms = new ArrayList<>();
        for (RoomTiles t : pkg.rooms()) {
            Exhibition.Room r = t.room();
            Map<String, Object> room = new LinkedHashMap<>();
            room.put("id", r.id());
            room.put("name", r.name().in(lang));
            room.put("map", Json.object("x", round(FloorPlan.x(r)), "y", round(FloorPlan.y(r)),
                    "w", round(FloorPlan.width(r)), "h", round(FloorPlan.depth(r))));
            room.put("thumb", Permalinks.tileFile(t.folder(), PanoramaTiler.THUMB));
            room.put("still", Permalinks.tileFile(t.folder(), ExhibitionPackager.STILL));
            room.put("panorama", Json.object("levels", t.levels(),
                    "tileUrl", Permalinks.tileFile(t.folder(), TilesManifest.TILE_URL),
                    "baseUrl", Json.object("type", "stripe", "path", Permalinks.tileFile(t.folder(), TilesManifest.PREVIEW),
                            "order", TilesManifest.STRIPE_ORDER.stream().map(CubeFace::id).toList()),
                    "flipTopBottom", false));
            room.put("start", Json.object("yaw", 0, "pitch", 0));
            List<Map<String, Object>> exhibits = new ArrayList<>();
            for (Exhibit e : r.exhibits()) {
                ExhibitionPackager.Seen p = t.exhibits().get(e.id());
                if (p == null) {
                    continue;
                }
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("id", e.id());
                x.put("type", e.kind() == Exhibit.Kind.IMAGE ? "image" : "video");
                x.put("title", e.title().in(lang));
                x.put("position", direction(p.centre()));
                if (p.panel() != null) {
                    x.put("label", panel(p.panel(), e.title().in(lang), lang));
                }
                if (!p.corners().isEmpty()) {
                    x.put("corners", p.corners().stream().map(c -> List.of(round(c.yaw()), round(c.pitch()))).toList());
                }
                if (e.kind() == Exhibit.Kind.VIDEO) {
                    x.put("video", e.video());
                    ResponsiveImage poster = ctx.images().get(e.poster());
                    x.put("poster", poster == null ? e.poster() : poster.fallback().url());
                }
                exhibits.add(x);
            }
            room.put("exhibits", exhibits);
            List<Map<String, Object>> doors = new ArrayList<>();
            for (Map.Entry<String, ExhibitionPackager.Seen> door : t.doors().entrySet()) {
                Exhibition.Room to = ex.room(door.getKey());
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("to", door.getKey());
                x.put("label", to == null ? door.getKey() : to.name().in(lang));
                x.put("position", direction(door.getValue().centre()));
                if (!door.getValue().corners().isEmpty()) {
                    x.put("corners", door.getValue().corners().stream().map(c -> List.of(round(c.yaw()), round(c.pitch()))).toList());
                }
                if (door.getValue().panel() != null) {
                    x.put("sign", panel(door.getValue().panel(), (String) x.get("label"), lang));
                }
                doors.add(x);
            }
            room.put("doors", doors);
            if (t.title() != null && r.isHall()) {
                Map<String, Object> title = panel(t.title(), r.name().in(lang), lang);
                java.awt.Color c = r.hall().titleColour();
                title.put("colour", String.format(java.util.Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue()));
                room.put("title", title);
            }
            rooms.add(room);
        }
        d.put("rooms", rooms);
        d.put("tour", tourData(lang));
        return d;
    }

    /**
     * A blank panel of a hall as the viewer draws text on it: where its anchor point is (yaw,
     * pitch), which point of the text that is, the panel's angular width and height and the
     * width the text may take at most (radians), and for Chinese and Japanese the text's phrases
     * (BudouX), between which alone a line may break.
     */
    private static Map<String, Object> panel(vn.haiphong.showcase.vr360.hall.Panel p, String text, String lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("position", direction(p.anchor()));
        m.put("anchor", p.anchorName());
        m.put("width", round(p.width()));
        m.put("height", round(p.height()));
        m.put("space", round(p.space()));
        vn.haiphong.showcase.i18n.PhraseBreaker breaker = vn.haiphong.showcase.i18n.PhraseBreaker.forLanguage(lang);
        if (breaker != null && text != null) {
            m.put("phrases", breaker.phrases(text));
        }
        return m;
    }

    private static Map<String, Object> direction(Direction d) {
        return Json.object("yaw", round(d.yaw()), "pitch", round(d.pitch()));
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    static String pageUrl(String lang) {
        return Permalinks.exhibition(lang);
    }

    static String embedUrl(String lang) {
        return Permalinks.exhibitionEmbed(lang);
    }

    static String oembedUrl(String lang) {
        return Permalinks.exhibitionOembed(lang);
    }

    /** The iframe a host site pastes (shown in the Embed box and served by oEmbed). */
    String snippet(String lang) {
        return "<iframe src=\"" + ctx.links().absolute(embedUrl(lang)) + "\" title=\""
                + escape(pkg.exhibition().title().in(lang)) + "\" width=\"" + EMBED_WIDTH + "\" height=\"" + EMBED_HEIGHT
                + "\" style=\"border:0;max-width:100%\" allow=\"fullscreen; accelerometer; gyroscope; xr-spatial-tracking\" allowfullscreen"
                + " loading=\"lazy\"></iframe>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    /** {@code /<lang>/exhibition/oembed.json}: a "rich" oEmbed response with the iframe. */
    String oembed(String lang) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("version", "1.0");
        o.put("type", "rich");
        o.put("title", pkg.exhibition().title().in(lang));
        o.put("provider_name", ctx.ui().get(lang, "site_name"));
        o.put("provider_url", ctx.links().absolute(Permalinks.home(lang)));
        o.put("html", snippet(lang));
        o.put("width", EMBED_WIDTH);
        o.put("height", EMBED_HEIGHT);
        if (!pkg.rooms().isEmpty()) {
            o.put("thumbnail_url", ctx.links().absolute(Permalinks.tileFile(pkg.rooms().get(0).folder(), PanoramaTiler.THUMB)));
            o.put("thumbnail_width", 480);
            o.put("thumbnail_height", 270);
        }
        o.put("cache_age", 86400);
        return Json.write(o) + "\n";
    }

    /** Adds the jobs that write the exhibition's own files (not the page, which is a content page). */
    void addJobs(List<SiteRenderer.Job> jobs, Map<String, TemplateContext> shared) {
        jobs.add((o, err) -> o.write(Permalinks.file(bundle.jsUrl()), bundle.js()));
        jobs.add((o, err) -> o.write(Permalinks.file(bundle.cssUrl()), bundle.css()));
        jobs.add((o, err) -> o.write(Permalinks.file(viewer.jsUrl()), viewer.js()));
        jobs.add((o, err) -> o.write(Permalinks.file(xr.jsUrl()), xr.js()));
        jobs.add((o, err) -> o.write(Permalinks.file(Permalinks.root(FLOOR_PLAN)), pkg.floorPlan()));
        for (RoomTiles t : pkg.rooms()) {
            for (Path f : files(t.dir())) {
                String target = Permalinks.file(Permalinks.tileFile(t.folder(),
                        t.dir().relativize(f).toString().replace('\\', '/')));
                jobs.add((o, err) -> o.link(f, target));
            }
        }
        for (Language l : ctx.config().languages()) {
            String lang = l.code();
            jobs.add((o, err) -> o.write(Permalinks.file(oembedUrl(lang)), oembed(lang)));
            jobs.add((o, err) -> renderEmbed(lang, shared.get(lang), o, err));
        }
    }

    /** {@code embed.html}: a generated page whose canonical is the exhibition page, switching languages within embeds. */
    private void renderEmbed(String lang, TemplateContext base, Output out, ContentErrors errors) {
        if (!ctx.templates().exists("exhibition-embed.ftl")) {
            return;
        }
        PageView page = views.generated(new PageViews.Generated(lang, "embed", pkg.exhibition().title().in(lang),
                ctx.ui().get(lang, "site_tagline"), embedUrl(lang), pageUrl(lang), Permalinks::exhibitionEmbed, "", null,
                null, List.of()), PageViews.Listing.NONE);
        String html = ctx.templates().render("exhibition-embed.ftl", base.with(page, model(lang, true)).variables(),
                "the exhibition's embed page (" + lang + ")", errors);
        if (html != null) {
            out.write(Permalinks.file(embedUrl(lang)), PhraseBreaks.apply(html));
        }
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
