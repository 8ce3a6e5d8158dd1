package org.taipan.objects;

/**
 * A slot wrapper bound to an instance ({@code (1).__add__}, {@code object().__str__}):
 * CPython's {@code method-wrapper}. Calling it calls the slot with the instance prepended.
 */
public final class PyMethodWrapper extends PyObject {
    public static final PyType TYPE = PyType.builtin("method-wrapper", PyMethodWrapper.class, PyType.OBJECT, 0, t -> {
        t.call = (self, args, kwnames) -> {
            PyMethodWrapper m = (PyMethodWrapper) self;
            return m.descr.callBound(m.self, args, kwnames);
        };
        t.repr = self -> {
            PyMethodWrapper m = (PyMethodWrapper) self;
            return PyStr.of("<method-wrapper '" + m.descr.name + "' of " + m.self.type().name() + " object at "
                    + Ids.address(m.self) + ">");
        };
        t.richCompare = (v, w, op) -> {
            if (!(w instanceof PyMethodWrapper b) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.INSTANCE;
            }
            PyMethodWrapper a = (PyMethodWrapper) v;
            boolean eq = a.descr == b.descr && a.self == b.self;
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        t.hash = self -> Ids.id(((PyMethodWrapper) self).self) ^ Ids.id(((PyMethodWrapper) self).descr);
    }, t -> {
        PyGetSetDescr.member(t, "__self__", self -> ((PyMethodWrapper) self).self);
        PyGetSetDescr.getter(t, "__name__", self -> PyStr.of(((PyMethodWrapper) self).descr.name));
        PyGetSetDescr.getter(t, "__qualname__", self -> {
            PySlotWrapper d = ((PyMethodWrapper) self).descr;
            return PyStr.of(d.owner.qualname() + "." + d.name);
        });
        PyGetSetDescr.getter(t, "__objclass__", self -> ((PyMethodWrapper) self).descr.owner);
        PyGetSetDescr.getter(t, "__doc__", self -> PyNone.INSTANCE);
        PyGetSetDescr.getter(t, "__text_signature__", self -> PyStr.of(((PyMethodWrapper) self).descr.textSignature()));
    });

    final PySlotWrapper descr;
    final PyObject self;

    PyMethodWrapper(PySlotWrapper descr, PyObject self) {
        this.descr = descr;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
