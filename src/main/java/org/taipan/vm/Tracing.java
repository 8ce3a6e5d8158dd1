package org.taipan.vm;

import static org.taipan.compiler.Opcode.CALL;
import static org.taipan.compiler.Opcode.RESUME;
import static org.taipan.compiler.Opcode.RETURN_VALUE;
import static org.taipan.compiler.Opcode.SEND;
import static org.taipan.compiler.Opcode.YIELD_VALUE;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyBuiltinFunction;
import org.taipan.objects.PyException;
import org.taipan.objects.PyMethodDescr;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;

/**
 * {@code sys.settrace} and {@code sys.setprofile}: the events CPython 3.11 reports, raised
 * from the eval loop only while {@link ThreadState#tracing} is set, so that a program that
 * does not trace pays one field test per instruction.
 *
 * <ul>
 * <li>call: at a frame's RESUME (its start, and each resumption of a generator); the global
 *     trace function's result becomes the frame's {@code f_trace};
 * <li>line: before an instruction whose line differs from the previous instruction's, or that
 *     a backward jump reached (not the jump back inside {@code yield from}/{@code await});
 * <li>return: at RETURN_VALUE and YIELD_VALUE with the value, and with None when an exception
 *     leaves the frame;
 * <li>exception: when an exception is raised in or passes through the frame;
 * <li>c_call, c_return, c_exception (profile only): around calls of builtin functions.
 * </ul>
 *
 * While a trace or profile function runs, no events are raised. A trace function that raises
 * is removed (and the frame's {@code f_trace} cleared), as in CPython.
 */
public final class Tracing {
    private Tracing() {}

    /** Per-frame tracing state (PyFrame.trace, made on first need). */
    static final class FrameState {
        /** The local trace function (f_trace) and what it is told (f_trace_lines, f_trace_opcodes). */
        PyObject fTrace;
        boolean traceLines = true, traceOpcodes;
        /** A builtin called by CALL under a profile function: its c_return is due. */
        PyObject pendingCCall;
        int pendingEpoch;
    }

    private static final PyStr CALL_EVENT = PyStr.of("call");
    private static final PyStr LINE = PyStr.of("line");
    private static final PyStr RETURN = PyStr.of("return");
    private static final PyStr EXCEPTION = PyStr.of("exception");
    private static final PyStr OPCODE = PyStr.of("opcode");
    private static final PyStr C_CALL = PyStr.of("c_call");
    private static final PyStr C_RETURN = PyStr.of("c_return");
    private static final PyStr C_EXCEPTION = PyStr.of("c_exception");

    public static void setTrace(PyObject f) {
        ThreadState ts = ThreadState.current();
        ts.traceFunc = f;
        ts.updateTracing();
    }

    public static void setProfile(PyObject f) {
        ThreadState ts = ThreadState.current();
        ts.profileFunc = f;
        ts.profileEpoch++;
        ts.updateTracing();
    }

    /** Before each instruction while tracing: the call, line, opcode, return and c_call events it brings. */
    static void instruction(ThreadState ts, PyFrame f, int instr, int op, int arg, PyObject[] s, int sp) {
        FrameState t = f.traceState();
        if (t.pendingCCall != null) {
            PyObject fn = t.pendingCCall;
            t.pendingCCall = null;
            if (ts.profileFunc != null && t.pendingEpoch == ts.profileEpoch) {
                profile(ts, f, C_RETURN, fn);
            }
        }
        int prev = f.lasti;
        f.lasti = instr;
        if (op == RESUME) {
            call(ts, f);
            if (arg == 0) {
                // A function's first line is always reported, even on the line of its def.
                f.lasti = -1;
            }
            return;
        }
        PyCode co = f.code;
        if (t.fTrace != null && ts.traceFunc != null) {
            if (t.traceLines) {
                int line = co.lineOf(instr);
                if (line >= 0) {
                    int prevLine = prev < 0 ? -1 : co.lineOf(prev);
                    boolean back = prev >= 0 && instr < prev && op != SEND;
                    if (line != prevLine || back) {
                        trace(ts, f, LINE, PyNone.INSTANCE);
                    }
                }
            }
            if (t.traceOpcodes && t.fTrace != null) {
                trace(ts, f, OPCODE, PyNone.INSTANCE);
            }
        }
        if (op == RETURN_VALUE || op == YIELD_VALUE) {
            frameExit(ts, f, s[sp - 1]);
        } else if (op == CALL && ts.profileFunc != null) {
            cCall(ts, f, s, sp, arg);
        }
    }

    /** The call event of a frame starting or resuming (also for a generator resumed by throw()). */
    static void call(ThreadState ts, PyFrame f) {
        if (ts.traceFunc != null) {
            PyObject r = callHook(ts, f, ts.traceFunc, CALL_EVENT, PyNone.INSTANCE, true);
            if (r != null && r != PyNone.INSTANCE) {
                f.traceState().fTrace = r;
            }
        }
        if (ts.profileFunc != null) {
            profile(ts, f, CALL_EVENT, PyNone.INSTANCE);
        }
    }

    private static void frameExit(ThreadState ts, PyFrame f, PyObject value) {
        if (f.trace != null && f.trace.fTrace != null && ts.traceFunc != null) {
            trace(ts, f, RETURN, value);
        }
        if (ts.profileFunc != null) {
            profile(ts, f, RETURN, value);
        }
    }

    /**
     * An exception raised in or passing through the frame (not a re-raise). Returns the exception
     * to unwind with: the trace function's own, if it raised one.
     */
    static PyException exception(ThreadState ts, PyFrame f, PyException e, int instr) {
        f.lasti = instr;
        FrameState t = f.traceState();
        if (t.pendingCCall != null) {
            PyObject fn = t.pendingCCall;
            t.pendingCCall = null;
            if (ts.profileFunc != null && t.pendingEpoch == ts.profileEpoch) {
                try {
                    profile(ts, f, C_EXCEPTION, fn);
                } catch (PyException other) {
                    return other;
                }
            }
        }
        if (t.fTrace != null && ts.traceFunc != null) {
            org.taipan.objects.PyBaseException v = e.value;
            PyObject tb = v.traceback == null ? PyNone.INSTANCE : v.traceback;
            try {
                trace(ts, f, EXCEPTION, org.taipan.objects.PyTuple.of(v.type(), v, tb));
            } catch (PyException other) {
                return other;
            }
        }
        return e;
    }

    /** The frame is left by an exception: a return event with None. */
    static PyException unwind(ThreadState ts, PyFrame f, PyException e) {
        try {
            frameExit(ts, f, PyNone.INSTANCE);
        } catch (PyException other) {
            return other;
        }
        return e;
    }

    /** c_call for a builtin function about to be called by CALL (a method descriptor is shown bound, as in CPython). */
    private static void cCall(ThreadState ts, PyFrame f, PyObject[] s, int sp, int argc) {
        int base = sp - argc - 2;
        PyObject fn;
        if (s[base] == null) {
            fn = s[base + 1];
        } else {
            fn = s[base];
            if (fn instanceof PyMethodDescr) {
                fn = fn.type().descrGet.call(fn, s[base + 1], s[base + 1].type());
            }
        }
        if (!(fn instanceof PyBuiltinFunction)) {
            return;
        }
        profile(ts, f, C_CALL, fn);
        f.traceState().pendingCCall = fn;
        f.traceState().pendingEpoch = ts.profileEpoch;
    }

    private static void trace(ThreadState ts, PyFrame f, PyStr event, PyObject arg) {
        PyObject r = callHook(ts, f, f.trace.fTrace, event, arg, true);
        if (r != null && r != PyNone.INSTANCE) {
            f.trace.fTrace = r;
        }
    }

    private static void profile(ThreadState ts, PyFrame f, PyStr event, PyObject arg) {
        callHook(ts, f, ts.profileFunc, event, arg, false);
    }

    /** Calls a hook with no events raised meanwhile; a hook that raises is removed, as CPython does. */
    private static PyObject callHook(ThreadState ts, PyFrame f, PyObject hook, PyStr event, PyObject arg,
                                     boolean isTrace) {
        ts.hookDepth++;
        ts.updateTracing();
        try {
            return Abstract.call(hook, new PyObject[] {f, event, arg}, null);
        } catch (PyException e) {
            if (isTrace) {
                ts.traceFunc = null;
                f.traceState().fTrace = null;
            } else {
                ts.profileFunc = null;
            }
            throw e;
        } finally {
            ts.hookDepth--;
            ts.updateTracing();
        }
    }
}
