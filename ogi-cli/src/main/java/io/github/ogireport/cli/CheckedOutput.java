package io.github.ogireport.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A {@link PrintWriter} that keeps the first write failure and its reason: a {@code PrintWriter} swallows
 * I/O errors, so a full disk or {@code >/dev/full} would otherwise end in exit 0 and a cut page. The commands
 * ask {@link #failure} after each report and stop with exit 2 and a one-line message.
 */
final class CheckedOutput extends PrintWriter {
    private final Capture capture;
    private final String name;

    private CheckedOutput(Capture capture, String name, boolean autoFlush) {
        super(capture, autoFlush);
        this.capture = capture;
        this.name = name;
    }

    /** Writes to {@code out}; {@code name} is how a message calls it ({@code standard output}, a file). */
    static CheckedOutput of(Writer out, String name, boolean autoFlush) {
        return new CheckedOutput(new Capture(out), name, autoFlush);
    }

    /**
     * Writes UTF-8 to {@code out}. A {@link PrintStream} (System.out) swallows its errors too: its error flag
     * is asked after each write, so a failure is seen even then (without the system's reason).
     */
    static CheckedOutput of(OutputStream out, String name, boolean autoFlush) {
        OutputStream checked = out instanceof PrintStream ? new FlagChecked((PrintStream) out) : out;
        return of(new OutputStreamWriter(checked, StandardCharsets.UTF_8), name, autoFlush);
    }

    /** Null when everything written so far reached {@code out} (flushed now); else the one-line message. */
    static String failure(PrintWriter out, String name) {
        out.flush();
        return failureAfterClose(out, name);
    }

    /** Like {@link #failure}, without flushing: for a writer closed already. */
    static String failureAfterClose(PrintWriter out, String name) {
        if (!out.checkError()) {
            return null;
        }
        if (out instanceof CheckedOutput) {
            CheckedOutput c = (CheckedOutput) out;
            IOException e = c.capture.first;
            return "cannot write " + c.name + (e == null || e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        return "cannot write " + name;
    }

    /** Turns a print stream's error flag into an exception. */
    private static final class FlagChecked extends FilterOutputStream {
        private final PrintStream ps;

        FlagChecked(PrintStream ps) {
            super(ps);
            this.ps = ps;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ps.write(b, off, len);
            check();
        }

        @Override
        public void flush() throws IOException {
            check(); // checkError flushes
        }

        private void check() throws IOException {
            if (ps.checkError()) {
                throw new IOException("write error");
            }
        }
    }

    /** Passes everything on and remembers the first failure. */
    private static final class Capture extends Writer {
        private final Writer out;
        volatile IOException first;

        Capture(Writer out) {
            this.out = out;
        }

        private IOException keep(IOException e) {
            if (first == null) {
                first = e;
            }
            return e;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            try {
                out.write(cbuf, off, len);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            try {
                out.write(str, off, len);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw keep(e);
            }
        }
    }
}
