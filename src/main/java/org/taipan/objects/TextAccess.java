package org.taipan.objects;

/** Read access to str internals and Unicode properties for modules outside this package (re, json). */
public final class TextAccess {
    private TextAccess() {}

    /** The code points of {@code s}, each surrogate of a split pair on its own. */
    public static int[] codePoints(PyStr s) {
        String v = s.value();
        int n = v.length();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (Character.isSurrogate(c)) {
                return s.codePoints();
            }
            out[i] = c;
        }
        return out;
    }

    public static boolean isAlnum(int cp) {
        return StrUnicode.isAlnum(cp);
    }

    public static boolean isDecimal(int cp) {
        return StrUnicode.isDecimal(cp);
    }

    public static boolean isSpace(int cp) {
        return StrUnicode.isSpace(cp);
    }

    public static boolean isIdStart(int cp) {
        return StrUnicode.isIdStart(cp);
    }

    public static boolean isIdContinue(int cp) {
        return StrUnicode.isIdContinue(cp);
    }

    /** {@code unicodedata.name(chr(cp))} as Unicode 14.0 has it, or null. */
    public static String name(int cp) {
        return StrUnicode.name(cp);
    }

    /** The bytes of a bytes-like object (bytes, bytearray, memoryview), or null. */
    public static byte[] bytesOrNull(PyObject o) {
        return BytesOps.bytesOrNull(o);
    }
}
