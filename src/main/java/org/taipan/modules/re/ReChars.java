package org.taipan.modules.re;

import java.util.Arrays;
import org.taipan.objects.TextAccess;

/** Character predicates as Python's re defines them: \d \w \s, case-insensitive equality, sets. */
final class ReChars {
    private ReChars() {}

    static final int FOLD_NONE = 0, FOLD_ASCII = 1, FOLD_UNICODE = 2;
    static final int DIGIT = 0, NOT_DIGIT = 1, WORD = 2, NOT_WORD = 3, SPACE = 4, NOT_SPACE = 5;

    /** A test on one code point. */
    interface Pred {
        boolean test(int c);
    }

    static boolean isWord(int c, boolean unicode) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        return unicode && TextAccess.isAlnum(c);
    }

    static boolean isDigit(int c, boolean unicode) {
        return c < 128 ? c >= '0' && c <= '9' : unicode && TextAccess.isDecimal(c);
    }

    static boolean isSpace(int c, boolean unicode) {
        if (c < 128) {
            return c == ' ' || c >= 9 && c <= 13;
        }
        return unicode && TextAccess.isSpace(c);
    }

    static boolean category(int cat, int c, boolean unicode) {
        return switch (cat) {
            case DIGIT -> isDigit(c, unicode);
            case NOT_DIGIT -> !isDigit(c, unicode);
            case WORD -> isWord(c, unicode);
            case NOT_WORD -> !isWord(c, unicode);
            case SPACE -> isSpace(c, unicode);
            default -> !isSpace(c, unicode);
        };
    }

    static int lower(int c, int fold) {
        if (fold == FOLD_UNICODE) {
            return Character.toLowerCase(c);
        }
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    static int upper(int c, int fold) {
        if (fold == FOLD_UNICODE) {
            return Character.toUpperCase(c);
        }
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    /**
     * The key under which case-insensitive matching compares: the lower case of the upper case,
     * which also makes the letters with several lower forms (s and long s, sigma and final
     * sigma, k and the Kelvin sign, i and dotless i) equal, as re's case fixes do.
     */
    static int key(int c, int fold) {
        if (fold == FOLD_NONE) {
            return c;
        }
        if (fold == FOLD_ASCII || c < 128 && c != 'i' && c != 's' && c != 'k') {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** A bracketed set, or a category escape on its own. */
    static final class Set implements Pred {
        private int[] ranges = new int[8];  // lo, hi pairs
        private int nRanges;
        private int cats;                     // bit per category
        boolean negate;
        final int fold;
        final boolean unicode;
        private boolean[] latin;              // the answer for c < 256, once built

        Set(int fold, boolean unicode) {
            this.fold = fold;
            this.unicode = unicode;
        }

        void addRange(int lo, int hi) {
            if (nRanges * 2 + 2 > ranges.length) {
                ranges = Arrays.copyOf(ranges, ranges.length * 2);
            }
            ranges[nRanges * 2] = lo;
            ranges[nRanges * 2 + 1] = hi;
            nRanges++;
        }

        void addChar(int c) {
            addRange(c, c);
            if (fold != FOLD_NONE) {
                int k = key(c, fold);
                if (k != c) {
                    addRange(k, k);
                }
            }
        }

        void addCategory(int cat) {
            cats |= 1 << cat;
        }

        /** Finishes construction: precomputes the answers below 256. */
        Set done() {
            boolean[] l = new boolean[256];
            for (int c = 0; c < 256; c++) {
                l[c] = compute(c);
            }
            latin = l;
            return this;
        }

        /** The single code point this set stands for, or -1 (lets "[a]" compile as a literal). */
        int single() {
            if (negate || cats != 0 || nRanges != 1 || ranges[0] != ranges[1] || fold != FOLD_NONE) {
                return -1;
            }
            return ranges[0];
        }

        private boolean has(int c) {
            for (int i = 0; i < nRanges; i++) {
                if (c >= ranges[2 * i] && c <= ranges[2 * i + 1]) {
                    return true;
                }
            }
            if (cats != 0) {
                for (int k = 0; k < 6; k++) {
                    if ((cats & (1 << k)) != 0 && category(k, c, unicode)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean compute(int c) {
            boolean r = has(c);
            if (!r && fold != FOLD_NONE) {
                r = has(lower(c, fold)) || has(upper(c, fold)) || has(key(c, fold));
            }
            return r != negate;
        }

        @Override
        public boolean test(int c) {
            return c < 256 ? latin[c] : compute(c);
        }
    }
}
