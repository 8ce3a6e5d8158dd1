package org.taipan.objects;

import java.util.Arrays;

/**
 * {@code dict}: an insertion-ordered hash table. Entries live in parallel arrays in insertion
 * order; a separate open-addressed index maps hash slots to entry numbers, probing with the
 * perturbation recurrence Python's documentation describes, so collisions scatter.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict", PyDict.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.length = self -> ((PyDict) self).used;
        t.hash = null;
        t.repr = PyDict::repr;
        t.getitem = PyDict::subscript;
        t.setitem = PyDict::assignSubscript;
        t.contains = (self, key) -> ((PyDict) self).getItem(key) != null;
        t.iter = self -> new PyDictIterator((PyDict) self, PyDictIterator.Kind.KEYS);
        t.richCompare = PyDict::richCompare;
        t.nb[NumberOp.OR.ordinal()] = (v, w) -> v instanceof PyDict a && w instanceof PyDict b
                ? a.copy().update(b) : PyNotImplemented.INSTANCE;
        t.nb[NumberOp.INPLACE_OR.ordinal()] = (v, w) -> ((PyDict) v).updateFrom(w);
        t.tpNew = (type, args, kwnames) -> type == PyDict.TYPE ? new PyDict() : new Derived.Dict(type);
        t.init = PyDict::init;
    }, PyDict::methods);

    private static final ArgParser GET = ArgParser.unpack("get", 1, 2);
    private static final ArgParser SETDEFAULT = ArgParser.unpack("setdefault", 1, 2);
    private static final ArgParser POP = ArgParser.unpack("pop", 1, 2);
    private static final ArgParser UPDATE = ArgParser.unpack("update", 0, 1);
    private static final ArgParser FROMKEYS = ArgParser.unpack("fromkeys", 1, 2);

    private static void methods(PyType t) {
        t.method("get", 1, 2, GET, (self, key, dflt, unused) -> {
            PyObject v = ((PyDict) self).getItem(key);
            return v != null ? v : dflt != null ? dflt : PyNone.INSTANCE;
        });
        t.method("setdefault", 1, 2, SETDEFAULT, (self, key, dflt, unused) ->
                ((PyDict) self).setDefault(key, dflt != null ? dflt : PyNone.INSTANCE));
        t.method("pop", 1, 2, POP, (self, key, dflt, unused) -> {
            PyObject v = ((PyDict) self).delItem(key);
            if (v == null) {
                if (dflt == null) {
                    throw Errors.keyError(key);
                }
                return dflt;
            }
            return v;
        });
        t.method("popitem", self -> ((PyDict) self).popItem());
        t.method("keys", self -> new PyDictView((PyDict) self, PyDictView.KEYS));
        t.method("__reversed__", self -> new PyDictIterator((PyDict) self, PyDictIterator.Kind.KEYS, true));
        t.method("values", self -> new PyDictView((PyDict) self, PyDictView.VALUES));
        t.method("items", self -> new PyDictView((PyDict) self, PyDictView.ITEMS));
        t.method("copy", self -> ((PyDict) self).copy());
        t.method("clear", self -> {
            ((PyDict) self).clear();
            return PyNone.INSTANCE;
        });
        t.method("update", (self, args, start, kw) -> {
            ((PyDict) self).updateWith(args, start, kw);
            return PyNone.INSTANCE;
        });
        Seq.classMethod(t, "fromkeys", (cls, args, start, kw) -> {
            PyObject[] a = FROMKEYS.bind(args, start, kw);
            PyObject d = Abstract.call(cls, new PyObject[0], null);
            PyObject value = a[1] != null ? a[1] : PyNone.INSTANCE;
            PyObject it = Iter.of(a[0]);
            for (PyObject k = Iter.next(it); k != null; k = Iter.next(it)) {
                Abstract.setItem(d, k, value);
            }
            return d;
        });
    }

    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MIN_SIZE = 8;

    private int[] index = newIndex(MIN_SIZE);
    private long[] hashes = new long[MIN_SIZE * 2 / 3 + 1];
    private PyObject[] keys = new PyObject[hashes.length];
    private PyObject[] values = new PyObject[hashes.length];
    /** Live entries. */
    private int used;
    /** Entries written, deleted ones included (they leave null keys behind). */
    private int filled;
    /** Bumped by every change, so that iterators and lookups can notice mutation. */
    private int version;

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Changes with every change to the dict (inline caches of globals compare it). */
    public int version() {
        return version;
    }

    public int size() {
        return used;
    }

    private static int[] newIndex(int size) {
        int[] ix = new int[size];
        Arrays.fill(ix, EMPTY);
        return ix;
    }

    /** The value for {@code key}, or null; raises TypeError for an unhashable key. */
    public PyObject getItem(PyObject key) {
        int slot = lookup(key, Abstract.hash(key));
        return slot >= 0 ? values[index[slot]] : null;
    }

    /** {@code key in d}. */
    public boolean containsKey(PyObject key) {
        return lookup(key, Abstract.hash(key)) >= 0;
    }

    public void setItem(PyObject key, PyObject value) {
        setItem(key, Abstract.hash(key), value);
    }

    /** {@link #setItem}, returning the entry that holds {@code key} now (see {@link #valueAtEntry}). */
    public int setItemEntry(PyObject key, PyObject value) {
        return setItem(key, Abstract.hash(key), value);
    }

    /** Adds or replaces the entry for {@code key}, whose hash is {@code h}; returns the entry. */
    private int setItem(PyObject key, long h, PyObject value) {
        if (value instanceof PyStr s) { // where strs may live long: see PyStr.compact
            s.compact();
        }
        int slot = lookup(key, h);
        if (slot >= 0) {
            int e = index[slot];
            values[e] = value;
            version++;
            return e;
        }
        return append(slot, key, h, value);
    }

    /** {@code dict.setdefault}: the value for {@code key}, after storing {@code dflt} if it had none (one hash, one search). */
    public PyObject setDefault(PyObject key, PyObject dflt) {
        long h = Abstract.hash(key);
        int slot = lookup(key, h);
        if (slot >= 0) {
            return values[index[slot]];
        }
        append(slot, key, h, dflt);
        return dflt;
    }

    /** Writes a new entry at the end, indexed where {@code notFound} (what {@link #lookup} returned) says; returns it. */
    private int append(int notFound, PyObject key, long h, PyObject value) {
        if (key instanceof PyStr s) {
            s.compact();
        }
        int slot;
        if (filled == keys.length) {
            resize(used * 3);
            slot = freeSlot(h);
        } else {
            slot = -1 - notFound;
        }
        index[slot] = filled;
        hashes[filled] = h;
        keys[filled] = key;
        values[filled] = value;
        used++;
        version++;
        return filled++;
    }

    // Attribute caches remember at which entry an instance dict held a name: instances of one
    // class usually get their attributes in the same order, so the next instance has the name
    // at the same entry, and one identity comparison replaces hashing and probing.

    /** The entry holding {@code key} (hashable), or -1. */
    public int entryOf(PyObject key) {
        int slot = lookup(key, Abstract.hash(key));
        return slot >= 0 ? index[slot] : -1;
    }

    /** The value at entry {@code e} if that entry's key is {@code key} itself, else null. */
    public PyObject valueAtEntry(int e, PyObject key) {
        return e >= 0 && e < filled && keys[e] == key ? values[e] : null;
    }

    /** Replaces the value at entry {@code e} if that entry's key is {@code key} itself; says whether it did. */
    public boolean replaceAtEntry(int e, PyObject key, PyObject value) {
        if (e >= 0 && e < filled && keys[e] == key) {
            values[e] = value;
            version++;
            return true;
        }
        return false;
    }

    /** Removes {@code key}; returns the old value or null if it was absent. */
    public PyObject delItem(PyObject key) {
        int slot = lookup(key, Abstract.hash(key));
        if (slot < 0) {
            return null;
        }
        int e = index[slot];
        PyObject old = values[e];
        index[slot] = DUMMY;
        keys[e] = null;
        values[e] = null;
        used--;
        version++;
        return old;
    }

    /**
     * The index slot pointing at the entry whose key equals {@code key}; if there is none,
     * {@code -1 - s} where {@code s} is the slot a new entry for it would take. A comparison that
     * changes the table (a key's {@code __eq__} can) starts the search again, as CPython does.
     * Exact str and int keys compare without dispatch.
     */
    private int lookup(PyObject key, long h) {
        restart:
        while (true) {
            int[] ix = index;
            int mask = ix.length - 1;
            long perturb = h;
            int i = (int) (h & mask);
            int free = -1;
            while (true) {
                int e = ix[i];
                if (e >= 0) {
                    PyObject k = keys[e];
                    if (k == key) {
                        return i;
                    }
                    if (hashes[e] == h) {
                        Class<?> c = k.getClass();
                        if (c == key.getClass() && (c == PyStr.class || c == PyInt.class)) {
                            if (PyAnySet.sameExact(k, key)) {
                                return i;
                            }
                        } else {
                            boolean eq = Abstract.richCompareBool(k, key, CompareOp.EQ);
                            if (ix != index || keys[e] != k) {
                                continue restart;
                            }
                            if (eq) {
                                return i;
                            }
                        }
                    }
                } else if (e == EMPTY) {
                    return -1 - (free >= 0 ? free : i);
                } else if (free < 0) {
                    free = i;
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    private int freeSlot(long h) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (index[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /** Rebuilds the table, compacting out deleted entries, with room for {@code minUsed} entries. */
    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size * 2 / 3 < Math.max(minUsed, used + 1)) {
            size <<= 1;
        }
        int capacity = size * 2 / 3 + 1;
        long[] oldHashes = hashes;
        PyObject[] oldKeys = keys, oldValues = values;
        int oldFilled = filled;
        index = newIndex(size);
        hashes = new long[capacity];
        keys = new PyObject[capacity];
        values = new PyObject[capacity];
        filled = 0;
        for (int e = 0; e < oldFilled; e++) {
            if (oldKeys[e] != null) {
                index[freeSlot(oldHashes[e])] = filled;
                hashes[filled] = oldHashes[e];
                keys[filled] = oldKeys[e];
                values[filled] = oldValues[e];
                filled++;
            }
        }
    }

    // ---- entry access for iterators and views

    /** The index of the first live entry at or after {@code from}, or -1. */
    int nextEntry(int from) {
        for (int e = from; e < filled; e++) {
            if (keys[e] != null) {
                return e;
            }
        }
        return -1;
    }

    /** The index of the last live entry at or before {@code from}, or -1. */
    int prevEntry(int from) {
        for (int e = Math.min(from, filled - 1); e >= 0; e--) {
            if (keys[e] != null) {
                return e;
            }
        }
        return -1;
    }

    /** One past the last entry written: where a reverse iteration starts. */
    int entryEnd() {
        return filled;
    }

    PyObject keyAt(int e) {
        return keys[e];
    }

    /** The value at entry {@code e} (of {@link #entryOf}, or an iteration). */
    public PyObject valueAt(int e) {
        return values[e];
    }

    public PyDict copy() {
        PyDict d = new PyDict();
        d.update(this);
        return d;
    }

    /** Adds or replaces every entry of {@code other}; returns this. */
    public PyDict update(PyDict other) {
        if (other == this) {
            return this;
        }
        if (used == 0 && other.filled > 0) {
            resize(other.used); // one table of the right size, not a series of doublings
        }
        for (int e = 0; e < other.filled; e++) {
            PyObject k = other.keys[e];
            if (k != null) {
                setItem(k, other.hashes[e], other.values[e]);
            }
        }
        return this;
    }

    public void clear() {
        index = newIndex(MIN_SIZE);
        hashes = new long[MIN_SIZE * 2 / 3 + 1];
        keys = new PyObject[hashes.length];
        values = new PyObject[hashes.length];
        used = filled = 0;
        version++;
    }

    private PyObject popItem() {
        for (int e = filled - 1; e >= 0; e--) {
            if (keys[e] != null) {
                PyObject k = keys[e], v = values[e];
                delItem(k);
                filled = e; // the last live entry is gone: later inserts may reuse its place
                return PyTuple.of(k, v);
            }
        }
        throw new PyException(new PyBaseException(ExceptionTypes.KEY_ERROR,
                PyTuple.of(PyStr.of("popitem(): dictionary is empty"))));
    }

    /** dict.update(other=(), **kw) and dict(other=(), **kw). */
    private void updateWith(PyObject[] args, int start, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - start - nkw;
        if (npos > 1) {
            UPDATE.bind(args, start, null);
        }
        if (npos == 1) {
            updateFrom(args[start]);
        }
        for (int k = 0; k < nkw; k++) {
            setItem(PyStr.of(kwnames[k]), args[start + npos + k]);
        }
    }

    /**
     * Whether merging {@code d} may read its table directly: CPython does so for any dict whose
     * class keeps dict's {@code __iter__}, even if it overrides {@code keys} or {@code __getitem__}.
     */
    public static boolean isPlainMapping(PyDict d) {
        return d.getClass() == PyDict.class || d.type().iter == TYPE.iter;
    }

    /** Merges a mapping (anything with keys()) or an iterable of key/value pairs. */
    PyObject updateFrom(PyObject other) {
        if (other instanceof PyDict d && isPlainMapping(d)) {
            return update(d);
        }
        PyObject keysMethod = Abstract.lookupAttr(other, PyStr.of("keys"));
        if (keysMethod != null) {
            for (PyObject k : Iter.toArray(Abstract.call(keysMethod, new PyObject[0], null))) {
                setItem(k, Abstract.getItem(other, k));
            }
            return this;
        }
        PyObject it = Iter.of(other);
        int n = 0;
        for (PyObject item = Iter.next(it); item != null; item = Iter.next(it), n++) {
            PyObject[] pair;
            try {
                pair = Iter.toArray(item);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.TYPE_ERROR)) {
                    throw e;
                }
                throw Errors.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
            }
            if (pair.length != 2) {
                throw Errors.valueError("dictionary update sequence element #" + n + " has length " + pair.length
                        + "; 2 is required");
            }
            setItem(pair[0], pair[1]);
        }
        return this;
    }

    private static void init(PyObject self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw > 1) {
            throw Errors.typeError("dict expected at most 1 argument, got " + (args.length - nkw));
        }
        ((PyDict) self).updateWith(args, 0, kwnames);
    }

    static void assignSubscript(PyObject self, PyObject key, PyObject value) {
        PyDict d = (PyDict) self;
        if (value != null) {
            d.setItem(key, value);
        } else if (d.delItem(key) == null) {
            throw Errors.keyError(key);
        }
    }

    private static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        if (!(v instanceof PyDict a) || !(w instanceof PyDict b) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.INSTANCE;
        }
        boolean eq = a.used == b.used;
        for (int e = 0; eq && e < a.filled; e++) {
            if (a.keys[e] != null) {
                PyObject bv = b.getItem(a.keys[e]);
                eq = bv != null && Abstract.richCompareBool(a.values[e], bv, CompareOp.EQ);
            }
        }
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    /** The live keys in insertion order. */
    public PyObject[] keysArray() {
        PyObject[] out = new PyObject[used];
        int n = 0;
        for (int e = 0; e < filled; e++) {
            if (keys[e] != null) {
                out[n++] = keys[e];
            }
        }
        return out;
    }

    /** The live values in insertion order (without hashing the keys again). */
    public PyObject[] valuesArray() {
        PyObject[] out = new PyObject[used];
        int n = 0;
        for (int e = 0; e < filled; e++) {
            if (keys[e] != null) {
                out[n++] = values[e];
            }
        }
        return out;
    }

    private static PyObject subscript(PyObject self, PyObject key) {
        PyObject v = ((PyDict) self).getItem(key);
        if (v == null) {
            if (self.type() != PyDict.TYPE) {
                PyObject missing = self.type().lookup("__missing__");
                if (missing != null) {
                    return Abstract.callBound(missing, self, key);
                }
            }
            throw Errors.keyError(key);
        }
        return v;
    }

    private static PyObject repr(PyObject self) {
        PyDict d = (PyDict) self;
        if (d.used == 0) {
            return PyStr.of("{}");
        }
        if (!Seq.reprEnter(self)) {
            return PyStr.of("{...}");
        }
        try {
            return reprEntries(d);
        } finally {
            Seq.reprLeave(self);
        }
    }

    private static PyObject reprEntries(PyDict d) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (int e = 0; e < d.filled; e++) {
            if (d.keys[e] != null) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Abstract.repr(d.keys[e])).append(": ").append(Abstract.repr(d.values[e]));
            }
        }
        return PyStr.of(sb.append('}').toString());
    }
}
