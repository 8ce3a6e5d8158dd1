package org.taipan.vm;

import org.taipan.objects.Errors;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyMethod;
import org.taipan.objects.PyNone;
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
                t.repr = self -> PyStr.of("<function " + ((PyFunction) self).qualname + " at "
                        + org.taipan.objects.Ids.address(self) + ">");
                t.tpNew = PyFunction::construct;
            }, PyFunction::attributes);

    private static final org.taipan.objects.ArgParser NEW_ARGS = org.taipan.objects.ArgParser.clinic("function",
            "code, globals, name=None, argdefs=None, closure=None");

    /** {@code types.FunctionType(code, globals, name=None, argdefs=None, closure=None)}, checked as CPython does. */
    private static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] a = NEW_ARGS.bind(args, 0, kwnames);
        if (!(a[0] instanceof PyCode code)) {
            throw Errors.typeError("function() argument 'code' must be code, not " + a[0].type().name());
        }
        if (!(a[1] instanceof PyDict globals)) {
            throw Errors.typeError("function() argument 'globals' must be dict, not " + a[1].type().name());
        }
        PyObject name = a[2] == null ? PyNone.INSTANCE : a[2];
        PyObject defaults = a[3] == null ? PyNone.INSTANCE : a[3];
        PyObject closure = a[4] == null ? PyNone.INSTANCE : a[4];
        if (name != PyNone.INSTANCE && !(name instanceof PyStr)) {
            throw Errors.typeError("arg 3 (name) must be None or string");
        }
        if (defaults != PyNone.INSTANCE && !(defaults instanceof PyTuple)) {
            throw Errors.typeError("arg 4 (defaults) must be None or tuple");
        }
        int nfree = freeCount(code);
        if (!(closure instanceof PyTuple) && (closure != PyNone.INSTANCE || nfree > 0)) {
            throw Errors.typeError(closure == PyNone.INSTANCE ? "arg 5 (closure) must be tuple"
                    : "arg 5 (closure) must be None or tuple");
        }
        int nclosure = closure instanceof PyTuple c ? c.size() : 0;
        if (nfree != nclosure) {
            throw Errors.valueError(code.name + " requires closure of length " + nfree + ", not " + nclosure);
        }
        for (int i = 0; i < nclosure; i++) {
            PyObject cell = ((PyTuple) closure).get(i);
            if (!(cell instanceof PyCell)) {
                throw Errors.typeError("arg 5 (closure) expected cell, found " + cell.type().name());
            }
        }
        PyFunction f = new PyFunction(code, globals, Interpreter.current().builtinsOf(globals), code.qualname);
        if (name instanceof PyStr s) {
            f.name = s.toString();
        }
        f.defaults = defaults instanceof PyTuple d ? d : null;
        f.closure = nclosure > 0 ? (PyTuple) closure : null;
        return f;
    }

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
    /** A dict, or the flat (name, value, …) tuple MAKE_FUNCTION gets, made a dict on first access. */
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
        PyObject m = globals.getItem(PyStr.of("__name__"));
        this.module = m == null ? PyNone.INSTANCE : m;
        this.doc = code.consts.length > 0 && code.consts[0] instanceof PyStr s ? s : PyNone.INSTANCE;
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

    private static PyFunction fn(PyObject o) {
        return (PyFunction) o;
    }

    private static void attributes(PyType t) {
        PyGetSetDescr.getset(t, "__name__", self -> PyStr.of(fn(self).name),
                (self, v) -> fn(self).name = string(v, "__name__"));
        PyGetSetDescr.getset(t, "__qualname__", self -> PyStr.of(fn(self).qualname),
                (self, v) -> fn(self).qualname = string(v, "__qualname__"));
        PyGetSetDescr.getset(t, "__doc__", self -> fn(self).doc,
                (self, v) -> fn(self).doc = v == null ? PyNone.INSTANCE : v);
        PyGetSetDescr.getset(t, "__module__", self -> fn(self).module,
                (self, v) -> fn(self).module = v == null ? PyNone.INSTANCE : v);
        PyGetSetDescr.getset(t, "__defaults__", self -> orNone(fn(self).defaults), (self, v) -> {
            if (v != null && v != PyNone.INSTANCE && !(v instanceof PyTuple)) {
                throw Errors.typeError("__defaults__ must be set to a tuple object");
            }
            fn(self).defaults = v instanceof PyTuple tup ? tup : null;
        });
        PyGetSetDescr.getset(t, "__kwdefaults__", self -> orNone(fn(self).kwdefaults), (self, v) -> {
            if (v != null && v != PyNone.INSTANCE && !(v instanceof PyDict)) {
                throw Errors.typeError("__kwdefaults__ must be set to a dict object");
            }
            fn(self).kwdefaults = v instanceof PyDict d ? d : null;
        });
        PyGetSetDescr.getset(t, "__code__", self -> fn(self).code, (self, v) -> {
            if (!(v instanceof PyCode c)) {
                throw Errors.typeError("__code__ must be set to a code object");
            }
            int nfree = freeCount(c), had = fn(self).closure == null ? 0 : fn(self).closure.size();
            if (nfree != had) {
                throw Errors.valueError(fn(self).name + "() requires a code object with " + had + " free vars, not " + nfree);
            }
            fn(self).code = c;
        });
        PyGetSetDescr.member(t, "__globals__", self -> fn(self).globals);
        PyGetSetDescr.member(t, "__builtins__", self -> fn(self).builtins);
        PyGetSetDescr.member(t, "__closure__", self -> orNone(fn(self).closure));
        PyGetSetDescr.getset(t, "__annotations__", self -> fn(self).annotations(), (self, v) -> {
            if (v != null && v != PyNone.INSTANCE && !(v instanceof PyDict)) {
                throw Errors.typeError("__annotations__ must be set to a dict object");
            }
            fn(self).annotations = v instanceof PyDict ? v : null;
        });
        PyGetSetDescr.getset(t, "__dict__", PyObject::instanceDict, (self, v) -> {
            if (!(v instanceof PyDict d)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '"
                        + (v == null ? "NoneType" : v.type().name()) + "'");
            }
            fn(self).dict = d;
        });
    }

    private static int freeCount(PyCode code) {
        int n = 0;
        for (byte kind : code.localsplusKinds) {
            n += (kind & org.taipan.compiler.CodeUnit.KIND_FREE) != 0 ? 1 : 0;
        }
        return n;
    }

    private PyObject annotations() {
        if (annotations instanceof PyTuple tup) {
            PyDict d = new PyDict();
            for (int i = 0; i + 1 < tup.size(); i += 2) {
                d.setItem(tup.get(i), tup.get(i + 1));
            }
            annotations = d;
        } else if (annotations == null) {
            annotations = new PyDict();
        }
        return annotations;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.INSTANCE : o;
    }

    private static String string(PyObject v, String what) {
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError(what + " must be set to a string object");
        }
        return s.toString();
    }
}
