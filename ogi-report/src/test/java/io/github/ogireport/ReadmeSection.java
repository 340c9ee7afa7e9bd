package io.github.ogireport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A part of README.md generated from the code, between two marker comments: a test asserts it is current,
 * and rewrites it when run with {@code -Dogi.updateReadme=true}.
 */
public final class ReadmeSection {
    private ReadmeSection() {
    }

    /** Asserts that the README holds {@code expected} between {@code start} and {@code end}. */
    public static void assertCurrent(String start, String end, String expected, String howToUpdate) throws IOException {
        Path readme = Path.of("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (Boolean.getBoolean("ogi.updateReadme") && from >= 0 && to > from) {
            text = text.substring(0, from + start.length()) + "\n" + expected + text.substring(to);
            Files.writeString(readme, text, StandardCharsets.UTF_8);
            return;
        }
        String actual = from >= 0 && to > from ? text.substring(from + start.length(), to).strip() + "\n" : "";
        assertEquals(expected, actual, "README section is stale: " + howToUpdate);
    }
}
