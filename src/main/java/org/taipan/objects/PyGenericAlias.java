package org.taipan.objects;

/**
 * {@code types.GenericAlias}: what {@code list[int]} makes. Calling it calls the origin class,
 * other attributes come from the origin, and its repr spells the subscription back.
 */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("types.GenericAlias", PyGenericAlias.class, PyType.OBJECT, 0,
            t -> {
                t.repr = self -> PyStr.of(((PyGenericAlias) self).repr());
                t.tpNew = (type, args, kw) -> {
                    if (kw != null && kw.length > 0) {
                        throw Errors.typeError("GenericAlias() takes no keyword arguments");
                    }
                    PyObject[] a = ArgParser.unpack("GenericAlias", 2, 2).bind(args, 0, null);
                    return new PyGenericAlias(a[0], a[1]);
                };
                t.call = (self, args, kw) -> Abstract.call(((PyGenericAlias) self).origin, args, kw);
                t.hash = self -> Abstract.hash(((PyGenericAlias) self).origin) ^ Abstract.hash(((PyGenericAlias) self).args);
                t.richCompare = (v, w, op) -> {
                    if (!(w instanceof PyGenericAlias b) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                        return PyNotImplemented.INSTANCE;
                    }
                    PyGenericAlias a = (PyGenericAlias) v;
                    boolean eq = Abstract.richCompareBool(a.origin, b.origin, CompareOp.EQ)
                            && Abstract.richCompareBool(a.args, b.args, CompareOp.EQ);
                    return PyBool.of(op == CompareOp.EQ ? eq : !eq);
                };
                t.getattro = (self, name) -> {
                    String n = name.toString();
                    if (self.type().lookup(n) != null || n.equals("__class__")) {
                        return BaseSlots.genericGetAttr(self, name);
                    }
                    return Abstract.getAttr(((PyGenericAlias) self).origin, name);
                };
                t.getitem = (self, key) -> {
                    throw Errors.typeError("There are no type variables left in " + ((PyGenericAlias) self).repr());
                };
            }, t -> {
                PyGetSetDescr.member(t, "__origin__", self -> ((PyGenericAlias) self).origin);
                PyGetSetDescr.member(t, "__args__", self -> ((PyGenericAlias) self).args);
                PyGetSetDescr.getter(t, "__parameters__", self -> PyTuple.EMPTY);
            });

    private final PyObject origin;
    private final PyTuple args;

    public PyGenericAlias(PyObject origin, PyObject args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code __class_getitem__} for the builtin containers: makes the alias. */
    public static PyObject classGetitem() {
        return new PyClassMethod(PyClassMethod.CLASSMETHOD, new PyBuiltinFunction(BuiltinMethod.of("__class_getitem__",
                null, (self, a, start, kw) -> new PyGenericAlias(a[start], a[start + 1])), null));
    }

    private String repr() {
        StringBuilder sb = new StringBuilder(argRepr(origin)).append('[');
        if (args.size() == 0) {
            sb.append("()");
        }
        for (int i = 0; i < args.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(argRepr(args.get(i)));
        }
        return sb.append(']').toString();
    }

    private static String argRepr(PyObject a) {
        if (a == PyEllipsis.INSTANCE) {
            return "...";
        }
        if (a instanceof PyGenericAlias g) {
            return g.repr();
        }
        if (a instanceof PyType t) {
            if (!t.isHeapType()) {
                return t.name();
            }
            String module = t.moduleName();
            return module.equals("builtins") ? t.qualname() : module + "." + t.qualname();
        }
        return Abstract.repr(a).toString();
    }
}
