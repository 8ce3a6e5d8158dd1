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

    /** One line for tests: {@code TYPE LINE:OFFSET-ENDLINE:ENDOFFSET MSG}. */
    public String summary() {
        return type + " " + lineno + ":" + offset + "-" + endLineno + ":" + endOffset + " " + msg;
    }
}
