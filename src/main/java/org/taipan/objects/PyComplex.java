package org.taipan.objects;

import org.taipan.util.PyRepr;

/** {@code complex}: a pair of doubles with Python's arithmetic; only == and != compare. */
public class PyComplex extends PyObject {
    private static final ArgParser NEW_ARGS = ArgParser.clinic("complex", "real=0, imag=0");

    public static final PyType TYPE = PyType.builtin("complex", PyComplex.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.repr = self -> PyStr.of(PyRepr.complex(((PyComplex) self).real, ((PyComplex) self).imag));
        t.hash = PyComplex::hash;
        t.bool = self -> ((PyComplex) self).real != 0 || ((PyComplex) self).imag != 0;
        t.richCompare = PyComplex::richCompare;
        t.neg = self -> new PyComplex(-((PyComplex) self).real, -((PyComplex) self).imag);
        t.pos = self -> self.type() == PyComplex.TYPE ? self : new PyComplex(((PyComplex) self).real, ((PyComplex) self).imag);
        t.abs = self -> {
            PyComplex c = (PyComplex) self;
            double r = Math.hypot(c.real, c.imag);
            if (Double.isInfinite(r) && !Double.isInfinite(c.real) && !Double.isInfinite(c.imag)) {
                throw Errors.overflowError("absolute value too large");
            }
            return PyFloat.of(r);
        };
        t.nb[NumberOp.ADD.ordinal()] = (v, w) -> arith(v, w, '+');
        t.nb[NumberOp.SUBTRACT.ordinal()] = (v, w) -> arith(v, w, '-');
        t.nb[NumberOp.MULTIPLY.ordinal()] = (v, w) -> arith(v, w, '*');
        t.nb[NumberOp.TRUE_DIVIDE.ordinal()] = (v, w) -> arith(v, w, '/');
        t.nb[NumberOp.POWER.ordinal()] = (v, w) -> arith(v, w, '^');
        t.pow3 = (a, b, c) -> {
            if (c != PyNone.INSTANCE) {
                throw Errors.valueError("complex modulo");
            }
            return arith(a, b, '^');
        };
        t.tpNew = PyComplex::construct;
    }, t -> {
        PyGetSetDescr.member(t, "real", self -> PyFloat.of(((PyComplex) self).real));
        PyGetSetDescr.member(t, "imag", self -> PyFloat.of(((PyComplex) self).imag));
        t.method("conjugate", self -> new PyComplex(((PyComplex) self).real, -((PyComplex) self).imag));
        t.method("__complex__", self -> self.type() == t ? self
                : new PyComplex(((PyComplex) self).real, ((PyComplex) self).imag));
        t.method("__format__", (self, spec) -> {
            String s = StrMethods.formatSpec(spec);
            PyComplex c = (PyComplex) self;
            return s.isEmpty() ? Abstract.str(self) : PyStr.of(NumberFormat.formatComplex(c.real, c.imag, s));
        });
        t.method("__getnewargs__", self -> PyTuple.of(PyFloat.of(((PyComplex) self).real),
                PyFloat.of(((PyComplex) self).imag)));
    });

    public final double real, imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** An operand of mixed arithmetic as a complex, or null if it is not a number. */
    private static PyComplex asComplex(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyFloat f) {
            return new PyComplex(f.value(), 0.0);
        }
        if (o instanceof PyInt i) {
            return new PyComplex(IntMath.toDouble(i), 0.0);
        }
        return null;
    }

    private static long hash(PyObject self) {
        PyComplex c = (PyComplex) self;
        long hr = PyFloat.hash(c.real, self), hi = PyFloat.hash(c.imag, self);
        long h = hr + 1000003L * hi;
        return h == -1 ? -2 : h;
    }

    private static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.INSTANCE;
        }
        PyComplex a = (PyComplex) v;
        boolean eq;
        if (w instanceof PyInt i) {
            eq = a.imag == 0 && !Double.isNaN(a.real) && PyFloat.compareWithInt(a.real, i) == 0;
        } else if (w instanceof PyFloat f) {
            eq = a.imag == 0 && a.real == f.value();
        } else if (w instanceof PyComplex b) {
            eq = a.real == b.real && a.imag == b.imag;
        } else {
            return PyNotImplemented.INSTANCE;
        }
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    private static PyObject arith(PyObject v, PyObject w, char op) {
        PyComplex a = asComplex(v), b = asComplex(w);
        if (a == null || b == null) {
            return PyNotImplemented.INSTANCE;
        }
        return switch (op) {
            case '+' -> new PyComplex(a.real + b.real, a.imag + b.imag);
            case '-' -> new PyComplex(a.real - b.real, a.imag - b.imag);
            case '*' -> multiply(a, b);
            case '/' -> {
                PyComplex q = divide(a, b);
                if (q == null) {
                    throw Errors.zeroDivisionError("complex division by zero");
                }
                yield q;
            }
            default -> pow(a, b);
        };
    }

    private static PyComplex multiply(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    /** Smith's algorithm, scaling by the larger component of the divisor; null when dividing by zero. */
    private static PyComplex divide(PyComplex a, PyComplex b) {
        double br = Math.abs(b.real), bi = Math.abs(b.imag);
        if (br >= bi) {
            if (br == 0) {
                return null;
            }
            double ratio = b.imag / b.real, denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (bi >= br) {
            double ratio = b.real / b.imag, denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    /** {@code a ** b}: repeated squaring for small integral exponents, polar form otherwise. */
    static PyObject pow(PyComplex a, PyComplex b) {
        PyComplex r;
        boolean domainError = false;
        if (b.imag == 0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100) {
            long n = (long) b.real;
            if (n >= 0) {
                r = powUnsigned(a, n);
            } else {
                r = divide(new PyComplex(1, 0), powUnsigned(a, -n));
                if (r == null) {
                    domainError = true;
                }
            }
        } else if (b.real == 0 && b.imag == 0) {
            r = new PyComplex(1, 0);
        } else if (a.real == 0 && a.imag == 0) {
            domainError = b.imag != 0 || b.real < 0;
            r = new PyComplex(0, 0);
        } else {
            double vabs = Math.hypot(a.real, a.imag);
            double len = Math.pow(vabs, b.real);
            double at = Math.atan2(a.imag, a.real);
            double phase = at * b.real;
            if (b.imag != 0) {
                len /= Math.exp(at * b.imag);
                phase += b.imag * Math.log(vabs);
            }
            r = new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
            // C's cos and sin of an infinite angle set errno to EDOM, which CPython reports as below
            domainError = Double.isInfinite(phase);
        }
        if (domainError) {
            throw Errors.zeroDivisionError("0.0 to a negative or complex power");
        }
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
            throw Errors.overflowError("complex exponentiation");
        }
        return r;
    }

    private static PyComplex powUnsigned(PyComplex x, long n) {
        PyComplex r = new PyComplex(1, 0), p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                r = multiply(r, p);
            }
            p = multiply(p, p);
        }
        return r;
    }

    // ---- complex()

    private static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        PyComplex c = (PyComplex) construct(args, kwnames);
        return type == PyComplex.TYPE ? c : new Derived.Complex(type, c.real, c.imag);
    }

    private static PyObject construct(PyObject[] args, String[] kwnames) {
        PyObject[] a = NEW_ARGS.bind(args, 0, kwnames);
        PyObject re = a[0], im = a[1];
        if (re instanceof PyStr s) {
            if (im != null) {
                throw Errors.typeError("complex() can't take second arg if first is a string");
            }
            return parse(s.toString());
        }
        if (im instanceof PyStr) {
            throw Errors.typeError("complex() second arg can't be a string");
        }
        if (re == null) {
            re = PyInt.of(0);
        }
        if (re.type() == PyComplex.TYPE && im == null) {
            return re;
        }
        PyComplex cr = toComplex(re, "complex() first argument must be a string or a number, not '");
        if (im == null) {
            return cr.getClass() == PyComplex.class ? cr : new PyComplex(cr.real, cr.imag);
        }
        PyComplex ci = toComplex(im, "complex() second argument must be a number, not '");
        // only complex parts contribute their imaginary parts (so that signed zeros survive)
        double real = im instanceof PyComplex ? cr.real - ci.imag : cr.real;
        double imag = re instanceof PyComplex ? ci.real + cr.imag : ci.real;
        return new PyComplex(real, imag);
    }

    private static PyComplex toComplex(PyObject o, String error) {
        if (o instanceof PyComplex c) {
            return c;
        }
        PyObject m = o.type().lookup("__complex__");
        if (m != null) {
            PyObject r = Abstract.callBound(m, o);
            if (!(r instanceof PyComplex c)) {
                throw Errors.typeError("__complex__ returned non-complex (type " + r.type().name() + ")");
            }
            if (r.getClass() != PyComplex.class) {
                Errors.warnSubclassResult("__complex__", r, "complex");
            }
            return c;
        }
        if (o instanceof PyFloat || o instanceof PyInt || o.type().asFloat != null || o.type().index != null) {
            return new PyComplex(PyFloat.toDouble(o, error), 0.0);
        }
        throw Errors.typeError(error + o.type().name() + "'");
    }

    /** {@code complex("1+2j")}: optional parentheses and whitespace around, none inside. */
    private static PyComplex parse(String s) {
        String t = s.strip();
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        PyComplex c = t.isEmpty() ? null : parseBody(t);
        if (c == null) {
            throw Errors.valueError("complex() arg is a malformed string");
        }
        return c;
    }

    private static PyComplex parseBody(String t) {
        char last = t.charAt(t.length() - 1);
        if (last != 'j' && last != 'J') {
            Double re = number(t);
            return re == null ? null : new PyComplex(re, 0.0);
        }
        String body = t.substring(0, t.length() - 1);
        // the split between the parts is a sign not preceded by 'e'
        for (int i = body.length() - 1; i > 0; i--) {
            char c = body.charAt(i);
            char prev = body.charAt(i - 1);
            if ((c == '+' || c == '-') && prev != 'e' && prev != 'E') {
                Double re = number(body.substring(0, i));
                Double im = imagPart(body.substring(i));
                return re == null || im == null ? null : new PyComplex(re, im);
            }
        }
        Double im = imagPart(body);
        return im == null ? null : new PyComplex(0.0, im);
    }

    private static Double imagPart(String s) {
        if (s.isEmpty() || s.equals("+")) {
            return 1.0;
        }
        if (s.equals("-")) {
            return -1.0;
        }
        return number(s);
    }

    private static Double number(String s) {
        if (s.isEmpty() || !s.strip().equals(s)) {
            return null;
        }
        try {
            return FloatFormat.parse(s, PyStr.of(s));
        } catch (PyException e) {
            return null;
        }
    }
}
