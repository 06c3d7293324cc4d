package vn.haiphong.showcase.i18n;

/**
 * CLDR cardinal plural categories for the languages we publish. Vietnamese, Chinese, Korean and
 * Japanese have no grammatical plural (only {@code other}); English has {@code one} and {@code other}.
 */
public final class PluralRules {
    private PluralRules() {
    }

    /** The CLDR category of {@code n} in {@code lang} ("one", "few", "many" or "other"). */
    public static String category(String lang, long n) {
        long abs = Math.abs(n);
        return switch (lang) {
            case "vi", "zh", "ko", "ja", "th", "id", "ms", "lo", "km", "my" -> "other";
            case "fr", "pt" -> abs == 0 || abs == 1 ? "one" : "other";
            case "ru", "uk" -> {
                long m10 = abs % 10;
                long m100 = abs % 100;
                if (m10 == 1 && m100 != 11) {
                    yield "one";
                }
                yield m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? "few" : "many";
            }
            default -> abs == 1 ? "one" : "other";
        };
    }
}
