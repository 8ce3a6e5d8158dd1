package org.taipan.objects;

/**
 * The attributes of {@code object} and {@code type} that are not slots: {@code __class__},
 * {@code __format__}, {@code __init_subclass__}, {@code __dir__}; {@code __name__},
 * {@code __mro__}, {@code __dict__}, {@code mro()}, {@code __instancecheck__}, … Added to the
 * two types' dicts on first use, like any builtin's methods.
 */
final class TypeAttrs {
    private TypeAttrs() {}

    /** A builtin class method (classmethod_descriptor); {@code f} receives the class as self. */
    private static PyObject classMethod(PyType owner, String name, BuiltinMethod.General f) {
        return new PyClassMethodDescr(BuiltinMethod.of(name, owner, f));
    }

    static void objectMethods(PyType t) {
        PyGetSetDescr.getset(t, "__class__", PyObject::type, TypeAttrs::setClass);
        t.method("__format__", (self, spec) -> {
            if (!(spec instanceof PyStr s)) {
                throw Errors.typeError("__format__() argument must be str, not " + Errors.argTypeName(spec));
            }
            if (!s.toString().isEmpty()) {
                throw Errors.typeError("unsupported format string passed to " + self.type().name() + ".__format__");
            }
            return Abstract.str(self);
        });
        t.dict().setItem(PyStr.of("__init_subclass__"), classMethod(t, "__init_subclass__", (self, args, start, kw) -> {
            PyType cls = (PyType) self;
            if (kw != null && kw.length > 0) {
                throw Errors.typeError(cls.name() + ".__init_subclass__() takes no keyword arguments");
            }
            if (args.length - start > 0) {
                throw Errors.typeError(cls.name() + ".__init_subclass__() takes no arguments (" + (args.length - start)
                        + " given)");
            }
            return PyNone.INSTANCE;
        }));
        t.dict().setItem(PyStr.of("__subclasshook__"), classMethod(t, "__subclasshook__",
                (self, args, start, kw) -> PyNotImplemented.INSTANCE));
        t.method("__dir__", self -> PyList.wrap(dir(self)));
        t.method("__sizeof__", self -> PyInt.of(16));
        t.method("__getstate__", ObjectReduce::defaultGetstate);
        t.method("__reduce_ex__", ObjectReduce::reduceEx);
        t.method("__reduce__", ObjectReduce::reduce);
        t.dict().setItem(PyStr.of("__doc__"), PyStr.of("The base class of the class hierarchy.\n\n"
                + "When called, it accepts no arguments and returns a new featureless\n"
                + "instance that has no instance attributes and cannot be given any.\n"));
    }

    private static void setClass(PyObject self, PyObject value) {
        if (value == null) {
            throw Errors.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType newType)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + value.type().name() + "' object");
        }
        PyType old = self.type();
        boolean modules = newType.isSubtype(PyModule.TYPE) && old.isSubtype(PyModule.TYPE);
        if (!(self instanceof HeapObject inst) || !modules && (!newType.isHeapType() || !old.isHeapType())) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (newType.javaClass != old.javaClass || !modules && newType.instanceHasDict != old.instanceHasDict
                || !slotLayout(newType).equals(slotLayout(old))) {
            throw Errors.typeError("__class__ assignment: '" + newType.name() + "' object layout differs from '"
                    + old.name() + "'");
        }
        inst.setType(newType);
    }

    /** The {@code __slots__} members an instance of {@code t} has, base class first: equal lists, same layout. */
    private static java.util.List<String> slotLayout(PyType t) {
        java.util.List<String> names = new java.util.ArrayList<>();
        PyType[] mro = t.mro();
        for (int i = mro.length - 1; i >= 0; i--) {
            if (mro[i].isHeapType()) {
                for (PyObject k : mro[i].dict().keysArray()) {
                    if (mro[i].dict().getItem(k).type() == PyGetSetDescr.MEMBER) {
                        names.add(k.toString());
                    }
                }
            }
        }
        return names;
    }

    /** {@code object.__dir__}: the instance dict's keys and everything the class and its bases define. */
    static PyObject[] dir(PyObject self) {
        PyDict names = new PyDict();
        PyDict d = self.instanceDict();
        if (d != null) {
            for (PyObject k : d.keysArray()) {
                names.setItem(k, PyNone.INSTANCE);
            }
        }
        addClassNames(self.type(), names);
        return names.keysArray();
    }

    private static void addClassNames(PyType t, PyDict names) {
        for (PyType c : t.mro()) {
            for (PyObject k : c.dict().keysArray()) {
                names.setItem(k, PyNone.INSTANCE);
            }
        }
    }

    static void typeMethods(PyType t) {
        PyGetSetDescr.getset(t, "__name__", self -> {
            PyType c = (PyType) self;
            String n = c.name();
            return PyStr.of(c.isHeapType() ? n : n.substring(n.lastIndexOf('.') + 1));
        }, (self, v) -> {
            PyType c = heap((PyType) self, "__name__");
            if (!(v instanceof PyStr s)) {
                throw Errors.typeError("can only assign string to " + c.name() + ".__name__, not '"
                        + (v == null ? "NoneType" : v.type().name()) + "'");
            }
            if (s.toString().indexOf('\0') >= 0) {
                throw Errors.valueError("type name must not contain null characters");
            }
            c.setName(s.toString());
        });
        PyGetSetDescr.getset(t, "__qualname__", self -> PyStr.of(((PyType) self).qualname()), (self, v) -> {
            PyType c = heap((PyType) self, "__qualname__");
            if (!(v instanceof PyStr s)) {
                throw Errors.typeError("can only assign string to " + c.name() + ".__qualname__, not '"
                        + (v == null ? "NoneType" : v.type().name()) + "'");
            }
            c.setQualname(s.toString());
        });
        PyGetSetDescr.getter(t, "__mro__", self -> PyTuple.wrap(((PyType) self).mro()));
        PyGetSetDescr.getset(t, "__bases__", self -> PyTuple.wrap(((PyType) self).bases()),
                (self, v) -> setBases(heap((PyType) self, "__bases__"), v));
        PyGetSetDescr.getter(t, "__base__", self -> {
            PyType b = ((PyType) self).base();
            return b == null ? PyNone.INSTANCE : b;
        });
        PyGetSetDescr.getter(t, "__dict__", self -> new PyMappingProxy(((PyType) self).dict()));
        PyGetSetDescr.getset(t, "__doc__", self -> {
            PyObject d = ((PyType) self).dict().getItem(PyStr.of("__doc__"));
            if (d == null) {
                return PyNone.INSTANCE;
            }
            Slot.DescrGet get = d.type().descrGet;
            if (get != null && !((PyType) self).isHeapType()) {
                return PyNone.INSTANCE; // type's own __doc__ descriptor: a builtin has no docstring here
            }
            return get != null ? get.call(d, null, (PyType) self) : d;
        }, (self, v) -> heap((PyType) self, "__doc__").dict().setItem(PyStr.of("__doc__"),
                v == null ? PyNone.INSTANCE : v));
        PyGetSetDescr.getset(t, "__module__", self -> PyStr.of(((PyType) self).moduleName()), (self, v) -> {
            PyType c = heap((PyType) self, "__module__");
            c.dict().setItem(PyStr.of("__module__"), v == null ? PyNone.INSTANCE : v);
            c.invalidateCaches();
        });
        PyGetSetDescr.getset(t, "__annotations__", self -> {
            PyType c = (PyType) self;
            PyObject a = c.dict().getItem(PyStr.of("__annotations__"));
            if (a == null) {
                if (!c.isHeapType()) {
                    throw Errors.attributeError("type object '" + c.name() + "' has no attribute '__annotations__'");
                }
                a = new PyDict();
                c.dict().setItem(PyStr.of("__annotations__"), a);
            }
            return a;
        }, (self, v) -> {
            PyType c = heap((PyType) self, "__annotations__");
            if (v != null) {
                c.dict().setItem(PyStr.of("__annotations__"), v);
            } else if (c.dict().delItem(PyStr.of("__annotations__")) == null) {
                throw Errors.attributeError("__annotations__");
            }
            c.invalidateCaches();
        });
        PyGetSetDescr.getset(t, "__abstractmethods__", self -> {
            // type itself has the descriptor but no value: the attribute must look missing there.
            PyObject v = self == PyType.TYPE ? null : ((PyType) self).dict().getItem(PyStr.of("__abstractmethods__"));
            if (v == null) {
                throw Errors.attributeError("__abstractmethods__");
            }
            return v;
        }, (self, v) -> {
            PyType c = (PyType) self;
            PyStr key = PyStr.of("__abstractmethods__");
            if (v == null) {
                if (c.dict().delItem(key) == null) {
                    throw Errors.attributeError("__abstractmethods__");
                }
                c.flags &= ~PyType.ABSTRACT;
            } else {
                boolean abstr = Abstract.isTrue(v);
                c.dict().setItem(key, v);
                c.flags = abstr ? c.flags | PyType.ABSTRACT : c.flags & ~PyType.ABSTRACT;
            }
            c.invalidateCaches();
        });
        PyGetSetDescr.getter(t, "__text_signature__", self -> {
            // CPython takes it from the head of a builtin type's doc; these are the types that have one.
            PyType c = (PyType) self;
            String sig = c.isHeapType() ? null : switch (c.name()) {
                case "object" -> "()";
                case "complex" -> "(real=0, imag=0)";
                case "enumerate" -> "(iterable, start=0)";
                case "float" -> "(x=0, /)";
                case "list", "tuple" -> "(iterable=(), /)";
                case "memoryview" -> "(object)";
                case "property" -> "(fget=None, fset=None, fdel=None, doc=None)";
                case "reversed" -> "(sequence, /)";
                default -> c.moduleName().equals("builtins") ? null : MethodSignatures.ofType(c);
            };
            return sig == null ? PyNone.INSTANCE : PyStr.of(sig);
        });
        t.method("mro", self -> PyList.wrap(((PyType) self).mro()));
        t.method("__subclasses__", self -> PyList.wrap(((PyType) self).subclasses().toArray(new PyObject[0])));
        t.method("__instancecheck__", (self, inst) -> PyBool.of(isInstanceDefault(inst, (PyType) self)));
        t.method("__subclasscheck__", (self, sub) -> PyBool.of(isSubclassDefault(sub, (PyType) self)));
        t.method("__dir__", self -> {
            PyDict names = new PyDict();
            addClassNames((PyType) self, names);
            return PyList.wrap(names.keysArray());
        });
        t.dict().setItem(PyStr.of("__prepare__"), classMethod(t, "__prepare__", (self, args, start, kw) -> new PyDict()));
    }

    /** {@code C.__bases__ = (...)}: CPython's checks, then the MROs of C and its subclasses recomputed. */
    private static void setBases(PyType t, PyObject v) {
        if (v == null) {
            throw Errors.typeError("cannot delete '__bases__' attribute of immutable type '" + t.name() + "'");
        }
        if (!(v instanceof PyTuple tup)) {
            throw Errors.typeError("can only assign tuple to " + t.name() + ".__bases__, not " + v.type().name());
        }
        if (tup.size() == 0) {
            throw Errors.typeError("can only assign non-empty tuple to " + t.name() + ".__bases__, not ()");
        }
        PyType[] nb = new PyType[tup.size()];
        for (int i = 0; i < nb.length; i++) {
            if (!(tup.get(i) instanceof PyType b)) {
                throw Errors.typeError(t.name() + ".__bases__ must be tuple of classes, not '" + tup.get(i).type().name() + "'");
            }
            if (b.isSubtype(t)) {
                throw Errors.typeError("a __bases__ item causes an inheritance cycle");
            }
            nb[i] = b;
        }
        PyType newBase = TypeNew.solidBase(nb);
        PyType oldBase = t.base();
        if (gcTracked(newBase) != gcTracked(oldBase)) {
            throw Errors.typeError("__bases__ assignment: '" + newBase.name() + "' deallocator differs from '"
                    + oldBase.name() + "'");
        }
        if (TypeNew.layoutFor(newBase) != TypeNew.layoutFor(oldBase) || newBase.instanceSlots != oldBase.instanceSlots) {
            throw Errors.typeError("__bases__ assignment: '" + newBase.name() + "' object layout differs from '"
                    + oldBase.name() + "'");
        }
        t.replaceBases(nb, newBase);
    }

    /** Whether CPython's instances of {@code t} are GC-tracked (freed by another deallocator than the plain ones). */
    private static boolean gcTracked(PyType t) {
        if (t.isHeapType()) {
            return true;
        }
        return !java.util.Set.of("object", "int", "bool", "float", "complex", "str", "bytes", "range", "slice",
                "NoneType", "ellipsis", "NotImplementedType").contains(t.name());
    }

    private static PyType heap(PyType t, String attr) {
        if (!t.isHeapType()) {
            throw Errors.typeError("cannot set '" + attr + "' attribute of immutable type '" + t.name() + "'");
        }
        return t;
    }

    /** isinstance() without {@code __instancecheck__}: the type, or a {@code __class__} that differs from it. */
    static boolean isInstanceDefault(PyObject inst, PyType cls) {
        if (inst.type().isSubtype(cls)) {
            return true;
        }
        PyObject c = Abstract.lookupAttr(inst, PyStr.of("__class__"));
        return c != inst.type() && c instanceof PyType ct && ct.isSubtype(cls);
    }

    /** issubclass() without {@code __subclasscheck__}. */
    static boolean isSubclassDefault(PyObject sub, PyType cls) {
        if (sub instanceof PyType st) {
            return st.isSubtype(cls);
        }
        PyObject bases = Abstract.lookupAttr(sub, PyStr.of("__bases__"));
        if (!(bases instanceof PyTuple)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        return false;
    }
}
