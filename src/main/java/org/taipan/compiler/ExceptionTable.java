package org.taipan.compiler;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11's exception table ({@code co_exceptiontable}): entries of four varints — start
 * and length of the protected range, handler target (all in code units) and
 * {@code depth << 1 | lasti}. Varints are big-endian 6-bit groups with 0x40 marking "more
 * follows"; the first byte of each entry also has 0x80 set.
 */
public final class ExceptionTable {
    /** One protected range {@code [start, end)} in code units. */
    public record Entry(int start, int end, int target, int depth, boolean lasti) {}

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public void add(int start, int end, int target, int depth, boolean lasti) {
        item(start, 0x80);
        item(end - start, 0);
        item(target, 0);
        item(depth << 1 | (lasti ? 1 : 0), 0);
    }

    public byte[] toBytes() {
        return out.toByteArray();
    }

    private void item(int v, int msb) {
        int shift = 24;
        while (shift > 0 && v < 1 << shift) {
            shift -= 6;
        }
        for (; shift > 0; shift -= 6) {
            out.write(((v >> shift) & 0x3f) | 0x40 | msb);
            msb = 0;
        }
        out.write((v & 0x3f) | msb);
    }

    public static List<Entry> decode(byte[] t) {
        List<Entry> out = new ArrayList<>();
        int[] p = {0};
        while (p[0] < t.length) {
            int start = read(t, p);
            int len = read(t, p);
            int target = read(t, p);
            int dl = read(t, p);
            out.add(new Entry(start, start + len, target, dl >> 1, (dl & 1) != 0));
        }
        return out;
    }

    private static int read(byte[] t, int[] p) {
        int b = t[p[0]++] & 0xff;
        int v = b & 0x3f;
        while ((b & 0x40) != 0) {
            b = t[p[0]++] & 0xff;
            v = (v << 6) | (b & 0x3f);
        }
        return v;
    }
}
