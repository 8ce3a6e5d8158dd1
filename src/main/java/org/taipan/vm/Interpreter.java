package org.taipan.vm;

import org.taipan.modules.BuiltinsModule;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;

/**
 * The interpreter state (CPython's PyInterpreterState): the builtins module and the table of
 * loaded modules. One per embedded interpreter; the command line makes one.
 */
public final class Interpreter {
    public final PyModule builtins = BuiltinsModule.create();
    /** {@code sys.modules}. */
    public final PyDict modules = new PyDict();

    public Interpreter() {
        modules.setItem(PyStr.of("builtins"), builtins);
    }

    /** A fresh module namespace as CPython sets one up: {@code __name__}, {@code __builtins__}, … */
    public PyDict newGlobals(String name, String file) {
        PyDict g = new PyDict();
        g.setItem(PyStr.of("__name__"), PyStr.of(name));
        g.setItem(PyStr.of("__doc__"), PyNone.INSTANCE);
        g.setItem(PyStr.of("__package__"), PyNone.INSTANCE);
        g.setItem(PyStr.of("__loader__"), PyNone.INSTANCE);
        g.setItem(PyStr.of("__spec__"), PyNone.INSTANCE);
        g.setItem(PyStr.of("__annotations__"), new PyDict());
        g.setItem(PyStr.of("__builtins__"), builtins);
        if (file != null) {
            g.setItem(PyStr.of("__file__"), PyStr.of(file));
        }
        return g;
    }

    /** Runs module-level code in {@code globals} (which are also its locals). */
    public PyObject exec(PyCode code, PyDict globals) {
        return EvalLoop.runCode(code, globals, builtins.instanceDict(), globals);
    }
}
