package io.github.ogireport.internal;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A read-only list over an array that no one else holds (every change {@link AbstractList} offers throws):
 * what {@code List.of} or {@code List.copyOf} would give, without their copy, and without the
 * {@code RandomAccess} test that {@code Collections.unmodifiableList} makes at every wrap (it showed as a few
 * percent of a check: every finding's message wraps its arguments). Not API.
 *
 * @param <T> the element type
 */
public final class ArrayView<T> extends AbstractList<T> implements RandomAccess {
    private final T[] values;

    private ArrayView(T[] values) {
        this.values = values;
    }

    /**
     * The list of {@code values}, which the caller gives up: it never changes or hands out the array again.
     *
     * @param values the elements
     * @param <T>    the element type
     * @return a read-only list over them
     */
    public static <T> ArrayView<T> of(T[] values) {
        return new ArrayView<>(values);
    }

    @Override
    public T get(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }
}
