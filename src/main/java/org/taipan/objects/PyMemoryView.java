package org.taipan.objects;

/**
 * {@code memoryview} over bytes and bytearray (and other memoryviews): a strided window on the
 * object's bytes, read and written in place, in one of the native struct formats of
 * {@link BufferFormat}. Slicing gives 1-D sub-views; {@code cast} can reshape to N dimensions,
 * which {@code tolist}, {@code tobytes} and comparisons handle.
 *
 * <p>Unlike CPython, a bytearray with live views may still be resized: without reference
 * counting a view nobody uses any more cannot be told from one still in use, and refusing the
 * resize would break programs that work on CPython. A view then reads the bytearray's current
 * bytes; indexes past its end raise IndexError.
 */
public final class PyMemoryView extends PyObject {
    private static final ArgParser CAST = ArgParser.clinic("cast", "format, shape=<unrepresentable>");
    private static final ArgParser TOBYTES = ArgParser.clinic("tobytes", "order='C'");

    public static final PyType TYPE = PyType.builtin("memoryview", PyMemoryView.class, PyType.OBJECT, 0, t -> {
        t.tpNew = (type, args, kwnames) -> {
            PyObject[] a = ArgParser.clinic("memoryview", "object").bind(args, 0, kwnames);
            return of(a[0]);
        };
        t.repr = self -> PyStr.of("<" + (((PyMemoryView) self).released ? "released " : "") + "memory at "
                + Ids.address(self) + ">");
        t.length = self -> {
            PyMemoryView m = ((PyMemoryView) self).live();
            if (m.shape.length == 0) {
                throw Errors.typeError("0-dim memory has no length");
            }
            return m.shape[0];
        };
        t.hash = PyMemoryView::hash;
        t.richCompare = PyMemoryView::richCompare;
        t.getitem = PyMemoryView::getItem;
        t.setitem = PyMemoryView::setItem;
        t.iter = self -> {
            PyMemoryView m = ((PyMemoryView) self).live();
            if (m.shape.length != 1) {
                throw new PyException(new PyBaseException(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                        PyTuple.of(PyStr.of("multi-dimensional sub-views are not implemented"))));
            }
            return new PySeqIter(self);
        };
    }, t -> {
        t.method("tobytes", (self, args, start, kw) -> {
            TOBYTES.bind(args, start, kw);
            return new PyBytes(((PyMemoryView) self).live().toBytes());
        });
        t.method("tolist", self -> ((PyMemoryView) self).live().toList(0, ((PyMemoryView) self).offset));
        t.method("hex", (self, args, start, kw) -> BytesOps.hex(((PyMemoryView) self).live().toBytes(), args, start, kw));
        t.method("release", self -> {
            ((PyMemoryView) self).released = true;
            return PyNone.INSTANCE;
        });
        t.method("toreadonly", self -> {
            PyMemoryView m = ((PyMemoryView) self).live().copy();
            m.readonly = true;
            return m;
        });
        t.method("cast", (self, args, start, kw) -> {
            PyObject[] a = CAST.bind(args, start, kw);
            return ((PyMemoryView) self).live().cast(a[0], a[1]);
        });
        t.method("__enter__", self -> ((PyMemoryView) self).live());
        t.method("__exit__", (self, args, start, kw) -> {
            ((PyMemoryView) self).released = true;
            return PyNone.INSTANCE;
        });
        PyGetSetDescr.getter(t, "obj", self -> ((PyMemoryView) self).live().obj);
        PyGetSetDescr.getter(t, "nbytes", self -> PyInt.of(((PyMemoryView) self).live().nbytes()));
        PyGetSetDescr.getter(t, "readonly", self -> PyBool.of(((PyMemoryView) self).live().readonly));
        PyGetSetDescr.getter(t, "itemsize", self -> PyInt.of(((PyMemoryView) self).live().itemsize));
        PyGetSetDescr.getter(t, "format", self -> PyStr.of(((PyMemoryView) self).live().format));
        PyGetSetDescr.getter(t, "ndim", self -> PyInt.of(((PyMemoryView) self).live().shape.length));
        PyGetSetDescr.getter(t, "shape", self -> ints(((PyMemoryView) self).live().shape));
        PyGetSetDescr.getter(t, "strides", self -> ints(((PyMemoryView) self).live().strides));
        PyGetSetDescr.getter(t, "suboffsets", self -> {
            ((PyMemoryView) self).live();
            return PyTuple.EMPTY;
        });
        PyGetSetDescr.getter(t, "c_contiguous", self -> PyBool.of(((PyMemoryView) self).live().isContiguous()));
        PyGetSetDescr.getter(t, "f_contiguous", self -> {
            PyMemoryView m = ((PyMemoryView) self).live();
            return PyBool.of(m.isContiguous() && m.shape.length <= 1);
        });
        PyGetSetDescr.getter(t, "contiguous", self -> PyBool.of(((PyMemoryView) self).live().isContiguous()));
    });

    /** The exporting object: a bytes or a bytearray. */
    private final PyObject obj;
    private boolean readonly;
    private boolean released;
    private String format = "B";
    private int itemsize = 1;
    /** Byte offset of the first item, item counts per dimension, byte steps per dimension. */
    private int offset;
    private int[] shape;
    private int[] strides;

    private PyMemoryView(PyObject obj, boolean readonly, int offset, int[] shape, int[] strides) {
        this.obj = obj;
        this.readonly = readonly;
        this.offset = offset;
        this.shape = shape;
        this.strides = strides;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code memoryview(o)}. */
    static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView m) {
            return m.live().copy();
        }
        if (o instanceof PyBytes b) {
            return new PyMemoryView(o, true, 0, new int[] {b.size()}, new int[] {1});
        }
        if (o instanceof PyByteArray b) {
            return new PyMemoryView(o, false, 0, new int[] {b.size()}, new int[] {1});
        }
        throw Errors.typeError("memoryview: a bytes-like object is required, not '" + o.type().name() + "'");
    }

    private PyMemoryView copy() {
        PyMemoryView m = new PyMemoryView(obj, readonly, offset, shape, strides);
        m.format = format;
        m.itemsize = itemsize;
        return m;
    }

    private PyMemoryView live() {
        if (released) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
        return this;
    }

    /** The exporter's current bytes (a bytearray's array may be longer than its size). */
    private byte[] backing() {
        return obj instanceof PyByteArray b ? b.rawData() : ((PyBytes) obj).data();
    }

    private int backingSize() {
        return obj instanceof PyByteArray b ? b.size() : ((PyBytes) obj).size();
    }

    private long nbytes() {
        long n = itemsize;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    private boolean isContiguous() {
        int expect = itemsize;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] > 1 && strides[d] != expect) {
                return false;
            }
            expect *= shape[d];
        }
        return true;
    }

    private static PyTuple ints(int[] a) {
        PyObject[] out = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = PyInt.of(a[i]);
        }
        return PyTuple.wrap(out);
    }

    /** The byte offset of item {@code i} of the first dimension, checked against the exporter's size. */
    private int itemOffset(long i) {
        int off = (int) (offset + i * strides[0]);
        if (off < 0 || off + itemsize > backingSize()) {
            throw Errors.indexError("index out of bounds on dimension 1");
        }
        return off;
    }

    private PyObject toList(int dim, int off) {
        if (shape.length == 0) {
            return unpackAt(off);
        }
        PyObject[] out = new PyObject[shape[dim]];
        for (int i = 0; i < out.length; i++) {
            int o = off + i * strides[dim];
            out[i] = dim + 1 < shape.length ? toList(dim + 1, o) : unpackAt(o);
        }
        return PyList.wrap(out);
    }

    private PyObject unpackAt(int off) {
        if (off < 0 || off + itemsize > backingSize()) {
            throw Errors.indexError("index out of bounds on dimension 1");
        }
        return BufferFormat.unpack(BufferFormat.code(format), backing(), off);
    }

    /** The bytes of the view in logical (C) order: what bytes(m) and the buffer protocol give. */
    byte[] toBytes() {
        live();
        long n = nbytes();
        byte[] out = new byte[(int) n];
        if (shape.length == 0) {
            System.arraycopy(backing(), offset, out, 0, itemsize);
            return out;
        }
        int[] pos = {0};
        copyOut(0, offset, out, pos);
        return out;
    }

    private void copyOut(int dim, int off, byte[] out, int[] pos) {
        byte[] src = backing();
        for (int i = 0; i < shape[dim]; i++) {
            int o = off + i * strides[dim];
            if (dim + 1 < shape.length) {
                copyOut(dim + 1, o, out, pos);
            } else {
                if (o < 0 || o + itemsize > backingSize()) {
                    throw Errors.indexError("index out of bounds on dimension 1");
                }
                System.arraycopy(src, o, out, pos[0], itemsize);
                pos[0] += itemsize;
            }
        }
    }

    private static PyException notImplemented() {
        return new PyException(new PyBaseException(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                PyTuple.of(PyStr.of("multi-dimensional sub-views are not implemented"))));
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        PyMemoryView m = ((PyMemoryView) self).live();
        if (key instanceof PySlice s) {
            if (m.shape.length != 1) {
                throw notImplemented();
            }
            PySlice.Bounds b = s.bounds(m.shape[0]);
            PyMemoryView r = m.copy();
            r.offset = (int) (m.offset + b.start() * m.strides[0]);
            r.shape = new int[] {(int) b.length()};
            r.strides = new int[] {(int) (m.strides[0] * b.step())};
            return r;
        }
        if (!Seq.hasIndex(key)) {
            throw Errors.typeError("memoryview: invalid slice key");
        }
        if (m.shape.length != 1) {
            throw m.shape.length == 0 ? Errors.typeError("invalid indexing of 0-dim memory") : notImplemented();
        }
        return m.unpackAt(m.itemOffset(m.index(key)));
    }

    private long index(PyObject key) {
        long i = Seq.asSsize(key);
        long n = shape[0];
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError("index out of bounds on dimension 1");
        }
        return i;
    }

    private static void setItem(PyObject self, PyObject key, PyObject value) {
        PyMemoryView m = ((PyMemoryView) self).live();
        if (m.readonly) {
            throw Errors.typeError("cannot modify read-only memory");
        }
        if (value == null) {
            throw Errors.typeError("cannot delete memory");
        }
        if (m.shape.length != 1) {
            throw notImplemented();
        }
        if (key instanceof PySlice) {
            PyMemoryView dst = (PyMemoryView) getItem(m, key);
            PyMemoryView src = of(value);
            if (src.shape.length != 1 || src.shape[0] != dst.shape[0]
                    || BufferFormat.code(src.format) != BufferFormat.code(dst.format)) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            byte[] data = src.toBytes(); // a copy first: the two may overlap
            byte[] out = dst.backing();
            for (int i = 0; i < dst.shape[0]; i++) {
                System.arraycopy(data, i * dst.itemsize, out, dst.itemOffset(i), dst.itemsize);
            }
            return;
        }
        if (!Seq.hasIndex(key)) {
            throw Errors.typeError("memoryview: invalid slice key");
        }
        int off = m.itemOffset(m.index(key));
        BufferFormat.pack(BufferFormat.code(m.format), value, m.backing(), off);
    }

    private PyObject cast(PyObject fmtArg, PyObject shapeArg) {
        if (!(fmtArg instanceof PyStr fs)) {
            throw Errors.typeError("cast() argument 'format' must be str, not " + Errors.argTypeName(fmtArg));
        }
        String f = fs.value();
        int size = BufferFormat.itemSize(f);
        if (size < 0) {
            throw Errors.valueError("memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        if (!isContiguous()) {
            throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        int[] newShape = null;
        if (shapeArg != null) {
            if (!(shapeArg instanceof PyList || shapeArg instanceof PyTuple)) {
                throw Errors.typeError("shape must be a list or a tuple");
            }
            PyObject[] dims = Iter.toArray(shapeArg);
            if (shape.length != 1 && dims.length != 1) {
                throw Errors.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
            }
            newShape = new int[dims.length];
            for (int i = 0; i < dims.length; i++) {
                long d = Seq.asSsize(dims[i]);
                if (d <= 0) {
                    throw Errors.valueError("memoryview.cast(): elements of shape must be integers > 0");
                }
                newShape[i] = (int) d;
            }
        }
        if (!BufferFormat.isByteFormat(format) && !BufferFormat.isByteFormat(f)) {
            throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        long n = nbytes();
        if (newShape == null) {
            if (n % size != 0) {
                throw Errors.typeError("memoryview: length is not a multiple of itemsize");
            }
            newShape = new int[] {(int) (n / size)};
        } else {
            long p = size;
            for (int d : newShape) {
                p *= d;
            }
            if (p != n) {
                throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        PyMemoryView r = copy();
        r.format = f;
        r.itemsize = size;
        r.shape = newShape;
        r.strides = new int[newShape.length];
        int stride = size;
        for (int d = newShape.length - 1; d >= 0; d--) {
            r.strides[d] = stride;
            stride *= newShape[d];
        }
        return r;
    }

    private static long hash(PyObject self) {
        PyMemoryView m = ((PyMemoryView) self).live();
        if (!m.readonly) {
            throw Errors.valueError("cannot hash writable memoryview object");
        }
        if (!BufferFormat.isByteFormat(m.format)) {
            throw Errors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        }
        return Abstract.hash(new PyBytes(m.toBytes()));
    }

    /** == and != compare shapes and the unpacked values; other operators are not supported. */
    private static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.INSTANCE;
        }
        PyMemoryView a = (PyMemoryView) v;
        boolean eq;
        if (v == w) {
            eq = true;
        } else if (a.released || w instanceof PyMemoryView m && m.released) {
            eq = false;
        } else if (w instanceof PyMemoryView || w instanceof PyBytes || w instanceof PyByteArray) {
            PyMemoryView b = of(w);
            eq = java.util.Arrays.equals(a.shape, b.shape)
                    && Abstract.richCompareBool(a.toList(0, a.offset), b.toList(0, b.offset), CompareOp.EQ);
        } else {
            return PyNotImplemented.INSTANCE;
        }
        return PyBool.of(eq == (op == CompareOp.EQ));
    }
}
