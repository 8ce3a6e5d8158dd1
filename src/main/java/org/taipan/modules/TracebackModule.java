package org.taipan.modules;

import org.taipan.objects.ArgParser;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.Seq;
import org.taipan.vm.TracebackPrinter;

/**
 * {@code _traceback}: the marker lines of the uncaught-exception printer, shared with the
 * Python {@code traceback} module so that both draw the same carets.
 */
public final class TracebackModule {
    private TracebackModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_traceback", new PyDict());
        m.builtin = true;
        ArgParser markers = ArgParser.unpack("markers", 4, 4);
        // markers(line, colno, end_colno, one_line): the marker line ("    ~~^^\n") or ""
        m.def("markers", (self, a, start, kw) -> {
            PyObject[] p = markers.bind(a, start, kw);
            String line = p[0].toString();
            return PyStr.of(TracebackPrinter.markerLine(line, (int) Seq.asSsize(p[1]), (int) Seq.asSsize(p[2]),
                    org.taipan.objects.Abstract.isTrue(p[3])));
        });
        return m;
    }
}
