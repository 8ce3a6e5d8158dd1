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
        if (line == null) {
            return byteCol + 1;
        }
        int bytes = 0;
        int chars = 0;
        int i = 0;
        while (i < line.length() && bytes < byteCol) {
            int cp = line.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
            chars++;
        }
        return chars + Math.max(0, byteCol - bytes) + 1;
    }

    /** One line for tests: {@code TYPE LINE:OFFSET-ENDLINE:ENDOFFSET MSG}. */
    public String summary() {
        return type + " " + lineno + ":" + offset + "-" + endLineno + ":" + endOffset + " " + msg;
    }
}
