package org.taipan.objects;

/**
 * {@code list_iterator} and {@code list_reverseiterator}: an index into the live list, so that
 * changes made while iterating show through as they do in CPython; once exhausted, it stays so.
 */
public final class PyListIterator extends PyObject {
    public static final PyType FORWARD = type("list_iterator");
    public static final PyType REVERSE = type("list_reverseiterator");

    private static PyType type(String name) {
        return PyType.builtin(name, PyListIterator.class, PyType.OBJECT, 0, t -> {
            t.iter = self -> self;
            t.next = self -> ((PyListIterator) self).next();
        }, t -> t.method("__length_hint__", self -> Iter.hint(((PyListIterator) self).remaining())));
    }

    private PyList list;
    private final boolean reverse;
    private long index;

    PyListIterator(PyList list, boolean reverse) {
        this.list = list;
        this.reverse = reverse;
        this.index = reverse ? list.size() - 1 : 0;
    }

    @Override
    public PyType type() {
        return reverse ? REVERSE : FORWARD;
    }

    private PyObject next() {
        if (list != null && index >= 0 && index < list.size()) {
            PyObject v = list.get((int) index);
            index += reverse ? -1 : 1;
            return v;
        }
        list = null;
        return null;
    }

    private long remaining() {
        if (list == null) {
            return 0;
        }
        if (reverse) {
            return list.size() < index + 1 ? 0 : index + 1;
        }
        return list.size() - index;
    }
}
