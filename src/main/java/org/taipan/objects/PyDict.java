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
        t.contains = (self, key) -> ((PyDict) self).getItem(key) != null;
    }, null);

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
        int e = find(key, Abstract.hash(key));
        return e >= 0 ? values[e] : null;
    }

    public void setItem(PyObject key, PyObject value) {
        long h = Abstract.hash(key);
        int e = find(key, h);
        if (e >= 0) {
            values[e] = value;
            version++;
            return;
        }
        if (filled == keys.length) {
            resize(used * 3);
        }
        int slot = freeSlot(h);
        index[slot] = filled;
        hashes[filled] = h;
        keys[filled] = key;
        values[filled] = value;
        filled++;
        used++;
        version++;
    }

    /** Removes {@code key}; returns the old value or null if it was absent. */
    public PyObject delItem(PyObject key) {
        long h = Abstract.hash(key);
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int e = index[i];
            if (e == EMPTY) {
                return null;
            }
            if (e >= 0 && matches(e, key, h)) {
                PyObject old = values[e];
                index[i] = DUMMY;
                keys[e] = null;
                values[e] = null;
                used--;
                version++;
                return old;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private int find(PyObject key, long h) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int e = index[i];
            if (e == EMPTY) {
                return -1;
            }
            if (e >= 0 && matches(e, key, h)) {
                return e;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private boolean matches(int e, PyObject key, long h) {
        PyObject k = keys[e];
        if (k == key) {
            return true;
        }
        if (k == null || hashes[e] != h) {
            return false;
        }
        if (k instanceof PyStr a && key instanceof PyStr b) {
            return a.equals(b);
        }
        return Abstract.richCompareBool(k, key, CompareOp.EQ);
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

    private static PyObject subscript(PyObject self, PyObject key) {
        PyObject v = ((PyDict) self).getItem(key);
        if (v == null) {
            throw Errors.keyError(key);
        }
        return v;
    }

    private static PyObject repr(PyObject self) {
        PyDict d = (PyDict) self;
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
