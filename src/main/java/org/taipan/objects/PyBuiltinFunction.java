package org.taipan.objects;

/** A builtin function, or a builtin method bound to its receiver: CPython's builtin_function_or_method. */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyBuiltinFunction.class,
            PyType.OBJECT, 0, t -> {
                t.repr = PyBuiltinFunction::repr;
                t.call = (self, args, kwnames) -> {
                    PyBuiltinFunction f = (PyBuiltinFunction) self;
                    return f.method.call(f.staticMethod ? null : f.self, args, 0, kwnames);
                };
            }, t -> {
                PyGetSetDescr.getter(t, "__name__", self -> PyStr.of(((PyBuiltinFunction) self).method.name));
                PyGetSetDescr.getter(t, "__qualname__", self -> {
                    PyBuiltinFunction f = (PyBuiltinFunction) self;
                    return PyStr.of(f.method.owner == null ? f.method.name : f.method.qualifiedName());
                });
                PyGetSetDescr.getter(t, "__self__", self -> {
                    PyBuiltinFunction f = (PyBuiltinFunction) self;
                    return f.self != null && !f.staticMethod ? f.self : f.module != null ? f.module : PyNone.INSTANCE;
                });
                PyGetSetDescr.getter(t, "__module__", self -> {
                    PyModule m = ((PyBuiltinFunction) self).module;
                    return m == null ? PyNone.INSTANCE : PyStr.of(m.name());
                });
                PyGetSetDescr.getter(t, "__text_signature__", self -> {
                    String sig = ((PyBuiltinFunction) self).method.textSignature();
                    return sig == null ? PyNone.INSTANCE : PyStr.of(sig);
                });
                PyGetSetDescr.getter(t, "__doc__", self -> PyNone.INSTANCE);
                // pickled by name: a function by its qualified name, a bound method as getattr(receiver, name)
                t.method("__reduce__", self -> {
                    PyBuiltinFunction f = (PyBuiltinFunction) self;
                    if (f.self == null || f.staticMethod || f.self instanceof PyModule) {
                        return Abstract.getAttr(self, PyStr.of("__qualname__"));
                    }
                    PyObject getattr = Abstract.getAttr(PyModule.loadedModule.apply("builtins"), PyStr.of("getattr"));
                    return PyTuple.of(getattr, PyTuple.of(f.self, PyStr.of(f.method.name)));
                });
            });

    final BuiltinMethod method;
    /** The receiver of a bound method; null for a function. */
    final PyObject self;
    /** The module of a module-level function ({@code __self__} and {@code __module__}), else null. */
    final PyModule module;
    /** A builtin static method ({@code str.maketrans}): {@link #self} is its type, shown by repr only. */
    private boolean staticMethod;

    /** The function a builtin type's static method wraps, as CPython makes it (METH_STATIC). */
    public static PyBuiltinFunction staticIn(BuiltinMethod method, PyType owner) {
        PyBuiltinFunction f = new PyBuiltinFunction(method, owner);
        f.staticMethod = true;
        return f;
    }

    /** {@code f()} without an argument array. */
    public PyObject call0() {
        return method.call0(staticMethod ? null : self);
    }

    /** {@code f(x)} without an argument array when the function takes exactly one argument. */
    public PyObject call1(PyObject x) {
        return method.call1(staticMethod ? null : self, x);
    }

    public PyBuiltinFunction(BuiltinMethod method, PyObject self) {
        this(method, self, null);
    }

    public PyBuiltinFunction(BuiltinMethod method, PyObject self, PyModule module) {
        this.method = method;
        this.self = self;
        this.module = module;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject repr(PyObject o) {
        PyBuiltinFunction f = (PyBuiltinFunction) o;
        if (f.self == null) {
            return PyStr.of("<built-in function " + f.method.name + ">");
        }
        return PyStr.of("<built-in method " + f.method.name + " of " + f.self.type().name() + " object at "
                + Ids.address(f.self) + ">");
    }
}
