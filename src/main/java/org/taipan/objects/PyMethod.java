package org.taipan.objects;

/** A function bound to an instance ({@code obj.method}): CPython's {@code method} type. */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyMethod.class, PyType.OBJECT, 0, t -> {
        // types.MethodType(function, instance)
        t.tpNew = (type, args, kwnames) -> {
            if (kwnames != null && kwnames.length > 0) {
                throw Errors.typeError("method() takes no keyword arguments");
            }
            if (args.length != 2) {
                throw Errors.typeError("method expected 2 arguments, got " + args.length);
            }
            if (args[0].type().call == null) {
                throw Errors.typeError("first argument must be callable");
            }
            if (args[1] == PyNone.INSTANCE) {
                throw Errors.typeError("instance must not be None");
            }
            return new PyMethod(args[0], args[1]);
        };
        t.call = (self, args, kwnames) -> {
            PyMethod m = (PyMethod) self;
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = m.self;
            System.arraycopy(args, 0, full, 1, args.length);
            return Abstract.call(m.func, full, kwnames);
        };
        t.repr = self -> {
            PyMethod m = (PyMethod) self;
            PyObject qn = Abstract.lookupAttr(m.func, PyStr.of("__qualname__"));
            return PyStr.of("<bound method " + (qn instanceof PyStr s ? s : "?") + " of " + Abstract.repr(m.self) + ">");
        };
        // Attributes the method type does not define come from the function (m.__name__, m.__doc__).
        t.getattro = (self, name) -> {
            PyObject descr = self.type().lookup(name.toString());
            if (descr != null) {
                return BaseSlots.genericGetAttr(self, name);
            }
            return Abstract.getAttr(((PyMethod) self).func, name);
        };
        t.richCompare = (v, w, op) -> {
            if (!(w instanceof PyMethod b) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.INSTANCE;
            }
            PyMethod a = (PyMethod) v;
            boolean eq = a.self == b.self && Abstract.richCompareBool(a.func, b.func, CompareOp.EQ);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        t.hash = self -> Abstract.hash(((PyMethod) self).func) ^ System.identityHashCode(((PyMethod) self).self);
    }, t -> {
        PyGetSetDescr.member(t, "__self__", self -> ((PyMethod) self).self);
        PyGetSetDescr.member(t, "__func__", self -> ((PyMethod) self).func);
        PyGetSetDescr.getter(t, "__doc__", self -> {
            PyObject d = Abstract.lookupAttr(((PyMethod) self).func, PyStr.of("__doc__"));
            return d == null ? PyNone.INSTANCE : d;
        });
    });

    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
