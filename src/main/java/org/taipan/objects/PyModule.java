package org.taipan.objects;

import org.taipan.util.PyRepr;

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
            // the keys and order CPython's module_init_dict gives a new module
            dict.setItem(PyStr.of("__name__"), PyStr.of(name));
            dict.setItem(PyStr.of("__doc__"), PyNone.INSTANCE);
            dict.setItem(PyStr.of("__package__"), PyNone.INSTANCE);
            dict.setItem(PyStr.of("__loader__"), PyNone.INSTANCE);
            dict.setItem(PyStr.of("__spec__"), PyNone.INSTANCE);
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
        PyObject spec = m.dict.getItem(PyStr.of("__spec__"));
        if (spec != null && spec != PyNone.INSTANCE) {
            PyObject r = reprFromSpec(m, spec);
            if (r != null) {
                return r;
            }
        }
        PyObject file = m.dict.getItem(PyStr.of("__file__"));
        if (file instanceof PyStr f) {
            return PyStr.of("<module '" + m.name() + "' from '" + f + "'>");
        }
        return PyStr.of("<module '" + m.name() + "'" + (m.builtin ? " (built-in)" : "") + ">");
    }

    /** CPython's repr from the spec: {@code from 'origin'} for a file, {@code (origin)} or {@code (loader)} otherwise. */
    private static PyObject reprFromSpec(PyModule m, PyObject spec) {
        PyObject origin = Abstract.lookupAttr(spec, PyStr.of("origin"));
        if (origin == null) {
            return null;
        }
        String name = PyRepr.str(m.name());
        if (origin == PyNone.INSTANCE) {
            PyObject loader = Abstract.lookupAttr(spec, PyStr.of("loader"));
            return PyStr.of(loader == null || loader == PyNone.INSTANCE ? "<module " + name + ">"
                    : "<module " + name + " (" + Abstract.repr(loader) + ")>");
        }
        PyObject hasLocation = Abstract.lookupAttr(spec, PyStr.of("has_location"));
        if (hasLocation != null && Abstract.isTrue(hasLocation)) {
            return PyStr.of("<module " + name + " from " + Abstract.repr(origin) + ">");
        }
        return PyStr.of("<module " + name + " (" + Abstract.str(origin) + ")>");
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
        dict.setItem(PyStr.of(name), new PyBuiltinFunction(BuiltinMethod.of(name, null, f), null));
    }

    public void def(String name, BuiltinMethod.OneArg f) {
        dict.setItem(PyStr.of(name), new PyBuiltinFunction(BuiltinMethod.of(name, null, f), null));
    }

    public void set(String name, PyObject value) {
        dict.setItem(PyStr.of(name), value);
    }
}
