package vn.haiphong.showcase.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates as each language writes them, through java.time with an explicit locale (never the JVM
 * default): {@code 21 tháng 11, 2026}, {@code 21 November 2026}, {@code 2026年11月21日},
 * {@code 2026년 11월 21일}.
 */
public final class Dates {
    private static final Map<Locale, DateTimeFormatter> LONG = new ConcurrentHashMap<>();

    private Dates() {
    }

    /** The long date of {@code date} in {@code locale}. */
    public static String longDate(LocalDate date, Locale locale) {
        return LONG.computeIfAbsent(locale, l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l))
                .format(date);
    }
}
