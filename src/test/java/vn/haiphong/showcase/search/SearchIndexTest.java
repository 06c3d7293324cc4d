package vn.haiphong.showcase.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The index's postings are what the analyser's units say, whichever way the documents were
 * prepared: the fast path ({@link Analyzer#indexTerms(String, java.util.function.Consumer)} with its
 * word cache, documents prepared on several threads) must give the bytes of the plain one.
 */
class SearchIndexTest {
    private static final String[] WORDS = {"Hải", "Phòng", "cảng", "Lạch", "Huyện", "đường", "dương", "Cát", "Bà",
        "harbour", "harbours", "running", "ports", "investment", "吉婆岛", "海防港", "港口", "カットバ島", "ｶﾞｲﾄﾞ", "観光",
        "깟바에서", "하이퐁의", "항구로", "세계문화유산", "2030", "x", "supercalifragilisticexpialidociousnessxyzabc",
        "臺灣", "Ca\u0301t", "naïve", "&", "—", "(", ")", ".", ",", "\u3000", "\u00A0"};

    private static String text(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(WORDS[r.nextInt(WORDS.length)]);
            sb.append(switch (r.nextInt(6)) {
                case 0 -> "";
                case 1 -> ", ";
                case 2 -> "\n";
                default -> " ";
            });
        }
        return sb.toString();
    }

    private static List<SearchDocument> documents(long seed, int n) {
        Random r = new Random(seed);
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SearchDocument.Kind kind = SearchDocument.Kind.values()[r.nextInt(3)];
            docs.add(new SearchDocument("/vi/p/" + Integer.toString(r.nextInt(1_000_000), 36) + "/", text(r, 4),
                    text(r, 2), kind, r.nextBoolean() ? "" : text(r, 12), text(r, 20 + r.nextInt(400))));
        }
        return docs;
    }

    /** The terms of {@code text} built from {@link Analyzer#units} alone, as the index took them before it had a fast path. */
    private static List<String> fromUnits(Analyzer a, String text) {
        List<String> terms = new ArrayList<>();
        Analyzer.Unit prev = null;
        for (Analyzer.Unit u : a.units(text)) {
            if (u.kind() == Analyzer.Kind.CJK) {
                for (int k = 0; k < u.chars().size(); k++) {
                    terms.add(u.chars().get(k));
                    if (k + 1 < u.chars().size()) {
                        terms.add(u.chars().get(k) + u.chars().get(k + 1));
                    }
                }
                prev = null;
                continue;
            }
            terms.add(u.exact());
            if (u.folded() != null) {
                terms.add("~" + u.folded());
            }
            if (u.base() != null) {
                terms.add(u.base());
            }
            if (u.kind() == Analyzer.Kind.HANGUL) {
                terms.addAll(Analyzer.syllablePairs(Analyzer.pairForm(u)));
            }
            if (prev != null && u.joined()) {
                terms.add("~" + Analyzer.foldedForm(prev) + " " + Analyzer.foldedForm(u));
            }
            prev = u;
        }
        return terms;
    }

    @Test
    void theFastPathGivesTheTermsOfTheUnitsInTheirOrder() {
        Random r = new Random(7);
        for (String lang : List.of("vi", "en", "zh", "ko", "ja")) {
            Analyzer a = new Analyzer(lang, T2S.table());
            for (int i = 0; i < 300; i++) {
                String t = text(r, 1 + r.nextInt(60));
                // twice: the second time every word comes from the analyser's cache
                assertEquals(fromUnits(a, t), a.indexTerms(t), lang + ": " + t);
                assertEquals(fromUnits(a, t), a.indexTerms(t), lang + " (cached): " + t);
            }
        }
    }

    @Test
    void postingsAreTheSummedWeightsOfEachDocumentsTerms() {
        for (String lang : List.of("vi", "en", "zh", "ko", "ja")) {
            List<SearchDocument> docs = new ArrayList<>(documents(lang.hashCode(), 120));
            docs.add(new SearchDocument("/x/many/", "Phòng", "", SearchDocument.Kind.PAGE, "", "Phòng cảng ".repeat(300)));
            SearchIndex.Built built = SearchIndex.build(lang, docs);
            List<SearchDocument> sorted = new ArrayList<>(docs);
            sorted.sort(java.util.Comparator.comparing((SearchDocument d) -> d.kind().ordinal())
                    .thenComparing(SearchDocument::url));
            Analyzer a = new Analyzer(lang, T2S.table());
            Map<String, List<Integer>> expected = new TreeMap<>();
            for (int id = 0; id < sorted.size(); id++) {
                SearchDocument d = sorted.get(id);
                Map<String, Integer> w = new HashMap<>();
                fromUnits(a, d.title()).forEach(t -> w.merge(t, SearchIndex.TITLE_WEIGHT, Integer::sum));
                fromUnits(a, d.description()).forEach(t -> w.merge(t, SearchIndex.DESCRIPTION_WEIGHT, Integer::sum));
                fromUnits(a, d.text()).forEach(t -> w.merge(t, 1, Integer::sum));
                for (Map.Entry<String, Integer> e : w.entrySet()) {
                    List<Integer> p = expected.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                    p.add(id);
                    p.add(Math.min(SearchIndex.MAX_WEIGHT, e.getValue()));
                }
            }
            Map<String, List<Integer>> actual = new TreeMap<>();
            Pattern entry = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\":\\[([0-9,]*)\\]");
            built.files().forEach((name, bytes) -> {
                if (!name.startsWith("t/")) {
                    return;
                }
                Matcher m = entry.matcher(new String(bytes, StandardCharsets.UTF_8));
                while (m.find()) {
                    List<Integer> p = new ArrayList<>();
                    int prev = 0;
                    String[] nums = m.group(2).split(",");
                    for (int k = 0; k < nums.length; k += 2) {
                        prev += Integer.parseInt(nums[k]);
                        p.add(prev);
                        p.add(Integer.parseInt(nums[k + 1]));
                    }
                    actual.put(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"), p);
                }
            });
            assertEquals(expected, actual, lang);
            assertTrue(actual.values().stream().anyMatch(p -> p.contains(SearchIndex.MAX_WEIGHT)), "a weight reaches the cap");
        }
    }

    @Test
    void theExcerptIsCutFromTheStartOfTheWholeNormalisedText() {
        Random r = new Random(11);
        String[] bits = {"a", "e\u0301", "\u0301", " ", "  ", "\n\t ", "Hải", "𠀀", "\uD83D\uDE00", "ｶﾞ", "\u0344", "x"};
        for (int i = 0; i < 3000; i++) {
            StringBuilder t = new StringBuilder();
            int n = r.nextInt(2500);
            for (int k = 0; k < n; k++) {
                t.append(bits[r.nextInt(bits.length)]);
            }
            String desc = r.nextInt(3) == 0 ? "" : "  Mô tả " + bits[r.nextInt(bits.length)];
            SearchDocument d = new SearchDocument("/u/", "t", "", SearchDocument.Kind.PAGE, desc, t.toString());
            String whole = java.text.Normalizer.normalize((desc.isBlank() ? "" : desc.strip() + " ") + t.toString().strip(),
                    java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ");
            String expected = whole.length() <= SearchIndex.EXCERPT ? whole
                    : whole.substring(0, Character.isLowSurrogate(whole.charAt(SearchIndex.EXCERPT))
                    ? SearchIndex.EXCERPT - 1 : SearchIndex.EXCERPT);
            assertEquals(expected, SearchIndex.excerptSource(d), "case " + i);
        }
    }

    @Test
    void documentsPreparedOnManyThreadsGiveTheSameBytes() {
        for (String lang : List.of("vi", "en", "zh", "ko", "ja")) {
            List<SearchDocument> docs = documents(31L * lang.hashCode(), 200);
            SearchIndex.Built plain = SearchIndex.build(lang, docs);
            Analyzer shared = new Analyzer(lang, T2S.table());
            // half of them prepared ahead on the common pool (losing their text), the rest left to the build
            List<SearchDocument> mixed = docs.parallelStream()
                    .map(d -> d.url().hashCode() % 2 == 0 ? d.prepared(shared) : d).toList();
            assertTrue(mixed.stream().anyMatch(d -> d.prepared() != null && d.text().isEmpty()));
            SearchIndex.Built fast = SearchIndex.build(shared, mixed);
            assertEquals(plain.folder(), fast.folder(), lang);
            assertEquals(plain.files().keySet(), fast.files().keySet(), lang);
            plain.files().forEach((name, bytes) -> assertArrayEquals(bytes, fast.files().get(name), lang + " " + name));
        }
    }
}
