package org.taipan.objects;

/** {@code classmethod} and {@code staticmethod}: wrappers that bind to the class, or not at all. */
public final class PyClassMethod extends PyObject {
    public static final PyType CLASSMETHOD = define("classmethod", true);
    public static final PyType STATICMETHOD = define("staticmethod", false);

    private static PyType define(String name, boolean isClass) {
        ArgParser args = ArgParser.unpack(name, 1, 1);
        return PyType.builtin(name, PyClassMethod.class, PyType.OBJECT, PyType.BASETYPE, t -> {
            t.tpNew = (type, a, kw) -> new PyClassMethod(type, PyNone.INSTANCE);
            t.init = (self, a, kw) -> {
                if (kw != null && kw.length > 0) {
                    throw Errors.typeError(name + "() takes no keyword arguments");
                }
                PyClassMethod m = (PyClassMethod) self;
                m.func = args.bind(a, 0, kw)[0];
                // as functools.wraps: the wrapper shows the function's names and documentation
                for (String attr : WRAPPED) {
                    PyObject v = Abstract.lookupAttr(m.func, PyStr.of(attr));
                    if (v != null) {
                        m.instanceDict().setItem(PyStr.of(attr), v);
                    }
                }
            };
            t.repr = self -> PyStr.of("<" + name + "(" + Abstract.repr(((PyClassMethod) self).func) + ")>");
            if (isClass) {
                t.descrGet = (self, obj, type) -> {
                    PyObject f = ((PyClassMethod) self).func;
                    PyType cls = type != null ? type : obj.type();
                    if (f.type().descrGet != null) {
                        return f.type().descrGet.call(f, cls, cls);
                    }
                    return new PyMethod(f, cls);
                };
            } else {
                t.descrGet = (self, obj, type) -> ((PyClassMethod) self).func;
                t.call = (self, a, kw) -> Abstract.call(((PyClassMethod) self).func, a, kw);
            }
        }, t -> {
            PyGetSetDescr.member(t, "__func__", self -> ((PyClassMethod) self).func);
            PyGetSetDescr.member(t, "__wrapped__", self -> ((PyClassMethod) self).func);
            PyGetSetDescr.getter(t, "__isabstractmethod__", self -> {
                PyObject v = Abstract.lookupAttr(((PyClassMethod) self).func, PyStr.of("__isabstractmethod__"));
                return PyBool.of(v != null && Abstract.isTrue(v));
            });
            PyGetSetDescr.getset(t, "__dict__", PyObject::instanceDict, (self, v) -> {
                throw Errors.typeError("__dict__ assignment is not supported yet");
            });
        });
    }

    private static final String[] WRAPPED = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

    private final PyType type;
    PyObject func;
    private PyDict dict;

    public PyClassMethod(PyType type, PyObject func) {
        this.type = type;
        this.func = func;
    }

    public PyObject func() {
        return func;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }
}
