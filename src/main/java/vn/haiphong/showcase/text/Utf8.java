package vn.haiphong.showcase.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: invalid bytes are an error the content team must fix, never replaced silently. */
public final class Utf8 {
    private Utf8() {
    }

    /** Decodes {@code bytes}, dropping a leading byte-order mark; throws on any malformed sequence. */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            // no replacement character: the bytes were valid UTF-8 (the common case, decoded once)
            return fast.startsWith("\uFEFF") ? fast.substring(1) : fast;
        }
        String s = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** 1-based line of the first malformed byte, for the error message. */
    public static int lineOfFirstError(byte[] bytes) {
        int line = 1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xe ? 3 : (b >> 3) == 0x1e ? 4 : -1;
            if (len < 0 || i + len > bytes.length) {
                return line;
            }
            for (int k = 1; k < len; k++) {
                if ((bytes[i + k] & 0xc0) != 0x80) {
                    return line;
                }
            }
            if (b == '\n') {
                line++;
            }
            i += len;
        }
        return line;
    }
}
