package org.taipan.util;

/** CPython measures columns in UTF-8 bytes; Java strings count UTF-16 chars. */
public final class Utf8 {
    private Utf8() {}

    /** The 0-based code-point index in {@code line} of UTF-8 byte column {@code byteCol}; past the end counts as ASCII. */
    public static int charIndex(String line, int byteCol) {
        int bytes = 0;
        int i = 0;
        int chars = 0;
        while (i < line.length() && bytes < byteCol) {
            int cp = line.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
            chars++;
        }
        return chars + Math.max(0, byteCol - bytes);
    }
}
