package io.github.ogireport.arch;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The project's compiled classes, read from their class files: name, access flags and the project classes
 * each refers to (read from the constant pool: class entries and every type named in a descriptor or
 * signature). No library needed; what the JVM links is what is checked.
 */
public final class ClassFiles {
    static final String ROOT = "io/github/ogireport/";
    private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L(io/github/ogireport/[\\w/$]+)[;<]");

    /**
     * One compiled class.
     *
     * @param name       binary name with dots, e.g. {@code io.github.ogireport.check.Finding}
     * @param access     the access flags of the class file
     * @param references the project classes it names (binary names, nested ones included)
     * @param strings    its string constants
     * @param classes    every class its constant pool names, the platform's included ({@code java.text.Normalizer})
     */
    public record ClassFile(String name, int access, Set<String> references, Set<String> strings, Set<String> classes) {
        public String packageName() {
            return name.substring(0, name.lastIndexOf('.'));
        }

        public boolean isTopLevel() {
            return name.indexOf('$') < 0;
        }

        public boolean isPublic() {
            return (access & 0x0001) != 0;
        }

        public String simpleName() {
            return name.substring(name.lastIndexOf('.') + 1);
        }
    }

    private ClassFiles() {
    }

    /** The project classes of the class-path element (folder or jar) that holds {@code anchor}. */
    public static List<ClassFile> of(Class<?> anchor) {
        return read(location(anchor));
    }

    /**
     * Every project class of the class path: the main classes of every module (folders or jars), test classes left
     * out (the element holding {@code tests}, other modules' {@code test-classes} and {@code -tests.jar}).
     */
    static List<ClassFile> onClassPath(Class<?> tests) {
        Path skip = location(tests);
        List<ClassFile> all = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(e).toAbsolutePath();
            String name = p.toString().replace('\\', '/');
            boolean testCode = name.endsWith("/test-classes") || name.endsWith("-tests.jar");
            if (!p.equals(skip) && !testCode && Files.exists(p)) {
                all.addAll(read(p));
            }
        }
        return all;
    }

    static Path location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The project's class files in a folder or a jar; resources such as META-INF/services are separate. */
    static List<ClassFile> read(Path where) {
        List<ClassFile> out = new ArrayList<>();
        try {
            if (Files.isDirectory(where)) {
                Path root = where.resolve(ROOT);
                if (!Files.isDirectory(root)) {
                    return out;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                        out.add(parse(Files.readAllBytes(f)));
                    }
                }
            } else if (where.toString().endsWith(".jar")) {
                try (ZipFile zip = new ZipFile(where.toFile())) {
                    for (ZipEntry e : zip.stream().toList()) {
                        if (e.getName().startsWith(ROOT) && e.getName().endsWith(".class")) {
                            try (InputStream in = zip.getInputStream(e)) {
                                out.add(parse(in.readAllBytes()));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.removeIf(c -> c.simpleName().equals("package-info") || c.simpleName().equals("module-info"));
        return out;
    }

    /** Reads the constant pool (JVMS §4.4) and the class's own name and flags. */
    public static ClassFile parse(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classIndex = new int[count];
        List<Integer> stringIndexes = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1:
                    utf8[i] = in.readUTF();
                    break;
                case 7:
                    classIndex[i] = in.readUnsignedShort();
                    break;
                case 8:
                    stringIndexes.add(in.readUnsignedShort());
                    break;
                case 16: case 19: case 20:
                    in.readUnsignedShort();
                    break;
                case 15:
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                    break;
                case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18:
                    in.readInt();
                    break;
                case 5: case 6:
                    in.readLong();
                    i++; // takes two entries
                    break;
                default:
                    throw new IOException("constant pool tag " + tag);
            }
        }
        int access = in.readUnsignedShort();
        String self = utf8[classIndex[in.readUnsignedShort()]];
        Set<String> refs = new TreeSet<>();
        Set<String> classes = new TreeSet<>();
        for (int i = 1; i < count; i++) {
            if (classIndex[i] != 0) {
                String n = utf8[classIndex[i]];
                classes.add(n.replace('/', '.'));
                Matcher m = TYPE_IN_DESCRIPTOR.matcher(n);
                if (n.startsWith(ROOT)) {
                    refs.add(n);
                } else {
                    while (m.find()) {
                        refs.add(m.group(1)); // an array class: [Lio/github/...;
                    }
                }
            } else if (utf8[i] != null && utf8[i].indexOf('L') >= 0) {
                Matcher m = TYPE_IN_DESCRIPTOR.matcher(utf8[i]);
                while (m.find()) {
                    refs.add(m.group(1));
                }
            }
        }
        refs.remove(self);
        Set<String> names = new TreeSet<>();
        for (String r : refs) {
            names.add(r.replace('/', '.'));
        }
        Set<String> strings = new TreeSet<>();
        for (int s : stringIndexes) {
            strings.add(utf8[s]);
        }
        return new ClassFile(self.replace('/', '.'), access, names, strings, classes);
    }
}
