package vn.haiphong.showcase.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code serve}'s update of a search index after edits writes exactly what a build from scratch would. */
class SearchIndexUpdateTest {
    private static final String[] WORDS = ("cảng biển hải phòng hoa phượng đỏ lễ hội tháng năm bến tàu "
            + "du lịch cát bà đảo vịnh lan hạ bảo tàng thành phố nhà hát lớn chợ sắt").split(" ");

    private static List<SearchDocument> docs(Random r, int n) {
        List<SearchDocument> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(doc(r, i, ""));
        }
        return out;
    }

    private static SearchDocument doc(Random r, int i, String extra) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 40; k++) {
            text.append(WORDS[r.nextInt(WORDS.length)]).append(k % 9 == 8 ? ". " : " ");
        }
        return new SearchDocument("/vi/p/" + i + "/", "Trang " + WORDS[i % WORDS.length], "Mục", SearchDocument.Kind.PAGE,
                "", text + " mã" + i + " " + extra);
    }

    private static void assertSameIndex(SearchIndex.Built expected, SearchIndex.Built actual) {
        assertEquals(expected.folder(), actual.folder());
        assertEquals(expected.files().keySet(), actual.files().keySet());
        expected.files().forEach((name, bytes) -> assertArrayEquals(bytes, actual.files().get(name), name));
        assertEquals(expected.terms(), actual.terms());
    }

    @Test
    void anUpdatedIndexIsTheIndexBuiltFromScratch() {
        Random r = new Random(7);
        List<SearchDocument> docs = docs(r, 120);
        SearchIndex.Live live = SearchIndex.Live.of("vi", docs);
        assertSame(live, live.update(new ArrayList<>(docs)), "nothing changed: the same index");
        for (int round = 0; round < 12; round++) {
            List<SearchDocument> next = new ArrayList<>(docs);
            for (int k = 0; k <= round % 3; k++) {
                int i = r.nextInt(next.size());
                // new words come (a round number), others go (the document's own code word is dropped)
                SearchDocument d = next.get(i);
                next.set(i, round % 2 == 0 ? doc(r, i, "vòng" + round)
                        : new SearchDocument(d.url(), d.title() + " mới", d.section(), d.kind(), "tóm tắt " + round,
                        d.text().replace("mã" + i, "")));
            }
            java.util.Collections.shuffle(next, r);
            SearchIndex.Live updated = live.update(next);
            assertSameIndex(SearchIndex.build("vi", next), updated.built());
            assertNotEquals(live.built().folder(), updated.built().folder(), "a changed index gets a new folder");
            live = updated;
            docs = next;
        }
    }

    @Test
    void documentsThatComeOrGoRebuildTheIndex() {
        Random r = new Random(11);
        List<SearchDocument> docs = docs(r, 30);
        SearchIndex.Live live = SearchIndex.Live.of("en", docs);
        List<SearchDocument> fewer = new ArrayList<>(docs.subList(1, docs.size()));
        assertSameIndex(SearchIndex.build("en", fewer), live.update(fewer).built());
        List<SearchDocument> renamed = new ArrayList<>(docs);
        SearchDocument d = renamed.get(3);
        renamed.set(3, new SearchDocument("/en/moved/", d.title(), d.section(), d.kind(), d.description(), d.text()));
        assertSameIndex(SearchIndex.build("en", renamed), live.update(renamed).built());
    }

    @Test
    void anEditThatChangesTheNumberOfShardsRebuildsTheIndex() {
        // one document whose words fill about 400 terms: a shard's worth, so more words need two shards
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 396; i++) {
            text.append("w").append(Integer.toString(i, 36)).append("x. ");
        }
        SearchDocument one = new SearchDocument("/en/a/", "A", "", SearchDocument.Kind.PAGE, "", text.toString());
        SearchIndex.Live live = SearchIndex.Live.of("en", List.of(one));
        assertEquals("{\"v\":1,\"lang\":\"en\",\"docs\":1,\"shards\":1,\"chunk\":10,\"t2s\":null}\n",
                new String(live.built().files().get("index.json"), java.nio.charset.StandardCharsets.UTF_8));
        SearchDocument more = new SearchDocument("/en/a/", "A", "", SearchDocument.Kind.PAGE, "",
                text + " extra1x. extra2x. extra3x. extra4x. extra5x. extra6x. extra7x. extra8x");
        SearchIndex.Built updated = live.update(List.of(more)).built();
        assertSameIndex(SearchIndex.build("en", List.of(more)), updated);
        assertEquals(2, updated.files().keySet().stream().filter(f -> f.startsWith("t/")).count());
    }
}
