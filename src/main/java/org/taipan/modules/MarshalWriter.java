package org.taipan.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.objects.Abstract;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyAnySet;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyByteArray;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyComplex;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyEllipsis;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyFrozenSet;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PySet;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.vm.PyCode;

/**
 * Writes objects in CPython's marshal format (versions 0 to 4; see {@link Marshal} for the type
 * codes). Version 3 and later mark objects that may be met again with FLAG_REF and write a
 * later occurrence as a reference. CPython decides by reference count (an object with a single
 * reference is not marked, an interned string always is); Taipan has no reference counts and
 * uses what they are for data built from literals: scalars and tuples of them (constants,
 * shared with the code) are marked, lists, dicts and sets (built at run time, held only by
 * their container) only at the top.
 */
final class MarshalWriter {
    private static final int MAX_DEPTH = 2000;

    private final int version;
    private byte[] buf = new byte[256];
    private int len;
    private int depth;
    /** Objects written with FLAG_REF, by identity (interned-like strings by value, as CPython's interned ones are one object). */
    private final Map<PyObject, Integer> refs = new IdentityHashMap<>();
    private final Map<String, Integer> strRefs = new HashMap<>();
    private int nrefs;

    MarshalWriter(int version) {
        this.version = version;
    }

    /** {@code marshal.dumps(value, version)}. */
    static byte[] dumps(PyObject v, int version) {
        MarshalWriter w = new MarshalWriter(version);
        if (version >= 3) {
            w.countShared(v, 0);
        }
        w.write(v);
        return w.toBytes();
    }

    byte[] toBytes() {
        return Arrays.copyOf(buf, len);
    }

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    void writeByte(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    void writeInt(int v) {
        ensure(4);
        buf[len++] = (byte) v;
        buf[len++] = (byte) (v >> 8);
        buf[len++] = (byte) (v >> 16);
        buf[len++] = (byte) (v >> 24);
    }

    private void writeBytes(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    private void writeDouble(double d) {
        long bits = Double.doubleToRawLongBits(d);
        writeInt((int) bits);
        writeInt((int) (bits >>> 32));
    }

    void write(PyObject v) {
        if (++depth > MAX_DEPTH) {
            throw Errors.valueError("object too deeply nested to marshal");
        }
        try {
            writeObject(v);
        } finally {
            depth--;
        }
    }

    private void writeObject(PyObject v) {
        if (v == null) {
            writeByte(Marshal.NULL);
        } else if (v == PyNone.INSTANCE) {
            writeByte(Marshal.NONE);
        } else if (v == ExceptionTypes.STOP_ITERATION) {
            writeByte(Marshal.STOPITER);
        } else if (v == PyEllipsis.INSTANCE) {
            writeByte(Marshal.ELLIPSIS);
        } else if (v == PyBool.FALSE) {
            writeByte(Marshal.FALSE);
        } else if (v == PyBool.TRUE) {
            writeByte(Marshal.TRUE);
        } else {
            writeComplexObject(v);
        }
    }

    /** FLAG_REF or 0 for {@code v}; -1 when {@code v} was written before (a reference is written instead). */
    private int ref(PyObject v) {
        if (version < 3 || !marked(v)) {
            return 0;
        }
        Integer seen;
        String key = v instanceof PyStr s && Marshal.looksInterned(s.value()) ? s.value() : null;
        seen = key != null ? strRefs.get(key) : refs.get(v);
        if (seen != null) {
            writeByte(Marshal.REF);
            writeInt(seen);
            return -1;
        }
        if (key != null) {
            strRefs.put(key, nrefs++);
        } else {
            refs.put(v, nrefs++);
        }
        return Marshal.FLAG_REF;
    }

    private boolean marked(PyObject v) {
        if (depth == 1 || inCode > 0) {
            return true;
        }
        if (v instanceof PyTuple t ? constantTuple(t) : !(v instanceof PyList || v instanceof PyDict
                || v instanceof PyAnySet)) {
            return true;
        }
        return shared != null && shared.getOrDefault(v, 0) > 1;
    }

    /** How often each container occurs in the value: one held twice is marked as CPython's would be. */
    private Map<PyObject, Integer> shared;

    private void countShared(PyObject v, int d) {
        boolean container = v instanceof PyList || v instanceof PyDict || v instanceof PyAnySet || v instanceof PyTuple;
        if (!container || d > MAX_DEPTH) {
            return;
        }
        if (shared == null) {
            shared = new IdentityHashMap<>();
        }
        if (shared.merge(v, 1, Integer::sum) > 1) {
            return;
        }
        if (v instanceof PyDict dict) {
            for (PyObject k : dict.keysArray()) {
                countShared(k, d + 1);
                countShared(dict.getItem(k), d + 1);
            }
        } else {
            PyObject[] items = v instanceof PyList l ? l.toArray() : v instanceof PyTuple t ? t.toArray()
                    : ((PyAnySet) v).toArray();
            for (PyObject x : items) {
                countShared(x, d + 1);
            }
        }
    }

    private static boolean constantTuple(PyTuple t) {
        for (int i = 0; i < t.size(); i++) {
            PyObject x = t.get(i);
            if (x instanceof PyList || x instanceof PyDict || x instanceof PyAnySet
                    || x instanceof PyTuple u && !constantTuple(u)) {
                return false;
            }
        }
        return true;
    }

    /** Depth of code objects being written: everything in a code object is a constant, so marked. */
    private int inCode;

    private void writeComplexObject(PyObject v) {
        if (v.type() == PyInt.TYPE) {
            int flag = ref(v);
            if (flag < 0) {
                return;
            }
            writeInt((PyInt) v, flag);
        } else if (v.type() == PyFloat.TYPE) {
            int flag = ref(v);
            if (flag < 0) {
                return;
            }
            double d = ((PyFloat) v).value();
            if (version > 1) {
                writeByte(Marshal.BINARY_FLOAT | flag);
                writeDouble(d);
            } else {
                writeByte(Marshal.FLOAT | flag);
                writeShortText(floatText(v));
            }
        } else if (v.type() == PyComplex.TYPE) {
            int flag = ref(v);
            if (flag < 0) {
                return;
            }
            PyComplex z = (PyComplex) v;
            if (version > 1) {
                writeByte(Marshal.BINARY_COMPLEX | flag);
                writeDouble(z.real);
                writeDouble(z.imag);
            } else {
                writeByte(Marshal.COMPLEX | flag);
                writeShortText(floatText(PyFloat.of(z.real)));
                writeShortText(floatText(PyFloat.of(z.imag)));
            }
        } else if (v.type() == PyStr.TYPE) {
            int flag = ref(v);
            if (flag < 0) {
                return;
            }
            writeStr(((PyStr) v).value(), flag);
        } else if (v.type() == PyTuple.TYPE) {
            int flag = ref(v);
            if (flag < 0) {
                return;
            }
            PyTuple t = (PyTuple) v;
            int n = t.size();
            if (version >= 4 && n < 256) {
                writeByte(Marshal.SMALL_TUPLE | flag);
                writeByte(n);
            } else {
                writeByte(Marshal.TUPLE | flag);
                writeInt(n);
            }
            for (int i = 0; i < n; i++) {
                write(t.get(i));
            }
        } else if (v.type() == PyList.TYPE) {
            int flag = ref(v);
            if (flag < 0) {
                return;
            }
            PyObject[] items = ((PyList) v).toArray();
            writeByte(Marshal.LIST | flag);
            writeInt(items.length);
            for (PyObject x : items) {
                write(x);
            }
        } else if (v.type() == PyDict.TYPE) {
            int flag = ref(v);
            if (flag < 0) {
                return;
            }
            PyDict d = (PyDict) v;
            writeByte(Marshal.DICT | flag);
            for (PyObject k : d.keysArray()) {
                write(k);
                write(d.getItem(k));
            }
            writeByte(Marshal.NULL);
        } else if (v.type() == PySet.TYPE || v.type() == PyFrozenSet.TYPE) {
            int flag = ref(v);
            if (flag < 0) {
                return;
            }
            PyObject[] items = ((PyAnySet) v).toArray();
            writeByte((v.type() == PySet.TYPE ? Marshal.SET : Marshal.FROZENSET) | flag);
            writeInt(items.length);
            for (PyObject x : sortedForOutput(items)) {
                // CPython's sort holds a second reference to each element while it writes them
                if (shared == null) {
                    shared = new IdentityHashMap<>();
                }
                shared.merge(x, 2, Math::max);
                write(x);
            }
        } else if (v instanceof PyCode c) {
            int flag = ref(v);
            if (flag < 0) {
                return;
            }
            inCode++;
            try {
                MarshalCode.write(this, c, flag);
            } finally {
                inCode--;
            }
        } else if (v.type() == PyBytes.TYPE || v.type() == PyByteArray.TYPE) {
            int flag = ref(v);
            if (flag < 0) {
                return;
            }
            byte[] b = v instanceof PyBytes pb ? pb.toByteArray() : ((PyByteArray) v).toByteArray();
            writeByte(Marshal.STRING | flag);
            writeInt(b.length);
            writeBytes(b, 0, b.length);
        } else {
            throw Errors.valueError("unmarshallable object");
        }
    }

    /**
     * Set elements in the order of their own marshalled bytes, as CPython 3.11 writes them, so
     * that equal sets give equal bytes whatever their iteration order.
     */
    private PyObject[] sortedForOutput(PyObject[] items) {
        List<Object[]> keyed = new ArrayList<>(items.length);
        for (PyObject x : items) {
            MarshalWriter w = new MarshalWriter(version);
            w.write(x);
            keyed.add(new Object[] {w.toBytes(), x});
        }
        keyed.sort((a, b) -> Arrays.compareUnsigned((byte[]) a[0], (byte[]) b[0]));
        PyObject[] out = new PyObject[items.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (PyObject) keyed.get(i)[1];
        }
        return out;
    }

    private void writeInt(PyInt i, int flag) {
        if (i.isLong() && i.longValue() == (int) i.longValue()) {
            writeByte(Marshal.INT | flag);
            writeInt((int) i.longValue());
            return;
        }
        // 15-bit digits, least significant first; the count carries the sign
        BigInteger mag = i.bigValue().abs();
        int ndigits = (mag.bitLength() + 14) / 15;
        writeByte(Marshal.LONG | flag);
        writeInt(i.signum() < 0 ? -ndigits : ndigits);
        for (int k = 0; k < ndigits; k++) {
            int d = mag.shiftRight(15 * k).intValue() & 0x7FFF;
            writeByte(d);
            writeByte(d >> 8);
        }
    }

    private void writeStr(String s, int flag) {
        boolean ascii = isAscii(s);
        boolean interned = Marshal.looksInterned(s);
        if (version >= 4 && ascii) {
            int n = s.length();
            if (n < 256) {
                writeByte((interned ? Marshal.SHORT_ASCII_INTERNED : Marshal.SHORT_ASCII) | flag);
                writeByte(n);
            } else {
                writeByte((interned ? Marshal.ASCII_INTERNED : Marshal.ASCII) | flag);
                writeInt(n);
            }
            ensure(n);
            for (int k = 0; k < n; k++) {
                buf[len++] = (byte) s.charAt(k);
            }
            return;
        }
        byte[] utf8 = ascii ? s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1) : Marshal.utf8(s);
        writeByte((version >= 3 && interned ? Marshal.INTERNED : Marshal.UNICODE) | flag);
        writeInt(utf8.length);
        writeBytes(utf8, 0, utf8.length);
    }

    private static boolean isAscii(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Text floats (versions 0 and 1): C's %.17g. */
    private static String floatText(PyObject f) {
        return Abstract.str(Abstract.call(Abstract.getAttr(f, PyStr.of("__format__")),
                new PyObject[] {PyStr.of(".17g")}, null)).value();
    }

    private void writeShortText(String s) {
        writeByte(s.length());
        for (int k = 0; k < s.length(); k++) {
            writeByte(s.charAt(k));
        }
    }
}
