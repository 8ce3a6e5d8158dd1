package org.taipan.vm;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decoding CPython's own location tables gives CPython's co_positions() (resources/locations, from its regen). */
class LocationTableTest {
    @Test
    void decodesCPythonTables() throws IOException {
        List<String> lines;
        try (var in = getClass().getResourceAsStream("/locations/tables.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        int i = 0, codes = 0;
        while (i < lines.size()) {
            String[] h = lines.get(i++).split(" ");
            assertEquals("code", h[0]);
            int units = Integer.parseInt(h[2]);
            byte[] table = h.length > 3 ? HexFormat.of().parseHex(h[3]) : new byte[0];
            LocationTable lt = new LocationTable(table, Integer.parseInt(h[1]), units);
            for (int u = 0; u < units; u++) {
                String[] p = lines.get(i++).split(" ");
                String where = "code " + codes + " unit " + u;
                assertEquals(Integer.parseInt(p[0]), lt.lines[u], where + " line");
                assertEquals(Integer.parseInt(p[1]), lt.endLines[u], where + " end line");
                assertEquals(Integer.parseInt(p[2]), lt.cols[u], where + " col");
                assertEquals(Integer.parseInt(p[3]), lt.endCols[u], where + " end col");
            }
            codes++;
        }
        assertTrue(codes >= 8, "several code objects checked");
    }
}
