package org.taipan.parser;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Looks up the character named in a {@code \N{...}} escape the way CPython 3.11 does: Unicode
 * 14.0 names and name aliases, matched ignoring ASCII case; the algorithmic names
 * "CJK UNIFIED IDEOGRAPH-XXXX" and "HANGUL SYLLABLE ..." only in upper case. (Used for every
 * string literal; it is named FString* only to stay in the strings helper's files.)
 *
 * <p>Java's own name table is newer than Unicode 14 and also answers to made-up names
 * ("BASIC LATIN 41"), so a Java match is kept only if the name is exactly Java's name of the
 * character and the character was named in Unicode 14.
 */
public final class FStringCharNames {
    private FStringCharNames() {}

    private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";
    private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";
    // Jamo short names (Unicode's Jamo.txt): leading consonants, vowels, trailing consonants.
    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
        "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O",
        "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
        "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T",
        "P", "H"};

    private static int[] named;
    private static Map<String, Integer> aliases;

    /** The code point called {@code name}, or -1 if CPython 3.11 knows no such name. */
    public static int lookup(String name) {
        if (name.startsWith(CJK_PREFIX)) {
            return cjk(name.substring(CJK_PREFIX.length()));
        }
        if (name.startsWith(HANGUL_PREFIX)) {
            return hangul(name.substring(HANGUL_PREFIX.length()));
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return -1;
            }
        }
        String upper = name.toUpperCase(Locale.ROOT);
        Integer alias = aliases().get(upper);
        if (alias != null) {
            return alias;
        }
        int cp;
        try {
            cp = Character.codePointOf(upper);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        return upper.equals(Character.getName(cp)) && isNamed(cp) ? cp : -1;
    }

    private static int cjk(String hex) {
        if (hex.length() != 4 && hex.length() != 5) {
            return -1;
        }
        int cp = 0;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            cp = cp * 16 + d;
        }
        int[] ranges = FStringUnicodeData.CJK;
        for (int i = 0; i < ranges.length; i += 2) {
            if (cp >= ranges[i] && cp <= ranges[i + 1]) {
                return cp;
            }
        }
        return -1;
    }

    private static int hangul(String rest) {
        int[] pos = {0};
        int l = longest(JAMO_L, rest, pos);
        int v = longest(JAMO_V, rest, pos);
        int t = longest(JAMO_T, rest, pos);
        if (l < 0 || v < 0 || t < 0 || pos[0] != rest.length()) {
            return -1;
        }
        return 0xAC00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
    }

    /** Index of the longest entry of {@code table} found at {@code pos[0]}, which it passes. */
    private static int longest(String[] table, String s, int[] pos) {
        int best = -1;
        for (int i = 0; i < table.length; i++) {
            if (s.startsWith(table[i], pos[0]) && (best < 0 || table[i].length() > table[best].length())) {
                best = i;
            }
        }
        if (best >= 0) {
            pos[0] += table[best].length();
        }
        return best;
    }

    private static boolean isNamed(int cp) {
        int[] r = namedRanges();
        int lo = 0;
        int hi = r.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < r[2 * mid]) {
                hi = mid - 1;
            } else if (cp > r[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static synchronized int[] namedRanges() {
        if (named == null) {
            String[] parts = FStringUnicodeData.NAMED.split(",");
            int[] r = new int[parts.length * 2];
            for (int i = 0; i < parts.length; i++) {
                int dash = parts[i].indexOf('-');
                r[2 * i] = Integer.parseInt(parts[i], 0, dash, 16);
                r[2 * i + 1] = Integer.parseInt(parts[i], dash + 1, parts[i].length(), 16);
            }
            named = r;
        }
        return named;
    }

    private static synchronized Map<String, Integer> aliases() {
        if (aliases == null) {
            Map<String, Integer> m = new HashMap<>();
            for (String entry : FStringUnicodeData.ALIASES.split(";")) {
                int eq = entry.indexOf('=');
                m.put(entry.substring(0, eq), Integer.parseInt(entry, eq + 1, entry.length(), 16));
            }
            aliases = m;
        }
        return aliases;
    }
}
