package org.taipan.compiler;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11's location table ({@code co_linetable}): for each run of at most 8 code units,
 * one entry giving its start line (as a delta from the previous entry's line), end line and
 * columns. Entry kinds, by the 4-bit code in the first byte: 0-9 short (same line, column
 * {@code code*8 + hi nibble}, width in the low nibble), 10-12 one line (line delta 0-2, then
 * column and end column bytes), 13 no columns, 14 long (signed line delta, end-line delta,
 * column+1 and end column+1 as varints), 15 no location.
 */
public final class LineTable {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int prevLine;

    public LineTable(int firstlineno) {
        this.prevLine = firstlineno;
    }

    /** Adds the location of an instruction {@code units} code units long. */
    public void add(int lineno, int endLineno, int col, int endCol, int units) {
        while (units > 8) {
            entry(lineno, endLineno, col, endCol, 8);
            units -= 8;
        }
        entry(lineno, endLineno, col, endCol, units);
    }

    public byte[] toBytes() {
        return out.toByteArray();
    }

    private void entry(int line, int endLine, int col, int endCol, int len) {
        if (line < 0) {
            first(15, len);
            return;
        }
        int delta = line - prevLine;
        prevLine = line;
        if (col < 0 || endCol < 0) {
            if (endLine == line || endLine < 0) {
                first(13, len);
                svarint(delta);
                return;
            }
        } else if (endLine == line) {
            if (delta == 0 && col < 80 && endCol - col < 16 && endCol >= col) {
                first(col / 8, len);
                out.write(((col % 8) << 4) | (endCol - col));
                return;
            }
            if (delta >= 0 && delta < 3 && col < 128 && endCol < 128) {
                first(10 + delta, len);
                out.write(col);
                out.write(endCol);
                return;
            }
        }
        first(14, len);
        svarint(delta);
        varint(endLine - line);
        varint(col + 1);
        varint(endCol + 1);
    }

    private void first(int code, int len) {
        out.write(0x80 | (code << 3) | (len - 1));
    }

    private void varint(int v) {
        while (v >= 64) {
            out.write(0x40 | (v & 0x3f));
            v >>>= 6;
        }
        out.write(v);
    }

    private void svarint(int v) {
        varint(v < 0 ? ((-v) << 1) | 1 : v << 1);
    }

    /**
     * Decodes a table as {@code co_positions()} does: one {@code {lineno, endLineno, col, endCol}}
     * per code unit, -1 standing for None.
     */
    public static List<int[]> positions(byte[] table, int firstlineno) {
        List<int[]> out = new ArrayList<>();
        int line = firstlineno;
        int[] p = {0};
        while (p[0] < table.length) {
            int b = table[p[0]++] & 0xff;
            int code = (b >> 3) & 15;
            int len = (b & 7) + 1;
            int[] pos;
            switch (code) {
                case 15 -> pos = new int[] {-1, -1, -1, -1};
                case 14 -> {
                    line += readSvarint(table, p);
                    int end = line + readVarint(table, p);
                    int col = readVarint(table, p) - 1;
                    int endCol = readVarint(table, p) - 1;
                    pos = new int[] {line, end, col, endCol};
                }
                case 13 -> {
                    line += readSvarint(table, p);
                    pos = new int[] {line, line, -1, -1};
                }
                case 10, 11, 12 -> {
                    line += code - 10;
                    int col = table[p[0]++] & 0xff;
                    int endCol = table[p[0]++] & 0xff;
                    pos = new int[] {line, line, col, endCol};
                }
                default -> {
                    int second = table[p[0]++] & 0xff;
                    int col = code * 8 + (second >> 4);
                    pos = new int[] {line, line, col, col + (second & 15)};
                }
            }
            for (int i = 0; i < len; i++) {
                out.add(pos);
            }
        }
        return out;
    }

    private static int readVarint(byte[] t, int[] p) {
        int b = t[p[0]++] & 0xff;
        int v = b & 0x3f;
        int shift = 0;
        while ((b & 0x40) != 0) {
            b = t[p[0]++] & 0xff;
            shift += 6;
            v |= (b & 0x3f) << shift;
        }
        return v;
    }

    private static int readSvarint(byte[] t, int[] p) {
        int u = readVarint(t, p);
        return (u & 1) != 0 ? -(u >>> 1) : u >>> 1;
    }
}
