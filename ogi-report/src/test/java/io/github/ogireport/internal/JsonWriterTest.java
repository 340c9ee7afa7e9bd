package io.github.ogireport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link JsonWriter}'s strings: read back by Jackson, escaped as the character-by-character writer did. */
class JsonWriterTest {
    /** The writer's rule, one character at a time, as it was before plain runs were appended at once. */
    private static String reference(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\b') {
                out.append("\\b");
            } else if (c == '\f') {
                out.append("\\f");
            } else if (Printable.isUnsafe(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    @Test
    void everyStringIsWrittenAsBeforeAndReadsBackAsItWas() throws Exception {
        Random random = new Random(8);
        String special = "\"\\\n\r\t\b\f\u0000\u001f\u007f\u0085\u202a\u202e\u2066\u2069\u200e\u200f\u061c\u2028\u2029件a ";
        ObjectMapper jackson = new ObjectMapper();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(random.nextInt(3) == 0 ? (char) random.nextInt(0x10000)
                        : special.charAt(random.nextInt(special.length())));
            }
            String s = b.toString();
            StringBuilder out = new StringBuilder();
            new JsonWriter(out).value(s);
            assertEquals(reference(s), out.toString());
            if (!s.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                assertEquals(s, jackson.readValue(out.toString(), String.class));
            }
            assertFalse(out.chars().anyMatch(c -> Printable.isUnsafe((char) c)), "no raw unsafe character");
        }
    }
}
