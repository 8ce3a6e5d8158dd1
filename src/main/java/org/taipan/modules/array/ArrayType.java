package org.taipan.modules.array;

import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.Ids;
import org.taipan.objects.Iter;
import org.taipan.objects.NumberOp;
import org.taipan.objects.PyByteArray;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyNotImplemented;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;
import org.taipan.objects.TextAccess;

/** The {@code array} module and the {@code array.array} type's slots and methods. */
public final class ArrayType {
    private ArrayType() {}

    private static final ArgParser NEW = ArgParser.clinic("array", "typecode, initializer=<unrepresentable>, /");
    private static final ArgParser INDEX = ArgParser.unpack("index", 1, 3);
    private static final ArgParser POP = ArgParser.unpack("pop", 0, 1);
    private static final ArgParser INSERT = ArgParser.unpack("insert", 2, 2);
    private static final ArgParser FROMFILE = ArgParser.unpack("fromfile", 2, 2);

    public static final PyType TYPE = PyType.builtin("array.array", PyArray.class, PyType.OBJECT, 0, t -> {
        t.tpNew = (type, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("array.array() takes no keyword arguments");
            }
            PyObject[] a = NEW.bind(args, 0, kw);
            return create(a[0], a[1]);
        };
        t.repr = self -> PyStr.of(((PyArray) self).repr());
        t.hash = null;
        t.length = self -> ((PyArray) self).length;
        t.getitem = (self, key) -> ((PyArray) self).getItem(key);
        t.setitem = (self, key, value) -> ((PyArray) self).setItem(key, value);
        t.contains = (self, v) -> ((PyArray) self).indexOf(v, 0, Long.MAX_VALUE) >= 0;
        t.iter = self -> new ArrayIterator((PyArray) self);
        t.richCompare = PyArray::compare;
        t.nb[NumberOp.ADD.ordinal()] = Seq.sequenceSlot((v, w) -> {
            if (!(v instanceof PyArray a)) {
                return PyNotImplemented.INSTANCE;
            }
            if (!(w instanceof PyArray b)) {
                throw Errors.typeError("can only append array (not \"" + w.type().name() + "\") to array");
            }
            if (a.typecode != b.typecode) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            PyArray r = a.copyRange(0, a.length);
            r.appendBytes(b.bytes(0, b.length));
            return r;
        });
        t.nb[NumberOp.INPLACE_ADD.ordinal()] = Seq.sequenceSlot((v, w) -> {
            if (!(w instanceof PyArray b)) {
                throw Errors.typeError("can only extend array with array (not \"" + w.type().name() + "\")");
            }
            PyArray a = (PyArray) v;
            if (a.typecode != b.typecode) {
                throw Errors.typeError("can only extend with array of same kind");
            }
            a.appendBytes(b.bytes(0, b.length));
            return a;
        });
        t.nb[NumberOp.MULTIPLY.ordinal()] = Seq.sequenceSlot((v, w) -> {
            PyArray a = v instanceof PyArray x ? x : (PyArray) w;
            PyObject n = v instanceof PyArray ? w : v;
            if (!Seq.hasIndex(n)) {
                throw Errors.typeError("can't multiply sequence by non-int of type '" + n.type().name() + "'");
            }
            return repeat(a.copyRange(0, a.length), Seq.asSize(n, ExceptionTypes.OVERFLOW_ERROR));
        });
        t.nb[NumberOp.INPLACE_MULTIPLY.ordinal()] = Seq.sequenceSlot((v, w) -> {
            if (!Seq.hasIndex(w)) {
                throw Errors.typeError("can't multiply sequence by non-int of type '" + w.type().name() + "'");
            }
            return repeat((PyArray) v, Seq.asSize(w, ExceptionTypes.OVERFLOW_ERROR));
        });
    }, t -> {
        PyGetSetDescr.getter(t, "typecode", self -> PyStr.of(String.valueOf(((PyArray) self).typecode)));
        PyGetSetDescr.getter(t, "itemsize", self -> PyInt.of(((PyArray) self).itemsize));
        t.method("append", (self, v) -> {
            ((PyArray) self).append(v);
            return PyNone.INSTANCE;
        });
        t.method("extend", (self, v) -> {
            ((PyArray) self).extend(v);
            return PyNone.INSTANCE;
        });
        t.method("insert", (self, args, start, kw) -> {
            PyObject[] a = INSERT.bind(args, start, kw);
            ((PyArray) self).insert(Seq.asSsize(a[0]), a[1]);
            return PyNone.INSTANCE;
        });
        t.method("pop", (self, args, start, kw) -> {
            PyArray arr = (PyArray) self;
            PyObject[] a = POP.bind(args, start, kw);
            long i = a[0] == null ? -1 : Seq.asSsize(a[0]);
            if (arr.length == 0) {
                throw Errors.indexError("pop from empty array");
            }
            if (i < 0) {
                i += arr.length;
            }
            if (i < 0 || i >= arr.length) {
                throw Errors.indexError("pop index out of range");
            }
            PyObject v = arr.get((int) i);
            arr.replace((int) i, (int) i + 1, new byte[0]);
            return v;
        });
        t.method("remove", (self, v) -> {
            PyArray arr = (PyArray) self;
            int i = arr.indexOf(v, 0, Long.MAX_VALUE);
            if (i < 0) {
                throw Errors.valueError("array.remove(x): x not in array");
            }
            arr.replace(i, i + 1, new byte[0]);
            return PyNone.INSTANCE;
        });
        t.method("index", (self, args, start, kw) -> {
            PyArray arr = (PyArray) self;
            PyObject[] a = INDEX.bind(args, start, kw);
            long lo = a[1] == null ? 0 : clamp(Seq.asSize(a[1], null), arr.length);
            long hi = a[2] == null ? Long.MAX_VALUE : clamp(Seq.asSize(a[2], null), arr.length);
            int i = arr.indexOf(a[0], lo, hi);
            if (i < 0) {
                throw Errors.valueError("array.index(x): x not in array");
            }
            return PyInt.of(i);
        });
        t.method("count", (self, v) -> {
            PyArray arr = (PyArray) self;
            int n = 0;
            for (int i = 0; i < arr.length; i++) {
                if (Abstract.richCompareBool(arr.get(i), v, org.taipan.objects.CompareOp.EQ)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        t.method("reverse", self -> {
            PyArray arr = (PyArray) self;
            for (int i = 0, j = arr.length - 1; i < j; i++, j--) {
                byte[] x = arr.bytes(i, i + 1);
                System.arraycopy(arr.data, j * arr.itemsize, arr.data, i * arr.itemsize, arr.itemsize);
                System.arraycopy(x, 0, arr.data, j * arr.itemsize, arr.itemsize);
            }
            return PyNone.INSTANCE;
        });
        t.method("byteswap", self -> {
            ((PyArray) self).byteswap();
            return PyNone.INSTANCE;
        });
        t.method("buffer_info", self -> PyTuple.of(PyInt.of(Long.decode(Ids.address(self))), PyInt.of(((PyArray) self).length)));
        t.method("tobytes", self -> new PyBytes(((PyArray) self).bufferBytes()));
        t.method("frombytes", (self, b) -> {
            byte[] bytes = TextAccess.bytesOrNull(b);
            if (bytes == null) {
                throw Errors.typeError("a bytes-like object is required, not '" + b.type().name() + "'");
            }
            ((PyArray) self).appendBytes(bytes);
            return PyNone.INSTANCE;
        });
        t.method("tolist", self -> toList((PyArray) self));
        t.method("fromlist", (self, l) -> {
            if (!(l instanceof PyList list)) {
                throw Errors.typeError("arg must be list");
            }
            PyArray arr = (PyArray) self;
            PyArray tmp = new PyArray(arr.typecode, list.size());
            for (PyObject v : Iter.toArray(list)) {
                tmp.append(v);
            }
            arr.appendBytes(tmp.bufferBytes());
            return PyNone.INSTANCE;
        });
        t.method("tounicode", self -> {
            PyArray arr = (PyArray) self;
            if (arr.typecode != 'u') {
                throw Errors.valueError("tounicode() may only be called on unicode type arrays");
            }
            return PyStr.of(arr.unicode());
        });
        t.method("fromunicode", (self, s) -> {
            PyArray arr = (PyArray) self;
            if (!(s instanceof PyStr str)) {
                throw Errors.typeError("fromunicode() argument must be str, not " + s.type().name());
            }
            if (arr.typecode != 'u') {
                throw Errors.valueError("fromunicode() may only be called on unicode type arrays");
            }
            fromUnicode(arr, str.toString());
            return PyNone.INSTANCE;
        });
        t.method("tofile", (self, f) -> {
            Abstract.call(Abstract.getAttr(f, PyStr.of("write")), new PyObject[] {new PyBytes(((PyArray) self).bufferBytes())}, null);
            return PyNone.INSTANCE;
        });
        t.method("fromfile", (self, args, start, kw) -> {
            PyArray arr = (PyArray) self;
            PyObject[] a = FROMFILE.bind(args, start, kw);
            long n = Seq.asSsize(a[1]);
            if (n < 0) {
                throw Errors.valueError("negative count");
            }
            long want = n * arr.itemsize;
            PyObject got = Abstract.call(Abstract.getAttr(a[0], PyStr.of("read")), new PyObject[] {PyInt.of(want)}, null);
            if (!(got instanceof PyBytes b)) {
                throw Errors.typeError("read() didn't return bytes");
            }
            byte[] bytes = b.toByteArray();
            int whole = bytes.length / arr.itemsize * arr.itemsize;
            arr.appendBytes(java.util.Arrays.copyOf(bytes, whole));
            if (bytes.length != want) {
                throw Errors.of(ExceptionTypes.EOF_ERROR, "read() didn't return enough bytes");
            }
            return PyNone.INSTANCE;
        });
        t.method("__copy__", self -> ((PyArray) self).copyRange(0, ((PyArray) self).length));
        t.method("__deepcopy__", (self, memo) -> ((PyArray) self).copyRange(0, ((PyArray) self).length));
        t.method("__reduce_ex__", (self, proto) -> {
            PyArray arr = (PyArray) self;
            return PyTuple.of(ArrayType.TYPE, PyTuple.of(PyStr.of(String.valueOf(arr.typecode)), toList(arr)), PyNone.INSTANCE);
        });
    });

    private static long clamp(long i, int length) {
        return i < 0 ? Math.max(0, i + length) : i;
    }

    private static PyList toList(PyArray arr) {
        PyList l = new PyList();
        for (int i = 0; i < arr.length; i++) {
            l.append(arr.get(i));
        }
        return l;
    }

    private static void fromUnicode(PyArray arr, String s) {
        int[] cps = s.codePoints().toArray();
        byte[] b = new byte[cps.length * 4];
        for (int i = 0; i < cps.length; i++) {
            ArrayItems.put(b, i * 4, 4, cps[i]);
        }
        arr.appendBytes(b);
    }

    private static PyArray repeat(PyArray a, long n) {
        byte[] one = a.bufferBytes();
        if (n <= 0 || one.length == 0) {
            a.length = 0;
            return a;
        }
        if (a.length > (Integer.MAX_VALUE - 8) / a.itemsize / n) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
        }
        for (long k = 1; k < n; k++) {
            a.appendBytes(one);
        }
        return a;
    }

    private static PyArray create(PyObject tcArg, PyObject init) {
        if (!(tcArg instanceof PyStr s) || s.toString().codePointCount(0, s.toString().length()) != 1) {
            throw Errors.typeError("array() argument 1 must be a unicode character, not " + tcArg.type().name());
        }
        String tcs = s.toString();
        if (tcs.length() != 1 || ArrayItems.TYPECODES.indexOf(tcs.charAt(0)) < 0) {
            throw Errors.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        char tc = tcs.charAt(0);
        PyArray arr = new PyArray(tc, 0);
        if (init == null) {
            return arr;
        }
        if (init instanceof PyStr str) {
            if (tc != 'u') {
                throw Errors.typeError("cannot use a str to initialize an array with typecode '" + tc + "'");
            }
            fromUnicode(arr, str.toString());
        } else if (init instanceof PyArray other && other.typecode == 'u' && tc != 'u') {
            throw Errors.typeError("cannot use a unicode array to initialize an array with typecode '" + tc + "'");
        } else if (init instanceof PyBytes || init instanceof PyByteArray) {
            arr.appendBytes(TextAccess.bytesOrNull(init));
        } else if (init instanceof PyArray other && other.typecode == tc) {
            arr.appendBytes(other.bufferBytes());
        } else {
            PyObject it = Iter.of(init);
            for (PyObject v = Iter.next(it); v != null; v = Iter.next(it)) {
                arr.append(v);
            }
        }
        return arr;
    }

    public static PyModule createModule() {
        PyModule m = new PyModule("array", new PyDict());
        m.builtin = true;
        m.set("array", TYPE);
        m.set("ArrayType", TYPE);
        m.set("typecodes", PyStr.of(ArrayItems.TYPECODES));
        return m;
    }

    /** {@code arrayiterator}: an index into the live array. */
    static final class ArrayIterator extends PyObject {
        static final PyType TYPE = PyType.builtin("arrayiterator", ArrayIterator.class, PyType.OBJECT, 0, t -> {
            t.iter = self -> self;
            t.next = self -> {
                ArrayIterator it = (ArrayIterator) self;
                if (it.array == null || it.index >= it.array.length) {
                    it.array = null;
                    return null;
                }
                return it.array.get(it.index++);
            };
        }, null);

        private PyArray array;
        private int index;

        ArrayIterator(PyArray array) {
            this.array = array;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
