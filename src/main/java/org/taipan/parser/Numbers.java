package org.taipan.parser;

import java.math.BigInteger;
import org.taipan.parser.ast.ComplexValue;

/** The value of a NUMBER token's text. */
public final class Numbers {
    private Numbers() {}

    /**
     * Long when an integer fits in a long, else BigInteger; Double for floats (Java's parser
     * rounds correctly, as Python's does; overflow gives infinity like Python);
     * {@code ComplexValue(0.0, imag)} for imaginary literals.
     */
    public static Object parse(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        int n = s.length();
        char last = s.charAt(n - 1);
        if (last == 'j' || last == 'J') {
            return new ComplexValue(0.0, Double.parseDouble(s.substring(0, n - 1)));
        }
        if (n > 1 && s.charAt(0) == '0') {
            char c = s.charAt(1);
            int radix = c == 'x' || c == 'X' ? 16 : c == 'o' || c == 'O' ? 8 : c == 'b' || c == 'B' ? 2 : 0;
            if (radix != 0) {
                return integer(s.substring(2), radix);
            }
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(s);
            }
        }
        return integer(s, 10);
    }

    private static Object integer(String digits, int radix) {
        int maxLen = radix == 16 ? 15 : radix == 8 ? 20 : radix == 2 ? 62 : 18;
        if (digits.length() <= maxLen) {
            return Long.parseLong(digits, radix);
        }
        BigInteger v = new BigInteger(digits, radix);
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }
}
