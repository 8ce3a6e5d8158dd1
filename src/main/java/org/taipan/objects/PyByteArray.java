package org.taipan.objects;

import java.util.Arrays;
import org.taipan.util.PyRepr;

/** {@code bytearray}: a mutable, growable byte array. */
public class PyByteArray extends PyObject {
    private static final ArgParser INIT_ARGS = ArgParser.clinic("bytearray", "source=<unrepresentable>, encoding=<unrepresentable>, errors=<unrepresentable>");
    private static final ArgParser POP_ARGS = ArgParser.unpack("pop", 0, 1);
    private static final ArgParser INSERT_ARGS = ArgParser.unpack("insert", 2, 2);

    public static final PyType TYPE = PyType.builtin("bytearray", PyByteArray.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.repr = self -> PyStr.of(self.type().name() + "(" + repr(((PyByteArray) self).toByteArray()) + ")");
        t.str = t.repr;
        t.hash = null;
        t.length = self -> ((PyByteArray) self).size;
        t.richCompare = (v, w, op) -> {
            byte[] a = BytesOps.bytesOrNull(v), b = BytesOps.bytesOrNull(w);
            if (a == null || b == null) {
                return PyNotImplemented.INSTANCE;
            }
            return BytesOps.compareResult(BytesOps.compare(a, a.length, b, b.length), op);
        };
        t.iter = self -> new PyBytesIterator(self);
        t.getitem = PyByteArray::getItem;
        t.setitem = PyByteArray::setItem;
        t.contains = (self, x) -> BytesOps.contains(((PyByteArray) self).data, ((PyByteArray) self).size, x);
        t.nb[NumberOp.ADD.ordinal()] = Seq.sequenceSlot(PyBytes::concat);
        t.nb[NumberOp.MULTIPLY.ordinal()] = Seq.sequenceSlot((v, w) -> Seq.repeat(v, w, o -> o instanceof PyByteArray,
                (b, n) -> new PyByteArray(BytesOps.repeat(((PyByteArray) b).toByteArray(), n)), NumberOp.MULTIPLY));
        t.nb[NumberOp.INPLACE_ADD.ordinal()] = Seq.sequenceSlot((v, w) -> {
            if (!(v instanceof PyByteArray ba)) {
                return PyNotImplemented.INSTANCE;
            }
            PyObject r = Seq.tryOther(v, w, NumberOp.ADD);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
            byte[] b = BytesOps.bytesOrNull(w);
            if (b == null) {
                throw Errors.typeError("can't concat " + w.type().name() + " to bytearray");
            }
            ba.insertBytes(ba.size, b);
            return ba;
        });
        t.nb[NumberOp.INPLACE_MULTIPLY.ordinal()] = Seq.sequenceSlot((v, w) -> Seq.repeat(v, w,
                o -> o instanceof PyByteArray, (b, n) -> {
                    PyByteArray ba = (PyByteArray) b;
                    byte[] r = BytesOps.repeat(ba.toByteArray(), n);
                    ba.data = r;
                    ba.size = r.length;
                    return ba;
                }, NumberOp.INPLACE_MULTIPLY));
        t.nb[NumberOp.REMAINDER.ordinal()] = (v, w) -> v instanceof PyByteArray b
                ? new PyByteArray(PercentFormat.formatBytes(b.toByteArray(), w)) : PyNotImplemented.INSTANCE;
        t.tpNew = (type, args, kwnames) -> {
            return type == PyByteArray.TYPE ? new PyByteArray(new byte[0]) : new Derived.ByteArray(type);
        };
        t.init = (self, args, kwnames) -> {
            PyObject[] a = INIT_ARGS.bind(args, 0, kwnames);
            byte[] b = BytesOps.fromSource(a[0], a[1], a[2], false);
            ((PyByteArray) self).data = b;
            ((PyByteArray) self).size = b.length;
        };
    }, t -> {
        BytesMethods.define(t, self -> ((PyByteArray) self).toByteArray(), PyByteArray::new);
        t.method("__reduce_ex__", (self, proto) -> reduce(self, Seq.index(proto).intValueExact()));
        t.method("__reduce__", self -> reduce(self, 0));
        t.method("append", (self, x) -> {
            PyByteArray ba = (PyByteArray) self;
            ba.insertBytes(ba.size, new byte[] {(byte) BytesOps.byteValue(x)});
            return PyNone.INSTANCE;
        });
        t.method("extend", (self, x) -> {
            PyByteArray ba = (PyByteArray) self;
            byte[] b = BytesOps.bytesOrNull(x);
            if (b == null) {
                if (x instanceof PyStr s) { // iterating a str yields strs, which are not ints
                    if (s.length() > 0) {
                        throw Errors.typeError("'str' object cannot be interpreted as an integer");
                    }
                    return PyNone.INSTANCE;
                }
                if (x.type().iter == null && x.type().getitem == null) {
                    throw Errors.typeError("can't extend bytearray with " + x.type().name());
                }
                b = BytesOps.fromSource(x, null, null, false);
            }
            ba.insertBytes(ba.size, b);
            return PyNone.INSTANCE;
        });
        t.method("insert", (self, args, start, kw) -> {
            Seq.noKeywords("bytearray.insert", kw);
            PyObject[] a = INSERT_ARGS.bind(args, start, kw);
            PyByteArray ba = (PyByteArray) self;
            long i = Seq.asSize(a[0], null);
            int v = BytesOps.byteValue(a[1]);
            i = i < 0 ? Math.max(i + ba.size, 0) : Math.min(i, ba.size);
            ba.insertBytes((int) i, new byte[] {(byte) v});
            return PyNone.INSTANCE;
        });
        t.method("pop", (self, args, start, kw) -> {
            Seq.noKeywords("bytearray.pop", kw);
            PyObject[] a = POP_ARGS.bind(args, start, kw);
            PyByteArray ba = (PyByteArray) self;
            long i = a[0] == null ? -1 : Seq.asSize(a[0], ExceptionTypes.INDEX_ERROR);
            if (ba.size == 0) {
                throw Errors.indexError("pop from empty bytearray");
            }
            if (i < 0) {
                i += ba.size;
            }
            if (i < 0 || i >= ba.size) {
                throw Errors.indexError("pop index out of range");
            }
            int v = ba.data[(int) i] & 0xff;
            ba.removeRange((int) i, (int) i + 1);
            return PyInt.of(v);
        });
        t.method("remove", (self, x) -> {
            PyByteArray ba = (PyByteArray) self;
            int v = BytesOps.byteValue(x);
            for (int i = 0; i < ba.size; i++) {
                if ((ba.data[i] & 0xff) == v) {
                    ba.removeRange(i, i + 1);
                    return PyNone.INSTANCE;
                }
            }
            throw Errors.valueError("value not found in bytearray");
        });
        t.method("clear", self -> {
            ((PyByteArray) self).removeRange(0, ((PyByteArray) self).size);
            return PyNone.INSTANCE;
        });
        t.method("copy", self -> new PyByteArray(((PyByteArray) self).toByteArray()));
        t.method("reverse", self -> {
            PyByteArray ba = (PyByteArray) self;
            for (int i = 0, j = ba.size - 1; i < j; i++, j--) {
                byte tmp = ba.data[i];
                ba.data[i] = ba.data[j];
                ba.data[j] = tmp;
            }
            return PyNone.INSTANCE;
        });
    });

    private byte[] data;
    private int size;

    /** Takes ownership of {@code data}. */
    public PyByteArray(byte[] data) {
        this.data = data;
        this.size = data.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    public byte byteAt(int i) {
        return data[i];
    }

    /** The array itself, which may be longer than {@link #size()}; for memoryviews. */
    byte[] rawData() {
        return data;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(data, size);
    }

    private void insertBytes(int at, byte[] b) {
        if (size + b.length > data.length) {
            data = Arrays.copyOf(data, Math.max(size + b.length, size + (size >> 3) + 8));
        }
        System.arraycopy(data, at, data, at + b.length, size - at);
        System.arraycopy(b, 0, data, at, b.length);
        size += b.length;
    }

    private void removeRange(int lo, int hi) {
        System.arraycopy(data, hi, data, lo, size - hi);
        size -= hi - lo;
    }

    /** Like bytes' repr, except that a single quote is always escaped, even inside double quotes. */
    private static String repr(byte[] d) {
        String r = PyRepr.bytes(d);
        if (r.charAt(1) == '"') {
            r = "b\"" + r.substring(2, r.length() - 1).replace("'", "\\'") + "\"";
        }
        return r;
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        PyByteArray ba = (PyByteArray) self;
        if (key instanceof PySlice s) {
            return new PyByteArray(BytesOps.slice(ba.toByteArray(), s));
        }
        if (!Seq.hasIndex(key)) {
            throw Errors.typeError("bytearray indices must be integers or slices, not " + key.type().name());
        }
        long i = Seq.itemIndex(key, ba.size);
        if (i < 0 || i >= ba.size) {
            throw Errors.indexError("bytearray index out of range");
        }
        return PyInt.of(ba.data[(int) i] & 0xff);
    }

    private static void setItem(PyObject self, PyObject key, PyObject value) {
        PyByteArray ba = (PyByteArray) self;
        if (key instanceof PySlice s) {
            ba.setSlice(s, value);
            return;
        }
        if (!Seq.hasIndex(key)) {
            throw Errors.typeError("bytearray indices must be integers or slices, not " + key.type().name());
        }
        long i = Seq.itemIndex(key, ba.size);
        if (i < 0 || i >= ba.size) {
            throw Errors.indexError("bytearray index out of range");
        }
        if (value == null) {
            ba.removeRange((int) i, (int) i + 1);
        } else {
            ba.data[(int) i] = (byte) BytesOps.byteValue(value);
        }
    }

    private void setSlice(PySlice s, PyObject value) {
        byte[] repl = null;
        if (value != null) {
            repl = BytesOps.bytesOrNull(value);
            if (repl == null) {
                if (Seq.hasIndex(value) || value instanceof PyStr
                        || value.type().iter == null && value.type().getitem == null) {
                    throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                }
                repl = BytesOps.fromSource(value, null, null, false);
            }
        }
        PySlice.Bounds b = s.bounds(size);
        if (b.step() == 1) {
            int lo = (int) b.start(), hi = (int) Math.max(b.stop(), b.start());
            removeRange(lo, hi);
            if (repl != null) {
                insertBytes(lo, repl);
            }
            return;
        }
        if (repl == null) {
            long lo = b.step() > 0 ? b.start() : b.start() + b.step() * (b.length() - 1);
            long step = Math.abs(b.step());
            for (long k = b.length() - 1; k >= 0; k--) {
                removeRange((int) (lo + k * step), (int) (lo + k * step) + 1);
            }
            return;
        }
        if (repl.length != b.length()) {
            throw Errors.valueError("attempt to assign bytes of size " + repl.length + " to extended slice of size "
                    + b.length());
        }
        for (int k = 0; k < repl.length; k++) {
            data[(int) (b.start() + k * b.step())] = repl[k];
        }
    }

    /** Protocols below 3 rebuild from a latin-1 str (what Python 2 could read), later ones from bytes. */
    private static PyObject reduce(PyObject self, int proto) {
        byte[] b = ((PyByteArray) self).toByteArray();
        PyObject state = ObjectReduce.getstate(self);
        if (proto < 3) {
            String latin1 = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
            return PyTuple.of(self.type(), PyTuple.of(PyStr.of(latin1), PyStr.of("latin-1")), state);
        }
        return PyTuple.of(self.type(), b.length == 0 ? PyTuple.EMPTY : PyTuple.of(new PyBytes(b)), state);
    }
}
