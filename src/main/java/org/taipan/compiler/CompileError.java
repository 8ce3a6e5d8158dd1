package org.taipan.compiler;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.taipan.parser.PySyntaxError;
import org.taipan.parser.ast.Loc;

/**
 * Builds the SyntaxErrors of the compile stages. CPython 3.11 reports these positions as the
 * AST's UTF-8 byte column + 1 (it does not convert to characters, unlike parser errors; checked
 * with python3 on non-ASCII lines), so no conversion is done. {@code text} is the error's line
 * of the source when it is given, else, as CPython does, of the file named {@code filename}
 * if there is one.
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
    String filename() {
        return filename;
    }

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
        if (lineno < 1) {
            return null;
        }
        if (source != null) {
            if (lines == null) {
                lines = source.split("(?<=\n)", -1);
            }
            return lineno <= lines.length ? lines[lineno - 1] : null;
        }
        return lineFromFile(filename, lineno);
    }

    /**
     * CPython's fallback for the text of a compile error: line {@code lineno} of the file named
     * {@code filename}, if it can be read and decodes as UTF-8 (else null), whatever was compiled.
     */
    static String lineFromFile(String filename, int lineno) {
        byte[] data;
        try {
            Path path = Path.of(filename);
            if (!Files.isRegularFile(path)) {
                return null;
            }
            data = Files.readAllBytes(path);
        } catch (IOException | InvalidPathException | SecurityException e) {
            return null;
        }
        int start = 0;
        for (int line = 1; line < lineno; line++) {
            while (start < data.length && data[start] != '\n') {
                start++;
            }
            if (start >= data.length) {
                return null;
            }
            start++;
        }
        if (start >= data.length) {
            return null;
        }
        int end = start;
        while (end < data.length && data[end] != '\n') {
            end++;
        }
        end = Math.min(end + 1, data.length);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(data, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
