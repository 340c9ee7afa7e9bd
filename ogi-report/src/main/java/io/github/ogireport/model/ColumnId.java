package io.github.ogireport.model;

/**
 * The ID of a value column of a standard table, as used in cell paths (result-json.md).
 * One enum per table: {@link T1Column}, {@link T2Column}, {@link T3Column}.
 */
public sealed interface ColumnId permits T1Column, T2Column, T3Column {

    /**
     * The ID in cell paths, e.g. {@code NP} or {@code VALID}.
     *
     * @return the column ID, e.g. {@code TOT}
     */
    String id();

    /**
     * The official Chinese header text, e.g. {@code 自然人}.
     *
     * @return the column as the format prints it
     */
    String label();
}
