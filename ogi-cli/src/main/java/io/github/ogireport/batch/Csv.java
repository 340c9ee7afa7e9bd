package io.github.ogireport.batch;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Opening, reading and repairing the batch's CSV and line files (opencsv's writer and RFC 4180 reader only). */
final class Csv {
    static final char BOM = '\uFEFF';

    private Csv() {
    }

    /** A writer appending to {@code file} (created), UTF-8. */
    static Writer appender(Path file) throws IOException {
        return new java.io.BufferedWriter(new java.io.OutputStreamWriter(appendStream(file), StandardCharsets.UTF_8),
                1 << 16);
    }

    /** A stream appending to {@code file} (created), unbuffered: for writes of whole groups of lines. */
    static OutputStream appendStream(Path file) throws IOException {
        return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
    }

    /** A CSV writer over {@code w}: comma, double quotes only where needed, "" inside quotes, LF line ends. */
    static ICSVWriter writer(Writer w) {
        return new CSVWriterBuilder(w).build();
    }

    /** An RFC 4180 reader (no backslash escapes). */
    static CSVReader reader(Reader r) {
        return new CSVReaderBuilder(r).withCSVParser(new RFC4180ParserBuilder().build()).build();
    }

    /** A value as {@link #writer} writes it: quoted (with {@code ""} inside) only when it holds {@code " , CR LF}. */
    static String field(String value) {
        if (value.indexOf('"') < 0 && value.indexOf(',') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /**
     * Where the fields of one CSV line ({@code line[0..length)}, UTF-8) start and end: {@code bounds[2i]} and
     * {@code bounds[2i + 1]} (exclusive) hold field {@code i} as written, quotes included; null when the line is
     * not one whole record of {@code count} fields as {@link #writer} writes them (quotes left open: a record over
     * several lines; a quote inside an unquoted field; another number of fields). Read as bytes: the quote and
     * the comma are ASCII, never part of a UTF-8 sequence.
     */
    static int[] fields(byte[] line, int length, int count) {
        int[] bounds = new int[2 * count];
        int n = 0;
        int i = 0;
        while (true) {
            if (n == count) {
                return null; // more fields than the header has
            }
            int start = i;
            if (i < length && line[i] == '"') {
                i++;
                while (true) {
                    if (i >= length) {
                        return null; // the quotes go on past the line
                    }
                    if (line[i] == '"') {
                        if (i + 1 < length && line[i + 1] == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
                if (i < length && line[i] != ',') {
                    return null; // text after the closing quote
                }
            } else {
                while (i < length && line[i] != ',') {
                    if (line[i] == '"') {
                        return null;
                    }
                    i++;
                }
            }
            bounds[2 * n] = start;
            bounds[2 * n + 1] = i;
            n++;
            if (i >= length) {
                return n == count ? bounds : null;
            }
            i++; // the comma
        }
    }

    /** Writes the header line, after a byte order mark when {@code bom}. */
    static void header(Writer w, ICSVWriter csv, List<String> header, boolean bom) throws IOException {
        if (bom) {
            w.write(BOM);
        }
        csv.writeNext(header.toArray(new String[0]), false);
        csv.flush();
    }

    /** The first cell of a header without its byte order mark. */
    static String[] stripBom(String[] header) {
        if (header != null && header.length > 0 && !header[0].isEmpty() && header[0].charAt(0) == BOM) {
            header[0] = header[0].substring(1);
        }
        return header;
    }

    /** True when the file starts with a UTF-8 byte order mark. */
    static boolean hasBom(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) < 3) {
            return false;
        }
        try (var in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(3);
            return (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
        }
    }

    /**
     * Cuts a line the process was killed in the middle of: everything after the last line break. Every record
     * the batch writes is one line (line breaks in values become spaces), so this leaves whole records.
     */
    static void truncatePartialLine(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long len = f.length();
            if (len == 0) {
                return;
            }
            f.seek(len - 1);
            if (f.read() == '\n') {
                return;
            }
            long pos = len - 1;
            byte[] buf = new byte[8192];
            while (pos > 0) {
                int n = (int) Math.min(buf.length, pos);
                f.seek(pos - n);
                f.readFully(buf, 0, n);
                for (int i = n - 1; i >= 0; i--) {
                    if (buf[i] == '\n') {
                        f.setLength(pos - n + i + 1);
                        return;
                    }
                }
                pos -= n;
            }
            f.setLength(0);
        }
    }

    /**
     * Rewrites {@code file} keeping the lines {@code keep} accepts, in order (through a temporary file moved
     * into place: a kill leaves the old file or the new one). Untouched when every line is kept.
     */
    static void keepLines(Path file, java.util.function.Predicate<String> keep) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        boolean dropped = false;
        try (java.io.InputStream in = Files.newInputStream(file);
                OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            ByteLines lines = new ByteLines(in);
            while (lines.next()) {
                if (!lines.ended()) {
                    out.write(lines.line(), 0, lines.length()); // truncatePartialLine ran first: not reached in practice
                } else if (keep.test(new String(lines.line(), 0, lines.length(), StandardCharsets.UTF_8))) {
                    out.write(lines.line(), 0, lines.length());
                    out.write('\n');
                } else {
                    dropped = true;
                }
            }
        }
        if (dropped) {
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.delete(tmp);
        }
    }

    /** The lines of a file as bytes, split at LF only (a CR inside a record is data). */
    static final class ByteLines {
        private final java.io.InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int end;
        private boolean lf;
        private byte[] line = new byte[1 << 12];
        private int length;

        ByteLines(java.io.InputStream in) {
            this.in = in;
        }

        /** Reads the next line without its LF into {@link #line()}; false at the end. */
        boolean next() throws IOException {
            length = 0;
            lf = false;
            while (true) {
                if (pos == end) {
                    end = in.read(buf);
                    pos = 0;
                    if (end <= 0) {
                        end = 0;
                        return length > 0;
                    }
                }
                int start = pos;
                while (pos < end && buf[pos] != '\n') {
                    pos++;
                }
                if (length + pos - start > line.length) {
                    line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + pos - start));
                }
                System.arraycopy(buf, start, line, length, pos - start);
                length += pos - start;
                if (pos < end) {
                    pos++;
                    lf = true;
                    return true;
                }
            }
        }

        /** The line's bytes: {@code line()[0..length())}, valid until the next {@link #next}. */
        byte[] line() {
            return line;
        }

        int length() {
            return length;
        }

        /** True when the last line read ended with an LF (the batch ends every record with one). */
        boolean ended() {
            return lf;
        }
    }
}
