package org.taipan.modules;

import org.taipan.objects.Abstract;
import org.taipan.objects.Errors;
import org.taipan.objects.PyAnySet;
import org.taipan.objects.PyByteArray;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyComplex;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyInstance;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/**
 * {@code sys.getsizeof}: the size CPython 3.11 would allocate for the object (its layout
 * formulas, 64-bit), since a JVM object's real footprint is neither observable nor stable.
 * A class's own {@code __sizeof__} is honoured, plus CPython's GC pre-header.
 */
final class SizeOf {
    private SizeOf() {}

    static PyObject getsizeof(PyObject o, PyObject dflt) {
        PyObject m = o.type().lookup("__sizeof__");
        long size;
        if (m != null && !(m instanceof org.taipan.objects.PyMethodDescr)) {
            PyObject r;
            try {
                r = Abstract.callBound(m, o);
            } catch (PyException e) {
                if (dflt != null && e.matches(org.taipan.objects.ExceptionTypes.TYPE_ERROR)) {
                    return dflt;
                }
                throw e;
            }
            size = Seq.index(r).longValue();
            if (size < 0) {
                throw Errors.valueError("__sizeof__() should return >= 0");
            }
            size += o instanceof PyInstance ? 32 : 0;
        } else {
            size = estimate(o);
        }
        return PyInt.of(size);
    }

    /** CPython's basic size plus items, with the GC header where CPython has one. */
    static long estimate(PyObject o) {
        if (o instanceof PyInt i) {
            int bits = i.isLong() ? 64 - Long.numberOfLeadingZeros(Math.abs(i.longValue())) : i.bigValue().abs().bitLength();
            return 24 + 4L * Math.max(1, (bits + 29) / 30);
        }
        if (o instanceof PyFloat) {
            return 24;
        }
        if (o instanceof PyComplex) {
            return 32;
        }
        if (o == PyNone.INSTANCE) {
            return 16;
        }
        if (o instanceof PyStr s) {
            String v = s.toString();
            int max = 0;
            for (int k = 0; k < v.length(); ) {
                int cp = v.codePointAt(k);
                max = Math.max(max, cp);
                k += Character.charCount(cp);
            }
            long n = s.length();
            return max < 128 ? 49 + n : max < 256 ? 73 + n : max < 0x10000 ? 74 + 2 * n : 76 + 4 * n;
        }
        if (o instanceof PyBytes b) {
            return 33 + b.size();
        }
        if (o instanceof PyByteArray b) {
            return b.size() == 0 ? 56 : 57 + b.size();
        }
        if (o instanceof PyTuple t) {
            return 40 + 8L * t.size();
        }
        if (o instanceof PyList l) {
            return 56 + 8L * l.size();
        }
        if (o instanceof PyDict d) {
            return dictSize(d);
        }
        if (o instanceof PyAnySet s) {
            int table = setTable(s.size());
            return table == 8 ? 216 : 216 + 16L * table;
        }
        if (o instanceof PyInstance) {
            return 56;
        }
        if (o instanceof PyType) {
            return 1072;
        }
        if (o.type() == PyType.OBJECT) {
            return 16;
        }
        return 48;
    }

    private static long dictSize(PyDict d) {
        int n = d.size();
        if (n == 0) {
            return 64;
        }
        int table = 8;
        while (table * 2 / 3 < n) {
            table *= 2;
        }
        boolean strKeys = true;
        for (PyObject k : d.keysArray()) {
            if (!(k instanceof PyStr)) {
                strKeys = false;
                break;
            }
        }
        int index = table <= 128 ? 1 : table <= 0x8000 ? 2 : 4;
        return 64 + 32 + (long) index * table + (long) (table * 2 / 3) * (strKeys ? 16 : 24);
    }

    /** The table size CPython's set reaches after n insertions (it grows at 3/5 full, to 4× the used count). */
    private static int setTable(int n) {
        int table = 8;
        for (int used = 1; used <= n; used++) {
            if (used * 5 >= (table - 1) * 3) {
                int min = used > 50000 ? used * 2 : used * 4;
                int t = 8;
                while (t <= min) {
                    t <<= 1;
                }
                table = t;
            }
        }
        return table;
    }
}
