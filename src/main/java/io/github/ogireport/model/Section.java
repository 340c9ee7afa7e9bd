package io.github.ogireport.model;

import java.util.Objects;

/**
 * One of the six standard sections as found in a report.
 *
 * @param id       which section
 * @param heading  the heading as published, e.g. {@code 五、政府信息公开工作存在的主要问题及改进情况}
 * @param text     the section's narrative text (paragraphs, one per line; table rows excluded)
 * @param position where the heading stood
 */
public record Section(SectionId id, String heading, String text, SourcePosition position) {
    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(position, "position");
    }
}
