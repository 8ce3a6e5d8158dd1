package org.taipan.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.taipan.objects.Abstract;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyAnySet;
import org.taipan.objects.PyBool;
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

/**
 * Reads CPython's marshal format (all versions) from a byte array, or from a file object
 * through its {@code read} method, taking no more bytes than the object needs.
 */
final class MarshalReader {
    private static final int MAX_DEPTH = 2000;

    private byte[] buf;
    private int pos;
    private int limit;
    private final PyObject file;
    private int depth;
    /** How many code objects are being read around the current position. */
    int codeDepth;
    /** When set, the co_filename of every code object read (a .pyc moved from where it was compiled). */
    String filename;
    /** Objects read with FLAG_REF, by number; null while a container is still being read. */
    private final List<PyObject> refs = new ArrayList<>();

    MarshalReader(byte[] data, int offset, int limit) {
        this.buf = data;
        this.pos = offset;
        this.limit = limit;
        this.file = null;
    }

    MarshalReader(PyObject file) {
        this.buf = new byte[0];
        this.file = file;
    }

    PyObject readTop() {
        PyObject v = read();
        if (v == null) {
            throw Errors.typeError("NULL object in marshal data for object");
        }
        return v;
    }

    /** Makes {@code n} more bytes available; false at the end of the data. */
    private boolean fill(int n) {
        if (limit - pos >= n) {
            return true;
        }
        if (file == null) {
            return false;
        }
        while (limit - pos < n) {
            PyObject got = Abstract.call(Abstract.getAttr(file, PyStr.of("read")),
                    new PyObject[] {PyInt.of(n - (limit - pos))}, null);
            byte[] b = Marshal.bytesLike(got);
            if (b.length == 0) {
                return false;
            }
            byte[] nb = Arrays.copyOf(Arrays.copyOfRange(buf, pos, limit), limit - pos + b.length);
            System.arraycopy(b, 0, nb, limit - pos, b.length);
            buf = nb;
            limit = nb.length;
            pos = 0;
        }
        return true;
    }

    private void need(int n) {
        if (!fill(n)) {
            throw Errors.of(ExceptionTypes.EOF_ERROR, "marshal data too short");
        }
    }

    int readByte() {
        need(1);
        return buf[pos++] & 0xFF;
    }

    int readInt() {
        need(4);
        int v = (buf[pos] & 0xFF) | (buf[pos + 1] & 0xFF) << 8 | (buf[pos + 2] & 0xFF) << 16 | buf[pos + 3] << 24;
        pos += 4;
        return v;
    }

    private byte[] readBytes(int n) {
        need(n);
        byte[] b = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return b;
    }

    private double readDouble() {
        long lo = readInt() & 0xFFFFFFFFL;
        long hi = readInt() & 0xFFFFFFFFL;
        return Double.longBitsToDouble(hi << 32 | lo);
    }

    /** The next object, or null for TYPE_NULL (the end of a dict). */
    PyObject read() {
        if (!fill(1)) {
            throw Errors.of(ExceptionTypes.EOF_ERROR, "EOF read where object expected");
        }
        if (++depth > MAX_DEPTH) {
            depth--;
            throw Errors.valueError("recursion limit exceeded");
        }
        try {
            int code = buf[pos++] & 0xFF;
            boolean flag = (code & Marshal.FLAG_REF) != 0;
            return readObject(code & ~Marshal.FLAG_REF, flag);
        } finally {
            depth--;
        }
    }

    private PyObject remember(PyObject v, boolean flag) {
        if (flag) {
            refs.add(v);
        }
        return v;
    }

    private int reserve(boolean flag) {
        if (!flag) {
            return -1;
        }
        refs.add(null);
        return refs.size() - 1;
    }

    private PyObject fillIn(int index, PyObject v) {
        if (index >= 0) {
            refs.set(index, v);
        }
        return v;
    }

    private int size(String what) {
        int n = readInt();
        if (n < 0) {
            throw Errors.valueError("bad marshal data (" + what + " size out of range)");
        }
        return n;
    }

    private PyObject item(String container) {
        PyObject v = read();
        if (v == null) {
            throw Errors.typeError("NULL object in marshal data for " + container);
        }
        return v;
    }

    private PyObject readObject(int code, boolean flag) {
        switch (code) {
            case Marshal.NULL:
                return null;
            case Marshal.NONE:
                return PyNone.INSTANCE;
            case Marshal.STOPITER:
                return ExceptionTypes.STOP_ITERATION;
            case Marshal.ELLIPSIS:
                return PyEllipsis.INSTANCE;
            case Marshal.FALSE:
                return PyBool.FALSE;
            case Marshal.TRUE:
                return PyBool.TRUE;
            case Marshal.INT:
                return remember(PyInt.of(readInt()), flag);
            case Marshal.LONG:
                return remember(readLong(), flag);
            case Marshal.FLOAT:
                return remember(PyFloat.of(textFloat()), flag);
            case Marshal.BINARY_FLOAT:
                return remember(PyFloat.of(readDouble()), flag);
            case Marshal.COMPLEX: {
                double re = textFloat();
                return remember(new PyComplex(re, textFloat()), flag);
            }
            case Marshal.BINARY_COMPLEX: {
                double re = readDouble();
                return remember(new PyComplex(re, readDouble()), flag);
            }
            case Marshal.STRING:
                return remember(new PyBytes(readBytes(size("bytes object"))), flag);
            case Marshal.UNICODE:
            case Marshal.INTERNED:
                return remember(PyStr.of(decodeUtf8(readBytes(size("string")))), flag);
            case Marshal.ASCII:
            case Marshal.ASCII_INTERNED:
                return remember(latin1(size("string")), flag);
            case Marshal.SHORT_ASCII:
            case Marshal.SHORT_ASCII_INTERNED:
                return remember(latin1(readByte()), flag);
            case Marshal.SMALL_TUPLE:
                return readTuple(readByte(), flag);
            case Marshal.TUPLE:
                return readTuple(size("tuple"), flag);
            case Marshal.LIST: {
                int n = size("list");
                PyList list = new PyList();
                remember(list, flag);
                for (int i = 0; i < n; i++) {
                    list.append(item("list"));
                }
                return list;
            }
            case Marshal.DICT: {
                PyDict d = new PyDict();
                remember(d, flag);
                while (true) {
                    PyObject k = read();
                    if (k == null) {
                        break;
                    }
                    PyObject v = read();
                    if (v == null) {
                        break;
                    }
                    Abstract.setItem(d, k, v);
                }
                return d;
            }
            case Marshal.SET:
            case Marshal.FROZENSET: {
                int n = size("set");
                if (code == Marshal.SET) {
                    PySet s = new PySet();
                    remember(s, flag);
                    readSetItems(s, n);
                    return s;
                }
                int index = reserve(flag);
                List<PyObject> items = new ArrayList<>(Math.min(n, 1 << 12));
                for (int i = 0; i < n; i++) {
                    items.add(item("set"));
                }
                return fillIn(index, PyFrozenSet.of(items.toArray(new PyObject[0])));
            }
            case Marshal.CODE: {
                int index = reserve(flag);
                return fillIn(index, MarshalCode.read(this, filename));
            }
            case Marshal.REF: {
                int n = readInt();
                if (n < 0 || n >= refs.size() || refs.get(n) == null) {
                    throw Errors.valueError("bad marshal data (invalid reference)");
                }
                return refs.get(n);
            }
            default:
                throw Errors.valueError("bad marshal data (unknown type code)");
        }
    }

    private void readSetItems(PyAnySet s, int n) {
        for (int i = 0; i < n; i++) {
            s.add(item("set"));
        }
    }

    private PyObject readTuple(int n, boolean flag) {
        int index = reserve(flag);
        if (n == 0) {
            return fillIn(index, PyTuple.EMPTY);
        }
        if (n > limit - pos && file == null) {
            throw Errors.of(ExceptionTypes.EOF_ERROR, "EOF read where object expected");
        }
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            items[i] = item("tuple");
        }
        return fillIn(index, PyTuple.wrap(items));
    }

    private PyObject readLong() {
        int n = readInt();
        if (n == Integer.MIN_VALUE) {
            throw Errors.valueError("bad marshal data (long size out of range)");
        }
        int count = Math.abs(n);
        if (count == 0) {
            return PyInt.of(0);
        }
        need(2 * count);
        long small = 0;
        BigInteger big = null;
        int d = 0;
        for (int k = 0; k < count; k++) {
            d = (buf[pos] & 0xFF) | (buf[pos + 1] & 0xFF) << 8;
            pos += 2;
            if (d > 0x7FFF) {
                throw Errors.valueError("bad marshal data (digit out of range in long)");
            }
            if (k < 4) {
                small |= (long) d << (15 * k);
            } else {
                if (big == null) {
                    big = BigInteger.valueOf(small);
                }
                big = big.or(BigInteger.valueOf(d).shiftLeft(15 * k));
            }
        }
        if (d == 0) {
            throw Errors.valueError("bad marshal data (unnormalized long data)");
        }
        if (big == null) {
            return PyInt.of(n < 0 ? -small : small);
        }
        return PyInt.of(n < 0 ? big.negate() : big);
    }

    private double textFloat() {
        int n = readByte();
        byte[] b = readBytes(n);
        PyObject f = Abstract.call(PyFloat.TYPE, new PyObject[] {PyStr.of(new String(b,
                java.nio.charset.StandardCharsets.ISO_8859_1))}, null);
        return ((PyFloat) f).value();
    }

    private PyStr latin1(int n) {
        need(n);
        char[] c = new char[n];
        for (int k = 0; k < n; k++) {
            c[k] = (char) (buf[pos + k] & 0xFF);
        }
        pos += n;
        return PyStr.of(new String(c));
    }

    /** UTF-8 with "surrogatepass"; errors are those of {@code bytes.decode}. */
    private static String decodeUtf8(byte[] b) {
        boolean ascii = true;
        for (byte x : b) {
            if (x < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        PyObject s = Abstract.call(PyStr.TYPE, new PyObject[] {new PyBytes(b), PyStr.of("utf-8"),
                PyStr.of("surrogatepass")}, null);
        return ((PyStr) s).value();
    }
}
