package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help of every command, as golden files: the commands' models are built in code ({@link Specs}), and the
 * help is where a difference from the annotated model they replaced would show (the goldens were written by the
 * annotated version). After an intended change, rerun with {@code -Dogi.updateGolden=true} and review the diff
 * of ogi-cli/src/test/resources/golden/help/.
 */
class HelpGoldenTest {
    private static final Path GOLDEN = Path.of("ogi-cli/src/test/resources/golden/help");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ogi.txt, --help", "check.txt, check --help", "extract.txt, extract --help",
        "batch.txt, batch --help", "generate.txt, generate --help", "help.txt, help help"})
    void helpMatchesGolden(String golden, String command) throws IOException {
        CliRun r = CliRun.of(command.split(" "));
        assertEquals(0, r.status(), r.err());
        Path file = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("ogi.updateGolden")) {
            Files.writeString(file, r.out(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), r.out(), golden);
    }

    /**
     * {@link LimitOptions} keeps its annotations for other command lines ({@code @Mixin LimitOptions}, the Spark
     * job); ogi's commands take {@link LimitOptions#mixin()}: the two must be the same options.
     */
    @Test
    void theLimitOptionsBuiltInCodeAreTheAnnotatedOnes() {
        List<String> annotated = describe(CommandSpec.forAnnotatedObject(new LimitOptions()));
        assertEquals(6, annotated.size(), annotated.toString());
        assertEquals(annotated, describe(LimitOptions.mixin()));
    }

    @Test
    void theLimitOptionsAreReadBackWithTheirDefaults() {
        CommandSpec command = CommandSpec.create();
        command.addMixin("limits", LimitOptions.mixin());
        new picocli.CommandLine(command).parseArgs("--max-cells", "7", "--timeout", "2m");
        LimitOptions read = LimitOptions.of(command);
        LimitOptions expected = new LimitOptions();
        picocli.CommandLine annotated = new picocli.CommandLine(expected);
        annotated.parseArgs("--max-cells", "7", "--timeout", "2m");
        assertEquals(expected.limits(), read.limits());
        assertEquals(7, read.limits().maxCells());
        assertTrue(read.limits().maxChars() > 0);
    }

    private static List<String> describe(CommandSpec spec) {
        List<String> out = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            out.add(String.join(",", o.names()) + " label=" + o.paramLabel() + " default=" + o.defaultValue()
                    + " type=" + o.type().getName() + " arity=" + o.arity() + " required=" + o.required()
                    + " split=" + o.splitRegex() + " description=" + String.join("|", o.description()));
        }
        return out;
    }
}
