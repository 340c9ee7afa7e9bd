package io.github.ogireport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LazyList makes each element once, when first read, keeps nulls, and is a read-only list like any other. */
class LazyListTest {
    @Test
    void eachElementMadeOnceWhenFirstRead() {
        int[] made = new int[4];
        List<String> list = LazyList.of(4, i -> {
            made[i]++;
            return i == 2 ? null : "e" + i;
        });
        assertEquals(List.of(0, 0, 0, 0), List.of(made[0], made[1], made[2], made[3]));
        assertEquals("e1", list.get(1));
        assertEquals("e1", list.get(1));
        assertNull(list.get(2));
        assertNull(list.get(2));
        assertEquals(List.of(0, 1, 1, 0), List.of(made[0], made[1], made[2], made[3]));
        assertEquals(Arrays.asList("e0", "e1", null, "e3"), list);
        assertEquals(Arrays.asList("e0", "e1", null, "e3").hashCode(), list.hashCode());
        assertEquals("[e0, e1, null, e3]", list.toString());
        assertEquals(List.of(1, 1, 1, 1), List.of(made[0], made[1], made[2], made[3]));
        assertEquals(4, list.size());
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(4));
        assertThrows(UnsupportedOperationException.class, () -> list.add("x"));
        assertThrows(UnsupportedOperationException.class, () -> list.set(0, "x"));
        assertEquals(List.of("e0", "e1"), new ArrayList<>(list.subList(0, 2)));
    }

    @Test
    void argumentsAreMarkedAndMadeWhenRead() {
        int[] made = new int[1];
        LazyList<Object> args = LazyList.arguments(2, i -> {
            made[0]++;
            return i;
        });
        assertEquals(true, args.isArguments());
        assertEquals(false, LazyList.of(2, i -> i).isArguments());
        assertEquals(2, args.size());
        assertEquals(0, made[0]);
        assertEquals(List.of(0, 1), new ArrayList<>(args));
        assertEquals(List.of(0, 1), new ArrayList<>(args));
        assertEquals(2, made[0]);
        assertThrows(IndexOutOfBoundsException.class, () -> args.get(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> LazyList.of(0, i -> i).get(0));
    }
}
