package vn.haiphong.showcase.vr360;

import java.util.Map;

/**
 * One text of the exhibition in every language it is written in. A language without its own
 * text shows the default language's (the caller marks it with that language).
 */
public record Texts(Map<String, String> byLang, String defaultLang) {
    public Texts {
        byLang = Map.copyOf(byLang);
    }

    /** The text shown in {@code lang}: its own, else the default language's, else empty. */
    public String in(String lang) {
        String own = byLang.get(lang);
        return own != null ? own : byLang.getOrDefault(defaultLang, "");
    }

    /** The language the text shown in {@code lang} is really written in. */
    public String langIn(String lang) {
        return byLang.containsKey(lang) || !byLang.containsKey(defaultLang) ? lang : defaultLang;
    }

    public boolean has(String lang) {
        return byLang.containsKey(lang);
    }
}
