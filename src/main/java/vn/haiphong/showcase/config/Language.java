package vn.haiphong.showcase.config;

import java.util.Locale;

/**
 * A language the site is published in: its code (the URL prefix), its name written in itself, the
 * locale used for dates and sorting, the value of {@code <html lang>} and the Open Graph locale.
 */
public record Language(String code, String name, Locale locale, String htmlLang, String ogLocale) {

    /** Defaults for the languages we know well; any other code must be described in site.yaml. */
    static Language known(String code) {
        return switch (code) {
            case "vi" -> new Language("vi", "Tiếng Việt", Locale.forLanguageTag("vi-VN"), "vi", "vi_VN");
            case "en" -> new Language("en", "English", Locale.forLanguageTag("en-GB"), "en", "en_GB");
            case "zh" -> new Language("zh", "简体中文", Locale.forLanguageTag("zh-CN"), "zh-Hans", "zh_CN");
            case "ko" -> new Language("ko", "한국어", Locale.forLanguageTag("ko-KR"), "ko", "ko_KR");
            case "ja" -> new Language("ja", "日本語", Locale.forLanguageTag("ja-JP"), "ja", "ja_JP");
            default -> null;
        };
    }
}
