package org.taipan.objects;

/**
 * The hash table shared by {@code set} and {@code frozenset}, laid out as CPython lays it out so
 * that iteration order (table order) is the same: a power-of-two table starting at 8 slots;
 * probing looks at slot {@code i} and, when they fit, the 9 slots after it, then jumps with
 * {@code i = 5*i + 1 + perturb} while {@code perturb} (the hash) is shifted right 5 bits;
 * deleted keys leave a dummy, and an add that reaches an empty slot puts its key in the last
 * dummy it passed, if any; the table grows when 3/5 of it is in
 * use (live or dummy), to the power of two above 4 times (2 times past 50000) the live count.
 */
public abstract class PyAnySet extends PyObject {
    static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted entry; its hash is -1, which no key can have. */
    static final PyObject DUMMY = new PyBaseObject();

    PyObject[] keys = new PyObject[MIN_SIZE];
    long[] hashes = new long[MIN_SIZE];
    int mask = MIN_SIZE - 1;
    /** Live plus dummy entries. */
    int fill;
    /** Live entries. */
    int used;
    /** Where pop() resumes its search. */
    int finger;
    /** The cached hash of a frozenset, -1 until computed. */
    long hash = -1;

    public final int size() {
        return used;
    }

    // ---- the table

    /** The slot holding a key equal to {@code key}, or -1. */
    final int lookup(PyObject key, long h) {
        restart:
        while (true) {
            PyObject[] table = keys;
            int m = mask;
            int i = (int) (h & m);
            long perturb = h;
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = table[j];
                    if (k == null) {
                        return -1;
                    }
                    if (hashes[j] == h && k != DUMMY) {
                        if (k == key || sameExact(k, key)) {
                            return j;
                        }
                        boolean eq = Abstract.richCompareBool(k, key, CompareOp.EQ);
                        if (table != keys || table[j] != k) {
                            continue restart;
                        }
                        if (eq) {
                            return j;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /**
     * Whether two keys are equal exact strs or exact ints, compared without dispatch; false
     * means "ask {@code __eq__}" (for these types it would say no as well). The calls are
     * static-typed so that the JVM does not speculate on the key type seen first.
     */
    static boolean sameExact(PyObject k, PyObject key) {
        Class<?> c = k.getClass();
        if (c != key.getClass()) {
            return false;
        }
        if (c == PyInt.class) {
            return PyInt.sameValue((PyInt) k, (PyInt) key);
        }
        return c == PyStr.class && ((PyStr) k).equals((PyStr) key);
    }

    /** Adds {@code key} unless an equal key is present (the first one stays). */
    final void addEntry(PyObject key, long h) {
        if (key instanceof PyStr s) { // where strs may live long: see PyStr.compact
            s.compact();
        }
        restart:
        while (true) {
            PyObject[] table = keys;
            int m = mask;
            int i = (int) (h & m);
            long perturb = h;
            int freeSlot = -1;
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = table[j];
                    if (k == null) {
                        if (freeSlot >= 0) {
                            keys[freeSlot] = key;
                            hashes[freeSlot] = h;
                            used++;
                            return;
                        }
                        keys[j] = key;
                        hashes[j] = h;
                        fill++;
                        used++;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return;
                    }
                    if (k == DUMMY) {
                        freeSlot = j; // the last dummy on the probe path is the one reused (found by experiment)
                    } else if (hashes[j] == h) {
                        if (k == key || sameExact(k, key)) {
                            return;
                        }
                        boolean eq = Abstract.richCompareBool(k, key, CompareOp.EQ);
                        if (eq) {
                            return;
                        }
                        if (table != keys || table[j] != k) {
                            continue restart;
                        }
                        m = mask;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /**
     * Adds a key taken from another set to a set being built (no dummies, no key equal to it):
     * where {@link #addEntry} would put it, without comparing it to the keys on its way. Only
     * for exact int and str keys, whose comparisons nobody can observe.
     */
    final void addFresh(PyObject key, long h) {
        Class<?> c = key.getClass();
        if (c != PyInt.class && c != PyStr.class) {
            addEntry(key, h);
            return;
        }
        insertClean(keys, hashes, mask, key, h);
        fill++;
        used++;
        if ((long) fill * 5 >= (long) mask * 3) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    /** Puts a key known to be absent into a table without dummies. */
    private static void insertClean(PyObject[] table, long[] hs, int m, PyObject key, long h) {
        int i = (int) (h & m);
        long perturb = h;
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                hs[i] = h;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        hs[i + j] = h;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** Rebuilds the table at the smallest power of two above {@code minUsed}, dropping dummies. */
    final void resize(long minUsed) {
        long size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        if (size > 1 << 30) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[(int) size];
        hashes = new long[(int) size];
        mask = (int) size - 1;
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            PyObject k = oldKeys[i];
            if (k != null && k != DUMMY) {
                insertClean(keys, hashes, mask, k, oldHashes[i]);
            }
        }
    }

    /** Removes the entry equal to {@code key}; false if there was none. */
    final boolean discardEntry(PyObject key, long h) {
        int j = lookup(key, h);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    final void clearTable() {
        keys = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
        hash = -1;
    }

    /** Takes over {@code other}'s table as it is (CPython's set_swap_bodies, one way). */
    final void takeTable(PyAnySet other) {
        keys = other.keys;
        hashes = other.hashes;
        mask = other.mask;
        fill = other.fill;
        used = other.used;
        hash = -1;
    }

    /** The next live slot at or after {@code i}, or -1. */
    final int nextSlot(int i) {
        PyObject[] table = keys;
        for (; i < table.length; i++) {
            if (table[i] != null && table[i] != DUMMY) {
                return i;
            }
        }
        return -1;
    }

    /** The live keys in table order. */
    public final PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int n = 0;
        for (int i = nextSlot(0); i >= 0 && n < out.length; i = nextSlot(i + 1)) {
            out[n++] = keys[i];
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    // ---- keys that may be sets

    /**
     * The hash of a key for lookup; an unhashable set is looked up as the frozenset with the
     * same items, as CPython does for {@code in}, {@code remove} and {@code discard}.
     */
    static PyObject lookupKey(PyObject key) {
        if (key instanceof PySet s) {
            PyFrozenSet f = new PyFrozenSet();
            f.merge(s);
            return f;
        }
        return key;
    }

    public final boolean contains(PyObject key) {
        if (key instanceof PySet) {
            key = lookupKey(key);
        }
        return lookup(key, Abstract.hash(key)) >= 0;
    }

    public final void add(PyObject key) {
        addEntry(key, Abstract.hash(key));
    }

    // ---- bulk operations (CPython's set_update_internal and friends)

    /** Adds every item of {@code other}: a set is merged table-wise, a dict sized once first. */
    public final void update(PyObject other) {
        if (other instanceof PyAnySet s) {
            merge(s);
            return;
        }
        if (other instanceof PyDict d && d.type() == PyDict.TYPE) {
            int n = d.size();
            if ((long) (fill + n) * 5 >= (long) mask * 3) {
                resize((long) (used + n) * 2);
            }
            for (PyObject k : d.keysArray()) {
                addEntry(k, Abstract.hash(k));
            }
            return;
        }
        PyObject it = Iter.of(other);
        Slot.Next next = it.type().next;
        for (PyObject k = next.call(it); k != null; k = next.call(it)) {
            add(k);
        }
    }

    final void merge(PyAnySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((long) (used + other.used) * 2);
        }
        PyObject[] ok = other.keys;
        long[] oh = other.hashes;
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(ok, 0, keys, 0, ok.length);
            System.arraycopy(oh, 0, hashes, 0, oh.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i < ok.length; i++) {
                if (ok[i] != null && ok[i] != DUMMY) {
                    insertClean(keys, hashes, mask, ok[i], oh[i]);
                }
            }
            return;
        }
        for (int i = 0; i < ok.length; i++) {
            PyObject k = ok[i];
            if (k != null && k != DUMMY) {
                addEntry(k, oh[i]);
            }
        }
    }

    /** A new, empty set of the base type of {@code like}: set for set subclasses, else frozenset. */
    static PyAnySet newLike(PyAnySet like) {
        return like instanceof PySet ? new PySet() : new PyFrozenSet();
    }

    static PyAnySet copyOf(PyAnySet s) {
        PyAnySet r = newLike(s);
        r.merge(s);
        return r;
    }

    static PyAnySet intersection(PyAnySet so, PyObject other) {
        if (so == other) {
            return copyOf(so);
        }
        PyAnySet result = newLike(so);
        if (other instanceof PyAnySet o) {
            PyAnySet small = o, big = so;
            if (o.used > so.used) {
                small = so;
                big = o;
            }
            for (int i = small.nextSlot(0); i >= 0; i = small.nextSlot(i + 1)) {
                PyObject k = small.keys[i];
                long h = small.hashes[i];
                if (big.lookup(k, h) >= 0) {
                    result.addFresh(k, h);
                }
            }
            return result;
        }
        PyObject it = Iter.of(other);
        for (PyObject k = Iter.next(it); k != null; k = Iter.next(it)) {
            long h = Abstract.hash(k);
            if (so.lookup(k, h) >= 0) {
                result.addEntry(k, h);
            }
        }
        return result;
    }

    static PyAnySet difference(PyAnySet so, PyObject other) {
        long otherSize;
        if (other instanceof PyAnySet o) {
            otherSize = o.used;
        } else if (other instanceof PyDict d && d.type() == PyDict.TYPE) {
            otherSize = d.size();
        } else {
            PyAnySet r = copyOf(so);
            r.differenceUpdate(other);
            return r;
        }
        if ((so.used >> 2) > otherSize) {
            PyAnySet r = copyOf(so);
            r.differenceUpdate(other);
            return r;
        }
        PyAnySet result = newLike(so);
        for (int i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) {
            PyObject k = so.keys[i];
            long h = so.hashes[i];
            boolean in = other instanceof PyAnySet o ? o.lookup(k, h) >= 0 : ((PyDict) other).getItem(k) != null;
            if (!in) {
                result.addFresh(k, h);
            }
        }
        return result;
    }

    final void differenceUpdate(PyObject other) {
        if (other == this) {
            clearTable();
            return;
        }
        if (other instanceof PyAnySet o) {
            if ((o.used >> 3) > used) {
                o = intersection(this, o);
            }
            for (int i = o.nextSlot(0); i >= 0; i = o.nextSlot(i + 1)) {
                discardEntry(o.keys[i], o.hashes[i]);
            }
        } else {
            PyObject it = Iter.of(other);
            for (PyObject k = Iter.next(it); k != null; k = Iter.next(it)) {
                PyObject lk = lookupKey(k);
                discardEntry(lk, Abstract.hash(lk));
            }
        }
        if (fill - used > mask / 4) {
            resize(used > 50000 ? used * 2L : used * 4L);
        }
    }

    final void symmetricDifferenceUpdate(PyObject other) {
        if (other == this) {
            clearTable();
            return;
        }
        if (other instanceof PyDict d && d.type() == PyDict.TYPE) {
            for (PyObject k : d.keysArray()) {
                long h = Abstract.hash(k);
                if (!discardEntry(k, h)) {
                    addEntry(k, h);
                }
            }
            return;
        }
        PyAnySet o;
        if (other instanceof PyAnySet s) {
            o = s;
        } else {
            o = newLike(this);
            o.update(other);
        }
        for (int i = o.nextSlot(0); i >= 0; i = o.nextSlot(i + 1)) {
            PyObject k = o.keys[i];
            long h = o.hashes[i];
            if (!discardEntry(k, h)) {
                addEntry(k, h);
            }
        }
    }

    static PyAnySet symmetricDifference(PyAnySet so, PyObject other) {
        PyAnySet r = newLike(so);
        r.update(other);
        r.symmetricDifferenceUpdate(so);
        return r;
    }

    static boolean isSubset(PyAnySet so, PyObject other) {
        if (!(other instanceof PyAnySet o)) {
            PyAnySet tmp = new PySet();
            tmp.update(other);
            return isSubset(so, tmp);
        }
        if (so.used > o.used) {
            return false;
        }
        for (int i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) {
            if (o.lookup(so.keys[i], so.hashes[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isSuperset(PyAnySet so, PyObject other) {
        if (other instanceof PyAnySet o) {
            return isSubset(o, so);
        }
        PyObject it = Iter.of(other);
        for (PyObject k = Iter.next(it); k != null; k = Iter.next(it)) {
            if (!so.contains(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean isDisjoint(PyAnySet so, PyObject other) {
        if (so == other) {
            return so.used == 0;
        }
        if (other instanceof PyAnySet o && (o.type() == PySet.TYPE || o.type() == PyFrozenSet.TYPE)) {
            PyAnySet small = o, big = so;
            if (o.used > so.used) {
                small = so;
                big = o;
            }
            for (int i = small.nextSlot(0); i >= 0; i = small.nextSlot(i + 1)) {
                if (big.lookup(small.keys[i], small.hashes[i]) >= 0) {
                    return false;
                }
            }
            return true;
        }
        PyObject it = Iter.of(other);
        for (PyObject k = Iter.next(it); k != null; k = Iter.next(it)) {
            if (so.contains(k)) {
                return false;
            }
        }
        return true;
    }

    // ---- slots shared by both types

    static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        if (!(v instanceof PyAnySet a) || !(w instanceof PyAnySet b)) {
            return PyNotImplemented.INSTANCE;
        }
        return PyBool.of(switch (op) {
            case EQ -> equal(a, b);
            case NE -> !equal(a, b);
            case LE -> isSubset(a, b);
            case GE -> isSuperset(a, b);
            case LT -> a.used < b.used && isSubset(a, b);
            case GT -> a.used > b.used && isSuperset(a, b);
        });
    }

    private static boolean equal(PyAnySet a, PyAnySet b) {
        if (a.used != b.used) {
            return false;
        }
        if (a.hash != -1 && b.hash != -1 && a.hash != b.hash) {
            return false;
        }
        return isSubset(a, b);
    }

    static PyObject repr(PyObject self) {
        PyAnySet s = (PyAnySet) self;
        String name = self.type().name();
        boolean plain = self.type() == PySet.TYPE;
        if (s.used == 0) {
            return PyStr.of(name + "()");
        }
        if (!Seq.reprEnter(self)) {
            return PyStr.of(name + "(...)");
        }
        try {
            String items = Abstract.repr(PyList.wrap(s.toArray())).toString();
            String braced = "{" + items.substring(1, items.length() - 1) + "}";
            return PyStr.of(plain ? braced : name + "(" + braced + ")");
        } finally {
            Seq.reprLeave(self);
        }
    }

    /** Whether both operands of a binary set operator are sets; NotImplemented otherwise. */
    static boolean bothSets(PyObject v, PyObject w) {
        return v instanceof PyAnySet && w instanceof PyAnySet;
    }

    /** Installs the slots and methods common to set and frozenset. */
    static void commonSlots(PyType t) {
        t.repr = PyAnySet::repr;
        t.length = self -> ((PyAnySet) self).used;
        t.richCompare = PyAnySet::richCompare;
        t.iter = self -> new PySetIterator((PyAnySet) self);
        t.contains = (self, key) -> ((PyAnySet) self).contains(key);
        t.nb[NumberOp.OR.ordinal()] = (v, w) -> {
            if (!bothSets(v, w)) {
                return PyNotImplemented.INSTANCE;
            }
            PyAnySet r = copyOf((PyAnySet) v);
            r.update(w);
            return r;
        };
        t.nb[NumberOp.AND.ordinal()] = (v, w) -> bothSets(v, w) ? intersection((PyAnySet) v, w) : PyNotImplemented.INSTANCE;
        t.nb[NumberOp.SUBTRACT.ordinal()] = (v, w) -> bothSets(v, w) ? difference((PyAnySet) v, w) : PyNotImplemented.INSTANCE;
        t.nb[NumberOp.XOR.ordinal()] = (v, w) -> bothSets(v, w)
                ? symmetricDifference((PyAnySet) v, w) : PyNotImplemented.INSTANCE;
    }

    static void commonMethods(PyType t) {
        t.method("copy", self -> self.type() == PyFrozenSet.TYPE ? self : copyOf((PyAnySet) self));
        t.method("union", (self, args, start, kwnames) -> {
            Seq.noKeywords(t.name() + ".union", kwnames);
            PyAnySet r = copyOf((PyAnySet) self);
            for (int i = start; i < args.length; i++) {
                if (args[i] != r) {
                    r.update(args[i]);
                }
            }
            return r;
        });
        t.method("intersection", (self, args, start, kwnames) -> {
            Seq.noKeywords(t.name() + ".intersection", kwnames);
            return intersectionMulti((PyAnySet) self, args, start);
        });
        t.method("difference", (self, args, start, kwnames) -> {
            Seq.noKeywords(t.name() + ".difference", kwnames);
            if (args.length == start) {
                return copyOf((PyAnySet) self);
            }
            PyAnySet r = difference((PyAnySet) self, args[start]);
            for (int i = start + 1; i < args.length; i++) {
                r.differenceUpdate(args[i]);
            }
            return r;
        });
        t.method("symmetric_difference", (self, other) -> symmetricDifference((PyAnySet) self, other));
        t.method("issubset", (self, other) -> PyBool.of(isSubset((PyAnySet) self, other)));
        t.method("issuperset", (self, other) -> PyBool.of(isSuperset((PyAnySet) self, other)));
        t.method("isdisjoint", (self, other) -> PyBool.of(isDisjoint((PyAnySet) self, other)));
        t.method("__reduce__", self -> PyTuple.of(self.type(), PyTuple.of(PyList.wrap(((PyAnySet) self).toArray())),
                ObjectReduce.getstate(self)));
    }

    static PyAnySet intersectionMulti(PyAnySet so, PyObject[] args, int start) {
        if (args.length == start) {
            return copyOf(so);
        }
        PyAnySet r = so;
        for (int i = start; i < args.length; i++) {
            r = intersection(r, args[i]);
        }
        return r;
    }
}
