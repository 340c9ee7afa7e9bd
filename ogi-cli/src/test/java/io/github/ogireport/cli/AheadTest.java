package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.ParseLimits;
import io.github.ogireport.check.CheckConfig;
import io.github.ogireport.check.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Ahead}: the check begun before picocli has parsed the command line, used only when it is that check. */
class AheadTest {
    private static final Path HTML = Path.of("testdata", "parse", "f2021-district-bureau.html");

    /** {@code ogi check FILE} (begun ahead) prints what the same check with an option (not begun) prints. */
    @ParameterizedTest
    @ValueSource(strings = {"testdata/parse/f2021-district-bureau.html", "testdata/samples/2024-gaochang-jdb.txt",
        "testdata/parse/bad-empty.txt", "testdata/parse/bad-binary-garbage.txt", "testdata/parse/bad-no-report.html",
        "README.md"})
    void aBareCheckPrintsWhatTheCheckWithItsDefaultsSpelledOutPrints(String file) {
        CliRun ahead = CliRun.of("check", file);
        CliRun plain = CliRun.of("check", "--lang", "zh", file);
        assertEquals(plain, ahead);
        assertTrue(ahead.out().contains(file), ahead.out());
    }

    @Test
    void aFileThatIsNotThereIsLeftToTheCommand() {
        CliRun r = CliRun.of("check", "testdata/parse/no-such-file.html");
        assertEquals(CliRun.of("check", "--lang", "zh", "testdata/parse/no-such-file.html"), r);
        assertEquals(2, r.status());
    }

    @Test
    void onlyABareCheckOfOneRegularFileIsBegun() {
        for (String[] args : List.of(new String[] {"check", "--all", HTML.toString()},
                new String[] {"check", HTML.toString(), HTML.toString()}, new String[] {"check", "testdata/parse"},
                new String[] {"check", "@" + HTML}, new String[] {"extract", HTML.toString()},
                new String[] {"check", "-"}, new String[] {"check", ""}, new String[] {"check"})) {
            Ahead.begin(args);
            assertNull(Ahead.take(), String.join(" ", args));
        }
        Ahead.begin("check", HTML.toString());
        Ahead a = Ahead.take();
        assertNotNull(a);
        assertNull(Ahead.take(), "taken once");
        assertEquals(HTML.toString(), a.result().report().source());
    }

    @Test
    void theCheckBegunIsUsedOnlyForItsFileItsLimitsAndItsRules(@TempDir Path dir) throws IOException {
        Path other = Files.copy(HTML, dir.resolve("copy.html"));
        Ahead.begin("check", HTML.toString());
        Ahead a = Ahead.take();
        assertNotNull(a);
        ParseLimits limits = ParseLimits.defaults();
        CheckConfig config = CheckConfig.defaults();
        assertTrue(a.isFor(List.of(HTML), new ParseLimits(limits.maxBytes(), limits.maxChars(), limits.maxCells(),
                limits.maxSpan(), limits.timeout(), limits.maxPages()), new CheckConfig(Set.of(), Set.of(),
                Severity.ERROR, BigDecimal.ZERO, false)));
        assertEquals(false, a.isFor(List.of(other), limits, config));
        assertEquals(false, a.isFor(List.of(HTML, HTML), limits, config));
        assertEquals(false, a.isFor(List.of(HTML), limits.withMaxPages(2), config));
        assertEquals(false, a.isFor(List.of(HTML), limits, new CheckConfig(Set.of("T2-E1"), Set.of(),
                Severity.ERROR, BigDecimal.ZERO, false)));
        assertEquals(false, a.isFor(List.of(HTML), limits, new CheckConfig(Set.of(), Set.of(), Severity.ERROR,
                BigDecimal.ZERO, true)));
        assertEquals(false, a.isFor(List.of(HTML), limits, new CheckConfig(Set.of(), Set.of(), Severity.WARNING,
                BigDecimal.ZERO, false)));
        a.result(); // let it end
    }
}
