package org.taipan.objects;

import java.util.Arrays;

/** {@code tuple}. */
public class PyTuple extends PyObject {
    private static final ArgParser NEW_ARGS = ArgParser.unpack("tuple", 0, 1);
    private static final ArgParser INDEX_ARGS = ArgParser.unpack("index", 1, 3);

    public static final PyType TYPE = PyType.builtin("tuple", PyTuple.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.repr = PyTuple::repr;
        t.length = self -> ((PyTuple) self).items.length;
        t.hash = PyTuple::hash;
        t.richCompare = (v, w, op) -> v instanceof PyTuple a && w instanceof PyTuple b
                ? Seq.compare(a.items, a.items.length, b.items, b.items.length, op) : PyNotImplemented.INSTANCE;
        t.iter = self -> new PyTupleIterator((PyTuple) self);
        t.getitem = PyTuple::getItem;
        t.contains = (self, x) -> ((PyTuple) self).indexOf(x, 0, Long.MAX_VALUE) >= 0;
        t.nb[NumberOp.ADD.ordinal()] = Seq.sequenceSlot((v, w) -> Seq.concat(v, w, o -> o instanceof PyTuple, "tuple",
                (a, b) -> ((PyTuple) a).concat((PyTuple) b), NumberOp.ADD));
        t.nb[NumberOp.MULTIPLY.ordinal()] = Seq.sequenceSlot((v, w) -> Seq.repeat(v, w, o -> o instanceof PyTuple,
                (a, n) -> ((PyTuple) a).repeat(n), NumberOp.MULTIPLY));
        t.tpNew = (type, args, kwnames) -> {
            Seq.noKeywords("tuple", kwnames);
            PyObject[] a = NEW_ARGS.bind(args, 0, kwnames);
            if (type != PyTuple.TYPE) {
                return new Derived.Tuple(type, a[0] == null ? new PyObject[0] : Iter.toArray(a[0]));
            }
            if (a[0] == null) {
                return PyTuple.EMPTY;
            }
            return a[0] instanceof PyTuple tup && tup.type() == PyTuple.TYPE ? tup : wrap(Iter.toArray(a[0]));
        };
    }, t -> {
        t.method("index", (self, args, start, kwnames) -> {
            Seq.noKeywords("tuple.index", kwnames);
            PyObject[] a = INDEX_ARGS.bind(args, start, kwnames);
            PyTuple tup = (PyTuple) self;
            int n = tup.items.length;
            long from = a[1] == null ? 0 : bound(a[1], n), to = a[2] == null ? Long.MAX_VALUE : bound(a[2], n);
            long i = tup.indexOf(a[0], from, to);
            if (i < 0) {
                throw Errors.valueError("tuple.index(x): x not in tuple");
            }
            return PyInt.of(i);
        });
        t.method("__getnewargs__", self -> PyTuple.of(PyTuple.of(((PyTuple) self).toArray())));
        t.method("count", (self, x) -> {
            long n = 0;
            for (PyObject item : ((PyTuple) self).items) {
                if (Abstract.richCompareBool(item, x, CompareOp.EQ)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
    });
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    private final PyObject[] items;

    PyTuple(PyObject[] items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items.clone());
    }

    /** Takes ownership of {@code items}: the caller must not change the array afterwards. */
    public static PyTuple wrap(PyObject[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public PyObject[] toArray() {
        return items.clone();
    }

    private static PyObject repr(PyObject self) {
        PyObject[] items = ((PyTuple) self).items;
        if (items.length == 0) {
            return PyStr.of("()");
        }
        return Seq.reprItems(self, i -> i < items.length ? items[i] : null, "(", items.length == 1 ? ",)" : ")", "(...)");
    }

    private static long bound(PyObject v, int size) {
        if (!Seq.hasIndex(v)) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        long i = Seq.asSize(v, null);
        return i < 0 ? Math.max(i + size, 0) : i;
    }

    private long indexOf(PyObject x, long from, long to) {
        for (long i = from; i < to && i < items.length; i++) {
            if (Abstract.richCompareBool(items[(int) i], x, CompareOp.EQ)) {
                return i;
            }
        }
        return -1;
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        PyObject[] items = ((PyTuple) self).items;
        if (key instanceof PySlice s) {
            PySlice.Bounds b = s.bounds(items.length);
            if (b.step() == 1 && b.length() == items.length && self.type() == PyTuple.TYPE) {
                return self;
            }
            PyObject[] out = new PyObject[(int) b.length()];
            for (int i = 0; i < out.length; i++) {
                out[i] = items[(int) (b.start() + i * b.step())];
            }
            return wrap(out);
        }
        if (!Seq.hasIndex(key)) {
            throw Seq.indicesError("tuple", key);
        }
        long i = Seq.itemIndex(key, items.length);
        if (i < 0 || i >= items.length) {
            throw Errors.indexError("tuple index out of range");
        }
        return items[(int) i];
    }

    private PyObject concat(PyTuple other) {
        if (other.items.length == 0 && type() == PyTuple.TYPE) {
            return this;
        }
        if (items.length == 0 && other.type() == PyTuple.TYPE) {
            return other;
        }
        PyObject[] out = Arrays.copyOf(items, items.length + other.items.length);
        System.arraycopy(other.items, 0, out, items.length, other.items.length);
        return wrap(out);
    }

    private PyObject repeat(long n) {
        if (n == 1 && type() == PyTuple.TYPE) {
            return this;
        }
        int len = Seq.repeatedLength(items.length, n);
        PyObject[] out = new PyObject[len];
        for (int i = 0; i < len; i += items.length) {
            System.arraycopy(items, 0, out, i, items.length);
        }
        return wrap(out);
    }

    /** CPython 3.11's tuple hash (an xxHash-style mix over the items' hashes). */
    private static long hash(PyObject self) {
        final long p1 = 0x9E3779B185EBCA87L, p2 = 0xC2B2AE3D27D4EB4FL, p5 = 0x27D4EB2F165667C5L;
        PyObject[] items = ((PyTuple) self).items;
        long acc = p5;
        for (PyObject item : items) {
            long lane = Abstract.hash(item);
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += items.length ^ (p5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    @Override
    public String toString() {
        return Arrays.toString(items);
    }
}
