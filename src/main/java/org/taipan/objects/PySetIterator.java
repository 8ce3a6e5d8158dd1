package org.taipan.objects;

/** {@code set_iterator}: walks the table; a change in the set's size makes it raise RuntimeError. */
public final class PySetIterator extends PyObject {
    public static final PyType TYPE = PyType.builtin("set_iterator", PySetIterator.class, PyType.OBJECT, 0, t -> {
        t.iter = self -> self;
        t.next = self -> ((PySetIterator) self).next();
    }, t -> t.method("__length_hint__", self -> {
        PySetIterator it = (PySetIterator) self;
        return Iter.hint(it.set != null && it.expectedUsed == it.set.used ? it.remaining : 0);
    }));

    private PyAnySet set;
    private int expectedUsed;
    private int pos;
    private int remaining;

    PySetIterator(PyAnySet set) {
        this.set = set;
        this.expectedUsed = set.used;
        this.remaining = set.used;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject next() {
        if (set == null) {
            return null;
        }
        if (expectedUsed != set.used) {
            expectedUsed = -1; // stays broken
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "Set changed size during iteration");
        }
        int i = set.nextSlot(pos);
        if (i < 0) {
            set = null;
            return null;
        }
        pos = i + 1;
        remaining--;
        return set.keys[i];
    }
}
