package org.taipan.compiler;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.taipan.parser.ast.CodePointString;
import org.taipan.parser.ast.ComplexValue;
import org.taipan.parser.ast.Operator;
import org.taipan.parser.ast.UnaryOperator;

/**
 * Python's operators on constant values, for constant folding: the result, or null where
 * Python would raise or CPython's optimizer declines (results that could be too big: ints over
 * 128 bits from {@code * ** <<}, sequences over 256 items or 4096 characters, {@code %} on
 * str/bytes, which is formatting).
 */
final class AstOptimizerOps {
    static final int MAX_INT_SIZE = 128;
    static final int MAX_COLLECTION_SIZE = 256;
    static final int MAX_STR_SIZE = 4096;

    private AstOptimizerOps() {}

    static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
    }

    static BigInteger big(Object v) {
        return switch (v) {
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            default -> throw new IllegalArgumentException();
        };
    }

    static Object norm(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private static boolean isReal(Object v) {
        return isInt(v) || v instanceof Double;
    }

    private static double dbl(Object v) {
        return v instanceof Double d ? d : big(v).doubleValue();
    }

    static Object unary(UnaryOperator op, Object v) {
        switch (op) {
            case Not:
                return !CodeGenConsts.truthy(v);
            case Invert:
                return isInt(v) ? norm(big(v).not()) : null;
            case UAdd:
                if (isInt(v)) {
                    return norm(big(v));
                }
                return v instanceof Double || v instanceof ComplexValue ? v : null;
            case USub:
                if (isInt(v)) {
                    return norm(big(v).negate());
                }
                if (v instanceof Double d) {
                    return -d;
                }
                if (v instanceof ComplexValue c) {
                    return new ComplexValue(-c.real(), -c.imag());
                }
                return null;
            default:
                return null;
        }
    }

    static Object binary(Operator op, Object a, Object b) {
        try {
            return switch (op) {
                case Add -> add(a, b);
                case Sub -> arith(op, a, b);
                case Mult -> multiply(a, b);
                case Div, FloorDiv -> arith(op, a, b);
                case Mod -> a instanceof String || a instanceof byte[] ? null : arith(op, a, b);
                case Pow -> power(a, b);
                case LShift -> lshift(a, b);
                case RShift -> isInt(a) && isInt(b) && big(b).signum() >= 0
                        ? norm(big(a).shiftRight(big(b).min(BigInteger.valueOf(1 << 20)).intValue())) : null;
                case BitOr, BitXor, BitAnd -> bitwise(op, a, b);
                case MatMult -> null;
            };
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static Object bitwise(Operator op, Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return switch (op) {
                case BitOr -> x | y;
                case BitXor -> x ^ y;
                default -> x & y;
            };
        }
        if (!isInt(a) || !isInt(b)) {
            return null;
        }
        return norm(switch (op) {
            case BitOr -> big(a).or(big(b));
            case BitXor -> big(a).xor(big(b));
            default -> big(a).and(big(b));
        });
    }

    /** The code points of a str constant, or null for another value. */
    static int[] codePoints(Object v) {
        return switch (v) {
            case String s -> s.codePoints().toArray();
            case CodePointString c -> c.codePoints();
            default -> null;
        };
    }

    /** A str constant from code points: a String unless it holds a surrogate pair that String would merge. */
    static Object str(int[] cps) {
        for (int i = 0; i + 1 < cps.length; i++) {
            if (cps[i] >= 0xD800 && cps[i] <= 0xDBFF && cps[i + 1] >= 0xDC00 && cps[i + 1] <= 0xDFFF) {
                return new CodePointString(cps);
            }
        }
        return new String(cps, 0, cps.length);
    }

    private static Object add(Object a, Object b) {
        if (a instanceof String s && b instanceof String t
                && !(!s.isEmpty() && Character.isHighSurrogate(s.charAt(s.length() - 1))
                        && !t.isEmpty() && Character.isLowSurrogate(t.charAt(0)))) {
            return s + t;
        }
        if (codePoints(a) != null && codePoints(b) != null) {
            int[] x = codePoints(a);
            int[] y = codePoints(b);
            int[] r = Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return str(r);
        }
        if (a instanceof byte[] s && b instanceof byte[] t) {
            byte[] r = Arrays.copyOf(s, s.length + t.length);
            System.arraycopy(t, 0, r, s.length, t.length);
            return r;
        }
        if (a instanceof CodeUnit.ConstTuple s && b instanceof CodeUnit.ConstTuple t) {
            List<Object> r = new ArrayList<>(s.items());
            r.addAll(t.items());
            return new CodeUnit.ConstTuple(r);
        }
        return arith(Operator.Add, a, b);
    }

    private static Object multiply(Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            BigInteger x = big(a);
            BigInteger y = big(b);
            if (x.signum() != 0 && y.signum() != 0 && x.abs().bitLength() + y.abs().bitLength() > MAX_INT_SIZE) {
                return null;
            }
            return norm(x.multiply(y));
        }
        if (isInt(b) && !isInt(a) && isSequence(a)) {
            return repeat(a, big(b));
        }
        if (isInt(a) && isSequence(b)) {
            return repeat(b, big(a));
        }
        return arith(Operator.Mult, a, b);
    }

    private static boolean isSequence(Object v) {
        return v instanceof String || v instanceof CodePointString || v instanceof byte[]
                || v instanceof CodeUnit.ConstTuple;
    }

    private static Object repeat(Object seq, BigInteger count) {
        if (count.bitLength() > 63) {
            return null; // OverflowError: not an index-sized integer
        }
        int size = switch (seq) {
            case String s -> s.codePointCount(0, s.length());
            case CodePointString s -> s.codePoints().length;
            case byte[] b -> b.length;
            case CodeUnit.ConstTuple t -> t.items().size();
            default -> 0;
        };
        int limit = seq instanceof CodeUnit.ConstTuple ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
        if (size != 0 && (count.signum() < 0 || count.compareTo(BigInteger.valueOf(limit / size)) > 0)) {
            return null;
        }
        int n = count.signum() < 0 ? 0 : count.min(BigInteger.valueOf(limit + 1)).intValue();
        if (size == 0) {
            n = 0;
        }
        if (seq instanceof String s && s.chars().anyMatch(ch -> ch >= 0xD800 && ch <= 0xDFFF)) {
            seq = new CodePointString(s.codePoints().toArray());
        }
        return switch (seq) {
            case String s -> s.repeat(n);
            case CodePointString s -> {
                int[] c = s.codePoints();
                int[] r = new int[c.length * n];
                for (int i = 0; i < n; i++) {
                    System.arraycopy(c, 0, r, i * c.length, c.length);
                }
                yield str(r);
            }
            case byte[] bs -> {
                byte[] r = new byte[bs.length * n];
                for (int i = 0; i < n; i++) {
                    System.arraycopy(bs, 0, r, i * bs.length, bs.length);
                }
                yield r;
            }
            case CodeUnit.ConstTuple t -> {
                List<Object> r = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    r.addAll(t.items());
                }
                yield new CodeUnit.ConstTuple(r);
            }
            default -> null;
        };
    }

    private static ComplexValue prod(double[] a, double[] b) {
        return new ComplexValue(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]);
    }

    /** Complex division as CPython does it (scaling by the larger part of the divisor); null for 0. */
    private static ComplexValue quot(double[] a, double[] b) {
        double absR = Math.abs(b[0]);
        double absI = Math.abs(b[1]);
        if (absR >= absI) {
            if (absR == 0.0) {
                return null;
            }
            double ratio = b[1] / b[0];
            double denom = b[0] + b[1] * ratio;
            return new ComplexValue((a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom);
        }
        if (absI >= absR) {
            double ratio = b[0] / b[1];
            double denom = b[0] * ratio + b[1];
            return new ComplexValue((a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom);
        }
        return new ComplexValue(Double.NaN, Double.NaN);
    }

    private static Object complexPow(double[] a, double[] b) {
        ComplexValue r;
        if (b[1] == 0.0 && b[0] == Math.floor(b[0]) && Math.abs(b[0]) <= 100.0) {
            long n = (long) b[0];
            if (n > 0) {
                r = powu(a, n);
            } else {
                ComplexValue d = powu(a, -n);
                r = quot(new double[] {1.0, 0.0}, new double[] {d.real(), d.imag()});
                if (r == null) {
                    return null;
                }
            }
        } else if (b[0] == 0.0 && b[1] == 0.0) {
            r = new ComplexValue(1.0, 0.0);
        } else if (a[0] == 0.0 && a[1] == 0.0) {
            if (b[1] != 0.0 || b[0] < 0.0) {
                return null;
            }
            r = new ComplexValue(0.0, 0.0);
        } else {
            double vabs = Math.hypot(a[0], a[1]);
            double len = (Double) floatPowRaw(vabs, b[0]);
            double at = Math.atan2(a[1], a[0]);
            double phase = at * b[0];
            if (b[1] != 0.0) {
                len /= Math.exp(at * b[1]);
                phase += b[1] * Math.log(vabs);
            }
            if (Double.isInfinite(phase)) {
                return null; // cos/sin of an infinity: EDOM, reported as ZeroDivisionError
            }
            r = new ComplexValue(len * Math.cos(phase), len * Math.sin(phase));
        }
        if (Double.isInfinite(r.real()) || Double.isInfinite(r.imag())) {
            return null;
        }
        return r;
    }

    /** C's pow for the complex power: Java's except for a base of +-1. */
    private static Object floatPowRaw(double x, double y) {
        if (y == 0.0 || x == 1.0 || Math.abs(x) == 1.0 && Double.isInfinite(y)) {
            return 1.0;
        }
        return Math.pow(x, y);
    }

    private static ComplexValue powu(double[] x, long n) {
        double[] r = {1.0, 0.0};
        double[] p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                ComplexValue t = prod(r, p);
                r = new double[] {t.real(), t.imag()};
            }
            mask <<= 1;
            ComplexValue t = prod(p, p);
            p = new double[] {t.real(), t.imag()};
        }
        return new ComplexValue(r[0], r[1]);
    }

    private static Object power(Object a, Object b) {
        if (a instanceof ComplexValue || b instanceof ComplexValue) {
            if ((a instanceof ComplexValue || isReal(a)) && (b instanceof ComplexValue || isReal(b))) {
                return complexPow(cx(a), cx(b));
            }
            return null;
        }
        if (isInt(a) && isInt(b)) {
            BigInteger x = big(a);
            BigInteger y = big(b);
            if (y.signum() > 0) {
                if (x.signum() == 0) {
                    return 0L;
                }
                {
                    long vbits = x.abs().bitLength();
                    if (y.bitLength() > 31 || vbits > MAX_INT_SIZE / y.longValue()) {
                        return null;
                    }
                }
                return norm(x.pow(y.intValue()));
            }
            if (y.signum() == 0) {
                return 1L;
            }
            if (x.signum() == 0) {
                return null;
            }
            return floatPow(x.doubleValue(), y.doubleValue());
        }
        if (isReal(a) && isReal(b)) {
            return floatPow(dbl(a), dbl(b));
        }
        return null;
    }

    /** Python's float {@code **}: its special cases first, then C's pow; null where Python raises. */
    private static Object floatPow(double iv, double iw) {
        if (iw == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(iv)) {
            return iv;
        }
        if (Double.isNaN(iw)) {
            return iv == 1.0 ? 1.0 : iw;
        }
        if (Double.isInfinite(iw)) {
            double a = Math.abs(iv);
            if (a == 1.0) {
                return 1.0;
            }
            return (iw > 0.0) == (a > 1.0) ? Math.abs(iw) : 0.0;
        }
        boolean odd = Math.abs(iw) % 2.0 == 1.0;
        if (Double.isInfinite(iv)) {
            if (iw > 0.0) {
                return odd ? iv : Math.abs(iv);
            }
            return odd ? Math.copySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0) {
            if (iw < 0.0) {
                return null;
            }
            return odd ? iv : 0.0;
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                // A negative number to a fractional power is complex in Python 3.
                return complexPow(new double[] {iv, 0.0}, new double[] {iw, 0.0});
            }
            iv = -iv;
            negate = odd;
        }
        if (iv == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double ix = Math.pow(iv, iw);
        if (Double.isInfinite(ix)) {
            return null; // OverflowError
        }
        return negate ? -ix : ix;
    }

    private static Object lshift(Object a, Object b) {
        if (!isInt(a) || !isInt(b)) {
            return null;
        }
        BigInteger x = big(a);
        BigInteger y = big(b);
        if (y.signum() < 0) {
            return null;
        }
        if (x.signum() != 0 && y.signum() != 0) {
            long vbits = x.abs().bitLength();
            if (y.bitLength() > 31 || y.longValue() > MAX_INT_SIZE || vbits > MAX_INT_SIZE - y.longValue()) {
                return null;
            }
        }
        if (x.signum() == 0) {
            return 0L;
        }
        return norm(x.shiftLeft(y.intValue()));
    }

    /** Arithmetic on numbers: int, float, complex with Python's coercions. */
    private static Object arith(Operator op, Object a, Object b) {
        if (a instanceof ComplexValue || b instanceof ComplexValue) {
            if (!(a instanceof ComplexValue || isReal(a)) || !(b instanceof ComplexValue || isReal(b))) {
                return null;
            }
            double[] x = cx(a);
            double[] y = cx(b);
            return switch (op) {
                case Add -> new ComplexValue(x[0] + y[0], x[1] + y[1]);
                case Sub -> new ComplexValue(x[0] - y[0], x[1] - y[1]);
                case Mult -> prod(x, y);
                case Div -> quot(x, y);
                default -> null;
            };
        }
        if (!isReal(a) || !isReal(b)) {
            return null;
        }
        if (isInt(a) && isInt(b)) {
            BigInteger x = big(a);
            BigInteger y = big(b);
            return switch (op) {
                case Add -> norm(x.add(y));
                case Sub -> norm(x.subtract(y));
                case Div -> {
                    if (y.signum() == 0) {
                        yield null;
                    }
                    if (x.bitLength() <= 53 && y.bitLength() <= 53) {
                        yield x.doubleValue() / y.doubleValue(); // exact operands: one correct rounding
                    }
                    Double q = trueDivide(x, y);
                    yield q == null || q.isInfinite() ? null : (Object) q;
                }
                case FloorDiv -> {
                    if (y.signum() == 0) {
                        yield null;
                    }
                    BigInteger[] qr = x.divideAndRemainder(y);
                    BigInteger q = qr[0];
                    if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
                        q = q.subtract(BigInteger.ONE);
                    }
                    yield norm(q);
                }
                case Mod -> {
                    if (y.signum() == 0) {
                        yield null;
                    }
                    BigInteger r = x.mod(y.abs());
                    if (y.signum() < 0 && r.signum() != 0) {
                        r = r.add(y);
                    }
                    yield norm(r);
                }
                default -> null;
            };
        }
        double x = dbl(a);
        double y = dbl(b);
        return switch (op) {
            case Add -> x + y;
            case Sub -> x - y;
            case Mult -> x * y;
            case Div -> y == 0.0 ? null : (Object) (x / y);
            case FloorDiv -> y == 0.0 ? null : (Object) floorDivMod(x, y)[0];
            case Mod -> y == 0.0 ? null : (Object) floorDivMod(x, y)[1];
            default -> null;
        };
    }

    /**
     * {@code x / y} correctly rounded, as Python's int division: a quotient of at least 55 bits
     * plus a sticky bit for the remainder is rounded once by the conversion to double.
     */
    static Double trueDivide(BigInteger x, BigInteger y) {
        boolean negative = x.signum() * y.signum() < 0;
        BigInteger a = x.abs();
        BigInteger b = y.abs();
        if (a.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        int shift = 55 - (a.bitLength() - b.bitLength());
        BigInteger num = shift > 0 ? a.shiftLeft(shift) : a;
        BigInteger den = shift < 0 ? b.shiftLeft(-shift) : b;
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0].shiftLeft(1);
        if (qr[1].signum() != 0) {
            q = q.setBit(0);
        }
        int exp = -shift - 1;
        if (exp < -1074 + 60) {
            // Subnormal or zero result: rounding at the right bit needs BigDecimal's exact conversion.
            double d = new BigDecimal(q).divide(new BigDecimal(BigInteger.ONE.shiftLeft(-exp))).doubleValue();
            return negative ? -d : d;
        }
        double d = Math.scalb(q.doubleValue(), exp);
        return negative ? -d : d;
    }

    /** Python's float divmod. */
    private static double[] floorDivMod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    private static double[] cx(Object v) {
        return v instanceof ComplexValue c ? new double[] {c.real(), c.imag()} : new double[] {dbl(v), 0.0};
    }

    /** {@code v[k]} for a str, bytes or tuple constant indexed by an int. */
    static Object subscript(Object v, Object k) {
        if (!isInt(k)) {
            return null;
        }
        BigInteger i = big(k);
        int n = switch (v) {
            case String s -> s.codePointCount(0, s.length());
            case CodePointString s -> s.codePoints().length;
            case byte[] b -> b.length;
            case CodeUnit.ConstTuple t -> t.items().size();
            default -> -1;
        };
        if (n < 0) {
            return null;
        }
        if (i.signum() < 0) {
            i = i.add(BigInteger.valueOf(n));
        }
        if (i.signum() < 0 || i.compareTo(BigInteger.valueOf(n)) >= 0) {
            return null;
        }
        int idx = i.intValue();
        return switch (v) {
            case String s -> new String(Character.toChars(s.codePointAt(s.offsetByCodePoints(0, idx))));
            case CodePointString s -> str(new int[] {s.codePoints()[idx]});
            case byte[] b -> (long) (b[idx] & 0xff);
            case CodeUnit.ConstTuple t -> t.items().get(idx);
            default -> null;
        };
    }

    /** The distinct items, as a Python set keeps them (the first of equal items). */
    static CodeUnit.ConstFrozenset frozenset(List<Object> items) {
        List<Object> out = new ArrayList<>();
        for (Object x : items) {
            boolean dup = false;
            for (Object y : out) {
                if (pyEquals(x, y)) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                out.add(x);
            }
        }
        return new CodeUnit.ConstFrozenset(out);
    }

    /** Python's {@code ==} between constants (the identity shortcut included, as sets use it). */
    static boolean pyEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        boolean na = isReal(a) || a instanceof ComplexValue;
        boolean nb = isReal(b) || b instanceof ComplexValue;
        if (na && nb) {
            double[] x = a instanceof ComplexValue ? cx(a) : null;
            double[] y = b instanceof ComplexValue ? cx(b) : null;
            if (x != null || y != null) {
                x = x != null ? x : cx(a);
                y = y != null ? y : cx(b);
                if (isInt(a) || isInt(b)) {
                    Object r = isInt(a) ? a : b;
                    double[] c = isInt(a) ? y : x;
                    return c[1] == 0.0 && realEquals(c[0], r);
                }
                return x[0] == y[0] && x[1] == y[1];
            }
            if (a instanceof Double d) {
                return realEquals(d, b);
            }
            if (b instanceof Double d) {
                return realEquals(d, a);
            }
            return big(a).equals(big(b));
        }
        if (codePoints(a) != null) {
            return codePoints(b) != null && Arrays.equals(codePoints(a), codePoints(b));
        }
        if (a instanceof byte[] x) {
            return b instanceof byte[] y && Arrays.equals(x, y);
        }
        if (a instanceof CodeUnit.ConstTuple x && b instanceof CodeUnit.ConstTuple y) {
            if (x.items().size() != y.items().size()) {
                return false;
            }
            for (int i = 0; i < x.items().size(); i++) {
                if (!pyEquals(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean realEquals(double d, Object other) {
        if (other instanceof Double e) {
            return d == e;
        }
        if (!Double.isFinite(d)) {
            return false;
        }
        return new BigDecimal(d).compareTo(new BigDecimal(big(other))) == 0;
    }
}
