package vn.haiphong.showcase.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The Traditional → Simplified Chinese character table ({@code t2s.tsv}, from OpenCC, Apache-2.0;
 * see {@code tools/search-t2s.py}). The browser gets the same table, written into the Chinese
 * index as {@code t2s.txt}, so queries fold exactly as the index did.
 */
public final class T2S {
    private final Map<Integer, Integer> map;
    private final String pairs;

    private T2S(Map<Integer, Integer> map, String pairs) {
        this.map = map;
        this.pairs = pairs;
    }

    /** The table of this jar, read once. */
    public static T2S table() {
        return Holder.TABLE;
    }

    private static final class Holder {
        static final T2S TABLE = load();
    }

    private static T2S load() {
        try (InputStream in = T2S.class.getResourceAsStream("t2s.tsv")) {
            if (in == null) {
                throw new IllegalStateException("t2s.tsv is not in this build");
            }
            Map<Integer, Integer> map = new HashMap<>();
            StringBuilder pairs = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] kv = line.split("\t");
                map.put(kv[0].codePointAt(0), kv[1].codePointAt(0));
                pairs.append(kv[0]).append(kv[1]);
            }
            return new T2S(Map.copyOf(map), pairs.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Simplified form of {@code cp}, or {@code cp}. */
    public int map(int cp) {
        return map.getOrDefault(cp, cp);
    }

    /** The whole table as one string of (Traditional, Simplified) character pairs, for the browser. */
    public String pairs() {
        return pairs;
    }
}
