package org.taipan.modules;

import java.util.ArrayList;
import java.util.List;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.vm.Interpreter;
import org.taipan.vm.TracebackPrinter;

/**
 * The hooks of {@code sys}: displayhook, excepthook, unraisablehook and the audit hooks, and
 * the Java entry points the runtime uses to report through them as CPython does.
 */
public final class SysHooks {
    private SysHooks() {}

    private static final String[] UNRAISABLE_FIELDS = {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"};
    private static final PyType UNRAISABLE_ARGS = StructSeq.newType("UnraisableHookArgs", UNRAISABLE_FIELDS);

    private static final String[] ASYNCGEN_FIELDS = {"firstiter", "finalizer"};
    private static final PyType ASYNCGEN_HOOKS = StructSeq.newType("asyncgen_hooks", ASYNCGEN_FIELDS);
    private static final ArgParser SET_ASYNCGEN = ArgParser.clinic("set_asyncgen_hooks", "firstiter=None, finalizer=None");

    static void define(PyModule m) {
        m.def("get_asyncgen_hooks", (self, a, start, kw) -> {
            ArgParser.unpack("get_asyncgen_hooks", 0, 0).bind(a, start, kw);
            org.taipan.vm.ThreadState ts = org.taipan.vm.ThreadState.current();
            return StructSeq.of(ASYNCGEN_HOOKS, ASYNCGEN_FIELDS, orNone(ts.asyncgenFirstiter), orNone(ts.asyncgenFinalizer));
        });
        m.def("set_asyncgen_hooks", (self, a, start, kw) -> {
            PyObject[] p = SET_ASYNCGEN.bind(a, start, kw);
            for (int i = 0; i < 2; i++) {
                if (p[i] != null && p[i] != PyNone.INSTANCE && p[i].type().call == null) {
                    throw Errors.typeError("callable " + ASYNCGEN_FIELDS[i] + " expected, got " + p[i].type().name());
                }
            }
            org.taipan.vm.ThreadState ts = org.taipan.vm.ThreadState.current();
            if (p[1] != null) {
                ts.asyncgenFinalizer = p[1] == PyNone.INSTANCE ? null : p[1];
            }
            if (p[0] != null) {
                ts.asyncgenFirstiter = p[0] == PyNone.INSTANCE ? null : p[0];
            }
            return PyNone.INSTANCE;
        });
        m.def("displayhook", SysHooks::displayhook);
        m.set("__displayhook__", m.instanceDict().getItem(PyStr.of("displayhook")));
        m.def("excepthook", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("excepthook", 3, 3).bind(a, start, kw);
            if (!(p[1] instanceof PyBaseException e)) {
                write("TypeError: print_exception(): Exception expected for value, " + p[1].type().name() + " found\n");
                return PyNone.INSTANCE;
            }
            write(TracebackPrinter.format(e));
            return PyNone.INSTANCE;
        });
        m.set("__excepthook__", m.instanceDict().getItem(PyStr.of("excepthook")));
        m.def("unraisablehook", (self, u) -> {
            PyObject type = Abstract.getAttr(u, PyStr.of("exc_type"));
            PyObject value = Abstract.getAttr(u, PyStr.of("exc_value"));
            PyObject msg = Abstract.getAttr(u, PyStr.of("err_msg"));
            PyObject obj = Abstract.getAttr(u, PyStr.of("object"));
            StringBuilder sb = new StringBuilder(msg == PyNone.INSTANCE ? "Exception ignored in" : msg.toString());
            if (obj != PyNone.INSTANCE) {
                sb.append(": ").append(Abstract.repr(obj));
            }
            sb.append('\n');
            if (value instanceof PyBaseException e) {
                sb.append(TracebackPrinter.format(e));
            } else if (type != PyNone.INSTANCE) {
                sb.append(((PyType) type).name()).append('\n');
            }
            write(sb.toString());
            return PyNone.INSTANCE;
        });
        m.set("__unraisablehook__", m.instanceDict().getItem(PyStr.of("unraisablehook")));
        m.def("addaudithook", (self, hook) -> {
            audit("sys.addaudithook", PyTuple.EMPTY);
            Interpreter.current().auditHooks.add(hook);
            return PyNone.INSTANCE;
        });
        m.def("audit", (self, a, start, kw) -> {
            if (a.length - start < 1) {
                throw Errors.typeError("audit() missing 1 required positional argument: 'event'");
            }
            if (!(a[start] instanceof PyStr event)) {
                throw Errors.typeError("expected str for argument 'event', not " + a[start].type().name());
            }
            List<PyObject> rest = new ArrayList<>();
            for (int i = start + 1; i < a.length; i++) {
                rest.add(a[i]);
            }
            audit(event.toString(), PyTuple.of(rest.toArray(new PyObject[0])));
            return PyNone.INSTANCE;
        });
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.INSTANCE : o;
    }

    /** Calls the audit hooks with an event, as sys.audit does; an exception from a hook propagates. */
    public static void audit(String event, PyTuple args) {
        Interpreter interp = Interpreter.current();
        if (interp == null || interp.auditHooks.isEmpty()) {
            return;
        }
        for (PyObject hook : interp.auditHooks.toArray(new PyObject[0])) {
            Abstract.call(hook, new PyObject[] {PyStr.of(event), args}, null);
        }
    }

    /** sys.displayhook: prints repr(v) and keeps v as builtins._ (not for None). */
    private static PyObject displayhook(PyObject self, PyObject v) {
        if (v == PyNone.INSTANCE) {
            return PyNone.INSTANCE;
        }
        PyDict builtins = Interpreter.current().builtins.instanceDict();
        builtins.setItem(PyStr.of("_"), PyNone.INSTANCE);
        PyObject out = SysModule.attr("stdout");
        if (out == null || out == PyNone.INSTANCE) {
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "lost sys.stdout");
        }
        BuiltinsModule.writeTo(out, Abstract.repr(v).toString() + "\n");
        builtins.setItem(PyStr.of("_"), v);
        return PyNone.INSTANCE;
    }

    /** Writes to sys.stderr, or to the process's standard error when there is none. */
    private static void write(String s) {
        SysModule.writeStderr(s);
    }

    /**
     * Reports an exception that cannot be raised (in an atexit callback, a finaliser …) through
     * sys.unraisablehook, as CPython's PyErr_WriteUnraisable does: {@code errMsg} null means
     * "Exception ignored in". A failing hook is reported on standard error and otherwise ignored.
     */
    public static void unraisable(PyBaseException e, String errMsg, PyObject obj) {
        PyObject tb = e.traceback == null ? PyNone.INSTANCE : e.traceback;
        PyObject args = StructSeq.of(UNRAISABLE_ARGS, UNRAISABLE_FIELDS, e.type(), e, tb,
                errMsg == null ? PyNone.INSTANCE : PyStr.of(errMsg), obj == null ? PyNone.INSTANCE : obj);
        PyObject hook = SysModule.attr("unraisablehook");
        try {
            if (hook == null || hook == PyNone.INSTANCE) {
                throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "lost sys.unraisablehook");
            }
            Abstract.call(hook, new PyObject[] {args}, null);
        } catch (PyException failed) {
            write("Exception ignored in sys.unraisablehook: " + Abstract.repr(hook == null ? PyNone.INSTANCE : hook)
                    + "\n" + TracebackPrinter.format(failed.value));
        }
    }
}
