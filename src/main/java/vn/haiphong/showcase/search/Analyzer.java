package vn.haiphong.showcase.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Turns text into search terms, the same way at build time (here) and in the visitor's browser
 * ({@code src/main/js/search/analyze.js}, a line-by-line port checked by {@code AnalyzerParityTest}).
 * No dictionaries, so both sides agree by construction:
 * <ul>
 * <li>the text is cut into runs by script: Latin-like words (letters, digits, marks), Hangul
 *     words, and CJK runs (Han and kana together, so Japanese words mixing both stay whole);</li>
 * <li>a word gives its lower-cased NFKC form (stemmed in English) and, when different, a folded
 *     form {@code ~…} without diacritics ({@code đ} → {@code d}): a query typed without accents
 *     finds the folded form, and one typed with them also finds the exact form, which ranks higher;</li>
 * <li>a Korean word also gives itself without a trailing particle ({@code 깟바에서} → {@code 깟바});</li>
 * <li>a CJK run gives every character and every pair of neighbouring characters (bigrams); Chinese
 *     is folded Traditional → Simplified (OpenCC's table), katakana to hiragana everywhere;</li>
 * <li>two neighbouring words also give a pair term of their folded forms ({@code "~hai phong"}),
 *     so a phrase ranks above pages that only have both words somewhere.</li>
 * </ul>
 */
public final class Analyzer {
    /** What kind of run a unit comes from. */
    public enum Kind { WORD, HANGUL, CJK }

    /**
     * One word (or one CJK run) of the text: where it is ({@code start}/{@code end} in UTF-16
     * units of the NFC text), its terms ({@code exact}, {@code folded} or null, {@code base} the
     * Korean word without particle or null) and, for a CJK run, its normalised characters.
     */
    public record Unit(Kind kind, int start, int end, String exact, String folded, String base, List<String> chars,
                       boolean joined) {
    }

    /** Korean particles stripped at the end of a word, longest first. */
    static final String[] PARTICLES = {"에서는", "으로는", "에서", "에게", "까지", "부터", "으로", "처럼", "보다", "이나",
        "은", "는", "이", "가", "을", "를", "에", "의", "로", "와", "과", "도", "만", "나"};

    private final String lang;
    private final T2S t2s;

    public Analyzer(String lang, T2S t2s) {
        this.lang = lang;
        this.t2s = t2s;
    }

    public String lang() {
        return lang;
    }

    /** The text's units, in order. */
    public List<Unit> units(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<Unit> out = new ArrayList<>();
        int i = 0;
        int lastEnd = -1;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int cls = charClass(cp);
            if (cls == SEP) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i = runEnd(s, i, cls);
            String run = s.substring(start, i);
            boolean joined = lastEnd >= 0 && onlySpaces(s, lastEnd, start);
            lastEnd = i;
            String norm = Normalizer.normalize(run, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            if (cls == CJK) {
                List<String> chars = new ArrayList<>();
                for (int k = 0; k < norm.length(); ) {
                    int c = norm.codePointAt(k);
                    k += Character.charCount(c);
                    chars.add(foldCjk(c));
                }
                out.add(new Unit(Kind.CJK, start, i, null, null, null, List.copyOf(chars), false));
            } else if (cls == HANGUL) {
                if (norm.length() > MAX_WORD) {
                    continue;
                }
                String base = stripParticle(norm);
                out.add(new Unit(Kind.HANGUL, start, i, norm, null, base.equals(norm) ? null : base, List.of(), joined));
            } else {
                if (norm.length() > MAX_WORD) {
                    continue;
                }
                String exact = "en".equals(lang) ? Stemmer.stem(norm) : norm;
                String f = fold(norm);
                String folded = "en".equals(lang) ? Stemmer.stem(f) : f;
                out.add(new Unit(Kind.WORD, start, i, exact, folded.equals(exact) ? null : folded, null, List.of(), joined));
            }
        }
        return out;
    }

    /** Where the run of class {@code cls} that starts at {@code start} ends. */
    private static int runEnd(String s, int start, int cls) {
        int i = start;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (charClass(c) != cls) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** Longer words are not words (hashes, URLs) and are left out. */
    static final int MAX_WORD = 40;

    /**
     * Every term of {@code text} with how often it occurs: what the index stores. CJK runs give
     * their characters and bigrams; neighbouring words give pair terms.
     */
    public List<String> indexTerms(String text) {
        List<String> terms = new ArrayList<>();
        indexTerms(text, terms::add);
        return terms;
    }

    /**
     * {@link #indexTerms(String)} term by term, in the same order, without building {@link Unit}s:
     * what building an index runs over every page. A word's terms are worked out once per
     * analyser (a site repeats its words thousands of times), so only the first sighting pays
     * for normalising, folding and stemming. Safe to call from several threads at once.
     */
    public void indexTerms(String text, Consumer<String> sink) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        int i = 0;
        int lastEnd = -1;
        Word prev = null;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int cls = charClass(cp);
            if (cls == SEP) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i = runEnd(s, i, cls);
            boolean joined = lastEnd >= 0 && onlySpaces(s, lastEnd, start);
            lastEnd = i;
            String run = s.substring(start, i);
            if (cls == CJK) {
                String norm = Normalizer.normalize(run, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
                String before = null;
                for (int k = 0; k < norm.length(); ) {
                    int c = norm.codePointAt(k);
                    k += Character.charCount(c);
                    String ch = cjk(c);
                    if (before != null) {
                        sink.accept(before + ch);
                    }
                    sink.accept(ch);
                    before = ch;
                }
                prev = null;
                continue;
            }
            Word w = words.get(run);
            if (w == null) {
                w = words.computeIfAbsent(run, r -> word(r, cls));
            }
            if (w == Word.TOO_LONG) {
                continue;
            }
            sink.accept(w.exact);
            if (w.tilde != null) {
                sink.accept(w.tilde);
            }
            if (w.base != null) {
                sink.accept(w.base);
            }
            for (String pair : w.syllablePairs) {
                sink.accept(pair);
            }
            if (prev != null && joined) {
                // only the folded pair: the words themselves already rank exact diacritics higher
                sink.accept("~" + prev.pairFolded + " " + w.pairFolded);
            }
            prev = w;
        }
    }

    /** A word's terms, as {@link #units} and {@link #indexTerms(String)} make them. */
    private record Word(String exact, String tilde, String base, List<String> syllablePairs, String pairFolded) {
        static final Word TOO_LONG = new Word(null, null, null, List.of(), null);
    }

    /** What was worked out per word (the run as it stands in the NFC text). */
    private final Map<String, Word> words = new ConcurrentHashMap<>();
    /** Per BMP code point, the CJK character's search form ({@link #foldCjk}); filled as met. */
    private final String[] cjkForms = new String[0x10000];

    /** Terms met so far, so that documents prepared for one index share each term's string. */
    private final Map<String, String> canonical = new ConcurrentHashMap<>();

    /** {@code term}, or the equal string this analyser returned before. */
    public String canonical(String term) {
        String c = canonical.get(term); // a plain read first: putIfAbsent locks even when the term is there
        if (c == null) {
            c = canonical.putIfAbsent(term, term);
        }
        return c == null ? term : c;
    }

    private String cjk(int c) {
        if (c >= cjkForms.length) {
            return foldCjk(c);
        }
        String f = cjkForms[c];
        if (f == null) {
            f = foldCjk(c);
            cjkForms[c] = f; // a race writes the same string twice: harmless
        }
        return f;
    }

    private Word word(String run, int cls) {
        String norm = Normalizer.normalize(run, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (norm.length() > MAX_WORD) {
            return Word.TOO_LONG;
        }
        Unit u;
        if (cls == HANGUL) {
            String base = stripParticle(norm);
            u = new Unit(Kind.HANGUL, 0, 0, norm, null, base.equals(norm) ? null : base, List.of(), false);
        } else {
            String exact = "en".equals(lang) ? Stemmer.stem(norm) : norm;
            String f = fold(norm);
            String folded = "en".equals(lang) ? Stemmer.stem(f) : f;
            u = new Unit(Kind.WORD, 0, 0, exact, folded.equals(exact) ? null : folded, null, List.of(), false);
        }
        return new Word(u.exact(), u.folded() == null ? null : "~" + u.folded(), u.base(),
                cls == HANGUL ? List.copyOf(syllablePairs(pairForm(u))) : List.of(), foldedForm(u));
    }

    /**
     * A Korean word's neighbouring syllables, {@code ^문화}, {@code ^화유}, {@code ^유산}: what a query
     * word that is not in the text as a whole word (part of a compound, {@code 문화유산} in
     * {@code 세계문화유산}) is looked up by.
     */
    public static List<String> syllablePairs(String word) {
        List<String> out = new ArrayList<>();
        int[] cps = word.codePoints().toArray();
        for (int k = 0; k + 1 < cps.length; k++) {
            out.add("^" + new String(cps, k, 2));
        }
        return out;
    }

    /** The form a word takes in a pair term: the Korean word without particle, else the exact form. */
    static String pairForm(Unit u) {
        return u.base() != null ? u.base() : u.exact();
    }

    static String foldedForm(Unit u) {
        return u.folded() != null ? u.folded() : pairForm(u);
    }

    private String foldCjk(int c) {
        if (c >= 0x30A1 && c <= 0x30F6) {
            c -= 0x60; // katakana → hiragana
        }
        if ("zh".equals(lang)) {
            c = t2s.map(c);
        }
        return new String(Character.toChars(c));
    }

    /** {@code norm} without a trailing particle when at least one syllable is left. */
    static String stripParticle(String norm) {
        for (String p : PARTICLES) {
            if (norm.endsWith(p) && norm.length() > p.length()) {
                return norm.substring(0, norm.length() - p.length());
            }
        }
        return norm;
    }

    /** Without diacritics: NFD, combining marks dropped, {@code đ} → {@code d}. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            if (c >= 0x0300 && c <= 0x036F) {
                continue;
            }
            sb.append(c == 'đ' ? 'd' : c);
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    private static boolean onlySpaces(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\u00A0' && c != '\u3000') {
                return false;
            }
        }
        return true;
    }

    static final int SEP = 0;
    static final int WORD = 1;
    static final int HANGUL = 2;
    static final int CJK = 3;

    /** The run a character belongs to; the JavaScript side has the same ranges. */
    static int charClass(int cp) {
        if (cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0x20000 && cp <= 0x3134F || cp == 0x3005 || cp == 0x3007
                || cp >= 0x3041 && cp <= 0x309F || cp >= 0x30A0 && cp <= 0x30FF || cp >= 0x31F0 && cp <= 0x31FF
                || cp >= 0xFF66 && cp <= 0xFF9F) {
            return CJK;
        }
        if (cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0x1100 && cp <= 0x11FF || cp >= 0x3131 && cp <= 0x318E) {
            return HANGUL;
        }
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' ? WORD : SEP;
        }
        int t = Character.getType(cp);
        return switch (t) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> WORD;
            default -> SEP;
        };
    }

    /** The distinct terms of {@code text}, in order of first appearance (for tests and queries). */
    public Set<String> distinctTerms(String text) {
        return new LinkedHashSet<>(indexTerms(text));
    }
}
