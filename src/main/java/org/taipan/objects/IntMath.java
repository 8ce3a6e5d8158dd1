package org.taipan.objects;

import java.math.BigInteger;

/**
 * The arithmetic of {@code int} beyond + - * (which {@link PyInt} keeps inline): division,
 * powers, shifts, bitwise operations, unary operations, conversion to float, and {@code int()}.
 * PyInt's type installs these as its slots.
 */
final class IntMath {

    private IntMath() {}

    private static boolean exactInDouble(long v) {
        return v >= -(1L << 53) && v <= 1L << 53;
    }

    /** int to float, correctly rounded; OverflowError when out of range. */
    static double toDouble(PyInt i) {
        if (i.isLong()) {
            return (double) i.longValue();
        }
        double d = i.bigValue().doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("int too large to convert to float");
        }
        return d;
    }

    static void install(PyType t) {
        t.nb[NumberOp.TRUE_DIVIDE.ordinal()] = IntMath::trueDivide;
        t.nb[NumberOp.FLOOR_DIVIDE.ordinal()] = (v, w) -> divmod(v, w, 0);
        t.nb[NumberOp.REMAINDER.ordinal()] = (v, w) -> divmod(v, w, 1);
        t.nb[NumberOp.DIVMOD.ordinal()] = (v, w) -> divmod(v, w, 2);
        t.nb[NumberOp.POWER.ordinal()] = (v, w) -> pow(v, w, PyNone.INSTANCE);
        t.pow3 = IntMath::pow;
        t.nb[NumberOp.LSHIFT.ordinal()] = IntMath::lshift;
        t.nb[NumberOp.RSHIFT.ordinal()] = IntMath::rshift;
        t.nb[NumberOp.AND.ordinal()] = (v, w) -> bitwise(v, w, '&');
        t.nb[NumberOp.OR.ordinal()] = (v, w) -> bitwise(v, w, '|');
        t.nb[NumberOp.XOR.ordinal()] = (v, w) -> bitwise(v, w, '^');
        t.neg = self -> negate((PyInt) self);
        t.pos = self -> exact((PyInt) self);
        t.abs = self -> ((PyInt) self).signum() < 0 ? negate((PyInt) self) : exact((PyInt) self);
        t.invert = self -> {
            PyInt a = (PyInt) self;
            return a.isLong() && a.longValue() != Long.MIN_VALUE ? PyInt.of(~a.longValue()) : PyInt.of(a.bigValue().not());
        };
        t.asInt = self -> exact((PyInt) self);
        t.asFloat = self -> PyFloat.of(toDouble((PyInt) self));
        t.tpNew = IntMath::construct;
    }

    static void methods(PyType t) {
        PyGetSetDescr.getter(t, "real", self -> exact((PyInt) self));
        PyGetSetDescr.getter(t, "imag", self -> PyInt.of(0));
        PyGetSetDescr.getter(t, "numerator", self -> exact((PyInt) self));
        PyGetSetDescr.getter(t, "denominator", self -> PyInt.of(1));
        t.method("conjugate", self -> exact((PyInt) self));
        t.method("as_integer_ratio", self -> PyTuple.of(exact((PyInt) self), PyInt.of(1)));
        t.method("bit_count", self -> PyInt.of(((PyInt) self).isLong()
                ? Long.bitCount(Math.abs(((PyInt) self).longValue()))
                : ((PyInt) self).bigValue().abs().bitCount()));
        t.method("__trunc__", self -> exact((PyInt) self));
        t.method("__floor__", self -> exact((PyInt) self));
        t.method("__ceil__", self -> exact((PyInt) self));
        t.method("__round__", (self, args, start, kwnames) -> {
            PyObject[] a = ROUND_ARGS.bind(args, start, kwnames);
            if (a[0] == PyNone.INSTANCE) {
                Seq.index(a[0]); // int's ndigits, when given, must be an integer
            }
            return round((PyInt) self, a[0]);
        });
        t.method("__getnewargs__", self -> PyTuple.of(exact((PyInt) self)));
        t.method("to_bytes", (self, args, start, kwnames) -> {
            PyObject[] a = TO_BYTES_ARGS.bind(args, start, kwnames);
            long length = a[0] == null ? 1 : Seq.asSsize(a[0]);
            return new PyBytes(toBytes((PyInt) self, length, littleEndian(a[1], "to_bytes"), a[2] != null && Abstract.isTrue(a[2])));
        });
        Seq.classMethod(t, "from_bytes", (self, args, start, kwnames) -> {
            PyObject[] a = FROM_BYTES_ARGS.bind(args, start, kwnames);
            boolean little = littleEndian(a[1], "from_bytes");
            byte[] b = BytesOps.bytesOrNull(a[0]);
            if (b == null) {
                if (Seq.hasIndex(a[0]) || a[0] instanceof PyStr) { // PyBytes_FromObject takes no counts or strs
                    throw Errors.typeError("cannot convert '" + a[0].type().name() + "' object to bytes");
                }
                b = BytesOps.fromSource(a[0], null, null, true);
            }
            byte[] big = b.clone();
            if (little) {
                for (int i = 0, j = big.length - 1; i < j; i++, j--) {
                    byte x = big[i];
                    big[i] = big[j];
                    big[j] = x;
                }
            }
            BigInteger v = big.length == 0 ? BigInteger.ZERO
                    : a[2] != null && Abstract.isTrue(a[2]) ? new BigInteger(big) : new BigInteger(1, big);
            PyInt r = PyInt.of(v);
            PyType cls = (PyType) self;
            return cls == PyInt.TYPE ? r : cls == PyBool.TYPE ? PyBool.of(r.signum() != 0)
                    : Abstract.call(cls, new PyObject[] {r}, null);
        });
    }

    private static final ArgParser TO_BYTES_ARGS = ArgParser.clinic("to_bytes", "length=1, byteorder='big', *, signed=False");
    private static final ArgParser FROM_BYTES_ARGS = ArgParser.clinic("from_bytes", "bytes, byteorder='big', *, signed=False");

    private static boolean littleEndian(PyObject order, String fn) {
        if (order == null) {
            return false;
        }
        if (!(order instanceof PyStr s)) {
            throw Errors.typeError(fn + "() argument 'byteorder' must be str, not " + Errors.argTypeName(order));
        }
        if (!s.toString().equals("little") && !s.toString().equals("big")) {
            throw Errors.valueError("byteorder must be either 'little' or 'big'");
        }
        return s.toString().equals("little");
    }

    /** {@code int.to_bytes}: two's complement when signed, exactly {@code length} bytes. */
    private static byte[] toBytes(PyInt n, long length, boolean little, boolean signed) {
        if (length < 0) {
            throw Errors.valueError("length argument must be non-negative");
        }
        BigInteger v = n.bigValue();
        if (!signed && v.signum() < 0) {
            throw Errors.overflowError("can't convert negative int to unsigned");
        }
        long bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (v.signum() != 0 && bits > length * 8) {
            throw Errors.overflowError("int too big to convert");
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
        }
        byte[] raw = v.toByteArray(); // big-endian two's complement, minimal
        byte[] out = new byte[(int) length];
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        java.util.Arrays.fill(out, fill);
        int copy = Math.min(raw.length, out.length);
        System.arraycopy(raw, raw.length - copy, out, out.length - copy, copy);
        if (little) {
            for (int i = 0, j = out.length - 1; i < j; i++, j--) {
                byte x = out[i];
                out[i] = out[j];
                out[j] = x;
            }
        }
        return out;
    }

    private static final ArgParser ROUND_ARGS = ArgParser.unpack("__round__", 0, 1);

    /** The value as an exact int (not a bool or other subclass). */
    static PyInt exact(PyInt i) {
        if (i.getClass() == PyInt.class) {
            return i;
        }
        return i.isLong() ? PyInt.of(i.longValue()) : PyInt.of(i.bigValue());
    }

    private static PyInt negate(PyInt a) {
        if (a.isLong() && a.longValue() != Long.MIN_VALUE) {
            return PyInt.of(-a.longValue());
        }
        return PyInt.of(a.bigValue().negate());
    }

    private static PyObject trueDivide(PyObject v, PyObject w) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) {
            return PyNotImplemented.INSTANCE;
        }
        if (b.signum() == 0) {
            throw Errors.zeroDivisionError("division by zero");
        }
        if (a.isLong() && b.isLong() && exactInDouble(a.longValue()) && exactInDouble(b.longValue())) {
            return PyFloat.of((double) a.longValue() / (double) b.longValue());
        }
        BigInteger x = a.bigValue().abs(), y = b.bigValue().abs();
        // a quotient of at least 55 bits, with a sticky bit for the remainder, rounds once, exactly
        int shift = 55 + y.bitLength() - x.bitLength();
        BigInteger[] qr = shift >= 0 ? x.shiftLeft(shift).divideAndRemainder(y)
                : x.divideAndRemainder(y.shiftLeft(-shift));
        BigInteger q = qr[0].shiftLeft(1);
        if (qr[1].signum() != 0) {
            q = q.setBit(0);
        }
        double d = FloatFormat.scaled(q, -(long) shift - 1);
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("integer division result too large for a float");
        }
        // The sign comes from the operands, so that 0 / -(2 ** 70) is -0.0 as CPython has it.
        return PyFloat.of((a.signum() < 0) != (b.signum() < 0) ? -d : d);
    }

    /** which: 0 floor division, 1 remainder, 2 divmod. */
    private static PyObject divmod(PyObject v, PyObject w, int which) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) {
            return PyNotImplemented.INSTANCE;
        }
        if (b.signum() == 0) {
            throw Errors.zeroDivisionError(which == 1 ? "integer modulo by zero" : "integer division or modulo by zero");
        }
        PyInt q, r;
        if (a.isLong() && b.isLong() && !(a.longValue() == Long.MIN_VALUE && b.longValue() == -1)) {
            long x = a.longValue(), y = b.longValue();
            if (which != 2) {
                return PyInt.of(which == 0 ? Math.floorDiv(x, y) : Math.floorMod(x, y));
            }
            q = PyInt.of(Math.floorDiv(x, y));
            r = PyInt.of(Math.floorMod(x, y));
        } else if (which == 1 && b.signum() > 0) {
            return PyInt.of(a.bigValue().mod(b.bigValue()));
        } else if (which == 0 && a.signum() * b.signum() >= 0) { // truncation is floor here
            return PyInt.of(a.bigValue().divide(b.bigValue()));
        } else {
            BigInteger[] qr = a.bigValue().divideAndRemainder(b.bigValue());
            BigInteger qq = qr[0], rr = qr[1];
            if (rr.signum() != 0 && rr.signum() != b.signum()) {
                qq = qq.subtract(BigInteger.ONE);
                rr = rr.add(b.bigValue());
            }
            q = PyInt.of(qq);
            r = PyInt.of(rr);
        }
        return which == 0 ? q : which == 1 ? r : PyTuple.of(q, r);
    }

    private static PyObject pow(PyObject v, PyObject w, PyObject m) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) {
            return PyNotImplemented.INSTANCE;
        }
        if (m != PyNone.INSTANCE) {
            if (!(m instanceof PyInt mod)) {
                return PyNotImplemented.INSTANCE;
            }
            return modPow(a, b, mod);
        }
        if (b.signum() < 0) {
            return PyFloat.pow(toDouble(a), toDouble(b));
        }
        BigInteger base = a.bigValue();
        if (base.abs().compareTo(BigInteger.ONE) <= 0) {
            if (base.signum() >= 0 || b.signum() == 0) {
                return b.signum() == 0 ? PyInt.of(1) : exact(a);
            }
            return PyInt.of(b.bigValue().testBit(0) ? -1 : 1);
        }
        if (!b.isLong() || b.longValue() > Integer.MAX_VALUE) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
        }
        if (a.isLong() && b.longValue() < 64) {
            long r = 1, x = a.longValue();
            int e = (int) b.longValue();
            boolean overflow = false;
            for (int i = 0; i < e && !overflow; i++) {
                long hi = Math.multiplyHigh(r, x);
                long lo = r * x;
                overflow = !((hi == 0 && lo >= 0) || (hi == -1 && lo < 0));
                r = lo;
            }
            if (!overflow) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(base.pow((int) b.longValue()));
    }

    private static PyObject modPow(PyInt a, PyInt b, PyInt m) {
        BigInteger mod = m.bigValue();
        if (mod.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger abs = mod.abs();
        BigInteger base = a.bigValue().mod(abs);
        BigInteger exp = b.bigValue();
        if (exp.signum() < 0) {
            try {
                base = base.modInverse(abs);
            } catch (ArithmeticException e) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        BigInteger r = abs.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(exp, abs);
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return PyInt.of(r);
    }

    private static PyObject lshift(PyObject v, PyObject w) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) {
            return PyNotImplemented.INSTANCE;
        }
        if (b.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return PyInt.of(0);
        }
        if (!b.isLong()) {
            throw Errors.overflowError("too many digits in integer");
        }
        long n = b.longValue();
        if (n > Integer.MAX_VALUE - 64) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
        }
        if (a.isLong() && n < 63) {
            long x = a.longValue();
            long r = x << n;
            if (r >> n == x) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.bigValue().shiftLeft((int) n));
    }

    private static PyObject rshift(PyObject v, PyObject w) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) {
            return PyNotImplemented.INSTANCE;
        }
        if (b.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (!b.isLong() || b.longValue() >= Integer.MAX_VALUE) {
            return PyInt.of(a.signum() < 0 ? -1 : 0);
        }
        long n = b.longValue();
        if (a.isLong()) {
            return PyInt.of(a.longValue() >> Math.min(n, 63));
        }
        return PyInt.of(a.bigValue().shiftRight((int) n));
    }

    private static PyObject bitwise(PyObject v, PyObject w, char op) {
        if (!(v instanceof PyInt a) || !(w instanceof PyInt b)) {
            return PyNotImplemented.INSTANCE;
        }
        if (a instanceof PyBool && b instanceof PyBool) {
            boolean x = a.longValue() != 0, y = b.longValue() != 0;
            return PyBool.of(op == '&' ? x & y : op == '|' ? x | y : x ^ y);
        }
        if (a.isLong() && b.isLong()) {
            long x = a.longValue(), y = b.longValue();
            return PyInt.of(op == '&' ? x & y : op == '|' ? x | y : x ^ y);
        }
        BigInteger x = a.bigValue(), y = b.bigValue();
        return PyInt.of(op == '&' ? x.and(y) : op == '|' ? x.or(y) : x.xor(y));
    }

    /** {@code round(n, ndigits)}: to a multiple of 10**-ndigits, ties to even. */
    private static PyObject round(PyInt n, PyObject ndigits) {
        if (ndigits == null || ndigits == PyNone.INSTANCE) {
            return exact(n);
        }
        PyInt d = Seq.index(ndigits);
        if (d.signum() >= 0) {
            return exact(n);
        }
        if (!d.isLong() || d.longValue() < -100000) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
        }
        BigInteger pow = BigInteger.TEN.pow((int) -d.longValue());
        BigInteger x = n.bigValue();
        BigInteger[] qr = x.divideAndRemainder(pow);
        BigInteger q = qr[0], r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || c == 0 && q.testBit(0)) {
            q = q.add(BigInteger.ONE);
        }
        return PyInt.of(q.multiply(pow));
    }

    // ---- int()

    private static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (args.length > 2) {
            throw Errors.typeError("int() takes at most 2 arguments (" + args.length + " given)");
        }
        PyObject x = npos > 0 ? args[0] : null, base = npos > 1 ? args[1] : null;
        for (int k = 0; k < nkw; k++) {
            if (!kwnames[k].equals("base") || base != null) {
                throw Errors.typeError(kwnames[k].equals("base")
                        ? "argument for int() given by name ('base') and position (2)"
                        : "'" + kwnames[k] + "' is an invalid keyword argument for int()");
            }
            base = args[npos + k];
        }
        PyInt r;
        if (x == null) {
            if (base != null) {
                throw Errors.typeError("int() missing string argument");
            }
            r = PyInt.of(0);
        } else if (base != null) {
            long b = Seq.asSize(base, null);
            if (b != 0 && (b < 2 || b > 36)) {
                throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (x instanceof PyStr s) {
                r = parse(s.toString(), (int) b, x);
            } else if (x instanceof PyBytes || x instanceof PyByteArray) {
                r = parse(new String(BytesOps.bytes(x), java.nio.charset.StandardCharsets.ISO_8859_1), (int) b, x);
            } else {
                throw Errors.typeError("int() can't convert non-string with explicit base");
            }
        } else {
            r = toInt(x);
        }
        return type == PyInt.TYPE ? r : new Derived.Int(type, r);
    }

    /** {@code int(x)} with one argument. */
    static PyInt toInt(PyObject x) {
        if (x.getClass() == PyInt.class) {
            return (PyInt) x;
        }
        Slot.Unary asInt = x.type().asInt; // first, as a subclass of int may override __int__
        if (asInt == null) {
            if (x instanceof PyStr s) {
                return parse(s.toString(), 10, x);
            }
            if (x instanceof PyBytes || x instanceof PyByteArray) {
                return parse(new String(BytesOps.bytes(x), java.nio.charset.StandardCharsets.ISO_8859_1), 10, x);
            }
        }
        if (asInt != null) {
            PyObject r = asInt.call(x);
            if (!(r instanceof PyInt i)) {
                throw Errors.typeError("__int__ returned non-int (type " + r.type().name() + ")");
            }
            if (r.getClass() != PyInt.class) {
                Errors.warnSubclassResult("__int__", r, "int");
            }
            return exact(i);
        }
        if (x.type().index != null) {
            return exact(Seq.index(x));
        }
        PyObject trunc = x.type().lookup("__trunc__");
        if (trunc != null) {
            Errors.warn(ExceptionTypes.DEPRECATION_WARNING, "The delegation of int() to __trunc__ is deprecated.");
            PyObject r = Abstract.callBound(trunc, x);
            if (r instanceof PyInt i) {
                return exact(i);
            }
            return Seq.index(r);
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type().name() + "'");
    }

    /** Parses an int literal as {@code int(s, base)} does. */
    static PyInt parse(String s, int base, PyObject original) {
        PyInt r = parseOrNull(s, base);
        if (r == null) {
            throw Errors.valueError("invalid literal for int() with base " + base + ": " + Abstract.repr(original));
        }
        return r;
    }

    private static PyInt parseOrNull(String s, int base) {
        StringBuilder t = new StringBuilder();
        int lo = 0, hi = s.length();
        while (lo < hi && FloatFormat.isSpace(s.codePointAt(lo))) {
            lo += Character.charCount(s.codePointAt(lo));
        }
        while (hi > lo && FloatFormat.isSpace(s.codePointBefore(hi))) {
            hi -= Character.charCount(s.codePointBefore(hi));
        }
        for (int i = lo; i < hi; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                t.append((char) cp);
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                t.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                return null;
            }
        }
        String str = t.toString();
        int i = 0;
        boolean neg = false;
        if (i < str.length() && (str.charAt(i) == '+' || str.charAt(i) == '-')) {
            neg = str.charAt(i) == '-';
            i++;
        }
        boolean prefixed = false;
        if (str.length() - i >= 2 && str.charAt(i) == '0') {
            char p = Character.toLowerCase(str.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                base = pb;
                i += 2;
                prefixed = true;
            }
        }
        boolean leadingZero = base == 0 && !prefixed;
        if (base == 0) {
            base = 10;
        }
        if (prefixed && i < str.length() && str.charAt(i) == '_') {
            i++; // "0x_1f": one underscore may follow the prefix
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true;
        for (; i < str.length(); i++) {
            char c = str.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    return null;
                }
                lastUnderscore = true;
                continue;
            }
            if (Character.digit(c, base) < 0) {
                return null;
            }
            digits.append(c);
            lastUnderscore = false;
        }
        if (digits.isEmpty() || lastUnderscore) {
            return null;
        }
        if (PyInt.maxStrDigits > 0 && digits.length() > PyInt.maxStrDigits && Integer.bitCount(base) != 1) {
            throw Errors.valueError("Exceeds the limit (" + PyInt.maxStrDigits + " digits) for integer string "
                    + "conversion: value has " + digits.length() + " digits; use sys.set_int_max_str_digits() to "
                    + "increase the limit");
        }
        BigInteger v = new BigInteger(digits.toString(), base);
        if (leadingZero && digits.charAt(0) == '0' && v.signum() != 0) {
            return null; // base 0 rejects "010" as Python 3 source does
        }
        return PyInt.of(neg ? v.negate() : v);
    }
}
