package org.taipan.modules;

import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyTuple;

/**
 * A minimal {@code gc} module. Memory is the JVM's to manage, so collect() only asks the JVM to
 * collect and reports nothing found; the switches are remembered but change nothing.
 */
public final class GcModule {
    private GcModule() {}

    private static boolean enabled = true;
    private static PyTuple threshold = PyTuple.of(PyInt.of(700), PyInt.of(10), PyInt.of(10));

    public static PyModule create() {
        PyModule m = new PyModule("gc", new PyDict());
        m.builtin = true;
        m.def("collect", (self, a, start, kw) -> {
            ArgParser.clinic("collect", "generation=2").bind(a, start, kw);
            System.gc();
            return PyInt.of(0);
        });
        m.def("enable", (self, a, start, kw) -> {
            enabled = true;
            return PyNone.INSTANCE;
        });
        m.def("disable", (self, a, start, kw) -> {
            enabled = false;
            return PyNone.INSTANCE;
        });
        m.def("isenabled", (self, a, start, kw) -> PyBool.of(enabled));
        m.def("get_threshold", (self, a, start, kw) -> threshold);
        m.def("set_threshold", (self, a, start, kw) -> {
            threshold = PyTuple.wrap(java.util.Arrays.copyOfRange(a, start, a.length));
            return PyNone.INSTANCE;
        });
        m.def("get_count", (self, a, start, kw) -> PyTuple.of(PyInt.of(0), PyInt.of(0), PyInt.of(0)));
        m.def("is_tracked", (self, o) -> PyBool.TRUE);
        m.def("freeze", (self, a, start, kw) -> PyNone.INSTANCE);
        m.def("unfreeze", (self, a, start, kw) -> PyNone.INSTANCE);
        m.set("garbage", new PyList());
        m.set("callbacks", new PyList());
        return m;
    }
}
