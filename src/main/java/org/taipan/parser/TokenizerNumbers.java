package org.taipan.parser;

/**
 * Scanning of NUMBER tokens, with CPython 3.11's errors. Error offsets are those of CPython's
 * tokenizer: the column just past the last character it had accepted when it gave up.
 */
final class TokenizerNumbers {
    private TokenizerNumbers() {}

    private static final String DECIMAL = "decimal";

    static Token scan(Tokenizer t, int start) {
        char[] b = t.buf();
        int p = start;
        if (b[p] == '.') {
            p = fraction(t, b, p + 1);
            return finish(t, b, start, p);
        }
        if (b[p] == '0') {
            char c1 = b[p + 1];
            if (c1 == 'x' || c1 == 'X') {
                return radix(t, b, start, p + 2, 16, "hexadecimal");
            }
            if (c1 == 'o' || c1 == 'O') {
                return radix(t, b, start, p + 2, 8, "octal");
            }
            if (c1 == 'b' || c1 == 'B') {
                return radix(t, b, start, p + 2, 2, "binary");
            }
            // Zeros (with underscores) first: "0_0" is fine, "012" is not.
            p++;
            while (b[p] == '0' || b[p] == '_') {
                if (b[p] == '_') {
                    p++;
                    if (!Tokenizer.isDigit(b[p])) {
                        throw t.errorAtCursor("invalid decimal literal", p);
                    }
                    if (b[p] != '0') {
                        break;
                    }
                }
                p++;
            }
            int zerosEnd = p;
            boolean nonzero = false;
            if (Tokenizer.isDigit(b[p])) {
                nonzero = true;
                p = decimalTail(t, b, p);
            }
            char c = b[p];
            if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J') {
                return finishFloat(t, b, start, p);
            }
            if (nonzero) {
                throw t.byteRangeError("leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers", start, zerosEnd);
            }
            return end(t, b, start, p, DECIMAL);
        }
        p = decimalTail(t, b, p);
        return finishFloat(t, b, start, p);
    }

    /** After the integer part of a decimal number: optional fraction, exponent, imaginary. */
    private static Token finishFloat(Tokenizer t, char[] b, int start, int p) {
        if (b[p] == '.') {
            p = fraction(t, b, p + 1);
        }
        return finish(t, b, start, p);
    }

    /** After the fraction: optional exponent and imaginary suffix. */
    private static Token finish(Tokenizer t, char[] b, int start, int p) {
        char c = b[p];
        if (c == 'e' || c == 'E') {
            int e = p;
            p++;
            c = b[p];
            if (c == '+' || c == '-') {
                p++;
                if (!Tokenizer.isDigit(b[p])) {
                    throw t.errorAtCursor("invalid decimal literal", p);
                }
            } else if (!Tokenizer.isDigit(c)) {
                // "1else" is 1 followed by else; "1e" and "1ex" are errors.
                return end(t, b, start, e, DECIMAL);
            }
            p = decimalTail(t, b, p);
            c = b[p];
        }
        if (c == 'j' || c == 'J') {
            return end(t, b, start, p + 1, "imaginary");
        }
        return end(t, b, start, p, DECIMAL);
    }

    private static int fraction(Tokenizer t, char[] b, int p) {
        if (Tokenizer.isDigit(b[p])) {
            p = decimalTail(t, b, p);
        }
        return p;
    }

    /** Digits with single underscores between them, starting at a digit. */
    private static int decimalTail(Tokenizer t, char[] b, int p) {
        while (true) {
            while (Tokenizer.isDigit(b[p])) {
                p++;
            }
            if (b[p] != '_') {
                return p;
            }
            p++;
            if (!Tokenizer.isDigit(b[p])) {
                throw t.errorAtCursor("invalid decimal literal", p);
            }
        }
    }

    private static Token radix(Tokenizer t, char[] b, int start, int p, int radix, String kind) {
        String invalid = "invalid " + kind + " literal";
        while (true) {
            if (b[p] == '_') {
                p++;
            }
            char c = b[p];
            if (!isRadixDigit(c, radix)) {
                if (radix < 10 && Tokenizer.isDigit(c)) {
                    throw t.errorAtCursor("invalid digit '" + c + "' in " + kind + " literal", p + 1);
                }
                throw t.errorAtCursor(invalid, p);
            }
            while (isRadixDigit(b[p], radix)) {
                p++;
            }
            if (radix < 10 && Tokenizer.isDigit(b[p])) {
                throw t.errorAtCursor("invalid digit '" + b[p] + "' in " + kind + " literal", p + 1);
            }
            if (b[p] != '_') {
                break;
            }
        }
        return end(t, b, start, p, kind);
    }

    private static boolean isRadixDigit(char c, int radix) {
        if (radix == 16) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
        return c >= '0' && c < '0' + radix;
    }

    /**
     * The number ends at {@code p}. CPython lets it touch a following keyword ("1if", "0x1for")
     * but not other letters.
     */
    private static Token end(Tokenizer t, char[] b, int start, int p, String kind) {
        char c = b[p];
        boolean ok;
        switch (c) {
            case 'a': ok = keywordFollows(b, p, "and"); break;
            case 'e': ok = keywordFollows(b, p, "else"); break;
            case 'f': ok = keywordFollows(b, p, "for"); break;
            case 'i': ok = b[p + 1] == 'f' || b[p + 1] == 'n' || b[p + 1] == 's'; break;
            case 'n': ok = keywordFollows(b, p, "not"); break;
            case 'o': ok = keywordFollows(b, p, "or"); break;
            default: ok = !Tokenizer.isAsciiIdentChar(c); break;
        }
        if (!ok) {
            throw t.errorAtCursor("invalid " + kind + " literal", p);
        }
        if (Tokenizer.isAsciiIdentChar(c)) {
            t.warn("invalid " + kind + " literal", p); // a keyword touching the number
        }
        t.setPos(p);
        return t.token(TokenKind.NUMBER, start);
    }

    private static boolean keywordFollows(char[] b, int p, String kw) {
        int n = kw.length();
        if (p + n >= b.length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b[p + i] != kw.charAt(i)) {
                return false;
            }
        }
        char c = b[p + n];
        return !(Tokenizer.isAsciiIdentChar(c) || c >= 128);
    }
}
