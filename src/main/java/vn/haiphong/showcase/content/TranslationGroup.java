package vn.haiphong.showcase.content;

import java.util.Map;

/** The versions of one page across languages, keyed by language code (only real translations). */
public record TranslationGroup(String key, Map<String, Page> pages) {
}
