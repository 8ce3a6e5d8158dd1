package org.taipan.modules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.Finalizers;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Referents;
import org.taipan.objects.Seq;
import org.taipan.vm.Collector;
import org.taipan.vm.Interpreter;

/**
 * The {@code gc} module. Memory belongs to the JVM's collector, which also frees cycles;
 * {@code collect()} asks it for a full collection and runs the finalizers and weakref
 * callbacks it hands back before returning ({@link Collector}). Thresholds and generations are
 * remembered and reported but steer nothing. {@code get_objects} and {@code get_referrers}
 * search what is reachable from the modules and the running frames.
 */
public final class GcModule {
    private GcModule() {}

    public static final int DEBUG_STATS = 1, DEBUG_COLLECTABLE = 2, DEBUG_UNCOLLECTABLE = 4, DEBUG_SAVEALL = 32,
            DEBUG_LEAK = 38;

    private static final ArgParser COLLECT = ArgParser.clinic("collect", "generation=2");
    private static final ArgParser SET_THRESHOLD = ArgParser.unpack("set_threshold", 1, 3).varargs();
    private static final ArgParser GET_OBJECTS = ArgParser.clinic("get_objects", "generation=None");

    /** Per-interpreter state, kept in the module object so that a new interpreter starts afresh. */
    private static final class State {
        long[] threshold = {700, 10, 10};
        int debug;
        long collections, collected;
        int frozen;
    }

    private static State state = new State();

    public static PyModule create() {
        state = new State();
        PyModule m = new PyModule("gc", new PyDict());
        m.builtin = true;
        m.set("DEBUG_STATS", PyInt.of(DEBUG_STATS));
        m.set("DEBUG_COLLECTABLE", PyInt.of(DEBUG_COLLECTABLE));
        m.set("DEBUG_UNCOLLECTABLE", PyInt.of(DEBUG_UNCOLLECTABLE));
        m.set("DEBUG_SAVEALL", PyInt.of(DEBUG_SAVEALL));
        m.set("DEBUG_LEAK", PyInt.of(DEBUG_LEAK));
        m.set("garbage", new PyList());
        m.set("callbacks", new PyList());
        m.def("collect", (self, a, start, kw) -> {
            PyObject[] args = COLLECT.bind(a, start, kw);
            long gen = args[0] == null ? 2 : Seq.index(args[0]).longValue();
            if (gen < 0 || gen > 2) {
                throw Errors.valueError("invalid generation");
            }
            return PyInt.of(collect(m, (int) gen));
        });
        m.def("enable", self -> {
            Collector.setEnabled(true);
            return PyNone.INSTANCE;
        });
        m.def("disable", self -> {
            Collector.setEnabled(false);
            return PyNone.INSTANCE;
        });
        m.def("isenabled", self -> {
            return PyBool.of(Collector.isEnabled());
        });
        m.def("get_threshold", self -> {
            return PyTuple.of(PyInt.of(state.threshold[0]), PyInt.of(state.threshold[1]), PyInt.of(state.threshold[2]));
        });
        m.def("set_threshold", (self, a, start, kw) -> {
            PyObject[] args = SET_THRESHOLD.bind(a, start, kw);
            for (int i = 0; i < 3; i++) {
                if (args[i] != null) {
                    state.threshold[i] = Seq.index(args[i]).longValue();
                }
            }
            return PyNone.INSTANCE;
        });
        m.def("get_count", self -> {
            return PyTuple.of(PyInt.of(0), PyInt.of(0), PyInt.of(0));
        });
        m.def("get_debug", self -> {
            return PyInt.of(state.debug);
        });
        m.def("set_debug", (self, flags) -> {
            state.debug = (int) Seq.index(flags).longValue();
            return PyNone.INSTANCE;
        });
        m.def("get_stats", self -> {
            PyList out = new PyList();
            for (int g = 0; g < 3; g++) {
                PyDict d = new PyDict();
                d.setItem(PyStr.of("collections"), PyInt.of(g == 2 ? state.collections : 0));
                d.setItem(PyStr.of("collected"), PyInt.of(g == 2 ? state.collected : 0));
                d.setItem(PyStr.of("uncollectable"), PyInt.of(0));
                out.append(d);
            }
            return out;
        });
        m.def("is_tracked", (self, o) -> PyBool.of(Referents.isTracked(o)));
        m.def("is_finalized", (self, o) -> PyBool.of(Finalizers.isFinalized(o)));
        m.def("get_referents", (self, a, start, kw) -> {
            noKeywords("get_referents", kw);
            PyList out = new PyList();
            for (int i = start; i < a.length; i++) {
                Referents.visit(a[i], out::append);
            }
            return out;
        });
        m.def("get_referrers", (self, a, start, kw) -> {
            noKeywords("get_referrers", kw);
            IdentityHashMap<PyObject, Boolean> targets = new IdentityHashMap<>();
            for (int i = start; i < a.length; i++) {
                targets.put(a[i], Boolean.TRUE);
            }
            PyList out = new PyList();
            for (PyObject o : reachable()) {
                boolean[] hit = {false};
                Referents.visit(o, r -> hit[0] |= targets.containsKey(r));
                if (hit[0]) {
                    out.append(o);
                }
            }
            return out;
        });
        m.def("get_objects", (self, a, start, kw) -> {
            PyObject[] args = GET_OBJECTS.bind(a, start, kw);
            if (args[0] != null && args[0] != PyNone.INSTANCE) {
                long gen = Seq.index(args[0]).longValue();
                if (gen >= 3) {
                    throw Errors.valueError("generation parameter must be less than the number of available generations (3)");
                }
                if (gen < 0) {
                    throw Errors.valueError("generation parameter cannot be negative");
                }
            }
            PyList out = new PyList();
            for (PyObject o : reachable()) {
                out.append(o);
            }
            return out;
        });
        m.def("freeze", self -> {
            state.frozen += reachable().size();
            return PyNone.INSTANCE;
        });
        m.def("unfreeze", self -> {
            state.frozen = 0;
            return PyNone.INSTANCE;
        });
        m.def("get_freeze_count", self -> {
            return PyInt.of(state.frozen);
        });
        return m;
    }

    private static void noKeywords(String name, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** A collection with {@code gc.callbacks} told before and after, as CPython's collector does. */
    private static int collect(PyModule m, int generation) {
        runCallbacks(m, "start", generation, 0);
        if ((state.debug & DEBUG_STATS) != 0) {
            SysModule.writeStderr("gc: collecting generation " + generation + "...\n");
        }
        int n = Collector.collect();
        state.collections++;
        state.collected += n;
        if ((state.debug & DEBUG_STATS) != 0) {
            SysModule.writeStderr("gc: done, " + n + " unreachable, 0 uncollectable.\n");
        }
        runCallbacks(m, "stop", generation, n);
        return n;
    }

    private static void runCallbacks(PyModule m, String phase, int generation, int collected) {
        PyObject cbs = m.instanceDict().getItem(PyStr.of("callbacks"));
        if (!(cbs instanceof PyList list) || list.size() == 0) {
            return;
        }
        PyDict info = new PyDict();
        info.setItem(PyStr.of("generation"), PyInt.of(generation));
        info.setItem(PyStr.of("collected"), PyInt.of(collected));
        info.setItem(PyStr.of("uncollectable"), PyInt.of(0));
        for (PyObject cb : org.taipan.objects.Iter.toArray(list)) {
            try {
                Abstract.call(cb, new PyObject[] {PyStr.of(phase), info}, null);
            } catch (PyException e) {
                Collector.reportUnraisable(e, cb);
            }
        }
    }

    /**
     * The objects CPython's collector would track that the program can reach: from the loaded
     * modules, the builtins and the running frames.
     */
    private static List<PyObject> reachable() {
        Interpreter interp = Interpreter.current();
        IdentityHashMap<PyObject, Boolean> seen = new IdentityHashMap<>();
        ArrayList<PyObject> work = new ArrayList<>();
        List<PyObject> out = new ArrayList<>();
        work.add(interp.modules);
        work.add(interp.builtins);
        Collector.frameRoots(work::add);
        while (!work.isEmpty()) {
            PyObject o = work.remove(work.size() - 1);
            if (o == null || seen.put(o, Boolean.TRUE) != null) {
                continue;
            }
            if (Referents.isTracked(o) || o instanceof PyDict || o instanceof PyTuple) {
                if (Referents.isTracked(o)) {
                    out.add(o);
                }
                Referents.visit(o, work::add);
            } else if (o instanceof PyType t) {
                work.add(t.dict());
            }
        }
        return out;
    }

    /** {@code sys.unraisablehook}'s argument: exc_type, exc_value, exc_traceback, err_msg, object. */
    private static PyType unraisableType;

    public static PyObject unraisableArgs(PyException e, PyObject obj) {
        String[] names = {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"};
        if (unraisableType == null) {
            unraisableType = StructSeq.newType("UnraisableHookArgs", names);
        }
        PyObject tb = Abstract.lookupAttr(e.value, PyStr.of("__traceback__"));
        return StructSeq.of(unraisableType, names, e.value.type(), e.value, tb == null ? PyNone.INSTANCE : tb,
                PyNone.INSTANCE, obj);
    }
}
