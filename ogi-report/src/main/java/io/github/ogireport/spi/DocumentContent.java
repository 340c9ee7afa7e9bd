package io.github.ogireport.spi;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link DocumentReader} gives back for the library to lay out: the positioned glyphs of a PDF (tables are
 * rebuilt from their x/y), or the markup of a Word file (laid out like any HTML page).
 */
public sealed interface DocumentContent permits DocumentContent.Glyphs, DocumentContent.Markup {

    /**
     * The media type the document was read as, e.g. {@code application/pdf}.
     *
     * @return the MIME type of the document read
     */
    String contentType();

    /**
     * One glyph as the PDF places it.
     *
     * @param text  its characters (usually one)
     * @param x     left edge, in points from the page's left
     * @param y     baseline, in points from the page's top
     * @param width advance width, in points
     * @param em    font size, in points
     */
    record Glyph(String text, double x, double y, double width, double em) {
        /**
         * A glyph; {@code text} must not be null.
         *
         * @param text the character(s) of the glyph
         * @param x its left edge on the page
         * @param y its baseline on the page
         * @param width its width
         * @param em its font size
         */
        public Glyph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * One page's glyphs, in the order the PDF draws them.
     *
     * @param number the page number, from 1
     * @param glyphs its glyphs
     */
    record Page(int number, List<Glyph> glyphs) {
        /**
         * A page; the list is copied.
         *
         * @param number the page number, from 1
         * @param glyphs the glyphs of the page, in reading order
         */
        public Page {
            glyphs = List.copyOf(glyphs);
        }
    }

    /**
     * A PDF's pages.
     *
     * @param pages the pages
     * @param title the title its document information declares, or ""
     */
    record Glyphs(List<Page> pages, String title) implements DocumentContent {
        /**
         * The glyphs of a PDF; the list is copied.
         *
         * @param title the document title, or empty
         * @param pages the pages
         */
        public Glyphs {
            pages = List.copyOf(pages);
            Objects.requireNonNull(title, "title");
        }

        @Override
        public String contentType() {
            return "application/pdf";
        }
    }

    /**
     * A document as XHTML (tables as {@code <table>}, merges as {@code colspan}/{@code rowspan}).
     *
     * @param xhtml       the document, parsed with position tracking on
     * @param contentType what it was read as, e.g. the DOCX media type
     */
    record Markup(org.jsoup.nodes.Document xhtml, String contentType) implements DocumentContent {
        /**
         * A document's markup.
         *
         * @param contentType the MIME type of the document
         * @param xhtml the document as XHTML
         */
        public Markup {
            Objects.requireNonNull(xhtml, "xhtml");
            Objects.requireNonNull(contentType, "contentType");
        }
    }
}
