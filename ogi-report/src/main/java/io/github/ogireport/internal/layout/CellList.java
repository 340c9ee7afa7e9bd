package io.github.ogireport.internal.layout;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The cells of a row as the layout made them: an array no one else holds, read-only through this list (every
 * change {@link AbstractList} offers throws). A {@link Line.Row} keeps it as given, without the copy
 * {@code List.of} and {@code List.copyOf} would each make. Not API.
 */
final class CellList extends AbstractList<GridCell> implements RandomAccess {
    private final GridCell[] cells;

    /** The list of {@code cells}, which the caller gives up (it never changes the array again). */
    CellList(GridCell[] cells) {
        this.cells = cells;
    }

    @Override
    public GridCell get(int index) {
        return cells[index];
    }

    @Override
    public int size() {
        return cells.length;
    }
}
