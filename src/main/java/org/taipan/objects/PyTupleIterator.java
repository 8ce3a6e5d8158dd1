package org.taipan.objects;

/** {@code tuple_iterator}. */
public final class PyTupleIterator extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple_iterator", PyTupleIterator.class, PyType.OBJECT, 0, t -> {
        t.iter = self -> self;
        t.next = self -> {
            PyTupleIterator it = (PyTupleIterator) self;
            if (it.tuple != null && it.index < it.tuple.size()) {
                return it.tuple.get(it.index++);
            }
            it.tuple = null;
            return null;
        };
    }, t -> t.method("__length_hint__", self -> {
        PyTupleIterator it = (PyTupleIterator) self;
        return Iter.hint(it.tuple == null ? 0 : it.tuple.size() - it.index);
    }));

    private PyTuple tuple;
    private int index;

    PyTupleIterator(PyTuple tuple) {
        this.tuple = tuple;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
