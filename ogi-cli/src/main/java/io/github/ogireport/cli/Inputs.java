package io.github.ogireport.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the command line's files, folders and list files into the list of inputs, in a stable order.
 *
 * <ul>
 * <li>a folder: every file under it (recursively) whose ending is in {@link #SUFFIXES}, sorted by path;</li>
 * <li>{@code @LIST}: the file LIST names one input per line (UTF-8; blank lines and lines starting with
 *     {@code #} are skipped; relative paths are relative to the current folder; a line may name a folder);
 *     to name a file whose name starts with {@code @}, write {@code ./@name};</li>
 * <li>anything else: that file, whatever its ending.</li>
 * </ul>
 * picocli's own {@code @file} expansion is switched off ({@link OgiCommand#commandLine(String...)}), so {@code @LIST}
 * reaches this class.
 */
final class Inputs {
    /** File endings read when walking a folder; a file named explicitly is always read. The one place to add
     * a format the parser learns to read. */
    static final Set<String> SUFFIXES = Set.of(".txt", ".md", ".markdown", ".html", ".htm", ".shtml", ".xhtml",
            ".pdf", ".docx", ".doc", ".wps", ".rtf");
    /**
     * Report files this version recognises but cannot read (their error names why: ODT needs Tika's
     * miscoffice module). {@code ogi batch} includes them when it walks a folder, so that nothing in a
     * researcher's folder is dropped silently; {@code check} and {@code extract} skip them there.
     */
    static final Set<String> KNOWN_UNREAD = Set.of(".odt");
    /** The bundled samples, read when no input is given. */
    static final Path SAMPLES = Path.of("testdata", "samples");

    private Inputs() {
    }

    static List<Path> expand(List<Path> given) throws IOException {
        return expand(given, SUFFIXES);
    }

    /** Like {@link #expand(List)}; null (after saying why on {@code err}) when a list file cannot be read. */
    static List<Path> expand(List<Path> given, java.io.PrintWriter err) {
        try {
            return expand(given);
        } catch (IOException e) {
            err.println("cannot read the inputs: " + reason(e));
            return null;
        }
    }

    /** An I/O failure in one line a user can act on: the path and the reason, no class names. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            NoSuchFileException n = (NoSuchFileException) e;
            return n.getFile() + ": " + (n.getReason() == null ? "no such file or folder" : n.getReason());
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return ((java.nio.file.FileSystemException) e).getFile() + ": permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException) {
            java.nio.file.FileSystemException f = (java.nio.file.FileSystemException) e;
            return f.getFile() + ": " + (f.getReason() == null ? e.getClass().getSimpleName() : f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Like {@link #expand(List)}, walking folders for {@link #SUFFIXES} and {@link #KNOWN_UNREAD}. */
    static List<Path> expandAll(List<Path> given) throws IOException {
        Set<String> all = new java.util.HashSet<>(SUFFIXES);
        all.addAll(KNOWN_UNREAD);
        return expand(given, all);
    }

    private static List<Path> expand(List<Path> given, Set<String> suffixes) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            String s = p.toString();
            if (s.startsWith("@") && s.length() > 1) {
                Path list = Path.of(s.substring(1));
                List<String> lines;
                try {
                    lines = Files.readAllLines(list, StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    throw new NoSuchFileException(list.toString(), null, "list file not found");
                }
                for (String line : lines) {
                    String t = line.strip();
                    if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
                        t = t.substring(1).strip();
                    }
                    if (!t.isEmpty() && !t.startsWith("#")) {
                        one(Path.of(t), out, suffixes);
                    }
                }
            } else {
                one(p, out, suffixes);
            }
        }
        return out;
    }

    /**
     * Adds one named path. Nothing is dropped silently: a folder named that holds no report file, a folder
     * with a report's name holding none (a directory {@code d.html}) and anything with a report's name that
     * is not a regular file (a FIFO, a device) are kept as inputs, and reading them gives an error saying what
     * they are (a FIFO is never opened: opening one blocks).
     */
    private static void one(Path p, List<Path> out, Set<String> suffixes) throws IOException {
        if (Files.isDirectory(p)) {
            List<Path> found = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(f -> !f.equals(p) && hasSuffix(f, suffixes)).sorted().forEach(found::add);
            }
            List<Path> files = new ArrayList<>();
            for (Path f : found) {
                if (Files.isRegularFile(f) || !Files.isDirectory(f) || isEmptyOfReports(f, found)) {
                    files.add(f);
                }
            }
            if (files.isEmpty()) {
                out.add(p);
            } else {
                out.addAll(files);
            }
        } else {
            out.add(p);
        }
    }

    /** True for a folder none of whose entries in {@code found} is a regular file under it. */
    private static boolean isEmptyOfReports(Path dir, List<Path> found) {
        for (Path f : found) {
            if (!f.equals(dir) && f.startsWith(dir) && Files.isRegularFile(f)) {
                return false;
            }
        }
        return true;
    }

    /** True when a file with this name is read when walking a folder. */
    static boolean supported(Path p) {
        return hasSuffix(p, SUFFIXES);
    }

    private static boolean hasSuffix(Path p, Set<String> suffixes) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && suffixes.contains(name.substring(dot));
    }

    /**
     * The inputs named, or the bundled samples when none is; null (after saying why on {@code err}) when none
     * is named and there are no samples here.
     */
    static List<Path> givenOrSamples(List<Path> files, java.io.PrintWriter err) {
        if (!files.isEmpty()) {
            return files;
        }
        if (!Files.isDirectory(SAMPLES)) {
            err.println("no FILE given and no bundled samples in " + SAMPLES
                    + " (run from the project folder, or name the files)");
            return null;
        }
        return List.of(SAMPLES);
    }
}
