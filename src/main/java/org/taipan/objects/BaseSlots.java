package org.taipan.objects;

/** The slots of {@code object}, which every type inherits unless it defines its own. */
final class BaseSlots {
    private BaseSlots() {}

    static void defineObject(PyType t) {
        t.repr = BaseSlots::repr;
        t.str = self -> self.type().repr.call(self);
        t.hash = self -> System.identityHashCode(self);
        t.richCompare = BaseSlots::richCompare;
        t.getattro = BaseSlots::genericGetAttr;
        t.setattro = BaseSlots::genericSetAttr;
        t.tpNew = OBJECT_NEW;
        t.init = OBJECT_INIT;
    }

    private static boolean excess(PyObject[] args) {
        return args.length > 0;
    }

    /** object.__new__: complains about arguments only when no __init__ will take them. */
    static final Slot.New OBJECT_NEW = (type, args, kwnames) -> {
        if (excess(args)) {
            if (type.tpNew != BaseSlots.OBJECT_NEW) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (type.init == BaseSlots.OBJECT_INIT) {
                throw Errors.typeError(type.name() + "() takes no arguments");
            }
        }
        if ((type.flags & PyType.ABSTRACT) != 0) {
            throw abstractError(type);
        }
        if (type == PyType.OBJECT) {
            return new PyBaseObject();
        }
        PyInstance obj = type.instanceSlots > 0 || !type.instanceHasDict ? new PySlotsInstance(type) : new PyInstance(type);
        if (type.hasDel) {
            Finalizers.track(obj);
        }
        return obj;
    };

    private static PyException abstractError(PyType type) {
        PyObject methods = type.dict().getItem(PyStr.of("__abstractmethods__"));
        PyObject[] names = methods == null ? new PyObject[0] : Iter.toArray(methods);
        PyList sorted = PyList.wrap(names);
        Abstract.callBound(PyList.TYPE.lookup("sort"), sorted);
        StringBuilder joined = new StringBuilder();
        for (PyObject n : sorted.toArray()) {
            joined.append(joined.length() == 0 ? "" : ", ").append(Abstract.str(n));
        }
        return Errors.typeError("Can't instantiate abstract class " + type.name() + " with abstract method"
                + (names.length == 1 ? " " : "s ") + joined);
    }

    /** object.__init__: the mirror image of object.__new__'s check. */
    static final Slot.Init OBJECT_INIT = (self, args, kwnames) -> {
        if (excess(args)) {
            PyType type = self.type();
            if (type.init != BaseSlots.OBJECT_INIT) {
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.tpNew == BaseSlots.OBJECT_NEW) {
                throw Errors.typeError(type.name() + ".__init__() takes exactly one argument (the instance to initialize)");
            }
        }
    };

    private static PyObject repr(PyObject self) {
        PyType t = self.type();
        String module = t.moduleName();
        String name = module.equals("builtins") ? t.qualname() : module + "." + t.qualname();
        return PyStr.of("<" + name + " object at " + Ids.address(self) + ">");
    }

    /** object's comparison: identity for ==, the negation of __eq__ for !=, nothing else. */
    private static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        switch (op) {
            case EQ:
                return v == w ? PyBool.TRUE : PyNotImplemented.INSTANCE;
            case NE: {
                Slot.RichCompare eq = v.type().richCompare;
                PyObject r = eq.call(v, w, CompareOp.EQ);
                if (r == PyNotImplemented.INSTANCE) {
                    return r;
                }
                return PyBool.of(!Abstract.isTrue(r));
            }
            default:
                return PyNotImplemented.INSTANCE;
        }
    }

    /** {@code object.__getattribute__}: data descriptors, then the instance dict, then the rest. */
    static PyObject genericGetAttr(PyObject obj, PyStr name) {
        PyType type = obj.type();
        PyObject descr = type.lookup(name.toString());
        Slot.DescrGet get = null;
        if (descr != null) {
            PyType dt = descr.type();
            get = dt.descrGet;
            if (get != null && dt.descrSet != null) {
                return get.call(descr, obj, type);
            }
        }
        PyDict dict = obj.instanceDict();
        if (dict != null) {
            PyObject v = dict.getItem(name);
            if (v != null) {
                return v;
            }
        }
        if (get != null) {
            return get.call(descr, obj, type);
        }
        if (descr != null) {
            return descr;
        }
        throw Errors.attributeError(obj, name, "'" + type.name() + "' object has no attribute '" + name + "'");
    }

    /** {@code object.__setattr__} and {@code __delattr__} (value null). */
    static void genericSetAttr(PyObject obj, PyStr name, PyObject value) {
        PyType type = obj.type();
        PyObject descr = type.lookup(name.toString());
        if (descr != null && descr.type().descrSet != null) {
            descr.type().descrSet.call(descr, obj, value);
            return;
        }
        PyDict dict = obj.instanceDict();
        if (dict == null) {
            if (descr == null) {
                throw Errors.attributeError("'" + type.name() + "' object has no attribute '" + name + "'");
            }
            throw Errors.attributeError("'" + type.name() + "' object attribute '" + name + "' is read-only");
        }
        if (value != null) {
            dict.setItem(name, value);
        } else if (dict.delItem(name) == null) {
            throw Errors.attributeError("'" + type.name() + "' object has no attribute '" + name + "'");
        }
    }
}
