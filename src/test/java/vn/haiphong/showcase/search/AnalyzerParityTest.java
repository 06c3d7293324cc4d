package vn.haiphong.showcase.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.haiphong.showcase.testing.Fixtures;

/**
 * The browser analyses queries exactly as the build analysed the pages: the JavaScript analyser
 * ({@code src/main/js/search/analyze.js}, run here under node) gives the same units, the same
 * index terms and the same shards as {@link Analyzer} for every Markdown file of the default
 * site in its own language, and for strings chosen to be awkward.
 */
class AnalyzerParityTest {
    static final List<String[]> TRICKY = List.of(
            new String[] {"vi", "Cát Bà, cát bà, CAT BA và Đường phố Hải Phòng; đường/dương; Thủy thuỷ; Ðồ Sơn"},
            new String[] {"vi", "Ca\u0301t Ba\u0300 Ho\u031b\u0300ng"}, // decomposed: NFC first
            new String[] {"en", "Shipping ports' cities: festivals, islands, bridges, used, running, buses, analysis"},
            new String[] {"zh", "臺灣的海防港與吉婆島。中華人民共和國 ＡＢＣ１２３ 𠀋𠀋 龍"},
            new String[] {"ja", "カットバ島とかっとば、ハイフォン港。ｶﾞｲﾄﾞ 々 〇 ー 東京タワー"},
            new String[] {"ko", "깟바에서 깟바는 하이퐁의 항구로 가요. ㄱㄴ 한국어 ABC"},
            new String[] {"vi", "e-mail đ Đ ơ ư ă â ê ô 2025 1/7/2025 x²  ①  ﬁne"},
            new String[] {"en", "😀 emoji 𝐁𝐨𝐥𝐝 text and  tabs\tand\u00a0nbsp\u3000ideographic"},
            new String[] {"en", ""});

    @Test
    void javaScriptAnalysesEveryStringAsJavaDoes() throws Exception {
        List<String[]> cases = new ArrayList<>(TRICKY);
        Path content = Fixtures.projectRoot().resolve("content");
        try (Stream<Path> files = Files.walk(content)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                cases.add(new String[] {content.relativize(f).getName(0).toString(), Files.readString(f)});
            }
        }
        assertTrue(cases.size() > 100, "the default site's pages are there: " + cases.size());
        Base64.Encoder b64 = Base64.getEncoder();
        StringBuilder input = new StringBuilder(b64.encodeToString(T2S.table().pairs().getBytes(StandardCharsets.UTF_8)));
        for (String[] c : cases) {
            input.append('\n').append(c[0]).append('\t').append(b64.encodeToString(c[1].getBytes(StandardCharsets.UTF_8)));
        }
        List<String> out = new String(node(input.append('\n').toString().getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8).lines().toList();
        assertEquals(cases.size(), out.size());
        int terms = 0;
        for (int i = 0; i < cases.size(); i++) {
            String lang = cases.get(i)[0];
            String text = cases.get(i)[1];
            String where = lang + " case " + i + ": " + text.substring(0, Math.min(60, text.length()));
            String[] js = new String(Base64.getDecoder().decode(out.get(i)), StandardCharsets.UTF_8).split("\u0002", -1);
            Analyzer a = new Analyzer(lang, T2S.table());
            List<String> units = new ArrayList<>();
            for (Analyzer.Unit u : a.units(text)) {
                units.add(String.join("\u0003", u.kind().name(), String.valueOf(u.start()), String.valueOf(u.end()),
                        String.valueOf(u.exact()), String.valueOf(u.folded()), String.valueOf(u.base()),
                        String.join("|", u.chars()), String.valueOf(u.joined())));
            }
            assertEquals(units, split(js[0]), where);
            List<String> javaTerms = a.indexTerms(text);
            assertEquals(javaTerms, split(js[1]), where);
            List<String> shards = new ArrayList<>();
            for (String t : javaTerms) {
                shards.add(SearchIndex.shard(t, 64) + "," + SearchIndex.shard(t, 4096));
            }
            assertEquals(shards, split(js[2]), where);
            terms += javaTerms.size();
        }
        assertTrue(terms > 50_000, "compared " + terms + " terms");
    }

    private static List<String> split(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split("\u0001", -1));
    }

    private static byte[] node(byte[] input) throws IOException, InterruptedException {
        Path script = Fixtures.projectRoot().resolve("src/test/js/search-parity.mjs");
        Process p = new ProcessBuilder("node", script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var os = p.getOutputStream()) {
            os.write(input);
        }
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "node finished");
        assertEquals(0, p.exitValue(), new String(out, StandardCharsets.UTF_8));
        return out;
    }
}
