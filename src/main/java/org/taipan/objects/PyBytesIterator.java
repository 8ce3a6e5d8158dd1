package org.taipan.objects;

/** {@code bytes_iterator} and {@code bytearray_iterator}: ints, read live from the object. */
public final class PyBytesIterator extends PyObject {
    public static final PyType BYTES = type("bytes_iterator");
    public static final PyType BYTEARRAY = type("bytearray_iterator");

    private static PyType type(String name) {
        return PyType.builtin(name, PyBytesIterator.class, PyType.OBJECT, 0, t -> {
            t.iter = self -> self;
            t.next = self -> {
                PyBytesIterator it = (PyBytesIterator) self;
                if (it.seq != null && it.index < it.size()) {
                    return PyInt.of(it.byteAt(it.index++) & 0xff);
                }
                it.seq = null;
                return null;
            };
        }, t -> t.method("__length_hint__", self -> {
            PyBytesIterator it = (PyBytesIterator) self;
            return Iter.hint(it.seq == null ? 0 : it.size() - it.index);
        }));
    }

    private PyObject seq;
    private int index;
    private final PyType type;

    PyBytesIterator(PyObject seq) {
        this.seq = seq;
        this.type = seq instanceof PyBytes ? BYTES : BYTEARRAY;
    }

    @Override
    public PyType type() {
        return type;
    }

    private int size() {
        return seq instanceof PyBytes b ? b.size() : ((PyByteArray) seq).size();
    }

    private byte byteAt(int i) {
        return seq instanceof PyBytes b ? b.byteAt(i) : ((PyByteArray) seq).byteAt(i);
    }
}
