package org.taipan.modules.re;

import java.util.ArrayList;
import java.util.List;

/**
 * The character level of a pattern: the text and position, error positions, escapes of
 * single characters and bracketed sets. {@link ReParser} builds the structure on top.
 */
abstract class ReLexer {
    static final int F_TEMPLATE = 1, F_IGNORECASE = 2, F_LOCALE = 4, F_MULTILINE = 8, F_DOTALL = 16,
            F_UNICODE = 32, F_VERBOSE = 64, F_DEBUG = 128, F_ASCII = 256;
    static final long MAXREPEAT = 4294967295L;
    static final int MAXGROUPS = Integer.MAX_VALUE / 2;

    /** A syntax error: message and position (-1 for none), raised as re.error by the module. */
    static final class Error extends RuntimeException {
        final int pos;
        final boolean overflow;

        Error(String msg, int pos, boolean overflow) {
            super(msg, null, false, false);
            this.pos = pos;
            this.overflow = overflow;
        }
    }

    final int[] p;
    final boolean isStr;
    int i;
    /** FutureWarnings for sets that a future Python may read differently. */
    final List<String> warnings = new ArrayList<>();

    ReLexer(int[] pattern, boolean isStr) {
        this.p = pattern;
        this.isStr = isStr;
    }

    Error error(String msg, int pos) {
        return new Error(msg, pos, false);
    }

    boolean more() {
        return i < p.length;
    }

    int peek() {
        return i < p.length ? p[i] : -1;
    }

    String str(int from, int to) {
        return new String(p, from, to - from);
    }

    int fold(int f) {
        if ((f & F_IGNORECASE) == 0) {
            return ReChars.FOLD_NONE;
        }
        return isStr && (f & F_ASCII) == 0 ? ReChars.FOLD_UNICODE : ReChars.FOLD_ASCII;
    }

    boolean unicode(int f) {
        return isStr && (f & F_ASCII) == 0;
    }

    static int categoryOf(int c) {
        return switch (c) {
            case 'd' -> ReChars.DIGIT;
            case 'D' -> ReChars.NOT_DIGIT;
            case 'w' -> ReChars.WORD;
            case 'W' -> ReChars.NOT_WORD;
            case 's' -> ReChars.SPACE;
            default -> ReChars.NOT_SPACE;
        };
    }

    /** A literal escape (the escape letter {@code c} already consumed), in or out of a set. */
    int escapeChar(int c, int start, boolean inSet) {
        switch (c) {
            case 'a':
                return 7;
            case 'f':
                return 12;
            case 'n':
                return 10;
            case 'r':
                return 13;
            case 't':
                return 9;
            case 'v':
                return 11;
            case '\\':
                return '\\';
            case 'b':
                if (inSet) {
                    return 8;
                }
                break;
            case 'x':
                return hexEscape(start, 2);
            case 'u':
                if (isStr) {
                    return hexEscape(start, 4);
                }
                break;
            case 'U':
                if (isStr) {
                    int v = hexEscape(start, 8);
                    if (v > 0x10FFFF) {
                        throw error("bad escape " + str(start, i), start);
                    }
                    return v;
                }
                break;
            case 'N':
                if (isStr) {
                    return namedEscape(start);
                }
                break;
            case '0': {
                int v = 0;
                for (int k = 0; k < 2 && more() && p[i] >= '0' && p[i] <= '7'; k++) {
                    v = v * 8 + p[i++] - '0';
                }
                return v;
            }
            default:
                break;
        }
        if (inSet && c >= '1' && c <= '7') {
            int v = c - '0';
            for (int k = 0; k < 2 && more() && p[i] >= '0' && p[i] <= '7'; k++) {
                v = v * 8 + p[i++] - '0';
            }
            if (v > 0377) {
                throw error("octal escape value " + str(start, i) + " outside of range 0-0o377", start);
            }
            return v;
        }
        if (c < 128 && (Character.isLetter(c) || c >= '0' && c <= '9')) {
            throw error("bad escape " + str(start, i), start);
        }
        return c;
    }

    private int hexEscape(int start, int n) {
        int v = 0, k = 0;
        while (k < n && more() && Character.digit(p[i], 16) >= 0 && p[i] < 128) {
            v = v * 16 + Character.digit(p[i++], 16);
            k++;
        }
        if (k < n) {
            throw error("incomplete escape " + str(start, i), start);
        }
        return v;
    }

    private int namedEscape(int start) {
        if (peek() != '{') {
            throw error("missing {", i);
        }
        i++;
        int from = i;
        while (more() && p[i] != '}') {
            i++;
        }
        if (!more()) {
            throw error(i == from ? "missing character name" : "missing }, unterminated name", from);
        }
        String name = str(from, i);
        i++;
        if (name.isEmpty()) {
            throw error("missing character name", from);
        }
        int cp = org.taipan.parser.FStringCharNames.lookup(name);
        if (cp < 0) {
            throw error("undefined character name '" + name + "'", start);
        }
        return cp;
    }

    // ---- sets

    ReAst set(int start, int f) {
        ReChars.Set s = new ReChars.Set(fold(f), unicode(f));
        if (peek() == '[') {
            warnings.add("Possible nested set at position " + i);
        }
        if (peek() == '^') {
            i++;
            s.negate = true;
        }
        boolean firstItem = true;
        while (true) {
            if (!more()) {
                throw error("unterminated character set", start);
            }
            int itemStart = i;
            if (!firstItem && i + 1 < p.length && p[i + 1] == p[i] && "-&~|".indexOf(p[i]) >= 0) {
                String op = switch (p[i]) {
                    case '-' -> "difference";
                    case '&' -> "intersection";
                    case '~' -> "symmetric difference";
                    default -> "union";
                };
                warnings.add("Possible set " + op + " at position " + i);
            }
            int c = p[i++];
            if (c == ']' && !firstItem) {
                break;
            }
            firstItem = false;
            int lo;
            int cat = -1;
            if (c == '\\') {
                if (!more()) {
                    throw error("unterminated character set", start);
                }
                int e = p[i++];
                if ("dDwWsS".indexOf(e) >= 0) {
                    cat = categoryOf(e);
                    lo = -1;
                } else {
                    lo = escapeChar(e, itemStart, true);
                }
            } else {
                lo = c;
            }
            if (peek() == '-' && i + 1 < p.length && p[i + 1] != ']') {
                i++;
                int hiStart = i;
                int d = p[i++];
                int hi;
                boolean hiCat = false;
                if (d == '\\') {
                    if (!more()) {
                        throw error("unterminated character set", start);
                    }
                    int e = p[i++];
                    if ("dDwWsS".indexOf(e) >= 0) {
                        hiCat = true;
                        hi = -1;
                    } else {
                        hi = escapeChar(e, hiStart, true);
                    }
                } else {
                    hi = d;
                }
                if (cat >= 0 || hiCat) {
                    throw error("bad character range " + str(itemStart, i), itemStart);
                }
                if (hi < lo) {
                    throw error("bad character range " + str(itemStart, i), itemStart);
                }
                s.addRange(lo, hi);
            } else if (cat >= 0) {
                s.addCategory(cat);
            } else {
                s.addChar(lo);
            }
        }
        s.done();
        int single = s.single();
        if (single >= 0) {
            return new ReAst.Lit(single, ReChars.FOLD_NONE);
        }
        return new ReAst.Cls(s);
    }
}
