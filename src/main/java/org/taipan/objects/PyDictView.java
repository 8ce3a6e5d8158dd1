package org.taipan.objects;

/**
 * {@code dict.keys()}, {@code dict.values()}, {@code dict.items()}: live views of a dict. Keys
 * and items views are set-like: {@code & | ^ -} give sets, comparisons are subset tests.
 */
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
            } else if (kind == PyDictIterator.Kind.ITEMS) {
                t.contains = PyDictView::itemsContains;
            }
            if (kind != PyDictIterator.Kind.VALUES) {
                t.hash = null;
                t.richCompare = PyDictView::richCompare;
                t.nb[NumberOp.AND.ordinal()] = PyDictView::intersection;
                t.nb[NumberOp.OR.ordinal()] = (v, w) -> setOp(v, w, PyAnySet::update);
                t.nb[NumberOp.XOR.ordinal()] = (v, w) -> setOp(v, w, PyAnySet::symmetricDifferenceUpdate);
                t.nb[NumberOp.SUBTRACT.ordinal()] = (v, w) -> setOp(v, w, PyAnySet::differenceUpdate);
            }
        }, t -> {
            t.method("__reversed__", self -> new PyDictIterator(((PyDictView) self).dict, kind, true));
            PyGetSetDescr.getter(t, "mapping", self -> new PyMappingProxy(((PyDictView) self).dict));
            if (kind != PyDictIterator.Kind.VALUES) {
                t.method("isdisjoint", PyDictView::isDisjoint);
            }
        });
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

    private static boolean isSetLike(PyObject o) {
        return o instanceof PyAnySet || o instanceof PyDictView v && v.type != VALUES;
    }

    /** {@code set(v)} updated with {@code w} by {@code op}; either operand may be the view. */
    private static PyObject setOp(PyObject v, PyObject w, java.util.function.BiConsumer<PyAnySet, PyObject> op) {
        PySet r = new PySet();
        r.update(v instanceof PyDictView d && d.type == KEYS ? d.dict : v); // a dict: the set is sized once
        op.accept(r, w);
        return r;
    }

    /**
     * The items of the other operand that are in the view: CPython iterates the other operand,
     * or the view when the other is a bigger set or view, so that the same objects end up in it.
     */
    private static PyObject intersection(PyObject v, PyObject w) {
        PyObject view = v instanceof PyDictView ? v : w, other = view == v ? w : v;
        long n = Abstract.length(view);
        if (other.getClass() == PySet.class && n <= Abstract.length(other)
                || other instanceof PyDictView ov && ov.type != VALUES && Abstract.length(other) > n) {
            PyObject t = view;
            view = other;
            other = t;
        }
        PySet r = new PySet();
        PyObject it = Iter.of(other);
        for (PyObject x = Iter.next(it); x != null; x = Iter.next(it)) {
            if (Iter.contains(view, x)) {
                r.add(x);
            }
        }
        return r;
    }

    private static PyObject isDisjoint(PyObject self, PyObject other) {
        PyObject it = Iter.of(other);
        for (PyObject x = Iter.next(it); x != null; x = Iter.next(it)) {
            if (Iter.contains(self, x)) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    /** Whether every item of {@code a} is in {@code b}. */
    private static boolean allIn(PyObject a, PyObject b) {
        PyObject it = Iter.of(a);
        for (PyObject x = Iter.next(it); x != null; x = Iter.next(it)) {
            if (!Iter.contains(b, x)) {
                return false;
            }
        }
        return true;
    }

    private static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        if (!isSetLike(w)) {
            return PyNotImplemented.INSTANCE;
        }
        long lv = Abstract.length(v), lw = Abstract.length(w);
        return PyBool.of(switch (op) {
            case EQ -> lv == lw && allIn(v, w);
            case NE -> !(lv == lw && allIn(v, w));
            case LT -> lv < lw && allIn(v, w);
            case LE -> lv <= lw && allIn(v, w);
            case GT -> lv > lw && allIn(w, v);
            case GE -> lv >= lw && allIn(w, v);
        });
    }

    private static boolean itemsContains(PyObject self, PyObject item) {
        if (!(item instanceof PyTuple t) || t.size() != 2) {
            return false;
        }
        PyObject v = ((PyDictView) self).dict.getItem(t.get(0));
        return v != null && Abstract.richCompareBool(v, t.get(1), CompareOp.EQ);
    }
}
