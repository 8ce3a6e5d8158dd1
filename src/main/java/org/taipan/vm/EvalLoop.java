package org.taipan.vm;

import static org.taipan.compiler.Opcode.*;

import org.taipan.objects.Abstract;
import org.taipan.objects.CompareOp;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.NumberOp;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyAnySet;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PySlice;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;

/**
 * The eval loop (CPython's ceval.c): fetch an instruction, decode its argument, dispatch.
 * Cases are kept short, in CPython's opcode order; anything longer lives in a helper so the
 * loop stays small enough for the JIT to compile well. An instruction with inline CACHE units
 * ({@code Opcode.caches}) steps pc over them first thing in its case.
 */
public final class EvalLoop {
    private EvalLoop() {}

    /** Runs a module or class body with the given namespaces. */
    public static PyObject runCode(PyCode code, PyDict globals, PyDict builtins, PyObject locals) {
        return run(new PyFrame(code, globals, builtins, locals, null), null);
    }

    /**
     * Calls a Python function. Generator, coroutine and async generator code returns from its
     * RETURN_GENERATOR instruction with the suspended frame wrapped in a generator object.
     */
    static PyObject callFunction(PyFunction fn, PyObject[] args, String[] kwnames) {
        PyFrame frame = new PyFrame(fn.code, fn.globals, fn.builtins, null, fn);
        ArgBinder.bind(fn, frame.slots, args, kwnames);
        return run(frame, null);
    }

    /** Calls a function whose parameters are exactly the {@code n} positional arguments at {@code s[first..]}. */
    static PyObject callPositional(PyFunction fn, PyObject[] s, int first, int n) {
        PyFrame frame = new PyFrame(fn.code, fn.globals, fn.builtins, null, fn);
        System.arraycopy(s, first, frame.slots, 0, n);
        return run(frame, null);
    }

    /** Calls a function whose parameters are exactly the arguments given. */
    static PyObject callArgs(PyFunction fn) {
        return run(new PyFrame(fn.code, fn.globals, fn.builtins, null, fn), null);
    }

    static PyObject callArgs(PyFunction fn, PyObject x) {
        PyFrame frame = new PyFrame(fn.code, fn.globals, fn.builtins, null, fn);
        frame.slots[0] = x;
        return run(frame, null);
    }

    static PyObject callArgs(PyFunction fn, PyObject x, PyObject y) {
        PyFrame frame = new PyFrame(fn.code, fn.globals, fn.builtins, null, fn);
        frame.slots[0] = x;
        frame.slots[1] = y;
        return run(frame, null);
    }

    /** Runs a class body with {@code ns} as its locals; returns what the body returns (the class cell or None). */
    static PyObject runClassBody(PyFunction fn, PyObject ns) {
        return run(new PyFrame(fn.code, fn.globals, fn.builtins, ns, fn), null);
    }

    /**
     * Pushes the frame on the thread's stack, runs it from its saved position, pops it.
     * {@code throwIn}, if not null, is raised at once at the instruction the frame stopped at
     * (a generator's {@code throw()}).
     */
    static PyObject run(PyFrame f, PyException throwIn) {
        ThreadState ts = ThreadState.current();
        ts.enter();
        f.back = ts.frame;
        ts.frame = f;
        try {
            if (throwIn == null && !ts.tracing) {
                // A call (pc 0) or a generator resuming after a yield: both are entries of compiled code
                // (compiled code raises no trace events, so a traced frame stays interpreted).
                PyCode co = f.code;
                JitCode j = co.jit;
                if (j != null || (co.hotness += Jit.CALL_WEIGHT) >= 0 && (j = Jit.hot(co)) != null) {
                    return j.run(ts, f, f.pc);
                }
            }
            return eval(ts, f, throwIn);
        } catch (StackOverflowError e) {
            throw ThreadState.recursionError();
        } finally {
            ts.frame = f.back;
            ts.leave();
        }
    }

    private static PyObject eval(ThreadState ts, PyFrame f, PyException throwIn) {
        final PyCode co = f.code;
        final byte[] code = co.code;
        final PyObject[] s = f.slots;
        final PyObject[] consts = co.consts;
        final PyStr[] names = co.names;
        int pc = f.pc;
        int sp = f.sp;
        int instr = throwIn != null ? f.lasti : pc;
        String[] kwnames = null;
        if (throwIn != null && ts.tracing) {
            Tracing.call(ts, f);
        }
        // Set when the frame moved over to compiled code (which unwinds its own exceptions).
        boolean compiled = false;
        while (true) {
            try {
                if (throwIn != null) {
                    PyException e = throwIn;
                    throwIn = null;
                    throw e;
                }
                while (true) {
                    instr = pc;
                    int op = code[pc] & 0xFF;
                    int arg = code[pc + 1] & 0xFF;
                    pc += 2;
                    while (op == EXTENDED_ARG) {
                        op = code[pc] & 0xFF;
                        arg = (arg << 8) | (code[pc + 1] & 0xFF);
                        pc += 2;
                    }
                    if (ts.tracing) {
                        Tracing.instruction(ts, f, instr, op, arg, s, sp);
                    }
                    switch (op) {
                        case NOP, RESUME -> { }
                        case PRECALL -> pc += 2;
                        case POP_TOP -> s[--sp] = null;
                        case PUSH_NULL -> s[sp++] = null;
                        case UNARY_POSITIVE -> s[sp - 1] = Ops.unary(s[sp - 1], op);
                        case UNARY_NEGATIVE -> s[sp - 1] = Ops.unary(s[sp - 1], op);
                        case UNARY_NOT -> s[sp - 1] = PyBool.of(!truth(s[sp - 1]));
                        case UNARY_INVERT -> s[sp - 1] = Ops.unary(s[sp - 1], op);
                        case BINARY_SUBSCR -> {
                            pc += 8;
                            PyObject key = s[--sp];
                            PyObject container = s[sp - 1];
                            s[sp - 1] = container.type().getitem != null ? container.type().getitem.call(container, key)
                                    : Ops.getItem(container, key);
                            s[sp] = null;
                        }
                        case GET_LEN -> {
                            s[sp] = PyInt.of(Abstract.length(s[sp - 1]));
                            sp++;
                        }
                        case MATCH_MAPPING -> s[sp++] = PyBool.of(Match.isMapping(s[sp - 2]));
                        case MATCH_SEQUENCE -> s[sp++] = PyBool.of(Match.isSequence(s[sp - 2]));
                        case MATCH_KEYS -> {
                            s[sp] = Match.keys(s[sp - 2], s[sp - 1]);
                            sp++;
                        }
                        case PUSH_EXC_INFO -> {
                            PyObject exc = s[sp - 1];
                            PyObject prev = ts.excInfo.value;
                            s[sp - 1] = prev == null ? PyNone.INSTANCE : prev;
                            ts.excInfo.value = exc;
                            s[sp++] = exc;
                        }
                        case CHECK_EXC_MATCH -> {
                            PyObject type = s[--sp];
                            s[sp] = null;
                            s[sp++] = PyBool.of(Ops.exceptionMatches(s[sp - 2], type));
                        }
                        case CHECK_EG_MATCH -> {
                            PyObject[] r = ExceptStar.match(s[sp - 2], s[sp - 1]);
                            s[sp - 2] = r[0];
                            s[sp - 1] = r[1];
                        }
                        case WITH_EXCEPT_START -> {
                            s[sp] = With.exitWithException(s[sp - 4], s[sp - 1]);
                            sp++;
                        }
                        case GET_AITER -> s[sp - 1] = Async.aiter(s[sp - 1]);
                        case GET_ANEXT -> {
                            s[sp] = Async.anext(s[sp - 1]);
                            sp++;
                        }
                        case BEFORE_ASYNC_WITH -> sp = With.beforeAsync(s, sp);
                        case BEFORE_WITH -> sp = With.before(s, sp);
                        case END_ASYNC_FOR -> {
                            Async.endFor(s[sp - 1]);
                            s[--sp] = null;
                            s[--sp] = null;
                        }
                        case STORE_SUBSCR -> {
                            pc += 2;
                            Abstract.setItem(s[sp - 2], s[sp - 1], s[sp - 3]);
                            s[--sp] = null;
                            s[--sp] = null;
                            s[--sp] = null;
                        }
                        case DELETE_SUBSCR -> {
                            Abstract.setItem(s[sp - 2], s[sp - 1], null);
                            s[--sp] = null;
                            s[--sp] = null;
                        }
                        case GET_ITER -> s[sp - 1] = Ops.getIter(s[sp - 1]);
                        case GET_YIELD_FROM_ITER -> s[sp - 1] = Generators.yieldFromIter(co, s[sp - 1]);
                        case PRINT_EXPR -> {
                            Ops.printExpr(s[--sp]);
                            s[sp] = null;
                        }
                        case LOAD_BUILD_CLASS -> s[sp++] = Ops.loadBuildClass(f);
                        case LOAD_ASSERTION_ERROR -> s[sp++] = ExceptionTypes.ASSERTION_ERROR;
                        case RETURN_GENERATOR -> {
                            f.lasti = instr;
                            f.pc = pc;
                            f.sp = sp;
                            return Generators.create(f);
                        }
                        case LIST_TO_TUPLE -> s[sp - 1] = PyTuple.wrap(((PyList) s[sp - 1]).toArray());
                        case RETURN_VALUE -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            f.yielded = false;
                            return v;
                        }
                        case IMPORT_STAR -> {
                            Imports.importStar(f, s[--sp]);
                            s[sp] = null;
                        }
                        case SETUP_ANNOTATIONS -> Ops.setupAnnotations(f);
                        case YIELD_VALUE -> {
                            f.lasti = instr;
                            PyObject v = s[--sp];
                            s[sp] = null;
                            f.pc = pc;
                            f.sp = sp;
                            f.yielded = true;
                            return v;
                        }
                        case ASYNC_GEN_WRAP -> s[sp - 1] = new AsyncGenerators.Wrapped(s[sp - 1]);
                        case PREP_RERAISE_STAR -> {
                            PyObject list = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = ExceptStar.prepReraise(s[sp - 1], list);
                        }
                        case POP_EXCEPT -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            ts.excInfo.value = v == PyNone.INSTANCE ? null : v;
                        }
                        case STORE_NAME -> Ops.storeName(f, names[arg], s[--sp]);
                        case DELETE_NAME -> Ops.deleteName(f, names[arg]);
                        case UNPACK_SEQUENCE -> {
                            pc += 2;
                            sp = Ops.unpackSequence(s, sp, arg);
                        }
                        case UNPACK_EX -> sp = Ops.unpackEx(s, sp, arg & 0xFF, arg >> 8);
                        case FOR_ITER -> {
                            PyObject next = s[sp - 1].type().next.call(s[sp - 1]);
                            if (next != null) {
                                s[sp++] = next;
                            } else {
                                s[--sp] = null;
                                pc += arg * 2;
                            }
                        }
                        case STORE_ATTR -> {
                            pc += 8;
                            f.lasti = instr;
                            Attrs.storeAttr(co, instr >> 1, s[sp - 1], names[arg], s[sp - 2]);
                            s[--sp] = null;
                            s[--sp] = null;
                        }
                        case DELETE_ATTR -> {
                            Abstract.setAttr(s[sp - 1], names[arg], null);
                            s[--sp] = null;
                        }
                        case STORE_GLOBAL -> f.globals.setItem(names[arg], s[--sp]);
                        case DELETE_GLOBAL -> {
                            if (f.globals.delItem(names[arg]) == null) {
                                throw Ops.nameError(names[arg]);
                            }
                        }
                        case SWAP -> {
                            PyObject t = s[sp - 1];
                            s[sp - 1] = s[sp - arg];
                            s[sp - arg] = t;
                        }
                        case LOAD_CONST -> s[sp++] = consts[arg];
                        case LOAD_NAME -> s[sp++] = Ops.loadName(f, names[arg]);
                        case BUILD_TUPLE -> {
                            PyObject[] items = new PyObject[arg];
                            sp -= arg;
                            System.arraycopy(s, sp, items, 0, arg);
                            java.util.Arrays.fill(s, sp, sp + arg, null);
                            s[sp++] = PyTuple.wrap(items);
                        }
                        case BUILD_LIST -> {
                            PyObject[] items = new PyObject[arg];
                            sp -= arg;
                            System.arraycopy(s, sp, items, 0, arg);
                            java.util.Arrays.fill(s, sp, sp + arg, null);
                            s[sp++] = PyList.wrap(items);
                        }
                        case BUILD_SET -> sp = Ops.buildSet(s, sp, arg);
                        case BUILD_MAP -> sp = Ops.buildMap(s, sp, arg);
                        case LOAD_ATTR -> {
                            pc += 8;
                            f.lasti = instr;
                            s[sp - 1] = Attrs.loadAttr(co, instr >> 1, s[sp - 1], names[arg]);
                        }
                        case COMPARE_OP -> {
                            pc += 4;
                            PyObject w = s[--sp];
                            s[sp] = null;
                            PyObject v = s[sp - 1];
                            s[sp - 1] = v.getClass() == PyInt.class && w.getClass() == PyInt.class
                                    && ((PyInt) v).isLong() && ((PyInt) w).isLong()
                                    ? Ops.intCompare(((PyInt) v).longValue(), ((PyInt) w).longValue(), arg)
                                    : Ops.compare(v, w, arg);
                        }
                        case IMPORT_NAME -> {
                            f.lasti = instr;
                            PyObject fromlist = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = Imports.importName(f, names[arg], fromlist, s[sp - 1]);
                        }
                        case IMPORT_FROM -> {
                            s[sp] = Imports.importFrom(s[sp - 1], names[arg]);
                            sp++;
                        }
                        case JUMP_FORWARD -> pc += arg * 2;
                        case JUMP_IF_FALSE_OR_POP -> {
                            if (!truth(s[sp - 1])) {
                                pc += arg * 2;
                            } else {
                                s[--sp] = null;
                            }
                        }
                        case JUMP_IF_TRUE_OR_POP -> {
                            if (truth(s[sp - 1])) {
                                pc += arg * 2;
                            } else {
                                s[--sp] = null;
                            }
                        }
                        case POP_JUMP_FORWARD_IF_FALSE -> {
                            if (!truth(s[--sp])) {
                                pc += arg * 2;
                            }
                            s[sp] = null;
                        }
                        case POP_JUMP_FORWARD_IF_TRUE -> {
                            if (truth(s[--sp])) {
                                pc += arg * 2;
                            }
                            s[sp] = null;
                        }
                        case LOAD_GLOBAL -> {
                            pc += 10;
                            if ((arg & 1) != 0) {
                                s[sp++] = null;
                            }
                            s[sp++] = Attrs.loadGlobalCached(f, instr >> 1, names[arg >> 1]);
                        }
                        case IS_OP -> {
                            PyObject w = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = PyBool.of((s[sp - 1] == w) != (arg == 1));
                        }
                        case CONTAINS_OP -> {
                            PyObject container = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = PyBool.of(Ops.contains(container, s[sp - 1]) != (arg == 1));
                        }
                        case RERAISE -> {
                            PyObject exc = s[--sp];
                            if (arg != 0) {
                                f.lasti = ((PyInt) s[sp - arg]).intValueExact();
                            }
                            throw Ops.reraise(exc);
                        }
                        case COPY -> {
                            s[sp] = s[sp - arg];
                            sp++;
                        }
                        case SEND -> {
                            f.lasti = instr;
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (Generators.send(s, sp, v)) {
                                pc += arg * 2;
                            } else {
                                sp++;
                            }
                        }
                        case GET_AWAITABLE -> s[sp - 1] = Async.awaitable(s[sp - 1], arg);
                        case BUILD_SLICE -> {
                            PyObject step = PyNone.INSTANCE;
                            if (arg == 3) {
                                step = s[--sp];
                                s[sp] = null;
                            }
                            PyObject stop = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = new PySlice(s[sp - 1], stop, step);
                        }
                        case LIST_APPEND -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            ((PyList) s[sp - arg]).append(v);
                        }
                        case SET_ADD -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            ((PyAnySet) s[sp - arg]).add(v);
                        }
                        case LIST_EXTEND -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            Ops.listExtend((PyList) s[sp - arg], v);
                        }
                        case SET_UPDATE -> {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            Ops.setUpdate((PyAnySet) s[sp - arg], v);
                        }
                        case LOAD_CLASSDEREF -> s[sp++] = Ops.loadClassDeref(f, arg);
                        case MATCH_CLASS -> sp = Match.matchClass(s, sp, arg);
                        case FORMAT_VALUE -> sp = Ops.formatValue(s, sp, arg);
                        case BUILD_STRING -> sp = Ops.buildString(s, sp, arg);
                        case BINARY_OP -> {
                            pc += 2;
                            PyObject w = s[--sp];
                            s[sp] = null;
                            PyObject v = s[sp - 1];
                            PyObject r = v.getClass() == PyInt.class && w.getClass() == PyInt.class
                                    ? Ops.intBinary((PyInt) v, (PyInt) w, arg) : null;
                            s[sp - 1] = r != null ? r : Ops.binary(v, w, arg);
                        }
                        case LOAD_FAST -> {
                            PyObject v = s[arg];
                            if (v == null) {
                                throw Ops.unboundLocal(co, arg);
                            }
                            s[sp++] = v;
                        }
                        case STORE_FAST -> {
                            s[arg] = s[--sp];
                            s[sp] = null;
                        }
                        case DELETE_FAST -> {
                            if (s[arg] == null) {
                                throw Ops.unboundLocal(co, arg);
                            }
                            s[arg] = null;
                        }
                        case POP_JUMP_FORWARD_IF_NOT_NONE -> {
                            if (s[--sp] != PyNone.INSTANCE) {
                                pc += arg * 2;
                            }
                            s[sp] = null;
                        }
                        case POP_JUMP_FORWARD_IF_NONE -> {
                            if (s[--sp] == PyNone.INSTANCE) {
                                pc += arg * 2;
                            }
                            s[sp] = null;
                        }
                        case RAISE_VARARGS -> {
                            PyObject cause = arg == 2 ? s[--sp] : null;
                            PyObject exc = arg >= 1 ? s[--sp] : null;
                            throw Ops.raise(ts, exc, cause);
                        }
                        case MAKE_FUNCTION -> {
                            int top = sp;
                            PyCode fnCode = (PyCode) s[--sp];
                            PyFunction fn = new PyFunction(fnCode, f.globals, f.builtins, fnCode.qualname);
                            if ((arg & 0x08) != 0) {
                                fn.closure = (PyTuple) s[--sp];
                            }
                            if ((arg & 0x04) != 0) {
                                fn.annotations = s[--sp];
                            }
                            if ((arg & 0x02) != 0) {
                                fn.kwdefaults = (PyDict) s[--sp];
                            }
                            if ((arg & 0x01) != 0) {
                                fn.defaults = (PyTuple) s[--sp];
                            }
                            java.util.Arrays.fill(s, sp, top, null);
                            s[sp++] = fn;
                        }
                        case JUMP_BACKWARD -> {
                            pc -= arg * 2;
                            if (ThreadState.interruptPending) {
                                ThreadState.checkInterrupt();
                            }
                            if ((co.hotness += Jit.LOOP_WEIGHT) >= 0 && !ts.tracing && Jit.hot(co) != null) {
                                f.sp = sp;
                                compiled = true;
                                return co.jit.run(ts, f, pc);
                            }
                        }
                        case JUMP_BACKWARD_NO_INTERRUPT -> pc -= arg * 2;
                        case MAKE_CELL -> s[arg] = new PyCell(s[arg]);
                        case LOAD_CLOSURE -> s[sp++] = s[arg];
                        case LOAD_DEREF -> {
                            PyObject v = ((PyCell) s[arg]).value;
                            if (v == null) {
                                throw Ops.unboundDeref(co, arg);
                            }
                            s[sp++] = v;
                        }
                        case STORE_DEREF -> {
                            ((PyCell) s[arg]).value = s[--sp];
                            s[sp] = null;
                        }
                        case DELETE_DEREF -> {
                            PyCell cell = (PyCell) s[arg];
                            if (cell.value == null) {
                                throw Ops.unboundDeref(co, arg);
                            }
                            cell.value = null;
                        }
                        case COPY_FREE_VARS -> {
                            PyTuple closure = f.function.closure;
                            int first = co.nlocalsplus - arg;
                            for (int i = 0; i < arg; i++) {
                                s[first + i] = closure.get(i);
                            }
                        }
                        case CALL_FUNCTION_EX -> {
                            f.lasti = instr;
                            sp = Calls.callFunctionEx(s, sp, (arg & 1) != 0);
                        }
                        case MAP_ADD -> {
                            PyObject value = s[--sp];
                            PyObject key = s[--sp];
                            s[sp] = s[sp + 1] = null;
                            ((PyDict) s[sp - arg]).setItem(key, value);
                        }
                        case BUILD_CONST_KEY_MAP -> sp = Ops.buildConstKeyMap(s, sp, arg);
                        case DICT_UPDATE -> {
                            PyObject update = s[--sp];
                            s[sp] = null;
                            Calls.dictUpdate((PyDict) s[sp - arg], update);
                        }
                        case DICT_MERGE -> {
                            PyObject update = s[--sp];
                            s[sp] = null;
                            Calls.dictMerge((PyDict) s[sp - arg], update, s[sp - 2 - arg]);
                        }
                        case LOAD_METHOD -> {
                            pc += 20;
                            f.lasti = instr;
                            sp = Attrs.loadMethod(co, instr >> 1, s, sp, names[arg]);
                        }
                        case KW_NAMES -> kwnames = Calls.kwnames(consts[arg]);
                        case CALL -> {
                            pc += 8;
                            instr = Calls.callLasti(s[sp - arg - 2], s[sp - arg - 1], instr);
                            f.lasti = instr;
                            sp = Calls.call(s, sp, arg, kwnames);
                            kwnames = null;
                        }
                        case POP_JUMP_BACKWARD_IF_NOT_NONE -> {
                            if (s[--sp] != PyNone.INSTANCE) {
                                pc -= arg * 2;
                                if (ThreadState.interruptPending) {
                                    ThreadState.checkInterrupt();
                                }
                            }
                            s[sp] = null;
                        }
                        case POP_JUMP_BACKWARD_IF_NONE -> {
                            if (s[--sp] == PyNone.INSTANCE) {
                                pc -= arg * 2;
                                if (ThreadState.interruptPending) {
                                    ThreadState.checkInterrupt();
                                }
                            }
                            s[sp] = null;
                        }
                        case POP_JUMP_BACKWARD_IF_FALSE -> {
                            if (!truth(s[--sp])) {
                                pc -= arg * 2;
                                if (ThreadState.interruptPending) {
                                    ThreadState.checkInterrupt();
                                }
                                if ((co.hotness += Jit.LOOP_WEIGHT) >= 0 && !ts.tracing && Jit.hot(co) != null) {
                                    s[sp] = null;
                                    f.sp = sp;
                                    compiled = true;
                                    return co.jit.run(ts, f, pc);
                                }
                            }
                            s[sp] = null;
                        }
                        case POP_JUMP_BACKWARD_IF_TRUE -> {
                            if (truth(s[--sp])) {
                                pc -= arg * 2;
                                if (ThreadState.interruptPending) {
                                    ThreadState.checkInterrupt();
                                }
                                if ((co.hotness += Jit.LOOP_WEIGHT) >= 0 && !ts.tracing && Jit.hot(co) != null) {
                                    s[sp] = null;
                                    f.sp = sp;
                                    compiled = true;
                                    return co.jit.run(ts, f, pc);
                                }
                            }
                            s[sp] = null;
                        }
                        default -> throw Errors.of(ExceptionTypes.SYSTEM_ERROR,
                                "opcode not implemented yet: " + org.taipan.compiler.Opcode.name(op));
                    }
                }
            } catch (RuntimeException ex) {
                if (compiled) {
                    throw ex;
                }
                // A Java exception here is a Taipan bug; it still reaches the program as a Python one.
                PyException e = ex instanceof PyException p ? p : internalError(ex);
                instr = Calls.failedAt(code, instr, e);
                f.lasti = instr;
                kwnames = null;
                if (!e.reraised) {
                    Ops.chainContext(ts, e);
                    e.value.traceback = new PyTraceback(e.value.traceback, f, instr);
                    if (ts.tracing) {
                        e = Tracing.exception(ts, f, e, instr);
                    }
                }
                int h = co.findHandler(instr / 2);
                if (h < 0) {
                    java.util.Arrays.fill(s, co.nlocalsplus, sp, null);
                    f.sp = co.nlocalsplus;
                    f.yielded = false;
                    e.reraised = false; // the caller adds its own traceback entry
                    if (ts.tracing) {
                        throw Tracing.unwind(ts, f, e);
                    }
                    throw e;
                }
                int depthLasti = co.handlers[h + 3];
                int depth = co.nlocalsplus + (depthLasti >> 1);
                java.util.Arrays.fill(s, depth, sp, null);
                sp = depth;
                if ((depthLasti & 1) != 0) {
                    s[sp++] = PyInt.of(instr);
                }
                s[sp++] = e.value;
                pc = co.handlers[h + 2] * 2;
            }
        }
    }

    /** Truth of a value, with the booleans tests produce checked before any call. */
    private static boolean truth(PyObject v) {
        return v == PyBool.TRUE || v != PyBool.FALSE && Abstract.isTrue(v);
    }

    static PyException internalError(RuntimeException ex) {
        if (System.getenv("TAIPAN_DEBUG") != null) {
            ex.printStackTrace();
        }
        return Errors.of(ExceptionTypes.SYSTEM_ERROR, "Taipan internal error: " + ex);
    }
}
