package org.taipan.objects;

/** {@code filter(function or None, iterable)}. */
public final class PyFilter extends PyObject {
    private static final ArgParser ARGS = ArgParser.unpack("filter", 2, 2);

    public static final PyType TYPE = PyType.builtin("filter", PyFilter.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.iter = self -> self;
        t.next = self -> ((PyFilter) self).next();
        t.tpNew = (type, args, kwnames) -> {
            Seq.noKeywords("filter", kwnames);
            PyObject[] a = ARGS.bind(args, 0, kwnames);
            if (type != PyFilter.TYPE) {
                throw Errors.typeError("subclasses of filter are not supported yet");
            }
            return new PyFilter(a[0], Iter.of(a[1]));
        };
    }, null);

    private final PyObject func;
    private final PyObject it;

    private PyFilter(PyObject func, PyObject it) {
        this.func = func;
        this.it = it;
    }

    @Override
    public PyType type() {
        return TYPE;
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
