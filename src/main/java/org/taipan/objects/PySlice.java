package org.taipan.objects;

import java.math.BigInteger;

/** {@code slice}, and the normalisation of slices against a sequence length that sequences share. */
public final class PySlice extends PyObject {
    private static final ArgParser ARGS = ArgParser.unpack("slice", 1, 3);

    public static final PyType TYPE = PyType.builtin("slice", PySlice.class, PyType.OBJECT, 0, t -> {
        t.repr = self -> {
            PySlice s = (PySlice) self;
            return PyStr.of("slice(" + Abstract.repr(s.start) + ", " + Abstract.repr(s.stop) + ", "
                    + Abstract.repr(s.step) + ")");
        };
        t.hash = null;
        t.richCompare = (v, w, op) -> v instanceof PySlice a && w instanceof PySlice b
                ? Abstract.richCompare(a.asTuple(), b.asTuple(), op) : PyNotImplemented.INSTANCE;
        t.tpNew = (type, args, kwnames) -> {
            PyObject[] a = ARGS.bind(args, 0, kwnames);
            return a[1] == null ? new PySlice(PyNone.INSTANCE, a[0], PyNone.INSTANCE)
                    : new PySlice(a[0], a[1], a[2] == null ? PyNone.INSTANCE : a[2]);
        };
    }, t -> {
        PyGetSetDescr.member(t, "start", self -> ((PySlice) self).start);
        PyGetSetDescr.member(t, "stop", self -> ((PySlice) self).stop);
        PyGetSetDescr.member(t, "step", self -> ((PySlice) self).step);
        t.method("indices", PySlice::indices);
        t.method("__reduce__", self -> {
            PySlice s = (PySlice) self;
            return PyTuple.of(self.type(), PyTuple.of(s.start, s.stop, s.step));
        });
    });

    public final PyObject start, stop, step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyTuple asTuple() {
        return PyTuple.of(start, stop, step);
    }

    /** A slice resolved against a length: the items it selects are start + i*step for i < length. */
    public record Bounds(long start, long stop, long step, long length) {}

    /**
     * For a slice with no step over a sequence of {@code size} items: where its start
     * ({@code stop} false) or stop is, adjusted as {@link #bounds} adjusts it, when it is None or
     * an exact int that fits a long; else {@link Long#MIN_VALUE} (then use {@link #bounds}).
     * Lets {@code s[a:b]} skip the Bounds record.
     */
    public long simpleEnd(boolean stop, long size) {
        PyObject o = stop ? this.stop : start;
        if (o == PyNone.INSTANCE) {
            return stop ? size : 0;
        }
        if (o.getClass() != PyInt.class || !((PyInt) o).isLong()) {
            return Long.MIN_VALUE;
        }
        long v = ((PyInt) o).longValue();
        return v < 0 ? Math.max(v + size, 0) : Math.min(v, size);
    }

    /** CPython's PySlice_Unpack followed by PySlice_AdjustIndices. */
    public Bounds bounds(long size) {
        long st;
        if (step == PyNone.INSTANCE) {
            st = 1;
        } else {
            st = sliceIndex(step);
            if (st == 0) {
                throw Errors.valueError("slice step cannot be zero");
            }
            st = Math.max(st, -Long.MAX_VALUE);
        }
        long lo = start == PyNone.INSTANCE ? (st < 0 ? Long.MAX_VALUE : 0) : sliceIndex(start);
        long hi = stop == PyNone.INSTANCE ? (st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sliceIndex(stop);
        lo = adjust(lo, size, st);
        hi = adjust(hi, size, st);
        long n;
        if (st < 0) {
            n = hi < lo ? (lo - hi - 1) / -st + 1 : 0;
        } else {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        }
        return new Bounds(lo, hi, st, n);
    }

    private static long adjust(long i, long size, long step) {
        if (i < 0) {
            i += size;
            if (i < 0) {
                i = step < 0 ? -1 : 0;
            }
        } else if (i >= size) {
            i = step < 0 ? size - 1 : size;
        }
        return i;
    }

    /** A slice bound: an index-like value clamped to the long range. */
    private static long sliceIndex(PyObject v) {
        if (!Seq.hasIndex(v)) {
            throw notIndices();
        }
        return Seq.asSize(v, null);
    }

    private static PyException notIndices() {
        return Errors.typeError("slice indices must be integers or None or have an __index__ method");
    }

    /** {@code slice.indices(length)}, exact for any length. */
    private static PyObject indices(PyObject self, PyObject lengthArg) {
        PySlice s = (PySlice) self;
        BigInteger length = Seq.index(lengthArg).bigValue();
        if (length.signum() < 0) {
            throw Errors.valueError("length should not be negative");
        }
        BigInteger step = s.step == PyNone.INSTANCE ? BigInteger.ONE : bigIndex(s.step);
        if (step.signum() == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        boolean back = step.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = back ? length.subtract(BigInteger.ONE) : length;
        BigInteger start = s.start == PyNone.INSTANCE ? (back ? upper : lower) : clamp(bigIndex(s.start), length, lower, upper);
        BigInteger stop = s.stop == PyNone.INSTANCE ? (back ? lower : upper) : clamp(bigIndex(s.stop), length, lower, upper);
        return PyTuple.of(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }

    private static BigInteger bigIndex(PyObject v) {
        if (!Seq.hasIndex(v)) {
            throw notIndices();
        }
        return Seq.index(v).bigValue();
    }

    private static BigInteger clamp(BigInteger i, BigInteger length, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(length);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }
}
