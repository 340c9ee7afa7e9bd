package io.github.ogireport.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A numbered heading of the report's outline: the top-level ones (一、…), the sub-headings （一）… and
 * numbered ones 1.… ; kept so that rules can judge the numbering (domain-spec §3.3, §9 E8).
 *
 * @param text     the heading as published (the part before 。 or ： when a paragraph starts with it)
 * @param level    its numbering level
 * @param numeral  the numeral of its ordinal, e.g. 三 or 2 ("" when it has none)
 * @param section  the standard section it was taken for, if any
 * @param position where it stood
 */
public record Heading(String text, Level level, String numeral, Optional<SectionId> section,
        SourcePosition position) {

    /** Numbering levels. */
    public enum Level {
        /** 一、 二、 … or 第一部分. */
        TOP,
        /** （一） (一) 一） or a bare ）. */
        SUB,
        /** 1. 1、 */
        NUMBERED,
        /** No ordinal (a Markdown heading or a bare section name). */
        PLAIN
    }

    /**
     * Checks that no component is null.
     *
     * @param text the heading as published (the part before 。 or ： when a paragraph starts with it)
     * @param level its numbering level
     * @param numeral the numeral of its ordinal, e.g. 三 or 2 ("" when it has none)
     * @param section the standard section it was taken for, if any
     * @param position where it stood
     */
    public Heading {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(numeral, "numeral");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(position, "position");
    }
}
