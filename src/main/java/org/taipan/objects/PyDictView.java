package org.taipan.objects;

/** {@code dict.keys()}, {@code dict.values()}, {@code dict.items()}: live views of a dict. */
public final class PyDictView extends PyObject {
    private static PyType viewType(String name, PyDictIterator.Kind kind) {
        return PyType.builtin(name, PyDictView.class, PyType.OBJECT, 0, t -> {
            t.length = self -> ((PyDictView) self).dict.size();
            t.iter = self -> new PyDictIterator(((PyDictView) self).dict, kind);
            t.repr = self -> {
                PyDictView v = (PyDictView) self;
                if (!Seq.reprEnter(self)) {
                    return PyStr.of("...");
                }
                try {
                    PyObject list = new PyDictIterator(v.dict, kind);
                    StringBuilder sb = new StringBuilder(name).append("([");
                    boolean first = true;
                    for (PyObject x = Iter.next(list); x != null; x = Iter.next(list)) {
                        sb.append(first ? "" : ", ").append(Abstract.repr(x));
                        first = false;
                    }
                    return PyStr.of(sb.append("])").toString());
                } finally {
                    Seq.reprLeave(self);
                }
            };
            if (kind == PyDictIterator.Kind.KEYS) {
                t.contains = (self, key) -> ((PyDictView) self).dict.getItem(key) != null;
                t.hash = null;
            } else if (kind == PyDictIterator.Kind.ITEMS) {
                t.contains = PyDictView::itemsContains;
                t.hash = null;
            }
        }, null);
    }

    static final PyType KEYS = viewType("dict_keys", PyDictIterator.Kind.KEYS);
    static final PyType VALUES = viewType("dict_values", PyDictIterator.Kind.VALUES);
    static final PyType ITEMS = viewType("dict_items", PyDictIterator.Kind.ITEMS);

    private final PyDict dict;
    private final PyType type;

    PyDictView(PyDict dict, PyType type) {
        this.dict = dict;
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static boolean itemsContains(PyObject self, PyObject item) {
        if (!(item instanceof PyTuple t) || t.size() != 2) {
            return false;
        }
        PyObject v = ((PyDictView) self).dict.getItem(t.get(0));
        return v != null && Abstract.richCompareBool(v, t.get(1), CompareOp.EQ);
    }
}
