package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyComplex;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyTuple;
import org.taipan.objects.Seq;

/**
 * {@code cmath}: the complex functions with the branch cuts of the library reference (Kahan's
 * formulas, continuous on the cuts from the side of the sign of zero), C99 Annex G special
 * values (in {@link CMathSpecial}), and ValueError/OverflowError as CPython raises them.
 * asin, atan, cos, sin and tan are the hyperbolic functions rotated by i.
 */
public final class CMathModule {
    private CMathModule() {}

    static final double LARGE = Double.MAX_VALUE / 4;       // past this, the formulas would overflow
    static final double SQRT_LARGE = Math.sqrt(LARGE);
    static final double LOG_LARGE = Math.log(LARGE);
    static final double SQRT_MIN = Math.sqrt(Double.MIN_NORMAL);
    static final double LN2 = 0.6931471805599453;

    /** A complex result as two doubles. */
    record C(double re, double im) {}

    @FunctionalInterface
    interface F {
        C apply(double x, double y);
    }

    private static final ArgParser ISCLOSE = ArgParser.clinic("isclose", "a, b, *, rel_tol=1e-09, abs_tol=0.0");
    private static final ArgParser LOG = ArgParser.clinic("log", "z, base=<unrepresentable>, /");
    private static final ArgParser RECT = ArgParser.clinic("rect", "r, phi, /");

    public static PyModule create() {
        PyModule m = new PyModule("cmath", new PyDict());
        m.builtin = true;
        m.set("pi", PyFloat.of(Math.PI));
        m.set("e", PyFloat.of(Math.E));
        m.set("tau", PyFloat.of(2 * Math.PI));
        m.set("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        m.set("nan", PyFloat.of(Double.NaN));
        m.set("infj", new PyComplex(0.0, Double.POSITIVE_INFINITY));
        m.set("nanj", new PyComplex(0.0, Double.NaN));
        def(m, "exp", CMathSpecial.EXP, CMathModule::exp);
        m.def("log10", (self, z) -> {
            PyComplex c = toComplex(z);
            C r = CMathSpecial.call(CMathSpecial.LOG, CMathModule::log, c.real, c.imag);
            return new PyComplex(r.re / Math.log(10), r.im / Math.log(10));
        });
        def(m, "sqrt", CMathSpecial.SQRT, CMathModule::sqrt);
        def(m, "acos", CMathSpecial.ACOS, CMathModule::acos);
        def(m, "acosh", CMathSpecial.ACOSH, CMathModule::acosh);
        def(m, "asinh", CMathSpecial.ASINH, CMathModule::asinh);
        def(m, "atanh", CMathSpecial.ATANH, CMathModule::atanh);
        def(m, "cosh", CMathSpecial.COSH, CMathModule::cosh);
        def(m, "sinh", CMathSpecial.SINH, CMathModule::sinh);
        def(m, "tanh", CMathSpecial.TANH, CMathModule::tanh);
        // f(z) = -i g(iz) or g(iz) for the circular functions
        rotated(m, "asin", CMathSpecial.ASINH, CMathModule::asinh);
        rotated(m, "atan", CMathSpecial.ATANH, CMathModule::atanh);
        rotated(m, "sin", CMathSpecial.SINH, CMathModule::sinh);
        rotated(m, "tan", CMathSpecial.TANH, CMathModule::tanh);
        m.def("cos", (self, z) -> {
            PyComplex c = toComplex(z);
            return box(CMathSpecial.call(CMathSpecial.COSH, CMathModule::cosh, -c.imag, c.real));
        });
        m.def("log", (self, args, start, kw) -> {
            PyObject[] a = LOG.bind(args, start, kw);
            PyComplex z = toComplex(a[0]);
            C r = CMathSpecial.call(CMathSpecial.LOG, CMathModule::log, z.real, z.imag);
            if (a[1] != null) {
                PyComplex b = toComplex(a[1]);
                C lb = CMathSpecial.call(CMathSpecial.LOG, CMathModule::log, b.real, b.imag);
                if (lb.re == 0 && lb.im == 0) {
                    throw domain(); // CPython's complex quotient reports division by zero as EDOM
                }
                return Abstract.binaryOp(box(r), box(lb), org.taipan.objects.NumberOp.TRUE_DIVIDE);
            }
            return box(r);
        });
        m.def("phase", (self, z) -> {
            PyComplex c = toComplex(z);
            return PyFloat.of(Math.atan2(c.imag, c.real));
        });
        m.def("polar", (self, z) -> {
            PyComplex c = toComplex(z);
            double r = hypot(c.real, c.imag);
            if (Double.isInfinite(r) && Double.isFinite(c.real) && Double.isFinite(c.imag)) {
                throw Errors.overflowError("absolute value too large");
            }
            return PyTuple.of(PyFloat.of(r), PyFloat.of(Math.atan2(c.imag, c.real)));
        });
        m.def("rect", (self, args, start, kw) -> {
            PyObject[] a = RECT.bind(args, start, kw);
            double r = toDouble(a[0]), phi = toDouble(a[1]);
            return box(CMathSpecial.call(CMathSpecial.RECT, (x, y) -> new C(x * Math.cos(y), x * Math.sin(y)), r, phi));
        });
        m.def("isfinite", (self, z) -> {
            PyComplex c = toComplex(z);
            return PyBool.of(Double.isFinite(c.real) && Double.isFinite(c.imag));
        });
        m.def("isinf", (self, z) -> {
            PyComplex c = toComplex(z);
            return PyBool.of(Double.isInfinite(c.real) || Double.isInfinite(c.imag));
        });
        m.def("isnan", (self, z) -> {
            PyComplex c = toComplex(z);
            return PyBool.of(Double.isNaN(c.real) || Double.isNaN(c.imag));
        });
        m.def("isclose", (self, args, start, kw) -> {
            PyObject[] a = ISCLOSE.bind(args, start, kw);
            PyComplex x = toComplex(a[0]), y = toComplex(a[1]);
            double rel = a[2] == null ? 1e-9 : toDouble(a[2]), abs = a[3] == null ? 0.0 : toDouble(a[3]);
            if (rel < 0 || abs < 0) {
                throw Errors.valueError("tolerances must be non-negative");
            }
            if (x.real == y.real && x.imag == y.imag) {
                return PyBool.TRUE;
            }
            if (Double.isInfinite(x.real) || Double.isInfinite(x.imag) || Double.isInfinite(y.real) || Double.isInfinite(y.imag)) {
                return PyBool.FALSE;
            }
            double diff = hypot(x.real - y.real, x.imag - y.imag);
            return PyBool.of(diff <= rel * hypot(y.real, y.imag) || diff <= rel * hypot(x.real, x.imag) || diff <= abs);
        });
        return m;
    }

    private static void def(PyModule m, String name, String table, F f) {
        m.def(name, (self, z) -> {
            PyComplex c = toComplex(z);
            return box(CMathSpecial.call(table, f, c.real, c.imag));
        });
    }

    /** f(z) = -i g(iz): g at (-y, x), result (im, -re). */
    private static void rotated(PyModule m, String name, String table, F g) {
        m.def(name, (self, z) -> {
            PyComplex c = toComplex(z);
            C r = CMathSpecial.call(table, g, -c.imag, c.real);
            return new PyComplex(r.im, -r.re);
        });
    }

    private static PyComplex box(C c) {
        return new PyComplex(c.re, c.im);
    }

    static PyException domain() {
        return Errors.valueError("math domain error");
    }

    static PyException range() {
        return Errors.overflowError("math range error");
    }

    private static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value();
        }
        if (o.type().asFloat == null && !Seq.hasIndex(o)) {
            throw Errors.typeError("must be real number, not " + o.type().name());
        }
        return ((PyFloat) PyFloat.TYPE.tpNew.call(PyFloat.TYPE, new PyObject[] {o}, null)).value();
    }

    /** PyComplex_AsCComplex: a complex, __complex__, or a real number. */
    static PyComplex toComplex(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o.type().lookup("__complex__") != null) {
            return (PyComplex) PyComplex.TYPE.tpNew.call(PyComplex.TYPE, new PyObject[] {o}, null);
        }
        return new PyComplex(toDouble(o), 0.0);
    }

    // ---- the finite cases

    static C exp(double x, double y) {
        double l;
        C r;
        if (x > LOG_LARGE) {
            l = Math.exp(x - 1);
            r = new C(l * Math.cos(y) * Math.E, l * Math.sin(y) * Math.E);
        } else {
            l = Math.exp(x);
            r = new C(l * Math.cos(y), y == 0 ? y : l * Math.sin(y));
        }
        if (Double.isInfinite(r.re) || Double.isInfinite(r.im)) {
            throw range();
        }
        return r;
    }

    static C log(double x, double y) {
        double ax = Math.abs(x), ay = Math.abs(y), re;
        if (ax > LARGE || ay > LARGE) {
            re = Math.log(hypot(ax / 2, ay / 2)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax == 0 && ay == 0) {
                throw domain();
            }
            re = Math.log(hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
        } else {
            double h = hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = Math.max(ax, ay), an = Math.min(ax, ay);
                re = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
            } else {
                re = Math.log(h);
            }
        }
        return new C(re, Math.atan2(y, x));
    }

    static C sqrt(double x, double y) {
        if (x == 0 && y == 0) {
            return new C(0.0, y);
        }
        double ax = Math.abs(x), ay = Math.abs(y), s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            // subnormal: scale by 2**54 so that hypot keeps its precision, and back by 2**-27
            double sx = Math.scalb(ax, 54);
            s = Math.scalb(Math.sqrt((sx + hypot(sx, Math.scalb(ay, 54))) / 2), -27);
        } else {
            ax /= 8;
            s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
        }
        double d = ay / (2 * s);
        return x >= 0 ? new C(s, Math.copySign(d, y)) : new C(d, Math.copySign(s, y));
    }

    static C acos(double x, double y) {
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double re = Math.atan2(Math.abs(y), x);
            double l = Math.log(hypot(x / 2, y / 2)) + 2 * LN2;
            return new C(re, x < 0 ? -Math.copySign(l, y) : Math.copySign(l, -y));
        }
        C s1 = sqrt(1 - x, -y), s2 = sqrt(1 + x, y);
        return new C(2 * Math.atan2(s1.re, s2.re), asinhReal(s2.re * s1.im - s2.im * s1.re));
    }

    static C acosh(double x, double y) {
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            return new C(Math.log(hypot(x / 2, y / 2)) + 2 * LN2, Math.atan2(y, x));
        }
        C s1 = sqrt(x - 1, y), s2 = sqrt(x + 1, y);
        return new C(asinhReal(s1.re * s2.re + s1.im * s2.im), 2 * Math.atan2(s1.im, s2.re));
    }

    static C asinh(double x, double y) {
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double l = Math.log(hypot(x / 2, y / 2)) + 2 * LN2;
            return new C(y >= 0 ? Math.copySign(l, x) : -Math.copySign(l, -x), Math.atan2(y, Math.abs(x)));
        }
        C s1 = sqrt(1 + y, -x), s2 = sqrt(1 - y, x);
        return new C(asinhReal(s1.re * s2.im - s2.re * s1.im), Math.atan2(y, s1.re * s2.re - s1.im * s2.im));
    }

    static C atanh(double x, double y) {
        if (x < 0) {
            C r = atanh(-x, -y);
            return new C(-r.re, -r.im);
        }
        double ay = Math.abs(y);
        if (x > SQRT_LARGE || ay > SQRT_LARGE) {
            double h = hypot(x / 2, y / 2);
            return new C(x / 4 / h / h, -Math.copySign(Math.PI / 2, -y));
        }
        if (x == 1 && ay < SQRT_MIN) {
            if (ay == 0) {
                throw domain();
            }
            return new C(-Math.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), Math.copySign(Math.atan2(2, -ay) / 2, y));
        }
        return new C(Math.log1p(4 * x / ((1 - x) * (1 - x) + ay * ay)) / 4, -Math.atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2);
    }

    static C cosh(double x, double y) {
        C r;
        if (Math.abs(x) > LOG_LARGE) {
            double xm1 = x - Math.copySign(1, x);
            r = new C(Math.cos(y) * Math.cosh(xm1) * Math.E, Math.sin(y) * Math.sinh(xm1) * Math.E);
        } else {
            r = new C(Math.cos(y) * Math.cosh(x), Math.sin(y) * Math.sinh(x));
        }
        if (Double.isInfinite(r.re) || Double.isInfinite(r.im)) {
            throw range();
        }
        return r;
    }

    static C sinh(double x, double y) {
        C r;
        if (Math.abs(x) > LOG_LARGE) {
            double xm1 = x - Math.copySign(1, x);
            r = new C(Math.cos(y) * Math.sinh(xm1) * Math.E, Math.sin(y) * Math.cosh(xm1) * Math.E);
        } else {
            r = new C(Math.cos(y) * Math.sinh(x), Math.sin(y) * Math.cosh(x));
        }
        if (Double.isInfinite(r.re) || Double.isInfinite(r.im)) {
            throw range();
        }
        return r;
    }

    static C tanh(double x, double y) {
        if (Math.abs(x) > LOG_LARGE) {
            return new C(Math.copySign(1, x), 4 * Math.sin(y) * Math.cos(y) * Math.exp(-2 * Math.abs(x)));
        }
        double tx = Math.tanh(x), ty = Math.tan(y), cx = 1 / Math.cosh(x), txty = tx * ty;
        double denom = 1 + txty * txty;
        return new C(tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    /** The correctly rounded hypot of math.hypot (Java's is only within an ulp). */
    static double hypot(double a, double b) {
        return MathSpecial.vectorNorm(new double[] {a, b});
    }

    /** Real asinh, accurate near zero (Java has none). */
    static double asinhReal(double x) {
        double a = Math.abs(x), r;
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x + x;
        }
        if (a < 0x1p-28) {
            return x;
        }
        if (a > 0x1p28) {
            r = Math.log(a) + LN2;
        } else if (a > 2) {
            r = Math.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
        } else {
            double t = x * x;
            r = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(r, x);
    }
}
