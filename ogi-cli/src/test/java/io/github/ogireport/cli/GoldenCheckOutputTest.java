package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for every output format of {@code ogi check}. After an intended change, rerun with
 * {@code -Dogi.updateGolden=true} and review the diff of ogi-cli/src/test/resources/golden/check/.
 */
class GoldenCheckOutputTest {
    private static final Path GOLDEN = Path.of("ogi-cli/src/test/resources/golden/check");
    private static final String[] INPUTS = {"testdata/check/defects-2024.txt", "testdata/rules/2024-gaochang-jdb.txt"};

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("defects.zh.txt", new String[] {"--format", "text"}),
                Arguments.of("defects.en.txt", new String[] {"--format", "text", "--lang", "en"}),
                Arguments.of("defects.jsonl", new String[] {"--format", "json"}),
                Arguments.of("defects.sarif.json", new String[] {"--format", "sarif"}),
                Arguments.of("defects.zh.html", new String[] {"--format", "html"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void outputMatchesGolden(String golden, String[] options) throws IOException {
        String[] args = new String[1 + options.length + INPUTS.length];
        args[0] = "check";
        System.arraycopy(options, 0, args, 1, options.length);
        System.arraycopy(INPUTS, 0, args, 1 + options.length, INPUTS.length);
        String actual = CliRun.of(args).out();
        Path file = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("ogi.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, golden);
    }
}
