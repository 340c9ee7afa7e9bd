package io.github.ogireport.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The remembered GB2312 answers are the encoder's, first asked or remembered, from threads at once. */
class Gb2312Test {
    @Test
    void remembersWhatTheEncoderSaysForEveryHanCharacter() {
        CharsetEncoder encoder = Charset.forName("GB2312").newEncoder();
        // two threads asking the same characters at once: no answer may be lost or mixed up between them
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> countEncoded());
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> countEncoded());
        int expected = 0;
        for (char c = '\u3400'; c <= '\uFAFF'; c++) {
            if (encoder.canEncode(c)) {
                expected++;
            }
        }
        assertTrue(expected > 6_000, "GB2312 holds its 6,763 Han characters: " + expected);
        assertEquals(expected, a.join());
        assertEquals(expected, b.join());
        for (char c = '\u3400'; c <= '\uFAFF'; c++) {
            assertEquals(encoder.canEncode(c), TraditionalScript.Gb2312.encodes(c), "U+" + Integer.toHexString(c));
        }
    }

    private static int countEncoded() {
        int n = 0;
        for (char c = '\u3400'; c <= '\uFAFF'; c++) {
            if (TraditionalScript.Gb2312.encodes(c)) {
                n++;
            }
        }
        return n;
    }
}
