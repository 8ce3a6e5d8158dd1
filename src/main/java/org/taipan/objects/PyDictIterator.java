package org.taipan.objects;

/** The iterators over a dict's keys, values or items, in insertion order. */
public final class PyDictIterator extends PyObject {
    enum Kind { KEYS, VALUES, ITEMS }

    private static PyType iterType(String name) {
        return PyType.builtin(name, PyDictIterator.class, PyType.OBJECT, 0, t -> {
            t.iter = self -> self;
            t.next = self -> ((PyDictIterator) self).next();
        }, t -> t.method("__length_hint__", self -> {
            PyDictIterator it = (PyDictIterator) self;
            return Iter.hint(it.dict != null && it.dict.size() == it.expectedSize ? it.remaining : 0);
        }));
    }

    static final PyType KEY_TYPE = iterType("dict_keyiterator");
    static final PyType VALUE_TYPE = iterType("dict_valueiterator");
    static final PyType ITEM_TYPE = iterType("dict_itemiterator");

    private PyDict dict;
    private final Kind kind;
    private final int expectedSize;
    private int entry;
    private int remaining;

    PyDictIterator(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
        this.expectedSize = dict.size();
        this.remaining = dict.size();
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case KEYS -> KEY_TYPE;
            case VALUES -> VALUE_TYPE;
            case ITEMS -> ITEM_TYPE;
        };
    }

    private PyObject next() {
        if (dict == null) {
            return null;
        }
        if (dict.size() != expectedSize) {
            remaining = -1;
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "dictionary changed size during iteration");
        }
        int e = dict.nextEntry(entry);
        if (e < 0) {
            dict = null;
            return null;
        }
        if (remaining <= 0) {
            // Same size, but more entries than there were: keys were deleted and others added.
            remaining = -1;
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "dictionary keys changed during iteration");
        }
        entry = e + 1;
        remaining--;
        return switch (kind) {
            case KEYS -> dict.keyAt(e);
            case VALUES -> dict.valueAt(e);
            case ITEMS -> PyTuple.of(dict.keyAt(e), dict.valueAt(e));
        };
    }
}
