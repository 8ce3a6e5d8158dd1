package org.taipan.parser;

/**
 * A SyntaxError (or its subclasses IndentationError and TabError) raised while tokenizing,
 * parsing or compiling. The fields are those of Python's exception: {@code offset} and
 * {@code endOffset} are 1-based and count characters (code points), as CPython reports them;
 * 0 means unknown. {@code text} is the offending source line (with its newline) or null.
 */
public final class PySyntaxError extends RuntimeException {
    public final String type;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    public final String text;

    public PySyntaxError(String type, String msg, String filename, int lineno, int offset,
                         int endLineno, int endOffset, String text) {
        super(msg, null, false, false);
        this.type = type;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    public static PySyntaxError syntax(String msg, String filename, int lineno, int offset,
                                       int endLineno, int endOffset, String text) {
        return new PySyntaxError("SyntaxError", msg, filename, lineno, offset, endLineno, endOffset, text);
    }

    /**
     * CPython's conversion of a 0-based UTF-8 byte column in {@code line} to the 1-based
     * character offset that SyntaxError reports. Columns past the line's end count as ASCII.
     */
    public static int charOffset(String line, int byteCol) {
        return line == null ? byteCol + 1 : org.taipan.util.Utf8.charIndex(line, byteCol) + 1;
    }

    /** One line for tests: {@code TYPE LINE:OFFSET-ENDLINE:ENDOFFSET MSG}. */
    public String summary() {
        return type + " " + lineno + ":" + offset + "-" + endLineno + ":" + endOffset + " " + msg;
    }

    /** What CPython 3.11 prints on stderr when this error ends a script. */
    public String format() {
        return format(type, msg, filename, lineno, offset, endLineno, endOffset, text);
    }

    /**
     * The report CPython 3.11 prints for an uncaught SyntaxError, ending in a newline:
     * <pre>
     *   File "x.py", line 1
     *     print(1
     *          ^
     * SyntaxError: '(' was never closed
     * </pre>
     * Rules found by experiment: the line loses its leading spaces, tabs and form feeds; a
     * caret line follows unless the start falls left of the shown text (offset 0 or less, or
     * inside the stripped indentation); the carets run from offset to end offset, at least
     * one, and to the end of the line when the error spans lines. CPython measures the line
     * in UTF-8 bytes but places carets by the character offsets, and this mix is kept: with
     * non-ASCII text an offset past the end is clipped to the byte length. If the text holds
     * several lines, the one containing the offset is shown; a NUL ends the text. Only an
     * exact SyntaxError shows a range of carets; IndentationError and TabError show one.
     * A null filename with lineno 0 stands for CPython's "no location": only the last line.
     */
    public static String format(String type, String msg, String filename, int lineno, int offset,
                                int endLineno, int endOffset, String text) {
        StringBuilder b = new StringBuilder(128);
        if (filename == null && lineno <= 0) {
            // No location at all (CPython's None fields), as for a file in an unknown encoding.
            b.append(type);
            return (msg == null || msg.isEmpty() ? b : b.append(": ").append(msg)).append('\n').toString();
        }
        b.append("  File \"").append(filename == null ? "<string>" : filename)
                .append("\", line ").append(lineno).append('\n');
        if (text != null) {
            // IndentationError and TabError always get a single caret.
            boolean range = type.equals("SyntaxError");
            errorText(b, lineno, offset, range ? endLineno : lineno, range ? endOffset : 0, text);
        }
        b.append(type);
        if (msg != null && !msg.isEmpty()) {
            b.append(": ").append(msg);
        }
        return b.append('\n').toString();
    }

    private static void errorText(StringBuilder b, int lineno, int offset, int endLineno, int endOffset,
                                  String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int fullSize = bytes.length;
        if (endLineno > lineno) {
            endOffset = fullSize;
        }
        if (endOffset > fullSize + 1) {
            endOffset = fullSize + 1;
        }
        // Past that point CPython handles the line as a C string: it ends at a NUL.
        int size = indexOf(bytes, (byte) 0, 0, fullSize);
        if (size < 0) {
            size = fullSize;
        }
        // The caret count comes from the offsets as given, before the start is clipped below.
        int carets = Math.max(1, endOffset - offset);
        int off = offset - 1;
        int start = 0;
        while (start < size && (bytes[start] == ' ' || bytes[start] == '\t' || bytes[start] == '\f')) {
            start++;
            off--;
        }
        int len = size - start;
        if (len > 0 && bytes[size - 1] == '\n') {
            len--;
        }
        if (off > len) {
            off = len;
        }
        while (true) {
            int nl = indexOf(bytes, (byte) '\n', start, size);
            if (nl < 0 || nl - start >= off) {
                break;
            }
            int skip = nl - start + 1;
            start += skip;
            off -= skip;
        }
        b.append("    ").append(new String(bytes, start, size - start, java.nio.charset.StandardCharsets.UTF_8));
        if (size == start || bytes[size - 1] != '\n') {
            b.append('\n');
        }
        if (off < 0) {
            return;
        }
        b.append("    ").repeat(' ', off).repeat('^', carets).append('\n');
    }

    private static int indexOf(byte[] a, byte x, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] == x) {
                return i;
            }
        }
        return -1;
    }
}
