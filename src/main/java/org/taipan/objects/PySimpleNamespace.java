package org.taipan.objects;

/**
 * {@code types.SimpleNamespace} (also the type of {@code sys.implementation}): attributes in an
 * instance dict, made from keyword arguments, shown as {@code namespace(a=1, b=2)}, equal when
 * the dicts are. Subclasses share this Java class, which carries their type.
 */
public final class PySimpleNamespace extends PyObject {
    public static final PyType TYPE = PyType.builtin("types.SimpleNamespace", PySimpleNamespace.class, PyType.OBJECT,
            PyType.BASETYPE, t -> {
                t.tpNew = (type, args, kwnames) -> new PySimpleNamespace(type);
                t.init = PySimpleNamespace::init;
                t.repr = PySimpleNamespace::repr;
                t.hash = null;
                t.richCompare = (v, w, op) -> {
                    if (!(w instanceof PySimpleNamespace b) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                        return PyNotImplemented.INSTANCE;
                    }
                    return Abstract.richCompare(((PySimpleNamespace) v).dict, b.dict, op);
                };
            }, t -> {
                PyGetSetDescr.getter(t, "__dict__", self -> ((PySimpleNamespace) self).dict);
                t.method("__reduce__", self -> PyTuple.of(self.type(), PyTuple.EMPTY, ((PySimpleNamespace) self).dict));
            });

    private final PyType type;
    private final PyDict dict = new PyDict();

    private PySimpleNamespace(PyType type) {
        this.type = type;
    }

    /** A namespace holding the given name/value pairs. */
    public static PySimpleNamespace of(Object... namesAndValues) {
        PySimpleNamespace n = new PySimpleNamespace(TYPE);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            n.dict.setItem(PyStr.of((String) namesAndValues[i]), (PyObject) namesAndValues[i + 1]);
        }
        return n;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    private static void init(PyObject self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length > nkw) {
            throw Errors.typeError("no positional arguments expected");
        }
        PyDict d = ((PySimpleNamespace) self).dict;
        for (int i = 0; i < nkw; i++) {
            d.setItem(PyStr.of(kwnames[i]), args[args.length - nkw + i]);
        }
    }

    private static PyObject repr(PyObject self) {
        String name = self.type() == TYPE ? "namespace" : self.type().name();
        if (!Seq.reprEnter(self)) {
            return PyStr.of(name + "(...)");
        }
        try {
            StringBuilder sb = new StringBuilder(name).append('(');
            PyDict d = ((PySimpleNamespace) self).dict;
            boolean first = true;
            for (PyObject k : d.keysArray()) {
                // only attribute-like keys are shown: non-empty strings
                if (k instanceof PyStr s && !s.toString().isEmpty()) {
                    PyObject v = d.getItem(k);
                    if (v == null) {
                        continue;
                    }
                    sb.append(first ? "" : ", ").append(s).append('=').append(Abstract.repr(v));
                    first = false;
                }
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            Seq.reprLeave(self);
        }
    }
}
