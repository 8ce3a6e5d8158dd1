package org.taipan.objects;

import java.math.BigInteger;

/**
 * {@code int}. A value that fits in a {@code long} is kept there ({@link #big} null) so that
 * the common cases never touch BigInteger; otherwise {@link #big} holds it.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyInt.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.repr = self -> ((PyInt) self).bigOrNull() == null
                ? PyStr.ofLong(((PyInt) self).value) : PyStr.of(decimal(((PyInt) self).big));
        t.hash = self -> ((PyInt) self).pyHash();
        t.bool = self -> ((PyInt) self).signum() != 0;
        t.richCompare = PyInt::richCompare;
        t.index = self -> IntMath.exact((PyInt) self);
        t.nb[NumberOp.ADD.ordinal()] = PyInt::add;
        t.nb[NumberOp.SUBTRACT.ordinal()] = PyInt::subtract;
        t.nb[NumberOp.MULTIPLY.ordinal()] = PyInt::multiply;
        IntMath.install(t);
    }, t -> {
        t.method("bit_length", self -> PyInt.of(((PyInt) self).bitLength()));
        t.method("__format__", (self, spec) -> {
            String s = StrMethods.formatSpec(spec);
            return s.isEmpty() ? Abstract.str(self) : PyStr.of(NumberFormat.formatInt((PyInt) self, s, self.type().name()));
        });
        IntMath.methods(t);
    });

    /** 2**61 - 1, the modulus of numeric hashes. */
    public static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(HASH_MODULUS);
    private static final PyInt[] SMALL = new PyInt[262];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyInt(i - 5);
        }
    }

    private final long value;
    private final BigInteger big;

    protected PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    /** A copy of {@code from}'s value, for the layout of int subclasses. */
    protected PyInt(PyInt from) {
        this.value = from.value;
        this.big = from.big;
    }

    private PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    public static PyInt of(long v) {
        return v >= -5 && v <= 256 ? SMALL[(int) v + 5] : new PyInt(v);
    }

    public static PyInt of(BigInteger v) {
        return v.bitLength() < 64 ? of(v.longValue()) : new PyInt(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** sys.set_int_max_str_digits: the most decimal digits int/str conversions accept (0: no limit). */
    public static int maxStrDigits = 4300;

    /** A big value in decimal, within the limit on digits (CPython 3.11's guard against quadratic conversions). */
    static String decimal(BigInteger v) {
        String s = v.toString();
        int digits = s.length() - (v.signum() < 0 ? 1 : 0);
        if (maxStrDigits > 0 && digits > maxStrDigits) {
            throw Errors.valueError("Exceeds the limit (" + maxStrDigits + " digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
        return s;
    }

    /** Whether the value fits in a long (then {@link #longValue()} is exact). */
    public final boolean isLong() {
        return big == null;
    }

    public final long longValue() {
        return value;
    }

    private BigInteger bigOrNull() {
        return big;
    }

    /** The value as an int; raises OverflowError when it does not fit. */
    public final int intValueExact() {
        if (big != null || value != (int) value) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return (int) value;
    }

    public final BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public final int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /** {@code int.bit_length()}: bits needed for the absolute value. */
    public final long bitLength() {
        if (big != null) {
            return big.abs().bitLength();
        }
        return value == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(value));
    }

    /** hash(n): n modulo 2**61 - 1 keeping the sign, with -1 mapped to -2. */
    public final long pyHash() {
        long h;
        if (big == null && value > -HASH_MODULUS && value < HASH_MODULUS) {
            return value == -1 ? -2 : value;
        }
        if (big == null) {
            h = value == Long.MIN_VALUE ? -(Long.MAX_VALUE % HASH_MODULUS + 1) % HASH_MODULUS
                    : value % HASH_MODULUS;
        } else {
            h = big.abs().mod(BIG_MODULUS).longValue();
            if (big.signum() < 0) {
                h = -h;
            }
        }
        return h == -1 ? -2 : h;
    }

    /**
     * BINARY_OP {@code op} (a {@link NumberOp} ordinal) on two ints that fit in a long, without
     * dispatch or BigInteger; null when the result needs the general path (overflow, a zero
     * divisor, a negative or large shift, other operators). Each case is its own small method so
     * that, inlined where {@code op} is a constant, only that case remains.
     */
    public static PyObject longBinary(long a, long b, int op) {
        return switch (op) {
            case 0, 13 -> addLong(a, b);
            case 10, 23 -> subLong(a, b);
            case 5, 18 -> mulLong(a, b);
            case 2, 15 -> b == 0 || (a == Long.MIN_VALUE && b == -1) ? null : of(Math.floorDiv(a, b));
            case 6, 19 -> b == 0 ? null : of(Math.floorMod(a, b));
            case 1, 14 -> of(a & b);
            case 7, 20 -> of(a | b);
            case 12, 25 -> of(a ^ b);
            case 3, 16 -> lshiftLong(a, b);
            case 9, 22 -> b < 0 ? null : of(a >> Math.min(b, 63));
            case 11, 24 -> divideLong(a, b);
            default -> null;
        };
    }

    private static PyInt addLong(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? null : of(r);
    }

    private static PyInt subLong(long a, long b) {
        long r = a - b;
        return ((a ^ b) & (a ^ r)) < 0 ? null : of(r);
    }

    private static PyInt mulLong(long a, long b) {
        long hi = Math.multiplyHigh(a, b), lo = a * b;
        return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? of(lo) : null;
    }

    private static PyInt lshiftLong(long a, long b) {
        if (b < 0 || b > 62) {
            return a == 0 && b >= 0 ? of(0) : null;
        }
        long r = a << b;
        return r >> b == a ? of(r) : null;
    }

    /** Operands exact in a double give a correctly rounded quotient by one division. */
    private static PyFloat divideLong(long a, long b) {
        return b == 0 || Math.abs(a) > 1L << 53 || Math.abs(b) > 1L << 53 ? null : PyFloat.of((double) a / (double) b);
    }

    private static PyObject add(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b) {
            if (a.big == null && b.big == null) {
                long r = a.value + b.value;
                if (((a.value ^ r) & (b.value ^ r)) >= 0) {
                    return of(r);
                }
            }
            return of(a.bigValue().add(b.bigValue()));
        }
        return PyNotImplemented.INSTANCE;
    }

    private static PyObject subtract(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b) {
            if (a.big == null && b.big == null) {
                long r = a.value - b.value;
                if (((a.value ^ b.value) & (a.value ^ r)) >= 0) {
                    return of(r);
                }
            }
            return of(a.bigValue().subtract(b.bigValue()));
        }
        return PyNotImplemented.INSTANCE;
    }

    private static PyObject multiply(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b) {
            if (a.big == null && b.big == null) {
                long hi = Math.multiplyHigh(a.value, b.value);
                long lo = a.value * b.value;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    return of(lo);
                }
            }
            return of(a.bigValue().multiply(b.bigValue()));
        }
        return PyNotImplemented.INSTANCE;
    }

    private static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) {
            return PyNotImplemented.INSTANCE;
        }
        int c = a.big == null && b.big == null ? Long.compare(a.value, b.value) : a.bigValue().compareTo(b.bigValue());
        return PyBool.of(switch (op) {
            case LT -> c < 0; case LE -> c <= 0; case EQ -> c == 0; case NE -> c != 0; case GT -> c > 0; case GE -> c >= 0;
        });
    }

    /** Whether both hold the same value (a static call: no type speculation in hot table code). */
    static boolean sameValue(PyInt a, PyInt b) {
        return a.value == b.value && (a.big == null ? b.big == null : a.big.equals(b.big));
    }

    /** Java equality (same class, same value), for Java-side tables; Python's == is richCompare. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PyInt other && o.getClass() == getClass() && other.value == value
                && java.util.Objects.equals(other.big, big);
    }

    @Override
    public int hashCode() {
        return big != null ? big.hashCode() : Long.hashCode(value);
    }
}
