package org.taipan.vm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.taipan.modules.SysModule;
import org.taipan.objects.Abstract;
import org.taipan.objects.Finalizers;
import org.taipan.objects.Iter;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyInstance;
import org.taipan.objects.PyList;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyWeakRef;
import org.taipan.objects.WeakRefs;

/**
 * Runs what the JVM's collector leaves to Python: {@code __del__} of objects it found
 * unreachable ({@link Finalizers}) and the callbacks of weakrefs whose objects died
 * ({@link WeakRefs}). Both are handed over by JVM threads and always run here, on the
 * interpreter thread: at the eval loop's interrupt check (backward jumps and calls), in
 * {@code gc.collect()}, and at exit. Finalizers run before callbacks, so an object's
 * {@code __del__} runs before its weakrefs die, as with CPython's reference counting.
 */
public final class Collector {
    private Collector() {}

    /** {@code gc.isenabled()}: when false, nothing runs except in {@code gc.collect()} and at exit. */
    private static boolean enabled = true;
    private static boolean running;
    private static boolean atExit;

    /** A new interpreter: forgets the last one's objects and routes the JVM's hand-overs here. */
    static void reset() {
        WeakRefs.reset();
        WeakRefs.onPending = ThreadState::requestGc;
        WeakRefs.allowBuiltin(org.taipan.objects.PyType.TYPE, org.taipan.objects.PySet.TYPE,
                org.taipan.objects.PyFrozenSet.TYPE, PyFunction.TYPE, org.taipan.objects.PyBuiltinFunction.TYPE,
                org.taipan.objects.PyMethod.TYPE, org.taipan.objects.PyModule.TYPE, PyCode.TYPE,
                Generators.GENERATOR, Generators.COROUTINE, AsyncGenerators.ASYNC_GENERATOR,
                org.taipan.modules.io.TextIO.TYPE, org.taipan.modules.io.Buffered.READER,
                org.taipan.modules.io.Buffered.WRITER, org.taipan.modules.io.Buffered.RANDOM,
                org.taipan.modules.io.FileIO.TYPE, org.taipan.modules.io.StringIO.TYPE,
                org.taipan.modules.io.BytesIO.TYPE);
        org.taipan.objects.Referents.more = Collector::referents;
        enabled = true;
        running = false;
        atExit = false;
    }

    /** Referents of the vm's own types, in the order of CPython's tp_traverse. */
    private static void referents(PyObject o, java.util.function.Consumer<PyObject> v) {
        if (o instanceof PyFunction f) {
            for (PyObject x : new PyObject[] {f.code, f.globals, f.builtins, f.module, f.defaults, f.kwdefaults, f.doc,
                    PyStr.of(f.name), f.instanceDict().size() > 0 ? f.instanceDict() : null, f.closure, f.annotations, PyStr.of(f.qualname)}) {
                if (x != null) {
                    v.accept(x);
                }
            }
        } else if (o instanceof PyCell c) {
            if (c.value != null) {
                v.accept(c.value);
            }
        } else if (o instanceof PyGenerator g) {
            v.accept(g.frame);
        } else if (o instanceof PyFrame f) {
            frameReferents(f, v);
        }
    }

    private static void frameReferents(PyFrame f, java.util.function.Consumer<PyObject> v) {
        if (f.back != null) {
            v.accept(f.back);
        }
        v.accept(f.globals);
        if (f.locals != null) {
            v.accept(f.locals);
        }
        for (PyObject x : f.slots) {
            if (x != null) {
                v.accept(x);
            }
        }
    }

    /** The running frames' contents: roots for {@code gc.get_objects}. */
    public static void frameRoots(java.util.function.Consumer<PyObject> v) {
        for (PyFrame f = ThreadState.current().frame; f != null; f = f.back) {
            frameReferents(f, v);
        }
    }

    public static boolean isEnabled() {
        return enabled;
    }

    public static void setEnabled(boolean on) {
        enabled = on;
        if (on && (Finalizers.hasPending() || WeakRefs.hasDead())) {
            ThreadState.requestGc();
        }
    }

    /** At the interrupt check: runs what is due, unless automatic collection is off. */
    static void runPending() {
        if (enabled && !running) {
            drain(false);
        }
    }

    /**
     * {@code gc.collect()}: asks the JVM for a full collection, waits (bounded) until it has
     * handed over what it found, and runs the finalizers and callbacks before returning. An
     * object whose {@code __del__} ran dies only at the next collection, so this repeats while
     * finalizers keep running. Returns how many objects were finalized or had weakrefs cleared.
     */
    public static int collect() {
        if (running) {
            return 0;
        }
        int n = 0;
        for (int round = 0; round < 4; round++) {
            jvmCollect();
            int finalized = drain(true);
            n += finalized + lastDeaths;
            if (finalized == 0 && !WeakRefs.hasDeferred()) {
                break;
            }
        }
        return n;
    }

    private static int lastDeaths;

    /** System.gc(), then waits until the JVM has handed over the objects with {@code __del__} it found. */
    private static void jvmCollect() {
        Attrs.forgetCaches();
        System.gc();
        Finalizers.awaitHandOver(5000);
    }

    /** Runs the due finalizers, then the due callbacks; returns how many finalizers ran. */
    private static int drain(boolean scan) {
        running = true;
        try {
            List<Finalizers.Due> due = Finalizers.takePending();
            for (Finalizers.Due d : due) {
                callDel(d.obj());
            }
            List<WeakRefs.Death> deaths = WeakRefs.takeDead(scan);
            lastDeaths = deaths.size();
            for (WeakRefs.Death d : deaths) {
                for (PyWeakRef w : d.refs()) {
                    PyObject cb = w.takeCallback();
                    if (cb == null) {
                        continue;
                    }
                    try {
                        Abstract.call(cb, new PyObject[] {w}, null);
                    } catch (PyException e) {
                        reportUnraisable(e, cb);
                    }
                }
            }
            return due.size();
        } finally {
            running = false;
        }
    }

    private static void callDel(PyObject obj) {
        PyObject del = obj.type().lookup("__del__");
        if (del == null) {
            Finalizers.finished(obj);
            return;
        }
        try {
            Abstract.callBound(del, obj);
        } catch (PyException e) {
            reportUnraisable(e, del);
        } finally {
            Finalizers.finished(obj);
        }
    }

    /**
     * CPython's default {@code sys.unraisablehook}: "Exception ignored in: repr(obj)" and the
     * traceback on stderr (without source lines during shutdown, as CPython prints them then).
     * A program's own {@code sys.unraisablehook}, if sys has one, is called instead.
     */
    public static void reportUnraisable(PyException e, PyObject obj) {
        PyObject hook = SysModule.attr("unraisablehook");
        if (hook != null && !(hook.type().name().equals("builtin_function_or_method"))) {
            try {
                Abstract.call(hook, new PyObject[] {org.taipan.modules.GcModule.unraisableArgs(e, obj)}, null);
                return;
            } catch (PyException ignored) {
                // A failing hook falls back to the default report, as in CPython.
            }
        }
        String what;
        try {
            what = Abstract.repr(obj).toString();
        } catch (PyException ex) {
            what = "<object repr() failed>";
        }
        org.taipan.modules.Console.flush();
        SysModule.writeStderr("Exception ignored in: " + what + "\n"
                + (atExit ? TracebackPrinter.formatUnraisable(e.value) : TracebackPrinter.format(e.value)));
    }

    /** {@code weakref.finalize}'s exit run, when atexit has not done it already (it is a no-op then). */
    private static void runWeakrefFinalizers() {
        Interpreter interp = Interpreter.current();
        PyObject mod = interp == null ? null : interp.modules.getItem(PyStr.of("weakref"));
        if (mod == null) {
            return;
        }
        try {
            PyObject fin = Abstract.lookupAttr(mod, PyStr.of("finalize"));
            PyObject run = fin == null ? null : Abstract.lookupAttr(fin, PyStr.of("_run_at_exit"));
            if (run != null) {
                Abstract.call(run, new PyObject[0], null);
            }
        } catch (PyException e) {
            reportUnraisable(e, mod);
        }
    }

    /**
     * Interpreter shutdown, after the atexit handlers: finalizes the main module's objects in
     * the order CPython's teardown frees them (its values in dict order, then the items of the
     * lists and tuples it holds, last first, and of its dicts), closing suspended generators
     * on the way; then every other object with {@code __del__} still alive, in creation order.
     */
    static void atExit(PyDict globals) {
        atExit = true;
        enabled = true;
        runWeakrefFinalizers();
        if (!running) {
            drain(false);
        }
        // Only generators and instances can have something to run: other values are passed
        // over without being remembered, which keeps a module holding big containers cheap.
        List<PyObject> order = new ArrayList<>();
        IdentityHashMap<PyObject, Boolean> seen = new IdentityHashMap<>();
        List<PyObject> containers = new ArrayList<>();
        for (PyObject k : globals.keysArray()) {
            PyObject v = globals.getItem(k);
            if (v == null || !(k instanceof PyStr)) {
                continue;
            }
            if (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict) {
                containers.add(v);
            } else {
                addFinalizable(v, seen, order);
            }
        }
        for (PyObject c : containers) {
            if (c instanceof PyDict d) {
                // The values as stored: looking them up again would call the keys' __hash__ and __eq__.
                for (PyObject v : d.valuesArray()) {
                    addFinalizable(v, seen, order);
                }
            } else {
                PyObject[] arr = Iter.toArray(c);
                for (int i = arr.length - 1; i >= 0; i--) {
                    addFinalizable(arr[i], seen, order);
                }
            }
        }
        running = true;
        try {
            for (PyObject v : order) {
                if (v instanceof PyGenerator g) {
                    Interpreter.finalizeGenerator(g);
                } else if (v instanceof PyInstance && Finalizers.claim(v)) {
                    callDel(v);
                }
            }
            for (Finalizers.Due d : Finalizers.takeAllAlive()) {
                callDel(d.obj());
            }
        } finally {
            running = false;
        }
        drain(false);
    }

    private static void addFinalizable(PyObject v, IdentityHashMap<PyObject, Boolean> seen, List<PyObject> order) {
        if ((v instanceof PyGenerator || v instanceof PyInstance) && seen.put(v, Boolean.TRUE) == null) {
            order.add(v);
        }
    }
}
