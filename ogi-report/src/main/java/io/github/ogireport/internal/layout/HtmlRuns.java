package io.github.ogireport.internal.layout;

import io.github.ogireport.model.SourcePosition;
import java.util.Arrays;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Where the text of an HTML page stands in its source, found without jsoup's position tracking (which records
 * a range on every node and attribute and costs about half as much again as the parse itself). Not API.
 *
 * <p>A scan that follows jsoup's tokeniser over markup only: tags (with their quoted attribute values),
 * comments, doctypes, processing instructions and the raw text of {@code script}, {@code style},
 * {@code title}, {@code textarea} and the like. What lies between two tokens is one character run, and jsoup
 * makes each run one text (or data) node, in source order. The layout walks the page's nodes in tree order and
 * {@link #pair pairs} each with the next run, checking the pair character by character; a node that is not its
 * run, or a page where the tree builder may have moved text (foster parenting out of a table, foreign content,
 * NUL characters, CDATA), gives no offsets, and the caller parses again with tracking. So a position is either the one jsoup
 * would report or not given by this class at all.
 */
final class HtmlRuns {
    private final String s;
    /** The page's characters: indexing an array is cheaper than {@code charAt} of a UTF-16 string. */
    private final char[] chars;
    /** Start and end (exclusive) of each run that is not all HTML white space, in source order. */
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    /** The decoded text of a run holding character references, else null (the run is its source span). */
    private String[] decoded = new String[256];
    private int count;
    /** Room to copy a node's text into for comparing. */
    private char[] scratch = new char[256];
    /** The next run to pair, and whether a node was not its run. */
    private int next;
    private boolean failed;
    private boolean safe = true;
    /** Per open table: whether a cell (or caption) is open in it, innermost last. */
    private boolean[] inCell = new boolean[8];
    private int tables;
    private boolean foreign;
    /** The first '&' at or after the last run asked about (runs come in source order), or the page's end. */
    private int nextAmp = -1;
    private boolean select;
    /** Start offsets of lines 2, 3, ... (jsoup's line map), built when a position is first asked for. */
    private int[] lineStarts;
    private int lines;
    /** The lower-cased name of the last tag scanned, when it is one the scan acts on, else "". */
    private String tagName = "";
    /** Of the last tag scanned: where its name ends, whether it closes itself, how many attributes it has. */
    private int nameEnd;
    private boolean selfClosing;
    private int attributes;
    /** Whether the last tag's start tag is to be copied whole into the compact page. */
    private boolean verbatim;
    /** The attribute being scanned: its start, its end so far, whether the layout reads it. */
    private int attrStart = -1;
    private int attrEnd;
    private boolean keep;
    /** The spans of the last tag's {@code colspan} and {@code rowspan} attributes. */
    private int[] keptStarts = new int[4];
    private int[] keptEnds = new int[4];
    private int kept;
    /** The compact page so far (null while nothing was left out) and the source offset it has reached. */
    private char[] compact;
    private int compactLength;
    private int copied;

    private HtmlRuns(String s) {
        this.s = s;
        this.chars = s.toCharArray();
    }

    /** Scans {@code html}; {@link #safe()} says whether its runs can stand for jsoup's text nodes. */
    static HtmlRuns scan(String html) {
        HtmlRuns runs = new HtmlRuns(html);
        if (html.indexOf('\0') >= 0) {
            runs.safe = false; // jsoup drops or replaces NUL in text: the node is not its run
        } else {
            runs.scan();
        }
        return runs;
    }

    /** False when the page holds markup after which jsoup's nodes may not follow the source. */
    boolean safe() {
        return safe;
    }

    /** The number of runs that are not all white space. */
    int count() {
        return count;
    }

    /**
     * The source offset where jsoup's text node {@code text} starts when it is run {@code k}: the run's start
     * when it is the whole run, or later when jsoup split leading white space off (a line feed after
     * {@code <pre>}, white space before the body); -1 when the node is not that run.
     */
    int match(int k, String text) {
        int start = starts[k];
        int end = ends[k];
        String d = decoded[k];
        int n = text.length();
        if (d == null) {
            int len = end - start;
            if (n > len) {
                return -1;
            }
            // copied out and compared as arrays: both vectorised, where regionMatches compares byte by byte
            if (scratch.length < n) {
                scratch = new char[Math.max(n, scratch.length * 2)];
            }
            text.getChars(0, n, scratch, 0);
            if (!Arrays.equals(chars, end - n, end, scratch, 0, n)) {
                return -1;
            }
            for (int i = start; i < end - n; i++) {
                if (!isWhitespace(chars[i])) {
                    return -1;
                }
            }
            return end - n;
        }
        int len = d.length();
        if (n > len || !d.regionMatches(len - n, text, 0, n)) {
            return -1;
        }
        int cut = len - n;
        for (int i = 0; i < cut; i++) {
            if (!isWhitespace(d.charAt(i))) {
                return -1;
            }
        }
        return cut == 0 ? start : sourceOffset(start, end, cut);
    }

    /** The line and column of a source offset, as jsoup's line map counts them. */
    SourcePosition position(int offset) {
        if (lineStarts == null) {
            lineStarts = new int[64];
            for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
                if (lines == lineStarts.length) {
                    lineStarts = Arrays.copyOf(lineStarts, lines * 2);
                }
                lineStarts[lines++] = i + 1;
            }
        }
        int index = Arrays.binarySearch(lineStarts, 0, lines, offset);
        index = index >= 0 ? index : -index - 2;
        return new SourcePosition.InText(index + 2, index == -1 ? offset + 1 : offset - lineStarts[index] + 1);
    }

    /** HTML white space, as jsoup's tokeniser and tree builder tell it (not no-break or ideographic space). */
    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** True when {@code text} is all HTML white space (or empty). */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Pairs the next text or data node of the page, in tree order, with the next run: the source offset where a
     * text that is not blank starts, or -1 (blank text pairs with no run; a text that is not the next run marks
     * the pairing failed, see {@link #paired}).
     */
    int pair(String text) {
        if (isBlank(text)) {
            return -1;
        }
        int at = next < count ? match(next, text) : -1;
        if (at < 0) {
            failed = true;
            next = count + 1; // nothing pairs after a mismatch
            return -1;
        }
        next++;
        return at;
    }

    /** The pairing's state, to {@link #reset} to. */
    int mark() {
        return failed ? -1 : next;
    }

    /** Takes the pairing back to {@code mark}: the nodes paired since are to be paired again. */
    void reset(int mark) {
        if (mark >= 0) {
            next = mark;
            failed = false;
        }
    }

    /** True when every node so far was its run and every run was paired: the offsets are jsoup's. */
    boolean paired() {
        return !failed && next == count;
    }

    // --- the scan -------------------------------------------------------------------------------------

    private void scan() {
        int len = s.length();
        int from = 0; // where the pending run starts: the end of the last token
        int i = 0;
        while (safe) {
            int lt = s.indexOf('<', i);
            if (lt < 0) {
                run(from, len);
                return;
            }
            int c = at(lt + 1);
            if (isAsciiLetter(c)) {
                run(from, lt);
                int end = tag(lt + 1);
                if (end < 0) {
                    return;
                }
                compactTag(lt, end, false);
                from = i = startTag(end);
                if (from < 0) {
                    return;
                }
            } else if (c == '/') {
                int c2 = at(lt + 2);
                if (isAsciiLetter(c2)) {
                    run(from, lt);
                    int end = tag(lt + 2);
                    if (end < 0) {
                        return;
                    }
                    compactTag(lt, end, true);
                    endTag(tagName);
                    from = i = end;
                } else if (c2 == '>') {
                    safe = false; // "</>" is dropped inside a run: the run is not one source span
                    return;
                } else if (c2 < 0) {
                    run(from, len);
                    return;
                } else {
                    run(from, lt);
                    from = i = toGt(lt + 2);
                }
            } else if (c == '!') {
                run(from, lt);
                if (s.startsWith("--", lt + 2)) {
                    from = i = comment(lt + 4);
                    compactComment(lt, from);
                } else if (s.startsWith("[CDATA[", lt + 2)) {
                    safe = false; // a CDATA node in foreign content, a comment elsewhere: not told apart here
                    return;
                } else {
                    from = i = toGt(lt + 2); // doctype or bogus comment: both end at the first '>'
                }
            } else if (c == '?') {
                run(from, lt);
                from = i = toGt(lt + 2);
            } else {
                i = lt + 1; // a '<' that starts no markup is text
            }
            if (from >= len) {
                return;
            }
        }
    }

    private int at(int i) {
        return i < s.length() ? chars[i] : -1;
    }

    private static boolean isAsciiLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The offset after the first '>' from {@code i}, or the end of the page. */
    private int toGt(int i) {
        int gt = s.indexOf('>', i);
        return gt < 0 ? s.length() : gt + 1;
    }

    /** After a start tag ending at {@code end}: the offset where the run after it starts, -1 at the end. */
    private int startTag(int end) {
        String name = tagName;
        switch (name) {
            case "svg":
            case "math":
                foreign = true;
                return end;
            case "select":
                select = true;
                return end;
            case "table":
                if (tables == inCell.length) {
                    inCell = Arrays.copyOf(inCell, tables * 2);
                }
                inCell[tables++] = false;
                return end;
            case "td":
            case "th":
            case "caption":
                if (tables > 0) {
                    inCell[tables - 1] = true;
                }
                return end;
            case "tr":
            case "tbody":
            case "thead":
            case "tfoot":
            case "colgroup":
            case "col":
                if (tables > 0) {
                    inCell[tables - 1] = false;
                }
                return end;
            case "plaintext":
                safe = !foreign && !select;
                run(end, s.length(), false);
                return -1;
            case "title":
            case "textarea":
                return rawText(end, name, true);
            case "script":
                return rawText(end, name, false);
            case "style":
            case "xmp":
            case "iframe":
            case "noembed":
            case "noframes":
                return rawText(end, name, false);
            default:
                return end;
        }
    }

    private void endTag(String name) {
        switch (name) {
            case "table":
                if (tables > 0) {
                    tables--;
                }
                break;
            case "select":
                select = false;
                break;
            case "td":
            case "th":
            case "caption":
            case "tr":
            case "tbody":
            case "thead":
            case "tfoot":
            case "colgroup":
                if (tables > 0) {
                    inCell[tables - 1] = false;
                }
                break;
            default:
                break;
        }
    }

    /**
     * The raw or escapable raw text of {@code name} from {@code from}: one run up to its end tag, which is
     * scanned as a tag; the offset after that end tag, or -1 at the end of the page.
     */
    private int rawText(int from, String name, boolean references) {
        if (foreign || select && !name.equals("script") && !name.equals("textarea")) {
            safe = false; // in foreign content or a select these are ordinary elements or ignored
            return -1;
        }
        int len = s.length();
        int n = name.length();
        int i = from;
        while (true) {
            int lt = s.indexOf("</", i);
            if (lt < 0 || lt + 2 + n > len) {
                run(from, len, references);
                checkScript(from, len, name);
                return -1;
            }
            int after = lt + 2 + n;
            if (asciiEqualsIgnoreCase(lt + 2, name)) {
                int c = at(after);
                if (c == '>' || c == '/' || c >= 0 && isWhitespace((char) c)) {
                    run(from, lt, references);
                    checkScript(from, lt, name);
                    int end = tag(lt + 2);
                    return end < 0 ? -1 : end;
                }
            }
            i = lt + 2;
        }
    }

    /** A script holding {@code <!--} and {@code <script} may be double-escaped: its end is not found here. */
    private void checkScript(int from, int to, String name) {
        if (!name.equals("script")) {
            return;
        }
        boolean escaped = false;
        for (int i = s.indexOf('<', from); i >= 0 && i < to; i = s.indexOf('<', i + 1)) {
            if (!escaped) {
                escaped = s.startsWith("!--", i + 1);
            } else if (asciiEqualsIgnoreCase(i + 1, "script")) {
                safe = false;
                return;
            }
        }
    }

    /**
     * Scans a tag from its name at {@code i} as jsoup's tag states do, setting {@link #tagName}, {@link #nameEnd},
     * {@link #selfClosing}, {@link #attributes} and the span attributes kept; the offset after its '>', or -1 when
     * the page ends inside it (jsoup then drops the tag).
     */
    private int tag(int i) {
        int len = s.length();
        int p = i;
        long key = 0; // the name packed while it is ASCII letters and short enough to be one the scan acts on
        while (p < len) {
            char c = chars[p];
            if (isWhitespace(c) || c == '/' || c == '>') {
                break;
            }
            key = key >= 0 && p - i < PACKED && isAsciiLetter(c) ? pack(key, c) : -1;
            p++;
        }
        int slot = key > 0 ? slot(key) : -1;
        tagName = slot < 0 ? "" : NAMED[slot];
        verbatim = slot >= 0 && VERBATIM[slot];
        nameEnd = p;
        selfClosing = false;
        attributes = 0;
        kept = 0;
        attrStart = -1;
        // states: 0 before attribute name, 1 attribute name, 2 after attribute name, 3 before value,
        // 4 unquoted value, 5 after quoted value, 6 self-closing
        int state;
        if (p >= len) {
            return -1;
        }
        char first = chars[p++];
        if (first == '>') {
            return p;
        }
        state = first == '/' ? 6 : 0;
        while (p < len) {
            char c = chars[p++];
            switch (state) {
                case 0:
                    if (c == '/') {
                        state = 6;
                    } else if (c == '>') {
                        return ended(p);
                    } else if (!isWhitespace(c)) {
                        state = 1; // '"', '\'' and '=' start a name here too
                        attribute(p - 1);
                    }
                    break;
                case 1:
                    if (isWhitespace(c)) {
                        state = 2;
                        named(p - 1);
                    } else if (c == '/') {
                        state = 6;
                        named(p - 1);
                    } else if (c == '=') {
                        state = 3;
                        named(p - 1);
                        attrEnd = p;
                    } else if (c == '>') {
                        named(p - 1);
                        return ended(p);
                    }
                    break;
                case 2:
                    if (c == '/') {
                        state = 6;
                    } else if (c == '=') {
                        state = 3;
                        attrEnd = p;
                    } else if (c == '>') {
                        return ended(p);
                    } else if (!isWhitespace(c)) {
                        state = 1;
                        attribute(p - 1);
                    }
                    break;
                case 3:
                    if (c == '"' || c == '\'') {
                        int q = s.indexOf(c, p);
                        if (q < 0) {
                            return -1;
                        }
                        p = q + 1;
                        attrEnd = p;
                        state = 5;
                    } else if (c == '>') {
                        return ended(p);
                    } else if (!isWhitespace(c)) {
                        state = 4;
                        attrEnd = p;
                    }
                    break;
                case 4:
                    if (isWhitespace(c)) {
                        state = 0;
                    } else if (c == '>') {
                        return ended(p);
                    } else {
                        attrEnd = p;
                    }
                    break;
                case 5:
                    if (isWhitespace(c)) {
                        state = 0;
                    } else if (c == '/') {
                        state = 6;
                    } else if (c == '>') {
                        return ended(p);
                    } else {
                        state = 0;
                        p--; // reconsumed before an attribute name
                    }
                    break;
                default: // 6, self-closing
                    if (c == '>') {
                        selfClosing = true;
                        return ended(p);
                    }
                    state = 0;
                    p--;
                    break;
            }
        }
        return -1;
    }

    /** An attribute name starts at {@code at}: the one before it, if any, has ended. */
    private void attribute(int at) {
        endAttribute();
        attributes++;
        attrStart = at;
        attrEnd = at + 1;
    }

    /** The attribute name that started at {@link #attrStart} ends at {@code at}: is it one the layout reads? */
    private void named(int at) {
        attrEnd = at;
        keep = at - attrStart == 7 && (isName(attrStart, "colspan") || isName(attrStart, "rowspan"));
    }

    /**
     * True when the 7 characters at {@code from} are {@code name} (lower-case ASCII letters) as jsoup's
     * {@code attr(name)} finds it: {@code equalsIgnoreCase}, which takes either case of a letter and 'ſ' for 's'.
     */
    private boolean isName(int from, String name) {
        for (int i = 0; i < 7; i++) {
            char c = chars[from + i];
            char t = name.charAt(i);
            if ((c | 0x20) != t && !(t == 's' && c == '\u017F')) {
                return false;
            }
        }
        return true;
    }

    /** The tag ended at {@code end} (after its '>'): its last attribute has ended. */
    private int ended(int end) {
        endAttribute();
        return end;
    }

    private void endAttribute() {
        if (attrStart >= 0 && keep) {
            if (kept == keptStarts.length) {
                keptStarts = Arrays.copyOf(keptStarts, kept * 2);
                keptEnds = Arrays.copyOf(keptEnds, kept * 2);
            }
            keptStarts[kept] = attrStart;
            keptEnds[kept] = attrEnd;
            kept++;
        }
        attrStart = -1;
        keep = false;
    }

    // --- the compact page -----------------------------------------------------------------------------

    /**
     * Writes the tag {@code [lt, end)} just scanned into the compact page without the attributes no one reads: its
     * name, self-closing slash and {@code colspan}/{@code rowspan} stay; a start tag whose attributes jsoup's tree
     * builder compares or reads ({@link #VERBATIM}: {@code input} and the formatting elements) stays whole.
     */
    private void compactTag(int lt, int end, boolean endTag) {
        if (attributes == 0 || !endTag && verbatim) {
            return; // nothing to drop, or nothing that may be dropped: left in the copied source
        }
        int nameFrom = lt + (endTag ? 2 : 1);
        copyTo(lt);
        room(nameEnd - lt + 4 + (kept == 0 ? 0 : keptEnds[kept - 1] - keptStarts[0] + kept));
        char[] o = compact;
        int n = compactLength;
        o[n++] = '<';
        if (endTag) {
            o[n++] = '/';
        }
        System.arraycopy(chars, nameFrom, o, n, nameEnd - nameFrom);
        n += nameEnd - nameFrom;
        for (int k = 0; k < kept; k++) {
            o[n++] = ' ';
            int len = keptEnds[k] - keptStarts[k];
            System.arraycopy(chars, keptStarts[k], o, n, len);
            n += len;
        }
        if (selfClosing) {
            o[n++] = ' '; // after an unquoted value a slash would be part of it
            o[n++] = '/';
        }
        o[n++] = '>';
        compactLength = n;
        copied = end;
    }

    /** Writes the comment {@code [lt, end)} into the compact page as an empty one (no one reads its text). */
    private void compactComment(int lt, int end) {
        if (end - lt <= 7) {
            return;
        }
        copyTo(lt);
        room(7);
        "<!---->".getChars(0, 7, compact, compactLength);
        compactLength += 7;
        copied = end;
    }

    /** Copies the source from {@link #copied} to {@code to} into the compact page. */
    private void copyTo(int to) {
        int n = to - copied;
        room(n);
        System.arraycopy(chars, copied, compact, compactLength, n);
        compactLength += n;
        copied = to;
    }

    private void room(int n) {
        if (compact == null) {
            compact = new char[Math.max(s.length(), 64)];
        }
        if (compactLength + n > compact.length) {
            compact = Arrays.copyOf(compact, Math.max(compactLength + n, compact.length * 2));
        }
    }

    /**
     * The page jsoup is to parse: the source with the attributes and comment text that change neither jsoup's
     * tree for the layout nor its text nodes left out (only for a {@link #safe} page; see {@link #compactTag}). A
     * page with nothing to leave out is the source itself.
     */
    java.io.Reader compactPage() {
        if (compact == null) {
            return new java.io.StringReader(s);
        }
        copyTo(s.length());
        return new java.io.CharArrayReader(compact, 0, compactLength);
    }

    /** Letters a packed tag name holds at most: the longest name the scan acts on. */
    private static final int PACKED = 9;
    /**
     * The tags the scan acts on (tables, raw text, foreign content and select), by their {@link #pack packed}
     * names, open addressing: one look-up per tag without touching the names.
     */
    private static final int SLOTS = 256; // a quarter full or less: a name not there is found out at once
    private static final long[] KEYS = new long[SLOTS];
    private static final String[] NAMED = new String[SLOTS];
    /** By slot: whether the tag's start tag is copied whole into the compact page (see {@link #compactTag}). */
    private static final boolean[] VERBATIM = new boolean[SLOTS];

    static {
        // start tags whose attributes jsoup's tree builder reads (input's type) or compares (the formatting
        // elements, in the list of active formatting elements): copied whole into the compact page
        java.util.Set<String> verbatim = java.util.Set.of("input", "a", "b", "big", "code", "em", "font", "i",
                "nobr", "s", "small", "strike", "strong", "tt", "u");
        String[] names = {"table", "td", "th", "tr", "tbody", "thead", "tfoot", "caption", "colgroup", "col",
            "select", "svg", "math", "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes",
            "plaintext", "input", "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike",
            "strong", "tt", "u"};
        for (String name : names) {
            long key = 0;
            for (int i = 0; i < name.length(); i++) {
                key = pack(key, name.charAt(i));
            }
            int slot = hash(key);
            while (KEYS[slot] != 0) {
                slot = (slot + 1) & (SLOTS - 1);
            }
            KEYS[slot] = key;
            NAMED[slot] = name;
            VERBATIM[slot] = verbatim.contains(name);
        }
    }

    /** {@code key} with one more letter of a name, lower-cased (7 bits each). */
    private static long pack(long key, int letter) {
        return key << 7 | (letter | 0x20);
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 56) & (SLOTS - 1);
    }

    /** The slot of the tag name packed as {@code key} when the scan acts on it, else -1. */
    private static int slot(long key) {
        for (int slot = hash(key); KEYS[slot] != 0; slot = (slot + 1) & (SLOTS - 1)) {
            if (KEYS[slot] == key) {
                return slot;
            }
        }
        return -1;
    }

    /** True when the page at {@code from} holds {@code name} in ASCII letters of either case. */
    private boolean asciiEqualsIgnoreCase(int from, String name) {
        if (from + name.length() > chars.length) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = chars[from + i];
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Scans a comment from after {@code <!--} as jsoup's comment states do; the offset after it. */
    private int comment(int p) {
        int len = s.length();
        // CommentStart
        if (p >= len) {
            return len;
        }
        char c = chars[p];
        if (c == '>') {
            return p + 1;
        }
        if (c == '-') {
            p++;
            // CommentStartDash
            if (p >= len) {
                return len;
            }
            c = chars[p];
            if (c == '>') {
                return p + 1;
            }
            if (c == '-') {
                return commentEnd(p + 1);
            }
        }
        return commentBody(p);
    }

    private int commentBody(int p) {
        int len = s.length();
        while (true) {
            int dash = s.indexOf('-', p);
            if (dash < 0) {
                return len;
            }
            // CommentEndDash
            int q = dash + 1;
            if (q >= len) {
                return len;
            }
            if (chars[q] == '-') {
                int end = commentEndState(q + 1);
                if (end >= 0) {
                    return end;
                }
                p = -end - 1;
            } else {
                p = q + 1;
            }
        }
    }

    private int commentEnd(int p) {
        int end = commentEndState(p);
        return end >= 0 ? end : commentBody(-end - 1);
    }

    /** The CommentEnd state at {@code p}: the offset after the comment, or -(where Comment resumes) - 1. */
    private int commentEndState(int p) {
        int len = s.length();
        while (p < len) {
            char c = chars[p++];
            if (c == '>') {
                return p;
            }
            if (c == '-') {
                continue;
            }
            if (c == '!') {
                // CommentEndBang
                if (p >= len) {
                    return len;
                }
                char d = chars[p++];
                if (d == '>') {
                    return p;
                }
                if (d == '-') {
                    // CommentEndDash
                    if (p >= len) {
                        return len;
                    }
                    char e = chars[p++];
                    if (e == '-') {
                        continue;
                    }
                    return -p - 1;
                }
                return -p - 1;
            }
            return -p - 1;
        }
        return len;
    }

    // --- runs -----------------------------------------------------------------------------------------

    private void run(int from, int to) {
        run(from, to, true);
    }

    /** Records the run {@code [from, to)} when it is not all white space; {@code references}: decode them. */
    private void run(int from, int to, boolean references) {
        if (to <= from) {
            return;
        }
        String text = null;
        int i = from;
        while (i < to && isWhitespace(chars[i])) {
            i++;
        }
        if (references && i < to) {
            if (nextAmp < from) {
                nextAmp = s.indexOf('&', from);
                nextAmp = nextAmp < 0 ? chars.length : nextAmp;
            }
            if (nextAmp < to) {
                text = decode(from, to);
                if (isBlank(text)) {
                    return;
                }
                i = from; // not blank
            }
        }
        if (i == to) {
            return;
        }
        if (tables > 0 && !inCell[tables - 1]) {
            safe = false; // text in a table outside its cells: jsoup moves it before the table
            return;
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            decoded = Arrays.copyOf(decoded, count * 2);
        }
        starts[count] = from;
        ends[count] = to;
        decoded[count] = text;
        count++;
    }

    /**
     * The text of {@code [from, to)} with its character references resolved as jsoup's tokeniser resolves them
     * in text: the plain forms here ({@code &name;} of a known entity, {@code &#n;}, {@code &#xh;}, a bare
     * {@code &}), anything else by jsoup itself.
     */
    private String decode(int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int amp = s.indexOf('&', i);
            if (amp < 0 || amp >= to) {
                b.append(chars, i, to - i);
                break;
            }
            b.append(chars, i, amp - i);
            int end = reference(amp + 1, to, b);
            if (end < 0) {
                return Parser.unescapeEntities(s.substring(from, to), false);
            }
            i = end;
        }
        return b.toString();
    }

    /**
     * Appends the reference after the '&' at {@code i - 1} when it has a plain form; the offset after it, or -1
     * for a form left to jsoup.
     */
    private int reference(int i, int to, StringBuilder b) {
        if (i >= to) {
            b.append('&');
            return i;
        }
        char c = chars[i];
        if (isWhitespace(c) || c == '<' || c == '&') {
            b.append('&');
            return i;
        }
        if (c == '#') {
            int p = i + 1;
            boolean hex = p < to && (chars[p] == 'x' || chars[p] == 'X');
            if (hex) {
                p++;
            }
            int digits = p;
            int value = 0;
            while (p < to && p - digits < 7 && Character.digit(chars[p], hex ? 16 : 10) >= 0) {
                value = value * (hex ? 16 : 10) + Character.digit(chars[p], hex ? 16 : 10);
                p++;
            }
            if (p == digits || p >= to || chars[p] != ';' || value == 0 || value >= 0x80 && value < 0xA0
                    || value > Character.MAX_CODE_POINT) {
                return -1;
            }
            b.appendCodePoint(value);
            return p + 1;
        }
        int p = i;
        while (p < to && isAsciiLetter(chars[p])) {
            p++;
        }
        while (p < to && chars[p] >= '0' && chars[p] <= '9') {
            p++;
        }
        if (p == i || p >= to || chars[p] != ';') {
            return -1;
        }
        if (p - i == 4 && s.startsWith("nbsp", i)) {
            b.append('\u00A0'); // most references are this one: no look-up
            return p + 1;
        }
        String name = s.substring(i, p);
        if (!Entities.isNamedEntity(name)) {
            return -1;
        }
        b.append(Entities.getByName(name));
        return p + 1;
    }

    /** The source offset of decoded character {@code index} of the run {@code [from, to)}. */
    private int sourceOffset(int from, int to, int index) {
        int i = from;
        int seen = 0;
        StringBuilder b = new StringBuilder();
        while (i < to && seen < index) {
            if (chars[i] == '&') {
                b.setLength(0);
                int end = reference(i + 1, to, b);
                if (end < 0) {
                    return -1;
                }
                seen += b.length();
                i = end;
            } else {
                seen++;
                i++;
            }
        }
        return seen == index ? i : -1;
    }
}
