package org.taipan.objects;

/** Creating classes: CPython's type_new, used by class statements and {@code type(name, bases, ns)}. */
public final class TypeNew {
    private TypeNew() {}

    /**
     * Makes a class. {@code ns} becomes the class dict (the caller passes a fresh copy of the
     * namespace). Runs {@code __set_name__} and {@code __init_subclass__} as CPython does.
     */
    public static PyType create(PyType metatype, String name, PyType[] bases, PyDict ns, PyObject[] kwValues,
                                String[] kwNames) {
        return create(metatype, name, bases, ns, kwValues, kwNames, null);
    }

    /**
     * As above; {@code beforeHooks} (may be null) runs on the new class before
     * {@code __set_name__} and {@code __init_subclass__}: type.__new__ fills the class cell there.
     */
    public static PyType create(PyType metatype, String name, PyType[] bases, PyDict ns, PyObject[] kwValues,
                                String[] kwNames, java.util.function.Consumer<PyType> beforeHooks) {
        if (bases.length == 0) {
            bases = new PyType[] {PyType.OBJECT};
        }
        for (PyType b : bases) {
            if ((b.flags & PyType.BASETYPE) == 0) {
                throw Errors.typeError("type '" + b.name() + "' is not an acceptable base type");
            }
        }
        PyType solid = solidBase(bases);
        Class<? extends PyObject> layout = layoutFor(solid);
        PyStr qualKey = PyStr.of("__qualname__");
        PyObject qualname = ns.getItem(qualKey);
        if (qualname != null && !(qualname instanceof PyStr)) {
            throw Errors.typeError("type __qualname__ must be a str, not " + qualname.type().name());
        }
        if (qualname != null) {
            ns.delItem(qualKey);
        }
        // A class that defines __eq__ but not __hash__ is unhashable.
        if (ns.getItem(PyStr.of("__eq__")) != null && ns.getItem(PyStr.of("__hash__")) == null) {
            ns.setItem(PyStr.of("__hash__"), PyNone.INSTANCE);
        }
        PyType t = new PyType(metatype, name, bases, solid, layout, ns, 0);
        if (qualname != null) {
            t.setQualname(qualname.toString());
        }
        if (beforeHooks != null) {
            beforeHooks.accept(t);
        }
        for (PyObject key : ns.keysArray()) {
            PyObject value = ns.getItem(key);
            PyObject setName = value.type().lookup("__set_name__");
            if (setName != null) {
                try {
                    Abstract.callBound(setName, value, t, key);
                } catch (PyException e) {
                    PyException wrapped = Errors.of(ExceptionTypes.RUNTIME_ERROR, "Error calling __set_name__ on '"
                            + value.type().name() + "' instance " + Abstract.repr(key) + " in '" + t.name() + "'");
                    wrapped.value.cause = e.value;
                    wrapped.value.context = e.value;
                    wrapped.value.suppressContext = true;
                    throw wrapped;
                }
            }
        }
        initSubclass(t, kwValues, kwNames);
        return t;
    }

    /** Calls the nearest base's {@code __init_subclass__} (a class method) for the new class. */
    private static void initSubclass(PyType t, PyObject[] kwValues, String[] kwNames) {
        PyType[] mro = t.mro();
        for (int i = 1; i < mro.length; i++) {
            PyObject hook = mro[i].dict().getItem(PyStr.of("__init_subclass__"));
            if (hook != null) {
                PyObject bound = Abstract.bindDescriptor(hook, null, t);
                Abstract.call(bound, kwValues == null ? new PyObject[0] : kwValues, kwNames);
                return;
            }
        }
        if (kwNames != null && kwNames.length > 0) { // object.__init_subclass__
            throw Errors.typeError(t.name() + ".__init_subclass__() takes no keyword arguments");
        }
    }

    /**
     * The base whose instance layout the new class extends (CPython's best_base); every other
     * base's layout must be one the winner's extends. A class derived from object adds nothing
     * to the layout unless it has {@code __slots__}, so it goes with any other base.
     */
    static PyType solidBase(PyType[] bases) {
        PyType winner = null;
        Class<? extends PyObject> winnerLayout = null;
        for (PyType b : bases) {
            Class<? extends PyObject> l = layoutFor(b);
            if (l == PyInstance.class && b.instanceSlots == 0) {
                l = PyObject.class;
            }
            if (winner == null || winnerLayout.isAssignableFrom(l) && l != winnerLayout) {
                winner = b;
                winnerLayout = l;
            } else if (!l.isAssignableFrom(winnerLayout)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return winner;
    }

    /**
     * The Java class of the instances of a class whose solid base is {@code base}: a
     * {@link PyInstance} below {@code object}, a {@link Derived} layout below a builtin data type,
     * the builtin's own class for the builtins that carry a type and a dict themselves
     * (exceptions, metaclasses, property, classmethod, staticmethod, super, SimpleNamespace, and the
     * iterators map, filter, zip, enumerate and reversed, module).
     */
    static Class<? extends PyObject> layoutFor(PyType base) {
        Class<? extends PyObject> c = base.javaClass;
        if (c == PyBaseObject.class) {
            return PyInstance.class;
        }
        if (base.isHeapType() || c == PyBaseException.class || c == PyType.class || c == PyProperty.class
                || c == PyClassMethod.class || c == PySuper.class || c == PyWeakRef.class
                || c == PySimpleNamespace.class || c == PyMap.class || c == PyFilter.class || c == PyZip.class
                || c == PyEnumerate.class || c == PyReversed.class || c == PyModule.class
                || HeapObject.class.isAssignableFrom(c)) {
            return c;
        }
        Class<? extends PyObject> d = Derived.layoutFor(c);
        if (d == null) {
            throw Errors.typeError("subclassing '" + base.name() + "' is not supported yet");
        }
        return d;
    }
}
