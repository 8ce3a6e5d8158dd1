package org.taipan.modules;

import java.io.IOException;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;

/** The {@code builtins} module. */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    private static final ArgParser PRINT = ArgParser.clinic("print", "*, sep=' ', end='\\n', file=None, flush=False");

    public static PyModule create() {
        PyModule m = new PyModule("builtins", new PyDict());
        m.builtin = true;
        for (PyType t : new PyType[] {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyStr.TYPE,
                PyTuple.TYPE, PyDict.TYPE}) {
            m.set(t.name(), t);
        }
        for (PyType t : ExceptionTypes.all()) {
            m.set(t.name(), t);
        }
        m.set("None", PyNone.INSTANCE);
        m.set("True", PyBool.TRUE);
        m.set("False", PyBool.FALSE);
        m.def("print", BuiltinsModule::print);
        m.def("repr", (self, o) -> Abstract.repr(o));
        m.def("len", (self, o) -> PyInt.of(Abstract.length(o)));
        m.def("id", (self, o) -> PyInt.of(System.identityHashCode(o)));
        m.def("hash", (self, o) -> PyInt.of(Abstract.hash(o)));
        return m;
    }

    /** print(*objects, sep=' ', end='\n', file=None, flush=False); sys.stdout is the console for now. */
    private static PyObject print(PyObject self, PyObject[] args, int start, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - start - nkw;
        PyObject[] kw = PRINT.bind(args, start + npos, kwnames);
        String sep = textOrDefault(kw[0], " ", "sep");
        String end = textOrDefault(kw[1], "\n", "end");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(Abstract.str(args[start + i]));
        }
        sb.append(end);
        try {
            Console.out().write(sb.toString());
            if (kw[3] != null && Abstract.isTrue(kw[3])) {
                Console.out().flush();
            }
        } catch (IOException e) {
            throw Errors.of(ExceptionTypes.OS_ERROR, e.getMessage());
        }
        return PyNone.INSTANCE;
    }

    private static String textOrDefault(PyObject v, String dflt, String what) {
        if (v == null || v == PyNone.INSTANCE) {
            return dflt;
        }
        if (v instanceof PyStr s) {
            return s.toString();
        }
        throw Errors.typeError(what + " must be None or a string, not " + v.type().name());
    }
}
