package vn.haiphong.showcase.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a Japanese or Chinese line may break: between phrases ({@code 玄関口から|大海原へ}), never
 * inside a word, with the phrase models of Google's BudouX. A model gives weights to the characters
 * around each gap (the 1 to 3 characters before and after it, alone, in pairs and in threes); a gap
 * whose weights sum to more than half the model's total weight is a phrase boundary. Positions are
 * UTF-16 indices and windows run over UTF-16 units, exactly as BudouX's own JavaScript parser does,
 * so the two agree on every text (a test checks this against the npm package).
 *
 * <p>The models come from the npm package {@code budoux} (Apache-2.0; see {@code NOTICE.txt} beside
 * them): the Maven build writes them into the jar as {@code vn/haiphong/showcase/i18n/budoux/*.json}.
 * Instances are immutable and shared by all threads.
 */
public final class PhraseBreaker {
    /** The feature groups: unigrams, bigrams and trigrams of the characters around a gap. */
    private static final String[] GROUPS = {"UW1", "UW2", "UW3", "UW4", "UW5", "UW6", "BW1", "BW2", "BW3",
        "TW1", "TW2", "TW3", "TW4"};
    /** For each group, the window {start, end} relative to the gap before character {@code i}. */
    private static final int[][] WINDOWS = {{-3, -2}, {-2, -1}, {-1, 0}, {0, 1}, {1, 2}, {2, 3}, {-2, 0}, {-1, 1},
        {0, 2}, {-3, 0}, {-2, 1}, {-1, 2}, {0, 3}};

    private final List<Map<String, Integer>> weights;
    /** The sum of all weights: a gap is a boundary when twice its score exceeds it. */
    private final long total;

    private PhraseBreaker(List<Map<String, Integer>> weights, long total) {
        this.weights = weights;
        this.total = total;
    }

    /**
     * The phrase breaker for a language tag ({@code ja}, {@code zh}, {@code zh-Hans}, {@code zh-CN}…),
     * or null for languages BudouX has no model of here (Korean and Vietnamese break at spaces;
     * Traditional Chinese is not published).
     */
    public static PhraseBreaker forLanguage(String lang) {
        if (lang == null) {
            return null;
        }
        String l = lang.toLowerCase(Locale.ROOT);
        if (l.equals("ja") || l.startsWith("ja-")) {
            return Models.JA;
        }
        if ((l.equals("zh") || l.startsWith("zh-")) && !l.contains("hant") && !l.endsWith("-tw") && !l.endsWith("-hk")
                && !l.endsWith("-mo")) {
            return Models.ZH_HANS;
        }
        return null;
    }

    /**
     * The phrase boundaries of {@code sentence}: ascending UTF-16 indices strictly between 0 and
     * its length, each the start of a phrase.
     */
    public int[] boundaries(String sentence) {
        int n = sentence.length();
        int[] out = new int[Math.max(0, n - 1)];
        int count = 0;
        for (int i = 1; i < n; i++) {
            long sum = 0;
            for (int g = 0; g < GROUPS.length; g++) {
                Integer w = weights.get(g).get(window(sentence, i + WINDOWS[g][0], i + WINDOWS[g][1]));
                if (w != null) {
                    sum += w;
                }
            }
            // BudouX: score = -total / 2 + sum, a boundary when score > 0; doubled to stay in integers
            if (2 * sum - total > 0) {
                out[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /**
     * Where a line of {@code text} may break: its {@link #boundaries}, except those BudouX puts
     * between the two halves of a surrogate pair (it counts UTF-16 units; a break there would cut a
     * character such as 𠀀 in two).
     */
    public int[] breaks(String text) {
        return java.util.Arrays.stream(boundaries(text))
                .filter(b -> !(Character.isHighSurrogate(text.charAt(b - 1)) && Character.isLowSurrogate(text.charAt(b))))
                .toArray();
    }

    /** {@code sentence} cut into its phrases; nothing for an empty text. */
    public List<String> phrases(String sentence) {
        List<String> out = new ArrayList<>();
        if (sentence.isEmpty()) {
            return out;
        }
        int start = 0;
        for (int b : boundaries(sentence)) {
            out.add(sentence.substring(start, b));
            start = b;
        }
        out.add(sentence.substring(start));
        return out;
    }

    /**
     * The characters {@code [from, to)} of {@code s} with JavaScript's {@code substring} rules, which
     * BudouX relies on at the ends of the text: indices are clamped to the text, so a window reaching
     * past either end is shorter (and then matches no feature of its group).
     */
    private static String window(String s, int from, int to) {
        int a = Math.max(0, Math.min(from, s.length()));
        int b = Math.max(0, Math.min(to, s.length()));
        return a <= b ? s.substring(a, b) : s.substring(b, a);
    }

    /** The models, read once when first asked for. */
    private static final class Models {
        static final PhraseBreaker JA = load("ja");
        static final PhraseBreaker ZH_HANS = load("zh-hans");

        private static PhraseBreaker load(String name) {
            String resource = "budoux/" + name + ".json";
            try (InputStream in = PhraseBreaker.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the BudouX model " + resource + " is not on the class path:"
                            + " build with Maven (`mvn -q -B package -DskipTests`), which copies it from npm `budoux`");
                }
                Map<String, Map<String, Integer>> model = ModelJson.parse(new String(in.readAllBytes(),
                        StandardCharsets.UTF_8));
                List<Map<String, Integer>> weights = new ArrayList<>();
                long total = 0;
                for (String g : GROUPS) {
                    weights.add(Map.copyOf(model.getOrDefault(g, Map.of())));
                }
                for (Map<String, Integer> group : model.values()) {
                    for (int w : group.values()) {
                        total += w;
                    }
                }
                return new PhraseBreaker(List.copyOf(weights), total);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads a model: a JSON object of feature groups, each an object of feature → integer weight. */
    static final class ModelJson {
        private final String s;
        private int at;

        private ModelJson(String s) {
            this.s = s;
        }

        static Map<String, Map<String, Integer>> parse(String json) {
            ModelJson p = new ModelJson(json);
            Map<String, Map<String, Integer>> model = new HashMap<>();
            p.expect('{');
            if (!p.peek('}')) {
                do {
                    String group = p.string();
                    p.expect(':');
                    Map<String, Integer> features = new HashMap<>();
                    p.expect('{');
                    if (!p.peek('}')) {
                        do {
                            String feature = p.string();
                            p.expect(':');
                            features.put(feature, p.integer());
                        } while (p.next(','));
                    }
                    p.expect('}');
                    model.put(group, features);
                } while (p.next(','));
            }
            p.expect('}');
            p.space();
            if (p.at != json.length()) {
                throw p.error("text after the model");
            }
            return model;
        }

        private void space() {
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
        }

        private boolean peek(char c) {
            space();
            return at < s.length() && s.charAt(at) == c;
        }

        private boolean next(char c) {
            if (peek(c)) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!next(c)) {
                throw error("`" + c + "` expected");
            }
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (at < s.length()) {
                char c = s.charAt(at++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                if (at >= s.length()) {
                    break;
                }
                char e = s.charAt(at++);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (at + 4 > s.length()) {
                            throw error("bad \\u escape");
                        }
                        sb.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> throw error("bad escape \\" + e);
                }
            }
            throw error("unterminated string");
        }

        private int integer() {
            space();
            int start = at;
            if (at < s.length() && s.charAt(at) == '-') {
                at++;
            }
            while (at < s.length() && Character.isDigit(s.charAt(at))) {
                at++;
            }
            if (at == start || (at < s.length() && (s.charAt(at) == '.' || s.charAt(at) == 'e' || s.charAt(at) == 'E'))) {
                throw error("an integer weight expected");
            }
            return Integer.parseInt(s.substring(start, at));
        }

        private IllegalStateException error(String what) {
            return new IllegalStateException("BudouX model: " + what + " at character " + at);
        }
    }
}
