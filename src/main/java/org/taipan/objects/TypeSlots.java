package org.taipan.objects;

/** The slots of {@code type} itself: calling a class, and attribute access on classes. */
final class TypeSlots {
    private TypeSlots() {}

    static void define(PyType t) {
        t.repr = self -> PyStr.of(self.toString());
        t.call = TypeSlots::call;
        t.getattro = TypeSlots::getattr;
        t.setattro = TypeSlots::setattr;
        t.tpNew = TypeNewCall::typeNew;
        t.nb[NumberOp.OR.ordinal()] = PyUnionType::or;
        t.init = (self, args, kwnames) -> {
            int npos = args.length - (kwnames == null ? 0 : kwnames.length);
            if (npos != 1 && npos != 3) {
                throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
            }
            if (npos == 1 && kwnames != null && kwnames.length > 0) {
                throw Errors.typeError("type.__init__() takes no keyword arguments");
            }
        };
    }

    /** {@code C(...)}: C.__new__, then C.__init__ when the result is an instance of C. */
    private static PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
        PyType type = (PyType) self;
        if (type == PyType.TYPE) {
            int nkw = kwnames == null ? 0 : kwnames.length;
            if (args.length == 1 && nkw == 0) {
                return args[0].type();
            }
            if (args.length - nkw != 1 && args.length - nkw != 3) {
                throw Errors.typeError("type() takes 1 or 3 arguments");
            }
        }
        if (type.tpNew == null) {
            throw Errors.typeError("cannot create '" + type.name() + "' instances");
        }
        if (type == PyStr.TYPE || type == PyInt.TYPE || type == PyFloat.TYPE) {
            return type.tpNew.call(type, args, kwnames); // their __init__ is object's, which accepts this
        }
        PyObject obj = type.tpNew.call(type, args, kwnames);
        if (obj.type().isSubtype(type) && obj.type().init != null) {
            obj.type().init.call(obj, args, kwnames);
        }
        return obj;
    }

    /** type.__getattribute__: the metatype's data descriptors, then the class's MRO, then the metatype's rest. */
    private static PyObject getattr(PyObject self, PyStr name) {
        PyType type = (PyType) self;
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name.toString());
        Slot.DescrGet metaGet = null;
        if (metaAttr != null) {
            metaGet = metaAttr.type().descrGet;
            if (metaGet != null && metaAttr.type().descrSet != null) {
                return metaGet.call(metaAttr, type, meta);
            }
        }
        PyObject attr = type.lookup(name.toString());
        if (attr != null) {
            Slot.DescrGet get = attr.type().descrGet;
            return get != null ? get.call(attr, null, type) : attr;
        }
        if (metaGet != null) {
            return metaGet.call(metaAttr, type, meta);
        }
        if (metaAttr != null) {
            return metaAttr;
        }
        throw Errors.attributeError(type, name, "type object '" + type.name() + "' has no attribute '" + name + "'");
    }

    /** type.__setattr__: builtins are immutable; a class's new dunder methods re-derive its slots. */
    private static void setattr(PyObject self, PyStr name, PyObject value) {
        PyType type = (PyType) self;
        if ((type.flags & PyType.IMMUTABLE) != 0) {
            throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + type.name() + "'");
        }
        PyObject metaAttr = type.type().lookup(name.toString());
        if (metaAttr != null && metaAttr.type().descrSet != null) {
            metaAttr.type().descrSet.call(metaAttr, type, value);
            return;
        }
        if (value != null) {
            type.dict().setItem(name, value);
        } else if (type.dict().delItem(name) == null) {
            throw Errors.attributeError("type object '" + type.name() + "' has no attribute '" + name + "'");
        }
        type.invalidateCaches();
        String n = name.toString();
        if (n.startsWith("__") && n.endsWith("__")) {
            refixup(type);
        }
    }

    private static void refixup(PyType t) {
        HeapSlots.fixup(t);
        for (PyType sub : t.subclasses()) {
            refixup(sub);
        }
    }
}
