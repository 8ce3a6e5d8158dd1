package org.taipan.objects;

/**
 * {@code weakref.proxy}: stands for the object in every operation while it lives and raises
 * ReferenceError once it is gone. {@code weakref.CallableProxyType} when the object is
 * callable, else {@code weakref.ProxyType}; proxies are unhashable.
 */
final class PyWeakProxy extends PyWeakRef {
    static final PyType PROXY = PyType.builtin("weakref.ProxyType", PyWeakProxy.class, PyType.OBJECT, 0,
            PyWeakProxy::forward, null);
    static final PyType CALLABLE = PyType.builtin("weakref.CallableProxyType", PyWeakProxy.class, PyType.OBJECT, 0,
            t -> {
                forward(t);
                t.call = (self, args, kw) -> Abstract.call(referent(self), args, kw);
            }, null);

    private PyWeakProxy(PyType type, WeakRefs.Record record, PyObject callback) {
        super(type, record, callback);
    }

    static PyWeakProxy make(PyObject o, WeakRefs.Record record, PyObject callback) {
        return new PyWeakProxy(o.type().call != null ? CALLABLE : PROXY, record, callback);
    }

    @Override
    boolean isProxy() {
        return true;
    }

    @Override
    public PyDict instanceDict() {
        return null;
    }

    static PyObject referent(PyObject self) {
        PyObject o = ((PyWeakProxy) self).get();
        if (o == null) {
            throw Errors.of(ExceptionTypes.REFERENCE_ERROR, "weakly-referenced object no longer exists");
        }
        return o;
    }

    private static PyObject unwrap(PyObject o) {
        return o instanceof PyWeakProxy ? referent(o) : o;
    }

    /** Every slot passes the operation on to the object. */
    private static void forward(PyType t) {
        t.hash = null;
        t.repr = self -> {
            PyObject o = ((PyWeakProxy) self).get();
            PyObject shown = o == null ? PyNone.INSTANCE : o;
            return PyStr.of("<weakproxy at " + Ids.address(self) + " to " + shown.type().name() + " at "
                    + Ids.address(shown) + ">");
        };
        t.str = self -> Abstract.str(referent(self));
        t.getattro = (self, name) -> Abstract.getAttr(referent(self), name);
        t.setattro = (self, name, value) -> Abstract.setAttr(referent(self), name, value);
        t.richCompare = (v, w, op) -> Abstract.richCompare(unwrap(v), unwrap(w), op);
        t.bool = self -> Abstract.isTrue(referent(self));
        t.length = self -> Abstract.length(referent(self));
        t.iter = self -> Iter.of(referent(self));
        t.next = self -> {
            PyObject o = referent(self);
            if (o.type().next == null) {
                throw Errors.typeError("Weakref proxy referenced a non-iterator '" + o.type().name() + "' object");
            }
            return o.type().next.call(o);
        };
        t.getitem = (self, key) -> Abstract.getItem(referent(self), key);
        t.setitem = (self, key, value) -> Abstract.setItem(referent(self), key, value);
        t.contains = (self, item) -> Iter.contains(referent(self), item);
        t.neg = self -> unary(referent(self), "unary -", referent(self).type().neg);
        t.pos = self -> unary(referent(self), "unary +", referent(self).type().pos);
        t.abs = self -> unary(referent(self), "abs()", referent(self).type().abs);
        t.invert = self -> unary(referent(self), "unary ~", referent(self).type().invert);
        t.index = self -> Seq.index(referent(self));
        t.asInt = self -> unary(referent(self), "int()", referent(self).type().asInt);
        t.asFloat = self -> unary(referent(self), "float()", referent(self).type().asFloat);
        for (NumberOp op : NumberOp.values()) {
            t.nb[op.ordinal()] = (v, w) -> Abstract.binaryOp(unwrap(v), unwrap(w), op);
        }
        t.pow3 = (a, b, c) -> {
            PyObject x = unwrap(a);
            if (x.type().pow3 == null) {
                throw Errors.typeError("unsupported operand type(s) for pow(): '" + x.type().name() + "'");
            }
            return x.type().pow3.call(x, unwrap(b), unwrap(c));
        };
    }

    private static PyObject unary(PyObject o, String what, Slot.Unary slot) {
        if (slot == null) {
            throw Errors.typeError("bad operand type for " + what + ": '" + o.type().name() + "'");
        }
        return slot.call(o);
    }
}
