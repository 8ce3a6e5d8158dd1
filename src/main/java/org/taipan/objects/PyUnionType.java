package org.taipan.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}: what {@code int | str} makes (PEP 604). Its arguments are flattened
 * and de-duplicated, None stands for NoneType, and a union of one member is that member.
 * {@code isinstance} and {@code issubclass} accept it as they accept a tuple of its arguments.
 */
public final class PyUnionType extends PyObject {
    public static final PyType TYPE = PyType.builtin("types.UnionType", PyUnionType.class, PyType.OBJECT, 0,
            t -> {
                t.repr = self -> PyStr.of(((PyUnionType) self).repr());
                t.hash = self -> Abstract.hash(PyFrozenSet.of(((PyUnionType) self).args.toArray()));
                t.richCompare = (v, w, op) -> {
                    if (!(w instanceof PyUnionType b) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                        return PyNotImplemented.INSTANCE;
                    }
                    PyFrozenSet sa = PyFrozenSet.of(((PyUnionType) v).args.toArray());
                    PyFrozenSet sb = PyFrozenSet.of(b.args.toArray());
                    return Abstract.richCompare(sa, sb, op);
                };
                t.nb[NumberOp.OR.ordinal()] = PyUnionType::or;
                t.getitem = (self, key) -> {
                    PyUnionType u = (PyUnionType) self;
                    PyObject[] members = TypeParams.substitute(u, u.repr(), u.args, TypeParams.collect(u.args), key);
                    PyObject result = members[0];
                    for (int i = 1; i < members.length; i++) {
                        result = Abstract.binaryOp(result, members[i], NumberOp.OR);
                    }
                    return result;
                };
            }, t -> {
                PyGetSetDescr.member(t, "__args__", self -> ((PyUnionType) self).args);
                PyGetSetDescr.getter(t, "__parameters__", self -> TypeParams.collect(((PyUnionType) self).args));
            });

    private final PyTuple args;

    private PyUnionType(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The members, for isinstance and issubclass. */
    public PyTuple args() {
        return args;
    }

    /** {@code type.__or__}, {@code GenericAlias.__or__} and this type's: NotImplemented unless both sides may join a union. */
    public static PyObject or(PyObject v, PyObject w) {
        if (!unionable(v) || !unionable(w)) {
            return PyNotImplemented.INSTANCE;
        }
        List<PyObject> members = new ArrayList<>();
        add(members, v);
        add(members, w);
        return members.size() == 1 ? members.get(0) : new PyUnionType(PyTuple.wrap(members.toArray(new PyObject[0])));
    }

    private static boolean unionable(PyObject o) {
        return o == PyNone.INSTANCE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    private static void add(List<PyObject> members, PyObject o) {
        if (o instanceof PyUnionType u) {
            for (int i = 0; i < u.args.size(); i++) {
                add(members, u.args.get(i));
            }
            return;
        }
        PyObject m = o == PyNone.INSTANCE ? PyNone.TYPE : o;
        for (PyObject seen : members) {
            // aliases are the same member when equal (list[int] twice), anything else only when identical
            if (seen == m || seen instanceof PyGenericAlias && m instanceof PyGenericAlias
                    && Abstract.richCompareBool(seen, m, CompareOp.EQ)) {
                return;
            }
        }
        members.add(m);
    }

    private String repr() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            sb.append(i > 0 ? " | " : "").append(memberRepr(args.get(i)));
        }
        return sb.toString();
    }

    private static String memberRepr(PyObject p) {
        if (p == PyNone.TYPE) {
            return "None";
        }
        if (Abstract.lookupAttr(p, PyStr.of("__origin__")) != null && Abstract.lookupAttr(p, PyStr.of("__args__")) != null) {
            return Abstract.repr(p).toString();
        }
        PyObject qualname = Abstract.lookupAttr(p, PyStr.of("__qualname__"));
        PyObject module = qualname == null ? null : Abstract.lookupAttr(p, PyStr.of("__module__"));
        if (qualname == null || module == null || module == PyNone.INSTANCE) {
            return Abstract.repr(p).toString();
        }
        String q = Abstract.str(qualname).toString();
        return module instanceof PyStr m && m.toString().equals("builtins") ? q : Abstract.str(module) + "." + q;
    }
}
