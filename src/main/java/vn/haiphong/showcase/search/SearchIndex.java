package vn.haiphong.showcase.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.haiphong.showcase.content.Permalinks;
import vn.haiphong.showcase.text.JsonStrings;

/**
 * A language's search index: documents → terms (see {@link Analyzer}) → postings, split into
 * shards by a hash of each term's first characters so a query fetches only the shards of its own
 * terms (and the last word's prefix while typing); the documents' titles and excerpts are in
 * chunks fetched only for the results shown. Everything lives in one folder named by its content,
 * {@code /search/vi.1a2b3c4d/}, so the CDN caches it for ever:
 * <pre>
 *   index.json      {"v":1,"lang":"vi","docs":N,"shards":S,"chunk":C,"t2s":"t2s.txt"|null}
 *   t/&lt;n&gt;.json      {"term":[doc,weight,docDelta,weight,…],…}   postings, doc ids delta-coded
 *   d/&lt;n&gt;.json      [[url,title,section,kind,excerpt],…]        documents n·C … n·C+C-1
 *   t2s.txt         (Chinese only) the Traditional → Simplified table as character pairs
 * </pre>
 * The browser side ({@code src/main/js/search/}) hashes and analyses exactly as this class does.
 */
public final class SearchIndex {
    /** Documents per chunk file. */
    static final int CHUNK = 10;
    /** How much of a document's text the excerpt is made from. */
    static final int EXCERPT = 400;
    static final int TITLE_WEIGHT = 5;
    static final int DESCRIPTION_WEIGHT = 2;
    static final int MAX_WEIGHT = 255;

    /** The files of the index, relative to {@link #folder}, and the folder's URL ({@code /search/vi.1a2b3c4d/}). */
    public record Built(String folder, SortedMap<String, byte[]> files, int documents, int terms) {
    }

    private SearchIndex() {
    }

    /**
     * What the index takes from one document, worked out on its own (so on any thread, while pages
     * render): each distinct term with its weight (title {@value #TITLE_WEIGHT}, description
     * {@value #DESCRIPTION_WEIGHT}, text 1 per occurrence, at most {@value #MAX_WEIGHT}), and the
     * text its excerpt is cut from.
     */
    public record Prepared(String[] terms, byte[] weights, String excerpt) {
        /** The weight of term {@code k}. */
        int weight(int k) {
            return weights[k] & 0xFF;
        }
    }

    /** {@code d} prepared for the index of {@code analyzer}'s language. */
    public static Prepared prepare(Analyzer analyzer, SearchDocument d) {
        Map<String, int[]> w = new HashMap<>();
        analyzer.indexTerms(d.title(), t -> w.computeIfAbsent(t, k -> new int[1])[0] += TITLE_WEIGHT);
        analyzer.indexTerms(d.description(), t -> w.computeIfAbsent(t, k -> new int[1])[0] += DESCRIPTION_WEIGHT);
        analyzer.indexTerms(d.text(), t -> w.computeIfAbsent(t, k -> new int[1])[0]++);
        String[] terms = new String[w.size()];
        byte[] weights = new byte[w.size()];
        int k = 0;
        for (Map.Entry<String, int[]> e : w.entrySet()) {
            terms[k] = analyzer.canonical(e.getKey());
            weights[k++] = (byte) Math.min(MAX_WEIGHT, e.getValue()[0]);
        }
        return new Prepared(terms, weights, excerptSource(d));
    }

    /** Builds the index of {@code docs} (in any order: they are sorted) for {@code lang}. */
    public static Built build(String lang, List<SearchDocument> docs) {
        return build(new Analyzer(lang, T2S.table()), docs);
    }

    /**
     * Builds the index of {@code docs} for {@code analyzer}'s language; a document
     * {@linkplain SearchDocument#prepared(Analyzer) prepared} already is not analysed again.
     */
    public static Built build(Analyzer analyzer, List<SearchDocument> docs) {
        String lang = analyzer.lang();
        List<SearchDocument> sorted = new ArrayList<>(docs);
        sorted.sort(Comparator.comparing((SearchDocument d) -> d.kind().ordinal()).thenComparing(SearchDocument::url));
        Prepared[] ready = new Prepared[sorted.size()];
        Map<String, Postings> postings = new HashMap<>();
        for (int id = 0; id < sorted.size(); id++) {
            SearchDocument d = sorted.get(id);
            Prepared p = d.prepared() != null ? d.prepared() : prepare(analyzer, d);
            ready[id] = p;
            for (int k = 0; k < p.terms().length; k++) {
                Postings list = postings.get(p.terms()[k]);
                if (list == null) {
                    list = new Postings();
                    postings.put(p.terms()[k], list);
                }
                list.add(id, p.weight(k));
            }
        }
        int shards = shardCount(postings.size());
        List<TreeMap<String, Postings>> byShard = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            byShard.add(new TreeMap<>());
        }
        postings.forEach((term, list) -> byShard.get(shard(term, shards)).put(term, list));
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < shards; i++) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<String, Postings> e : byShard.get(i).entrySet()) {
                sb.append(first ? "" : ",").append(quote(e.getKey())).append(":[");
                first = false;
                int prev = 0;
                Postings p = e.getValue();
                for (int k = 0; k < p.size; k += 2) {
                    sb.append(k == 0 ? "" : ",").append(p.pairs[k] - prev).append(',').append(p.pairs[k + 1]);
                    prev = p.pairs[k];
                }
                sb.append(']');
            }
            files.put("t/" + i + ".json", sb.append("}\n").toString().getBytes(StandardCharsets.UTF_8));
        }
        for (int c = 0; c * CHUNK < sorted.size() || c == 0; c++) {
            StringBuilder sb = new StringBuilder("[");
            for (int id = c * CHUNK; id < Math.min(sorted.size(), (c + 1) * CHUNK); id++) {
                SearchDocument d = sorted.get(id);
                sb.append(id == c * CHUNK ? "" : ",\n").append('[').append(quote(d.url())).append(',')
                        .append(quote(d.title())).append(',').append(quote(d.section())).append(',')
                        .append(quote(d.kind().name().toLowerCase(java.util.Locale.ROOT))).append(',')
                        .append(quote(ready[id].excerpt())).append(']');
            }
            files.put("d/" + c + ".json", sb.append("]\n").toString().getBytes(StandardCharsets.UTF_8));
        }
        boolean zh = "zh".equals(lang);
        if (zh) {
            files.put("t2s.txt", T2S.table().pairs().getBytes(StandardCharsets.UTF_8));
        }
        files.put("index.json", ("{\"v\":1,\"lang\":" + quote(lang) + ",\"docs\":" + sorted.size() + ",\"shards\":" + shards
                + ",\"chunk\":" + CHUNK + ",\"t2s\":" + (zh ? "\"t2s.txt\"" : "null") + "}\n").getBytes(StandardCharsets.UTF_8));
        String folder = Permalinks.searchIndex(lang, hash(files));
        return new Built(folder, files, sorted.size(), postings.size());
    }

    /** A term's documents and weights, as pairs (document id, weight) in the order of the ids. */
    private static final class Postings {
        int[] pairs = new int[4];
        int size;

        void add(int doc, int weight) {
            if (size == pairs.length) {
                pairs = java.util.Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = doc;
            pairs[size++] = weight;
        }
    }

    /** The description, then the text, cut to {@link #EXCERPT} characters (at a character boundary). */
    static String excerptSource(SearchDocument d) {
        String raw = (d.description().isBlank() ? "" : d.description().strip() + " ") + d.text().strip();
        // Only the start is needed: normalising and collapsing stop at a space well past it. A space
        // is a boundary of both: NFC composes nothing across it, and text after it can only add to
        // the collapsed text's end, so a head longer than the excerpt starts the same as the whole.
        int space = raw.indexOf(' ', 4 * EXCERPT);
        if (space > 0) {
            String head = collapsed(raw.substring(0, space));
            if (head.length() > EXCERPT) {
                return cut(head);
            }
        }
        String s = collapsed(raw);
        return s.length() <= EXCERPT ? s : cut(s);
    }

    private static String collapsed(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }

    private static String cut(String s) {
        int end = EXCERPT;
        if (Character.isLowSurrogate(s.charAt(end))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** A power of two, about 400 terms a shard, from 1 to 4096. */
    static int shardCount(int terms) {
        int s = 1;
        while (s < 4096 && terms / s > 400) {
            s *= 2;
        }
        return s;
    }

    /**
     * The shard of {@code term}: FNV-1a (32 bits, over UTF-16 units) of its key. A pair term's key
     * is the whole term; another term's key is its first three characters (two for Hangul and CJK),
     * counting a leading {@code ~}, so every term sharing a query word's start sits in that word's
     * shard and the last word can be completed while typing.
     */
    public static int shard(String term, int shards) {
        return Integer.remainderUnsigned(fnv(shardKey(term)), shards);
    }

    static String shardKey(String term) {
        if (term.indexOf(' ') >= 0) {
            return term;
        }
        int at = term.startsWith("~") ? 1 : 0;
        if (at >= term.length()) {
            return term;
        }
        int cls = Analyzer.charClass(term.codePointAt(at));
        int n = cls == Analyzer.WORD ? 3 : 2;
        int end = at;
        for (int k = 0; k < n && end < term.length(); k++) {
            end += Character.charCount(term.codePointAt(end));
        }
        return term.substring(0, end);
    }

    static int fnv(String s) {
        int h = 0x811c9dc5;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 16777619;
        }
        return h;
    }

    private static String hash(SortedMap<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON string. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        JsonStrings.append(s, sb);
        return sb.toString();
    }
}
