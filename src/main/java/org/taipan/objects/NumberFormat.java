package org.taipan.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.taipan.util.PyRepr;

/**
 * {@code __format__} of int, float and complex: the numeric presentation types of the format
 * mini-language ({@link FormatSpec}). Float digits come from the exact binary value through
 * BigDecimal, so every precision rounds correctly (half to even on exact ties), as CPython's do.
 */
final class NumberFormat {
    private NumberFormat() {}

    // ---- int

    static String formatInt(PyInt v, String spec, String typeName) {
        if (v.isLong()) {
            String r = simpleInt(v.longValue(), spec);
            if (r != null) {
                return r;
            }
        }
        FormatSpec f = FormatSpec.parse(spec, typeName, 'd');
        int t = f.type == 0 ? 'd' : f.type;
        switch (t) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return formatFloat(IntMath.toDouble(v), f, typeName);
            }
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> { }
            default -> throw FormatSpec.unknownCode(t, typeName);
        }
        if (f.precision >= 0) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        if (f.z) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (t == 'c') {
            if (f.sign != 0) {
                throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alt) {
                throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (!v.isLong()) {
                throw Errors.overflowError("Python int too large to convert to C long");
            }
            long cp = v.longValue();
            if (cp < 0 || cp > 0x10FFFF) {
                throw Errors.overflowError("%c arg not in range(0x110000)");
            }
            return layout(f, "", "", StrSurrogates.character((int) cp), "", 0, 1);
        }
        int radix = switch (t) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        boolean neg = v.signum() < 0;
        String digits = v.isLong() && v.longValue() != Long.MIN_VALUE
                ? Long.toString(Math.abs(v.longValue()), radix)
                : radix == 10 ? PyInt.decimal(v.bigValue().abs()) : v.bigValue().abs().toString(radix);
        String prefix = "";
        if (t == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        if (f.alt && radix != 10) {
            prefix = t == 'b' ? "0b" : t == 'o' ? "0o" : t == 'x' ? "0x" : "0X";
        }
        return layout(f, signOf(f, neg), prefix, digits, "", f.grouping, radix == 10 ? 3 : 4);
    }

    private static String signOf(FormatSpec f, boolean neg) {
        return neg ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
    }

    /**
     * Sign, prefix, the integer digits (grouped), then the rest (fraction, exponent, suffix),
     * padded to the width. A '0' fill with '=' alignment pads the digits themselves, so that
     * the grouping runs through the padding as CPython's does.
     */
    static String layout(FormatSpec f, String sign, String prefix, String digits, String rest, int sep, int every) {
        int align = f.align != 0 ? f.align : f.zero ? '=' : '>';
        int fixedLen = sign.length() + prefix.length() + rest.codePointCount(0, rest.length());
        boolean zeroPad = align == '=' && f.fill == '0' && f.width > 0;
        int minDigits = zeroPad ? FormatSpec.size(Math.max(0, f.width - fixedLen)) : 0;
        String body = group(digits, sep, every, minDigits);
        int len = fixedLen + body.codePointCount(0, body.length());
        if (f.width <= len) {
            return sign + prefix + body + rest;
        }
        int total = f.widthInt() - len;
        StringBuilder sb = new StringBuilder(len + total);
        if (align == '=') {
            sb.append(sign).append(prefix);
            FormatSpec.repeat(sb, f.fill, total);
            return sb.append(body).append(rest).toString();
        }
        int left = align == '>' ? total : align == '^' ? total / 2 : 0;
        FormatSpec.repeat(sb, f.fill, left);
        sb.append(sign).append(prefix).append(body).append(rest);
        FormatSpec.repeat(sb, f.fill, total - left);
        return sb.toString();
    }

    /** Digits with a separator every {@code every} from the right, zero-padded to at least {@code min} chars. */
    private static String group(String digits, int sep, int every, int min) {
        if (sep == 0) {
            if (digits.length() >= min) {
                return digits;
            }
            return "0".repeat(min - digits.length()) + digits;
        }
        StringBuilder r = new StringBuilder(digits.length() * 2);
        int count = 0;
        for (int k = digits.length() - 1; k >= 0; k--, count++) {
            if (count > 0 && count % every == 0) {
                r.append((char) sep);
            }
            r.append(digits.charAt(k));
        }
        while (r.length() < min) {
            if (count > 0 && count % every == 0) {
                r.append((char) sep);
            }
            r.append('0');
            count++;
        }
        return r.reverse().toString();
    }

    // ---- float

    static String formatFloat(double d, String spec, String typeName) {
        return formatFloat(d, FormatSpec.parse(spec, typeName, 0), typeName);
    }

    private static String formatFloat(double d, FormatSpec f, String typeName) {
        int t = f.type;
        switch (t) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> { }
            default -> throw FormatSpec.unknownCode(t, typeName);
        }
        if (t == '%') {
            d *= 100;
        }
        boolean neg = !Double.isNaN(d) && (d < 0 || d == 0 && 1 / d < 0);
        String body = absDigits(Math.abs(d), t, f.precision, f.alt, true);
        if (f.z && neg && isZero(body)) {
            neg = false;
        }
        if (t == 'E' || t == 'F' || t == 'G') {
            body = body.toUpperCase(java.util.Locale.ROOT);
        }
        if (t == '%') {
            body += "%";
        }
        return layoutBody(f, signOf(f, neg), body);
    }

    /** Splits a formatted magnitude into its integer digits and the rest, for {@link #layout}. */
    private static String layoutBody(FormatSpec f, String sign, String body) {
        int k = 0;
        while (k < body.length() && body.charAt(k) >= '0' && body.charAt(k) <= '9') {
            k++;
        }
        if (k == 0) { // inf, nan: nothing to group
            return layout(f, sign, "", "", body, 0, 3);
        }
        return layout(f, sign, "", body.substring(0, k), body.substring(k), f.grouping, 3);
    }

    private static boolean isZero(String body) {
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == 'e' || c == 'E' || c == '%') {
                break;
            }
            if (c != '0' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * The digits of a non-negative double (or "inf", "nan") for presentation type {@code t}
     * (0 for none); {@code addDot0} applies to the none type, which float gives ".0" and complex not.
     */
    static String absDigits(double a, int t, long precision, boolean alt, boolean addDot0) {
        if (Double.isNaN(a)) {
            return "nan";
        }
        if (Double.isInfinite(a)) {
            return "inf";
        }
        int p = precision < 0 ? 6 : precisionInt(precision);
        switch (t) {
            case 'f', 'F', '%' -> {
                String s = fixedFast(a, p);
                if (s == null) {
                    s = new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
                }
                return alt && p == 0 ? s + "." : s;
            }
            case 'e', 'E' -> {
                return scientific(a, p, alt);
            }
            case 'g', 'G', 'n' -> {
                return general(a, p == 0 ? 1 : p, alt, p == 0 ? 1 : p, false);
            }
            default -> {
                if (precision < 0) {
                    String r = PyRepr.floatRepr(a);
                    if (!addDot0 && r.endsWith(".0")) {
                        r = r.substring(0, r.length() - 2);
                    }
                    return alt ? withDot(r) : r;
                }
                int q = p == 0 ? 1 : p;
                return addDot0 ? general(a, q, alt, q - 1, true) : general(a, q, alt, q, false);
            }
        }
    }

    /**
     * The specs f-strings use most ({@code 5}, {@code 03d}, {@code x}, {@code 08b}: an optional
     * zero flag, a width, a type of d, x, X, o or b) without parsing a FormatSpec; null for any
     * other spec, which takes the general path.
     */
    private static String simpleInt(long v, String spec) {
        PyStr r = simpleIntStr(v, spec);
        return r == null ? null : r.value();
    }

    /** {@link #simpleInt} as a str, which for a short result is one object and no String. */
    static PyStr simpleIntStr(long v, String spec) {
        int n = spec.length(), i = 0;
        if (n == 0 || n > 6 || v == Long.MIN_VALUE) {
            return null;
        }
        // the zero flag pads between the sign and the digits
        boolean zero = spec.charAt(0) == '0';
        int width = 0;
        for (; i < n && spec.charAt(i) >= '0' && spec.charAt(i) <= '9'; i++) {
            width = width * 10 + spec.charAt(i) - '0';
        }
        int radix = 10;
        if (i == n - 1) {
            switch (spec.charAt(i)) {
                case 'd' -> radix = 10;
                case 'x', 'X' -> radix = 16;
                case 'o' -> radix = 8;
                case 'b' -> radix = 2;
                default -> {
                    return null;
                }
            }
        } else if (i != n) {
            return null;
        }
        return PyStr.ofDigits(v, radix, spec.charAt(n - 1) == 'X', width, zero);
    }

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

    /**
     * {@code a * 10**p} (a non-negative and finite) rounded to an integer half to even, as
     * exact decimal rounding gives it, from one double multiplication; -1 when that cannot be
     * decided so. 10**p is exact, so the product is off by at most half an ulp: unless it lies
     * within an ulp of a tie it rounds the same way as the exact product.
     */
    static long scaledRound(double a, int p) {
        if (p < 0 || p >= POW10.length) {
            return -1;
        }
        double x = a * POW10[p];
        if (!(x < 0x1p52)) {
            return -1;
        }
        double floor = Math.floor(x), frac = x - floor;
        if (Math.abs(frac - 0.5) <= Math.ulp(x)) {
            return -1;
        }
        return (long) floor + (frac > 0.5 ? 1 : 0);
    }

    static double pow10(int p) {
        return POW10[p];
    }

    /** {@code a} (non-negative, finite) with {@code p} decimals by {@link #scaledRound}, or null. */
    private static String fixedFast(double a, int p) {
        long r = scaledRound(a, p);
        if (r < 0) {
            return null;
        }
        String ds = Long.toString(r);
        if (p == 0) {
            return ds;
        }
        int n = ds.length();
        StringBuilder sb = new StringBuilder(Math.max(n, p + 1) + 1);
        if (n <= p) {
            sb.append("0.").repeat('0', p - n).append(ds);
        } else {
            sb.append(ds, 0, n - p).append('.').append(ds, n - p, n);
        }
        return sb.toString();
    }

    private static int precisionInt(long p) {
        if (p > Integer.MAX_VALUE) {
            throw Errors.valueError("precision too big");
        }
        return FormatSpec.size(p);
    }

    /** Inserts the decimal point the alternate form always shows. */
    private static String withDot(String s) {
        if (s.indexOf('.') >= 0) {
            return s;
        }
        int e = s.indexOf('e');
        return e < 0 ? s + "." : s.substring(0, e) + "." + s.substring(e);
    }

    /** The significant digits of {@code a > 0} rounded to {@code n}, and the decimal exponent of the first. */
    private record Sig(String digits, int exp) {}

    private static Sig significant(double a, int n) {
        if (a == 0) {
            return new Sig("0".repeat(n), 0);
        }
        BigDecimal r = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String ds = r.unscaledValue().toString();
        int exp = ds.length() - 1 - r.scale();
        if (ds.length() < n) {
            ds = ds + "0".repeat(n - ds.length());
        } else if (ds.length() > n) {
            ds = ds.substring(0, n); // only zeros are cut
        }
        return new Sig(ds, exp);
    }

    private static String exponent(int exp) {
        int e = Math.abs(exp);
        return (exp < 0 ? "e-" : "e+") + (e < 10 ? "0" : "") + e;
    }

    private static String scientific(double a, int p, boolean alt) {
        Sig s = significant(a, p + 1);
        StringBuilder sb = new StringBuilder(p + 8);
        sb.append(s.digits.charAt(0));
        if (p > 0 || alt) {
            sb.append('.');
        }
        sb.append(s.digits, 1, s.digits.length());
        return sb.append(exponent(s.exp)).toString();
    }

    /**
     * 'g' with {@code p} significant digits: fixed notation when {@code -4 <= exp < threshold},
     * else scientific; trailing zeros dropped unless {@code alt}; {@code addDot0} keeps one
     * digit after the point of a fixed result.
     */
    private static String general(double a, int p, boolean alt, int threshold, boolean addDot0) {
        Sig s = significant(a, p);
        String out;
        boolean fixed = s.exp >= -4 && s.exp < threshold;
        if (fixed) {
            String ds = s.digits;
            StringBuilder sb = new StringBuilder(p + 8);
            if (s.exp < 0) {
                sb.append("0.");
                sb.append("0".repeat(-s.exp - 1));
                sb.append(ds);
            } else {
                sb.append(ds, 0, s.exp + 1);
                if (s.exp + 1 < ds.length()) {
                    sb.append('.').append(ds, s.exp + 1, ds.length());
                }
            }
            out = sb.toString();
        } else {
            out = s.digits.charAt(0) + (p > 1 ? "." + s.digits.substring(1) : "") + exponent(s.exp);
        }
        if (!alt) {
            out = stripZeros(out);
            if (addDot0 && fixed && out.indexOf('.') < 0) {
                out += ".0";
            }
        } else {
            out = withDot(out);
        }
        return out;
    }

    private static String stripZeros(String s) {
        int e = s.indexOf('e');
        String m = e < 0 ? s : s.substring(0, e);
        if (m.indexOf('.') < 0) {
            return s;
        }
        int k = m.length();
        while (m.charAt(k - 1) == '0') {
            k--;
        }
        if (m.charAt(k - 1) == '.') {
            k--;
        }
        return m.substring(0, k) + (e < 0 ? "" : s.substring(e));
    }

    // ---- complex

    static String formatComplex(double re, double im, String spec) {
        FormatSpec f = FormatSpec.parse(spec, "complex", 0);
        int t = f.type;
        switch (t) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> { }
            default -> throw FormatSpec.unknownCode(t, "complex");
        }
        if (f.fill == '0') {
            throw Errors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') {
            throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        boolean skipRe = t == 0 && re == 0 && 1 / re > 0;
        String reStr = "";
        if (!skipRe) {
            reStr = part(f, re, t, f.sign);
        }
        String imStr = part(f, im, t, skipRe ? f.sign : '+');
        String body = (skipRe ? "" : t == 0 ? "(" : "") + reStr + imStr + "j" + (!skipRe && t == 0 ? ")" : "");
        return f.pad(body, body.length(), '>');
    }

    private static String part(FormatSpec f, double d, int t, int signMode) {
        boolean neg = !Double.isNaN(d) && (d < 0 || d == 0 && 1 / d < 0);
        String body = absDigits(Math.abs(d), t, f.precision, f.alt, false);
        if (f.z && neg && isZero(body)) {
            neg = false;
        }
        if (t == 'E' || t == 'F' || t == 'G') {
            body = body.toUpperCase(java.util.Locale.ROOT);
        }
        String sign = neg ? "-" : signMode == '+' ? "+" : signMode == ' ' ? " " : "";
        int k = 0;
        while (k < body.length() && body.charAt(k) >= '0' && body.charAt(k) <= '9') {
            k++;
        }
        if (f.grouping == 0 || k == 0) {
            return sign + body;
        }
        return sign + group(body.substring(0, k), f.grouping, 3, 0) + body.substring(k);
    }
}
