package io.github.ogireport.spi;

/** The binary containers a {@link DocumentReader} is asked to read, told apart by their first bytes. */
public enum DocumentKind {
    /** {@code %PDF}. */
    PDF("PDF"),
    /** A ZIP container: DOCX (or ODT and others, which the reader tells apart). */
    ZIP("Word (DOCX)"),
    /** An OLE2 compound file: DOC or WPS. */
    OLE2("Word (DOC/WPS)"),
    /** The RTF signature. */
    RTF("RTF");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    /**
     * How a user calls it, e.g. {@code PDF}.
     *
     * @return the name of the kind for messages, e.g. {@code PDF}
     */
    public String label() {
        return label;
    }
}
