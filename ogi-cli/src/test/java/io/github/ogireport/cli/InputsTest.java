package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    @TempDir
    Path tmp;

    @Test
    void foldersAreWalkedForTheSupportedEndingsAndBatchAlsoTakesTheOnesItCannotReadYet() throws IOException {
        Path d = Files.createDirectories(tmp.resolve("d/sub"));
        for (String f : List.of("b.txt", "a.HTML", "sub/c.md", "x.pdf", "sub/y.docx", "z.csv", "w.odt")) {
            Files.writeString(tmp.resolve("d").resolve(f), "x");
        }
        assertEquals(List.of(tmp.resolve("d/a.HTML"), tmp.resolve("d/b.txt"), d.resolve("c.md"), d.resolve("y.docx"),
                tmp.resolve("d/x.pdf")), Inputs.expand(List.of(tmp.resolve("d"))));
        assertEquals(List.of(tmp.resolve("d/a.HTML"), tmp.resolve("d/b.txt"), d.resolve("c.md"), d.resolve("y.docx"),
                tmp.resolve("d/w.odt"), tmp.resolve("d/x.pdf")), Inputs.expandAll(List.of(tmp.resolve("d"))));
        assertTrue(Inputs.supported(Path.of("r.xhtml")));
    }

    @Test
    void anAtFileIsAListOfInputs() throws IOException {
        Files.createDirectories(tmp.resolve("d"));
        Files.writeString(tmp.resolve("d/r.txt"), "x");
        Path list = tmp.resolve("list.txt");
        Files.writeString(list, "\uFEFF# comment\n" + tmp.resolve("one.txt") + "\n   \n" + tmp.resolve("d") + "\n",
                StandardCharsets.UTF_8);
        assertEquals(List.of(tmp.resolve("one.txt"), tmp.resolve("d/r.txt"), tmp.resolve("plain.txt")),
                Inputs.expand(List.of(Path.of("@" + list), tmp.resolve("plain.txt"))));
        assertThrows(NoSuchFileException.class, () -> Inputs.expand(List.of(Path.of("@" + tmp.resolve("none")))));
    }

    @Test
    void checkReadsAListFileToo() throws IOException {
        Path list = tmp.resolve("list.txt");
        Files.writeString(list, "testdata/samples/2024-gaochang-jdb.txt\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("extract", "--format", "json", "@" + list);
        assertEquals(0, run.status(), run.err());
        assertEquals(1, run.out().strip().split("\n").length);
        assertTrue(run.out().contains("2024-gaochang-jdb.txt"));
    }
}
