package org.taipan.objects;

/**
 * {@code object.__reduce_ex__} and {@code object.__reduce__}: the default reductions that
 * {@code pickle} and {@code copy} use for objects without their own, as CPython's. Protocol 2
 * and above give {@code copyreg.__newobj__(cls, *args)} (or {@code __newobj_ex__} with keyword
 * arguments) plus the state from {@code __getstate__} and list or dict items; protocols 0 and 1
 * give {@code copyreg._reconstructor(cls, base, base(obj))} with the builtin base's value.
 */
final class ObjectReduce {
    private ObjectReduce() {}

    static PyObject reduceEx(PyObject self, PyObject protocol) {
        int proto = Seq.index(protocol).intValueExact();
        PyObject own = self.type().lookup("__reduce__");
        if (own != null && own != PyType.OBJECT.lookup("__reduce__")) {
            return Abstract.call(Abstract.getAttr(self, PyStr.of("__reduce__")), new PyObject[0], null);
        }
        return common(self, proto);
    }

    static PyObject reduce(PyObject self) {
        return common(self, 0);
    }

    private static PyObject copyreg() {
        PyObject builtins = PyModule.loadedModule.apply("builtins");
        PyObject imp = Abstract.getAttr(builtins, PyStr.of("__import__"));
        return Abstract.call(imp, new PyObject[] {PyStr.of("copyreg")}, null);
    }

    private static PyObject common(PyObject self, int proto) {
        PyObject copyreg = copyreg();
        return proto >= 2 ? reduceNewobj(self, copyreg) : reduceOld(self, proto, copyreg);
    }

    /** The first builtin (not class-statement) type in the MRO: what holds an instance's C-level value. */
    private static PyType builtinBase(PyType cls) {
        for (PyType t : cls.mro()) {
            if (!t.isHeapType()) {
                return t;
            }
        }
        return PyType.OBJECT;
    }

    /**
     * {@code object.__getstate__()}: the instance dict (None when there is none or it is empty),
     * paired with a dict of the {@code __slots__} that have values, in the order
     * {@code copyreg._slotnames} gives (which caches them in the class as CPython's does).
     */
    static PyObject defaultGetstate(PyObject self) {
        PyDict d = self instanceof PyType ? null : self.instanceDict();
        PyObject state = d != null && d.size() > 0 ? d : PyNone.INSTANCE;
        PyObject names = slotNames(self.type());
        PyDict slots = new PyDict();
        PyObject it = Iter.of(names);
        for (PyObject name = Iter.next(it); name != null; name = Iter.next(it)) {
            PyObject value = name instanceof PyStr s ? Abstract.lookupAttr(self, s) : null;
            if (value != null) {
                slots.setItem(name, value);
            }
        }
        return slots.size() > 0 ? PyTuple.of(state, slots) : state;
    }

    /** CPython's _PyType_GetSlotNames: the class's cached {@code __slotnames__}, else copyreg's answer. */
    private static PyObject slotNames(PyType cls) {
        PyObject cached = cls.dict().getItem(PyStr.of("__slotnames__"));
        if (cached instanceof PyList) {
            return cached;
        }
        return Abstract.call(Abstract.getAttr(copyreg(), PyStr.of("_slotnames")), new PyObject[] {cls}, null);
    }

    /** {@code obj.__getstate__()}: what builtin reductions put in their third item. */
    static PyObject getstate(PyObject self) {
        return Abstract.call(Abstract.getAttr(self, PyStr.of("__getstate__")), new PyObject[0], null);
    }

    private static PyObject callSpecial(PyObject self, String name) {
        PyObject f = self.type().lookup(name);
        if (f == null) {
            return null;
        }
        return Abstract.call(Abstract.bindDescriptor(f, self, self.type()), new PyObject[0], null);
    }

    private static PyObject reduceNewobj(PyObject self, PyObject copyreg) {
        PyType cls = self.type();
        if (cls.tpNew == null) {
            throw Errors.typeError("cannot pickle '" + cls.name() + "' object");
        }
        PyTuple args = null;
        PyDict kwargs = null;
        PyObject ex = callSpecial(self, "__getnewargs_ex__");
        if (ex != null) {
            if (!(ex instanceof PyTuple t)) {
                throw Errors.typeError("__getnewargs_ex__ should return a tuple, not '" + ex.type().name() + "'");
            }
            if (t.size() != 2) {
                throw Errors.typeError("__getnewargs_ex__ should return a tuple of length 2, not " + t.size());
            }
            if (!(t.get(0) instanceof PyTuple a)) {
                throw Errors.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '"
                        + t.get(0).type().name() + "'");
            }
            if (!(t.get(1) instanceof PyDict k)) {
                throw Errors.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '"
                        + t.get(1).type().name() + "'");
            }
            args = a;
            kwargs = k;
        } else {
            PyObject na = callSpecial(self, "__getnewargs__");
            if (na != null) {
                if (!(na instanceof PyTuple a)) {
                    throw Errors.typeError("__getnewargs__ should return a tuple, not '" + na.type().name() + "'");
                }
                args = a;
            }
        }
        PyObject newobj, newargs;
        if (kwargs == null || kwargs.size() == 0) {
            newobj = Abstract.getAttr(copyreg, PyStr.of("__newobj__"));
            int n = args == null ? 0 : args.size();
            PyObject[] items = new PyObject[n + 1];
            items[0] = cls;
            for (int i = 0; i < n; i++) {
                items[i + 1] = args.get(i);
            }
            newargs = PyTuple.wrap(items);
        } else {
            newobj = Abstract.getAttr(copyreg, PyStr.of("__newobj_ex__"));
            newargs = PyTuple.of(cls, args, kwargs);
        }
        boolean isList = self instanceof PyList, isDict = self instanceof PyDict;
        PyObject state = state(self, !(args != null || isList || isDict));
        PyObject listitems = isList ? Iter.of(self) : PyNone.INSTANCE;
        PyObject dictitems = isDict ? Iter.of(Abstract.call(Abstract.getAttr(self, PyStr.of("items")),
                new PyObject[0], null)) : PyNone.INSTANCE;
        return PyTuple.of(newobj, newargs, state, listitems, dictitems);
    }

    /**
     * The state: {@code __getstate__()}, or object's default. When nothing else rebuilds the
     * object ({@code required}), an instance whose builtin base keeps a value of its own cannot
     * be pickled by its dict alone.
     */
    private static PyObject state(PyObject self, boolean required) {
        PyObject getstate = self.type().lookup("__getstate__");
        if (getstate != PyType.OBJECT.lookup("__getstate__")) {
            return Abstract.call(Abstract.getAttr(self, PyStr.of("__getstate__")), new PyObject[0], null);
        }
        if (required) {
            PyType base = builtinBase(self.type());
            if (base != PyType.OBJECT && base != PyList.TYPE && base != PyDict.TYPE) {
                throw Errors.typeError("cannot pickle '" + self.type().name() + "' object");
            }
        }
        return Abstract.call(Abstract.getAttr(self, PyStr.of("__getstate__")), new PyObject[0], null);
    }

    private static PyObject reduceOld(PyObject self, int proto, PyObject copyreg) {
        PyType cls = self.type();
        PyType base = builtinBase(cls);
        PyObject baseValue;
        if (base == PyType.OBJECT) {
            baseValue = PyNone.INSTANCE;
        } else {
            if (base == cls) {
                throw Errors.typeError("cannot pickle '" + cls.name() + "' object");
            }
            baseValue = Abstract.call(base, new PyObject[] {self}, null);
        }
        PyObject args = PyTuple.of(cls, base, baseValue);
        PyObject state;
        if (self.type().lookup("__getstate__") == PyType.OBJECT.lookup("__getstate__")) {
            PyObject slots = Abstract.lookupAttr(self, PyStr.of("__slots__"));
            if (slots != null && Abstract.isTrue(slots)) {
                throw Errors.typeError("a class that defines __slots__ without defining __getstate__ cannot be pickled");
            }
            PyObject d = Abstract.lookupAttr(self, PyStr.of("__dict__"));
            state = d == null ? PyNone.INSTANCE : d;
        } else {
            state = Abstract.call(Abstract.getAttr(self, PyStr.of("__getstate__")), new PyObject[0], null);
        }
        PyObject reconstructor = Abstract.getAttr(copyreg, PyStr.of("_reconstructor"));
        return Abstract.isTrue(state) ? PyTuple.of(reconstructor, args, state) : PyTuple.of(reconstructor, args);
    }
}
