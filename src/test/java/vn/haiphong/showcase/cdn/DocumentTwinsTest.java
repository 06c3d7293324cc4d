package vn.haiphong.showcase.cdn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack of pages' twins: what one build puts in, the next reads back; a damaged pack only costs the work. */
class DocumentTwinsTest {
    @TempDir
    Path tmp;

    private static String sha(int i) {
        return String.format("%064x", i);
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return b;
    }

    @Test
    void twinsComeBackFromTheNextBuildAndOnlyUsedOnesAreKept() throws Exception {
        Path pack = tmp.resolve("publish/documents.pack");
        try (DocumentTwins first = new DocumentTwins(pack)) {
            for (int i = 0; i < 200; i++) {
                first.put(sha(i), new DocumentTwins.Twins(i % 7 == 0 ? null : bytes(i * 13, i), bytes(i * 5 + 1, -i)));
            }
        }
        try (DocumentTwins second = new DocumentTwins(pack)) {
            for (int i = 0; i < 200; i += 2) {
                DocumentTwins.Twins t = second.get(sha(i));
                assertNotNull(t, "record " + i);
                if (i % 7 == 0) {
                    assertNull(t.br());
                } else {
                    assertArrayEquals(bytes(i * 13, i), t.br());
                }
                assertArrayEquals(bytes(i * 5 + 1, -i), t.gz());
                // the twins' own digests come back with them (the manifest names them)
                assertArrayEquals(Fingerprinter.digest("SHA-256", t.gz()), t.gzSha());
                if (t.br() != null) {
                    assertArrayEquals(Fingerprinter.digest("SHA-256", t.br()), t.brSha());
                }
            }
            assertNull(second.get(sha(1000)));
        }
        try (DocumentTwins third = new DocumentTwins(pack)) {
            assertNotNull(third.get(sha(198)), "used by the second build: kept");
            assertNull(third.get(sha(199)), "not used by the second build: gone");
        }
    }

    @Test
    void aDamagedPackIsIgnored() throws Exception {
        Path pack = tmp.resolve("documents.pack");
        try (DocumentTwins first = new DocumentTwins(pack)) {
            first.put(sha(1), new DocumentTwins.Twins(bytes(100, 1), bytes(50, 2)));
        }
        byte[] whole = Files.readAllBytes(pack);
        Files.write(pack, java.util.Arrays.copyOf(whole, whole.length - 10));
        try (DocumentTwins second = new DocumentTwins(pack)) {
            assertNull(second.get(sha(1)));
        }
        Files.writeString(pack, "not a pack");
        try (DocumentTwins third = new DocumentTwins(pack)) {
            assertNull(third.get(sha(1)));
        }
    }
}
