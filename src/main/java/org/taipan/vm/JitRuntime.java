package org.taipan.vm;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyAnySet;
import org.taipan.objects.PyBuiltinFunction;
import org.taipan.objects.PyMethodDescr;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PySlice;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;

/**
 * What code compiled by {@link Jit} calls: each method does exactly what the eval loop's case
 * for the same instruction does, on values instead of stack slots. Kept small so that the JVM
 * inlines them into the compiled code, where each call site has its own type profile.
 */
final class JitRuntime {
    private JitRuntime() {}

    static boolean truth(PyObject v) {
        return v == PyBool.TRUE || v != PyBool.FALSE && Abstract.isTrue(v);
    }

    static PyObject not(PyObject v) {
        return PyBool.of(!truth(v));
    }

    // Small per-operator entry points, so that the JVM inlines the fast path into each compiled
    // site; anything else (mixed types, big ints, overflow) goes through binary().

    static PyObject add(PyObject v, PyObject w, int op) {
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class && ((PyInt) v).isLong() && ((PyInt) w).isLong()) {
            long x = ((PyInt) v).longValue(), y = ((PyInt) w).longValue(), r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return PyInt.of(r);
            }
        } else if (v.getClass() == PyFloat.class && w.getClass() == PyFloat.class) {
            return PyFloat.of(((PyFloat) v).value() + ((PyFloat) w).value());
        }
        return binary(v, w, op);
    }

    static PyObject sub(PyObject v, PyObject w, int op) {
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class && ((PyInt) v).isLong() && ((PyInt) w).isLong()) {
            long x = ((PyInt) v).longValue(), y = ((PyInt) w).longValue(), r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return PyInt.of(r);
            }
        } else if (v.getClass() == PyFloat.class && w.getClass() == PyFloat.class) {
            return PyFloat.of(((PyFloat) v).value() - ((PyFloat) w).value());
        }
        return binary(v, w, op);
    }

    static PyObject mul(PyObject v, PyObject w, int op) {
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class && ((PyInt) v).isLong() && ((PyInt) w).isLong()) {
            long x = ((PyInt) v).longValue(), y = ((PyInt) w).longValue();
            long hi = Math.multiplyHigh(x, y), lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return PyInt.of(lo);
            }
        } else if (v.getClass() == PyFloat.class && w.getClass() == PyFloat.class) {
            return PyFloat.of(((PyFloat) v).value() * ((PyFloat) w).value());
        }
        return binary(v, w, op);
    }

    static PyObject floorDiv(PyObject v, PyObject w, int op) {
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class && ((PyInt) v).isLong() && ((PyInt) w).isLong()) {
            long x = ((PyInt) v).longValue(), y = ((PyInt) w).longValue();
            if (y != 0 && !(x == Long.MIN_VALUE && y == -1)) {
                return PyInt.of(Math.floorDiv(x, y));
            }
        }
        return binary(v, w, op);
    }

    static PyObject mod(PyObject v, PyObject w, int op) {
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class && ((PyInt) v).isLong() && ((PyInt) w).isLong()) {
            long x = ((PyInt) v).longValue(), y = ((PyInt) w).longValue();
            if (y != 0) {
                return PyInt.of(Math.floorMod(x, y));
            }
        }
        return binary(v, w, op);
    }

    static PyObject trueDiv(PyObject v, PyObject w, int op) {
        if (v.getClass() == PyFloat.class && w.getClass() == PyFloat.class && ((PyFloat) w).value() != 0.0) {
            return PyFloat.of(((PyFloat) v).value() / ((PyFloat) w).value());
        }
        return binary(v, w, op);
    }

    /** The entry point {@link JitEmitter} calls for BINARY_OP {@code op}. */
    static String binaryEntry(int op) {
        return switch (op) {
            case 0, 13 -> "add";
            case 10, 23 -> "sub";
            case 5, 18 -> "mul";
            case 2, 15 -> "floorDiv";
            case 6, 19 -> "mod";
            case 11, 24 -> "trueDiv";
            default -> "binary";
        };
    }

    static PyObject binary(PyObject v, PyObject w, int op) {
        Class<?> a = v.getClass(), b = w.getClass();
        PyObject r = null;
        if (a == PyInt.class) {
            if (b == PyInt.class) {
                r = Ops.intBinary((PyInt) v, (PyInt) w, op);
            } else if (b == PyFloat.class && ((PyInt) v).isLong()) {
                r = floatBinary(((PyInt) v).longValue(), ((PyFloat) w).value(), op);
            }
        } else if (a == PyFloat.class) {
            if (b == PyFloat.class) {
                r = floatBinary(((PyFloat) v).value(), ((PyFloat) w).value(), op);
            } else if (b == PyInt.class && ((PyInt) w).isLong()) {
                r = floatBinary(((PyFloat) v).value(), ((PyInt) w).longValue(), op);
            }
        }
        return r != null ? r : Ops.binary(v, w, op);
    }

    /**
     * +, -, *, / and ** on floats (an int operand converted as CPython converts it, rounding to
     * nearest); null for other operators and for division by zero, which take the general path.
     */
    private static PyObject floatBinary(double x, double y, int op) {
        return switch (op) {
            case 0, 13 -> PyFloat.of(x + y);
            case 10, 23 -> PyFloat.of(x - y);
            case 5, 18 -> PyFloat.of(x * y);
            case 11, 24 -> y == 0.0 ? null : PyFloat.of(x / y);
            case 8, 21 -> PyFloat.pow(x, y);
            default -> null;
        };
    }

    static PyObject compare(PyObject v, PyObject w, int op) {
        Class<?> a = v.getClass(), b = w.getClass();
        if (a == PyInt.class && b == PyInt.class && ((PyInt) v).isLong() && ((PyInt) w).isLong()) {
            return Ops.intCompare(((PyInt) v).longValue(), ((PyInt) w).longValue(), op);
        }
        if (a == PyFloat.class && b == PyFloat.class) {
            double x = ((PyFloat) v).value(), y = ((PyFloat) w).value();
            return PyBool.of(switch (op) {
                case 0 -> x < y;
                case 1 -> x <= y;
                case 2 -> x == y;
                case 3 -> x != y;
                case 4 -> x > y;
                default -> x >= y;
            });
        }
        return Ops.compare(v, w, op);
    }

    static PyObject is(PyObject v, PyObject w, int invert) {
        return PyBool.of((v == w) != (invert == 1));
    }

    static PyObject contains(PyObject item, PyObject container, int invert) {
        return PyBool.of(Ops.contains(container, item) != (invert == 1));
    }

    static PyObject getItem(PyObject container, PyObject key) {
        return container.type().getitem != null ? container.type().getitem.call(container, key)
                : Ops.getItem(container, key);
    }

    static void setItem(PyObject value, PyObject container, PyObject key) {
        Abstract.setItem(container, key, value);
    }

    static void delItem(PyObject container, PyObject key) {
        Abstract.setItem(container, key, null);
    }

    /** Whether UNPACK_SEQUENCE can take the items of {@code v} directly: an exact tuple or list of {@code n} items. */
    static boolean unpackable(PyObject v, int n) {
        Class<?> c = v.getClass();
        return c == PyTuple.class ? ((PyTuple) v).size() == n : c == PyList.class && ((PyList) v).size() == n;
    }

    static PyObject item(PyObject v, int k) {
        return v.getClass() == PyTuple.class ? ((PyTuple) v).get(k) : ((PyList) v).get(k);
    }

    /** FOR_ITER's step: the next item, or null when the iterator is exhausted. */
    static PyObject next(PyObject it) {
        return it.type().next.call(it);
    }

    static PyObject tuple(PyObject[] items) {
        return PyTuple.wrap(items);
    }

    static PyObject list(PyObject[] items) {
        return PyList.wrap(items);
    }

    static PyObject listToTuple(PyObject list) {
        return PyTuple.wrap(((PyList) list).toArray());
    }

    static PyObject slice(PyObject start, PyObject stop, PyObject step) {
        return new PySlice(start, stop, step == null ? PyNone.INSTANCE : step);
    }

    static void listAppend(PyObject list, PyObject v) {
        ((PyList) list).append(v);
    }

    static void setAdd(PyObject set, PyObject v) {
        ((PyAnySet) set).add(v);
    }

    static void listExtend(PyObject list, PyObject v) {
        Ops.listExtend((PyList) list, v);
    }

    static void setUpdate(PyObject set, PyObject v) {
        Ops.setUpdate((PyAnySet) set, v);
    }

    static void mapAdd(PyObject dict, PyObject key, PyObject value) {
        ((PyDict) dict).setItem(key, value);
    }

    static void dictUpdate(PyObject dict, PyObject update) {
        Calls.dictUpdate((PyDict) dict, update);
    }

    static void dictMerge(PyObject func, PyObject dict, PyObject update) {
        Calls.dictMerge((PyDict) dict, update, func);
    }

    static void storeGlobal(PyFrame f, PyStr name, PyObject v) {
        f.globals.setItem(name, v);
    }

    static void deleteGlobal(PyFrame f, PyStr name) {
        if (f.globals.delItem(name) == null) {
            throw Ops.nameError(name);
        }
    }

    static PyException unboundLocal(PyFrame f, int i) {
        return Ops.unboundLocal(f.code, i);
    }

    static PyObject loadDeref(PyFrame f, int i) {
        PyObject v = ((PyCell) f.slots[i]).value;
        if (v == null) {
            throw Ops.unboundDeref(f.code, i);
        }
        return v;
    }

    static void storeDeref(PyFrame f, int i, PyObject v) {
        ((PyCell) f.slots[i]).value = v;
    }

    static void deleteDeref(PyFrame f, int i) {
        PyCell cell = (PyCell) f.slots[i];
        if (cell.value == null) {
            throw Ops.unboundDeref(f.code, i);
        }
        cell.value = null;
    }

    static void makeCell(PyFrame f, int i) {
        f.slots[i] = new PyCell(f.slots[i]);
    }

    static void copyFreeVars(PyFrame f, int n) {
        PyTuple closure = f.function.closure;
        int first = f.code.nlocalsplus - n;
        for (int i = 0; i < n; i++) {
            f.slots[first + i] = closure.get(i);
        }
    }

    static PyObject makeFunction(PyFrame f, PyObject defaults, PyObject kwdefaults, PyObject annotations,
            PyObject closure, PyObject code) {
        PyCode fnCode = (PyCode) code;
        PyFunction fn = new PyFunction(fnCode, f.globals, f.builtins, fnCode.qualname);
        fn.closure = (PyTuple) closure;
        fn.annotations = annotations;
        fn.kwdefaults = (PyDict) kwdefaults;
        fn.defaults = (PyTuple) defaults;
        return fn;
    }

    /** PUSH_EXC_INFO: makes {@code exc} the handled exception; returns the one it replaces (or None). */
    static PyObject pushExcInfo(ThreadState ts, PyObject exc) {
        PyObject prev = ts.excInfo.value;
        ts.excInfo.value = exc;
        return prev == null ? PyNone.INSTANCE : prev;
    }

    static void popExcept(ThreadState ts, PyObject v) {
        ts.excInfo.value = v == PyNone.INSTANCE ? null : v;
    }

    static PyObject checkExcMatch(PyObject exc, PyObject type) {
        return PyBool.of(Ops.exceptionMatches(exc, type));
    }

    static PyException reraise(PyFrame f, PyObject exc, PyObject lasti) {
        if (lasti != null) {
            f.lasti = ((PyInt) lasti).intValueExact();
        }
        return Ops.reraise(exc);
    }

    static void checkInterrupt() {
        if (ThreadState.interruptPending) {
            ThreadState.checkInterrupt();
        }
    }

    // Calls without keyword arguments. On the stack: NULL callable args… or method self args….

    static PyObject call0(PyObject a, PyObject b) {
        if (a == null) {
            if (b instanceof PyFunction fn && fn.code.simpleArgs && fn.code.argcount == 0) {
                return EvalLoop.callArgs(fn);
            }
            return b.getClass() == PyBuiltinFunction.class ? ((PyBuiltinFunction) b).call0()
                    : Abstract.call(b, new PyObject[0], null);
        }
        return call(a, b);
    }

    static PyObject call1(PyObject a, PyObject b, PyObject x) {
        if (a == null) {
            return call(b, x);
        }
        return call(a, b, x);
    }

    static PyObject call2(PyObject a, PyObject b, PyObject x, PyObject y) {
        if (a == null) {
            return call(b, x, y);
        }
        if (a.getClass() == PyMethodDescr.class) {
            return ((PyMethodDescr) a).callOn(b, x, y);
        }
        return callN(a, new PyObject[] {b, x, y});
    }

    static PyObject call3(PyObject a, PyObject b, PyObject x, PyObject y, PyObject z) {
        if (a == null) {
            return callN(b, new PyObject[] {x, y, z});
        }
        return callN(a, new PyObject[] {b, x, y, z});
    }

    // Builtin functions and method descriptors (exact classes) are called without the generic
    // layers and, for methods taking no or one argument, without an argument array.

    private static PyObject call(PyObject callable, PyObject x) {
        if (callable instanceof PyFunction fn && fn.code.simpleArgs && fn.code.argcount == 1) {
            return EvalLoop.callArgs(fn, x);
        }
        Class<?> c = callable.getClass();
        if (c == PyBuiltinFunction.class) {
            return ((PyBuiltinFunction) callable).call1(x);
        }
        if (c == PyMethodDescr.class) {
            return ((PyMethodDescr) callable).callOn(x);
        }
        if (callable == PyStr.TYPE) {
            return Abstract.str(x); // str(x), as str's constructor does it, without an argument array
        }
        return Abstract.call(callable, new PyObject[] {x}, null);
    }

    private static PyObject call(PyObject callable, PyObject x, PyObject y) {
        if (callable instanceof PyFunction fn && fn.code.simpleArgs && fn.code.argcount == 2) {
            return EvalLoop.callArgs(fn, x, y);
        }
        if (callable.getClass() == PyMethodDescr.class) {
            return ((PyMethodDescr) callable).callOn(x, y);
        }
        return Abstract.call(callable, new PyObject[] {x, y}, null);
    }

    private static PyObject callN(PyObject callable, PyObject[] args) {
        if (callable instanceof PyFunction fn && fn.code.simpleArgs && fn.code.argcount == args.length) {
            return EvalLoop.callPositional(fn, args, 0, args.length);
        }
        return Abstract.call(callable, args, null);
    }

    /**
     * The eval loop's exception unwinding for compiled code: records the traceback entry and
     * finds the handler. Returns the exception for the handler, with the handler's byte offset
     * left in {@code f.pc}; rethrows when this code has no handler for {@code instr}.
     */
    static PyObject unwind(ThreadState ts, PyFrame f, RuntimeException ex, int instr) {
        PyException e = ex instanceof PyException p ? p : EvalLoop.internalError(ex);
        instr = Calls.failedAt(f.code.code, instr, e);
        f.lasti = instr;
        if (!e.reraised) {
            Ops.chainContext(ts, e);
            e.value.traceback = new PyTraceback(e.value.traceback, f, instr);
        }
        PyCode co = f.code;
        int h = co.findHandler(instr / 2);
        if (h < 0) {
            f.yielded = false;
            e.reraised = false;
            throw e;
        }
        f.pc = co.handlers[h + 2] * 2;
        return e.value;
    }

    /** CALL's lasti (see {@link Calls#callLasti}), set on the frame. */
    static int callLasti(PyFrame f, PyObject first, PyObject second, int instr) {
        int at = Calls.callLasti(first, second, instr);
        f.lasti = at;
        return at;
    }

    static PyObject lastiValue(int instr) {
        return PyInt.of(instr);
    }
}
