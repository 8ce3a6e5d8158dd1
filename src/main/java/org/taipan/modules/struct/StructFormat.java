package org.taipan.modules.struct;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed struct format: the byte order and runs of one code repeated (a run of
 * {@code 3i} packs three values; padding {@code x} is no run; {@code 10s} is a run of one
 * value of ten bytes).
 * Native mode ({@code @}, the default) aligns each item to its size and uses x86-64 Linux
 * sizes; the other prefixes use the standard sizes and no alignment.
 */
final class StructFormat {
    final String text;
    final boolean nativeMode;
    final boolean bigEndian;
    final int size;
    /** Per run: its code, offset of its first item, number of values, byte length of one value. */
    final char[] codes;
    final int[] offsets;
    final int[] counts;
    final int[] lengths;
    /** How many values the format packs. */
    final int values;

    private StructFormat(String text, boolean nativeMode, boolean bigEndian, int size, char[] codes, int[] offsets,
                         int[] counts, int[] lengths) {
        this.text = text;
        this.nativeMode = nativeMode;
        this.bigEndian = bigEndian;
        this.size = size;
        this.codes = codes;
        this.offsets = offsets;
        this.counts = counts;
        this.lengths = lengths;
        long v = 0;
        for (int c : counts) {
            v += c;
        }
        this.values = (int) Math.min(v, Integer.MAX_VALUE);
    }

    /** The size of one item of {@code c}, or -1 for a code the mode does not know. */
    static int itemSize(char c, boolean nativeMode) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'q', 'Q', 'd' -> 8;
            case 'l', 'L' -> nativeMode ? 8 : 4;
            case 'n', 'N', 'P' -> nativeMode ? 8 : -1;
            default -> -1;
        };
    }

    static StructFormat parse(String fmt) {
        if (fmt.indexOf('\0') >= 0) {
            throw StructModule.error("embedded null character");
        }
        int i = 0;
        boolean nativeMode = true, big = false;
        if (!fmt.isEmpty()) {
            switch (fmt.charAt(0)) {
                case '@' -> i = 1;
                case '=' -> { nativeMode = false; i = 1; }
                case '<' -> { nativeMode = false; i = 1; }
                case '>', '!' -> { nativeMode = false; big = true; i = 1; }
                default -> { }
            }
        }
        List<Character> codes = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>(), counts = new ArrayList<>(), lengths = new ArrayList<>();
        long size = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            if (Character.isWhitespace(c) && c < 128) {
                i++;
                continue;
            }
            long count = 1;
            if (c >= '0' && c <= '9') {
                count = 0;
                while (i < n && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                    count = count * 10 + (fmt.charAt(i) - '0');
                    if (count > Integer.MAX_VALUE) {
                        throw StructModule.error("total struct size too long");
                    }
                    i++;
                }
                if (i == n) {
                    throw StructModule.error("repeat count given without format specifier");
                }
                c = fmt.charAt(i);
            }
            int item = itemSize(c, nativeMode);
            if (item < 0) {
                throw StructModule.error("bad char in struct format");
            }
            i++;
            if (nativeMode && item > 1) {
                size = (size + item - 1) / item * item;
            }
            if (size + count * item > Integer.MAX_VALUE - 8) {
                throw StructModule.error("total struct size too long");
            }
            boolean string = c == 's' || c == 'p';
            if (c != 'x' && (string || count > 0)) {
                codes.add(c);
                offsets.add((int) size);
                counts.add(string ? 1 : (int) count);
                lengths.add(string ? (int) count : item);
            }
            size += count * item;
        }
        char[] cs = new char[codes.size()];
        int[] os = new int[cs.length], ns = new int[cs.length], ls = new int[cs.length];
        for (int k = 0; k < cs.length; k++) {
            cs[k] = codes.get(k);
            os[k] = offsets.get(k);
            ns[k] = counts.get(k);
            ls[k] = lengths.get(k);
        }
        return new StructFormat(fmt, nativeMode, big, (int) size, cs, os, ns, ls);
    }
}
