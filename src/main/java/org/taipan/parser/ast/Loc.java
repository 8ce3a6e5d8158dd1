package org.taipan.parser.ast;

/**
 * Source span of a node: CPython's lineno, col_offset, end_lineno, end_col_offset.
 * Lines are 1-based; columns are 0-based and count UTF-8 bytes, as CPython's do.
 */
public record Loc(int lineno, int colOffset, int endLineno, int endColOffset) {
    /** From the start of {@code a} to the end of {@code b}. */
    public static Loc span(Loc a, Loc b) {
        return new Loc(a.lineno, a.colOffset, b.endLineno, b.endColOffset);
    }
}
