package org.taipan.objects;

/**
 * {@code iterator}: iterates an object that has {@code __getitem__} but no {@code __iter__},
 * calling it with 0, 1, 2, ... until it raises IndexError or StopIteration.
 */
public final class PySeqIter extends PyObject {
    public static final PyType TYPE = PyType.builtin("iterator", PySeqIter.class, PyType.OBJECT, 0, t -> {
        t.iter = self -> self;
        t.next = self -> ((PySeqIter) self).next();
    }, t -> t.method("__length_hint__", self -> {
        PySeqIter it = (PySeqIter) self;
        if (it.seq == null) {
            return PyInt.of(0);
        }
        if (it.seq.type().length == null) {
            return PyNotImplemented.INSTANCE;
        }
        return Iter.hint(Abstract.length(it.seq) - it.index);
    }));

    private PyObject seq;
    private long index;

    PySeqIter(PyObject seq) {
        this.seq = seq;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject next() {
        if (seq == null) {
            return null;
        }
        try {
            PyObject v = Abstract.getItem(seq, PyInt.of(index));
            index++;
            return v;
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.INDEX_ERROR) || e.matches(ExceptionTypes.STOP_ITERATION)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }
}
