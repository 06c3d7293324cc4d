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

    /** What was prepared of {@code d}, or that worked out now. */
    private static Prepared prepared(Analyzer analyzer, SearchDocument d) {
        return d.prepared() != null ? d.prepared() : prepare(analyzer, d);
    }

    /** The files of the index, relative to {@link #folder}, and the folder's URL ({@code /search/vi.1a2b3c4d/}). */
    public record Built(String folder, SortedMap<String, byte[]> files, int documents, int terms) {
    }

    private SearchIndex() {
    }

    /** Builds the index of {@code docs} (in any order: they are sorted) for {@code lang}. */
    public static Built build(String lang, List<SearchDocument> docs) {
        return Live.of(new Analyzer(lang, T2S.table()), docs).built();
    }

    /**
     * Builds the index of {@code docs} for {@code analyzer}'s language; a document
     * {@linkplain SearchDocument#prepared(Analyzer) prepared} already is not analysed again.
     */
    public static Built build(Analyzer analyzer, List<SearchDocument> docs) {
        return Live.of(analyzer, docs).built();
    }

    /**
     * A language's index that {@code serve} brings up to date after an edit by reading again only
     * the documents that changed: a document's terms are diffed against its previous text and only
     * the shards of terms whose postings changed, and the changed documents' chunks, are written
     * again. The files are exactly what {@link #build} makes of the same documents. Immutable: an
     * update returns a new instance sharing what did not change.
     */
    public static final class Live {
        private final Analyzer analyzer;
        private final String lang;
        /** The documents in id order. */
        private final List<SearchDocument> sorted;
        /** Document id by {@link #key}; null when two documents share a key (then updates rebuild). */
        private final Map<String, Integer> ids;
        /** Document id by the document object itself: an unchanged page hands the same object again, found without building its key. */
        private final Map<SearchDocument, Integer> same;
        /** Per shard, term → postings {@code [id, weight, id, weight, …]} by id; neither is changed after construction. */
        private final List<TreeMap<String, int[]>> shards;
        private final int terms;
        private final Built built;

        private Live(Analyzer analyzer, List<SearchDocument> sorted, Map<String, Integer> ids,
                     List<TreeMap<String, int[]>> shards, int terms, SortedMap<String, byte[]> files) {
            this.analyzer = analyzer;
            this.lang = analyzer.lang();
            this.sorted = sorted;
            this.ids = ids;
            this.same = new java.util.IdentityHashMap<>(sorted.size() * 2);
            for (int id = 0; id < sorted.size(); id++) {
                same.put(sorted.get(id), id);
            }
            this.shards = shards;
            this.terms = terms;
            // named by all of its bytes, as ever (an update hashes its language's files again: a
            // few milliseconds where the JIT's SHA instructions run, against renaming every folder)
            this.built = new Built(Permalinks.searchIndex(lang, hash(files)),
                    java.util.Collections.unmodifiableSortedMap(files), sorted.size(), terms);
        }

        /** The index of {@code docs} (in any order: they are sorted), built from scratch. */
        public static Live of(String lang, List<SearchDocument> docs) {
            return of(new Analyzer(lang, T2S.table()), docs);
        }

        /** The index of {@code docs} for {@code analyzer}'s language; prepared documents are not analysed again. */
        public static Live of(Analyzer analyzer, List<SearchDocument> docs) {
            String lang = analyzer.lang();
            List<SearchDocument> sorted = new ArrayList<>(docs);
            sorted.sort(Comparator.comparing((SearchDocument d) -> d.kind().ordinal()).thenComparing(SearchDocument::url));
            Map<String, Postings> postings = new HashMap<>();
            Map<String, Integer> ids = new HashMap<>();
            for (int id = 0; id < sorted.size(); id++) {
                SearchDocument d = sorted.get(id);
                if (ids != null && ids.put(key(d), id) != null) {
                    ids = null;
                }
                Prepared p = prepared(analyzer, d);
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
            List<TreeMap<String, int[]>> byShard = new ArrayList<>();
            for (int i = 0; i < shards; i++) {
                byShard.add(new TreeMap<>());
            }
            postings.forEach((term, list) -> byShard.get(shard(term, shards)).put(term, list.toArray()));
            SortedMap<String, byte[]> files = new TreeMap<>();
            for (int i = 0; i < shards; i++) {
                files.put(shardFile(i), shardJson(byShard.get(i)));
            }
            for (int c = 0; c * CHUNK < sorted.size() || c == 0; c++) {
                files.put(chunkFile(c), chunkJson(sorted, c));
            }
            boolean zh = "zh".equals(lang);
            if (zh) {
                files.put("t2s.txt", T2S.table().pairs().getBytes(StandardCharsets.UTF_8));
            }
            files.put("index.json", ("{\"v\":1,\"lang\":" + quote(lang) + ",\"docs\":" + sorted.size() + ",\"shards\":" + shards
                    + ",\"chunk\":" + CHUNK + ",\"t2s\":" + (zh ? "\"t2s.txt\"" : "null") + "}\n").getBytes(StandardCharsets.UTF_8));
            return new Live(analyzer, List.copyOf(sorted), ids, byShard, postings.size(), files);
        }

        /** The index's files and folder. */
        public Built built() {
            return built;
        }

        /**
         * The index of {@code docs}, which are this index's documents with some of them changed:
         * this instance when none changed, otherwise an index that reads only the changed ones
         * again — or one built from scratch when documents came or went (the ids would shift) or
         * the number of shards changes.
         */
        public Live update(List<SearchDocument> docs) {
            if (ids == null || docs.size() != sorted.size()) {
                return of(analyzer, docs);
            }
            List<SearchDocument> next = null;
            java.util.BitSet seen = new java.util.BitSet(sorted.size());
            List<Integer> changed = new ArrayList<>();
            for (SearchDocument d : docs) {
                Integer id = same.get(d);
                if (id == null) {
                    id = ids.get(key(d));
                }
                if (id == null || seen.get(id)) {
                    return of(analyzer, docs);
                }
                seen.set(id);
                if (!sorted.get(id).equals(d)) {
                    if (next == null) {
                        next = new ArrayList<>(sorted);
                    }
                    next.set(id, d);
                    changed.add(id);
                }
            }
            if (next == null) {
                return this;
            }
            int count = shards.size();
            // per shard, per term, the changed documents' new weights (0: no longer there)
            Map<Integer, Map<String, Map<Integer, Integer>>> edits = new TreeMap<>();
            for (int id : changed) {
                Map<String, Integer> before = weights(analyzer, sorted.get(id));
                Map<String, Integer> after = weights(analyzer, next.get(id));
                java.util.Set<String> all = new java.util.HashSet<>(before.keySet());
                all.addAll(after.keySet());
                for (String term : all) {
                    int w = after.getOrDefault(term, 0);
                    if (w != before.getOrDefault(term, 0)) {
                        edits.computeIfAbsent(shard(term, count), k -> new HashMap<>())
                                .computeIfAbsent(term, k -> new TreeMap<>()).put(id, w);
                    }
                }
            }
            List<TreeMap<String, int[]>> byShard = new ArrayList<>(shards);
            int termCount = terms;
            for (Map.Entry<Integer, Map<String, Map<Integer, Integer>>> se : edits.entrySet()) {
                TreeMap<String, int[]> shard = new TreeMap<>(shards.get(se.getKey()));
                for (Map.Entry<String, Map<Integer, Integer>> te : se.getValue().entrySet()) {
                    int[] was = shard.get(te.getKey());
                    int[] now = edit(was, te.getValue());
                    if (now.length == 0) {
                        shard.remove(te.getKey());
                        termCount -= was == null ? 0 : 1;
                    } else {
                        shard.put(te.getKey(), now);
                        termCount += was == null ? 1 : 0;
                    }
                }
                byShard.set(se.getKey(), shard);
            }
            if (shardCount(termCount) != count) {
                return of(analyzer, next);
            }
            SortedMap<String, byte[]> files = new TreeMap<>(built.files());
            for (int i : edits.keySet()) {
                files.put(shardFile(i), shardJson(byShard.get(i)));
            }
            for (int c : new java.util.TreeSet<>(changed.stream().map(id -> id / CHUNK).toList())) {
                files.put(chunkFile(c), chunkJson(next, c));
            }
            return new Live(analyzer, List.copyOf(next), ids, byShard, termCount, files);
        }

        private static String key(SearchDocument d) {
            return d.kind().ordinal() + " " + d.url();
        }

        /** {@code postings} with the documents of {@code weights} set to their weight there (0 removes one). */
        private static int[] edit(int[] postings, Map<Integer, Integer> weights) {
            TreeMap<Integer, Integer> all = new TreeMap<>();
            if (postings != null) {
                for (int k = 0; k < postings.length; k += 2) {
                    all.put(postings[k], postings[k + 1]);
                }
            }
            weights.forEach((id, w) -> {
                if (w == 0) {
                    all.remove(id);
                } else {
                    all.put(id, w);
                }
            });
            int[] out = new int[all.size() * 2];
            int k = 0;
            for (Map.Entry<Integer, Integer> e : all.entrySet()) {
                out[k++] = e.getKey();
                out[k++] = e.getValue();
            }
            return out;
        }
    }

    /** A growing postings list {@code [id, weight, …]}. */
    private static final class Postings {
        private int[] a = new int[4];
        private int n;

        void add(int id, int weight) {
            if (n + 2 > a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = id;
            a[n++] = weight;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }

    /** Each term of the document with its weight (title and description count more than the text), capped. */
    private static Map<String, Integer> weights(Analyzer analyzer, SearchDocument d) {
        Prepared p = prepared(analyzer, d);
        Map<String, Integer> w = new HashMap<>();
        for (int k = 0; k < p.terms().length; k++) {
            w.put(p.terms()[k], p.weight(k));
        }
        return w;
    }

    private static String shardFile(int i) {
        return "t/" + i + ".json";
    }

    private static String chunkFile(int c) {
        return "d/" + c + ".json";
    }

    private static byte[] shardJson(SortedMap<String, int[]> terms) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, int[]> e : terms.entrySet()) {
            sb.append(first ? "" : ",").append(quote(e.getKey())).append(":[");
            first = false;
            int prev = 0;
            int[] p = e.getValue();
            for (int k = 0; k < p.length; k += 2) {
                sb.append(k == 0 ? "" : ",").append(p[k] - prev).append(',').append(p[k + 1]);
                prev = p[k];
            }
            sb.append(']');
        }
        return sb.append("}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Documents {@code c·CHUNK} … {@code c·CHUNK + CHUNK - 1}. */
    private static byte[] chunkJson(List<SearchDocument> sorted, int c) {
        StringBuilder sb = new StringBuilder("[");
        for (int id = c * CHUNK; id < Math.min(sorted.size(), (c + 1) * CHUNK); id++) {
            SearchDocument d = sorted.get(id);
            sb.append(id == c * CHUNK ? "" : ",\n").append('[').append(quote(d.url())).append(',')
                    .append(quote(d.title())).append(',').append(quote(d.section())).append(',')
                    .append(quote(d.kind().name().toLowerCase(java.util.Locale.ROOT))).append(',')
                    .append(quote(d.prepared() != null ? d.prepared().excerpt() : excerptSource(d))).append(']');
        }
        return sb.append("]\n").toString().getBytes(StandardCharsets.UTF_8);
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

    /** The folder's name: SHA-256 over every file's name and the SHA-256 of its bytes, in name order. */
    private static String hash(SortedMap<String, byte[]> files) {
        MessageDigest md = sha256();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(e.getValue());
        }
        return HexFormat.of().formatHex(md.digest());
    }


    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
