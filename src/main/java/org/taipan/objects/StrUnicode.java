package org.taipan.objects;

import java.util.Locale;
import org.taipan.util.PyRepr;

/**
 * Unicode character data as Python 3.11 (Unicode 14.0) sees it, from Java's database (a later
 * Unicode version): code points Java assigns but 14.0 does not are unassigned here, and the
 * few properties Java does not expose (numeric types, case folding, full title case) are
 * small corrections. StrUnicodeTest checks every code point against CPython.
 */
final class StrUnicode {
    private StrUnicode() {}

    /** Whether {@code cp} is unassigned in Unicode 14.0 (but perhaps assigned for Java). */
    static boolean unassigned(int cp) {
        return type(cp) == Character.UNASSIGNED;
    }

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

    // ---- predicates of one code point

    static boolean isAlpha(int cp) {
        if (cp < 0x80) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        int t = type(cp);
        return t >= Character.UPPERCASE_LETTER && t <= Character.OTHER_LETTER;
    }

    static boolean isDecimal(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9';
        }
        return type(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int cp) {
        return isDecimal(cp) || cp >= 0x80 && in(DIGITS, cp);
    }

    static boolean isNumeric(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9';
        }
        int t = type(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || in(NUMERIC_LETTERS, cp);
    }

    static boolean isAlnum(int cp) {
        return isAlpha(cp) || isDecimal(cp) || isDigit(cp) || isNumeric(cp);
    }

    static boolean isSpace(int cp) {
        return FloatFormat.isSpace(cp);
    }

    static boolean isPrintable(int cp) {
        return PyRepr.isPrintable(cp);
    }

    /** The Lowercase property. */
    static boolean isLower(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z';
        }
        return Character.isLowerCase(cp) && !unassigned(cp) && !in(NOT_LOWER, cp);
    }

    /** The Uppercase property. */
    static boolean isUpper(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z';
        }
        return Character.isUpperCase(cp) && !unassigned(cp);
    }

    /** Category Lt. */
    static boolean isTitle(int cp) {
        return cp >= 0x80 && type(cp) == Character.TITLECASE_LETTER;
    }

    static boolean isCased(int cp) {
        return isLower(cp) || isUpper(cp) || isTitle(cp);
    }

    /** Case_Ignorable, which the final sigma rule skips over. */
    static boolean isCaseIgnorable(int cp) {
        switch (cp) {
            case '\'', '.', ':', '^', '`', 0xA8, 0xAD, 0xAF, 0xB4, 0xB7, 0xB8, 0x2018, 0x2019, 0x2024, 0xFE52,
                 0xFE55, 0xFF07, 0xFF0E, 0xFF1A, 0x387, 0x55F, 0x5F4, 0x2027, 0xFE13, 0x589 -> {
                return true;
            }
            default -> { }
        }
        return switch (type(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                 Character.MODIFIER_SYMBOL -> true;
            default -> false;
        };
    }

    static boolean isIdStart(int cp) {
        if (cp < 0x80) {
            return cp == '_' || (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        return Character.isUnicodeIdentifierStart(cp) && !unassigned(cp) && !in(NOT_XID_START, cp);
    }

    static boolean isIdContinue(int cp) {
        if (cp < 0x80) {
            return cp == '_' || cp >= '0' && cp <= '9' || (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && !unassigned(cp)
                && !in(NOT_XID_CONTINUE, cp);
    }

    // ---- case mappings of one code point (full mappings: the result may be several code points)

    static String upper(int cp) {
        return mapped(cp, new String(Character.toChars(cp)).toUpperCase(Locale.ROOT));
    }

    static String lower(int cp) {
        return mapped(cp, new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
    }

    static String title(int cp) {
        String up = upper(cp);
        if (up.codePointCount(0, up.length()) == 1) {
            int t = Character.toTitleCase(cp);
            return unassigned(t) ? up : Character.toString(t);
        }
        int t = Character.toTitleCase(cp);
        if ((t != cp || isTitle(cp)) && !unassigned(t)) {
            return Character.toString(t);
        }
        if (cp == 0xDF || cp >= 0xFB00 && cp <= 0xFB06 || cp >= 0xFB13 && cp <= 0xFB17 || cp == 0x587) {
            int first = up.codePointAt(0);
            return Character.toString(first) + up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        }
        if (up.endsWith("\u0399") && java.text.Normalizer.normalize(Character.toString(cp),
                java.text.Normalizer.Form.NFD).indexOf('\u0345') >= 0) {
            return up.substring(0, up.length() - 1) + "\u0345";
        }
        return up;
    }

    static String casefold(int cp) {
        if (cp >= 0x13A0 && cp <= 0x13FD || cp >= 0xAB70 && cp <= 0xABBF) {
            return upper(cp); // Cherokee folds to its capitals
        }
        if (cp == 0x1E9E) {
            return "ss";
        }
        if (cp == 0x131) { // dotless i has no folding
            return "\u0131";
        }
        StringBuilder sb = new StringBuilder();
        String up = upper(cp);
        for (int i = 0; i < up.length(); ) {
            int c = up.codePointAt(i);
            i += Character.charCount(c);
            sb.append(lower(c));
        }
        String r = sb.toString();
        return r.equals(lower(cp)) || isCased(cp) ? r : Character.toString(cp);
    }

    /** A Java mapping of {@code cp}, unless either side is unknown to Unicode 14.0. */
    private static String mapped(int cp, String m) {
        if (m.length() == Character.charCount(cp) && m.codePointAt(0) == cp) {
            return m;
        }
        if (unassigned(cp)) {
            return Character.toString(cp);
        }
        for (int i = 0; i < m.length(); ) {
            int c = m.codePointAt(i);
            if (unassigned(c)) {
                return Character.toString(cp);
            }
            i += Character.charCount(c);
        }
        return m;
    }

    // ---- tables: sorted inclusive ranges

    private static boolean in(int[] ranges, int cp) {
        int lo = 0, hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    // The corrections below were found by comparing every code point with CPython 3.11.

    /** Numeric_Type=Digit outside category Nd: superscripts, circled digits, … */
    private static final int[] DIGITS = {
        0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089,
        0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5, 0x24fd, 0x24ff, 0x24ff,
        0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792, 0x10a40, 0x10a43, 0x10e60, 0x10e68, 0x11052, 0x1105a,
        0x1f100, 0x1f10a,
    };
    /** Ideographs (category Lo) with a numeric value, which isnumeric accepts. */
    private static final int[] NUMERIC_LETTERS = {
        0x3405, 0x3405, 0x3483, 0x3483, 0x382a, 0x382a, 0x3b4d, 0x3b4d, 0x4e00, 0x4e00, 0x4e03, 0x4e03,
        0x4e07, 0x4e07, 0x4e09, 0x4e09, 0x4e5d, 0x4e5d, 0x4e8c, 0x4e8c, 0x4e94, 0x4e94, 0x4e96, 0x4e96,
        0x4ebf, 0x4ec0, 0x4edf, 0x4edf, 0x4ee8, 0x4ee8, 0x4f0d, 0x4f0d, 0x4f70, 0x4f70, 0x5104, 0x5104,
        0x5146, 0x5146, 0x5169, 0x5169, 0x516b, 0x516b, 0x516d, 0x516d, 0x5341, 0x5341, 0x5343, 0x5345,
        0x534c, 0x534c, 0x53c1, 0x53c4, 0x56db, 0x56db, 0x58f1, 0x58f1, 0x58f9, 0x58f9, 0x5e7a, 0x5e7a,
        0x5efe, 0x5eff, 0x5f0c, 0x5f0e, 0x5f10, 0x5f10, 0x62fe, 0x62fe, 0x634c, 0x634c, 0x67d2, 0x67d2,
        0x6f06, 0x6f06, 0x7396, 0x7396, 0x767e, 0x767e, 0x8086, 0x8086, 0x842c, 0x842c, 0x8cae, 0x8cae,
        0x8cb3, 0x8cb3, 0x8d30, 0x8d30, 0x9621, 0x9621, 0x9646, 0x9646, 0x964c, 0x964c, 0x9678, 0x9678,
        0x96f6, 0x96f6, 0xf96b, 0xf96b, 0xf973, 0xf973, 0xf978, 0xf978, 0xf9b2, 0xf9b2, 0xf9d1, 0xf9d1,
        0xf9d3, 0xf9d3, 0xf9fd, 0xf9fd, 0x20001, 0x20001, 0x20064, 0x20064, 0x200e2, 0x200e2, 0x20121, 0x20121,
        0x2092a, 0x2092a, 0x20983, 0x20983, 0x2098c, 0x2098c, 0x2099c, 0x2099c, 0x20aea, 0x20aea,
        0x20afd, 0x20afd, 0x20b19, 0x20b19, 0x22390, 0x22390, 0x22998, 0x22998, 0x23b1b, 0x23b1b,
        0x2626d, 0x2626d, 0x2f890, 0x2f890,
    };
    /** ID_Start characters that are not XID_Start (their NFKC forms are not identifiers). */
    private static final int[] NOT_XID_START = {
        0x37a, 0x37a, 0xe33, 0xe33, 0xeb3, 0xeb3, 0x2e2f, 0x2e2f, 0x309b, 0x309c, 0xfc5e, 0xfc63, 0xfdfa, 0xfdfb,
        0xfe70, 0xfe70, 0xfe72, 0xfe72, 0xfe74, 0xfe74, 0xfe76, 0xfe76, 0xfe78, 0xfe78, 0xfe7a, 0xfe7a,
        0xfe7c, 0xfe7c, 0xfe7e, 0xfe7e, 0xff9e, 0xff9f,
    };
    /** Likewise for continuation, and the middle dots that joined ID_Continue after Unicode 14.0. */
    private static final int[] NOT_XID_CONTINUE = {
        0x37a, 0x37a, 0x2e2f, 0x2e2f, 0x309b, 0x309c, 0x30fb, 0x30fb, 0xfc5e, 0xfc63, 0xfdfa, 0xfdfb,
        0xfe70, 0xfe70, 0xfe72, 0xfe72, 0xfe74, 0xfe74, 0xfe76, 0xfe76, 0xfe78, 0xfe78, 0xfe7a, 0xfe7a,
        0xfe7c, 0xfe7c, 0xfe7e, 0xfe7e, 0xff65, 0xff65,
    };
    /** Modifier letters that became Lowercase after Unicode 14.0. */
    private static final int[] NOT_LOWER = {0x10fc, 0x10fc, 0xa7f2, 0xa7f4, 0xab69, 0xab69};

    // ---- names

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
                    + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        }
        // Java's "BLOCK NAME 17000" for other characters without a name of their own (Tangut)
        return n.endsWith(" " + Integer.toHexString(cp).toUpperCase(Locale.ROOT)) ? null : n;
    }
}
