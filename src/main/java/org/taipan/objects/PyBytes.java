package org.taipan.objects;

import org.taipan.util.PyRepr;

/** {@code bytes}: an immutable byte array; the shared operations live in {@link BytesOps}. */
public class PyBytes extends PyObject {
    private static final ArgParser NEW_ARGS = ArgParser.clinic("bytes", "source=<unrepresentable>, encoding=<unrepresentable>, errors=<unrepresentable>");
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    public static final PyType TYPE = PyType.builtin("bytes", PyBytes.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.repr = self -> PyStr.of(PyRepr.bytes(((PyBytes) self).data));
        t.str = t.repr;
        t.hash = self -> ((PyBytes) self).pyHash();
        t.length = self -> ((PyBytes) self).data.length;
        t.richCompare = (v, w, op) -> {
            if (!(v instanceof PyBytes a) || !(w instanceof PyBytes b)) {
                return PyNotImplemented.INSTANCE;
            }
            return BytesOps.compareResult(BytesOps.compare(a.data, a.data.length, b.data, b.data.length), op);
        };
        t.iter = self -> new PyBytesIterator(self);
        t.getitem = PyBytes::getItem;
        t.contains = (self, x) -> BytesOps.contains(((PyBytes) self).data, ((PyBytes) self).data.length, x);
        t.nb[NumberOp.ADD.ordinal()] = Seq.sequenceSlot(PyBytes::concat);
        t.nb[NumberOp.MULTIPLY.ordinal()] = Seq.sequenceSlot((v, w) -> Seq.repeat(v, w, o -> o instanceof PyBytes,
                (b, n) -> new PyBytes(BytesOps.repeat(((PyBytes) b).data, n)), NumberOp.MULTIPLY));
        t.nb[NumberOp.REMAINDER.ordinal()] = (v, w) -> v instanceof PyBytes b
                ? new PyBytes(PercentFormat.formatBytes(b.data, w)) : PyNotImplemented.INSTANCE;
        t.tpNew = (type, args, kwnames) -> {
            PyBytes b = (PyBytes) construct(args, kwnames);
            return type == PyBytes.TYPE ? b : new Derived.Bytes(type, b.data);
        };
    }, t -> {
        BytesMethods.define(t, self -> ((PyBytes) self).data, PyBytes::new);
        t.method("__getnewargs__", self -> PyTuple.of(new PyBytes(((PyBytes) self).data)));
        t.method("__bytes__", self -> self.getClass() == PyBytes.class ? self : new PyBytes(((PyBytes) self).data));
    });

    private static PyObject construct(PyObject[] args, String[] kwnames) {
            PyObject[] a = NEW_ARGS.bind(args, 0, kwnames);
            if (a[0] instanceof PyBytes b && b.type() == PyBytes.TYPE && a[1] == null && a[2] == null) {
                return b;
            }
            if (a[0] != null && a[1] == null && a[2] == null && !(a[0] instanceof PyStr)) {
                PyObject conv = a[0].type().lookup("__bytes__");
                if (conv != null) {
                    PyObject r = Abstract.callBound(conv, a[0]);
                    if (!(r instanceof PyBytes)) {
                        throw Errors.typeError("__bytes__ returned non-bytes (type " + r.type().name() + ")");
                    }
                    return r;
                }
            }
            return new PyBytes(BytesOps.fromSource(a[0], a[1], a[2], true));
    }

    private final byte[] data;
    private long hash = -1;

    /** Takes ownership of {@code data}. */
    public PyBytes(byte[] data) {
        this.data = data;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The bytes themselves: callers must not modify the array. */
    byte[] data() {
        return data;
    }

    public byte[] toByteArray() {
        return data.clone();
    }

    public int size() {
        return data.length;
    }

    public byte byteAt(int i) {
        return data[i];
    }

    private long pyHash() {
        if (hash == -1) {
            hash = SipHash.hashBytes(data, data.length);
        }
        return hash;
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        byte[] d = ((PyBytes) self).data;
        if (key instanceof PySlice s) {
            return new PyBytes(BytesOps.slice(d, s));
        }
        if (!Seq.hasIndex(key)) {
            throw Errors.typeError("byte indices must be integers or slices, not " + key.type().name());
        }
        long i = Seq.itemIndex(key, d.length);
        if (i < 0 || i >= d.length) {
            throw Errors.indexError("index out of range");
        }
        return PyInt.of(d[(int) i] & 0xff);
    }

    /** {@code bytes + x}: the other operand's own slot first, then any bytes-like object. */
    static PyObject concat(PyObject v, PyObject w) {
        byte[] a = BytesOps.bytesOrNull(v);
        if (a == null) {
            return PyNotImplemented.INSTANCE;
        }
        PyObject r = Seq.tryOther(v, w, NumberOp.ADD);
        if (r != PyNotImplemented.INSTANCE) {
            return r;
        }
        byte[] b = BytesOps.bytesOrNull(w);
        if (b == null) {
            throw Errors.typeError("can't concat " + w.type().name() + " to " + v.type().name());
        }
        byte[] out = BytesOps.concat(a, b);
        return v instanceof PyBytes ? new PyBytes(out) : new PyByteArray(out);
    }
}
