package org.taipan.objects;

import java.util.function.Supplier;

/**
 * {@code type.__new__(metatype, name, bases, ns, **kwds)} and {@code type(name, bases, ns)}:
 * checks the arguments, finds the most derived metaclass, and makes the class with
 * {@link TypeNew#create}, filling the {@code __classcell__} and the dict entries CPython adds.
 */
public final class TypeNewCall {
    private TypeNewCall() {}

    /** The globals of the running Python frame, for a new class's {@code __module__}; set by the VM. */
    public static Supplier<PyDict> callerGlobals = () -> null;

    static PyObject typeNew(PyType metatype, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos == 1 && nkw == 0 && metatype == PyType.TYPE) {
            return args[0].type();
        }
        if (npos != 3) {
            throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + npos + " given)");
        }
        if (!(args[0] instanceof PyStr name)) {
            throw Errors.typeError("type.__new__() argument 1 must be str, not " + Errors.argTypeName(args[0]));
        }
        if (!(args[1] instanceof PyTuple basesTuple)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + Errors.argTypeName(args[1]));
        }
        if (!(args[2] instanceof PyDict nsIn)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not " + Errors.argTypeName(args[2]));
        }
        for (PyObject b : basesTuple.toArray()) {
            // checked before the metaclass, as CPython does: the base's type is no metaclass
            if (!(b instanceof PyType) && b.type().lookup("__mro_entries__") != null) {
                throw Errors.typeError("type() doesn't support MRO entry resolution; use types.new_class()");
            }
        }
        PyType winner = calculateMetaclass(metatype, basesTuple.toArray());
        if (winner != metatype && winner.tpNew != metatype.tpNew && winner.tpNew != PyType.TYPE.tpNew) {
            return winner.tpNew.call(winner, args, kwnames);
        }
        PyType[] bases = new PyType[basesTuple.size()];
        for (int i = 0; i < bases.length; i++) {
            PyObject b = basesTuple.get(i);
            if (!(b instanceof PyType bt)) {
                throw Errors.typeError("bases must be types");
            }
            bases[i] = bt;
        }
        PyDict ns = new PyDict();
        PyStr moduleKey = PyStr.of("__module__");
        if (nsIn.getItem(moduleKey) == null) {
            PyDict g = callerGlobals.get();
            PyObject modName = g == null ? null : g.getItem(PyStr.of("__name__"));
            if (modName != null) {
                ns.setItem(moduleKey, modName);
            }
        }
        for (PyObject k : nsIn.keysArray()) {
            ns.setItem(k, nsIn.getItem(k));
        }
        // __new__ is implicitly a static method; __init_subclass__ and __class_getitem__ class methods.
        wrapFunction(ns, "__new__", PyClassMethod.STATICMETHOD);
        wrapFunction(ns, "__init_subclass__", PyClassMethod.CLASSMETHOD);
        wrapFunction(ns, "__class_getitem__", PyClassMethod.CLASSMETHOD);
        PyStr cellKey = PyStr.of("__classcell__");
        PyObject cell = ns.getItem(cellKey);
        if (cell != null) {
            if (!(cell instanceof ClassCell)) {
                throw Errors.typeError("__classcell__ must be a nonlocal cell, not " + cell.type());
            }
            ns.delItem(cellKey);
        }
        boolean addDict = true;
        for (PyType b : bases) {
            if (b.lookup("__dict__") != null) {
                addDict = false;
            }
        }
        String[] slotNames = slotNames(name.toString(), ns);
        PyType solid = bases.length == 0 ? PyType.OBJECT : bases[0];
        int baseSlots = 0;
        boolean baseHasDict = false;
        for (PyType b : bases) {
            if (b.instanceSlots > 0) {
                PyType owner = slotsOwner(b), solidOwner = slotsOwner(solid);
                if (baseSlots > 0 && !owner.isSubtype(solidOwner) && !solidOwner.isSubtype(owner)) {
                    throw Errors.typeError("multiple bases have instance lay-out conflict");
                }
                baseSlots = Math.max(baseSlots, b.instanceSlots);
                solid = b;
            }
            // builtin data types (int, list …) have no instance dict; exceptions and types do
            baseHasDict |= b.isHeapType() ? b.instanceHasDict
                    : b != PyType.OBJECT && Derived.layoutFor(b.javaClass) == null && (!HeapObject.class.isAssignableFrom(b.javaClass) || b == PyModule.TYPE);
        }
        boolean dictSlot = false, weakSlot = false;
        if (slotNames != null) {
            for (String sn : slotNames) {
                if (sn.equals("__dict__")) {
                    if (dictSlot || baseHasDict) {
                        throw Errors.typeError("__dict__ slot disallowed: we already got one");
                    }
                    dictSlot = true;
                } else if (sn.equals("__weakref__")) {
                    PyType best = bases.length == 0 ? PyType.OBJECT : TypeNew.solidBase(bases);
                    if (weakSlot || best.lookup("__weakref__") != null || WeakRefs.variableSized(best)) {
                        throw Errors.typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                    }
                    weakSlot = true;
                }
            }
        }
        boolean hasDict = baseHasDict || slotNames == null || dictSlot;
        boolean withDict = addDict && hasDict;
        int firstSlot = baseSlots;
        String[] kw = nkw == 0 ? null : kwnames;
        PyObject[] kwValues = nkw == 0 ? null : java.util.Arrays.copyOfRange(args, npos, args.length);
        return TypeNew.create(winner, name.toString(), bases, ns, kwValues, kw, t -> {
            PyDict d = t.dict();
            int n = firstSlot;
            boolean heapLayout = HeapObject.class.isAssignableFrom(t.javaClass);
            if (slotNames != null && heapLayout) {
                for (String sn : slotNames) {
                    if (sn.equals("__weakref__")) {
                        continue;
                    }
                    if (!sn.equals("__dict__")) {
                        if (Derived.variableSize(t.javaClass)) {
                            throw Errors.typeError("nonempty __slots__ not supported for subtype of '"
                                    + t.base().name() + "'");
                        }
                        PySlotsInstance.member(t, sn, n++);
                    }
                }
            }
            t.instanceSlots = n;
            t.instanceHasDict = hasDict || !heapLayout;
            if (withDict) {
                if (d.getItem(PyStr.of("__dict__")) == null) {
                    PyGetSetDescr.getset(t, "__dict__", PyObject::instanceDict, TypeNewCall::setInstanceDict);
                }
            }
            if (WeakRefs.addsWeakrefSlot(t) && t.lookup("__weakref__") == null) {
                PyGetSetDescr.getter(t, "__weakref__", WeakRefs::first);
            }
            if (d.getItem(PyStr.of("__doc__")) == null) {
                d.setItem(PyStr.of("__doc__"), PyNone.INSTANCE);
            }
            if (cell != null) {
                ((ClassCell) cell).setContents(t);
            }
            t.invalidateCaches();
        });
    }

    private static void setInstanceDict(PyObject self, PyObject v) {
        if (v != null && !(v instanceof PyDict)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + v.type().name() + "'");
        }
        if (!(self instanceof PyInstance inst)) {
            throw Errors.typeError("__dict__ assignment is not supported for '" + self.type().name() + "' objects");
        }
        inst.setInstanceDict((PyDict) v);
    }

    /** The names in {@code __slots__}, private ones mangled and sorted as CPython orders them; null if none. */
    private static String[] slotNames(String className, PyDict ns) {
        PyObject slots = ns.getItem(PyStr.of("__slots__"));
        if (slots == null) {
            return null;
        }
        PyObject[] items = slots instanceof PyStr ? new PyObject[] {slots} : Iter.toArray(slots);
        String[] names = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr s) || !isIdentifier(s.toString())) {
                throw Errors.typeError(items[i] instanceof PyStr ? "__slots__ must be identifiers"
                        : "__slots__ items must be strings, not '" + items[i].type().name() + "'");
            }
            String n = s.toString();
            if (n.startsWith("__") && !n.endsWith("__")) {
                String stripped = className.replaceFirst("^_+", "");
                n = stripped.isEmpty() ? n : "_" + stripped + n;
            }
            if (ns.getItem(PyStr.of(n)) != null && !n.equals("__dict__") && !n.equals("__weakref__")) {
                throw Errors.valueError("'" + n + "' in __slots__ conflicts with class variable");
            }
            names[i] = n;
        }
        java.util.Arrays.sort(names);
        return names;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isUnicodeIdentifierStart(s.codePointAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        return s.codePoints().allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    private static void wrapFunction(PyDict ns, String name, PyType wrapper) {
        PyStr key = PyStr.of(name);
        PyObject f = ns.getItem(key);
        if (f != null && f.type().name().equals("function") && !f.type().isHeapType()) {
            ns.setItem(key, new PyClassMethod(wrapper, f));
        }
    }

    /** The most derived of {@code meta} and the metaclasses of the bases; a TypeError if they conflict. */
    public static PyType calculateMetaclass(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType tmp = b.type();
            if (winner.isSubtype(tmp)) {
                continue;
            }
            if (tmp.isSubtype(winner)) {
                winner = tmp;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /**
     * The class in {@code t}'s base chain that added its last slots: classes below it with an
     * empty {@code __slots__} share its layout, so two of them may be combined (CPython's solid_base).
     */
    private static PyType slotsOwner(PyType t) {
        while (t.base() != null && t.base().instanceSlots == t.instanceSlots) {
            t = t.base();
        }
        return t;
    }
}
