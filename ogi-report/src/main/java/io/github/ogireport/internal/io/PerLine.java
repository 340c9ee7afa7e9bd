package io.github.ogireport.internal.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A file that is not UTF-8 as a whole but whose lines are: some decode as clean UTF-8 (with characters beyond
 * ASCII), others do not (a GBK line pasted into a UTF-8 report, lines alternating). Decoding it all in one
 * charset garbles one part silently; here each line is decoded in its own charset and the note names the
 * lines read in the other one. Lines of ASCII only decode alike in both and count for neither. Not API.
 */
record PerLine(String text, String note) {
    /** Line numbers listed in the note, at most. */
    private static final int LISTED = 10;

    /**
     * The per-line decoding of {@code bytes}, or null when they are not mixed (no line, or every line, beyond
     * ASCII is clean UTF-8).
     *
     * @param other the charset of the lines that are not UTF-8
     */
    static PerLine decode(byte[] bytes, Charset other) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder text = new StringBuilder(bytes.length);
        List<Integer> otherLines = new ArrayList<>();
        int utf8Lines = 0;
        int line = 1;
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            boolean ascii = true;
            while (end < bytes.length && bytes[end] != '\n') {
                ascii &= bytes[end] >= 0;
                end++;
            }
            int stop = Math.min(end + 1, bytes.length); // the line break stays with its line
            ByteBuffer slice = ByteBuffer.wrap(bytes, start, stop - start);
            if (ascii) {
                text.append(new String(bytes, start, stop - start, StandardCharsets.US_ASCII));
            } else {
                try {
                    text.append(utf8.reset().decode(slice));
                    utf8Lines++;
                } catch (CharacterCodingException e) {
                    String decoded = new String(bytes, start, stop - start, other);
                    if (decoded.indexOf('\uFFFD') >= 0) {
                        return null; // not that charset either: no evidence of a mixed file
                    }
                    text.append(decoded);
                    otherLines.add(line);
                }
            }
            start = stop;
            line++;
        }
        if (utf8Lines == 0 || otherLines.isEmpty()) {
            return null;
        }
        StringBuilder note = new StringBuilder("mixed encodings: ").append(otherLines.size())
                .append(otherLines.size() == 1 ? " line" : " lines").append(" read as ").append(other.name())
                .append(" (line");
        note.append(otherLines.size() == 1 ? " " : "s ");
        for (int i = 0; i < otherLines.size() && i < LISTED; i++) {
            note.append(i == 0 ? "" : ", ").append(otherLines.get(i));
        }
        if (otherLines.size() > LISTED) {
            note.append(", …");
        }
        note.append("), ").append(utf8Lines).append(utf8Lines == 1 ? " line" : " lines").append(" as UTF-8");
        return new PerLine(text.toString(), note.toString());
    }
}
