package org.taipan.objects;

/** {@code filter(function or None, iterable)}. */
public final class PyFilter extends PyObject implements HeapObject {
    private static final ArgParser ARGS = ArgParser.unpack("filter", 2, 2);

    public static final PyType TYPE = PyType.builtin("filter", PyFilter.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.iter = self -> self;
        t.next = self -> ((PyFilter) self).next();
        t.tpNew = (type, args, kwnames) -> {
            if (type == PyFilter.TYPE || type.init == PyFilter.TYPE.init) {
                Seq.noKeywords("filter", kwnames);
            }
            PyObject[] a = ARGS.bind(Seq.positional(args, kwnames), 0, null);
            return typed(new PyFilter(a[0], Iter.of(a[1])), type);
        };
    }, null);

    private final PyObject func;
    private final PyObject it;

    private PyFilter(PyObject func, PyObject it) {
        this.func = func;
        this.it = it;
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
        if (type != TYPE && o instanceof PyFilter x) {
            x.type = type;
            x.slots = HeapObject.newSlots(type);
        }
        return o;
    }

    private PyObject next() {
        for (PyObject v = Iter.next(it); v != null; v = Iter.next(it)) {
            boolean keep = func == PyNone.INSTANCE || func == PyBool.TYPE ? Abstract.isTrue(v)
                    : Abstract.isTrue(Abstract.call(func, new PyObject[] {v}, null));
            if (keep) {
                return v;
            }
        }
        return null;
    }
}
