package io.github.ogireport.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a command runs with: its options' values by option name and its files. Either what picocli parsed
 * ({@link Specs#parsed}) or, for a plain command line, the options' defaults ({@link Plain}): the command runs
 * the same code either way.
 */
interface Values {
    /** The value of the option {@code name}: its default when not given, null when it has none. */
    <T> T value(String name);

    /** The positional parameters: empty when none was given. */
    List<Path> files();

    /** A flag's value: false when not given. */
    default boolean flag(String name) {
        return Boolean.TRUE.equals(value(name));
    }

    /** The values of a repeatable option: empty when none was given. */
    default <T> List<T> list(String name) {
        List<T> values = value(name);
        return values == null ? new ArrayList<>() : values;
    }
}
