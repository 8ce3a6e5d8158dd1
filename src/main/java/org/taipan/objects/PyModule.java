package org.taipan.objects;

/** A module: a named namespace. */
public final class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", PyModule.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.repr = PyModule::repr;
        t.getattro = PyModule::getattr;
    }, t -> PyGetSetDescr.getter(t, "__dict__", PyObject::instanceDict));

    private final PyDict dict;

    public PyModule(String name, PyDict dict) {
        this.dict = dict;
        if (dict.getItem(PyStr.of("__name__")) == null) {
            dict.setItem(PyStr.of("__name__"), PyStr.of(name));
            dict.setItem(PyStr.of("__doc__"), PyNone.INSTANCE);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    public String name() {
        PyObject n = dict.getItem(PyStr.of("__name__"));
        return n instanceof PyStr s ? s.toString() : "?";
    }

    private static PyObject repr(PyObject self) {
        PyModule m = (PyModule) self;
        PyObject file = m.dict.getItem(PyStr.of("__file__"));
        if (file instanceof PyStr f) {
            return PyStr.of("<module '" + m.name() + "' from '" + f + "'>");
        }
        return PyStr.of("<module '" + m.name() + "'" + (m.builtin ? " (built-in)" : "") + ">");
    }

    /** Whether the module is implemented in Java (its repr says "(built-in)"). */
    public boolean builtin;

    private static PyObject getattr(PyObject self, PyStr name) {
        try {
            return BaseSlots.genericGetAttr(self, name);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            // TODO(issue 5): module __getattr__ (PEP 562).
            throw Errors.attributeError(self, name, "module '" + ((PyModule) self).name() + "' has no attribute '"
                    + name + "'");
        }
    }

    /** Adds a Java function to the module. */
    public void def(String name, BuiltinMethod.General f) {
        dict.setItem(PyStr.of(name), new PyBuiltinFunction(BuiltinMethod.of(name, null, f), null, this));
    }

    public void def(String name, BuiltinMethod.OneArg f) {
        dict.setItem(PyStr.of(name), new PyBuiltinFunction(BuiltinMethod.of(name, null, f), null, this));
    }

    /** Gives functions already defined their {@code __text_signature__}: pairs of name and signature. */
    public void textSignatures(String... nameSignature) {
        for (int i = 0; i < nameSignature.length; i += 2) {
            if (dict.getItem(PyStr.of(nameSignature[i])) instanceof PyBuiltinFunction f) {
                f.method.textSignature = nameSignature[i + 1];
            }
        }
    }

    public void set(String name, PyObject value) {
        dict.setItem(PyStr.of(name), value);
    }
}
