package io.github.ogireport.model;

import java.util.List;
import java.util.Objects;

/**
 * One of the six standard sections as found in a report.
 *
 * @param id         which section
 * @param heading    the heading as published, e.g. {@code 五、政府信息公开工作存在的主要问题及改进情况}
 * @param position   where the heading stood
 * @param paragraphs the section's narrative paragraphs, in order (table rows excluded)
 */
public record Section(SectionId id, String heading, SourcePosition position, List<Paragraph> paragraphs) {
    /**
     * Checks that no component is null; the paragraphs are copied (unmodifiable).
     *
     * @param id which section
     * @param heading the heading as published, e.g. {@code 五、政府信息公开工作存在的主要问题及改进情况}
     * @param position where the heading stood
     * @param paragraphs the section's narrative paragraphs, in order (table rows excluded)
     */
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(position, "position");
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * The narrative text: the paragraphs, one per line.
     *
     * @return the section's paragraphs joined by line breaks
     */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(p.text());
        }
        return b.toString();
    }
}
