package io.github.ogireport.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The lines the UTF-8 decoding finds as it goes are the lines the string's own searches find, and split(…, -1)'s. */
class LineIndexTest {
    @Test
    void decoderFindsTheLinesAndPipesOfTheText() throws UnreadableException {
        Random random = new Random(7);
        String pieces = "ab 规章|｜\n\r\t0\u3000\u00a0\u2007\ufeff\u200b“—";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder("x");
            for (int n = random.nextInt(30); n > 0; n--) {
                b.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String text = b.toString();
            Decoded d = Decoder.decode(text.getBytes(StandardCharsets.UTF_8), "a.txt");
            assertNotNull(d.chars(), text);
            assertEquals(text, d.text());
            LineIndex decoded = d.lines();
            LineIndex searched = LineIndex.of(text);
            String[] split = text.split("\r\n|\r|\n", -1);
            assertEquals(split.length, decoded.count(), text);
            assertEquals(split.length, searched.count(), text);
            boolean wide = false;
            for (int i = 0; i < split.length; i++) {
                String line = text.substring(decoded.start(i), decoded.end(i));
                assertEquals(split[i], line, text);
                assertEquals(searched.start(i), decoded.start(i), text);
                assertEquals(searched.end(i), decoded.end(i), text);
                boolean pipe = line.indexOf('|') >= 0 || line.indexOf('｜') >= 0;
                assertEquals(pipe, decoded.pipe(i), text);
                assertEquals(pipe, searched.pipe(i), text);
                wide |= line.indexOf('｜') >= 0;
                boolean space = false;
                for (char c : line.toCharArray()) {
                    space |= io.github.ogireport.internal.layout.Text.isSpace(c);
                }
                assertEquals(true, !space || decoded.space(i), () -> "white space not said: " + text);
                assertEquals(true, searched.space(i), text);
            }
            assertEquals(wide, decoded.hasFullWidthPipe(), text);
            assertEquals(wide, searched.hasFullWidthPipe(), text);
        }
    }
}
