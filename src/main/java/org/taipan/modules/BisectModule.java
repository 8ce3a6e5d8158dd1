package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.Seq;

/** {@code _bisect}: binary search and insertion for {@code bisect}, over any sequence. */
public final class BisectModule {
    private BisectModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_bisect", new PyDict());
        m.builtin = true;
        for (String name : new String[] {"bisect_right", "bisect_left", "insort_right", "insort_left"}) {
            ArgParser args = ArgParser.clinic(name, "a, x, lo=0, hi=None, *, key=None");
            boolean left = name.endsWith("left"), insort = name.startsWith("insort");
            m.def(name, (self, a, start, kw) -> {
                PyObject[] p = args.bind(a, start, kw);
                PyObject key = p[4] == null || p[4] == PyNone.INSTANCE ? null : p[4];
                PyObject x = p[1];
                PyObject target = insort && key != null ? Abstract.call(key, new PyObject[] {x}, null) : x;
                long i = search(p[0], target, p[2], p[3], key, left);
                if (!insort) {
                    return PyInt.of(i);
                }
                if (p[0].getClass() == PyList.class) {
                    Abstract.callBound(p[0].type().lookup("insert"), p[0], PyInt.of(i), x);
                } else {
                    Abstract.call(Abstract.getAttr(p[0], PyStr.of("insert")), new PyObject[] {PyInt.of(i), x}, null);
                }
                return PyNone.INSTANCE;
            });
        }
        return m;
    }

    private static long search(PyObject a, PyObject x, PyObject loArg, PyObject hiArg, PyObject key, boolean left) {
        long lo = loArg == null ? 0 : Seq.asSsize(loArg);
        if (lo < 0) {
            throw Errors.valueError("lo must be non-negative");
        }
        long hi = hiArg == null || hiArg == PyNone.INSTANCE ? Abstract.length(a) : Seq.asSsize(hiArg);
        PyList list = a.getClass() == PyList.class ? (PyList) a : null;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject item = list != null && mid < list.size() ? list.get((int) mid) : Abstract.getItem(a, PyInt.of(mid));
            if (key != null) {
                item = Abstract.call(key, new PyObject[] {item}, null);
            }
            boolean goRight = left ? HeapqModule.lessThan(item, x) : !HeapqModule.lessThan(x, item);
            if (goRight) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
