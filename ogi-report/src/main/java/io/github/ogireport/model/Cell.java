package io.github.ogireport.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One value cell of a standard table, in one of four states (domain-spec §8.7).
 *
 * <p>Every state keeps the text as published ({@link #raw()}) and where it stood ({@link #position()}).
 * Rules tell a {@link Number} 0 apart from a {@link Blank} and from a {@link NotApplicable} mark.
 */
public sealed interface Cell {

    /**
     * The cell's text as published (after decoding, before normalisation).
     *
     * @return the cell as printed in the report, white space included
     */
    String raw();

    /**
     * Where the cell stood in the source.
     *
     * @return where the cell is in the source
     */
    SourcePosition position();

    /**
     * The numeric value when this cell is a {@link Number}.
     *
     * @return the number, or empty for a blank, not-applicable or text cell
     */
    default Optional<BigDecimal> number() {
        return Optional.empty();
    }

    /**
     * A number, possibly with a unit written in the cell.
     *
     * @param value    the value, converted to the column's unit where the column declares one (万元 for fees)
     * @param unit     the unit of {@code value}: the column's unit, else the unit printed in the cell, else ""
     * @param raw      the published text, e.g. {@code 1,234} or {@code 251000元}
     * @param position where it stood
     */
    record Number(BigDecimal value, String unit, String raw, SourcePosition position) implements Cell {
        /**
         * Checks that no component is null.
         *
         * @param value the value, converted to the column's unit where the column declares one (万元 for fees)
         * @param unit the unit of {@code value}: the column's unit, else the unit printed in the cell, else ""
         * @param raw the published text, e.g. {@code 1,234} or {@code 251000元}
         * @param position where it stood
         */
        public Number {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(position, "position");
        }

        @Override
        public Optional<BigDecimal> number() {
            return Optional.of(value);
        }
    }

    /**
     * An empty cell (nothing, white space, {@code &nbsp;}). Whether it means 0 or "not filled" is for the rules.
     *
     * @param raw      the published text (white space or empty)
     * @param position where it stood
     */
    record Blank(String raw, SourcePosition position) implements Cell {
        /**
         * Checks that no component is null.
         *
         * @param raw the published text (white space or empty)
         * @param position where it stood
         */
        public Blank {
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(position, "position");
        }
    }

    /**
     * A not-applicable mark: {@code /}, {@code -}, {@code —}, {@code ——}, {@code 无}, {@code 不适用}, {@code N/A}.
     *
     * @param raw      the mark as published
     * @param position where it stood
     */
    record NotApplicable(String raw, SourcePosition position) implements Cell {
        /**
         * Checks that no component is null.
         *
         * @param raw the mark as published
         * @param position where it stood
         */
        public NotApplicable {
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(position, "position");
        }
    }

    /**
     * Anything else: text where a number was expected. Excluded from sums; the rules flag it.
     *
     * @param raw      the text as published
     * @param position where it stood
     */
    record Text(String raw, SourcePosition position) implements Cell {
        /**
         * Checks that no component is null.
         *
         * @param raw the text as published
         * @param position where it stood
         */
        public Text {
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(position, "position");
        }
    }
}
