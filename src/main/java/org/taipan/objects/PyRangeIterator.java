package org.taipan.objects;

import java.math.BigInteger;

/** {@code range_iterator} (everything fits in a long) and {@code longrange_iterator}. */
public final class PyRangeIterator extends PyObject {
    public static final PyType SHORT = type("range_iterator");
    public static final PyType LONG = type("longrange_iterator");

    private static PyType type(String name) {
        return PyType.builtin(name, PyRangeIterator.class, PyType.OBJECT, 0, t -> {
            t.iter = self -> self;
            t.next = self -> ((PyRangeIterator) self).next();
        }, t -> t.method("__length_hint__", self -> {
            PyRangeIterator it = (PyRangeIterator) self;
            return it.big == null ? PyInt.of(it.remaining) : PyInt.of(it.bigRemaining);
        }));
    }

    // the long form
    private long next, step, remaining;
    // the big form (big != null)
    private BigInteger big, bigStep, bigRemaining;

    PyRangeIterator(long start, long step, long length) {
        this.next = start;
        this.step = step;
        this.remaining = length;
    }

    PyRangeIterator(BigInteger start, BigInteger step, BigInteger length) {
        this.big = start;
        this.bigStep = step;
        this.bigRemaining = length;
    }

    @Override
    public PyType type() {
        return big == null ? SHORT : LONG;
    }

    private PyObject next() {
        if (big == null) {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }
        if (bigRemaining.signum() <= 0) {
            return null;
        }
        bigRemaining = bigRemaining.subtract(BigInteger.ONE);
        BigInteger v = big;
        big = big.add(bigStep);
        return PyInt.of(v);
    }
}
