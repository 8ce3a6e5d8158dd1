package org.taipan.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.Iter;
import org.taipan.objects.NumberOp;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.Seq;

/**
 * The {@code math} module. Floating-point functions use java.lang.Math, whose
 * results can differ from the platform C library CPython uses in the last bit for a few inputs;
 * the integer functions are exact.
 */
public final class MathModule {
    private MathModule() {}

    @FunctionalInterface
    private interface D1 {
        double apply(double x);
    }

    public static PyModule create() {
        PyModule m = new PyModule("math", new PyDict());
        m.builtin = true;
        m.set("pi", PyFloat.of(Math.PI));
        m.set("e", PyFloat.of(Math.E));
        m.set("tau", PyFloat.of(2 * Math.PI));
        m.set("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        m.set("nan", PyFloat.of(Double.NaN));
        real(m, "sqrt", x -> x < 0 ? domain() : Math.sqrt(x));
        real(m, "cbrt", StrictMath::cbrt);
        real(m, "exp", x -> range(Math.exp(x), x));
        real(m, "exp2", x -> range(Math.pow(2, x), x));
        real(m, "expm1", x -> range(Math.expm1(x), x));
        real(m, "log1p", x -> x <= -1 ? domain() : Math.log1p(x));
        real(m, "fabs", Math::abs);
        real(m, "sin", x -> Double.isInfinite(x) ? domain() : Math.sin(x));
        real(m, "cos", x -> Double.isInfinite(x) ? domain() : Math.cos(x));
        real(m, "tan", x -> Double.isInfinite(x) ? domain() : Math.tan(x));
        real(m, "asin", x -> Math.abs(x) > 1 ? domain() : Math.asin(x));
        real(m, "acos", x -> Math.abs(x) > 1 ? domain() : Math.acos(x));
        real(m, "atan", Math::atan);
        real(m, "sinh", x -> range(Math.sinh(x), x));
        real(m, "cosh", x -> range(Math.cosh(x), x));
        real(m, "tanh", Math::tanh);
        real(m, "asinh", x -> Double.isInfinite(x) ? x : Math.log(x + Math.sqrt(x * x + 1)));
        real(m, "acosh", x -> x < 1 ? domain() : Math.log(x + Math.sqrt(x * x - 1)));
        real(m, "atanh", x -> Math.abs(x) >= 1 ? domain() : 0.5 * Math.log1p(2 * x / (1 - x)));
        real(m, "degrees", Math::toDegrees);
        real(m, "erf", MathSpecial::erf);
        real(m, "erfc", MathSpecial::erfc);
        real(m, "gamma", MathSpecial::gamma);
        real(m, "lgamma", MathSpecial::lgamma);
        real(m, "radians", Math::toRadians);
        m.def("isnan", (self, x) -> PyBool.of(Double.isNaN(toDouble(x))));
        m.def("isinf", (self, x) -> PyBool.of(Double.isInfinite(toDouble(x))));
        m.def("isfinite", (self, x) -> PyBool.of(Double.isFinite(toDouble(x))));
        m.def("floor", (self, x) -> rounding(x, "__floor__", Math::floor));
        m.def("ceil", (self, x) -> rounding(x, "__ceil__", Math::ceil));
        m.def("trunc", (self, x) -> {
            PyObject t = x.type().lookup("__trunc__");
            if (t == null) {
                throw Errors.typeError("type " + x.type().name() + " doesn't define __trunc__ method");
            }
            return Abstract.callBound(t, x);
        });
        m.def("log", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("log", 1, 2).varargs().bind(a, start, kw);
            double r = log(p[0]);
            if (p[1] != null) {
                double b = log(p[1]);
                if (b == 0) {
                    throw Errors.zeroDivisionError("float division by zero");
                }
                r /= b;
            }
            return PyFloat.of(r);
        });
        m.def("log2", (self, x) -> PyFloat.of(log(x, MathModule::log2)));
        m.def("log10", (self, x) -> PyFloat.of(log(x, Math::log10)));
        m.def("pow", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("pow", 2, 2).bind(a, start, kw);
            double x = toDouble(p[0]), y = toDouble(p[1]);
            if (x == 0 && y < 0) {
                throw Errors.valueError("math domain error");
            }
            if (x < 0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.rint(y)) {
                throw Errors.valueError("math domain error");
            }
            double r = Math.pow(x, y);
            if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
                throw Errors.overflowError("math range error");
            }
            return PyFloat.of(r);
        });
        m.def("atan2", (self, a, start, kw) -> two(a, start, kw, "atan2", Math::atan2));
        m.def("copysign", (self, a, start, kw) -> two(a, start, kw, "copysign", Math::copySign));
        m.def("fmod", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("fmod", 2, 2).bind(a, start, kw);
            double x = toDouble(p[0]), y = toDouble(p[1]);
            if (Double.isInfinite(x) && !Double.isNaN(y) || y == 0 && !Double.isNaN(x)) {
                throw Errors.valueError("math domain error");
            }
            return PyFloat.of(x % y);
        });
        m.def("remainder", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("remainder", 2, 2).bind(a, start, kw);
            double x = toDouble(p[0]), y = toDouble(p[1]);
            if (Double.isInfinite(x) && !Double.isNaN(y) || y == 0 && !Double.isNaN(x)) {
                throw Errors.valueError("math domain error");
            }
            return PyFloat.of(Math.IEEEremainder(x, y));
        });
        m.def("hypot", (self, a, start, kw) -> {
            noKeywords("hypot", kw);
            double[] v = new double[a.length - start];
            for (int i = start; i < a.length; i++) {
                v[i - start] = toDouble(a[i]);
            }
            return PyFloat.of(MathSpecial.vectorNorm(v));
        });
        m.def("dist", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("dist", 2, 2).bind(a, start, kw);
            PyObject[] x = Iter.toArray(p[0]), y = Iter.toArray(p[1]);
            if (x.length != y.length) {
                throw Errors.valueError("both points must have the same number of dimensions");
            }
            double[] v = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                v[i] = Math.abs(toDouble(x[i]) - toDouble(y[i]));
            }
            return PyFloat.of(MathSpecial.vectorNorm(v));
        });
        m.def("modf", (self, x) -> {
            double v = toDouble(x);
            if (Double.isInfinite(v)) {
                return PyTuple.of(PyFloat.of(Math.copySign(0.0, v)), PyFloat.of(v));
            }
            double ip = v < 0 ? Math.ceil(v) : Math.floor(v);
            return PyTuple.of(PyFloat.of(Math.copySign(v - ip, v)), PyFloat.of(ip));
        });
        m.def("frexp", (self, x) -> {
            double v = toDouble(x);
            if (v == 0 || !Double.isFinite(v)) {
                return PyTuple.of(PyFloat.of(v), PyInt.of(0));
            }
            int e = Math.getExponent(v) + 1;
            double mant = v / Math.scalb(1.0, e);
            if (Math.abs(mant) < 0.5) { // subnormals
                while (Math.abs(mant) < 0.5) {
                    mant *= 2;
                    e--;
                }
            }
            return PyTuple.of(PyFloat.of(mant), PyInt.of(e));
        });
        m.def("ldexp", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("ldexp", 2, 2).bind(a, start, kw);
            double x = toDouble(p[0]);
            if (!(p[1] instanceof PyInt e)) {
                throw Errors.typeError("Expected an int as second argument to ldexp.");
            }
            long exp = e.isLong() ? e.longValue() : e.signum() * (long) Integer.MAX_VALUE;
            double r = Math.scalb(x, (int) Math.max(Math.min(exp, 100000), -100000));
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw Errors.overflowError("math range error");
            }
            return PyFloat.of(r);
        });
        m.def("isclose", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.clinic("isclose", "a, b, *, rel_tol=1e-09, abs_tol=0.0").bind(a, start, kw);
            double x = toDouble(p[0]), y = toDouble(p[1]);
            double rel = p[2] == null ? 1e-9 : toDouble(p[2]), abs = p[3] == null ? 0 : toDouble(p[3]);
            if (rel < 0 || abs < 0) {
                throw Errors.valueError("tolerances must be non-negative");
            }
            if (x == y) {
                return PyBool.TRUE;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return PyBool.FALSE;
            }
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        });
        m.def("nextafter", (self, a, start, kw) -> two(a, start, kw, "nextafter", Math::nextAfter));
        m.def("ulp", (self, x) -> {
            double v = toDouble(x);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return PyFloat.of(Math.abs(v));
            }
            v = Math.abs(v);
            return PyFloat.of(v == Double.MAX_VALUE ? v - Math.nextDown(v) : Math.nextUp(v) - v);
        });
        m.def("fsum", (self, it) -> {
            BigDecimal sum = BigDecimal.ZERO;
            double special = 0;
            boolean anySpecial = false;
            // The exact sum decides the result; Shewchuk's partials (CPython's algorithm) are
            // kept only to raise where CPython's would overflow on the way.
            double[] partials = new double[8];
            int np = 0;
            for (PyObject o : Iter.toArray(it)) {
                double v = toDouble(o);
                if (!Double.isFinite(v)) {
                    np = 0; // as CPython: an infinity or nan resets the partials
                } else {
                    double x = v;
                    int i = 0;
                    for (int j = 0; j < np; j++) {
                        double y = partials[j];
                        if (Math.abs(x) < Math.abs(y)) {
                            double t = x;
                            x = y;
                            y = t;
                        }
                        double hi = x + y, lo = y - (hi - x);
                        if (lo != 0.0) {
                            partials[i++] = lo;
                        }
                        x = hi;
                    }
                    if (!Double.isFinite(x)) {
                        throw Errors.overflowError("intermediate overflow in fsum");
                    }
                    np = i;
                    if (x != 0.0) {
                        if (np == partials.length) {
                            partials = java.util.Arrays.copyOf(partials, np * 2);
                        }
                        partials[np++] = x;
                    }
                }
                if (!Double.isFinite(v)) {
                    if (anySpecial && !Double.isNaN(special) && Double.isInfinite(v) && v != special) {
                        throw Errors.valueError("-inf + inf in fsum");
                    }
                    special = anySpecial && Double.isNaN(special) ? special : Double.isNaN(v) ? v : v;
                    anySpecial = true;
                    continue;
                }
                sum = sum.add(new BigDecimal(v));
            }
            if (anySpecial) {
                return PyFloat.of(special);
            }
            double r = sum.doubleValue();
            if (Double.isInfinite(r)) {
                throw Errors.overflowError("intermediate overflow in fsum");
            }
            return PyFloat.of(r);
        });
        // Integer functions, exact.
        m.def("factorial", (self, x) -> {
            if (x instanceof PyFloat) {
                throw Errors.typeError("'float' object cannot be interpreted as an integer");
            }
            BigInteger n = Seq.index(x).bigValue();
            if (n.signum() < 0) {
                throw Errors.valueError("factorial() not defined for negative values");
            }
            if (n.bitLength() > 31) {
                throw Errors.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
            }
            return PyInt.of(product(1, n.intValue()));
        });
        m.def("gcd", (self, a, start, kw) -> {
            noKeywords("gcd", kw);
            BigInteger g = BigInteger.ZERO;
            for (int i = start; i < a.length; i++) {
                g = g.gcd(Seq.index(a[i]).bigValue());
            }
            return PyInt.of(g);
        });
        m.def("lcm", (self, a, start, kw) -> {
            noKeywords("lcm", kw);
            BigInteger l = BigInteger.ONE;
            for (int i = start; i < a.length; i++) {
                BigInteger v = Seq.index(a[i]).bigValue().abs();
                if (v.signum() == 0) {
                    l = BigInteger.ZERO;
                } else if (l.signum() != 0) {
                    l = l.divide(l.gcd(v)).multiply(v);
                }
            }
            return PyInt.of(l);
        });
        m.def("isqrt", (self, x) -> {
            BigInteger n = Seq.index(x).bigValue();
            if (n.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(n.sqrt());
        });
        m.def("comb", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("comb", 2, 2).bind(a, start, kw);
            BigInteger n = Seq.index(p[0]).bigValue(), k = Seq.index(p[1]).bigValue();
            if (n.signum() < 0) {
                throw Errors.valueError("n must be a non-negative integer");
            }
            if (k.signum() < 0) {
                throw Errors.valueError("k must be a non-negative integer");
            }
            if (k.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            int kk = n.subtract(k).min(k).intValueExact();
            BigInteger r = BigInteger.ONE;
            for (int i = 0; i < kk; i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1L));
            }
            return PyInt.of(r);
        });
        m.def("perm", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("perm", 1, 2).bind(a, start, kw);
            BigInteger n = Seq.index(p[0]).bigValue();
            BigInteger k = p[1] == null || p[1] == org.taipan.objects.PyNone.INSTANCE ? n : Seq.index(p[1]).bigValue();
            if (n.signum() < 0) {
                throw Errors.valueError("n must be a non-negative integer");
            }
            if (k.signum() < 0) {
                throw Errors.valueError("k must be a non-negative integer");
            }
            if (k.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            BigInteger r = BigInteger.ONE;
            for (BigInteger i = n.subtract(k).add(BigInteger.ONE); i.compareTo(n) <= 0; i = i.add(BigInteger.ONE)) {
                r = r.multiply(i);
            }
            return PyInt.of(r);
        });
        m.def("prod", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.clinic("prod", "iterable, /, *, start=1").bind(a, start, kw);
            PyObject acc = p[1] == null ? PyInt.of(1) : p[1];
            for (PyObject v : Iter.toArray(p[0])) {
                acc = Abstract.binaryOp(acc, v, NumberOp.MULTIPLY);
            }
            return acc;
        });
        return m;
    }

    private static BigInteger product(int lo, int hi) {
        if (hi - lo < 16) {
            BigInteger r = BigInteger.ONE;
            for (int i = Math.max(lo, 1); i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        int mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    private static double domain() {
        throw Errors.valueError("math domain error");
    }

    /** A finite argument that gives an infinite result overflowed. */
    private static double range(double r, double x) {
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw Errors.overflowError("math range error");
        }
        return r;
    }

    private static void real(PyModule m, String name, D1 f) {
        m.def(name, (self, x) -> PyFloat.of(f.apply(toDouble(x))));
    }

    private interface D2 {
        double apply(double a, double b);
    }

    private static PyObject two(PyObject[] a, int start, String[] kw, String name, D2 f) {
        PyObject[] p = ArgParser.unpack(name, 2, 2).bind(a, start, kw);
        return PyFloat.of(f.apply(toDouble(p[0]), toDouble(p[1])));
    }

    /** The argument as a float: a float, an int (which must fit), or anything with __float__ or __index__. */
    static double toDouble(PyObject x) {
        if (x instanceof PyFloat f) {
            return f.value();
        }
        if (x instanceof PyInt i) {
            return intToDouble(i);
        }
        if (x.type().asFloat != null) {
            PyObject f = x.type().asFloat.call(x);
            if (f instanceof PyFloat pf) {
                return pf.value();
            }
            throw Errors.typeError(x.type().name() + ".__float__ returned non-float (type " + f.type().name() + ")");
        }
        if (x.type().index != null) {
            return intToDouble(Seq.index(x));
        }
        throw Errors.typeError("must be real number, not " + x.type().name());
    }

    private static double intToDouble(PyInt i) {
        if (i.isLong()) {
            return i.longValue();
        }
        double d = i.bigValue().doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** Natural log; ints too large for a float are handled through their bit length, as CPython does. */
    private static double log(PyObject x) {
        return log(x, Math::log);
    }

    /**
     * A logarithm as CPython's loghelper takes it: of the value as a double, or for an int too
     * big for a double, of its mantissa m in [0.5, 1) plus e times the logarithm of 2.
     */
    private static double log(PyObject x, D1 func) {
        if (x instanceof PyInt i && !i.isLong()) {
            BigInteger b = i.bigValue();
            if (b.signum() <= 0) {
                throw Errors.valueError("math domain error");
            }
            double v = b.doubleValue();
            if (!Double.isInfinite(v)) {
                return func.apply(v);
            }
            int e = b.bitLength();
            double m = b.shiftRight(e - 60).doubleValue() / 0x1p60; // in [0.5, 1)
            return func.apply(m) + func.apply(2.0) * e;
        }
        double v = toDouble(x);
        if (v <= 0) {
            throw Errors.valueError("math domain error");
        }
        return func.apply(v);
    }

    /** log2, exact for powers of two (the C library's log2 is; Java has none). */
    private static double log2(double v) {
        if (v > 0 && Double.isFinite(v)) {
            int e = Math.getExponent(v);
            if (e >= Double.MIN_EXPONENT && v == Math.scalb(1.0, e)) {
                return e;
            }
        }
        return Math.log(v) / Math.log(2);
    }

    /** floor() and ceil(): a float gives an int, anything else its __floor__/__ceil__, else via float. */
    private static PyObject rounding(PyObject x, String dunder, D1 f) {
        if (!(x instanceof PyFloat)) {
            PyObject m = x.type().lookup(dunder);
            if (m != null) {
                return Abstract.callBound(m, x);
            }
        }
        double v = f.apply(toDouble(x));
        if (Double.isNaN(v)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(v) < 9.0e18) {
            return PyInt.of((long) v);
        }
        return PyInt.of(new BigDecimal(v).toBigInteger());
    }

    /** CPython's METH_FASTCALL functions refuse keywords naming themselves fully. */
    private static void noKeywords(String name, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("math." + name + "() takes no keyword arguments");
        }
    }
}
