package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.Iter;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBuiltinFunction;
import org.taipan.objects.PyByteArray;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyClassMethod;
import org.taipan.objects.PyComplex;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyEllipsis;
import org.taipan.objects.PyEnumerate;
import org.taipan.objects.PyException;
import org.taipan.objects.PyFilter;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyFrozenSet;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyMap;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyNotImplemented;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyProperty;
import org.taipan.objects.PyRange;
import org.taipan.objects.PyReversed;
import org.taipan.objects.PySet;
import org.taipan.objects.PySlice;
import org.taipan.objects.PyStr;
import org.taipan.objects.PySuper;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.PyUnionType;
import org.taipan.objects.PyZip;
import org.taipan.objects.Seq;
import org.taipan.objects.Slot;
import org.taipan.vm.ClassBuilder;

/**
 * The {@code builtins} module: the builtin types by name and the builtin functions, each with
 * the argument handling (and so the TypeError wording) of its CPython counterpart. Functions
 * that need the running frame or the compiler are in {@link BuiltinsFrames}.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    private static final ArgParser PRINT = ArgParser.clinic("print", "*, sep=' ', end='\\n', file=None, flush=False");
    private static final ArgParser DELATTR = ArgParser.unpack("delattr", 2, 2);
    private static final ArgParser DIVMOD = ArgParser.unpack("divmod", 2, 2);
    private static final ArgParser FORMAT = ArgParser.unpack("format", 1, 2);
    private static final ArgParser GETATTR = ArgParser.unpack("getattr", 2, 3);
    private static final ArgParser HASATTR = ArgParser.unpack("hasattr", 2, 2);
    private static final ArgParser ISINSTANCE = ArgParser.unpack("isinstance", 2, 2);
    private static final ArgParser ISSUBCLASS = ArgParser.unpack("issubclass", 2, 2);
    private static final ArgParser ITER = ArgParser.unpack("iter", 1, 2);
    private static final ArgParser NEXT = ArgParser.unpack("next", 1, 2);
    private static final ArgParser POW = ArgParser.clinic("pow", "base, exp, mod=None");
    private static final ArgParser ROUND = ArgParser.clinic("round", "number, ndigits=None");
    private static final ArgParser SETATTR = ArgParser.unpack("setattr", 3, 3);
    private static final ArgParser SORTED_KW = ArgParser.clinic("sorted", "*, key=None, reverse=False");
    private static final ArgParser SUM = ArgParser.clinic("sum", "iterable, /, start=0");
    private static final ArgParser IMPORT = ArgParser.clinic("__import__",
            "name, globals=None, locals=None, fromlist=(), level=0");

    private static PyBuiltinFunction importFunction;

    public static PyModule create() {
        PyModule m = new PyModule("builtins", new PyDict());
        m.builtin = true;
        for (PyType t : new PyType[] {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyStr.TYPE,
                PyTuple.TYPE, PyDict.TYPE, PyList.TYPE, PySet.TYPE, PyFrozenSet.TYPE, PyFloat.TYPE, PyComplex.TYPE,
                PyBytes.TYPE, PyByteArray.TYPE, PyRange.TYPE, PySlice.TYPE, PyEnumerate.TYPE, PyZip.TYPE, PyMap.TYPE,
                PyFilter.TYPE, PyReversed.TYPE, org.taipan.objects.PyMemoryView.TYPE, PySuper.TYPE, PyProperty.TYPE, PyClassMethod.CLASSMETHOD,
                PyClassMethod.STATICMETHOD}) {
            m.set(t.name(), t);
        }
        // list[int] and friends (PEP 585).
        for (PyType t : new PyType[] {PyTuple.TYPE, PyList.TYPE, PyDict.TYPE, PySet.TYPE,
                PyFrozenSet.TYPE, PyEnumerate.TYPE, PyZip.TYPE, PyMap.TYPE, PyFilter.TYPE, PyReversed.TYPE}) {
            if (t.dict().getItem(PyStr.of("__class_getitem__")) == null) {
                t.dict().setItem(PyStr.of("__class_getitem__"), org.taipan.objects.PyGenericAlias.classGetitem(t));
                t.invalidateCaches();
            }
        }
        for (PyType t : ExceptionTypes.all()) {
            m.set(t.name(), t);
        }
        m.set("EnvironmentError", ExceptionTypes.OS_ERROR);
        m.set("IOError", ExceptionTypes.OS_ERROR);
        m.set("None", PyNone.INSTANCE);
        m.set("True", PyBool.TRUE);
        m.set("False", PyBool.FALSE);
        m.set("Ellipsis", PyEllipsis.INSTANCE);
        m.set("NotImplemented", PyNotImplemented.INSTANCE);
        m.set("__debug__", PyBool.TRUE);
        m.def("print", BuiltinsModule::print);
        m.def("repr", (self, o) -> Abstract.repr(o));
        m.def("ascii", (self, o) -> PyStr.of(ascii(Abstract.repr(o).toString())));
        m.def("len", (self, o) -> PyInt.of(Abstract.length(o)));
        m.def("id", (self, o) -> PyInt.of(id(o)));
        m.def("hash", (self, o) -> PyInt.of(Abstract.hash(o)));
        m.def("callable", (self, o) -> PyBool.of(o.type().call != null));
        m.def("abs", (self, o) -> {
            Slot.Unary f = o.type().abs;
            if (f == null) {
                throw Errors.typeError("bad operand type for abs(): '" + o.type().name() + "'");
            }
            return f.call(o);
        });
        m.def("all", (self, o) -> anyAll(o, false));
        m.def("any", (self, o) -> anyAll(o, true));
        m.def("bin", (self, o) -> PyStr.of(radix(o, 2, "0b")));
        m.def("oct", (self, o) -> PyStr.of(radix(o, 8, "0o")));
        m.def("hex", (self, o) -> PyStr.of(radix(o, 16, "0x")));
        m.def("chr", (self, o) -> {
            PyInt i = Seq.index(o);
            if (!i.isLong() || i.longValue() < 0 || i.longValue() > 0x10FFFF) {
                if (!i.isLong()) {
                    throw Errors.overflowError("Python int too large to convert to C int");
                }
                throw Errors.valueError("chr() arg not in range(0x110000)");
            }
            return PyStr.of(new String(Character.toChars((int) i.longValue())));
        });
        m.def("ord", (self, o) -> ord(o));
        m.def("delattr", (self, a, start, kw) -> {
            PyObject[] p = DELATTR.bind(a, start, kw);
            Abstract.setAttr(p[0], attrName(p[1]), null);
            return PyNone.INSTANCE;
        });
        m.def("setattr", (self, a, start, kw) -> {
            PyObject[] p = SETATTR.bind(a, start, kw);
            Abstract.setAttr(p[0], attrName(p[1]), p[2]);
            return PyNone.INSTANCE;
        });
        m.def("getattr", (self, a, start, kw) -> {
            PyObject[] p = GETATTR.bind(a, start, kw);
            PyStr name = attrName(p[1]);
            if (p[2] == null) {
                return Abstract.getAttr(p[0], name);
            }
            PyObject v = Abstract.lookupAttr(p[0], name);
            return v == null ? p[2] : v;
        });
        m.def("hasattr", (self, a, start, kw) -> {
            PyObject[] p = HASATTR.bind(a, start, kw);
            return PyBool.of(Abstract.lookupAttr(p[0], attrName(p[1])) != null);
        });
        m.def("divmod", (self, a, start, kw) -> {
            PyObject[] p = DIVMOD.bind(a, start, kw);
            return Abstract.binaryOp(p[0], p[1], org.taipan.objects.NumberOp.DIVMOD);
        });
        m.def("format", (self, a, start, kw) -> {
            PyObject[] p = FORMAT.bind(a, start, kw);
            PyObject spec = p[1] == null ? PyStr.of("") : p[1];
            if (!(spec instanceof PyStr)) {
                throw Errors.typeError("format() argument 2 must be str, not " + spec.type().name());
            }
            return format(p[0], spec);
        });
        m.def("isinstance", (self, a, start, kw) -> {
            PyObject[] p = ISINSTANCE.bind(a, start, kw);
            return PyBool.of(isInstance(p[0], p[1]));
        });
        m.def("issubclass", (self, a, start, kw) -> {
            PyObject[] p = ISSUBCLASS.bind(a, start, kw);
            return PyBool.of(isSubclass(p[0], p[1]));
        });
        m.def("iter", (self, a, start, kw) -> {
            PyObject[] p = ITER.bind(a, start, kw);
            if (p[1] == null) {
                return Iter.of(p[0]);
            }
            if (p[0].type().call == null) {
                throw Errors.typeError("iter(v, w): v must be callable");
            }
            return new CallableIterator(p[0], p[1]);
        });
        m.def("next", (self, a, start, kw) -> {
            PyObject[] p = NEXT.bind(a, start, kw);
            PyObject it = p[0];
            if (it.type().next == null) {
                throw Errors.typeError("'" + it.type().name() + "' object is not an iterator");
            }
            return next(it, p[1]);
        });
        m.def("max", (self, a, start, kw) -> minMax(a, start, kw, "max", org.taipan.objects.CompareOp.GT));
        m.def("min", (self, a, start, kw) -> minMax(a, start, kw, "min", org.taipan.objects.CompareOp.LT));
        m.def("pow", (self, a, start, kw) -> {
            PyObject[] p = POW.bind(a, start, kw);
            return pow(p[0], p[1], p[2] == null ? PyNone.INSTANCE : p[2]);
        });
        m.def("round", (self, a, start, kw) -> {
            PyObject[] p = ROUND.bind(a, start, kw);
            PyObject r = p[0].type().lookup("__round__");
            if (r == null) {
                throw Errors.typeError("type " + p[0].type().name() + " doesn't define __round__ method");
            }
            return p[1] == null || p[1] == PyNone.INSTANCE ? Abstract.callBound(r, p[0])
                    : Abstract.callBound(r, p[0], p[1]);
        });
        m.def("sorted", (self, a, start, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = a.length - start - nkw;
            if (npos != 1) {
                throw Errors.typeError("sorted expected 1 argument, got " + npos);
            }
            PyObject[] k = SORTED_KW.bind(a, start + 1, kw);
            PyList l = PyList.wrap(Iter.toArray(a[start]).clone());
            boolean reverse = k[1] != null && Seq.index(k[1]).signum() != 0;
            l.sort(k[0] == null || k[0] == PyNone.INSTANCE ? null : k[0], reverse);
            return l;
        });
        m.def("sum", (self, a, start, kw) -> {
            PyObject[] p = SUM.bind(a, start, kw);
            return sum(p[0], p[1] == null ? PyInt.of(0) : p[1]);
        });
        m.def("__build_class__", ClassBuilder::buildClass);
        m.def("aiter", (self, o) -> org.taipan.vm.Async.builtinAiter(o));
        m.def("anext", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("anext", 1, 2).bind(a, start, kw);
            return org.taipan.vm.Async.builtinAnext(p[0], p[1]);
        });
        m.def("__import__", (self, a, start, kw) -> {
            PyObject[] p = IMPORT.bind(a, start, kw);
            if (!(p[0] instanceof PyStr name)) {
                throw Errors.typeError("module name must be a string");
            }
            PyDict globals = p[1] instanceof PyDict d ? d : null;
            int level = p[4] == null ? 0 : (int) Seq.index(p[4]).longValue();
            return org.taipan.vm.Imports.importModule(name.toString(), globals,
                    p[3] == null ? PyTuple.EMPTY : p[3], level);
        });
        importFunction = (PyBuiltinFunction) m.instanceDict().getItem(PyStr.of("__import__"));
        m.def("open", org.taipan.modules.io.IoModule::open);
        m.set("exit", new Quitter("exit"));
        m.set("quit", new Quitter("quit"));
        BuiltinsFrames.define(m);
        SiteBuiltins.install(m);
        BuiltinsSignatures.apply(m);
        return m;
    }

    /** The Python SyntaxError (or IndentationError, TabError) for a syntax error found by the front end. */
    public static PyException syntaxError(org.taipan.parser.PySyntaxError e) {
        return BuiltinsFrames.syntaxError(e);
    }

    /** Writes what files opened by the program still hold: at exit, as CPython does when it finalises them. */
    public static void flushFiles() {
        org.taipan.modules.io.IoModule.flushStd();
        org.taipan.modules.io.Buffered.flushAll();
        Console.flush();
    }

    /** Whether {@code __import__} is still the builtin one (IMPORT_NAME then skips the call). */
    public static boolean isOwnImport(PyObject f) {
        return f == importFunction;
    }

    /**
     * next(it[, default]). Builtin iterators go through their slot; a Python class or a
     * generator through {@code __next__}, whose StopIteration may carry a value.
     */
    public static PyObject next(PyObject it, PyObject dflt) {
        PyObject m = it.type().lookup("__next__");
        if (m == null || m instanceof org.taipan.objects.PySlotWrapper) {
            PyObject v = it.type().next.call(it);
            if (v == null) {
                if (dflt != null) {
                    return dflt;
                }
                throw new PyException(new org.taipan.objects.PyBaseException(ExceptionTypes.STOP_ITERATION,
                        PyTuple.EMPTY));
            }
            return v;
        }
        try {
            return Abstract.callBound(m, it);
        } catch (PyException e) {
            if (dflt != null && e.matches(ExceptionTypes.STOP_ITERATION)) {
                return dflt;
            }
            throw e;
        }
    }

    private static long id(PyObject o) {
        return org.taipan.objects.Ids.id(o);
    }

    /** print(*objects, sep=' ', end='\n', file=None, flush=False). */
    private static PyObject print(PyObject self, PyObject[] args, int start, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - start - nkw;
        PyObject[] kw = PRINT.bind(args, start + npos, kwnames);
        String sep = textOrDefault(kw[0], " ", "sep");
        String end = textOrDefault(kw[1], "\n", "end");
        PyObject file = kw[2];
        if (file == null || file == PyNone.INSTANCE) {
            file = SysModule.attr("stdout");
            if (file == null || file == PyNone.INSTANCE) {
                return PyNone.INSTANCE;
            }
        }
        if (file instanceof org.taipan.modules.io.TextIO ts) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                Abstract.str(args[start + i]).appendTo(sb);
            }
            sb.append(end);
            ts.write(sb.toString());
        } else {
            PyObject write = Abstract.getAttr(file, PyStr.of("write"));
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    Abstract.call(write, new PyObject[] {PyStr.of(sep)}, null);
                }
                Abstract.call(write, new PyObject[] {Abstract.str(args[start + i])}, null);
            }
            Abstract.call(write, new PyObject[] {PyStr.of(end)}, null);
        }
        if (kw[3] != null && Abstract.isTrue(kw[3])) {
            PyObject flush = Abstract.getAttr(file, PyStr.of("flush"));
            Abstract.call(flush, new PyObject[0], null);
        }
        return PyNone.INSTANCE;
    }

    /** Writes text to a file-like object (sys.stdout or a replacement). */
    static void writeTo(PyObject file, String text) {
        if (file instanceof org.taipan.modules.io.TextIO ts) {
            ts.write(text);
        } else {
            Abstract.call(Abstract.getAttr(file, PyStr.of("write")), new PyObject[] {PyStr.of(text)}, null);
        }
    }

    private static String textOrDefault(PyObject v, String dflt, String what) {
        if (v == null || v == PyNone.INSTANCE) {
            return dflt;
        }
        if (v instanceof PyStr s) {
            return s.toString();
        }
        throw Errors.typeError(what + " must be None or a string, not " + v.type().name());
    }

    static PyStr attrName(PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw Errors.typeError("attribute name must be string, not '" + o.type().name() + "'");
    }

    /** ascii(): a repr with every non-ASCII character escaped. */
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder(repr.length());
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp <= 0xFF) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xFFFF) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }

    /** format(value, spec): {@code type(value).__format__(value, spec)}, which must return a str. */
    public static PyObject format(PyObject v, PyObject spec) {
        return Abstract.format(v, spec);
    }

    private static PyObject anyAll(PyObject iterable, boolean any) {
        PyObject it = Iter.of(iterable);
        Slot.Next next = it.type().next;
        for (PyObject v = next.call(it); v != null; v = next.call(it)) {
            if (Abstract.isTrue(v) == any) {
                return PyBool.of(any);
            }
        }
        return PyBool.of(!any);
    }

    private static String radix(PyObject o, int base, String prefix) {
        java.math.BigInteger v = Seq.index(o).bigValue();
        String digits = v.abs().toString(base);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    private static PyObject ord(PyObject o) {
        if (o instanceof PyStr s) {
            int n = s.length();
            if (n != 1) {
                throw Errors.typeError("ord() expected a character, but string of length " + n + " found");
            }
            return PyInt.of(s.toString().codePointAt(0));
        }
        if (o instanceof PyBytes || o instanceof PyByteArray) {
            long n = Abstract.length(o);
            if (n != 1) {
                throw Errors.typeError("ord() expected a character, but string of length " + n + " found");
            }
            return Abstract.getItem(o, PyInt.of(0));
        }
        throw Errors.typeError("ord() expected string of length 1, but " + o.type().name() + " found");
    }

    private static PyObject pow(PyObject base, PyObject exp, PyObject mod) {
        if (mod == PyNone.INSTANCE) {
            return Abstract.binaryOp(base, exp, org.taipan.objects.NumberOp.POWER);
        }
        Slot.Ternary f = base.type().pow3;
        if (f != null) {
            PyObject r = f.call(base, exp, mod);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        Slot.Ternary g = exp.type().pow3;
        if (g != null && g != f) {
            PyObject r = g.call(base, exp, mod);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        Slot.Ternary h = mod.type().pow3;
        if (h != null && h != f && h != g) {
            PyObject r = h.call(base, exp, mod);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + base.type().name() + "', '"
                + exp.type().name() + "', '" + mod.type().name() + "'");
    }

    private static PyObject sum(PyObject iterable, PyObject start) {
        if (start instanceof PyStr) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes) {
            throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (start instanceof PyByteArray) {
            throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObject it = Iter.of(iterable);
        Slot.Next next = it.type().next;
        PyObject acc = start;
        for (PyObject v = next.call(it); v != null; v = next.call(it)) {
            acc = Abstract.binaryOp(acc, v, org.taipan.objects.NumberOp.ADD);
        }
        return acc;
    }

    private static final ArgParser MINMAX_KW_MAX = ArgParser.clinic("max", "*, key=None, default=None");
    private static final ArgParser MINMAX_KW_MIN = ArgParser.clinic("min", "*, key=None, default=None");

    private static PyObject minMax(PyObject[] a, int start, String[] kw, String name, org.taipan.objects.CompareOp op) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - start - nkw;
        if (npos == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        PyObject[] k = (name.equals("max") ? MINMAX_KW_MAX : MINMAX_KW_MIN).bind(a, start + npos, kw);
        PyObject key = k[0] == PyNone.INSTANCE ? null : k[0];
        PyObject dflt = k[1];
        PyObject[] items;
        if (npos == 1) {
            items = Iter.toArray(a[start]);
        } else {
            if (dflt != null) {
                throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            items = java.util.Arrays.copyOfRange(a, start, start + npos);
        }
        if (items.length == 0) {
            if (dflt != null) {
                return dflt;
            }
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        PyObject best = items[0];
        PyObject bestKey = key == null ? best : Abstract.call(key, new PyObject[] {best}, null);
        for (int i = 1; i < items.length; i++) {
            PyObject v = items[i];
            PyObject vk = key == null ? v : Abstract.call(key, new PyObject[] {v}, null);
            if (Abstract.isTrue(Abstract.richCompare(vk, bestKey, op))) {
                best = v;
                bestKey = vk;
            }
        }
        return best;
    }

    // ---- isinstance / issubclass (CPython's PyObject_IsInstance / PyObject_IsSubclass)

    public static boolean isInstance(PyObject inst, PyObject cls) {
        if (inst.type() == cls) {
            return true;
        }
        if (cls instanceof PyType t && t.type() == PyType.TYPE) {
            return recursiveIsInstance(inst, t);
        }
        if (cls instanceof PyUnionType u) {
            cls = u.args();
        }
        if (cls instanceof PyTuple tup) {
            for (int i = 0; i < tup.size(); i++) {
                if (isInstance(inst, tup.get(i))) {
                    return true;
                }
            }
            return false;
        }
        PyObject checker = cls.type().lookup("__instancecheck__");
        if (checker != null) {
            return Abstract.isTrue(Abstract.callBound(checker, cls, inst));
        }
        if (!(cls instanceof PyType t)) {
            if (Abstract.lookupAttr(cls, PyStr.of("__bases__")) instanceof PyTuple) {
                PyObject c = Abstract.lookupAttr(inst, PyStr.of("__class__"));
                return c != null && abstractIsSubclass(c, cls);
            }
            throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        return recursiveIsInstance(inst, t);
    }

    private static boolean recursiveIsInstance(PyObject inst, PyType cls) {
        if (inst.type().isSubtype(cls)) {
            return true;
        }
        PyObject c = Abstract.lookupAttr(inst, PyStr.of("__class__"));
        return c != null && c != inst.type() && c instanceof PyType ct && ct.isSubtype(cls);
    }

    public static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls instanceof PyType t && t.type() == PyType.TYPE) {
            if (derived == cls) {
                return true;
            }
            return recursiveIsSubclass(derived, t);
        }
        if (cls instanceof PyUnionType u) {
            cls = u.args();
        }
        if (cls instanceof PyTuple tup) {
            for (int i = 0; i < tup.size(); i++) {
                if (isSubclass(derived, tup.get(i))) {
                    return true;
                }
            }
            return false;
        }
        PyObject checker = cls.type().lookup("__subclasscheck__");
        if (checker != null) {
            return Abstract.isTrue(Abstract.callBound(checker, cls, derived));
        }
        if (!(cls instanceof PyType t)) {
            if (!(Abstract.lookupAttr(cls, PyStr.of("__bases__")) instanceof PyTuple)) {
                throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
            }
            return abstractIsSubclass(derived, cls);
        }
        return recursiveIsSubclass(derived, t);
    }

    private static boolean recursiveIsSubclass(PyObject derived, PyType cls) {
        if (derived instanceof PyType d) {
            return d.isSubtype(cls);
        }
        if (!(Abstract.lookupAttr(derived, PyStr.of("__bases__")) instanceof PyTuple)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        return abstractIsSubclass(derived, cls);
    }

    /** Subclass test through {@code __bases__}, for class-like objects that are not types. */
    private static boolean abstractIsSubclass(PyObject derived, PyObject cls) {
        if (derived == cls) {
            return true;
        }
        PyObject bases = Abstract.lookupAttr(derived, PyStr.of("__bases__"));
        if (!(bases instanceof PyTuple t)) {
            return false;
        }
        for (int i = 0; i < t.size(); i++) {
            if (abstractIsSubclass(t.get(i), cls)) {
                return true;
            }
        }
        return false;
    }

    /** {@code exit} and {@code quit}, which the site module adds: calling one raises SystemExit. */
    static final class Quitter extends PyObject {
        static final PyType TYPE = PyType.builtin("_sitebuiltins.Quitter", Quitter.class, PyType.OBJECT, 0, t -> {
            t.repr = self -> PyStr.of("Use " + ((Quitter) self).name + "() or Ctrl-D (i.e. EOF) to exit");
            t.call = (self, args, kw) -> {
                PyObject[] p = ArgParser.clinic(((Quitter) self).name, "code=None").bind(args, 0, kw);
                throw new PyException(new org.taipan.objects.PyBaseException(ExceptionTypes.SYSTEM_EXIT,
                        p[0] == null ? PyTuple.EMPTY : PyTuple.of(p[0])));
            };
        }, null);

        private final String name;

        Quitter(String name) {
            this.name = name;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /** {@code iter(callable, sentinel)}: calls until the sentinel comes back. */
    static final class CallableIterator extends PyObject {
        static final PyType TYPE = PyType.builtin("callable_iterator", CallableIterator.class, PyType.OBJECT, 0, t -> {
            t.iter = self -> self;
            t.next = self -> ((CallableIterator) self).next();
        }, null);

        private PyObject callable;
        private final PyObject sentinel;

        CallableIterator(PyObject callable, PyObject sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        private PyObject next() {
            if (callable == null) {
                return null;
            }
            PyObject v;
            try {
                v = Abstract.call(callable, new PyObject[0], null);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                    callable = null;
                    return null;
                }
                throw e;
            }
            if (Abstract.richCompareBool(v, sentinel, org.taipan.objects.CompareOp.EQ)) {
                callable = null;
                return null;
            }
            return v;
        }
    }
}
