package org.taipan.objects;

/**
 * The slot functions of classes defined in Python: each looks up the dunder method along the
 * MRO of the object's type and calls it. {@link #fixup} decides, slot by slot, whether a class
 * gets one of these or keeps a builtin ancestor's slot function unchanged.
 */
final class HeapSlots {
    private HeapSlots() {}

    /** Calls the special method {@code name} of {@code self}'s type, or returns null if there is none. */
    static PyObject callSpecial(PyObject self, String name, PyObject... args) {
        PyObject descr = self.type().lookup(name);
        if (descr == null) {
            return null;
        }
        return Abstract.callBound(descr, self, args);
    }

    private static PyObject require(PyObject self, String name, PyObject... args) {
        PyObject r = callSpecial(self, name, args);
        if (r == null) {
            throw Errors.attributeError(name);
        }
        return r;
    }

    static final Slot.Unary REPR = self -> require(self, "__repr__");
    static final Slot.Unary STR = self -> require(self, "__str__");
    /** Whether the class sets the special method to None, which CPython reads as "not supported". */
    private static boolean blocked(PyObject self, String name) {
        return self.type().lookup(name) == PyNone.INSTANCE;
    }

    static final Slot.Unary ITER = self -> {
        if (blocked(self, "__iter__")) {
            throw Errors.typeError("'" + self.type().name() + "' object is not iterable");
        }
        PyObject it = require(self, "__iter__");
        if (it.type().next == null) {
            throw Errors.typeError("iter() returned non-iterator of type '" + it.type().name() + "'");
        }
        return it;
    };
    static final Slot.Next NEXT = self -> {
        try {
            return require(self, "__next__");
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    };
    static final Slot.Hash HASH = self -> {
        PyObject r = require(self, "__hash__");
        if (!(r instanceof PyInt i)) {
            throw Errors.typeError("__hash__ method should return an integer");
        }
        return i.isLong() && i.longValue() != -1 ? i.longValue() : i.pyHash();
    };
    static final Slot.Predicate BOOL = self -> {
        PyObject r = require(self, "__bool__");
        if (!(r instanceof PyBool)) {
            throw Errors.typeError("__bool__ should return bool, returned " + r.type().name());
        }
        return r == PyBool.TRUE;
    };
    static final Slot.Length LENGTH = self -> {
        PyInt i = Seq.index(require(self, "__len__"));
        if (i.signum() < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        if (!i.isLong()) {
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return i.longValue();
    };
    static final Slot.Binary GETITEM = (self, key) -> require(self, "__getitem__", key);
    static final Slot.Store SETITEM = (self, key, value) -> {
        if (value == null) {
            require(self, "__delitem__", key);
        } else {
            require(self, "__setitem__", key, value);
        }
    };
    static final Slot.Contains CONTAINS = (self, item) -> {
        if (blocked(self, "__contains__")) {
            throw Errors.typeError("'" + self.type().name() + "' object is not a container");
        }
        return Abstract.isTrue(require(self, "__contains__", item));
    };
    static final Slot.Call CALL = (self, args, kwnames) -> {
        PyObject descr = self.type().lookup("__call__");
        if (descr == null) {
            throw Errors.typeError("'" + self.type().name() + "' object is not callable");
        }
        return Abstract.callBound(descr, self, args, kwnames);
    };
    static final Slot.RichCompare RICH_COMPARE = (self, other, op) -> {
        PyObject r = callSpecial(self, op.dunder, other);
        return r == null ? PyNotImplemented.INSTANCE : r;
    };
    static final Slot.GetAttr GETATTRO = HeapSlots::getattr;
    static final Slot.SetAttr SETATTRO = (self, name, value) -> {
        if (value == null) {
            require(self, "__delattr__", name);
        } else {
            require(self, "__setattr__", name, value);
        }
    };
    static final Slot.DescrGet DESCR_GET = (descr, obj, type) ->
            require(descr, "__get__", obj == null ? PyNone.INSTANCE : obj, type == null ? PyNone.INSTANCE : type);
    static final Slot.DescrSet DESCR_SET = (descr, obj, value) -> {
        if (value == null) {
            require(descr, "__delete__", obj);
        } else {
            require(descr, "__set__", obj, value);
        }
    };
    static final Slot.Init INIT = (self, args, kwnames) -> {
        PyObject r = Abstract.callBound(self.type().lookup("__init__"), self, args, kwnames);
        if (r != PyNone.INSTANCE) {
            throw Errors.typeError("__init__() should return None, not '" + r.type().name() + "'");
        }
    };
    static final Slot.New NEW = (type, args, kwnames) -> {
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = type;
        System.arraycopy(args, 0, full, 1, args.length);
        PyObject newFn = Abstract.bindDescriptor(type.lookup("__new__"), null, type);
        return Abstract.call(newFn, full, kwnames);
    };

    private static Slot.Unary unary(String name) {
        return self -> require(self, name);
    }

    static final Slot.Unary NEG = unary("__neg__"), POS = unary("__pos__"), ABS = unary("__abs__"),
            INVERT = unary("__invert__"), AS_INT = unary("__int__"), AS_FLOAT = unary("__float__"),
            INDEX = unary("__index__");

    /** One function per number operation: their identity tells a Python-level slot from a builtin's. */
    static final Slot.Binary[] NB = new Slot.Binary[NumberOp.values().length];

    static {
        for (NumberOp op : NumberOp.values()) {
            NB[op.ordinal()] = op.isInplace()
                    ? (v, w) -> {
                        PyObject r = callSpecial(v, op.dunder, w);
                        return r == null ? PyNotImplemented.INSTANCE : r;
                    }
                    : (v, w) -> binary(op, v, w);
        }
    }

    /**
     * A binary operator for classes defined in Python: {@code v.__op__(w)}, else
     * {@code w.__rop__(v)}, with the right operand first when its class is a subclass of the
     * left one's that overrides the reflected method.
     */
    private static PyObject binary(NumberOp op, PyObject v, PyObject w) {
        Slot.Binary mine = NB[op.ordinal()];
        PyType tv = v.type(), tw = w.type();
        boolean doOther = tv != tw && tw.nb[op.ordinal()] == mine;
        if (tv.nb[op.ordinal()] == mine) {
            if (doOther && tw.isSubtype(tv) && overrides(tw, tv, op.reflected)) {
                PyObject r = callSpecial(w, op.reflected, v);
                if (r != null && r != PyNotImplemented.INSTANCE) {
                    return r;
                }
                doOther = false;
            }
            PyObject r = callSpecial(v, op.dunder, w);
            if (r != null && (r != PyNotImplemented.INSTANCE || tv == tw)) {
                return r;
            }
        }
        if (doOther) {
            PyObject r = callSpecial(w, op.reflected, v);
            return r == null ? PyNotImplemented.INSTANCE : r;
        }
        return PyNotImplemented.INSTANCE;
    }

    private static boolean overrides(PyType sub, PyType sup, String name) {
        PyObject b = sub.lookup(name);
        return b != null && b != sup.lookup(name);
    }

    /** {@code __getattribute__}, then {@code __getattr__} on AttributeError. */
    private static PyObject getattr(PyObject self, PyStr name) {
        PyType t = self.type();
        PyObject getattribute = t.lookup("__getattribute__");
        PyObject getattrHook = t.lookup("__getattr__");
        try {
            if (getattribute instanceof PySlotWrapper w && w.owner == PyType.OBJECT) {
                return BaseSlots.genericGetAttr(self, name);
            }
            return Abstract.callBound(getattribute, self, name);
        } catch (PyException e) {
            if (getattrHook == null || !e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            return Abstract.callBound(getattrHook, self, name);
        }
    }

    // ---- choosing slots for a new class

    private record Group(String[] names, java.util.function.Function<PyType, Object> get,
                         java.util.function.BiConsumer<PyType, Object> set, Object generic) {}

    private static Group g(Object generic, java.util.function.Function<PyType, Object> get,
                           java.util.function.BiConsumer<PyType, Object> set, String... names) {
        return new Group(names, get, set, generic);
    }

    private static final Group[] GROUPS = groups();

    private static Group[] groups() {
        java.util.List<Group> l = new java.util.ArrayList<>(java.util.List.of(
                g(REPR, t -> t.repr, (t, f) -> t.repr = (Slot.Unary) f, "__repr__"),
                g(STR, t -> t.str, (t, f) -> t.str = (Slot.Unary) f, "__str__"),
                g(ITER, t -> t.iter, (t, f) -> t.iter = (Slot.Unary) f, "__iter__"),
                g(NEXT, t -> t.next, (t, f) -> t.next = (Slot.Next) f, "__next__"),
                g(HASH, t -> t.hash, (t, f) -> t.hash = (Slot.Hash) f, "__hash__"),
                g(BOOL, t -> t.bool, (t, f) -> t.bool = (Slot.Predicate) f, "__bool__"),
                g(LENGTH, t -> t.length, (t, f) -> t.length = (Slot.Length) f, "__len__"),
                g(GETITEM, t -> t.getitem, (t, f) -> t.getitem = (Slot.Binary) f, "__getitem__"),
                g(SETITEM, t -> t.setitem, (t, f) -> t.setitem = (Slot.Store) f, "__setitem__", "__delitem__"),
                g(CONTAINS, t -> t.contains, (t, f) -> t.contains = (Slot.Contains) f, "__contains__"),
                g(CALL, t -> t.call, (t, f) -> t.call = (Slot.Call) f, "__call__"),
                g(RICH_COMPARE, t -> t.richCompare, (t, f) -> t.richCompare = (Slot.RichCompare) f,
                        "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"),
                g(GETATTRO, t -> t.getattro, (t, f) -> t.getattro = (Slot.GetAttr) f, "__getattribute__", "__getattr__"),
                g(SETATTRO, t -> t.setattro, (t, f) -> t.setattro = (Slot.SetAttr) f, "__setattr__", "__delattr__"),
                g(DESCR_GET, t -> t.descrGet, (t, f) -> t.descrGet = (Slot.DescrGet) f, "__get__"),
                g(DESCR_SET, t -> t.descrSet, (t, f) -> t.descrSet = (Slot.DescrSet) f, "__set__", "__delete__"),
                g(INIT, t -> t.init, (t, f) -> t.init = (Slot.Init) f, "__init__"),
                g(NEW, t -> t.tpNew, (t, f) -> t.tpNew = (Slot.New) f, "__new__"),
                g(NEG, t -> t.neg, (t, f) -> t.neg = (Slot.Unary) f, "__neg__"),
                g(POS, t -> t.pos, (t, f) -> t.pos = (Slot.Unary) f, "__pos__"),
                g(ABS, t -> t.abs, (t, f) -> t.abs = (Slot.Unary) f, "__abs__"),
                g(INVERT, t -> t.invert, (t, f) -> t.invert = (Slot.Unary) f, "__invert__"),
                g(AS_INT, t -> t.asInt, (t, f) -> t.asInt = (Slot.Unary) f, "__int__"),
                g(AS_FLOAT, t -> t.asFloat, (t, f) -> t.asFloat = (Slot.Unary) f, "__float__"),
                g(INDEX, t -> t.index, (t, f) -> t.index = (Slot.Unary) f, "__index__")));
        for (NumberOp op : NumberOp.values()) {
            int i = op.ordinal();
            String[] names = op.reflected == null ? new String[] {op.dunder} : new String[] {op.dunder, op.reflected};
            l.add(g(NB[i], t -> t.nb[i], (t, f) -> t.nb[i] = (Slot.Binary) f, names));
        }
        return l.toArray(new Group[0]);
    }

    /**
     * Sets each slot of a class from what its MRO defines under the slot's dunder names: nothing
     * leaves the slot empty, a builtin's own slot wrapper lets the class share that builtin's
     * Java code, and anything else (a Python function, another descriptor) gets the generic
     * function that calls it. {@code __hash__ = None} makes the class unhashable.
     */
    static void fixup(PyType t) {
        for (Group g : GROUPS) {
            Object chosen = null;
            boolean generic = false;
            for (String name : g.names) {
                PyObject found = t.lookup(name);
                if (found == null) {
                    continue;
                }
                Object builtin = builtinSlotOf(found, g);
                if (builtin != null && (chosen == null || chosen == builtin)) {
                    chosen = builtin;
                } else if (found == PyNone.INSTANCE && g.generic == HASH) {
                    g.set.accept(t, null);
                    chosen = null;
                    generic = false;
                    break;
                } else {
                    generic = true;
                }
            }
            if (generic || chosen != null) {
                g.set.accept(t, generic ? g.generic : chosen);
            } else if (g.get.apply(t) == g.generic && t.base() != null) {
                // The method was deleted: back to what the base class does.
                g.set.accept(t, g.get.apply(t.base()));
            }
        }
        t.hasDel = t.lookup("__del__") != null;
        int pow = NumberOp.POWER.ordinal();
        // Three-argument pow never calls __rpow__: only the left operand's own __pow__ (CPython's slot_nb_power).
        t.pow3 = t.nb[pow] == NB[pow] ? (a, b, c) -> a.type().nb[pow] == NB[pow]
                ? require(a, "__pow__", b, c) : PyNotImplemented.INSTANCE : t.base().pow3;
    }

    /** The builtin slot function that {@code found} exposes for this group, or null if it is not such a wrapper. */
    private static Object builtinSlotOf(PyObject found, Group g) {
        if (found instanceof PySlotWrapper w) {
            // Only a wrapper of this group's own dunders (int.__repr__ set as __str__ is not int's str slot).
            for (String n : g.names) {
                if (n.equals(w.name)) {
                    return g.get.apply(w.owner);
                }
            }
            return null;
        }
        if (g.generic == NEW && found instanceof PyBuiltinFunction f && f.method.newOf != null) {
            return f.method.newOf.tpNew;
        }
        return null;
    }

}
