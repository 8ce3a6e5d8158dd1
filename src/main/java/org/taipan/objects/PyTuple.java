package org.taipan.objects;

import java.util.Arrays;

/** {@code tuple}. */
public final class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyTuple.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.repr = PyTuple::repr;
        t.length = self -> ((PyTuple) self).items.length;
        t.hash = PyTuple::hash;
    }, null);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    private final PyObject[] items;

    private PyTuple(PyObject[] items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items.clone());
    }

    /** Takes ownership of {@code items}: the caller must not change the array afterwards. */
    public static PyTuple wrap(PyObject[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public PyObject[] toArray() {
        return items.clone();
    }

    private static PyObject repr(PyObject self) {
        PyObject[] items = ((PyTuple) self).items;
        if (items.length == 0) {
            return PyStr.of("()");
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Abstract.repr(items[i]));
        }
        return PyStr.of(sb.append(items.length == 1 ? ",)" : ")").toString());
    }

    /** CPython 3.11's tuple hash (an xxHash-style mix over the items' hashes). */
    private static long hash(PyObject self) {
        final long p1 = 0x9E3779B185EBCA87L, p2 = 0xC2B2AE3D27D4EB4FL, p5 = 0x27D4EB2F165667C5L;
        PyObject[] items = ((PyTuple) self).items;
        long acc = p5;
        for (PyObject item : items) {
            long lane = Abstract.hash(item);
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += items.length ^ (p5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    @Override
    public String toString() {
        return Arrays.toString(items);
    }
}
