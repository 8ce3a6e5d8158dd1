package org.taipan.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The location-table and exception-table encoders against tables.txt (see regen-tables):
 * each input's encoding must be the bytes that CPython's own decoders were checked to read
 * back as that input, and Taipan's decoders must read them back too.
 */
class CodeGenTablesTest {
    private static List<String[]> cases(String kind) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/codegen/tables.txt"));
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 2) {
            if (lines.get(i).startsWith(kind + " ")) {
                out.add(new String[] {lines.get(i).substring(kind.length() + 1), lines.get(i + 1).trim()});
            }
        }
        return out;
    }

    private static int[] ints(String item) {
        String[] p = item.split(",");
        int[] r = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            r[i] = Integer.parseInt(p[i]);
        }
        return r;
    }

    @Test
    void lineTable() throws IOException {
        List<String[]> cases = cases("lines");
        assertEquals(200, cases.size());
        for (String[] c : cases) {
            String[] head = c[0].split(" ");
            int first = Integer.parseInt(head[0]);
            byte[] expected = HexFormat.of().parseHex(head[1]);
            LineTable t = new LineTable(first);
            List<int[]> want = new ArrayList<>();
            for (String item : c[1].split(" ")) {
                int[] v = ints(item);
                t.add(v[0], v[1], v[2], v[3], v[4]);
                int[] p = v[0] < 0 ? new int[] {-1, -1, -1, -1}
                        : new int[] {v[0], v[1] < 0 ? v[0] : v[1], v[2] < 0 || v[3] < 0 ? -1 : v[2],
                                v[2] < 0 || v[3] < 0 ? -1 : v[3]};
                for (int k = 0; k < v[4]; k++) {
                    want.add(p);
                }
            }
            assertArrayEquals(expected, t.toBytes(), c[1]);
            List<int[]> got = LineTable.positions(expected, first);
            assertEquals(want.size(), got.size(), c[1]);
            for (int k = 0; k < want.size(); k++) {
                assertArrayEquals(want.get(k), got.get(k), c[1] + " unit " + k);
            }
        }
    }

    @Test
    void exceptionTable() throws IOException {
        List<String[]> cases = cases("exceptions");
        assertEquals(100, cases.size());
        for (String[] c : cases) {
            byte[] expected = HexFormat.of().parseHex(c[0]);
            ExceptionTable t = new ExceptionTable();
            List<ExceptionTable.Entry> want = new ArrayList<>();
            for (String item : c[1].split(" ")) {
                int[] v = ints(item);
                t.add(v[0], v[1], v[2], v[3], v[4] != 0);
                want.add(new ExceptionTable.Entry(v[0], v[1], v[2], v[3], v[4] != 0));
            }
            assertArrayEquals(expected, t.toBytes(), c[1]);
            assertEquals(want, ExceptionTable.decode(expected), c[1]);
        }
    }
}
