package vn.haiphong.showcase.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.output.MemoryOutput;
import vn.haiphong.showcase.testing.Fixtures;

/**
 * {@code serve}'s rebuild after edits of page bodies (only those pages read and rendered again,
 * the search indexes updated) publishes byte for byte what a full build of the edited site does,
 * on a generated site of a few hundred pages with tags, sections, fallback copies and search.
 */
class IncrementalRebuildTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String[] WORDS = ("cảng biển hải phòng hoa phượng đỏ lễ hội tháng năm bến tàu du lịch "
            + "cát bà đảo vịnh lan hạ bảo tàng thành phố nhà hát lớn chợ sắt harbour festival island museum").split(" ");
    private static final String[] TAGS = {"cảng", "lễ hội", "đảo", "bảo tàng", "ẩm thực"};

    @TempDir
    Path tmp;

    private static void generate(Path site, String lang, int n, Random r) throws Exception {
        Path dir = site.resolve("content").resolve(lang).resolve("guide");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("_index.md"), "---\ntitle: \"Guide " + lang + "\"\n---\n\nAll the guide.\n");
        for (int i = 0; i < n; i++) {
            StringBuilder body = new StringBuilder("## Phần " + i + "\n\n");
            for (int k = 0; k < 60; k++) {
                body.append(WORDS[r.nextInt(WORDS.length)]).append(k % 12 == 11 ? ".\n\n" : " ");
            }
            body.append("\n\nMã riêng code").append(lang).append(i).append(".\n\n[Trang sau](g").append((i + 1) % n)
                    .append(".md)\n");
            Files.writeString(dir.resolve("g" + i + ".md"), "---\ntitle: \"Trang " + i + " " + WORDS[i % WORDS.length]
                    + "\"\ndate: 2025-0" + (1 + i % 9) + "-1" + (i % 10) + "\ntags: [\"" + TAGS[i % TAGS.length] + "\", \""
                    + TAGS[(i / 3) % TAGS.length] + "\"]\n---\n\n" + body);
        }
    }

    private static void assertSameOutput(MemoryOutput full, MemoryOutput incremental) {
        assertEquals(full.files().keySet(), incremental.files().keySet());
        full.files().forEach((k, a) -> {
            var b = incremental.files().get(k);
            if (a.bytes() != null) {
                assertArrayEquals(a.bytes(), b.bytes(), k);
            } else {
                assertEquals(a.source(), b.source(), k);
            }
        });
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has " + from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void editedPagesOfALargerSitePublishWhatAFullBuildWould() throws Exception {
        Path site = Fixtures.site("mini", tmp);
        Random r = new Random(3);
        generate(site, "vi", 120, r);
        generate(site, "en", 80, r); // en translates some pages; ja shows the Vietnamese ones as fallback copies
        BuildOptions options = new BuildOptions(site, null, null, false, TODAY);
        SiteBuild serve = SiteBuild.incremental();
        MemoryOutput current = new MemoryOutput();
        assertTrue(serve.runInMemory(options, current).ok());
        Path vi = site.resolve("content/vi/guide");
        Path en = site.resolve("content/en/guide");
        Object[][] edits = {
            // a new word in one page (new search terms)
            {Set.of(vi.resolve("g7.md")), new String[] {"g7.md", "Mã riêng", "Từ mới xuấthiện. Mã riêng"}},
            // a page loses the word only it had, another language's page changes in the same save
            {Set.of(vi.resolve("g40.md"), en.resolve("g3.md")),
                new String[] {"g40.md", "codevi40", "khác"}, new String[] {"en/g3.md", "## Phần 3", "## Part three"}},
            // back as it was
            {Set.of(vi.resolve("g7.md")), new String[] {"g7.md", "Từ mới xuấthiện. ", ""}},
        };
        for (Object[] step : edits) {
            for (int k = 1; k < step.length; k++) {
                String[] e = (String[]) step[k];
                Path file = e[0].startsWith("en/") ? en.resolve(e[0].substring(3)) : vi.resolve(e[0]);
                edit(file, e[1], e[2]);
            }
            @SuppressWarnings("unchecked")
            Set<Path> changed = (Set<Path>) step[0];
            MemoryOutput next = new MemoryOutput(current);
            BuildResult result = serve.runChanged(options, next, changed);
            assertNotNull(result, "only bodies changed: the pages alone are rebuilt " + changed);
            assertTrue(result.ok(), result.errors().toString());
            MemoryOutput full = new MemoryOutput();
            assertTrue(SiteBuild.incremental().runInMemory(options, full).ok());
            assertSameOutput(full, next);
            current = next;
        }
        // a title change moves the page in lists and tag pages: declined, the caller builds everything
        edit(vi.resolve("g9.md"), "title: \"Trang 9", "title: \"Trang chín");
        assertNull(serve.runChanged(options, new MemoryOutput(current), Set.of(vi.resolve("g9.md"))));
        // so is a page that was not there before
        Path added = vi.resolve("new.md");
        Files.writeString(added, "---\ntitle: \"Mới\"\n---\n\nMới.\n");
        assertNull(serve.runChanged(options, new MemoryOutput(current), Set.of(added)));
    }
}
