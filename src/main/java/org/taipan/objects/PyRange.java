package org.taipan.objects;

import java.math.BigInteger;

/** {@code range}: start, stop and step of any size, with the length computed once. */
public final class PyRange extends PyObject {
    private static final ArgParser NEW_ARGS = ArgParser.unpack("range", 1, 3);

    public static final PyType TYPE = PyType.builtin("range", PyRange.class, PyType.OBJECT, 0, t -> {
        t.repr = self -> {
            PyRange r = (PyRange) self;
            return PyStr.of("range(" + r.start + ", " + r.stop
                    + (r.step.equals(BigInteger.ONE) ? "" : ", " + r.step) + ")");
        };
        t.hash = PyRange::hash;
        t.richCompare = PyRange::richCompare;
        t.bool = self -> ((PyRange) self).length.signum() != 0;
        t.length = self -> {
            BigInteger n = ((PyRange) self).length;
            if (n.bitLength() >= 64) {
                throw Errors.overflowError("Python int too large to convert to C ssize_t");
            }
            return n.longValue();
        };
        t.getitem = PyRange::getItem;
        t.contains = (self, x) -> ((PyRange) self).contains(x);
        t.iter = self -> ((PyRange) self).iterator(false);
        t.tpNew = (type, args, kwnames) -> {
            Seq.noKeywords("range", kwnames);
            PyObject[] a = NEW_ARGS.bind(args, 0, kwnames);
            if (a[1] == null) {
                return new PyRange(BigInteger.ZERO, Seq.index(a[0]).bigValue(), BigInteger.ONE);
            }
            BigInteger step = a[2] == null ? BigInteger.ONE : Seq.index(a[2]).bigValue();
            BigInteger start = Seq.index(a[0]).bigValue(), stop = Seq.index(a[1]).bigValue();
            if (step.signum() == 0) {
                throw Errors.valueError("range() arg 3 must not be zero");
            }
            return new PyRange(start, stop, step);
        };
    }, t -> {
        PyGetSetDescr.member(t, "start", self -> PyInt.of(((PyRange) self).start));
        PyGetSetDescr.member(t, "stop", self -> PyInt.of(((PyRange) self).stop));
        PyGetSetDescr.member(t, "step", self -> PyInt.of(((PyRange) self).step));
        t.method("__reversed__", self -> ((PyRange) self).iterator(true));
        t.method("__reduce__", self -> {
            PyRange r = (PyRange) self;
            return PyTuple.of(self.type(), PyTuple.of(PyInt.of(r.start), PyInt.of(r.stop), PyInt.of(r.step)));
        });
        t.method("count", (self, x) -> {
            PyRange r = (PyRange) self;
            if (isExactInt(x)) {
                return PyInt.of(r.contains(x) ? 1 : 0);
            }
            long n = 0;
            PyObject it = r.iterator(false);
            for (PyObject v = Iter.next(it); v != null; v = Iter.next(it)) {
                if (Abstract.richCompareBool(v, x, CompareOp.EQ)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        t.method("index", (self, x) -> {
            PyRange r = (PyRange) self;
            if (isExactInt(x)) {
                if (!r.contains(x)) {
                    throw Errors.valueError(Abstract.repr(x) + " is not in range");
                }
                return PyInt.of(((PyInt) x).bigValue().subtract(r.start).divide(r.step));
            }
            long i = 0;
            PyObject it = r.iterator(false);
            for (PyObject v = Iter.next(it); v != null; v = Iter.next(it), i++) {
                if (Abstract.richCompareBool(v, x, CompareOp.EQ)) {
                    return PyInt.of(i);
                }
            }
            throw Errors.valueError("sequence.index(x): x not in sequence");
        });
    });

    private final BigInteger start, stop, step, length;

    public PyRange(BigInteger start, BigInteger stop, BigInteger step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        this.length = span.signum() <= 0 ? BigInteger.ZERO
                : span.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static boolean isExactInt(PyObject x) {
        return x.type() == PyInt.TYPE || x.type() == PyBool.TYPE;
    }

    private BigInteger item(BigInteger i) {
        return start.add(i.multiply(step));
    }

    private boolean contains(PyObject x) {
        if (!isExactInt(x)) {
            PyObject it = iterator(false);
            for (PyObject v = Iter.next(it); v != null; v = Iter.next(it)) {
                if (Abstract.richCompareBool(v, x, CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        }
        BigInteger v = ((PyInt) x).bigValue();
        boolean inside = step.signum() > 0 ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0
                : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
        return inside && v.subtract(start).mod(step.abs()).signum() == 0;
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        PyRange r = (PyRange) self;
        if (key instanceof PySlice s) {
            PyTuple idx = (PyTuple) Abstract.callBound(PySlice.TYPE.lookup("indices"), s, PyInt.of(r.length));
            BigInteger lo = ((PyInt) idx.get(0)).bigValue(), hi = ((PyInt) idx.get(1)).bigValue();
            BigInteger st = ((PyInt) idx.get(2)).bigValue();
            return new PyRange(r.item(lo), r.item(hi), r.step.multiply(st));
        }
        if (!Seq.hasIndex(key)) {
            throw Seq.indicesError("range", key);
        }
        BigInteger i = Seq.index(key).bigValue();
        if (i.signum() < 0) {
            i = i.add(r.length);
        }
        if (i.signum() < 0 || i.compareTo(r.length) >= 0) {
            throw Errors.indexError("range object index out of range");
        }
        return PyInt.of(r.item(i));
    }

    /** Ranges are equal when they produce the same sequence. */
    private static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        if (!(w instanceof PyRange b) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.INSTANCE;
        }
        PyRange a = (PyRange) v;
        boolean eq;
        if (a == b) {
            eq = true;
        } else if (!a.length.equals(b.length)) {
            eq = false;
        } else if (a.length.signum() == 0) {
            eq = true;
        } else if (!a.start.equals(b.start)) {
            eq = false;
        } else {
            eq = a.length.equals(BigInteger.ONE) || a.step.equals(b.step);
        }
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    private static long hash(PyObject self) {
        PyRange r = (PyRange) self;
        PyObject len = PyInt.of(r.length);
        PyTuple t;
        if (r.length.signum() == 0) {
            t = PyTuple.of(len, PyNone.INSTANCE, PyNone.INSTANCE);
        } else if (r.length.equals(BigInteger.ONE)) {
            t = PyTuple.of(len, PyInt.of(r.start), PyNone.INSTANCE);
        } else {
            t = PyTuple.of(len, PyInt.of(r.start), PyInt.of(r.step));
        }
        return Abstract.hash(t);
    }

    private PyObject iterator(boolean reverse) {
        BigInteger first = reverse ? item(length.subtract(BigInteger.ONE)) : start;
        BigInteger st = reverse ? step.negate() : step;
        if (length.signum() == 0) {
            first = start;
        }
        BigInteger end = first.add(st.multiply(length));
        if (first.bitLength() < 64 && st.bitLength() < 64 && length.bitLength() < 64 && end.bitLength() < 64) {
            return new PyRangeIterator(first.longValue(), st.longValue(), length.longValue());
        }
        return new PyRangeIterator(first, st, length);
    }
}
