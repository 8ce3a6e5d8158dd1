package org.taipan.modules;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taipan.cli.ScriptRunner;
import org.taipan.vm.Interpreter;

/**
 * marshal against CPython: src/test/resources/marshal/expected.txt holds, for every value of
 * cases.py and every format version, the bytes CPython 3.11 wrote and the repr of what it
 * read back (written by the regen script there). Taipan must write the same bytes and read
 * CPython's bytes back to the same values.
 */
class MarshalTest {
    private static final Path DIR = Path.of("src", "test", "resources", "marshal");

    /**
     * Where CPython's bytes depend on reference counts Taipan does not have: a tuple built at
     * run time holds ints that only it references, so CPython does not mark them for reuse.
     * Both sides still read each other's bytes to the same value.
     */
    private static final Map<String, String> REFCOUNT_DEPENDENT = Map.of(
            "74 3", "tuple(range(300)): ints made at run time", "74 4", "tuple(range(300)): ints made at run time");

    private static String runPython(String source) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        Console.redirect(out, err);
        try {
            int status = ScriptRunner.run(new Interpreter(), source.getBytes(StandardCharsets.UTF_8), "marshal_test.py");
            assertEquals(0, status, err.toString());
        } finally {
            Console.reset();
        }
        return out.toString();
    }

    private static List<String[]> expected() throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("expected.txt"), StandardCharsets.UTF_8)) {
            rows.add(line.split(" ", 4));
        }
        return rows;
    }

    @Test
    void taipanWritesCPythonsBytes() throws Exception {
        String got = runPython(Files.readString(DIR.resolve("cases.py")));
        List<String[]> want = expected();
        String[] lines = got.split("\n");
        assertEquals(want.size(), lines.length);
        int identical = 0;
        for (int i = 0; i < lines.length; i++) {
            String[] g = lines[i].split(" ", 4);
            String key = g[0] + " " + g[1];
            assertEquals(want.get(i)[3], g[3], "value read back, case " + key);
            if (REFCOUNT_DEPENDENT.containsKey(key)) {
                assertNotEquals(want.get(i)[2], g[2], key + " is listed as differing: take it off the list");
                continue;
            }
            assertEquals(want.get(i)[2], g[2], "bytes of case " + key);
            identical++;
        }
        assertTrue(identical >= 470, "identical: " + identical);
    }

    @Test
    void taipanReadsCPythonsBytes() throws Exception {
        StringBuilder prog = new StringBuilder("import marshal\nrows = [\n");
        for (String[] row : expected()) {
            prog.append("    ('").append(row[2]).append("', ").append(pyStr(row[3])).append("),\n");
        }
        prog.append("]\nfor h, want in rows:\n    v = marshal.loads(bytes.fromhex(h))\n"
                + "    got = repr(v) if not isinstance(v, (set, frozenset)) else repr(sorted(v, key=repr))\n"
                + "    if got != want:\n        print('differs:', h[:40], got[:80], want[:80])\n"
                + "print('checked', len(rows))\n");
        assertEquals("checked " + expected().size() + "\n", runPython(prog.toString()));
    }

    private static String pyStr(String s) {
        StringBuilder b = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '\'') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.append('\'').toString();
    }
}
