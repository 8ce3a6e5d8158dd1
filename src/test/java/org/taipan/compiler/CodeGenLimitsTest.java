package org.taipan.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.taipan.parser.Parser;

/** Limits of the compiler that CPython has too. */
class CodeGenLimitsTest {
    private static CodeUnit compileSum(int terms) {
        String src = "x = " + String.join("+", Collections.nCopies(terms, "a")) + "\n";
        return Compiler.compile(Parser.parse(src, "t.py", "exec"), "t.py", "exec", 0, 0);
    }

    /**
     * python3 compiles {@code x = a+a+...+a} with 2993 terms and raises "RecursionError: maximum
     * recursion depth exceeded during compilation" for 2994 (found by bisection with compile()).
     */
    @Test
    void recursionLimit() {
        assertEquals(2, compileSum(2993).stacksize());
        Compiler.RecursionLimitError e = assertThrows(Compiler.RecursionLimitError.class, () -> compileSum(2994));
        assertEquals("maximum recursion depth exceeded during compilation", e.getMessage());
    }
}
