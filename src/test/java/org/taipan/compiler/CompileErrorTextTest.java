package org.taipan.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.parser.PySyntaxError;
import org.taipan.parser.ast.Loc;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.ast.Stmt;

/**
 * Where a compile error's {@code text} comes from: the given source, else (as CPython's
 * PyErr_ProgramTextObject) the line of the file named by {@code filename}, whatever was compiled.
 */
class CompileErrorTextTest {
    /** {@code x = 1} / {@code break}: "'break' outside loop" on line 2. */
    private static final Mod BREAK_ON_LINE_2 = new Mod.Module(List.of(
            new Stmt.Pass(new Loc(1, 0, 1, 4)), new Stmt.Break(new Loc(2, 0, 2, 5))), List.of());

    @Test
    void textFromTheSource() {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> CompileChecks.run(BREAK_ON_LINE_2, "no-such-file.py", "pass\nbreak\n"));
        assertEquals("break\n", e.text);
    }

    @Test
    void noSourceNoFileNoText() {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> CompileChecks.run(BREAK_ON_LINE_2, "no-such-file.py"));
        assertNull(e.text);
    }

    @Test
    void textFromTheFileNamedByFilename(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("other.py");
        Files.writeString(file, "first = 1\nsécond = 2\n", StandardCharsets.UTF_8);
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> CompileChecks.run(BREAK_ON_LINE_2, file.toString()));
        assertEquals("sécond = 2\n", e.text);
        assertNull(CompileError.lineFromFile(file.toString(), 3));
    }

    @Test
    void undecodableLineGivesNoText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.py");
        Files.write(file, new byte[] {'a', '\n', (byte) 0xE9, '\n'});
        assertEquals("a\n", CompileError.lineFromFile(file.toString(), 1));
        assertNull(CompileError.lineFromFile(file.toString(), 2));
    }
}
