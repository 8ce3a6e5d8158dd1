package org.taipan.objects;

import java.util.Arrays;

/** {@code list}: a growable array. Every method reads the live size, since any call into Python may mutate it. */
public class PyList extends PyObject {
    private static final ArgParser INIT_ARGS = ArgParser.unpack("list", 0, 1);
    private static final ArgParser SORT_ARGS = ArgParser.clinic("sort", "*, key=None, reverse=False");
    private static final ArgParser INDEX_ARGS = ArgParser.unpack("index", 1, 3);
    private static final ArgParser POP_ARGS = ArgParser.unpack("pop", 0, 1);
    private static final ArgParser INSERT_ARGS = ArgParser.unpack("insert", 2, 2);
    private static final PyObject[] NONE = new PyObject[0];

    public static final PyType TYPE = PyType.builtin("list", PyList.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.repr = self -> {
            PyList l = (PyList) self;
            return l.size == 0 ? PyStr.of("[]") : Seq.reprItems(l, l::getOrNull, "[", "]", "[...]");
        };
        t.hash = null;
        t.length = self -> ((PyList) self).size;
        t.richCompare = PyList::richCompare;
        t.iter = self -> new PyListIterator((PyList) self, false);
        t.getitem = PyList::getItem;
        t.setitem = PyList::setItem;
        t.contains = (self, item) -> ((PyList) self).indexOf(item, 0, Long.MAX_VALUE) >= 0;
        t.nb[NumberOp.ADD.ordinal()] = Seq.sequenceSlot((v, w) -> Seq.concat(v, w, PyList::isList, "list",
                (a, b) -> ((PyList) a).concat((PyList) b), NumberOp.ADD));
        t.nb[NumberOp.MULTIPLY.ordinal()] = Seq.sequenceSlot((v, w) -> Seq.repeat(v, w, PyList::isList,
                (l, n) -> ((PyList) l).repeat(n), NumberOp.MULTIPLY));
        t.nb[NumberOp.INPLACE_ADD.ordinal()] = Seq.sequenceSlot(PyList::inplaceConcat);
        t.nb[NumberOp.INPLACE_MULTIPLY.ordinal()] = Seq.sequenceSlot((v, w) -> Seq.repeat(v, w, PyList::isList,
                (l, n) -> ((PyList) l).inplaceRepeat(n), NumberOp.INPLACE_MULTIPLY));
        t.tpNew = (type, args, kwnames) -> type == PyList.TYPE ? new PyList() : new Derived.List(type);
        t.init = (self, args, kwnames) -> {
            Seq.noKeywords("list", kwnames);
            PyObject[] a = INIT_ARGS.bind(args, 0, kwnames);
            PyList l = (PyList) self;
            l.clear();
            if (a[0] != null) {
                l.extend(a[0]);
            }
        };
    }, t -> {
        t.method("append", (self, x) -> {
            ((PyList) self).append(x);
            return PyNone.INSTANCE;
        });
        t.method("extend", (self, x) -> {
            ((PyList) self).extend(x);
            return PyNone.INSTANCE;
        });
        t.method("insert", (self, args, start, kwnames) -> {
            Seq.noKeywords("list.insert", kwnames);
            PyObject[] a = INSERT_ARGS.bind(args, start, kwnames);
            ((PyList) self).insert(Seq.asSsize(a[0]), a[1]);
            return PyNone.INSTANCE;
        });
        t.method("pop", (self, args, start, kwnames) -> {
            Seq.noKeywords("list.pop", kwnames);
            PyObject[] a = POP_ARGS.bind(args, start, kwnames);
            return ((PyList) self).pop(a[0] == null ? -1 : Seq.asSsize(a[0]));
        });
        t.method("remove", (self, x) -> {
            PyList l = (PyList) self;
            long i = l.indexOf(x, 0, Long.MAX_VALUE);
            if (i < 0) {
                throw Errors.valueError("list.remove(x): x not in list");
            }
            if (i < l.size) {
                l.removeRange((int) i, (int) i + 1);
            }
            return PyNone.INSTANCE;
        });
        t.method("index", (self, args, start, kwnames) -> {
            Seq.noKeywords("list.index", kwnames);
            PyObject[] a = INDEX_ARGS.bind(args, start, kwnames);
            PyList l = (PyList) self;
            long from = a[1] == null ? 0 : bound(a[1], l.size);
            long to = a[2] == null ? Long.MAX_VALUE : bound(a[2], l.size);
            long i = l.indexOf(a[0], from, to);
            if (i < 0) {
                throw Errors.valueError(Abstract.repr(a[0]) + " is not in list");
            }
            return PyInt.of(i);
        });
        t.method("count", (self, x) -> {
            PyList l = (PyList) self;
            long n = 0;
            for (int i = 0; i < l.size; i++) {
                if (Abstract.richCompareBool(l.items[i], x, CompareOp.EQ)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        t.method("clear", self -> {
            ((PyList) self).clear();
            return PyNone.INSTANCE;
        });
        t.method("copy", self -> ((PyList) self).slice(0, ((PyList) self).size));
        t.method("reverse", self -> {
            PyList l = (PyList) self;
            reverse(l.items, 0, l.size);
            return PyNone.INSTANCE;
        });
        t.method("sort", (self, args, start, kwnames) -> {
            PyObject[] a = SORT_ARGS.bind(args, start, kwnames);
            PyObject key = a[0] == PyNone.INSTANCE ? null : a[0];
            boolean reverse = a[1] != null && Seq.index(a[1]).signum() != 0;
            ((PyList) self).sort(key, reverse);
            return PyNone.INSTANCE;
        });
        t.method("__reversed__", self -> new PyListIterator((PyList) self, true));
    });

    private PyObject[] items;
    private int size;

    public PyList() {
        this.items = NONE;
    }

    private PyList(PyObject[] items, int size) {
        this.items = items;
        this.size = size;
    }

    /** Takes ownership of {@code items}: the caller must not change the array afterwards. */
    public static PyList wrap(PyObject[] items) {
        return new PyList(items, items.length);
    }

    public static PyList of(PyObject... items) {
        return new PyList(items.clone(), items.length);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static boolean isList(PyObject o) {
        return o instanceof PyList;
    }

    public final int size() {
        return size;
    }

    public final PyObject get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return items[i];
    }

    /** Replaces the item at {@code i} (which must exist). */
    public final void set(int i, PyObject v) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        items[i] = v;
    }

    /** {@code list.pop()}: removes and returns the last item; IndexError when empty. */
    public final PyObject popLast() {
        return pop(-1);
    }

    /** The item at {@code i}, or null if the list is (now) shorter. */
    final PyObject getOrNull(int i) {
        return i < size ? items[i] : null;
    }

    public final PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    public final void append(PyObject v) {
        if (v instanceof PyStr s) {
            s.compact();
        }
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = v;
    }

    private void grow(int min) {
        // CPython's over-allocation: newsize + newsize/8 + 6, rounded down to a multiple of 4
        long n = ((long) min + (min >> 3) + 6) & ~3L;
        if (n > Integer.MAX_VALUE - 8) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
        }
        items = Arrays.copyOf(items, (int) n);
    }

    public final void extend(PyObject iterable) {
        PyObject[] add;
        if (iterable instanceof PyList l && l.getClass() == PyList.class) {
            add = l.toArray(); // copy first: a.extend(a)
        } else if (iterable instanceof PyTuple t && t.getClass() == PyTuple.class) {
            add = t.toArray();
        } else {
            PyObject it = Iter.of(iterable);
            Iter.lengthHint(iterable, 8); // CPython asks (and so raises what the hint raises)
            Slot.Next next = it.type().next;
            for (PyObject v = next.call(it); v != null; v = next.call(it)) {
                append(v);
            }
            return;
        }
        if (size + add.length > items.length) {
            grow(size + add.length);
        }
        System.arraycopy(add, 0, items, size, add.length);
        size += add.length;
    }

    public final void clear() {
        if (items == SORTING) {
            return;
        }
        if (items != NONE) {
            Arrays.fill(items, 0, size, null);
        }
        items = NONE;
        size = 0;
    }

    private void insert(long where, PyObject v) {
        int n = size;
        long i = where < 0 ? Math.max(where + n, 0) : Math.min(where, n);
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, (int) i, items, (int) i + 1, size - (int) i);
        items[(int) i] = v;
        size++;
    }

    private PyObject pop(long i) {
        if (size == 0) {
            throw Errors.indexError("pop from empty list");
        }
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError("pop index out of range");
        }
        PyObject v = items[(int) i];
        removeRange((int) i, (int) i + 1);
        return v;
    }

    private void removeRange(int lo, int hi) {
        System.arraycopy(items, hi, items, lo, size - hi);
        Arrays.fill(items, size - (hi - lo), size, null);
        size -= hi - lo;
    }

    /** A start/stop argument of index(): negative counts from the end, then clamped at 0. */
    private static long bound(PyObject v, int size) {
        if (!Seq.hasIndex(v)) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        long i = Seq.asSize(v, null);
        return i < 0 ? Math.max(i + size, 0) : i;
    }

    /** The first index in [from, to) whose item equals {@code x}, or -1. */
    private long indexOf(PyObject x, long from, long to) {
        for (long i = from; i < to && i < size; i++) {
            if (Abstract.richCompareBool(items[(int) i], x, CompareOp.EQ)) {
                return i;
            }
        }
        return -1;
    }

    private static void reverse(PyObject[] a, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            PyObject t = a[lo];
            a[lo] = a[hi];
            a[hi] = t;
        }
    }

    private PyList slice(int lo, int hi) {
        return hi <= lo ? new PyList() : wrap(Arrays.copyOfRange(items, lo, hi));
    }

    private PyObject concat(PyList other) {
        PyObject[] out = Arrays.copyOf(items, size + other.size);
        System.arraycopy(other.items, 0, out, size, other.size);
        return wrap(out);
    }

    private PyObject repeat(long n) {
        int len = Seq.repeatedLength(size, n);
        PyObject[] out = new PyObject[len];
        for (int i = 0; i < len; i += size) {
            System.arraycopy(items, 0, out, i, size);
        }
        return wrap(out);
    }

    private PyObject inplaceRepeat(long n) {
        if (n <= 0 || size == 0) {
            clear();
        } else if (n > 1) {
            PyObject[] r = ((PyList) repeat(n)).items;
            items = r;
            size = r.length;
        }
        return this;
    }

    /** {@code a += b}: the other operand's {@code __radd__} first, as CPython, then extend. */
    private static PyObject inplaceConcat(PyObject v, PyObject w) {
        if (!(v instanceof PyList l)) {
            return PyNotImplemented.INSTANCE;
        }
        PyObject r = Seq.tryOther(v, w, NumberOp.ADD);
        if (r != PyNotImplemented.INSTANCE) {
            return r;
        }
        l.extend(w);
        return l;
    }

    private static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        if (!(v instanceof PyList a) || !(w instanceof PyList b)) {
            return PyNotImplemented.INSTANCE;
        }
        return Seq.compare(a::getOrNull, b::getOrNull, a.size, b.size, op);
    }

    // ---- subscripts

    private static PyObject getItem(PyObject self, PyObject key) {
        PyList l = (PyList) self;
        if (key instanceof PySlice s) {
            PySlice.Bounds b = s.bounds(l.size);
            if (b.step() == 1) {
                return l.slice((int) b.start(), (int) b.stop());
            }
            PyObject[] out = new PyObject[(int) b.length()];
            for (int i = 0; i < out.length; i++) {
                out[i] = l.items[(int) (b.start() + i * b.step())];
            }
            return wrap(out);
        }
        if (!Seq.hasIndex(key)) {
            throw Seq.indicesError("list", key);
        }
        long i = Seq.itemIndex(key, l.size);
        if (i < 0 || i >= l.size) {
            throw Errors.indexError("list index out of range");
        }
        return l.items[(int) i];
    }

    /** {@code l[key] = value}, or {@code del l[key]} when value is null. */
    private static void setItem(PyObject self, PyObject key, PyObject value) {
        PyList l = (PyList) self;
        if (key instanceof PySlice s) {
            l.setSlice(s, value);
            return;
        }
        if (!Seq.hasIndex(key)) {
            throw Seq.indicesError("list", key);
        }
        long i = Seq.itemIndex(key, l.size);
        if (i < 0 || i >= l.size) {
            throw Errors.indexError("list assignment index out of range");
        }
        if (value == null) {
            l.removeRange((int) i, (int) i + 1);
        } else {
            l.items[(int) i] = value;
        }
    }

    private void setSlice(PySlice s, PyObject value) {
        PySlice.Bounds b = s.bounds(size);
        if (b.step() == 1) {
            PyObject[] repl = NONE;
            if (value != null) {
                if (value.type().iter == null && value.type().getitem == null) {
                    throw Errors.typeError("can only assign an iterable");
                }
                repl = Iter.toArray(value);
            }
            long lo = b.start(), hi = Math.max(b.stop(), lo);
            replace((int) lo, (int) hi, repl);
            return;
        }
        if (value == null) {
            deleteExtended(b);
            return;
        }
        if (value.type().iter == null && value.type().getitem == null) {
            throw Errors.typeError("must assign iterable to extended slice");
        }
        PyObject[] repl = Iter.toArray(value);
        if (repl.length != b.length()) {
            throw Errors.valueError("attempt to assign sequence of size " + repl.length + " to extended slice of size "
                    + b.length());
        }
        for (int i = 0; i < repl.length; i++) {
            items[(int) (b.start() + i * b.step())] = repl[i];
        }
    }

    private void replace(int lo, int hi, PyObject[] repl) {
        int newSize = size - (hi - lo) + repl.length;
        if (newSize > items.length) {
            grow(newSize);
        }
        System.arraycopy(items, hi, items, lo + repl.length, size - hi);
        System.arraycopy(repl, 0, items, lo, repl.length);
        if (newSize < size) {
            Arrays.fill(items, newSize, size, null);
        }
        size = newSize;
    }

    private void deleteExtended(PySlice.Bounds b) {
        if (b.length() == 0) {
            return;
        }
        long lo = b.start(), step = b.step();
        if (step < 0) { // delete the same items walking forwards
            lo = b.start() + step * (b.length() - 1);
            step = -step;
        }
        int out = (int) lo;
        for (int i = (int) lo; i < size; i++) {
            long off = i - lo;
            if (off % step == 0 && off / step < b.length()) {
                continue;
            }
            items[out++] = items[i];
        }
        Arrays.fill(items, out, size, null);
        size = out;
    }

    // ---- sorting

    /** Stands for the list's items while it is being sorted: any change replaces it, which sort() detects. */
    private static final PyObject[] SORTING = new PyObject[0];

    /**
     * {@code list.sort()}: the list looks empty while the sort runs, and a change made meanwhile
     * (by a key function or comparison) raises ValueError afterwards, the sorted items winning.
     */
    public final void sort(PyObject key, boolean reverse) {
        PyObject[] saved = items;
        int n = size;
        items = SORTING;
        size = 0;
        PyException error = null;
        try {
            ListSort.sort(saved, n, key, reverse);
        } catch (PyException e) {
            error = e;
        }
        boolean modified = items != SORTING || size != 0;
        items = saved;
        size = n;
        if (error != null) {
            throw error;
        }
        if (modified) {
            throw Errors.valueError("list modified during sort");
        }
    }
}
