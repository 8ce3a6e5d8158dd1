package org.taipan.modules;

import java.util.List;
import org.taipan.objects.Abstract;
import org.taipan.objects.CompareOp;
import org.taipan.objects.Errors;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.vm.Interpreter;

/**
 * The {@code atexit} module. Callbacks belong to the interpreter and run last registered
 * first when the program ends (after the uncaught exception, if any, is reported, and before
 * finalizers); an exception in one is reported as "Exception ignored in atexit callback" and
 * the rest still run.
 */
public final class AtexitModule {
    private AtexitModule() {}

    /** A registered callback with its arguments (keyword names last, as in a vectorcall). */
    public record Callback(PyObject func, PyObject[] args, String[] kwnames) {}

    public static PyModule create() {
        PyModule m = new PyModule("atexit", new PyDict());
        m.builtin = true;
        m.def("register", (self, a, start, kw) -> {
            int n = a.length - start - (kw == null ? 0 : kw.length);
            if (n < 1) {
                throw Errors.typeError("register() takes at least 1 argument (0 given)");
            }
            PyObject func = a[start];
            if (func.type().call == null) {
                throw Errors.typeError("the first argument must be callable");
            }
            PyObject[] args = java.util.Arrays.copyOfRange(a, start + 1, a.length);
            callbacks().add(new Callback(func, args, kw == null || kw.length == 0 ? null : kw));
            return func;
        });
        m.def("unregister", (self, func) -> {
            // As CPython 3.11: the entries become holes, still counted by _ncallbacks().
            List<Callback> cbs = callbacks();
            for (int i = 0; i < cbs.size(); i++) {
                if (cbs.get(i) != null && Abstract.richCompareBool(cbs.get(i).func(), func, CompareOp.EQ)) {
                    cbs.set(i, null);
                }
            }
            return PyNone.INSTANCE;
        });
        m.def("_run_exitfuncs", (self, a, start, kw) -> {
            runAll(Interpreter.current());
            return PyNone.INSTANCE;
        });
        m.def("_clear", (self, a, start, kw) -> {
            callbacks().clear();
            return PyNone.INSTANCE;
        });
        m.def("_ncallbacks", (self, a, start, kw) -> PyInt.of(callbacks().size()));
        return m;
    }

    private static List<Callback> callbacks() {
        return Interpreter.current().atexitCallbacks;
    }

    /** Runs and forgets the callbacks, last registered first. */
    public static void runAll(Interpreter interp) {
        List<Callback> cbs = interp.atexitCallbacks;
        while (!cbs.isEmpty()) {
            Callback cb = cbs.remove(cbs.size() - 1);
            if (cb == null) {
                continue;
            }
            try {
                Abstract.call(cb.func(), cb.args(), cb.kwnames());
            } catch (PyException e) {
                SysHooks.unraisable(e.value, "Exception ignored in atexit callback", cb.func());
            }
        }
    }
}
