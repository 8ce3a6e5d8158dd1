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
            }, t -> {
                PyGetSetDescr.getter(t, "__name__", self -> PyStr.of(((PyClassMethodDescr) self).method.name));
                PyGetSetDescr.getter(t, "__qualname__",
                        self -> PyStr.of(((PyClassMethodDescr) self).method.qualifiedName()));
                PyGetSetDescr.member(t, "__objclass__", self -> ((PyClassMethodDescr) self).method.owner);
            });

    final BuiltinMethod method;

    PyClassMethodDescr(BuiltinMethod method) {
        this.method = method;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
