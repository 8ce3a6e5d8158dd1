package org.taipan.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compares PyRepr with tables written by CPython 3.11 (tools/gen-repr-tables.py). */
class PyReprTest {
    private static List<String> lines(String name) throws IOException {
        try (InputStream in = PyReprTest.class.getResourceAsStream("/repr/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().toList();
        }
    }

    private static void check(List<String> failures, String what, String expected, String actual) {
        if (!expected.equals(actual) && failures.size() < 20) {
            failures.add(what + ": expected " + expected + " got " + actual);
        }
    }

    @Test
    void printableMatchesPython() throws IOException {
        boolean[] py = new boolean[0x110000];
        for (String l : lines("printable.txt")) {
            String[] p = l.split(" ");
            for (int c = Integer.parseInt(p[0], 16); c <= Integer.parseInt(p[1], 16); c++) {
                py[c] = true;
            }
        }
        List<String> failures = new ArrayList<>();
        for (int cp = 0; cp < 0x110000; cp++) {
            check(failures, Integer.toHexString(cp), "" + py[cp], "" + PyRepr.isPrintable(cp));
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void floatsMatchPython() throws IOException {
        List<String> failures = new ArrayList<>();
        List<String> table = lines("floats.txt");
        for (String l : table) {
            int sp = l.indexOf(' ');
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(l.substring(0, sp), 16));
            check(failures, l.substring(0, sp), l.substring(sp + 1), PyRepr.floatRepr(x));
        }
        assertTrue(table.size() > 5000);
        assertEquals(List.of(), failures);
    }

    @Test
    void complexMatchesPython() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String l : lines("complex.txt")) {
            String[] p = l.split(" ", 3);
            double re = Double.longBitsToDouble(Long.parseUnsignedLong(p[0], 16));
            double im = Double.longBitsToDouble(Long.parseUnsignedLong(p[1], 16));
            check(failures, p[0] + " " + p[1], p[2], PyRepr.complex(re, im));
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void stringsMatchPython() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String l : lines("strings.txt")) {
            int tab = l.indexOf('\t');
            StringBuilder s = new StringBuilder();
            if (tab > 0) {
                for (String h : l.substring(0, tab).split(",")) {
                    s.appendCodePoint(Integer.parseInt(h, 16));
                }
            }
            check(failures, l.substring(0, tab), l.substring(tab + 1), PyRepr.str(s.toString()));
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void bytesMatchPython() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String l : lines("bytes.txt")) {
            int tab = l.indexOf('\t');
            byte[] b = HexFormat.of().parseHex(l.substring(0, tab));
            check(failures, l.substring(0, tab), l.substring(tab + 1), PyRepr.bytes(b));
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void ints() {
        // Expected values from python3: repr(-2**63), repr(2**100).
        assertEquals("-9223372036854775808", PyRepr.integer(Long.MIN_VALUE));
        assertEquals("1267650600228229401496703205376", PyRepr.integer(BigInteger.TWO.pow(100)));
    }
}
