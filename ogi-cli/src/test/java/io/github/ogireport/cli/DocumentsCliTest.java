package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code ogi extract} over the PDF and Word fixtures: readable ones read, the others say why (exit 2). */
class DocumentsCliTest {

    @Test
    void folderOfDocuments() {
        CliRun run = CliRun.of("extract", "--format", "json", "testdata/documents");
        assertEquals(2, run.status(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(11, lines.length, run.out());
        assertTrue(run.out().contains("password-protected PDF"));
        assertTrue(run.out().contains("no text layer"));
        assertTrue(run.out().contains("\"format\":\"LEGACY\""));
        assertTrue(run.out().contains("\"format\":\"F2019\""));
    }

    @Test
    void ownerPasswordPdfIsRead() {
        CliRun run = CliRun.of("extract", "testdata/documents/2024-f2021-owner-password.pdf");
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("3985758"), run.out());
    }
}
