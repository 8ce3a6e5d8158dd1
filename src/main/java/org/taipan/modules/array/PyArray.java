package org.taipan.modules.array;

import java.util.Arrays;
import org.taipan.objects.Abstract;
import org.taipan.objects.BufferExporter;
import org.taipan.objects.CompareOp;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.Iter;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyNotImplemented;
import org.taipan.objects.PyObject;
import org.taipan.objects.PySlice;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/**
 * {@code array.array}: items of one C type held as native bytes. The type itself (slots and
 * methods) is declared in {@link ArrayType}; this class is the storage and its operations.
 */
public final class PyArray extends PyObject implements BufferExporter {
    final char typecode;
    final int itemsize;
    byte[] data;
    int length;

    PyArray(char typecode, int capacity) {
        this.typecode = typecode;
        this.itemsize = ArrayItems.itemSize(typecode);
        this.data = new byte[capacity * itemsize];
    }

    @Override
    public PyType type() {
        return ArrayType.TYPE;
    }

    @Override
    public byte[] bufferBytes() {
        return Arrays.copyOf(data, length * itemsize);
    }

    PyObject get(int i) {
        return ArrayItems.read(typecode, data, i * itemsize);
    }

    void set(int i, PyObject v) {
        ArrayItems.write(typecode, data, i * itemsize, v);
    }

    private void ensure(long items) {
        if (items > (Integer.MAX_VALUE - 8) / itemsize) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
        }
        if (items * itemsize > data.length) {
            data = Arrays.copyOf(data, (int) Math.max(items * itemsize, Math.min(Integer.MAX_VALUE - 8,
                    (long) data.length * 3 / 2 + 16)));
        }
    }

    void append(PyObject v) {
        ensure(length + 1L);
        set(length, v); // converts first: a bad value leaves the array unchanged
        length++;
    }

    void insert(long where, PyObject v) {
        if (where < 0) {
            where = Math.max(0, where + length);
        }
        int at = (int) Math.min(where, length);
        byte[] one = new byte[itemsize];
        ArrayItems.write(typecode, one, 0, v);
        replace(at, at, one);
    }

    /** Replaces items [lo, hi) by the items in {@code bytes}. */
    void replace(int lo, int hi, byte[] bytes) {
        int n = bytes.length / itemsize;
        long newLength = (long) length - (hi - lo) + n;
        ensure(newLength);
        System.arraycopy(data, hi * itemsize, data, (lo + n) * itemsize, (length - hi) * itemsize);
        System.arraycopy(bytes, 0, data, lo * itemsize, bytes.length);
        length = (int) newLength;
    }

    void appendBytes(byte[] bytes) {
        if (bytes.length % itemsize != 0) {
            throw Errors.valueError("bytes length not a multiple of item size");
        }
        replace(length, length, bytes);
    }

    byte[] bytes(int lo, int hi) {
        return Arrays.copyOfRange(data, lo * itemsize, hi * itemsize);
    }

    PyArray copyRange(int lo, int hi) {
        PyArray a = new PyArray(typecode, 0);
        a.data = bytes(lo, hi);
        a.length = hi - lo;
        return a;
    }

    /** {@code extend}: another array of the same typecode, or any iterable item by item. */
    void extend(PyObject iterable) {
        if (iterable instanceof PyArray other) {
            if (other.typecode != typecode) {
                throw Errors.typeError("can only extend with array of same kind");
            }
            appendBytes(other.bytes(0, other.length));
            return;
        }
        PyObject it = Iter.of(iterable);
        for (PyObject v = Iter.next(it); v != null; v = Iter.next(it)) {
            append(v);
        }
    }

    int indexOf(PyObject v, long start, long stop) {
        for (long i = start; i < Math.min(stop, length); i++) {
            if (Abstract.richCompareBool(get((int) i), v, CompareOp.EQ)) {
                return (int) i;
            }
        }
        return -1;
    }

    String unicode() {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int cp = (int) ArrayItems.bits(data, i * 4, 4);
            if (cp < 0 || cp > 0x10ffff) {
                throw Errors.valueError("character U+" + Integer.toHexString(cp) + " is not in range [U+0000; U+10ffff]");
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    void byteswap() {
        for (int i = 0; i < length; i++) {
            int off = i * itemsize;
            for (int a = off, b = off + itemsize - 1; a < b; a++, b--) {
                byte t = data[a];
                data[a] = data[b];
                data[b] = t;
            }
        }
    }

    // ---- subscripts

    private long index(PyObject key) {
        if (!Seq.hasIndex(key)) {
            throw Errors.typeError("array indices must be integers");
        }
        long i = Seq.asSize(key, ExceptionTypes.INDEX_ERROR);
        return i < 0 ? i + length : i;
    }

    PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            PySlice.Bounds b = s.bounds(length);
            if (b.step() == 1) {
                return copyRange((int) b.start(), (int) Math.max(b.start(), b.stop()));
            }
            PyArray r = new PyArray(typecode, (int) b.length());
            for (int k = 0; k < b.length(); k++) {
                System.arraycopy(data, (int) (b.start() + k * b.step()) * itemsize, r.data, k * itemsize, itemsize);
            }
            r.length = (int) b.length();
            return r;
        }
        long i = index(key);
        if (i < 0 || i >= length) {
            throw Errors.indexError("array index out of range");
        }
        return get((int) i);
    }

    void setItem(PyObject key, PyObject value) {
        if (key instanceof PySlice s) {
            setSlice(s, value);
            return;
        }
        long i = index(key);
        if (i < 0 || i >= length) {
            throw Errors.indexError("array assignment index out of range");
        }
        if (value == null) {
            replace((int) i, (int) i + 1, new byte[0]);
        } else {
            set((int) i, value);
        }
    }

    private void setSlice(PySlice s, PyObject value) {
        byte[] repl = new byte[0];
        if (value != null) {
            if (!(value instanceof PyArray other)) {
                throw Errors.typeError("can only assign array (not \"" + value.type().name() + "\") to array slice");
            }
            if (other.typecode != typecode) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            repl = other.bytes(0, other.length);
        }
        PySlice.Bounds b = s.bounds(length);
        if (b.step() == 1) {
            int lo = (int) b.start();
            replace(lo, (int) Math.max(lo, b.stop()), repl);
            return;
        }
        int n = repl.length / itemsize;
        if (value == null) {
            boolean[] drop = new boolean[length];
            for (long k = 0; k < b.length(); k++) {
                drop[(int) (b.start() + k * b.step())] = true;
            }
            int w = 0;
            for (int r = 0; r < length; r++) {
                if (!drop[r]) {
                    System.arraycopy(data, r * itemsize, data, w++ * itemsize, itemsize);
                }
            }
            length = w;
            return;
        }
        if (n != b.length()) {
            throw Errors.valueError("attempt to assign array of size " + n + " to extended slice of size " + b.length());
        }
        for (int k = 0; k < n; k++) {
            System.arraycopy(repl, k * itemsize, data, (int) (b.start() + k * b.step()) * itemsize, itemsize);
        }
    }

    // ---- comparison

    static PyObject compare(PyObject v, PyObject w, CompareOp op) {
        if (!(v instanceof PyArray a) || !(w instanceof PyArray b)) {
            return PyNotImplemented.INSTANCE;
        }
        if ((op == CompareOp.EQ || op == CompareOp.NE) && a.length != b.length) {
            return PyBool.of(op == CompareOp.NE);
        }
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            PyObject x = a.get(i), y = b.get(i);
            if (!Abstract.richCompareBool(x, y, CompareOp.EQ)) {
                if (op == CompareOp.EQ) {
                    return PyBool.FALSE;
                }
                if (op == CompareOp.NE) {
                    return PyBool.TRUE;
                }
                return Abstract.richCompare(x, y, op);
            }
        }
        int c = Integer.compare(a.length, b.length);
        return PyBool.of(switch (op) {
            case LT -> c < 0; case LE -> c <= 0; case EQ -> c == 0; case NE -> c != 0; case GT -> c > 0; case GE -> c >= 0;
        });
    }

    String repr() {
        String tc = "array('" + typecode + "'";
        if (length == 0) {
            return tc + ")";
        }
        if (typecode == 'u') {
            return tc + ", " + Abstract.repr(PyStr.of(unicode())) + ")";
        }
        StringBuilder sb = new StringBuilder(tc).append(", [");
        for (int i = 0; i < length; i++) {
            sb.append(i > 0 ? ", " : "").append(Abstract.repr(get(i)));
        }
        return sb.append("])").toString();
    }
}
