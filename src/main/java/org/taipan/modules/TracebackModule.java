package org.taipan.modules;

import org.taipan.objects.PyDict;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.util.EastAsianWidth;
import org.taipan.vm.TracebackPrinter;

/**
 * {@code _traceback}: what the Python {@code traceback} module shares with the uncaught-exception
 * printer to draw its markers: the parse of the failing segment and the display width of text
 * (East Asian wide characters take two columns).
 */
public final class TracebackModule {
    private TracebackModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_traceback", new PyDict());
        m.builtin = true;
        // expression_parts(segment): (1, left end, right start) for a binary operation,
        // (2, value end, index end) for a subscript (UTF-8 offsets), or None
        m.def("expression_parts", (self, segment) -> {
            int[] p = segment instanceof PyStr s ? TracebackPrinter.expressionParts(s.toString()) : null;
            return p == null ? PyNone.INSTANCE : PyTuple.of(PyInt.of(p[0]), PyInt.of(p[1]), PyInt.of(p[2]));
        });
        // width(text): the columns text takes on a terminal
        m.def("width", (self, text) -> {
            String s = text.toString();
            return PyInt.of(EastAsianWidth.width(s, 0, s.length()));
        });
        return m;
    }
}
