package org.taipan.objects;

import org.taipan.util.PyRepr;

/**
 * Unicode character data as Python 3.11 (Unicode 14.0) sees it, from Java's database (a later
 * Unicode version): code points Java assigns but 14.0 does not are unassigned here.
 */
final class StrUnicode {
    private StrUnicode() {}

    /** The general category of {@code cp} in Unicode 14.0, as {@link Character#getType} numbers it. */
    static int type(int cp) {
        int t = Character.getType(cp);
        if (cp >= 0x80 && !PyRepr.isPrintable(cp)) {
            switch (t) {
                case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                     Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                     Character.SPACE_SEPARATOR -> { }
                default -> {
                    return Character.UNASSIGNED; // assigned after Unicode 14.0
                }
            }
        }
        return t;
    }

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** {@code unicodedata.name(chr(cp))}, or null when the code point has no name. */
    static String name(int cp) {
        int t = type(cp);
        if (t == Character.UNASSIGNED || t == Character.CONTROL || t == Character.SURROGATE
                || t == Character.PRIVATE_USE) {
            return null;
        }
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            int s = cp - 0xAC00;
            return "HANGUL SYLLABLE " + JAMO_L[s / (21 * 28)] + JAMO_V[s % (21 * 28) / 28] + JAMO_T[s % 28];
        }
        String n = Character.getName(cp);
        if (n == null) {
            return null;
        }
        if (n.startsWith("CJK UNIFIED IDEOGRAPHS ") || n.startsWith("CJK COMPATIBILITY IDEOGRAPHS ")) {
            return (n.startsWith("CJK UNIFIED") ? "CJK UNIFIED IDEOGRAPH-" : "CJK COMPATIBILITY IDEOGRAPH-")
                    + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
        }
        return n;
    }
}
