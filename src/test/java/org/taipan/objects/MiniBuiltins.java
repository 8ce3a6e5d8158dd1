package org.taipan.objects;

import java.util.HashMap;
import java.util.Map;

/**
 * The builtins {@link MiniPy} cases may use: the types under test, and small stand-ins for the
 * builtin functions (len, iter, next, repr, hash, abs, divmod, pow, round, sorted, ...) written
 * over the object layer as CPython's builtins module defines them.
 */
final class MiniBuiltins {
    private MiniBuiltins() {}

    private static final Map<String, PyObject> NAMES = new HashMap<>();

    static PyObject get(String name) {
        if (NAMES.isEmpty()) {
            init();
        }
        return NAMES.get(name);
    }

    /** A lambda of the test language. */
    static final class Lambda extends PyObject {
        static final PyType TYPE = PyType.builtin("function", Lambda.class, PyType.OBJECT, 0, t ->
                t.call = (self, args, kw) -> ((Lambda) self).call(args), null);
        final String[] params;
        final MiniPy.Node body;
        final MiniPy.Env env;

        Lambda(String[] params, MiniPy.Node body, MiniPy.Env env) {
            this.params = params;
            this.body = body;
            this.env = env;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private PyObject call(PyObject[] args) {
            if (args.length != params.length) {
                throw Errors.typeError("<lambda>() takes " + params.length + " positional arguments but "
                        + args.length + " were given");
            }
            MiniPy.Env e = new MiniPy.Env(env);
            for (int i = 0; i < params.length; i++) {
                e.vars.put(params[i], args[i]);
            }
            return body.eval(e);
        }
    }

    /** The helper classes run_cases.py defines in Python (SeqOnly, Sized, Idx, Flt, Key, BadEq). */
    static final class Helper extends PyObject {
        private static PyType type(String name, java.util.function.Consumer<PyType> slots) {
            return PyType.builtin(name, Helper.class, PyType.OBJECT, 0, slots, null);
        }

        static final PyType SEQ_ONLY = type("SeqOnly", t -> t.getitem = (self, i) -> {
            long n = Seq.index(i).longValue();
            if (n < 3) {
                return PyInt.of(n * n);
            }
            throw new PyException(new PyBaseException(ExceptionTypes.INDEX_ERROR, PyTuple.of(i)));
        });
        static final PyType SIZED = type("Sized", t -> {
            t.length = self -> ((PyInt) ((Helper) self).a).longValue();
            t.getitem = (self, i) -> {
                long n = Seq.index(i).longValue();
                if (n >= 0 && n < t.length.call(self)) {
                    return PyInt.of(n * 10);
                }
                throw new PyException(new PyBaseException(ExceptionTypes.INDEX_ERROR, PyTuple.of(i)));
            };
        });
        static final PyType IDX = type("Idx", t -> t.index = self -> ((Helper) self).a);
        static final PyType FLT = type("Flt", t -> t.asFloat = self -> ((Helper) self).a);
        static final PyType KEY = type("Key", t -> {
            t.hash = self -> Abstract.hash(((Helper) self).a);
            t.richCompare = (v, w, op) -> {
                if (op != CompareOp.EQ && op != CompareOp.NE) {
                    return PyNotImplemented.INSTANCE;
                }
                boolean eq = w instanceof Helper h && h.type == v.type()
                        && Abstract.richCompareBool(((Helper) v).b, h.b, CompareOp.EQ);
                return PyBool.of(eq == (op == CompareOp.EQ));
            };
            t.repr = self -> Abstract.str(((Helper) self).b);
        });
        static final PyType REC = type("Rec", t -> {
            t.richCompare = (v, w, op) -> {
                if (op != CompareOp.LT || !(w instanceof Helper o) || o.type != v.type()) {
                    return PyNotImplemented.INSTANCE;
                }
                Helper h = (Helper) v;
                ((PyList) h.b).append(PyTuple.of(h.a, o.a));
                return Abstract.richCompare(h.a, o.a, CompareOp.LT);
            };
            t.getattro = (self, name) -> name.toString().equals("v") ? ((Helper) self).a
                    : BaseSlots.genericGetAttr(self, name);
        });
        static final PyType BAD_EQ = type("BadEq", t -> {
            t.hash = self -> 1;
            t.richCompare = (v, w, op) -> {
                if (op == CompareOp.EQ) {
                    throw Errors.valueError("bad eq");
                }
                return PyNotImplemented.INSTANCE;
            };
            t.repr = self -> PyStr.of("BadEq");
        });

        final PyType type;
        final PyObject a, b;

        Helper(PyType type, PyObject a, PyObject b) {
            this.type = type;
            this.a = a;
            this.b = b;
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    private static void fn(String name, BuiltinMethod.General f) {
        NAMES.put(name, new PyBuiltinFunction(BuiltinMethod.of(name, null, f), null));
    }

    private static PyObject[] positional(PyObject[] args, int start, String[] kw, String name, int min, int max) {
        return ArgParser.unpack(name, min, max).bind(args, start, kw);
    }

    private static void init() {
        for (PyType t : new PyType[] {PyInt.TYPE, PyFloat.TYPE, PyComplex.TYPE, PyList.TYPE, PyTuple.TYPE, PySet.TYPE,
                PyFrozenSet.TYPE, PyRange.TYPE, PySlice.TYPE, PyBytes.TYPE, PyByteArray.TYPE, PyEnumerate.TYPE,
                PyZip.TYPE, PyMap.TYPE, PyFilter.TYPE, PyReversed.TYPE, PyDict.TYPE, PyBool.TYPE}) {
            NAMES.put(t.name(), t);
        }
        NAMES.put("Ellipsis", PyEllipsis.INSTANCE);
        fn("SeqOnly", (self, a, s, kw) -> new Helper(Helper.SEQ_ONLY, null, null));
        fn("Sized", (self, a, s, kw) -> new Helper(Helper.SIZED, a[s], null));
        fn("Idx", (self, a, s, kw) -> new Helper(Helper.IDX, a[s], null));
        fn("Flt", (self, a, s, kw) -> new Helper(Helper.FLT, a[s], null));
        fn("Key", (self, a, s, kw) -> new Helper(Helper.KEY, a[s], a[s + 1]));
        fn("BadEq", (self, a, s, kw) -> new Helper(Helper.BAD_EQ, null, null));
        fn("Rec", (self, a, s, kw) -> new Helper(Helper.REC, a[s], a[s + 1]));
        fn("unpack", (self, a, s, kw) -> PyList.wrap(Iter.unpack(a[s], Seq.index(a[s + 1]).intValueExact())));
        fn("unpack_ex", (self, a, s, kw) -> PyList.wrap(Iter.unpackEx(a[s], Seq.index(a[s + 1]).intValueExact(),
                Seq.index(a[s + 2]).intValueExact())));
        NAMES.put("NotImplemented", PyNotImplemented.INSTANCE);
        NAMES.put("object", PyType.OBJECT);
        fn("len", (self, a, s, kw) -> PyInt.of(Abstract.length(positional(a, s, kw, "len", 1, 1)[0])));
        fn("iter", (self, a, s, kw) -> Iter.of(positional(a, s, kw, "iter", 1, 1)[0]));
        fn("next", (self, a, s, kw) -> {
            PyObject[] p = positional(a, s, kw, "next", 1, 2);
            PyObject v = Iter.next(p[0]);
            if (v == null) {
                if (p[1] != null) {
                    return p[1];
                }
                throw Iter.stopIteration();
            }
            return v;
        });
        fn("repr", (self, a, s, kw) -> Abstract.repr(positional(a, s, kw, "repr", 1, 1)[0]));
        fn("str", (self, a, s, kw) -> Abstract.str(positional(a, s, kw, "str", 1, 1)[0]));
        fn("hash", (self, a, s, kw) -> PyInt.of(Abstract.hash(positional(a, s, kw, "hash", 1, 1)[0])));
        fn("type", (self, a, s, kw) -> positional(a, s, kw, "type", 1, 1)[0].type());
        fn("abs", (self, a, s, kw) -> {
            PyObject x = positional(a, s, kw, "abs", 1, 1)[0];
            if (x.type().abs == null) {
                throw Errors.typeError("bad operand type for abs(): '" + x.type().name() + "'");
            }
            return x.type().abs.call(x);
        });
        fn("divmod", (self, a, s, kw) -> {
            PyObject[] p = positional(a, s, kw, "divmod", 2, 2);
            return Abstract.binaryOp(p[0], p[1], NumberOp.DIVMOD);
        });
        fn("pow", (self, a, s, kw) -> {
            PyObject[] p = ArgParser.clinic("pow", "base, exp, mod=None").bind(a, s, kw);
            if (p[2] == null || p[2] == PyNone.INSTANCE) {
                return Abstract.binaryOp(p[0], p[1], NumberOp.POWER); // PyNumber_Power(v, w, None)
            }
            java.util.List<Slot.Ternary> tried = new java.util.ArrayList<>();
            for (PyObject o : p) { // CPython's ternary_op: each operand's slot once
                Slot.Ternary t = o.type().pow3;
                if (t != null && !tried.contains(t)) {
                    tried.add(t);
                    PyObject r = t.call(p[0], p[1], p[2]);
                    if (r != PyNotImplemented.INSTANCE) {
                        return r;
                    }
                }
            }
            throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + p[0].type().name() + "', '"
                    + p[1].type().name() + "', '" + p[2].type().name() + "'");
        });
        fn("round", (self, a, s, kw) -> {
            PyObject[] p = ArgParser.clinic("round", "number, ndigits=None").bind(a, s, kw);
            PyObject m = p[0].type().lookup("__round__");
            if (m == null) {
                throw Errors.typeError("type " + p[0].type().name() + " doesn't define __round__ method");
            }
            return p[1] == null || p[1] == PyNone.INSTANCE ? Abstract.callBound(m, p[0]) : Abstract.callBound(m, p[0], p[1]);
        });
        fn("sorted", (self, a, s, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (a.length - s - nkw != 1) {
                throw Errors.typeError("sorted expected 1 argument, got " + (a.length - s - nkw));
            }
            PyList l = PyList.wrap(Iter.toArray(a[s]));
            PyObject[] rest = java.util.Arrays.copyOfRange(a, s + 1, a.length);
            Abstract.callBound(PyList.TYPE.lookup("sort"), l, rest, kw);
            return l;
        });
        fn("isinstance", (self, a, s, kw) -> {
            PyObject[] p = positional(a, s, kw, "isinstance", 2, 2);
            return PyBool.of(p[0].type().isSubtype((PyType) p[1]));
        });
    }

    static boolean contains(PyObject container, PyObject item) {
        if (container.type().contains == null && container.type().iter == null && container.type().getitem == null) {
            throw Errors.typeError("argument of type '" + container.type().name() + "' is not iterable");
        }
        return Iter.contains(container, item);
    }

    static PyObject unary(String op, PyObject v) {
        PyType t = v.type();
        Slot.Unary f = switch (op) {
            case "-" -> t.neg;
            case "+" -> t.pos;
            default -> t.invert;
        };
        if (f == null) {
            throw Errors.typeError("bad operand type for unary " + op + ": '" + t.name() + "'");
        }
        return f.call(v);
    }
}
