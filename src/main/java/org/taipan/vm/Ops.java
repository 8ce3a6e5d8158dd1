package org.taipan.vm;

import static org.taipan.compiler.Opcode.*;

import org.taipan.modules.BuiltinsModule;
import org.taipan.modules.SysModule;
import org.taipan.objects.Abstract;
import org.taipan.objects.CompareOp;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.NumberOp;
import org.taipan.objects.Iter;
import org.taipan.objects.PyAnySet;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyFrozenSet;
import org.taipan.objects.PyList;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PySet;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Slot;

/** The eval loop's slow paths, kept out of the loop so that it stays small. */
final class Ops {
    private Ops() {}

    private static final CompareOp[] COMPARE = CompareOp.values();

    static PyObject binary(PyObject v, PyObject w, int oparg) {
        return Abstract.binaryOp(v, w, oparg);
    }

    /**
     * The common operations on two ints that fit in a long, without dispatch; null when the
     * result needs the general path (overflow, division by zero, other operators).
     */
    static PyObject intBinary(PyInt v, PyInt w, int oparg) {
        return v.isLong() && w.isLong() ? PyInt.longBinary(v.longValue(), w.longValue(), oparg) : null;
    }

    static PyObject intCompare(long a, long b, int oparg) {
        return PyBool.of(switch (oparg) {
            case 0 -> a < b;
            case 1 -> a <= b;
            case 2 -> a == b;
            case 3 -> a != b;
            case 4 -> a > b;
            default -> a >= b;
        });
    }

    static PyObject compare(PyObject v, PyObject w, int oparg) {
        return Abstract.richCompare(v, w, COMPARE[oparg]);
    }

    static PyObject unary(PyObject v, int op) {
        PyType t = v.type();
        Slot.Unary f = switch (op) {
            case UNARY_NEGATIVE -> t.neg;
            case UNARY_POSITIVE -> t.pos;
            default -> t.invert;
        };
        if (f == null) {
            String sym = op == UNARY_NEGATIVE ? "-" : op == UNARY_POSITIVE ? "+" : "~";
            throw Errors.typeError("bad operand type for unary " + sym + ": '" + t.name() + "'");
        }
        return f.call(v);
    }

    /** Subscription of an object without {@code __getitem__}: a class may have {@code __class_getitem__}. */
    static PyObject getItem(PyObject o, PyObject key) {
        if (o == PyType.TYPE) {
            return new org.taipan.objects.PyGenericAlias(o, key);
        }
        if (o instanceof PyType t) {
            PyObject cg = Abstract.lookupAttr(t, PyStr.of("__class_getitem__"));
            if (cg != null && cg != org.taipan.objects.PyNone.INSTANCE) {
                return Abstract.call(cg, new PyObject[] {key}, null);
            }
            throw Errors.typeError("type '" + t.name() + "' is not subscriptable");
        }
        return Abstract.getItem(o, key);
    }

    static PyObject getIter(PyObject o) {
        Slot.Unary it = o.type().iter;
        if (it == null) {
            return Iter.of(o);
        }
        return it.call(o);
    }

    static boolean contains(PyObject container, PyObject item) {
        Class<?> k = container.getClass();
        if (k == PyDict.class) {
            return ((PyDict) container).containsKey(item);
        }
        if (k == PySet.class || k == PyFrozenSet.class) {
            return ((PyAnySet) container).contains(item);
        }
        Slot.Contains c = container.type().contains;
        if (c != null) {
            return c.call(container, item);
        }
        PyObject it;
        try {
            it = Iter.of(container);
        } catch (org.taipan.objects.PyException e) {
            // any TypeError of iter() is reported as the container's (CPython's _PySequence_IterSearch)
            if (e.matches(org.taipan.objects.ExceptionTypes.TYPE_ERROR)) {
                throw Errors.typeError("argument of type '" + container.type().name() + "' is not iterable");
            }
            throw e;
        }
        Slot.Next next = it.type().next;
        for (PyObject v = next.call(it); v != null; v = next.call(it)) {
            if (Abstract.richCompareBool(v, item, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    // ---- building containers and strings

    static int buildSet(PyObject[] s, int sp, int n) {
        PySet set = new PySet();
        int base = sp - n;
        for (int i = base; i < sp; i++) {
            set.add(s[i]);
        }
        java.util.Arrays.fill(s, base, sp, null);
        s[base] = set;
        return base + 1;
    }

    /** LIST_EXTEND, for {@code [*a]} and calls with {@code *a}. */
    static void listExtend(PyList list, PyObject iterable) {
        try {
            list.extend(iterable);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TYPE_ERROR) && iterable.type().iter == null
                    && iterable.type().getitem == null) {
                throw Errors.typeError("Value after * must be an iterable, not " + iterable.type().name());
            }
            throw e;
        }
    }

    /** SET_UPDATE, for {@code {*a}} and set displays of constants: set.update, which merges a set table-wise. */
    static void setUpdate(PyAnySet set, PyObject iterable) {
        set.update(iterable);
    }

    /** UNPACK_SEQUENCE n: {@code seq -- v[n-1] … v[0]}. */
    static int unpackSequence(PyObject[] s, int sp, int n) {
        PyObject seq = s[sp - 1];
        PyObject[] items;
        if (seq instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            items = t.toArray();
        } else if (seq instanceof PyList l && l.type() == PyList.TYPE) {
            items = l.toArray();
        } else {
            items = unpackIterable(seq, n, -1);
        }
        if (items.length != n) {
            throw items.length < n ? notEnoughValues(n, items.length, false)
                    : Errors.valueError("too many values to unpack (expected " + n + ")");
        }
        sp--;
        for (int i = n - 1; i >= 0; i--) {
            s[sp++] = items[i];
        }
        return sp;
    }

    /** UNPACK_EX: {@code seq -- after… list before…} (pushed in reverse, the first item on top). */
    static int unpackEx(PyObject[] s, int sp, int before, int after) {
        PyObject seq = s[sp - 1];
        PyObject[] items;
        if (seq instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            items = t.toArray();
        } else if (seq instanceof PyList l && l.type() == PyList.TYPE) {
            items = l.toArray();
        } else {
            items = unpackIterable(seq, -1, before);
        }
        if (items.length < before + after) {
            throw notEnoughValues(before + after, items.length, true);
        }
        sp--;
        for (int i = after - 1; i >= 0; i--) {
            s[sp++] = items[items.length - after + i];
        }
        s[sp++] = PyList.wrap(java.util.Arrays.copyOfRange(items, before, items.length - after));
        for (int i = before - 1; i >= 0; i--) {
            s[sp++] = items[i];
        }
        return sp;
    }

    /**
     * The items of a non-sequence being unpacked. With {@code exact >= 0}, reading stops one item
     * past it (CPython does not drain an iterator that has too many). {@code before} is the
     * count needed before a starred target, for the "expected at least" message.
     */
    private static PyObject[] unpackIterable(PyObject seq, int exact, int before) {
        if (seq.type().iter == null && seq.type().getitem == null) {
            throw Errors.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
        }
        PyObject it = Iter.of(seq);
        Slot.Next next = it.type().next;
        java.util.ArrayList<PyObject> out = new java.util.ArrayList<>();
        while (exact < 0 || out.size() <= exact) {
            PyObject v = next.call(it);
            if (v == null) {
                break;
            }
            out.add(v);
        }
        return out.toArray(new PyObject[0]);
    }

    private static PyException notEnoughValues(int expected, int got, boolean atLeast) {
        return Errors.valueError("not enough values to unpack (expected " + (atLeast ? "at least " : "") + expected
                + ", got " + got + ")");
    }

    /** FORMAT_VALUE: {@code value [spec] -- str}, with the conversion in the low bits of the argument. */
    static int formatValue(PyObject[] s, int sp, int arg) {
        PyObject spec = null;
        if ((arg & 4) != 0) {
            spec = s[--sp];
            s[sp] = null;
        }
        PyObject v = s[sp - 1];
        v = switch (arg & 3) {
            case 1 -> Abstract.str(v);
            case 2 -> Abstract.repr(v);
            case 3 -> PyStr.of(BuiltinsModule.ascii(Abstract.repr(v).toString()));
            default -> v;
        };
        s[sp - 1] = spec == null && v.type() == PyStr.TYPE ? v : BuiltinsModule.format(v, spec == null ? PyStr.of("") : spec);
        return sp;
    }

    static int buildString(PyObject[] s, int sp, int n) {
        int base = sp - n;
        PyStr r = PyStr.concatAll(s, base, sp);
        java.util.Arrays.fill(s, base, sp, null);
        s[base] = r;
        return base + 1;
    }

    static int buildMap(PyObject[] s, int sp, int n) {
        PyDict d = new PyDict();
        int base = sp - 2 * n;
        for (int i = base; i < sp; i += 2) {
            d.setItem(s[i], s[i + 1]);
        }
        java.util.Arrays.fill(s, base, sp, null);
        s[base] = d;
        return base + 1;
    }

    static int buildConstKeyMap(PyObject[] s, int sp, int n) {
        PyTuple keys = (PyTuple) s[sp - 1];
        PyDict d = new PyDict();
        int base = sp - 1 - n;
        for (int i = 0; i < n; i++) {
            d.setItem(keys.get(i), s[base + i]);
        }
        java.util.Arrays.fill(s, base, sp, null);
        s[base] = d;
        return base + 1;
    }

    // ---- module and class bodies

    /** PRINT_EXPR (interactive mode): {@code sys.displayhook(v)}. */
    static void printExpr(PyObject v) {
        PyObject hook = SysModule.attr("displayhook");
        if (hook == null) {
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "lost sys.displayhook");
        }
        Abstract.call(hook, new PyObject[] {v}, null);
    }

    static PyObject loadBuildClass(PyFrame f) {
        PyObject bc = f.builtins.getItem(PyStr.of("__build_class__"));
        if (bc == null) {
            throw Errors.of(ExceptionTypes.NAME_ERROR, "__build_class__ not found");
        }
        return bc;
    }

    static void setupAnnotations(PyFrame f) {
        PyStr key = PyStr.of("__annotations__");
        if (f.locals == null) {
            throw Errors.of(ExceptionTypes.SYSTEM_ERROR, "no locals found when setting up annotations");
        }
        if (f.locals instanceof PyDict d && d.type() == PyDict.TYPE) {
            if (d.getItem(key) == null) {
                d.setItem(key, new PyDict());
            }
            return;
        }
        try {
            Abstract.getItem(f.locals, key);
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.KEY_ERROR)) {
                throw e;
            }
            Abstract.setItem(f.locals, key, new PyDict());
        }
    }

    /** LOAD_CLASSDEREF: a free variable of a class body, which the class namespace may shadow. */
    static PyObject loadClassDeref(PyFrame f, int i) {
        PyStr name = PyStr.of(f.code.localsplusNames[i]);
        PyObject v = null;
        if (f.locals instanceof PyDict d && d.type() == PyDict.TYPE) {
            v = d.getItem(name);
        } else if (f.locals != null) {
            try {
                v = Abstract.getItem(f.locals, name);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.KEY_ERROR)) {
                    throw e;
                }
            }
        }
        if (v != null) {
            return v;
        }
        v = ((PyCell) f.slots[i]).value;
        if (v == null) {
            throw unboundDeref(f.code, i);
        }
        return v;
    }

    // ---- names

    static PyException nameError(PyStr name) {
        PyException e = Errors.of(ExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined");
        e.value.setField("name", name);
        return e;
    }

    static PyException unboundLocal(PyCode co, int i) {
        return Errors.of(ExceptionTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                + co.localsplusNames[i] + "' where it is not associated with a value");
    }

    static PyException unboundDeref(PyCode co, int i) {
        if ((co.localsplusKinds[i] & org.taipan.compiler.CodeUnit.KIND_FREE) != 0) {
            return Errors.of(ExceptionTypes.NAME_ERROR, "cannot access free variable '" + co.localsplusNames[i]
                    + "' where it is not associated with a value in enclosing scope");
        }
        return unboundLocal(co, i);
    }

    static PyObject loadGlobal(PyFrame f, PyStr name) {
        PyObject v = f.globals.getItem(name);
        if (v == null) {
            v = f.builtins.getItem(name);
            if (v == null) {
                throw nameError(name);
            }
        }
        return v;
    }

    static PyObject loadName(PyFrame f, PyStr name) {
        PyObject locals = f.locals;
        if (locals == null) {
            throw Errors.of(ExceptionTypes.SYSTEM_ERROR, "no locals when loading '" + name + "'");
        }
        PyObject v;
        // Only an exact dict is read directly: a subclass (a metaclass's __prepare__) may override __getitem__.
        if (locals instanceof PyDict d && d.getClass() == PyDict.class) {
            v = d.getItem(name);
        } else {
            try {
                v = Abstract.getItem(locals, name);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.KEY_ERROR)) {
                    throw e;
                }
                v = null;
            }
        }
        return v != null ? v : loadGlobal(f, name);
    }

    static void storeName(PyFrame f, PyStr name, PyObject v) {
        if (f.locals instanceof PyDict d && d.getClass() == PyDict.class) {
            d.setItem(name, v);
        } else if (f.locals != null) {
            Abstract.setItem(f.locals, name, v);
        } else {
            throw Errors.of(ExceptionTypes.SYSTEM_ERROR, "no locals found when storing '" + name + "'");
        }
    }

    static void deleteName(PyFrame f, PyStr name) {
        if (f.locals instanceof PyDict d && d.getClass() == PyDict.class) {
            if (d.delItem(name) == null) {
                throw nameError(name);
            }
            return;
        }
        try {
            Abstract.setItem(f.locals, name, null);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.KEY_ERROR)) {
                throw nameError(name);
            }
            throw e;
        }
    }

    // ---- exceptions

    static boolean exceptionMatches(PyObject exc, PyObject type) {
        if (type instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                checkCatchable(t.get(i));
            }
            for (int i = 0; i < t.size(); i++) {
                if (exc.type().isSubtype((PyType) t.get(i))) {
                    return true;
                }
            }
            return false;
        }
        checkCatchable(type);
        return exc.type().isSubtype((PyType) type);
    }

    private static void checkCatchable(PyObject type) {
        if (!(type instanceof PyType t) || !t.isSubtype(ExceptionTypes.BASE_EXCEPTION)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** RAISE_VARARGS: {@code raise}, {@code raise exc} or {@code raise exc from cause}. */
    static PyException raise(ThreadState ts, PyObject exc, PyObject cause) {
        if (exc == null) {
            PyObject handled = ts.handled();
            if (handled == null) {
                return Errors.of(ExceptionTypes.RUNTIME_ERROR, "No active exception to reraise");
            }
            return reraise(handled);
        }
        PyBaseException value = instantiate(exc, "exceptions must derive from BaseException");
        if (cause != null) {
            value.cause = cause == PyNone.INSTANCE ? null
                    : instantiate(cause, "exception causes must derive from BaseException");
            value.suppressContext = true;
        }
        return new PyException(value);
    }

    private static PyBaseException instantiate(PyObject exc, String message) {
        if (exc instanceof PyType t && t.isSubtype(ExceptionTypes.BASE_EXCEPTION)) {
            PyObject v = Abstract.call(t, new PyObject[0], null);
            if (v instanceof PyBaseException e) {
                return e;
            }
            throw Errors.typeError("calling " + t + " should have returned an instance of BaseException, not "
                    + v.type().name());
        }
        if (exc instanceof PyBaseException e) {
            return e;
        }
        throw Errors.typeError(message);
    }

    /** RERAISE: raises the exception object again, keeping its traceback. */
    static PyException reraise(PyObject exc) {
        PyException e = new PyException((PyBaseException) exc);
        e.reraised = true;
        e.contextChained = true;
        return e;
    }

    /**
     * An exception raised while another is being handled gets that one as its {@code __context__},
     * unless that would make a cycle, which is broken as CPython breaks it.
     */
    static void chainContext(ThreadState ts, PyException e) {
        if (e.contextChained) {
            return;
        }
        e.contextChained = true;
        PyObject handled = ts.handled();
        if (handled == null || handled == e.value) {
            return;
        }
        PyBaseException o = (PyBaseException) handled;
        while (o.context instanceof PyBaseException c) {
            if (c == e.value) {
                o.context = null;
                break;
            }
            o = c;
        }
        e.value.context = handled;
    }
}
