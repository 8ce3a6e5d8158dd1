package org.taipan.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taipan.compiler.Compiler;
import org.taipan.compiler.Opcode;
import org.taipan.objects.Abstract;
import org.taipan.objects.PyFrozenSet;
import org.taipan.objects.PyObject;
import org.taipan.objects.PySet;
import org.taipan.parser.Parser;

/**
 * Constants of every type through the real parser, optimiser and code generator into a code
 * object (/types/constants.cases, with CPython's values). A set display of constants compiles
 * to {@code BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE}, which this test performs itself.
 */
class ConstantsTest {
    private static PyObject evaluate(String source) {
        PyCode code = new PyCode(Compiler.compile(Parser.parse(source, "<case>", "eval"), "<case>", "eval", 0, 0));
        byte[] b = code.code;
        for (int i = 0; i < b.length; i += 2) {
            if ((b[i] & 0xff) == Opcode.LOAD_CONST) {
                PyObject c = code.consts[b[i + 1] & 0xff];
                if (c instanceof PyFrozenSet f && i + 2 < b.length && (b[i + 2] & 0xff) == Opcode.SET_UPDATE) {
                    PySet s = new PySet();
                    Abstract.callBound(PySet.TYPE.lookup("update"), s, f);
                    return s;
                }
                return c;
            }
        }
        throw new AssertionError("no constant in " + source);
    }

    @Test
    void constantsMatchCPython() throws IOException {
        String text;
        try (InputStream in = ConstantsTest.class.getResourceAsStream("/types/constants.out")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            n++;
            String src = line.substring(0, tab), expected = line.substring(tab + 1);
            String actual = Abstract.repr(evaluate(src)).toString().replace("\\", "\\\\");
            if (!actual.equals(expected)) {
                failures.add(src + "\n    expected: " + expected + "\n    actual:   " + actual);
            }
        }
        assertTrue(n > 20);
        assertEquals("", String.join("\n", failures));
    }
}
