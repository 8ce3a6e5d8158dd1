package org.taipan.modules.thread;

import org.taipan.modules.StructSeq;
import org.taipan.modules.SysHooks;
import org.taipan.modules.SysModule;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.Iter;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;
import org.taipan.vm.ThreadState;
import org.taipan.vm.TracebackPrinter;

/**
 * {@code _thread}: threads that run Python code under the GIL (see "Threads and the GIL" in
 * docs/VM.md), locks, thread-local objects, and the default {@code threading.excepthook}.
 * {@code threading} (src/main/python/threading.py) is built on it.
 */
public final class ThreadModule {
    private ThreadModule() {}

    private static final String[] HOOK_FIELDS = {"exc_type", "exc_value", "exc_traceback", "thread"};
    static final PyType EXCEPT_HOOK_ARGS = StructSeq.newConstructible("_thread._ExceptHookArgs", HOOK_FIELDS);

    /** The stack of new threads: what {@code stack_size} set (0: the default). */
    private static long stackSize;
    /**
     * A Python-level call takes some kilobytes of Java stack (the main thread has 1 GiB for
     * {@code sys.setrecursionlimit(100000)}); new threads get enough for deep limits too. The
     * stack is reserved, not committed, so unused depth costs address space only.
     */
    private static final long DEFAULT_STACK = 256L << 20, MIN_STACK = 16L << 20;

    public static PyModule create() {
        PyModule m = new PyModule("_thread", new PyDict());
        m.builtin = true;
        m.set("LockType", PyLock.TYPE);
        m.set("RLock", PyRLock.TYPE);
        m.set("_local", PyThreadLocal.TYPE);
        m.set("_ExceptHookArgs", EXCEPT_HOOK_ARGS);
        m.set("error", ExceptionTypes.RUNTIME_ERROR);
        m.set("TIMEOUT_MAX", PyFloat.of(PyLock.TIMEOUT_MAX));
        for (String name : new String[] {"start_new_thread", "start_new"}) {
            m.def(name, (self, a, start, kw) -> {
                PyObject[] p = ArgParser.unpack(name, 2, 3).bind(a, start, kw);
                return PyInt.of(startNewThread(p[0], p[1], p[2]));
            });
        }
        for (String name : new String[] {"allocate_lock", "allocate"}) {
            m.def(name, self -> new PyLock());
        }
        for (String name : new String[] {"exit", "exit_thread"}) {
            m.def(name, self -> {
                throw new PyException(new PyBaseException(ExceptionTypes.SYSTEM_EXIT, PyTuple.EMPTY));
            });
        }
        m.def("get_ident", self -> PyInt.of(ThreadState.current().ident));
        m.def("get_native_id", self -> PyInt.of(ThreadState.current().nativeId()));
        m.def("_count", self -> PyInt.of(ThreadState.threads().size() - 1));
        m.def("stack_size", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("stack_size", 0, 1).bind(a, start, kw);
            long old = stackSize;
            if (p[0] != null) {
                long n = Seq.index(p[0]).longValue();
                if (n != 0 && n < 32768) {
                    throw Errors.valueError("size not valid: " + n + " bytes");
                }
                stackSize = n;
            }
            return PyInt.of(old);
        });
        m.def("interrupt_main", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.clinic("interrupt_main", "signum=2, /").bind(a, start, kw);
            long sig = p[0] == null ? 2 : Seq.index(p[0]).longValue();
            if (sig < 1 || sig > 64) {
                throw Errors.valueError("signal number out of range");
            }
            if (sig == 2) {
                ThreadState.requestInterrupt();
            }
            return PyNone.INSTANCE;
        });
        m.def("_set_sentinel", self -> {
            // The thread takes the lock; it is released once the thread has ended (Thread.join).
            PyLock lock = new PyLock();
            ThreadState.current().atExit(lock::untake);
            return lock;
        });
        m.def("_excepthook", (self, args) -> excepthook(args));
        return m;
    }

    /** Starts {@code func(*args, **kwargs)} in a new thread; returns its ident. */
    private static long startNewThread(PyObject func, PyObject args, PyObject kwargs) {
        if (func.type().call == null) {
            throw Errors.typeError("first arg must be callable");
        }
        if (!(args instanceof PyTuple t)) {
            throw Errors.typeError("2nd arg must be a tuple");
        }
        if (kwargs != null && !(kwargs instanceof PyDict)) {
            throw Errors.typeError("optional 3rd arg must be a dictionary");
        }
        PyObject[] a = t.toArray();
        String[] kwnames = null;
        if (kwargs instanceof PyDict d && d.size() > 0) {
            // func(*args, **kwargs) in the vectorcall shape: keyword values after the positionals.
            PyObject[] keys = Iter.toArray(d);
            kwnames = new String[keys.length];
            a = java.util.Arrays.copyOf(a, a.length + keys.length);
            for (int i = 0; i < keys.length; i++) {
                if (!(keys[i] instanceof PyStr k)) {
                    throw Errors.typeError("keywords must be strings");
                }
                kwnames[i] = k.toString();
                a[t.size() + i] = d.getItem(k);
            }
        }
        PyObject[] callArgs = a;
        String[] names = kwnames;
        long size = stackSize == 0 ? DEFAULT_STACK : Math.max(stackSize, MIN_STACK);
        return ThreadState.start(size, () -> {
            try {
                Abstract.call(func, callArgs, names);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.SYSTEM_EXIT)) {
                    SysHooks.unraisable(e.value, "Exception ignored in thread started by", func);
                }
            }
        });
    }

    /**
     * {@code threading.excepthook}'s default: "Exception in thread NAME:" and the traceback on
     * sys.stderr (or the thread's {@code _stderr} when sys.stderr is None); SystemExit is silent.
     */
    private static PyObject excepthook(PyObject args) {
        if (args.type() != EXCEPT_HOOK_ARGS) {
            throw Errors.typeError("_thread.excepthook argument type must be ExceptHookArgs");
        }
        PyObject[] f = Iter.toArray(args);
        if (f[0] instanceof PyType t && t.isSubtype(ExceptionTypes.SYSTEM_EXIT)) {
            return PyNone.INSTANCE;
        }
        PyObject thread = f[3];
        PyObject file = SysModule.attr("stderr");
        if (file == null || file == PyNone.INSTANCE) {
            if (thread == PyNone.INSTANCE) {
                return PyNone.INSTANCE;
            }
            file = Abstract.getAttr(thread, PyStr.of("_stderr"));
            if (file == PyNone.INSTANCE) {
                return PyNone.INSTANCE;
            }
        }
        String name = thread != PyNone.INSTANCE ? Abstract.str(Abstract.getAttr(thread, PyStr.of("name"))).toString()
                : Long.toString(ThreadState.current().ident);
        StringBuilder sb = new StringBuilder("Exception in thread ").append(name).append(":\n");
        if (f[1] instanceof PyBaseException e) {
            sb.append(TracebackPrinter.format(e));
        } else {
            sb.append(f[0] instanceof PyType t ? t.name() : Abstract.str(f[0])).append('\n');
        }
        call(file, "write", PyStr.of(sb.toString()));
        call(file, "flush");
        return PyNone.INSTANCE;
    }

    private static void call(PyObject o, String method, PyObject... args) {
        Abstract.call(Abstract.getAttr(o, PyStr.of(method)), args, null);
    }
}
