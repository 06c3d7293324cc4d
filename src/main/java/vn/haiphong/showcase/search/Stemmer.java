package vn.haiphong.showcase.search;

/**
 * A small English stemmer (plurals, {@code -ing}, {@code -ed}: the first step of Porter's), written
 * the same way in {@code src/main/js/search/analyze.js} so the browser stems queries exactly as
 * the index was stemmed. {@code ports} → {@code port}, {@code cities} → {@code city},
 * {@code shipping} → {@code ship}, {@code festivals} → {@code festival}, {@code beaches} → {@code beach}.
 */
final class Stemmer {
    private Stemmer() {
    }

    static String stem(String w) {
        if (w.length() <= 3 || !ascii(w)) {
            return w;
        }
        if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("zzes")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ies")) {
            w = w.length() > 4 ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ing") && w.length() - 3 >= 3 && vowel(w, w.length() - 3)) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("ed") && !w.endsWith("eed") && w.length() - 2 >= 3 && vowel(w, w.length() - 2)) {
            w = undouble(w.substring(0, w.length() - 2));
        }
        return w;
    }

    private static boolean ascii(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code w} has a vowel before {@code end}. */
    private static boolean vowel(String w, int end) {
        for (int i = 0; i < end; i++) {
            if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code shipp} → {@code ship}, but {@code fall}, {@code miss}, {@code buzz} stay. */
    private static String undouble(String w) {
        int n = w.length();
        if (n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && "aeioulsz".indexOf(w.charAt(n - 1)) < 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
