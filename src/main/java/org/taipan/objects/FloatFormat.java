package org.taipan.objects;

import java.math.BigInteger;

/** Float text conversions: {@code float(str)}, {@code float.hex}, {@code float.fromhex}, and exact scaling. */
final class FloatFormat {
    private FloatFormat() {}

    /**
     * {@code float(s)}: surrounding whitespace and non-ASCII decimal digits allowed, underscores
     * only between digits, "inf", "infinity" and "nan" in any case. {@code original} is shown in
     * the error.
     */
    static double parse(String s, PyObject original) {
        String t = normalise(s);
        if (t != null) {
            Double d = parseStrict(t);
            if (d != null) {
                return d;
            }
        }
        throw Errors.valueError("could not convert string to float: " + Abstract.repr(original));
    }

    /** Strips Python whitespace and maps Unicode decimal digits to ASCII; null if a non-ASCII char remains. */
    private static String normalise(String s) {
        int lo = 0, hi = s.length();
        while (lo < hi && isSpace(s.codePointAt(lo))) {
            lo += Character.charCount(s.codePointAt(lo));
        }
        while (hi > lo && isSpace(s.codePointBefore(hi))) {
            hi -= Character.charCount(s.codePointBefore(hi));
        }
        StringBuilder sb = new StringBuilder(hi - lo);
        for (int i = lo; i < hi; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else if (isSpace(cp)) {
                sb.append(' ');
            } else {
                return null;
            }
        }
        return sb.toString();
    }

    /** Python's str.isspace for one code point. */
    static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
        }
        return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028
                || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
    }

    /** The float grammar of {@code float()}, or null. */
    private static Double parseStrict(String t) {
        int i = 0, n = t.length();
        boolean neg = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            neg = t.charAt(i) == '-';
            i++;
        }
        String rest = t.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return neg ? -Double.NaN : Double.NaN;
        }
        StringBuilder clean = new StringBuilder(n);
        int digits = digitPart(t, i, clean);
        if (digits < 0) {
            return null;
        }
        int j = i + digits;
        int fracDigits = 0;
        if (j < n && t.charAt(j) == '.') {
            clean.append('.');
            fracDigits = digitPart(t, j + 1, clean);
            j += 1 + fracDigits;
        }
        if (digits <= 0 && fracDigits <= 0 || digits < 0 || fracDigits < 0) {
            return null;
        }
        if (j < n && (t.charAt(j) == 'e' || t.charAt(j) == 'E')) {
            clean.append('e');
            j++;
            if (j < n && (t.charAt(j) == '+' || t.charAt(j) == '-')) {
                clean.append(t.charAt(j));
                j++;
            }
            int e = digitPart(t, j, clean);
            if (e <= 0) {
                return null;
            }
            j += e;
        }
        if (j != n) {
            return null;
        }
        double d = Double.parseDouble(clean.toString());
        return neg ? -d : d;
    }

    /** Consumes digits with single underscores between them; returns the length used, -1 if malformed. */
    private static int digitPart(String t, int i, StringBuilder out) {
        int j = i;
        while (j < t.length() && isDigit(t.charAt(j))) {
            out.append(t.charAt(j));
            j++;
            if (j + 1 < t.length() && t.charAt(j) == '_' && isDigit(t.charAt(j + 1))) {
                j++;
            }
        }
        if (j < t.length() && t.charAt(j) == '_') {
            return -1;
        }
        return j - i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ---- hex

    /** {@code float.hex()}: "0x1.<13 hex digits>p<exp>", subnormals as "0x0.<...>p-1022". */
    static String hex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        String frac = String.format("%013x", mant);
        if (exp == 0) {
            return sign + "0x0." + frac + "p-1022";
        }
        int e = exp - 1023;
        return sign + "0x1." + frac + "p" + (e < 0 ? "-" : "+") + Math.abs(e);
    }

    /** {@code float.fromhex(s)}, correctly rounded. */
    static double fromHex(String s) {
        int i = 0, n = s.length();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        while (n > i && isSpace(s.charAt(n - 1))) {
            n--;
        }
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i, n).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        int j = rest.startsWith("0x") ? 2 : 0;
        BigInteger mant = BigInteger.ZERO;
        int ndigits = 0;
        long exp = 0;
        boolean dot = false;
        for (; j < rest.length(); j++) {
            char c = rest.charAt(j);
            int dv = Character.digit(c, 16);
            if (c == '.' && !dot) {
                dot = true;
            } else if (dv >= 0 && c < 128) {
                mant = mant.shiftLeft(4).or(BigInteger.valueOf(dv));
                ndigits++;
                if (dot) {
                    exp -= 4;
                }
            } else {
                break;
            }
        }
        if (ndigits == 0) {
            throw invalidHex();
        }
        if (j < rest.length() && rest.charAt(j) == 'p') {
            j++;
            int start = j;
            if (j < rest.length() && (rest.charAt(j) == '+' || rest.charAt(j) == '-')) {
                j++;
            }
            int digitsStart = j;
            while (j < rest.length() && rest.charAt(j) >= '0' && rest.charAt(j) <= '9') {
                j++;
            }
            if (j == digitsStart) {
                throw invalidHex();
            }
            BigInteger e = new BigInteger(rest.substring(start, j));
            if (e.bitLength() > 40) {
                if (e.signum() > 0 && mant.signum() != 0) {
                    throw Errors.overflowError("hexadecimal value too large to represent as a float");
                }
                return neg ? -0.0 : 0.0;
            }
            exp += e.longValue();
        }
        if (j != rest.length()) {
            throw invalidHex();
        }
        double d = scaled(mant, exp);
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("hexadecimal value too large to represent as a float");
        }
        return neg ? -d : d;
    }

    private static PyException invalidHex() {
        return Errors.valueError("invalid hexadecimal floating-point string");
    }

    /** {@code m * 2**e} for {@code m >= 0}, correctly rounded (ties to even); infinity on overflow. */
    static double scaled(BigInteger m, long e) {
        int bl = m.bitLength();
        if (bl == 0) {
            return 0.0;
        }
        long top = bl - 1 + e; // exponent of the leading bit
        if (top > 1023) {
            return Double.POSITIVE_INFINITY;
        }
        long keep = Math.min(53, top + 1074 + 1);
        long shift = bl - keep;
        if (shift <= 0) {
            return Math.scalb(m.doubleValue(), (int) e);
        }
        if (shift > bl + 1) {
            return 0.0;
        }
        BigInteger q = m.shiftRight((int) shift);
        boolean half = m.testBit((int) shift - 1);
        boolean sticky = m.getLowestSetBit() < shift - 1;
        if (half && (sticky || q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return Math.scalb(q.doubleValue(), (int) (e + shift));
    }
}
