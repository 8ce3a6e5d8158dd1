package org.taipan.objects;

/** A function bound to an instance ({@code obj.method}): CPython's {@code method} type. */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyMethod.class, PyType.OBJECT, 0, t -> {
        t.call = (self, args, kwnames) -> {
            PyMethod m = (PyMethod) self;
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = m.self;
            System.arraycopy(args, 0, full, 1, args.length);
            return Abstract.call(m.func, full, kwnames);
        };
        t.repr = self -> {
            PyMethod m = (PyMethod) self;
            PyObject qn = Abstract.lookupAttr(m.func, PyStr.of("__qualname__"));
            return PyStr.of("<bound method " + (qn instanceof PyStr s ? s : "?") + " of " + Abstract.repr(m.self) + ">");
        };
    }, null);

    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
