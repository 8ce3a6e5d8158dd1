package org.taipan.objects;

/** {@code map(func, *iterables)}: stops with the shortest iterable. */
public final class PyMap extends PyObject {
    public static final PyType TYPE = PyType.builtin("map", PyMap.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.iter = self -> self;
        t.next = self -> ((PyMap) self).next();
        t.tpNew = (type, args, kwnames) -> {
            Seq.noKeywords("map", kwnames);
            if (args.length < 2) {
                throw Errors.typeError("map() must have at least two arguments.");
            }
            PyObject[] its = new PyObject[args.length - 1];
            for (int i = 0; i < its.length; i++) {
                its[i] = Iter.of(args[i + 1]);
            }
            if (type != PyMap.TYPE) {
                throw Errors.typeError("subclasses of map are not supported yet");
            }
            return new PyMap(args[0], its);
        };
    }, null);

    private final PyObject func;
    private final PyObject[] its;

    private PyMap(PyObject func, PyObject[] its) {
        this.func = func;
        this.its = its;
    }

    @Override
    public PyType type() {
        return TYPE;
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
