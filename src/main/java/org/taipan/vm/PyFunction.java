package org.taipan.vm;

import org.taipan.objects.PyDict;
import org.taipan.objects.PyMethod;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;

/** A function defined in Python. */
public final class PyFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("function", PyFunction.class, PyType.OBJECT,
            PyType.METHOD_DESCRIPTOR, t -> {
                t.call = (self, args, kwnames) -> EvalLoop.callFunction((PyFunction) self, args, kwnames);
                t.descrGet = (self, obj, type) -> obj == null ? self : new PyMethod(self, obj);
                t.repr = self -> PyStr.of("<function " + ((PyFunction) self).qualname + " at 0x"
                        + String.format("%016x", System.identityHashCode(self)) + ">");
            }, null);

    public PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    public String name;
    public String qualname;
    /** Positional defaults ({@code __defaults__}), or null. */
    public PyTuple defaults;
    /** Keyword-only defaults ({@code __kwdefaults__}), or null. */
    public PyDict kwdefaults;
    /** The cells of the free variables ({@code __closure__}), or null. */
    public PyTuple closure;
    public PyObject annotations;
    public PyObject doc;
    public PyObject module;
    private PyDict dict;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins, String qualname) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.name;
        this.qualname = qualname;
        this.module = globals.getItem(PyStr.of("__name__"));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }
}
