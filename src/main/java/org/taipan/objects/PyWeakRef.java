package org.taipan.objects;

/**
 * {@code weakref.ref} ({@code weakref.ReferenceType}): calling it gives the object or None once
 * the object is gone. Subclassable; the proxies ({@link PyWeakProxy}) share this layout. The
 * object is reached through the {@link WeakRefs.Record} that all weakrefs to it share.
 */
public class PyWeakRef extends PyObject {
    private static final ArgParser NEW = ArgParser.unpack("__new__", 1, 2);

    public static final PyType TYPE = PyType.builtin("weakref.ReferenceType", PyWeakRef.class, PyType.OBJECT,
            PyType.BASETYPE, t -> {
                t.tpNew = (type, args, kwnames) -> {
                    if (kwnames != null && kwnames.length > 0) {
                        throw Errors.typeError("ref() takes no keyword arguments");
                    }
                    PyObject[] a = NEW.bind(args, 0, null);
                    return WeakRefs.ref(type, a[0], a[1]);
                };
                t.init = (self, args, kwnames) -> NEW.bind(args, 0, null);
                t.call = (self, args, kwnames) -> {
                    if (args.length > 0) {
                        throw Errors.typeError("weakref() takes no arguments");
                    }
                    PyObject o = ((PyWeakRef) self).get();
                    return o == null ? PyNone.INSTANCE : o;
                };
                t.hash = self -> ((PyWeakRef) self).hash();
                t.richCompare = PyWeakRef::compare;
                t.repr = self -> PyStr.of(((PyWeakRef) self).repr());
            }, t -> {
                PyGetSetDescr.member(t, "__callback__", self -> {
                    PyObject cb = ((PyWeakRef) self).callback;
                    return cb == null ? PyNone.INSTANCE : cb;
                });
                t.dict().setItem(PyStr.of("__class_getitem__"), PyGenericAlias.classGetitem(t));
            });

    private final PyType type;
    private PyDict dict;
    /** The record of the object; null once the object is dead. */
    WeakRefs.Record record;
    /** Called with this weakref when the object dies; null when there is none (or it has run). */
    PyObject callback;
    private long hash = -1;
    private boolean hashed;

    PyWeakRef(PyType type, WeakRefs.Record record, PyObject callback) {
        this.type = type;
        this.record = record;
        this.callback = callback;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict instanceDict() {
        if (!type.isHeapType()) {
            return null;
        }
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** The object, or null once it is gone. */
    public PyObject get() {
        WeakRefs.Record r = record;
        return r == null ? null : r.get();
    }

    /** The callback, taken (it runs once): the collector calls it with this weakref. */
    public PyObject takeCallback() {
        PyObject cb = callback;
        callback = null;
        return cb;
    }

    boolean isProxy() {
        return false;
    }

    /** A ref or proxy of the exact builtin type without callback: shared by all who ask for one. */
    boolean isBasic() {
        return callback == null && record != null && (type == TYPE || isProxy());
    }

    private long hash() {
        if (!hashed) {
            PyObject o = get();
            if (o == null) {
                throw Errors.typeError("weak object has gone away");
            }
            hash = Abstract.hash(o);
            hashed = true;
        }
        return hash;
    }

    /** Two live refs compare as their objects do; otherwise they are equal only to themselves. */
    private static PyObject compare(PyObject v, PyObject w, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !(v instanceof PyWeakRef a) || !(w instanceof PyWeakRef b)
                || a.isProxy() || b.isProxy()) {
            return PyNotImplemented.INSTANCE;
        }
        PyObject x = a.get(), y = b.get();
        if (x == null || y == null) {
            boolean same = a == b;
            return PyBool.of(op == CompareOp.EQ ? same : !same);
        }
        return Abstract.richCompare(x, y, op);
    }

    private String repr() {
        String self = "<weakref at " + Ids.address(this) + "; ";
        PyObject o = get();
        if (o == null) {
            return self + "dead>";
        }
        String named = "";
        try {
            PyObject n = Abstract.lookupAttr(o, PyStr.of("__name__"));
            if (n instanceof PyStr s) {
                named = " (" + s + ")";
            }
        } catch (PyException e) {
            // CPython shows no name when looking it up fails.
        }
        return self + "to '" + o.type().name() + "' at " + Ids.address(o) + named + ">";
    }
}
