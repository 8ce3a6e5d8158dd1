package org.taipan.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.taipan.util.PyRepr;

/** {@code float}: an IEEE double with Python's arithmetic, hashing and conversions. */
public class PyFloat extends PyObject {
    private static final ArgParser NEW_ARGS = ArgParser.unpack("float", 0, 1);
    private static final ArgParser ROUND_ARGS = ArgParser.unpack("__round__", 0, 1);

    public static final PyType TYPE = PyType.builtin("float", PyFloat.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.repr = self -> PyStr.of(PyRepr.floatRepr(((PyFloat) self).value));
        t.hash = self -> hash(((PyFloat) self).value, self);
        t.bool = self -> ((PyFloat) self).value != 0.0;
        t.richCompare = PyFloat::richCompare;
        t.neg = self -> of(-((PyFloat) self).value);
        t.pos = self -> self.type() == PyFloat.TYPE ? self : of(((PyFloat) self).value);
        t.abs = self -> of(Math.abs(((PyFloat) self).value));
        t.asInt = self -> toInt(((PyFloat) self).value);
        t.asFloat = self -> self.type() == PyFloat.TYPE ? self : of(((PyFloat) self).value);
        t.nb[NumberOp.ADD.ordinal()] = (v, w) -> arith(v, w, '+');
        t.nb[NumberOp.SUBTRACT.ordinal()] = (v, w) -> arith(v, w, '-');
        t.nb[NumberOp.MULTIPLY.ordinal()] = (v, w) -> arith(v, w, '*');
        t.nb[NumberOp.TRUE_DIVIDE.ordinal()] = (v, w) -> arith(v, w, '/');
        t.nb[NumberOp.FLOOR_DIVIDE.ordinal()] = (v, w) -> arith(v, w, 'f');
        t.nb[NumberOp.REMAINDER.ordinal()] = (v, w) -> arith(v, w, '%');
        t.nb[NumberOp.DIVMOD.ordinal()] = (v, w) -> arith(v, w, 'd');
        t.nb[NumberOp.POWER.ordinal()] = (v, w) -> arith(v, w, '^');
        t.pow3 = (a, b, c) -> {
            if (asNumber(a) == null || asNumber(b) == null) {
                return PyNotImplemented.INSTANCE;
            }
            if (c != PyNone.INSTANCE) {
                throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            return arith(a, b, '^');
        };
        t.tpNew = (type, args, kwnames) -> {
            Seq.noKeywords("float", kwnames);
            PyObject[] a = NEW_ARGS.bind(args, 0, kwnames);
            PyFloat f = a[0] == null ? of(0.0) : construct(a[0]);
            return type == PyFloat.TYPE ? f : new Derived.Float(type, f.value);
        };
    }, t -> {
        PyGetSetDescr.getter(t, "real", self -> of(((PyFloat) self).value));
        PyGetSetDescr.getter(t, "imag", self -> of(0.0));
        t.method("conjugate", self -> of(((PyFloat) self).value));
        t.method("__format__", (self, spec) -> {
            String s = StrMethods.formatSpec(spec);
            return s.isEmpty() ? Abstract.str(self)
                    : PyStr.of(NumberFormat.formatFloat(((PyFloat) self).value, s, self.type().name()));
        });
        t.method("is_integer", self -> {
            double d = ((PyFloat) self).value;
            return PyBool.of(!Double.isInfinite(d) && d == Math.floor(d));
        });
        t.method("as_integer_ratio", self -> asIntegerRatio(((PyFloat) self).value));
        t.method("hex", self -> PyStr.of(FloatFormat.hex(((PyFloat) self).value)));
        t.method("__trunc__", self -> toInt(((PyFloat) self).value));
        t.method("__floor__", self -> toInt(Math.floor(((PyFloat) self).value)));
        t.method("__ceil__", self -> toInt(Math.ceil(((PyFloat) self).value)));
        t.method("__round__", (self, args, start, kwnames) -> {
            PyObject[] a = ROUND_ARGS.bind(args, start, kwnames);
            return round(((PyFloat) self).value, a[0] == null ? PyNone.INSTANCE : a[0]);
        });
        t.method("__getnewargs__", self -> PyTuple.of(of(((PyFloat) self).value)));
        Seq.classMethod(t, "fromhex", (self, args, start, kwnames) -> {
            if (kwnames != null && kwnames.length > 0) {
                throw Errors.typeError("float.fromhex() takes no keyword arguments");
            }
            if (args.length - start != 1) {
                throw Errors.typeError("float.fromhex() takes exactly one argument (" + (args.length - start) + " given)");
            }
            if (!(args[start] instanceof PyStr s)) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            PyFloat r = of(FloatFormat.fromHex(s.toString()));
            return self == PyFloat.TYPE ? r : Abstract.call(self, new PyObject[] {r}, null);
        });
        Seq.classMethod(t, "__getformat__", (self, args, start, kwnames) -> {
            PyObject[] a = ArgParser.unpack("__getformat__", 1, 1).bind(args, start, kwnames);
            if (!(a[0] instanceof PyStr s)) {
                throw Errors.typeError("__getformat__() argument must be str, not " + Errors.argTypeName(a[0]));
            }
            if (!s.toString().equals("double") && !s.toString().equals("float")) {
                throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return PyStr.of("IEEE, little-endian"); // the JVM's doubles are IEEE 754, and we report x86's order
        });
    });

    private static PyObject fail(String what) {
        throw Errors.typeError(what + " are not supported yet");
    }

    private final double value;

    protected PyFloat(double value) {
        this.value = value;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final double value() {
        return value;
    }

    // ---- conversions

    /** A number as a double for mixed arithmetic: float or int; null for anything else. */
    static Double asDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return IntMath.toDouble(i);
        }
        return null;
    }

    private static PyObject asNumber(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt ? o : null;
    }

    /** {@code float(x)}. */
    static PyFloat construct(PyObject x) {
        if (x instanceof PyFloat && x.getClass() != PyFloat.class) { // a subclass may override __float__
            return of(toDouble(x.type().asFloat.call(x), ""));
        }
        if (x instanceof PyStr s) {
            return of(FloatFormat.parse(s.toString(), x));
        }
        if (x instanceof PyBytes || x instanceof PyByteArray) {
            byte[] b = BytesOps.bytes(x);
            return of(FloatFormat.parse(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), x));
        }
        return of(toDouble(x, "float() argument must be a string or a real number, not '"));
    }

    /** PyFloat_AsDouble: {@code __float__}, else {@code __index__}; {@code error} is the TypeError prefix. */
    static double toDouble(PyObject x, String error) {
        if (x instanceof PyFloat f) {
            return f.value;
        }
        Slot.Unary asFloat = x.type().asFloat;
        if (asFloat != null) {
            PyObject r = asFloat.call(x);
            if (!(r instanceof PyFloat f)) {
                throw Errors.typeError(x.type().name() + ".__float__ returned non-float (type " + r.type().name() + ")");
            }
            if (r.getClass() != PyFloat.class) {
                Errors.warnSubclassResult(x.type().name() + ".__float__", r, "float");
            }
            return f.value;
        }
        if (Seq.hasIndex(x)) {
            return IntMath.toDouble(Seq.index(x));
        }
        throw Errors.typeError(error + x.type().name() + "'");
    }

    /** {@code int(x)} of a float: truncation toward zero. */
    static PyInt toInt(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    private static PyObject asIntegerRatio(double d) {
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        if (d == 0) {
            return PyTuple.of(PyInt.of(0), PyInt.of(1));
        }
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        exp -= 1075;
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        exp += tz;
        BigInteger num = BigInteger.valueOf(d < 0 ? -mant : mant);
        if (exp >= 0) {
            return PyTuple.of(PyInt.of(num.shiftLeft(exp)), PyInt.of(1));
        }
        return PyTuple.of(PyInt.of(num), PyInt.of(BigInteger.ONE.shiftLeft(-exp)));
    }

    // ---- hashing

    /**
     * Python's numeric hash of a float: the value as a fraction m/2**e reduced modulo
     * 2**61 - 1 (where multiplying by 2**k is a 61-bit rotation), ±314159 for infinities,
     * and the object's identity for NaN.
     */
    static long hash(double d, PyObject self) {
        if (Double.isNaN(d)) {
            return System.identityHashCode(self);
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 314159 : -314159;
        }
        if (d == 0) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        exp -= 1075; // value = mant * 2**exp
        int k = Math.floorMod(exp, 61);
        long m = mant; // < 2**53 < modulus
        long h = ((m << k) & PyInt.HASH_MODULUS) | (m >>> (61 - k));
        if (k == 0) {
            h = m;
        }
        if (h >= PyInt.HASH_MODULUS) {
            h -= PyInt.HASH_MODULUS;
        }
        if (d < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    // ---- comparison

    private static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        double a = ((PyFloat) v).value;
        int c;
        if (w instanceof PyFloat f) {
            double b = f.value;
            return PyBool.of(switch (op) {
                case LT -> a < b; case LE -> a <= b; case EQ -> a == b; case NE -> a != b; case GT -> a > b; case GE -> a >= b;
            });
        } else if (w instanceof PyInt i) {
            if (Double.isNaN(a)) {
                return PyBool.of(op == CompareOp.NE);
            }
            c = compareWithInt(a, i);
        } else {
            return PyNotImplemented.INSTANCE;
        }
        return PyBool.of(switch (op) {
            case LT -> c < 0; case LE -> c <= 0; case EQ -> c == 0; case NE -> c != 0; case GT -> c > 0; case GE -> c >= 0;
        });
    }

    /** Exact comparison of a non-NaN double with an int of any size. */
    static int compareWithInt(double a, PyInt i) {
        if (Double.isInfinite(a)) {
            return a > 0 ? 1 : -1;
        }
        if (i.isLong() && Math.abs(i.longValue()) <= (1L << 53)) {
            return Double.compare(a == 0 ? 0.0 : a, (double) i.longValue() == 0 ? 0.0 : (double) i.longValue());
        }
        return new BigDecimal(a).compareTo(new BigDecimal(i.bigValue()));
    }

    // ---- arithmetic

    private static PyObject arith(PyObject v, PyObject w, char op) {
        if (!(v instanceof PyFloat || v instanceof PyInt) || !(w instanceof PyFloat || w instanceof PyInt)) {
            return PyNotImplemented.INSTANCE;
        }
        double a = asDouble(v), b = asDouble(w);
        return switch (op) {
            case '+' -> of(a + b);
            case '-' -> of(a - b);
            case '*' -> of(a * b);
            case '/' -> {
                if (b == 0) {
                    throw Errors.zeroDivisionError("float division by zero");
                }
                yield of(a / b);
            }
            case 'f' -> {
                if (b == 0) {
                    throw Errors.zeroDivisionError("float floor division by zero");
                }
                yield of(floorDiv(a, b));
            }
            case '%' -> {
                if (b == 0) {
                    throw Errors.zeroDivisionError("float modulo");
                }
                yield of(mod(a, b));
            }
            case 'd' -> {
                if (b == 0) {
                    throw Errors.zeroDivisionError("float divmod()");
                }
                double[] r = divmod(a, b);
                yield PyTuple.of(of(r[0]), of(r[1]));
            }
            default -> pow(a, b);
        };
    }

    /**
     * BINARY_OP {@code op} (a {@link NumberOp} ordinal) on two doubles, for exact float and int
     * operands; null when the general path must decide (a zero divisor, powers, other operators).
     */
    public static PyObject doubleBinary(double a, double b, int op) {
        return switch (op) {
            case 0, 13 -> of(a + b);
            case 10, 23 -> of(a - b);
            case 5, 18 -> of(a * b);
            case 11, 24 -> b == 0 ? null : of(a / b);
            case 6, 19 -> b == 0 ? null : of(mod(a, b));
            case 2, 15 -> b == 0 ? null : of(floorDiv(a, b));
            default -> null;
        };
    }

    /** Python's float %: the result has the sign of the divisor. */
    static double mod(double a, double b) {
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /** The quotient of Python's float divmod alone. */
    static double floorDiv(double a, double b) {
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0 && (b < 0) != (m < 0)) {
            div -= 1.0;
        }
        if (div != 0) {
            double floordiv = Math.floor(div);
            return div - floordiv > 0.5 ? floordiv + 1.0 : floordiv;
        }
        return Math.copySign(0.0, a / b);
    }

    /** Python's float divmod: floor quotient and the remainder with the divisor's sign. */
    static double[] divmod(double a, double b) {
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) {
                m += b;
                div -= 1.0;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return new double[] {floordiv, m};
    }

    private static boolean isOddInteger(double d) {
        return Math.abs(d) < 9.007199254740992e15 && d == Math.floor(d) && ((long) d & 1) != 0;
    }

    /** {@code a ** b} with C99's special cases; a negative base to a fractional power gives a complex. */
    public static PyObject pow(double a, double b) {
        if (b == 0) {
            return of(1.0);
        }
        if (Double.isNaN(a)) {
            return of(a);
        }
        if (Double.isNaN(b)) {
            return of(a == 1.0 ? 1.0 : b);
        }
        if (Double.isInfinite(b)) {
            double aa = Math.abs(a);
            if (aa == 1.0) {
                return of(1.0);
            }
            return of((b > 0) == (aa > 1.0) ? Double.POSITIVE_INFINITY : 0.0);
        }
        if (Double.isInfinite(a)) {
            boolean odd = isOddInteger(b);
            if (a > 0) {
                return of(b > 0 ? a : 0.0);
            }
            return of(b > 0 ? (odd ? a : -a) : (odd ? -0.0 : 0.0));
        }
        if (a == 0) {
            if (b < 0) {
                throw Errors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return of(isOddInteger(b) ? a : 0.0);
        }
        boolean negate = false;
        if (a < 0) {
            if (b != Math.floor(b)) {
                return PyComplex.pow(new PyComplex(a, 0), new PyComplex(b, 0));
            }
            a = -a;
            negate = isOddInteger(b);
        }
        if (a == 1.0) {
            return of(negate ? -1.0 : 1.0);
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r)) {
            throw new PyException(new PyBaseException(ExceptionTypes.OVERFLOW_ERROR,
                    PyTuple.of(PyInt.of(34), PyStr.of("Numerical result out of range"))));
        }
        return of(negate ? -r : r);
    }

    // ---- rounding

    private static PyObject round(double d, PyObject ndigits) {
        if (ndigits == PyNone.INSTANCE) {
            double r = Math.rint(d);
            return toInt(r);
        }
        long n = Seq.asSize(ndigits, null);
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
            return of(d);
        }
        if (n > 323) {
            return of(d);
        }
        if (n < -308) {
            return of(0.0 * d);
        }
        // Exact integers below 2**53 divided by an exact power of ten: one correctly rounded division.
        long scaled = NumberFormat.scaledRound(Math.abs(d), (int) n);
        if (scaled >= 0) {
            double q = scaled / NumberFormat.pow10((int) n);
            return of(q == 0 ? Math.copySign(0.0, d) : Math.copySign(q, d));
        }
        double r = new BigDecimal(d).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("rounded value too large to represent");
        }
        return of(r == 0 ? Math.copySign(0.0, d) : r);
    }
}
