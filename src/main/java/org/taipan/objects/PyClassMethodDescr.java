package org.taipan.objects;

/**
 * A builtin class method in a type's dict ({@code int.from_bytes}): CPython's
 * classmethod_descriptor. Looking it up binds it to the class it was looked up through (or the
 * instance's class), so {@code bool.from_bytes} receives {@code bool}.
 */
public final class PyClassMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("classmethod_descriptor", PyClassMethodDescr.class,
            PyType.OBJECT, 0, t -> {
                t.repr = self -> {
                    BuiltinMethod m = ((PyClassMethodDescr) self).method;
                    return PyStr.of("<method '" + m.name + "' of '" + m.owner.name() + "' objects>");
                };
                t.descrGet = (self, obj, type) -> new PyBuiltinFunction(((PyClassMethodDescr) self).method,
                        type != null ? type : obj.type());
                t.call = (self, args, kwnames) -> ((PyClassMethodDescr) self).callUnbound(args, kwnames);
            }, t -> {
                PyGetSetDescr.getter(t, "__name__", self -> PyStr.of(((PyClassMethodDescr) self).method.name));
                PyGetSetDescr.getter(t, "__qualname__",
                        self -> PyStr.of(((PyClassMethodDescr) self).method.qualifiedName()));
                PyGetSetDescr.member(t, "__objclass__", self -> ((PyClassMethodDescr) self).method.owner);
                PyGetSetDescr.getter(t, "__text_signature__",
                        self -> ((PyClassMethodDescr) self).method.textSignatureOrNone());
            });

    final BuiltinMethod method;

    PyClassMethodDescr(BuiltinMethod method) {
        this.method = method;
    }

    /** {@code dict.__dict__['fromkeys'](dict, ...)}: the class given first, checked as CPython does. */
    private PyObject callUnbound(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        String d = "descriptor '" + method.name + "'";
        if (npos < 1) {
            throw Errors.typeError(d + " of '" + method.owner.name() + "' object needs an argument");
        }
        if (!(args[0] instanceof PyType cls)) {
            throw Errors.typeError(d + " for type '" + method.owner.name() + "' needs a type, not a '"
                    + args[0].type().name() + "' as arg 2");
        }
        if (!cls.isSubtype(method.owner)) {
            throw Errors.typeError(d + " requires a subtype of '" + method.owner.name() + "' but received '"
                    + cls.name() + "'");
        }
        return method.call(cls, args, 1, kwnames);
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
