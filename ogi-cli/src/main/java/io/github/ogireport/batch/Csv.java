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
        OutputStream os = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
        return new java.io.BufferedWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    }

    /** A CSV writer over {@code w}: comma, double quotes only where needed, "" inside quotes, LF line ends. */
    static ICSVWriter writer(Writer w) {
        return new CSVWriterBuilder(w).build();
    }

    /** An RFC 4180 reader (no backslash escapes). */
    static CSVReader reader(Reader r) {
        return new CSVReaderBuilder(r).withCSVParser(new RFC4180ParserBuilder().build()).build();
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
}
