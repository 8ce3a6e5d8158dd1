package org.taipan.vm;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyException;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;

/**
 * Warnings raised from Java (CPython's PyErr_WarnExplicit): they go through the
 * {@code warnings} module written in Python (src/main/python/warnings.py), imported on first use,
 * so its filters, registries and showwarning apply.
 */
public final class Warnings {
    private Warnings() {}

    /**
     * {@code warnings.warn_explicit(message, category, filename, lineno)}; returns true when
     * the filters turned the warning into an error of its category (which is not raised: the
     * compiler reports such an error as a SyntaxError).
     */
    public static boolean warnExplicit(PyType category, String message, String filename, int lineno) {
        PyObject warnings = warningsModule();
        PyObject fn = Abstract.getAttr(warnings, PyStr.of("warn_explicit"));
        try {
            Abstract.call(fn, new PyObject[] {PyStr.of(message), category, PyStr.of(filename), PyInt.of(lineno)}, null);
            return false;
        } catch (PyException e) {
            if (e.value.type() == category) {
                return true;
            }
            throw e;
        }
    }

    /** {@code warnings.warn(message, category)} for the running Python frame (PyErr_WarnEx with stack level 1). */
    static void warn(PyType category, String message) {
        if (Interpreter.current() == null) {
            return;
        }
        PyObject fn = Abstract.getAttr(warningsModule(), PyStr.of("warn"));
        Abstract.call(fn, new PyObject[] {PyStr.of(message), category, PyInt.of(1)}, null);
    }

    /** The sink of {@link org.taipan.parser.CompileWarnings}: a category named as in builtins. */
    static boolean compileWarning(String category, String message, String filename, int lineno) {
        Interpreter interp = Interpreter.current();
        if (interp == null || !(interp.builtins.instanceDict().getItem(PyStr.of(category)) instanceof PyType t)) {
            return false;
        }
        return warnExplicit(t, message, filename, lineno);
    }

    /** The warnings module, imported now if it is not yet (which applies sys.warnoptions). */
    public static PyObject warningsModule() {
        Imports.importModule("warnings", null, PyNone.INSTANCE, 0);
        return Interpreter.current().modules.getItem(PyStr.of("warnings"));
    }
}
