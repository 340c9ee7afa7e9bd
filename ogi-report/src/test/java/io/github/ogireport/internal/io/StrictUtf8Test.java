package io.github.ogireport.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick UTF-8 path gives what the strict decoder gives, or null where the strict decoder refuses. */
class StrictUtf8Test {
    private static String strict(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Test
    void sameAsTheStrictDecoderOnRandomAndDamagedInput() {
        Random random = new Random(12);
        String sample = "规章 | 0 | 3 |\n（一）本年新收\uFFFD政府信息 ½ 𠀀 abc";
        byte[] good = sample.getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 20_000; round++) {
            byte[] b;
            if (round % 2 == 0) {
                b = new byte[random.nextInt(12)];
                random.nextBytes(b);
            } else {
                b = good.clone();
                for (int k = random.nextInt(3); k > 0; k--) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
            assertEquals(strict(b), Decoder.strictUtf8(b), () -> java.util.HexFormat.of().formatHex(b));
        }
        // surrogates written as UTF-8 (CESU-8), an overlong slash, a cut sequence: refused by both
        for (byte[] b : new byte[][] {{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
                {(byte) 0xE4, (byte) 0xB8}}) {
            assertEquals(null, Decoder.strictUtf8(b));
        }
        assertEquals(sample, Decoder.strictUtf8(good));
    }
}
