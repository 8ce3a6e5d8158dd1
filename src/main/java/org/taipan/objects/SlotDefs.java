package org.taipan.objects;

import java.util.function.Function;

/**
 * The table that ties dunder names to slots (CPython's slotdefs). For a builtin type it adds a
 * {@link PySlotWrapper} to the dict for every slot the type defines itself rather than inherits.
 */
final class SlotDefs {
    private SlotDefs() {}

    private record Def(String name, int arity, Function<PyType, Object> slot, Function<PyType, PySlotWrapper.Invoker> wrap,
            Function<PyType, PySlotWrapper.KwInvoker> kwWrap) {
        Def(String name, int arity, Function<PyType, Object> slot, Function<PyType, PySlotWrapper.Invoker> wrap) {
            this(name, arity, slot, wrap, null);
        }

        PySlotWrapper wrapper(PyType t) {
            return kwWrap != null ? new PySlotWrapper(t, name, kwWrap.apply(t)) : new PySlotWrapper(t, name, arity, wrap.apply(t));
        }
    }

    private static final Def[] DEFS = build();

    private static Def[] build() {
        java.util.List<Def> d = new java.util.ArrayList<>();
        d.add(new Def("__repr__", 0, t -> t.repr, t -> (s, a) -> t.repr.call(s)));
        d.add(new Def("__str__", 0, t -> t.str, t -> (s, a) -> t.str.call(s)));
        d.add(new Def("__hash__", 0, t -> t.hash, t -> (s, a) -> PyInt.of(t.hash.call(s))));
        d.add(new Def("__bool__", 0, t -> t.bool, t -> (s, a) -> PyBool.of(t.bool.call(s))));
        d.add(new Def("__len__", 0, t -> t.length, t -> (s, a) -> PyInt.of(t.length.call(s))));
        d.add(new Def("__iter__", 0, t -> t.iter, t -> (s, a) -> t.iter.call(s)));
        d.add(new Def("__next__", 0, t -> t.next, t -> (s, a) -> {
            PyObject v = t.next.call(s);
            if (v == null) {
                throw new PyException(new PyBaseException(ExceptionTypes.STOP_ITERATION, PyTuple.EMPTY));
            }
            return v;
        }));
        d.add(new Def("__getitem__", 1, t -> t.getitem, t -> (s, a) -> t.getitem.call(s, a[0])));
        d.add(new Def("__setitem__", 2, t -> t.setitem, t -> (s, a) -> {
            t.setitem.call(s, a[0], a[1]);
            return PyNone.INSTANCE;
        }));
        d.add(new Def("__delitem__", 1, t -> t.setitem, t -> (s, a) -> {
            t.setitem.call(s, a[0], null);
            return PyNone.INSTANCE;
        }));
        d.add(new Def("__contains__", 1, t -> t.contains, t -> (s, a) -> PyBool.of(t.contains.call(s, a[0]))));
        d.add(new Def("__neg__", 0, t -> t.neg, t -> (s, a) -> t.neg.call(s)));
        d.add(new Def("__pos__", 0, t -> t.pos, t -> (s, a) -> t.pos.call(s)));
        d.add(new Def("__abs__", 0, t -> t.abs, t -> (s, a) -> t.abs.call(s)));
        d.add(new Def("__invert__", 0, t -> t.invert, t -> (s, a) -> t.invert.call(s)));
        d.add(new Def("__int__", 0, t -> t.asInt, t -> (s, a) -> t.asInt.call(s)));
        d.add(new Def("__float__", 0, t -> t.asFloat, t -> (s, a) -> t.asFloat.call(s)));
        d.add(new Def("__index__", 0, t -> t.index, t -> (s, a) -> t.index.call(s)));
        for (CompareOp op : CompareOp.values()) {
            d.add(new Def(op.dunder, 1, t -> t.richCompare, t -> (s, a) -> t.richCompare.call(s, a[0], op)));
        }
        for (NumberOp op : NumberOp.values()) {
            int i = op.ordinal();
            if (op == NumberOp.POWER) {
                // __pow__(exp, mod=None) and __rpow__(base, mod=None) take an optional modulus.
                d.add(new Def(op.dunder, -2, t -> t.nb[i], t -> (s, a) -> a.length == 1 || a[1] == PyNone.INSTANCE
                        ? t.nb[i].call(s, a[0]) : t.pow3.call(s, a[0], a[1])));
                d.add(new Def(op.reflected, -2, t -> t.nb[i], t -> (s, a) -> a.length == 1 || a[1] == PyNone.INSTANCE
                        ? t.nb[i].call(a[0], s) : t.pow3.call(a[0], s, a[1])));
                continue;
            }
            d.add(new Def(op.dunder, 1, t -> t.nb[i], t -> (s, a) -> t.nb[i].call(s, a[0])));
            if (op.reflected != null) {
                d.add(new Def(op.reflected, 1, t -> t.nb[i], t -> (s, a) -> t.nb[i].call(a[0], s)));
            }
        }
        d.add(new Def("__getattribute__", 1, t -> t.getattro, t -> (s, a) -> t.getattro.call(s, attrName(a[0]))));
        d.add(new Def("__setattr__", 2, t -> t.setattro, t -> (s, a) -> {
            hackCheck(s, t, "__setattr__");
            t.setattro.call(s, attrName(a[0]), a[1]);
            return PyNone.INSTANCE;
        }));
        d.add(new Def("__delattr__", 1, t -> t.setattro, t -> (s, a) -> {
            hackCheck(s, t, "__delattr__");
            t.setattro.call(s, attrName(a[0]), null);
            return PyNone.INSTANCE;
        }));
        d.add(new Def("__get__", -1, t -> t.descrGet, t -> (s, a) -> {
            if (a.length < 1 || a.length > 2) {
                throw Errors.typeError("expected 1 or 2 arguments, got " + a.length);
            }
            PyObject obj = a[0] == PyNone.INSTANCE ? null : a[0];
            PyObject owner = a.length > 1 && a[1] != PyNone.INSTANCE ? a[1] : null;
            if (obj == null && owner == null) {
                throw Errors.typeError("__get__(None, None) is invalid");
            }
            return t.descrGet.call(s, obj, owner instanceof PyType pt ? pt : null);
        }));
        d.add(new Def("__set__", 2, t -> t.descrSet, t -> (s, a) -> {
            t.descrSet.call(s, a[0], a[1]);
            return PyNone.INSTANCE;
        }));
        d.add(new Def("__delete__", 1, t -> t.descrSet, t -> (s, a) -> {
            t.descrSet.call(s, a[0], null);
            return PyNone.INSTANCE;
        }));
        // As in CPython, only these two wrappers take keyword arguments.
        d.add(new Def("__call__", -1, t -> t.call, null, t -> (s, a, k) -> t.call.call(s, a, k)));
        d.add(new Def("__init__", -1, t -> t.init, null, t -> (s, a, k) -> {
            t.init.call(s, a, k);
            return PyNone.INSTANCE;
        }));
        return d.toArray(new Def[0]);
    }

    /** {@code T.__new__(cls, ...)}: checks cls and calls T's tp_new with it. */
    private static PyBuiltinFunction newWrapper(PyType t) {
        BuiltinMethod m = BuiltinMethod.of("__new__", t, (self, args, start, kwnames) -> {
            if (args.length - start - (kwnames == null ? 0 : kwnames.length) < 1) {
                throw Errors.typeError(t.name() + ".__new__(): not enough arguments");
            }
            if (!(args[start] instanceof PyType sub)) {
                throw Errors.typeError(t.name() + ".__new__(X): X is not a type object (" + args[start].type().name() + ")");
            }
            if (!sub.isSubtype(t)) {
                throw Errors.typeError(t.name() + ".__new__(" + sub.name() + "): " + sub.name() + " is not a subtype of "
                        + t.name());
            }
            // The nearest class whose __new__ is a builtin's must use this one: object.__new__(MyInt)
            // would make an instance without int's layout.
            PyType staticBase = sub;
            while (staticBase != null && staticBase.tpNew == HeapSlots.NEW) {
                staticBase = staticBase.base();
            }
            if (staticBase != null && staticBase.tpNew != t.tpNew) {
                throw Errors.typeError(t.name() + ".__new__(" + sub.name() + ") is not safe, use " + staticBase.name()
                        + ".__new__()");
            }
            PyObject[] rest = java.util.Arrays.copyOfRange(args, start + 1, args.length);
            return t.tpNew.call(sub, rest, kwnames);
        });
        m.newOf = t;
        return new PyBuiltinFunction(m, t);
    }

    /** Refuses {@code object.__setattr__(int, ...)}: the receiver's builtin base must use this same slot. */
    private static void hackCheck(PyObject self, PyType owner, String name) {
        PyType base = self.type();
        while (base.isHeapType() && base.base() != null) {
            base = base.base();
        }
        if (base.setattro != owner.setattro) {
            throw Errors.typeError("can't apply this " + name + " to " + base.name() + " object");
        }
    }

    private static PyStr attrName(PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw Errors.typeError("attribute name must be string, not '" + o.type().name() + "'");
    }

    /**
     * The slots that CPython also defines as methods of these types (METH_COEXIST), so that
     * {@code dict.__getitem__} is a method descriptor with a method's error messages.
     */
    private static boolean coexists(PyType t, String name) {
        if (t.isHeapType()) {
            return false;
        }
        return switch (t.name()) {
            case "dict" -> name.equals("__getitem__") || name.equals("__contains__");
            case "list" -> name.equals("__getitem__");
            case "set", "frozenset" -> name.equals("__contains__");
            default -> false;
        };
    }

    /** Adds wrappers for the slots {@code t} sets itself (those that differ from its base's). */
    static void addWrappers(PyType t) {
        PyType base = t.base();
        PyDict dict = t.dict();
        if (t.tpNew != null && (base == null || t.tpNew != base.tpNew)) {
            dict.setItem(PyStr.of("__new__"), newWrapper(t));
        }
        for (Def def : DEFS) {
            Object mine = def.slot.apply(t);
            if (mine == null && def.name.equals("__hash__") && base != null && base.hash != null) {
                dict.setItem(PyStr.of("__hash__"), PyNone.INSTANCE); // unhashable, as CPython marks it
            } else if (def.name.equals("__radd__") && Seq.isSequenceSlot(mine)) {
                continue; // concatenation has no reflected form (CPython's sq_concat)
            } else if (mine != null && (base == null || mine != def.slot.apply(base))) {
                PySlotWrapper w = def.wrapper(t);
                dict.setItem(PyStr.of(def.name), coexists(t, def.name)
                        ? new PyMethodDescr(BuiltinMethod.of(def.name, t, (PyObject s, PyObject a) -> w.callBound(s, new PyObject[] {a}, null)))
                        : w);
            }
        }
    }
}
