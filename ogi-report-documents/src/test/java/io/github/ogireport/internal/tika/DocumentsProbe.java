package io.github.ogireport.internal.tika;

import io.github.ogireport.internal.Budget;
import io.github.ogireport.internal.io.Decoder;
import io.github.ogireport.internal.io.UnreadableException;
import io.github.ogireport.internal.layout.Documents;
import io.github.ogireport.internal.layout.Layout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test access to the layout of a PDF or Word file. */
public final class DocumentsProbe {
    private DocumentsProbe() {
    }

    public static Layout layout(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return Documents.read(bytes, file.toString(), Decoder.binary(bytes), Budget.unlimited()).layout();
        } catch (UnreadableException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
