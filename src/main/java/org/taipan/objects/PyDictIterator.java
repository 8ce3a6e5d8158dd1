package org.taipan.objects;

/** The iterators over a dict's keys, values or items, in insertion order or (reversed()) the opposite. */
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

    private static final PyType[] TYPES = {
        iterType("dict_keyiterator"), iterType("dict_valueiterator"), iterType("dict_itemiterator"),
        iterType("dict_reversekeyiterator"), iterType("dict_reversevalueiterator"), iterType("dict_reverseitemiterator"),
    };

    private PyDict dict;
    private final Kind kind;
    private final boolean reverse;
    private final int expectedSize;
    /** The next entry to look at: going up from 0, or down from the end when reversed. */
    private int entry;
    private int remaining;

    PyDictIterator(PyDict dict, Kind kind) {
        this(dict, kind, false);
    }

    PyDictIterator(PyDict dict, Kind kind, boolean reverse) {
        this.dict = dict;
        this.kind = kind;
        this.reverse = reverse;
        this.expectedSize = dict.size();
        this.remaining = dict.size();
        this.entry = reverse ? dict.entryEnd() - 1 : 0;
    }

    @Override
    public PyType type() {
        return TYPES[kind.ordinal() + (reverse ? 3 : 0)];
    }

    private PyObject next() {
        if (dict == null) {
            return null;
        }
        if (dict.size() != expectedSize) {
            remaining = -1;
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "dictionary changed size during iteration");
        }
        int e = reverse ? dict.prevEntry(entry) : dict.nextEntry(entry);
        if (e < 0) {
            dict = null;
            return null;
        }
        if (remaining == 0) { // as many deletions as insertions since the start
            remaining = -1;
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "dictionary keys changed during iteration");
        }
        entry = reverse ? e - 1 : e + 1;
        remaining--;
        return switch (kind) {
            case KEYS -> dict.keyAt(e);
            case VALUES -> dict.valueAt(e);
            case ITEMS -> PyTuple.of(dict.keyAt(e), dict.valueAt(e));
        };
    }
}
