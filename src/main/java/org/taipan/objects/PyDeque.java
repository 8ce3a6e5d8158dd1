package org.taipan.objects;

/**
 * {@code collections.deque}: a ring buffer (capacity a power of two) with an optional maximum
 * length. {@code state} counts mutations so that iterators can raise "deque mutated during
 * iteration" as CPython's do. Registered by the {@code _collections} module
 * ({@code modules.CollectionsModule}).
 */
public class PyDeque extends PyObject {
    private static final ArgParser INIT = ArgParser.clinic("deque", "iterable=(), maxlen=None");
    private static final ArgParser INDEX = ArgParser.unpack("index", 1, 3);
    private static final ArgParser INSERT = ArgParser.unpack("insert", 2, 2);
    private static final ArgParser ROTATE = ArgParser.unpack("rotate", 0, 1);

    public static final PyType TYPE = PyType.builtin("collections.deque", PyDeque.class, PyType.OBJECT,
            PyType.BASETYPE, t -> {
                t.tpNew = (type, args, kw) -> type == PyDeque.TYPE ? new PyDeque() : new Derived.Deque(type);
                t.init = (self, args, kw) -> ((PyDeque) self).init(args, kw);
                t.repr = self -> ((PyDeque) self).repr();
                t.hash = null;
                t.length = self -> ((PyDeque) self).size;
                t.bool = self -> ((PyDeque) self).size != 0;
                t.iter = self -> new Iter((PyDeque) self, false);
                t.contains = (self, x) -> ((PyDeque) self).indexOf(x, 0, Long.MAX_VALUE) >= 0;
                t.getitem = (self, key) -> {
                    PyDeque d = (PyDeque) self;
                    return d.items[d.slot(d.checkedIndex(key))];
                };
                t.setitem = (self, key, value) -> {
                    PyDeque d = (PyDeque) self;
                    int i = d.checkedIndex(key);
                    if (value == null) {
                        d.delete(i);
                    } else {
                        d.items[d.slot(i)] = value;
                    }
                };
                t.richCompare = (v, w, op) -> {
                    if (!(v instanceof PyDeque a) || !(w instanceof PyDeque b)) {
                        return PyNotImplemented.INSTANCE;
                    }
                    return Seq.compare(a::getOrNull, b::getOrNull, a.size, b.size, op);
                };
                t.nb[NumberOp.ADD.ordinal()] = Seq.sequenceSlot((v, w) -> {
                    if (!(v instanceof PyDeque a)) {
                        return PyNotImplemented.INSTANCE;
                    }
                    if (!(w instanceof PyDeque)) {
                        throw Errors.typeError("can only concatenate deque (not \"" + w.type().name() + "\") to deque");
                    }
                    PyDeque r = a.copy();
                    r.extend(w);
                    return r;
                });
                t.nb[NumberOp.MULTIPLY.ordinal()] = Seq.sequenceSlot((v, w) -> Seq.repeat(v, w,
                        o -> o instanceof PyDeque, (d, n) -> {
                            PyDeque r = ((PyDeque) d).copy();
                            r.repeatInPlace(n);
                            return r;
                        }, NumberOp.MULTIPLY));
                t.nb[NumberOp.INPLACE_ADD.ordinal()] = Seq.sequenceSlot((v, w) -> {
                    ((PyDeque) v).extend(w);
                    return v;
                });
                t.nb[NumberOp.INPLACE_MULTIPLY.ordinal()] = Seq.sequenceSlot((v, w) -> Seq.repeat(v, w,
                        o -> o instanceof PyDeque, (d, n) -> {
                            ((PyDeque) d).repeatInPlace(n);
                            return d;
                        }, NumberOp.INPLACE_MULTIPLY));
            }, PyDeque::methods);

    private PyObject[] items = new PyObject[8];
    private int head, size;
    private long maxlen = -1; // -1: unbounded
    private long state;

    public PyDeque() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    private static void methods(PyType t) {
        t.method("append", (self, x) -> {
            ((PyDeque) self).append(x);
            return PyNone.INSTANCE;
        });
        t.method("appendleft", (self, x) -> {
            ((PyDeque) self).appendLeft(x);
            return PyNone.INSTANCE;
        });
        t.method("pop", self -> ((PyDeque) self).pop());
        t.method("popleft", self -> ((PyDeque) self).popLeft());
        t.method("extend", (self, x) -> {
            ((PyDeque) self).extend(x);
            return PyNone.INSTANCE;
        });
        t.method("extendleft", (self, x) -> {
            PyDeque d = (PyDeque) self;
            for (PyObject v : org.taipan.objects.Iter.toArray(x == d ? PyList.wrap(d.toArray()) : x)) {
                d.appendLeft(v);
            }
            return PyNone.INSTANCE;
        });
        t.method("clear", self -> {
            ((PyDeque) self).clear();
            return PyNone.INSTANCE;
        });
        t.method("copy", self -> ((PyDeque) self).copy());
        t.method("__copy__", self -> ((PyDeque) self).copy());
        t.method("count", (self, x) -> {
            PyDeque d = (PyDeque) self;
            long start = d.state, n = 0;
            for (int i = 0; i < d.size; i++) {
                if (Abstract.richCompareBool(d.items[d.slot(i)], x, CompareOp.EQ)) {
                    n++;
                }
                d.checkState(start);
            }
            return PyInt.of(n);
        });
        t.method("index", (self, args, start, kw) -> {
            PyObject[] a = INDEX.bind(args, start, kw);
            PyDeque d = (PyDeque) self;
            long from = a[1] == null ? 0 : bound(a[1], d.size), to = a[2] == null ? d.size : bound(a[2], d.size);
            long i = d.indexOf(a[0], from, to);
            if (i < 0) {
                throw Errors.valueError(Abstract.repr(a[0]) + " is not in deque");
            }
            return PyInt.of(i);
        });
        t.method("insert", (self, args, start, kw) -> {
            PyObject[] a = INSERT.bind(args, start, kw);
            ((PyDeque) self).insert(Seq.asSsize(a[0]), a[1]);
            return PyNone.INSTANCE;
        });
        t.method("remove", (self, x) -> {
            PyDeque d = (PyDeque) self;
            long i = d.indexOf(x, 0, d.size);
            if (i < 0) {
                throw Errors.valueError(Abstract.repr(x) + " is not in deque");
            }
            d.delete((int) i);
            return PyNone.INSTANCE;
        });
        t.method("reverse", self -> {
            PyDeque d = (PyDeque) self;
            for (int i = 0, j = d.size - 1; i < j; i++, j--) {
                PyObject tmp = d.items[d.slot(i)];
                d.items[d.slot(i)] = d.items[d.slot(j)];
                d.items[d.slot(j)] = tmp;
            }
            d.state++;
            return PyNone.INSTANCE;
        });
        t.method("rotate", (self, args, start, kw) -> {
            PyObject[] a = ROTATE.bind(args, start, kw);
            ((PyDeque) self).rotate(a[0] == null ? 1 : Seq.asSsize(a[0]));
            return PyNone.INSTANCE;
        });
        t.method("__reversed__", self -> new Iter((PyDeque) self, true));
        t.method("__reduce__", self -> {
            PyDeque d = (PyDeque) self;
            PyObject args = d.maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, PyInt.of(d.maxlen));
            PyDict dict = d.instanceDict();
            PyObject state = dict == null || dict.size() == 0 ? PyNone.INSTANCE : dict;
            return PyTuple.of(d.type(), args, state, new Iter(d, false));
        });
        PyGetSetDescr.getter(t, "maxlen", self -> {
            long m = ((PyDeque) self).maxlen;
            return m < 0 ? PyNone.INSTANCE : PyInt.of(m);
        });
        t.dict().setItem(PyStr.of("__class_getitem__"), PyGenericAlias.classGetitem(t));
    }

    private static long bound(PyObject o, int size) {
        long i = Seq.asSize(o, null);
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        return Math.min(i, size);
    }

    private void init(PyObject[] args, String[] kw) {
        PyObject[] a = INIT.bind(args, 0, kw);
        long m = -1;
        if (a[1] != null && a[1] != PyNone.INSTANCE) {
            if (!(a[1] instanceof PyInt)) {
                throw Errors.typeError("an integer is required");
            }
            m = Seq.asSsize(a[1]);
            if (m < 0) {
                throw Errors.valueError("maxlen must be non-negative");
            }
        }
        maxlen = m;
        if (size > 0) {
            clear();
        }
        if (a[0] != null) {
            extend(a[0]);
        }
    }

    // ---- the ring

    private int slot(int i) {
        return (head + i) & (items.length - 1);
    }

    PyObject getOrNull(int i) {
        return i < size ? items[slot(i)] : null;
    }

    private void grow() {
        PyObject[] n = new PyObject[items.length * 2];
        for (int i = 0; i < size; i++) {
            n[i] = items[slot(i)];
        }
        items = n;
        head = 0;
    }

    public PyObject[] toArray() {
        PyObject[] out = new PyObject[size];
        for (int i = 0; i < size; i++) {
            out[i] = items[slot(i)];
        }
        return out;
    }

    public final int size() {
        return size;
    }

    public final void append(PyObject x) {
        state++;
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popLeft();
        }
        if (size == items.length) {
            grow();
        }
        items[slot(size)] = x;
        size++;
    }

    public final void appendLeft(PyObject x) {
        state++;
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            pop();
        }
        if (size == items.length) {
            grow();
        }
        head = (head - 1) & (items.length - 1);
        items[head] = x;
        size++;
    }

    public final PyObject pop() {
        if (size == 0) {
            throw Errors.indexError("pop from an empty deque");
        }
        state++;
        int s = slot(size - 1);
        PyObject v = items[s];
        items[s] = null;
        size--;
        return v;
    }

    public final PyObject popLeft() {
        if (size == 0) {
            throw Errors.indexError("pop from an empty deque");
        }
        state++;
        PyObject v = items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        return v;
    }

    public final void extend(PyObject iterable) {
        if (iterable == this) {
            iterable = PyList.wrap(toArray());
        }
        PyObject it = org.taipan.objects.Iter.of(iterable);
        Slot.Next next = it.type().next;
        for (PyObject v = next.call(it); v != null; v = next.call(it)) {
            append(v);
        }
    }

    public final void clear() {
        state++;
        items = new PyObject[8];
        head = 0;
        size = 0;
    }

    private void checkState(long start) {
        if (state != start) {
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "deque mutated during iteration");
        }
    }

    private long indexOf(PyObject x, long from, long to) {
        long start = state;
        for (long i = from; i < Math.min(to, size); i++) {
            if (Abstract.richCompareBool(items[slot((int) i)], x, CompareOp.EQ)) {
                return i;
            }
            checkState(start);
        }
        return -1;
    }

    private int checkedIndex(PyObject key) {
        if (!Seq.hasIndex(key)) {
            throw Errors.typeError("sequence index must be integer, not '" + key.type().name() + "'");
        }
        long i = Seq.itemIndex(key, size);
        if (i < 0 || i >= size) {
            throw Errors.indexError("deque index out of range");
        }
        return (int) i;
    }

    private void delete(int i) {
        rotate(-i);
        popLeft();
        rotate(i);
    }

    private void insert(long index, PyObject x) {
        if (size == maxlen) {
            throw Errors.indexError("deque already at its maximum size");
        }
        long i = index < 0 ? Math.max(0, index + size) : Math.min(index, size);
        if (i == size) {
            append(x);
            return;
        }
        rotate(-i);
        appendLeft(x);
        rotate(i);
    }

    /** Moves the last n items to the front (n < 0: the first -n to the back), in min(n, size - n) steps. */
    private void rotate(long n) {
        state++;
        if (size <= 1) {
            return;
        }
        long k = Math.floorMod(n, (long) size);
        if (k == 0) {
            return;
        }
        if (size == items.length) {
            grow();
        }
        int mask = items.length - 1;
        if (k <= size / 2) {
            for (long j = 0; j < k; j++) {
                int last = slot(size - 1);
                head = (head - 1) & mask;
                items[head] = items[last];
                items[last] = null;
            }
        } else {
            for (long j = 0; j < size - k; j++) {
                items[slot(size)] = items[head];
                items[head] = null;
                head = (head + 1) & mask;
            }
        }
    }

    private void repeatInPlace(long n) {
        if (n <= 0 || size == 0) {
            clear();
            return;
        }
        PyObject[] one = toArray();
        long total = maxlen >= 0 ? Math.min(maxlen, n * one.length) : n * (long) one.length;
        if (total / n != one.length && maxlen < 0 || total > Integer.MAX_VALUE - 8) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
        }
        for (long j = 1; j < n && (maxlen < 0 || j * one.length < maxlen + one.length); j++) {
            for (PyObject v : one) {
                append(v);
            }
        }
    }

    /** {@code d.copy()}: a deque for exact deques, else {@code type(d)(d[, maxlen])}. */
    private PyDeque copy() {
        if (type() == TYPE) {
            PyDeque r = new PyDeque();
            r.maxlen = maxlen;
            for (int i = 0; i < size; i++) {
                r.append(items[slot(i)]);
            }
            return r;
        }
        PyObject[] args = maxlen < 0 ? new PyObject[] {this} : new PyObject[] {this, PyInt.of(maxlen)};
        PyObject r = Abstract.call(type(), args, null);
        if (!(r instanceof PyDeque d)) {
            throw Errors.typeError(type().name() + "() must return a deque, not " + r.type().name());
        }
        return d;
    }

    private PyStr repr() {
        String name = type().isHeapType() ? type().name() : "deque";
        if (!Seq.reprEnter(this)) {
            return PyStr.of("[...]");
        }
        try {
            StringBuilder sb = new StringBuilder(name).append("([");
            PyObject[] all = toArray();
            for (int i = 0; i < all.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(all[i]));
            }
            sb.append(']');
            if (maxlen >= 0) {
                sb.append(", maxlen=").append(maxlen);
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            Seq.reprLeave(this);
        }
    }

    /** {@code _collections._deque_iterator} and {@code _deque_reverse_iterator}. */
    static final class Iter extends PyObject {
        static final PyType FORWARD = iterType("_collections._deque_iterator");
        static final PyType REVERSE = iterType("_collections._deque_reverse_iterator");

        private static PyType iterType(String name) {
            return PyType.builtin(name, Iter.class, PyType.OBJECT, 0, t -> {
                t.iter = self -> self;
                t.next = self -> ((Iter) self).next();
            }, t -> t.method("__length_hint__", self -> PyInt.of(((Iter) self).left)));
        }

        private final PyDeque deque;
        private final boolean reverse;
        private final long state;
        private int index, left;

        Iter(PyDeque deque, boolean reverse) {
            this.deque = deque;
            this.reverse = reverse;
            this.state = deque.state;
            this.left = deque.size;
            this.index = reverse ? deque.size - 1 : 0;
        }

        @Override
        public PyType type() {
            return reverse ? REVERSE : FORWARD;
        }

        private PyObject next() {
            if (deque.state != state) {
                left = 0;
                throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "deque mutated during iteration");
            }
            if (left == 0) {
                return null;
            }
            PyObject v = deque.items[deque.slot(index)];
            index += reverse ? -1 : 1;
            left--;
            return v;
        }
    }
}
