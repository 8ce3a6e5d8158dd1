package org.taipan.compiler;

import org.taipan.parser.PySyntaxError;
import org.taipan.parser.ast.Loc;

/**
 * Builds the SyntaxErrors of the compile stages. CPython 3.11 reports these positions as the
 * AST's UTF-8 byte column + 1 (it does not convert to characters, unlike parser errors; checked
 * with python3 on non-ASCII lines), so no conversion is done. The source, when known, only
 * supplies {@code text}, as CPython does when the file can be read.
 */
final class CompileError {
    private final String filename;
    private final String source;
    private String[] lines;

    CompileError(String filename, String source) {
        this.filename = filename;
        this.source = source;
    }

    /** An error spanning {@code loc}; a null loc is CPython's unset location (line -1). */
    PySyntaxError at(String msg, Loc loc) {
        if (loc == null) {
            return make(msg, -1, -1, -1, -1);
        }
        return make(msg, loc.lineno(), loc.colOffset(), loc.endLineno(), loc.endColOffset());
    }

    /** An error with a start only (future.c style): end_lineno = lineno, end_offset unknown. */
    PySyntaxError atStart(String msg, int lineno, int offset) {
        return new PySyntaxError("SyntaxError", msg, filename, lineno, offset, lineno, 0, text(lineno));
    }

    PySyntaxError make(String msg, int lineno, int col, int endLineno, int endCol) {
        return new PySyntaxError("SyntaxError", msg, filename, lineno, col + 1, endLineno, endCol + 1, text(lineno));
    }

    private String text(int lineno) {
        if (source == null || lineno < 1) {
            return null;
        }
        if (lines == null) {
            lines = source.split("(?<=\n)", -1);
        }
        return lineno <= lines.length ? lines[lineno - 1] : null;
    }
}
