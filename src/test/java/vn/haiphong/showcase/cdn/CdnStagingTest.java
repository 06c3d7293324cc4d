package vn.haiphong.showcase.cdn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haiphong.showcase.output.MemoryOutput;

/** A page written as text is held as the same minified bytes as the page written as UTF-8 bytes. */
class CdnStagingTest {
    @TempDir
    Path tmp;

    private static final String[] PIECES = {"<p>", "</p>", "  ", "\n\n", "\t", "<pre> a  b </pre>", "<script> x  y </script>",
        "<!-- c -->", "<!--[if IE]> x <![endif]-->", "Hải Phòng", "港口", "\uD83D\uDE00", "\uD800", "\uDC00", "<", "<\uD800",
        "<\uDC00x>", "<?x ?>", "<a href=\"/x\">", "</a>", "<html><head>", "</head><body>", " text ", "<textarea> t </textarea>"};

    @Test
    void textAndBytesGiveTheSameHeldPage() {
        Random r = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(30);
            for (int k = 0; k < n; k++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String page = sb.toString();
            CdnStaging asText = new CdnStaging(new MemoryOutput(), tmp);
            CdnStaging asBytes = new CdnStaging(new MemoryOutput(), tmp);
            asText.write("en/p/index.html", page);
            asBytes.write("en/p/index.html", page.getBytes(StandardCharsets.UTF_8));
            assertArrayEquals(asBytes.held().get("en/p/index.html"), asText.held().get("en/p/index.html"),
                    () -> page.chars().mapToObj(c -> c < 128 ? String.valueOf((char) c) : String.format("\\u%04X", c))
                            .collect(java.util.stream.Collectors.joining()));
        }
    }
}
