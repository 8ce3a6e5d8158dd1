package org.taipan.objects;

import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * The case methods of {@code str} (upper, lower, casefold, swapcase, title, capitalize, with
 * full mappings such as 'ß' to 'SS' and the final sigma rule) and the is… predicates.
 */
final class StrCase {
    private StrCase() {}

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static String upper(String s) {
        if (isAscii(s)) {
            return s.toUpperCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> sb.append(StrUnicode.upper(c)));
        return sb.toString();
    }

    static String lower(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            lowerAt(cps, i, sb);
        }
        return sb.toString();
    }

    /** Appends the lower case of {@code cps[i]}, with Greek capital sigma final or not by its context. */
    private static void lowerAt(int[] cps, int i, StringBuilder sb) {
        if (cps[i] == 0x3A3) {
            sb.append(finalSigma(cps, i) ? '\u03C2' : '\u03C3');
        } else {
            sb.append(StrUnicode.lower(cps[i]));
        }
    }

    /** Final_Sigma: a cased letter before (past case-ignorables) and none after. */
    private static boolean finalSigma(int[] cps, int i) {
        int j = i - 1;
        while (j >= 0 && StrUnicode.isCaseIgnorable(cps[j])) {
            j--;
        }
        if (j < 0 || !StrUnicode.isCased(cps[j])) {
            return false;
        }
        int k = i + 1;
        while (k < cps.length && StrUnicode.isCaseIgnorable(cps[k])) {
            k++;
        }
        return k == cps.length || !StrUnicode.isCased(cps[k]);
    }

    static String casefold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> sb.append(StrUnicode.casefold(c)));
        return sb.toString();
    }

    static String swapcase(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (StrUnicode.isUpper(c)) {
                lowerAt(cps, i, sb);
            } else if (StrUnicode.isLower(c)) {
                sb.append(StrUnicode.upper(c));
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    static String title(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (previousCased) {
                lowerAt(cps, i, sb);
            } else {
                sb.append(StrUnicode.title(c));
            }
            previousCased = StrUnicode.isCased(c);
        }
        return sb.toString();
    }

    static String capitalize(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            if (i == 0) {
                sb.append(StrUnicode.title(cps[0]));
            } else {
                lowerAt(cps, i, sb);
            }
        }
        return sb.toString();
    }

    // ---- predicates

    /** True when {@code s} is not empty and every code point passes. */
    static boolean all(String s, IntPredicate p) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!p.test(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    static boolean isPrintable(String s) {
        return s.isEmpty() || all(s, StrUnicode::isPrintable);
    }

    static boolean isAscii(PyStr s) {
        return isAscii(s.value());
    }

    static boolean isLower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (StrUnicode.isUpper(c) || StrUnicode.isTitle(c)) {
                return false;
            }
            cased |= StrUnicode.isLower(c);
        }
        return cased;
    }

    static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (StrUnicode.isLower(c) || StrUnicode.isTitle(c)) {
                return false;
            }
            cased |= StrUnicode.isUpper(c);
        }
        return cased;
    }

    static boolean isTitle(String s) {
        boolean cased = false, previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (StrUnicode.isUpper(c) || StrUnicode.isTitle(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = cased = true;
            } else if (StrUnicode.isLower(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !StrUnicode.isIdStart(s.codePointAt(0))) {
            return false;
        }
        for (int i = Character.charCount(s.codePointAt(0)); i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!StrUnicode.isIdContinue(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
