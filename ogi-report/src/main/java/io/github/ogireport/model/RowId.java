package io.github.ogireport.model;

/**
 * The ID of a row of a standard table, as used in the result document and in cell paths.
 * One enum per table: {@link T1Row}, {@link T2Row}, {@link T3Row}.
 */
public sealed interface RowId permits T1Row, T2Row, T3Row {

    /**
     * The ID in the result document, e.g. {@code R3.1} or {@code REG}.
     *
     * @return the row ID, e.g. {@code NEW}
     */
    String id();

    /**
     * The official Chinese label, e.g. {@code 1.属于国家秘密}.
     *
     * @return the row as the format prints it
     */
    String label();

    /**
     * The table the row belongs to.
     *
     * @return the table of the row
     */
    TableId table();

    /**
     * The path of this row's cell in {@code column}, as in the result document and in findings:
     * {@code <table>.<row>.<column>}, e.g. {@code t2.NEW.NP}. The one place a cell path is built.
     *
     * @param column the cell's column
     * @return the cell path
     */
    default String cellPath(ColumnId column) {
        return table().key() + "." + id() + "." + column.id();
    }
}
