package org.taipan.objects;

/** {@code map(func, *iterables)}: stops with the shortest iterable. */
public final class PyMap extends PyObject implements HeapObject {
    public static final PyType TYPE = PyType.builtin("map", PyMap.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.iter = self -> self;
        t.next = self -> ((PyMap) self).next();
        t.tpNew = (type, args, kwnames) -> {
            if (type == PyMap.TYPE || type.init == PyMap.TYPE.init) {
                Seq.noKeywords("map", kwnames);
            }
            args = Seq.positional(args, kwnames);
            if (args.length < 2) {
                throw Errors.typeError("map() must have at least two arguments.");
            }
            PyObject[] its = new PyObject[args.length - 1];
            for (int i = 0; i < its.length; i++) {
                its[i] = Iter.of(args[i + 1]);
            }
            return typed(new PyMap(args[0], its), type);
        };
    }, null);

    private final PyObject func;
    private final PyObject[] its;

    private PyMap(PyObject func, PyObject[] its) {
        this.func = func;
        this.its = its;
    }

    /** The class: this one, or a subclass defined in Python (whose instances also get a dict). */
    private PyType type = TYPE;
    private PyDict dict;
    private PyObject[] slots;

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public void setType(PyType t) {
        type = t;
    }

    @Override
    public PyObject[] slotValues() {
        return slots;
    }

    @Override
    public PyDict instanceDict() {
        return dict != null || type == TYPE || !type.instanceHasDict ? dict : (dict = new PyDict());
    }

    /** {@code o}, made an instance of {@code type} (a subclass) when it is not the builtin itself. */
    private static PyObject typed(PyObject o, PyType type) {
        if (type != TYPE && o instanceof PyMap x) {
            x.type = type;
            x.slots = HeapObject.newSlots(type);
        }
        return o;
    }

    private PyObject next() {
        PyObject[] args = new PyObject[its.length];
        for (int i = 0; i < its.length; i++) {
            PyObject v = Iter.next(its[i]);
            if (v == null) {
                return null;
            }
            args[i] = v;
        }
        return Abstract.call(func, args, null);
    }
}
