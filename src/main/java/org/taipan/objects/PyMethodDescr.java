package org.taipan.objects;

/** A builtin type's method as found in the type's dict ({@code str.split}): CPython's method_descriptor. */
public final class PyMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("method_descriptor", PyMethodDescr.class, PyType.OBJECT, PyType.METHOD_DESCRIPTOR, t -> {
        t.repr = self -> {
            BuiltinMethod m = ((PyMethodDescr) self).method;
            return PyStr.of("<method '" + m.name + "' of '" + m.owner.name() + "' objects>");
        };
        t.descrGet = (self, obj, type) -> obj == null ? self
                : new PyBuiltinFunction(((PyMethodDescr) self).method, ((PyMethodDescr) self).checkSelf(obj));
        t.call = (self, args, kwnames) -> ((PyMethodDescr) self).callUnbound(args, kwnames);
    }, t -> {
        PyGetSetDescr.getter(t, "__name__", self -> PyStr.of(((PyMethodDescr) self).method.name));
        PyGetSetDescr.getter(t, "__qualname__", self -> PyStr.of(((PyMethodDescr) self).method.qualifiedName()));
        PyGetSetDescr.member(t, "__objclass__", self -> ((PyMethodDescr) self).method.owner);
        PyGetSetDescr.getter(t, "__doc__", self -> PyNone.INSTANCE);
        PyGetSetDescr.getter(t, "__text_signature__", self -> ((PyMethodDescr) self).method.textSignatureOrNone());
    });

    final BuiltinMethod method;

    PyMethodDescr(BuiltinMethod method) {
        this.method = method;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Checks the receiver, so that the method's Java code may cast it. */
    PyObject checkSelf(PyObject self) {
        if (!self.type().isSubtype(method.owner)) {
            throw Errors.typeError("descriptor '" + method.name + "' for '" + method.owner.name()
                    + "' objects doesn't apply to a '" + self.type().name() + "' object");
        }
        return self;
    }

    /** {@code descr(self)}: the method called on {@code self}, as LOAD_METHOD and CALL do it. */
    public PyObject callOn(PyObject self) {
        return method.call0(checkSelf(self));
    }

    /** {@code descr(self, x)}. */
    public PyObject callOn(PyObject self, PyObject x) {
        return method.call1(checkSelf(self), x);
    }

    /** {@code descr(self, x, y)}. */
    public PyObject callOn(PyObject self, PyObject x, PyObject y) {
        return method.call2(checkSelf(self), x, y);
    }

    private PyObject callUnbound(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw Errors.typeError("unbound method " + method.qualifiedName() + "() needs an argument");
        }
        return method.call(checkSelf(args[0]), args, 1, kwnames);
    }
}
