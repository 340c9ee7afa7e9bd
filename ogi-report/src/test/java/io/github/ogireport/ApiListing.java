package io.github.ogireport;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a module as text, from its compiled classes: every public type outside the
 * {@code internal} packages (nested ones too, when reachable) with its public and protected constructors,
 * methods and fields, one line each, sorted. Committed as {@code api/<artifact>.api} and compared by
 * {@link ApiListingTest}, so that a change to the API shows in review and in the listing's diff.
 */
public final class ApiListing {
    private ApiListing() {
    }

    /**
     * The listing of the classes under {@code classes}.
     *
     * @param classes a class folder (e.g. {@code target/classes}) whose classes the test class loader can load
     * @param header  comment lines put first (each gets {@code # })
     * @return the listing, ending with a line break
     * @throws IOException when the folder cannot be walked
     */
    public static String of(Path classes, List<String> header) throws IOException {
        List<String> names;
        try (Stream<Path> walk = Files.walk(classes)) {
            names = walk.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> classes.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.endsWith("module-info.class") && !n.endsWith("package-info.class"))
                    .filter(n -> !n.contains("/internal/"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .collect(Collectors.toList());
        }
        StringBuilder out = new StringBuilder();
        for (String h : header) {
            out.append("# ").append(h).append('\n');
        }
        for (String name : names) {
            Class<?> c;
            try {
                c = Class.forName(name, false, ApiListing.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load " + name + ": " + e, e);
            }
            if (!visible(c)) {
                continue;
            }
            out.append('\n').append(type(c)).append('\n');
            List<String> members = new ArrayList<>();
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (api(k.getModifiers()) && !k.isSynthetic()) {
                    members.add(k.toGenericString());
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (api(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    members.add(m.toGenericString());
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (api(f.getModifiers()) && !f.isSynthetic()) {
                    members.add(f.toGenericString());
                }
            }
            members.stream().sorted().forEach(m -> out.append("  ").append(m).append('\n'));
        }
        return out.toString();
    }

    /** Public (or protected, when nested) and, when nested, in a visible type; not anonymous or local. */
    private static boolean visible(Class<?> c) {
        if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
            return false;
        }
        if (c.getEnclosingClass() == null) {
            return Modifier.isPublic(c.getModifiers());
        }
        return api(c.getModifiers()) && visible(c.getEnclosingClass());
    }

    private static boolean api(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** The type's line: modifiers, kind, name, what it extends and implements, what it permits. */
    private static String type(Class<?> c) {
        StringBuilder b = new StringBuilder();
        int mods = c.getModifiers() & (c.isInterface() ? Modifier.interfaceModifiers() : Modifier.classModifiers());
        if (c.isInterface()) {
            mods &= ~Modifier.ABSTRACT;
        }
        if (c.isEnum() || c.isRecord()) {
            mods &= ~(Modifier.FINAL | Modifier.STATIC);
        }
        String m = Modifier.toString(mods);
        b.append(m.isEmpty() ? "" : m + " ");
        if (c.isSealed()) {
            b.append("sealed ");
        }
        b.append(c.isAnnotation() ? "@interface" : c.isInterface() ? "interface" : c.isEnum() ? "enum"
                : c.isRecord() ? "record" : "class").append(' ').append(c.getName());
        Type sup = c.getGenericSuperclass();
        if (sup != null && sup != Object.class && !c.isEnum() && !c.isRecord()) {
            b.append(" extends ").append(sup.getTypeName());
        }
        Type[] ifs = c.getGenericInterfaces();
        if (ifs.length > 0 && !c.isAnnotation()) {
            b.append(c.isInterface() ? " extends " : " implements ");
            for (int i = 0; i < ifs.length; i++) {
                b.append(i == 0 ? "" : ", ").append(ifs[i].getTypeName());
            }
        }
        if (c.isSealed()) {
            b.append(" permits ");
            Class<?>[] p = c.getPermittedSubclasses();
            for (int i = 0; i < p.length; i++) {
                b.append(i == 0 ? "" : ", ").append(p[i].getName());
            }
        }
        return b.toString();
    }
}
