package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The plain command lines that run without picocli ({@link Plain}) run with what picocli would give them. */
class PlainTest {

    /** picocli's parse of {@code argv}: the subcommand's model, its values filled in. */
    private static CommandSpec parsed(String... argv) {
        CommandLine cl = OgiCommand.commandLine(new ByteArrayOutputStream(), argv);
        CommandLine.ParseResult result = cl.parseArgs(argv);
        return result.subcommand().commandSpec();
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "check a.html", "check a.html dir/b.txt @list.txt", "extract",
        "extract a.html check", "check 年报.html extract --x"})
    void everyOptionHasTheValuePicocliGives(String line) {
        String[] argv = line.split(" ");
        if (line.endsWith("--x")) { // not plain: picocli reads it
            assertNull(Plain.files(argv));
            return;
        }
        List<Path> files = Plain.files(argv);
        assertNotNull(files, line);
        CommandSpec spec = parsed(argv);
        Values picocli = Specs.parsed(spec);
        Values plain = Plain.values(argv[0], files);
        assertEquals(picocli.files(), plain.files(), line);
        int compared = 0;
        for (OptionSpec o : spec.options()) {
            String name = o.longestName();
            if (o.usageHelp() || o.versionHelp()) {
                assertEquals(picocli.flag(name), plain.flag(name), name);
            } else {
                Object expected = picocli.value(name);
                Object actual = plain.value(name);
                assertEquals(expected, actual, line + " " + name);
                if (expected != null) {
                    assertEquals(expected.getClass(), actual.getClass(), name);
                }
            }
            compared++;
        }
        assertTrue(compared >= ("check".equals(argv[0]) ? 17 : 9), line + ": " + compared);
    }

    @Test
    void onlyASubcommandAndFilesArePlain() {
        assertNotNull(Plain.files("check"));
        assertNotNull(Plain.files("extract", "a", "b"));
        for (String[] argv : List.of(new String[0], new String[] {"batch", "a"}, new String[] {"generate"},
                new String[] {"help"}, new String[] {"--version"}, new String[] {"check", "--all", "a"},
                new String[] {"check", "a", "-o"}, new String[] {"check", "--"}, new String[] {"check", "-"},
                new String[] {"check", ""}, new String[] {"extract", "a", "--format=json"},
                new String[] {"check", "a\0b"}, new String[] {"Check", "a"})) {
            assertNull(Plain.files(argv), String.join(" ", argv));
        }
    }

    @Test
    void aPlainCommandLineGivesWhatPicocliGivesIt() {
        String seed = "testdata/samples/2024-gaochang-jdb.txt";
        String missing = "testdata/no-such-file.html";
        for (String[] argv : List.of(new String[] {"check", seed}, new String[] {"extract", seed},
                new String[] {"check", missing, seed}, new String[] {"extract", missing})) {
            CliRun plain = CliRun.of(argv);
            CliRun picocli = viaPicocli(argv);
            assertEquals(picocli, plain, String.join(" ", argv));
            assertFalse(plain.out().isEmpty());
        }
    }

    /** {@code argv} run through picocli (as before plain command lines were read without it). */
    private static CliRun viaPicocli(String... argv) {
        return CliRun.of(args -> OgiCommand.commandLine(args).execute(args), argv);
    }
}
