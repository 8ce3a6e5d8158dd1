package org.taipan.objects;

/**
 * {@code types.GenericAlias}: what {@code list[int]} makes. Calling it calls the origin class,
 * other attributes come from the origin, and its repr spells the subscription back.
 */
public final class PyGenericAlias extends PyObject {
    private static final ArgParser NEW_ARGS = ArgParser.unpack("GenericAlias", 2, 2);
    /** The attributes an alias answers itself; all others are the origin's. */
    private static final java.util.Set<String> OWN_ATTRS = java.util.Set.of("__class__", "__origin__", "__args__",
            "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
            "__reduce__", "__copy__", "__deepcopy__");
    public static final PyType TYPE = PyType.builtin("types.GenericAlias", PyGenericAlias.class, PyType.OBJECT, 0,
            t -> {
                t.repr = self -> PyStr.of(((PyGenericAlias) self).repr());
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
                    if (OWN_ATTRS.contains(name.toString())) {
                        return BaseSlots.genericGetAttr(self, name);
                    }
                    return Abstract.getAttr(((PyGenericAlias) self).origin, name);
                };
                t.nb[NumberOp.OR.ordinal()] = PyUnionType::or;
                t.tpNew = (type, args, kwnames) -> {
                    Seq.noKeywords("GenericAlias", kwnames);
                    PyObject[] a = NEW_ARGS.bind(args, 0, null);
                    return new PyGenericAlias(a[0], a[1]);
                };
                t.getitem = (self, key) -> {
                    PyGenericAlias g = (PyGenericAlias) self;
                    return new PyGenericAlias(g.origin, PyTuple.wrap(
                            TypeParams.substitute(g, g.repr(), g.args, g.parameters(), key)));
                };
            }, t -> {
                PyGetSetDescr.member(t, "__origin__", self -> ((PyGenericAlias) self).origin);
                PyGetSetDescr.member(t, "__args__", self -> ((PyGenericAlias) self).args);
                PyGetSetDescr.getter(t, "__parameters__", self -> ((PyGenericAlias) self).parameters());
                PyGetSetDescr.getter(t, "__unpacked__", self -> PyBool.FALSE);
                PyGetSetDescr.getter(t, "__typing_unpacked_tuple_args__", self -> PyNone.INSTANCE);
                t.method("__dir__", self -> {
                    PyObject origin = ((PyGenericAlias) self).origin;
                    PyObject dir = new PyList();
                    ((PyList) dir).extend(Abstract.callBound(origin.type().lookup("__dir__"), origin));
                    for (String n : new String[] {"__origin__", "__args__", "__unpacked__", "__parameters__",
                            "__typing_unpacked_tuple_args__", "__mro_entries__", "__copy__", "__deepcopy__"}) {
                        if (!Iter.contains(dir, PyStr.of(n))) {
                            ((PyList) dir).append(PyStr.of(n));
                        }
                    }
                    return dir;
                });
                t.method("__mro_entries__", (self, bases) -> PyTuple.of(((PyGenericAlias) self).origin));
                t.method("__reduce__", self -> PyTuple.of(self.type(), PyTuple.of(((PyGenericAlias) self).origin,
                        ((PyGenericAlias) self).args)));
                t.method("__instancecheck__", (self, o) -> {
                    throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
                });
                t.method("__subclasscheck__", (self, o) -> {
                    throw Errors.typeError("issubclass() argument 2 cannot be a parameterized generic");
                });
            });

    private final PyObject origin;
    private final PyTuple args;
    /** The type parameters in args, found on first use. */
    private PyTuple parameters;

    public PyGenericAlias(PyObject origin, PyObject args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyTuple parameters() {
        if (parameters == null) {
            parameters = TypeParams.collect(args);
        }
        return parameters;
    }

    /** {@code __class_getitem__} for the builtin containers: makes the alias. */
    public static PyObject classGetitem(PyType owner) {
        return new PyClassMethodDescr(BuiltinMethod.of("__class_getitem__", owner,
                (BuiltinMethod.OneArg) (cls, item) -> new PyGenericAlias(cls, item)));
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
