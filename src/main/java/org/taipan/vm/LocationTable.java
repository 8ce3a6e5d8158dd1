package org.taipan.vm;

/**
 * Decodes CPython 3.11's location table ({@code co_linetable}) into a position per code unit:
 * what {@code co_positions()}, {@code co_lines()}, {@code f_lineno} and tracebacks read.
 *
 * <p>The table is a run of entries, each covering 1–8 code units. An entry starts with a byte
 * {@code 1cccclll}: {@code c} the form, {@code l} the length minus one. Forms 0–9 ("short")
 * keep the line and pack the columns into one more byte; 10–12 ("one line") move the line by
 * 0–2 and give both columns as bytes; 13 gives only a line delta; 14 ("long") gives line
 * delta, end-line delta, and both columns plus one; 15 means no location. Variable-length
 * numbers use 6-bit groups, least significant first, with 0x40 marking a continuation; signed
 * ones keep the sign in the lowest bit.
 */
public final class LocationTable {
    /** Per code unit: start line, end line, start column, end column; -1 where there is none. */
    public final int[] lines, endLines, cols, endCols;
    /**
     * Per table entry (in order, {@link #entries} of them): its first code unit, and the line
     * the table has reached there, which an entry without location keeps from the one before
     * (co_lines() and co_lnotab work per entry).
     */
    public int[] entryStarts = new int[8], entryLines = new int[8];
    public int entries;

    private int pos;
    private final byte[] t;

    public LocationTable(byte[] table, int firstLine, int codeUnits) {
        this.t = table;
        lines = new int[codeUnits];
        endLines = new int[codeUnits];
        cols = new int[codeUnits];
        endCols = new int[codeUnits];
        java.util.Arrays.fill(lines, -1);
        java.util.Arrays.fill(endLines, -1);
        java.util.Arrays.fill(cols, -1);
        java.util.Arrays.fill(endCols, -1);
        int line = firstLine;
        int unit = 0;
        while (pos < t.length && unit < codeUnits) {
            if (entries == entryStarts.length) {
                entryStarts = java.util.Arrays.copyOf(entryStarts, entries * 2);
                entryLines = java.util.Arrays.copyOf(entryLines, entries * 2);
            }
            entryStarts[entries] = unit;
            int head = t[pos++] & 0xFF;
            int form = (head >> 3) & 0xF;
            int length = (head & 7) + 1;
            int l = -1, el = -1, c = -1, ec = -1;
            switch (form) {
                case 15 -> { }
                case 14 -> {
                    line += signedVarint();
                    l = line;
                    el = line + varint();
                    c = varint() - 1;
                    ec = varint() - 1;
                }
                case 13 -> {
                    line += signedVarint();
                    l = el = line;
                }
                case 10, 11, 12 -> {
                    line += form - 10;
                    l = el = line;
                    c = t[pos++] & 0xFF;
                    ec = t[pos++] & 0xFF;
                }
                default -> {
                    int b = t[pos++] & 0xFF;
                    l = el = line;
                    c = form * 8 + ((b >> 4) & 7);
                    ec = c + (b & 15);
                }
            }
            entryLines[entries++] = line;
            for (int i = 0; i < length && unit < codeUnits; i++, unit++) {
                lines[unit] = l;
                endLines[unit] = el;
                cols[unit] = c;
                endCols[unit] = ec;
            }
        }
    }

    private int varint() {
        int b = t[pos++] & 0xFF;
        int v = b & 0x3F;
        int shift = 6;
        while ((b & 0x40) != 0) {
            b = t[pos++] & 0xFF;
            v |= (b & 0x3F) << shift;
            shift += 6;
        }
        return v;
    }

    private int signedVarint() {
        int u = varint();
        return (u & 1) != 0 ? -(u >>> 1) : u >>> 1;
    }
}
