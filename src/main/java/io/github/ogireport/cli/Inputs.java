package io.github.ogireport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Expands the command line's files and folders into the list of inputs, in a stable order. */
final class Inputs {
    /** File endings read when walking a folder; a file named explicitly is always read. */
    static final Set<String> SUFFIXES = Set.of(".txt", ".md", ".markdown", ".html", ".htm", ".shtml", ".xhtml",
            ".pdf", ".docx", ".doc", ".wps", ".rtf");
    /** The bundled samples, read when no input is given. */
    static final Path SAMPLES = Path.of("testdata", "samples");

    private Inputs() {
    }

    static List<Path> expand(List<Path> given) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(Inputs::supported).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean supported(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && SUFFIXES.contains(name.substring(dot));
    }
}
