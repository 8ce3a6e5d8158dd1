package org.taipan.objects;

/** {@code map(func, *iterables)}: stops with the shortest iterable. */
public final class PyMap extends SubclassableObject {
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
            return new PyMap(args[0], its).adopt(type);
        };
    }, null);

    private final PyObject func;
    private final PyObject[] its;

    private PyMap(PyObject func, PyObject[] its) {
        super(TYPE);
        this.func = func;
        this.its = its;
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
