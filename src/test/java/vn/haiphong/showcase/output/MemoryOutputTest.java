package vn.haiphong.showcase.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A build that continues the previous one (serve after an edit) publishes what a copy of it with the same changes would. */
class MemoryOutputTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertPublishes(Map<String, String> expected, MemoryOutput out) {
        Map<String, String> actual = new TreeMap<>();
        out.files().forEach((k, e) -> actual.put(k, new String(e.bytes(), StandardCharsets.UTF_8)));
        assertEquals(new TreeMap<>(expected), actual);
        expected.forEach((k, v) -> assertArrayEquals(b(v), out.get(k).bytes(), k));
    }

    @Test
    void laterBuildsSeeTheirOwnChangesOnTopOfEarlierOnes() {
        MemoryOutput first = new MemoryOutput();
        Map<String, String> model = new TreeMap<>();
        for (int i = 0; i < 50; i++) {
            first.write("en/p" + i + "/index.html", b("page " + i));
            model.put("en/p" + i + "/index.html", "page " + i);
        }
        first.write("search/en.aaaa/index.json", b("a"));
        model.put("search/en.aaaa/index.json", "a");
        MemoryOutput current = first;
        // many edits: each rewrites a page and moves the search index to a new folder
        for (int edit = 0; edit < 300; edit++) {
            MemoryOutput next = new MemoryOutput(current);
            String page = "en/p" + (edit % 50) + "/index.html";
            next.write(page, b("edit " + edit));
            model.put(page, "edit " + edit);
            String old = edit == 0 ? "search/en.aaaa/" : "search/en." + (edit - 1) + "/";
            String folder = "search/en." + edit + "/";
            for (int f = 0; f < 20; f++) {
                next.write(folder + "t/" + f + ".json", b(edit + "/" + f));
                model.put(folder + "t/" + f + ".json", edit + "/" + f);
            }
            next.removeFolder(old);
            model.keySet().removeIf(k -> k.startsWith(old));
            assertNull(next.get(old + "t/0.json"));
            assertPublishes(model, next);
            current = next;
        }
        // a folder removed earlier and written again is published again
        MemoryOutput again = new MemoryOutput(current);
        again.write("search/en.aaaa/index.json", b("back"));
        model.put("search/en.aaaa/index.json", "back");
        assertPublishes(model, again);
        assertEquals("page 3", new String(first.get("en/p3/index.html").bytes(), StandardCharsets.UTF_8),
                "the build served before is untouched");
    }
}
