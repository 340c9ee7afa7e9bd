package io.github.ogireport.internal.run;

import io.github.ogireport.ParseLimits;
import io.github.ogireport.internal.Budget;
import io.github.ogireport.internal.io.Decoded;
import io.github.ogireport.internal.io.Decoder;
import io.github.ogireport.internal.io.UnreadableException;
import io.github.ogireport.internal.layout.HtmlLayout;
import io.github.ogireport.internal.layout.Layout;
import io.github.ogireport.internal.layout.TextLayout;
import io.github.ogireport.internal.recognize.ReportRecognizer;
import io.github.ogireport.internal.layout.Documents;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one parse does, on the thread {@link Runner} gives it: a file read (regular files only, its size
 * counted from the stream), bytes decoded or handed to the document reader, the layout and the recognisers.
 * Not API.
 */
public final class Reading {
    private Reading() {
    }

    /**
     * A file's bytes as read.
     *
     * @param bytes the content, or null when it is over the size limit
     * @param size  the bytes counted (the whole file when a digest was given); for a file over the limit read
     *              without a digest, the larger of the bytes read and the size the file system gives
     */
    public record FileBytes(byte[] bytes, long size) {
        /** True when the file is over the size limit (its bytes were not kept). */
        public boolean over() {
            return bytes == null;
        }
    }

    /**
     * Reads a regular file, keeping at most {@code maxBytes}: the size comes from the stream as it is read,
     * never from the file system (a {@code /proc} file says 0, a growing file says less than it holds).
     *
     * @param digest when not null, every byte of the file is fed to it, also past the limit
     * @throws UnreadableException when the path is not a regular file (a folder, a FIFO, a device): it is not
     *                             opened, since opening a FIFO blocks until someone writes to it
     * @throws IOException         when the file cannot be read, or the thread was interrupted
     */
    public static FileBytes read(Path file, long maxBytes, MessageDigest digest) throws IOException,
            UnreadableException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        if (a.isDirectory()) {
            throw new UnreadableException("a folder, not a file");
        }
        if (!a.isRegularFile()) {
            throw new UnreadableException("not a regular file (a FIFO, device or socket): not read");
        }
        // read straight into an array of the size the file system gives (the usual case: no copy at all); a
        // file that turns out longer (a growing file, a /proc file that says 0) grows the array up to the limit
        int keep = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1);
        byte[] buf = new byte[(int) Math.min(keep, a.size())];
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                if (size == buf.length) {
                    if (size == keep) {
                        break; // over the limit
                    }
                    int b = in.read(); // the end, where the file system says it is?
                    if (b < 0) {
                        return new FileBytes(buf, size);
                    }
                    buf = Arrays.copyOf(buf, (int) Math.min(keep, Math.max(size + 1, Math.max(buf.length * 2L,
                            1 << 16))));
                    buf[(int) size++] = (byte) b;
                    if (digest != null) {
                        digest.update((byte) b);
                    }
                    continue;
                }
                int n = in.read(buf, (int) size, buf.length - (int) size);
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException(file + ": interrupted");
                }
                if (n < 0) {
                    return new FileBytes(Arrays.copyOf(buf, (int) size), size); // shorter than it said
                }
                if (digest != null) {
                    digest.update(buf, (int) size, n);
                }
                size += n;
            }
            // over the limit: refused on what was read; the file system's size, when larger, is only shown
            if (digest == null) {
                return new FileBytes(null, Math.max(size, a.size()));
            }
            byte[] chunk = new byte[1 << 16]; // hashed to its end, not kept
            int n;
            while ((n = in.read(chunk)) > 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException(file + ": interrupted");
                }
                digest.update(chunk, 0, n);
                size += n;
            }
            return new FileBytes(null, size);
        }
    }

    /**
     * Parses a file within the budget's limits.
     *
     * @throws IOException when it cannot be read
     */
    public static Report file(Path file, Budget budget) throws IOException {
        String name = file.toString();
        FileBytes read;
        try {
            read = read(file, budget.limits().maxBytes(), null);
        } catch (UnreadableException e) {
            return Report.unreadable(name, "", e.getMessage());
        }
        if (read.over()) {
            return tooLarge(name, read.size() + " bytes", budget.limits());
        }
        return bytes(read.bytes(), name, budget);
    }

    /** The report of a file over the size limit. */
    public static Report tooLarge(String fileName, String size, ParseLimits limits) {
        return Report.unreadable(fileName, "application/octet-stream", ParseLimits.message(fileName, size,
                String.valueOf(limits.maxBytes()), "--max-size"));
    }

    /** Parses bytes: PDF and Word through the document reader, anything else decoded as text or HTML. */
    public static Report bytes(byte[] bytes, String fileName, Budget budget) {
        if (bytes.length > budget.limits().maxBytes()) {
            return tooLarge(fileName, bytes.length + " bytes", budget.limits());
        }
        Decoder.Binary binary = bytes.length == 0 ? null : Decoder.binary(bytes);
        if (binary != null) {
            // the document readers are third-party code that may not notice the deadline: where it can be stopped
            return Runner.stoppable(() -> document(bytes, fileName, binary, budget));
        }
        // any charset read here takes at most 4 bytes a character: over 4 x the limit is over it for sure,
        // found without decoding (a 100 MB line is not turned into a string to be refused)
        budget.chars(bytes.length / 4);
        Decoded decoded;
        try {
            decoded = Decoder.decode(bytes, fileName);
        } catch (UnreadableException e) {
            return Report.unreadable(fileName, "application/octet-stream", e.getMessage());
        }
        return recognize(fileName, decoded, budget);
    }

    /** PDF and Word: the only path that loads Tika (and pays its start-up). */
    private static Report document(byte[] bytes, String fileName, Decoder.Binary binary, Budget budget) {
        try {
            Documents.Read read = Documents.read(bytes, fileName, binary, budget);
            Report report = ReportRecognizer.recognize(fileName, read.contentType(), read.layout());
            String damage = Damage.of(bytes, binary);
            return damage == null ? report : withProblem(report, new ParseProblem(ParseProblem.Kind.DAMAGED,
                    "file", damage, SourcePosition.UNKNOWN));
        } catch (UnreadableException e) {
            return Report.unreadable(fileName, binary == Decoder.Binary.PDF ? "application/pdf"
                    : "application/octet-stream", e.getMessage());
        }
    }

    /** Parses text given as a string: HTML when it starts with markup, else page text. */
    public static Report text(String text, Budget budget) {
        if (text.isEmpty()) {
            return Report.unreadable("<text>", "text/plain", "empty text");
        }
        boolean html = text.stripLeading().startsWith("<");
        return recognize("<text>", new Decoded(text, "UTF-16", html ? Decoded.Container.HTML
                : Decoded.Container.TEXT), budget);
    }

    private static Report recognize(String source, Decoded decoded, Budget budget) {
        budget.text(decoded.length());
        Layout layout = decoded.container() == Decoded.Container.HTML ? HtmlLayout.parse(decoded.text(), budget)
                : decoded.chars() != null ? TextLayout.parse(decoded.chars(), decoded.length(), decoded.lines(), budget)
                : TextLayout.parse(decoded.text(), budget);
        budget.tick();
        Report report = ReportRecognizer.recognize(source, decoded.contentType(), layout, decoded.simplified());
        if (decoded.note().isEmpty()) {
            return report;
        }
        return withProblem(report, new ParseProblem(ParseProblem.Kind.ENCODING, "encoding", decoded.note(),
                SourcePosition.UNKNOWN));
    }

    /** {@code report} with one more problem (first: it concerns the whole file). */
    static Report withProblem(Report r, ParseProblem p) {
        if (!r.isReadable()) {
            return r; // its error says why already
        }
        List<ParseProblem> problems = new ArrayList<>();
        problems.add(p);
        problems.addAll(r.problems());
        return new Report(r.source(), r.contentType(), r.format(), r.year(), r.agency(), r.title(), r.preamble(),
                r.sections(), r.outline(), r.t1(), r.t2(), r.t3(), problems, r.error());
    }
}
