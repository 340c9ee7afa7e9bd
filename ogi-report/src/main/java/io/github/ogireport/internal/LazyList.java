package io.github.ogireport.internal;

import java.util.AbstractList;
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
    private final Object[] made;

    private LazyList(int size, IntFunction<? extends T> element) {
        this.element = element;
        this.made = new Object[size];
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
        return new LazyList<>(size, element);
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
    public static Arguments arguments(int size, IntFunction<?> argument) {
        return new Arguments(new LazyList<>(size, argument));
    }

    /**
     * Message arguments made when first read ({@link #arguments}): a wrapper that {@code Findings} recognises.
     *
     * @param list the arguments
     */
    public record Arguments(LazyList<Object> list) {
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Object v = made[index];
        if (v == null) {
            v = element.apply(index);
            made[index] = v == null ? NULL : v;
        }
        return v == NULL ? null : (T) v;
    }

    @Override
    public int size() {
        return made.length;
    }
}
