package io.github.ogireport.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One data row of a standard table: its ID, the label as published and its value cells.
 *
 * @param id      the row ID
 * @param label   the row label as published (empty when the source lost it and the row was placed by order)
 * @param columns the column of each cell, same length as {@code cells}
 * @param cells   the value cells, in column order
 * @param placements how each cell was placed ({@link Placement}), same length as {@code cells}; never
 *                {@link Placement#ABSENT}
 */
public record TableRow(RowId id, String label, List<ColumnId> columns, List<Cell> cells, List<Placement> placements) {
    /**
     * Checks that the ID and label are not null, copies the lists into unmodifiable ones and checks them.
     *
     * @param id         the row ID
     * @param label      the row label as published
     * @param columns    the column of each cell
     * @param cells      the value cells, in column order
     * @param placements how each cell was placed
     * @throws IllegalArgumentException when the lists differ in length or a placement is
     *                                  {@link Placement#ABSENT}
     */
    public TableRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        columns = List.copyOf(columns);
        cells = List.copyOf(cells);
        placements = List.copyOf(placements);
        if (columns.size() != cells.size() || placements.size() != cells.size()) {
            throw new IllegalArgumentException("columns, cells and placements differ in length for row " + id.id());
        }
        if (placements.contains(Placement.ABSENT)) {
            throw new IllegalArgumentException("a cell of row " + id.id() + " cannot be ABSENT");
        }
    }

    /**
     * A row whose cells were all read under their printed label and header ({@link Placement#READ}).
     *
     * @param id      the row ID
     * @param label   the row label as published
     * @param columns the column of each cell, same length as {@code cells}
     * @param cells   the value cells, in column order
     */
    public TableRow(RowId id, String label, List<ColumnId> columns, List<Cell> cells) {
        this(id, label, columns, cells, Collections.nCopies(cells.size(), Placement.READ));
    }

    /**
     * How the cell in the given column was placed: {@link Placement#ABSENT} when the row has no such column.
     *
     * @param column the column
     * @return the cell's placement
     */
    public Placement placement(ColumnId column) {
        int i = columns.indexOf(column);
        return i < 0 ? Placement.ABSENT : placements.get(i);
    }

    /**
     * This row with every cell placed as {@code how} (a row placed by counting: all its cells are). Cells
     * already placed by an inference keep theirs.
     *
     * @param how the placement for the cells read under their label
     * @return a new row
     */
    public TableRow placedAs(Placement how) {
        List<Placement> all = new ArrayList<>(placements);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == Placement.READ) {
                all.set(i, how);
            }
        }
        return new TableRow(id, label, columns, cells, all);
    }

    /**
     * The cell in the given column, or null when the row has no such column.
     *
     * @param column the column
     * @return the cell, or null
     */
    public Cell cell(ColumnId column) {
        int i = columns.indexOf(column);
        return i < 0 ? null : cells.get(i);
    }
}
