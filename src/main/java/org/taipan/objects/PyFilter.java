package org.taipan.objects;

/** {@code filter(function or None, iterable)}. */
public final class PyFilter extends SubclassableObject {
    private static final ArgParser ARGS = ArgParser.unpack("filter", 2, 2);

    public static final PyType TYPE = PyType.builtin("filter", PyFilter.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.iter = self -> self;
        t.next = self -> ((PyFilter) self).next();
        t.tpNew = (type, args, kwnames) -> {
            if (type == PyFilter.TYPE || type.init == PyFilter.TYPE.init) {
                Seq.noKeywords("filter", kwnames);
            }
            PyObject[] a = ARGS.bind(Seq.positional(args, kwnames), 0, null);
            return new PyFilter(a[0], Iter.of(a[1])).adopt(type);
        };
    }, null);

    private final PyObject func;
    private final PyObject it;

    private PyFilter(PyObject func, PyObject it) {
        super(TYPE);
        this.func = func;
        this.it = it;
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
