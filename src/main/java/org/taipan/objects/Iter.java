package org.taipan.objects;

import java.util.Arrays;

/**
 * The iteration protocol (CPython's PyObject_GetIter, PyIter_Next, PySequence_Fast): what
 * builtins and containers use to consume an iterable.
 */
public final class Iter {
    private Iter() {}

    /** {@code iter(o)}: the type's {@code __iter__}, else a sequence iterator over {@code __getitem__}. */
    public static PyObject of(PyObject o) {
        PyType t = o.type();
        if (t.iter != null) {
            PyObject it = t.iter.call(o);
            if (it.type().next == null) {
                throw Errors.typeError("iter() returned non-iterator of type '" + it.type().name() + "'");
            }
            return it;
        }
        if (t.getitem != null && !(o instanceof PyDict)) {
            return new PySeqIter(o);
        }
        throw Errors.typeError("'" + t.name() + "' object is not iterable");
    }

    /** The next item, or null when the iterator is exhausted. */
    public static PyObject next(PyObject it) {
        Slot.Next n = it.type().next;
        if (n == null) {
            throw Errors.typeError("'" + it.type().name() + "' object is not an iterator");
        }
        return n.call(it);
    }

    /** All items of an iterable, in order; lists and tuples are copied without iterating. */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            return t.toArray();
        }
        if (iterable instanceof PyList l && l.type() == PyList.TYPE) {
            return l.toArray();
        }
        PyObject it = of(iterable);
        Slot.Next n = it.type().next;
        PyObject[] out = new PyObject[(int) Math.min(Math.max(lengthHint(iterable, 8), 1), 1 << 20)];
        int size = 0;
        for (PyObject v = n.call(it); v != null; v = n.call(it)) {
            if (size == out.length) {
                out = Arrays.copyOf(out, size * 2);
            }
            out[size++] = v;
        }
        return size == out.length ? out : Arrays.copyOf(out, size);
    }

    /** {@code operator.length_hint(o, dflt)}: {@code len(o)}, else {@code o.__length_hint__()}, else dflt. */
    public static long lengthHint(PyObject o, long dflt) {
        if (o.type().length != null) {
            try {
                return o.type().length.call(o);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.TYPE_ERROR)) {
                    throw e;
                }
            }
        }
        PyObject hint = o.type().lookup("__length_hint__");
        if (hint == null) {
            return dflt;
        }
        PyObject r;
        try {
            r = Abstract.callBound(hint, o);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TYPE_ERROR)) {
                return dflt;
            }
            throw e;
        }
        if (r == PyNotImplemented.INSTANCE) {
            return dflt;
        }
        if (!(r instanceof PyInt i)) {
            throw Errors.typeError("__length_hint__ must be an integer, not " + r.type().name());
        }
        long n = Seq.asSsize(i);
        if (n < 0) {
            throw Errors.valueError("__length_hint__() should return >= 0");
        }
        return n;
    }

    /** The value of {@code __length_hint__} for iterators: remaining items as an int. */
    static PyObject hint(long n) {
        return PyInt.of(Math.max(n, 0));
    }

    /** StopIteration with no value, for {@code __next__} wrappers. */
    static PyException stopIteration() {
        return new PyException(new PyBaseException(ExceptionTypes.STOP_ITERATION, PyTuple.EMPTY));
    }

    /** UNPACK_SEQUENCE: exactly {@code n} items of an iterable, with CPython's errors. */
    public static PyObject[] unpack(PyObject seq, int n) {
        if ((seq instanceof PyTuple || seq instanceof PyList) && Abstract.length(seq) == n) {
            return toArray(seq);
        }
        PyObject it = unpackIter(seq);
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) {
            out[i] = next(it);
            if (out[i] == null) {
                throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
            }
        }
        if (next(it) != null) {
            throw Errors.valueError("too many values to unpack (expected " + n + ")");
        }
        return out;
    }

    /**
     * UNPACK_EX ({@code a, *b, c = seq}): {@code before} items, a list of the middle ones, then
     * {@code after} items.
     */
    public static PyObject[] unpackEx(PyObject seq, int before, int after) {
        PyObject it = unpackIter(seq);
        PyObject[] out = new PyObject[before + 1 + after];
        for (int i = 0; i < before; i++) {
            out[i] = next(it);
            if (out[i] == null) {
                throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                        + i + ")");
            }
        }
        PyObject[] rest = toArray(it);
        if (rest.length < after) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + (before + rest.length) + ")");
        }
        out[before] = PyList.wrap(java.util.Arrays.copyOf(rest, rest.length - after));
        System.arraycopy(rest, rest.length - after, out, before + 1, after);
        return out;
    }

    private static PyObject unpackIter(PyObject seq) {
        if (seq.type().iter == null && (seq.type().getitem == null || seq instanceof PyDict)) {
            throw Errors.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
        }
        return of(seq);
    }

    /** {@code x in seq} by iteration, for containers without {@code __contains__}. */
    public static boolean contains(PyObject container, PyObject item) {
        Slot.Contains c = container.type().contains;
        if (c != null) {
            return c.call(container, item);
        }
        PyObject it;
        try {
            it = of(container);
        } catch (PyException e) {
            // any TypeError of iter() is reported as the container's (CPython's _PySequence_IterSearch)
            if (e.matches(ExceptionTypes.TYPE_ERROR)) {
                throw Errors.typeError("argument of type '" + container.type().name() + "' is not iterable");
            }
            throw e;
        }
        for (PyObject v = next(it); v != null; v = next(it)) {
            if (Abstract.richCompareBool(v, item, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }
}
