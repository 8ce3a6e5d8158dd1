package org.taipan.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PySyntaxError.format() against reports printed by CPython 3.11 (tools/gen-syntaxerror-format-cases.py). */
class PySyntaxErrorFormatTest {
    private static String unhex(String h) {
        return switch (h) {
            case "-" -> null;
            case "~" -> "";
            default -> new String(HexFormat.of().parseHex(h), StandardCharsets.UTF_8);
        };
    }

    @Test
    void matchesPythonOnRandomFields() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/syntaxerror/format.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
        }
        List<String> failures = new ArrayList<>();
        for (String l : lines) {
            String[] p = l.split(" ");
            String got = PySyntaxError.format(p[0], "msg here", "f.py", Integer.parseInt(p[1]),
                    Integer.parseInt(p[2]), Integer.parseInt(p[3]), Integer.parseInt(p[4]), unhex(p[5]));
            String expected = unhex(p[6]);
            if (!got.equals(expected) && failures.size() < 10) {
                failures.add(l.substring(0, l.lastIndexOf(' ')) + "\nexpected:\n" + expected + "got:\n" + got);
            }
        }
        assertEquals(2000, lines.size());
        assertEquals("", String.join("\n", failures));
    }

    @Test
    void scriptExample() {
        // python3 x.py with x.py = "print(1\n"
        PySyntaxError e = PySyntaxError.syntax("'(' was never closed", "x.py", 1, 6, 1, 0, "print(1\n");
        assertEquals("  File \"x.py\", line 1\n    print(1\n         ^\nSyntaxError: '(' was never closed\n",
                e.format());
    }
}
