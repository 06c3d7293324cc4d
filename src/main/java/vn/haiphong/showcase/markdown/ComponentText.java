package vn.haiphong.showcase.markdown;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What content components need to know about the page they sit on: the language its text is
 * written in (a BCP 47 tag such as {@code vi} or {@code zh-Hans}: captions' {@code srclang}, map
 * labels) and the UI words they show, by their key in {@code templates/i18n/<lang>.yaml}
 * ({@link #KEYS}). A key the site does not define shows in English.
 */
public record ComponentText(String languageTag, Map<String, String> labels) {
    /** The UI strings components use. */
    public static final List<String> KEYS = List.of("component_source", "component_note", "component_tip",
            "component_captions", "component_map", "lightbox_close", "lightbox_zoom", "lightbox_previous",
            "lightbox_next", "lightbox_error");

    private static final Map<String, String> ENGLISH = Map.of("component_source", "Source:", "component_note", "Note",
            "component_tip", "Tip", "component_captions", "Captions", "component_map", "Map",
            "lightbox_close", "Close (Esc)", "lightbox_zoom", "Zoom in or out (Z)",
            "lightbox_previous", "Previous photo (left arrow)", "lightbox_next", "Next photo (right arrow)",
            "lightbox_error", "This photo could not be loaded.");

    /** English words on an English page: for renderers that know no site (tests, tools). */
    public static final ComponentText ENGLISH_PAGE = new ComponentText("en", ENGLISH);

    public ComponentText {
        if (languageTag == null || languageTag.isBlank()) {
            throw new IllegalArgumentException("a component text needs the page's language tag, e.g. `vi`");
        }
        labels = Map.copyOf(labels);
    }

    /** The word for {@code key}, in English when the site has none. */
    String label(String key) {
        String v = labels.get(key);
        return v != null ? v : ENGLISH.getOrDefault(key, key);
    }

    /** Changes whenever anything components would write from this changes: part of the Markdown cache's key. */
    public String cacheKey() {
        return languageTag + '\u0000' + new TreeMap<>(labels);
    }
}
