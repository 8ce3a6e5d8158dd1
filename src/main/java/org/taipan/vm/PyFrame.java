package org.taipan.vm;

import org.taipan.compiler.CodeUnit;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;

/**
 * An execution frame. Locals, cells and the value stack share one array, as in CPython:
 * {@code slots[0 .. nlocalsplus)} are the fast locals and cells, the stack grows above them.
 * While the eval loop runs, the instruction and stack pointers live in its local variables and
 * are written back here when the frame suspends (yield) or unwinds. {@link #lasti} is written
 * at calls, yields and exceptions: the moments another frame or a traceback can look at it.
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", PyFrame.class, PyType.OBJECT, 0, t -> {
        t.repr = self -> {
            PyFrame f = (PyFrame) self;
            return PyStr.of("<frame at " + org.taipan.objects.Ids.address(f) + ", file '"
                    + f.code.filename + "', line " + f.lineno() + ", code " + f.code.name + ">");
        };
    }, t -> {
        PyGetSetDescr.getter(t, "f_back", self -> {
            PyFrame b = ((PyFrame) self).back;
            return b == null ? PyNone.INSTANCE : b;
        });
        PyGetSetDescr.getter(t, "f_code", self -> ((PyFrame) self).code);
        PyGetSetDescr.getter(t, "f_globals", self -> ((PyFrame) self).globals);
        PyGetSetDescr.getter(t, "f_builtins", self -> ((PyFrame) self).builtins);
        PyGetSetDescr.getter(t, "f_locals", self -> ((PyFrame) self).locals());
        PyGetSetDescr.getter(t, "f_lasti", self -> PyInt.of(((PyFrame) self).lasti));
        PyGetSetDescr.getter(t, "f_lineno", self -> PyInt.of(((PyFrame) self).lineno()));
        PyGetSetDescr.getset(t, "f_trace", self -> {
            Tracing.FrameState tr = ((PyFrame) self).trace;
            return tr == null || tr.fTrace == null ? PyNone.INSTANCE : tr.fTrace;
        }, (self, v) -> ((PyFrame) self).traceState().fTrace = v == null || v == PyNone.INSTANCE ? null : v);
        PyGetSetDescr.getset(t, "f_trace_lines", self -> org.taipan.objects.PyBool.of(((PyFrame) self).trace == null
                || ((PyFrame) self).trace.traceLines),
                (self, v) -> ((PyFrame) self).traceState().traceLines = boolArg(v, "f_trace_lines"));
        PyGetSetDescr.getset(t, "f_trace_opcodes", self -> org.taipan.objects.PyBool.of(((PyFrame) self).trace != null
                && ((PyFrame) self).trace.traceOpcodes),
                (self, v) -> ((PyFrame) self).traceState().traceOpcodes = boolArg(v, "f_trace_opcodes"));
    });

    public final PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping for module and class bodies (LOAD_NAME); null for functions until f_locals asks. */
    public PyObject locals;
    final PyObject[] slots;
    /** Byte offset of the next instruction to execute, when the frame is not running. */
    int pc;
    /** Index of the first free stack slot, when the frame is not running. */
    int sp;
    /** Byte offset of the instruction being (or last) executed: f_lasti. */
    int lasti = -1;
    /** Whether the last run ended in a yield (rather than a return or an exception). */
    boolean yielded;
    public PyFrame back;
    /** What tracing keeps per frame; null until a trace or profile function or f_trace touches it. */
    Tracing.FrameState trace;
    /** The function being run, for its closure and defaults; null for module code. */
    final PyFunction function;

    PyFrame(PyCode code, PyDict globals, PyDict builtins, PyObject locals, PyFunction function) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.function = function;
        this.slots = new PyObject[code.nlocalsplus + code.stacksize];
        this.sp = code.nlocalsplus;
    }

    Tracing.FrameState traceState() {
        if (trace == null) {
            trace = new Tracing.FrameState();
        }
        return trace;
    }

    private static boolean boolArg(PyObject v, String name) {
        if (v == null) {
            throw org.taipan.objects.Errors.typeError("can't delete numeric/char attribute");
        }
        if (!(v instanceof org.taipan.objects.PyBool b)) {
            throw org.taipan.objects.Errors.typeError("attribute value type must be bool");
        }
        return b == org.taipan.objects.PyBool.TRUE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int lasti() {
        return lasti;
    }

    public int lineno() {
        return code.lineOf(lasti < 0 ? 0 : lasti);
    }

    /**
     * {@code f_locals} / {@code locals()}: the namespace of module and class bodies, or, in a
     * function, a dict refreshed from the fast locals and cells each time it is asked for.
     */
    public PyObject locals() {
        if ((code.flags & CodeUnit.CO_OPTIMIZED) == 0 && locals != null) {
            return locals;
        }
        PyDict d = locals instanceof PyDict existing ? existing : new PyDict();
        locals = d;
        for (int i = 0; i < code.nlocalsplus; i++) {
            byte kind = code.localsplusKinds[i];
            PyObject v = slots[i];
            if ((kind & (CodeUnit.KIND_CELL | CodeUnit.KIND_FREE)) != 0 && v instanceof PyCell c) {
                v = c.value;
            }
            if ((kind & CodeUnit.KIND_FREE) != 0 && (code.flags & CodeUnit.CO_OPTIMIZED) == 0) {
                continue;
            }
            PyStr name = PyStr.of(code.localsplusNames[i]);
            if (v != null) {
                d.setItem(name, v);
            } else if (d.getItem(name) != null) {
                d.delItem(name);
            }
        }
        return d;
    }
}
