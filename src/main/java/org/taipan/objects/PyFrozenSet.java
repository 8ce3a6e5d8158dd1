package org.taipan.objects;

/** {@code frozenset}: an immutable, hashable set. */
public class PyFrozenSet extends PyAnySet {
    private static final ArgParser NEW_ARGS = ArgParser.unpack("frozenset", 0, 1);

    public static final PyType TYPE = PyType.builtin("frozenset", PyFrozenSet.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        commonSlots(t);
        t.hash = self -> ((PyFrozenSet) self).frozenHash();
        t.tpNew = (type, args, kwnames) -> {
            Seq.noKeywords("frozenset", kwnames);
            PyObject[] a = NEW_ARGS.bind(args, 0, kwnames);
            if (type == PyFrozenSet.TYPE && a[0] instanceof PyFrozenSet f && f.type() == PyFrozenSet.TYPE) {
                return f;
            }
            PyFrozenSet f = type == PyFrozenSet.TYPE ? new PyFrozenSet() : new Derived.FrozenSet(type);
            if (a[0] != null) {
                f.update(a[0]);
            }
            return f;
        };
    }, PyAnySet::commonMethods);

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A frozenset of the given items, for constants. */
    public static PyFrozenSet of(PyObject... items) {
        PyFrozenSet f = new PyFrozenSet();
        for (PyObject item : items) {
            f.add(item);
        }
        return f;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** An order-independent mix of the entries' hashes and the size (CPython's frozenset_hash). */
    private long frozenHash() {
        if (hash != -1) {
            return hash;
        }
        long h = 0;
        for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
            h ^= shuffle(hashes[i]);
        }
        h ^= (used + 1L) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        hash = h;
        return h;
    }
}
