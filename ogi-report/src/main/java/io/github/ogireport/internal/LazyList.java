package io.github.ogireport.internal;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * A read-only list whose elements are made when first read, each once: a finding's cells and message arguments,
 * which most runs never show (a PASS finding is shown only with {@code --all}). Every change
 * {@link AbstractList} offers throws; equality, hash and text are a list's. The elements must be immutable
 * values (records, strings, numbers; null allowed): two threads reading one element at once may each make it,
 * and either value is the same. Not API.
 *
 * @param <T> the element type
 */
public final class LazyList<T> extends AbstractList<T> implements RandomAccess {
    /** A null element once made (an unmade one is null in {@link #made}). */
    private static final Object NULL = new Object();

    private final IntFunction<? extends T> element;
    private final int size;
    /** True for {@link #arguments}: a finding's message arguments, not one argument that is a list. */
    private final boolean arguments;
    /** The elements made so far; null until the first is read (most lists are never read). */
    private Object[] made;

    private LazyList(int size, IntFunction<? extends T> element, boolean arguments) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size: " + size);
        }
        this.element = element;
        this.size = size;
        this.arguments = arguments;
    }

    /**
     * The list of {@code size} elements, element {@code i} being {@code element.apply(i)}, made when first read.
     *
     * @param size    the number of elements
     * @param element makes an element from its index; it reads only values that do not change
     * @param <T>     the element type
     * @return the list
     */
    public static <T> LazyList<T> of(int size, IntFunction<? extends T> element) {
        return new LazyList<>(size, element, false);
    }

    /**
     * A finding's message arguments made when the message is first shown, each once: given to a
     * {@code Findings} report as its only argument, they are the message's arguments (most messages of a check
     * are never shown). They must read only what does not change after the check.
     *
     * @param size     the number of arguments
     * @param argument makes an argument from its index
     * @return the arguments, to hand to {@code Findings} as the one argument
     */
    public static LazyList<Object> arguments(int size, IntFunction<?> argument) {
        return new LazyList<>(size, argument, true);
    }

    /**
     * True for a list made by {@link #arguments}: handed to {@code Findings} as the one argument, it is the
     * message's arguments.
     *
     * @return whether this list is a message's arguments
     */
    public boolean isArguments() {
        return arguments;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        Object[] m = made;
        if (m == null) {
            m = new Object[size];
            made = m; // a racing reader may make its own array: it makes the same elements again
        }
        Object v = m[index];
        if (v == null) {
            v = element.apply(index);
            m[index] = v == null ? NULL : v;
        }
        return v == NULL ? null : (T) v;
    }

    @Override
    public int size() {
        return size;
    }
}
