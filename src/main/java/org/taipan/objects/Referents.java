package org.taipan.objects;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What {@code gc.get_referents} and {@code gc.is_tracked} see: the objects an object refers to,
 * in the order CPython's tp_traverse visits them, and whether CPython's collector would track
 * it. Types of the vm package (functions, frames, cells, generators) add theirs through
 * {@link #more}.
 */
public final class Referents {
    private Referents() {}

    /** Visits the referents of the objects this class does not know; set by the vm. */
    public static BiConsumer<PyObject, Consumer<PyObject>> more = (o, v) -> {};

    public static void visit(PyObject o, Consumer<PyObject> v) {
        if (o instanceof PyList l) {
            PyObject[] items = Iter.toArray(l);
            for (int i = items.length - 1; i >= 0; i--) {
                v.accept(items[i]);
            }
        } else if (o instanceof PyTuple t) {
            for (int i = t.size() - 1; i >= 0; i--) {
                v.accept(t.get(i));
            }
        } else if (o instanceof PyDict d) {
            visitDict(d, v);
        } else if (o instanceof PyAnySet s) {
            for (PyObject x : s.toArray()) {
                v.accept(x);
            }
        } else if (o instanceof PyType t) {
            if (t.isHeapType()) {
                v.accept(t.dict());
                v.accept(PyTuple.of(t.mro()));
                v.accept(PyTuple.of(t.bases()));
                if (t.base() != null) {
                    v.accept(t.base());
                }
            }
        } else if (o instanceof PyMethod m) {
            v.accept(m.func);
            v.accept(m.self);
        } else if (o instanceof PyModule m) {
            v.accept(m.instanceDict());
        } else if (o instanceof PyWeakRef w) {
            if (w.callback != null) {
                v.accept(w.callback);
            }
        } else if (o instanceof PyBaseException e) {
            PyDict d = e.instanceDict();
            if (d != null) {
                v.accept(d);
            }
            v.accept(e.args);
        } else if (!(o instanceof HeapObject)) {
            more.accept(o, v);
        }
        if (o instanceof HeapObject h) {
            PyObject[] slots = h.slotValues();
            if (slots != null) {
                for (PyObject x : slots) {
                    if (x != null) {
                        v.accept(x);
                    }
                }
            }
            PyDict d = o.instanceDict();
            if (d != null) {
                for (PyObject k : d.keysArray()) {
                    v.accept(d.getItem(k));
                }
            }
            v.accept(o.type());
        }
    }

    /** A dict with only str keys shows its values; any other shows keys and values. */
    private static void visitDict(PyDict d, Consumer<PyObject> v) {
        PyObject[] keys = d.keysArray();
        boolean strKeys = true;
        for (PyObject k : keys) {
            strKeys &= k instanceof PyStr;
        }
        for (PyObject k : keys) {
            v.accept(d.getItem(k));
            if (!strKeys) {
                v.accept(k);
            }
        }
    }

    /**
     * {@code gc.is_tracked}: CPython tracks containers and instances of classes, not atoms;
     * a dict or tuple only while it holds something tracked (its state after a collection).
     */
    public static boolean isTracked(PyObject o) {
        if (o instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                if (isTracked(t.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (o instanceof PyDict d) {
            for (PyObject k : d.keysArray()) {
                if (isTracked(k) || isTracked(d.getItem(k))) {
                    return true;
                }
            }
            return false;
        }
        if (o.type().isHeapType()) {
            return true;
        }
        if (o instanceof PyType t) {
            return t.isHeapType();
        }
        return !(o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex || o instanceof PyStr
                || o instanceof PyBytes || o instanceof PyByteArray || o == PyNone.INSTANCE
                || o instanceof PyEllipsis || o instanceof PyNotImplemented || o instanceof PyRange
                || o instanceof PyBaseObject || o.type().name().equals("code"));
    }
}
