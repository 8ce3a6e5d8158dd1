package org.taipan.objects;

import java.util.IdentityHashMap;

/**
 * Helpers shared by the sequence types: index conversion (CPython's PyNumber_AsSsize_t),
 * the {@code +} and {@code *} dispatch of sequences, and the guard against endless recursion
 * in the repr of self-referential containers.
 */
public final class Seq {
    private Seq() {}

    /** {@code operator.index(o)}: the int an object stands for, or a TypeError. */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        Slot.Unary f = o.type().index;
        if (f == null) {
            throw Errors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        PyObject r = f.call(o);
        if (!(r instanceof PyInt i)) {
            throw Errors.typeError("__index__ returned non-int (type " + r.type().name() + ")");
        }
        if (r.getClass() != PyInt.class) {
            Errors.warnSubclassResult("__index__", r, "int");
        }
        return i;
    }

    public static boolean hasIndex(PyObject o) {
        return o instanceof PyInt || o.type().index != null;
    }

    /**
     * The value of an index-like object as a long; out of range raises {@code overflow} with
     * "cannot fit 'int' into an index-sized integer", or clamps when {@code overflow} is null.
     */
    public static long asSize(PyObject o, PyType overflow) {
        PyInt i = index(o);
        if (i.isLong()) {
            return i.longValue();
        }
        if (overflow == null) {
            return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        throw Errors.of(overflow, "cannot fit '" + o.type().name() + "' into an index-sized integer");
    }

    /** A Py_ssize_t argument: OverflowError "Python int too large to convert to C ssize_t" when out of range. */
    public static long asSsize(PyObject o) {
        PyInt i = index(o);
        if (!i.isLong()) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /**
     * An item index for {@code seq[i]}: negative values count from the end; returns a value
     * outside [0, size) when out of range so that the caller can word its own IndexError.
     */
    static long itemIndex(PyObject key, long size) {
        long i = asSize(key, ExceptionTypes.INDEX_ERROR);
        return i < 0 ? i + size : i;
    }

    static PyException indicesError(String typeName, PyObject key) {
        return Errors.typeError(typeName + " indices must be integers or slices, not " + key.type().name());
    }

    // ---- + and * for sequences

    /** The number slots of the sequence types: another sequence's slot is not asked to handle them. */
    private static final java.util.Set<Slot.Binary> SEQUENCE_SLOTS =
            java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    static boolean isSequenceSlot(Object f) {
        return SEQUENCE_SLOTS.contains(f);
    }

    /** Marks a number slot as sequence concatenation or repetition (see {@link #tryOther}). */
    public static Slot.Binary sequenceSlot(Slot.Binary f) {
        SEQUENCE_SLOTS.add(f);
        return f;
    }

    /**
     * The right operand's own number slot, when it is not a sequence's: CPython tries it before
     * sequence concatenation or repetition (a sequence there has no number slot at all).
     */
    static PyObject tryOther(PyObject v, PyObject w, NumberOp op) {
        Slot.Binary other = w.type().nb[op.ordinal()];
        if (other == null || other == v.type().nb[op.ordinal()] || SEQUENCE_SLOTS.contains(other)) {
            return PyNotImplemented.INSTANCE;
        }
        return other.call(v, w);
    }

    /** {@code seq * n} or {@code n * seq} for the sequence type whose instances {@code isMine} accepts. */
    static PyObject repeat(PyObject v, PyObject w, java.util.function.Predicate<PyObject> isMine,
                           java.util.function.BiFunction<PyObject, Long, PyObject> repeat, NumberOp op) {
        if (isMine.test(v)) {
            PyObject r = tryOther(v, w, op);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
            if (!hasIndex(w)) {
                throw cannotMultiply(w);
            }
            return repeat.apply(v, asSize(w, ExceptionTypes.OVERFLOW_ERROR));
        }
        if (op.isInplace()) {
            return PyNotImplemented.INSTANCE;
        }
        if (!hasIndex(v)) {
            throw cannotMultiply(v);
        }
        return repeat.apply(w, asSize(v, ExceptionTypes.OVERFLOW_ERROR));
    }

    private static PyException cannotMultiply(PyObject n) {
        return Errors.typeError("can't multiply sequence by non-int of type '" + n.type().name() + "'");
    }

    /** The length of {@code size * n} items, or a MemoryError when it cannot exist. */
    static int repeatedLength(long size, long n) {
        if (n <= 0 || size == 0) {
            return 0;
        }
        if (size > (Integer.MAX_VALUE - 8) / n) {
            throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
        }
        return (int) (size * n);
    }

    /** {@code a + b} for a sequence type: the other operand's slot first, then concatenation or the TypeError. */
    static PyObject concat(PyObject v, PyObject w, java.util.function.Predicate<PyObject> isMine, String name,
                           java.util.function.BinaryOperator<PyObject> concat, NumberOp op) {
        if (!isMine.test(v)) {
            return PyNotImplemented.INSTANCE;
        }
        PyObject r = tryOther(v, w, op);
        if (r != PyNotImplemented.INSTANCE) {
            return r;
        }
        if (!isMine.test(w)) {
            throw Errors.typeError("can only concatenate " + name + " (not \"" + w.type().name() + "\") to " + name);
        }
        return concat.apply(v, w);
    }

    // ---- comparisons

    /** The result of comparing two sequences element by element (CPython's list/tuple richcompare). */
    static PyObject compare(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && na != nb) {
            return PyBool.of(op == CompareOp.NE);
        }
        int n = Math.min(na, nb);
        for (int i = 0; i < n; i++) {
            if (!Abstract.richCompareBool(a[i], b[i], CompareOp.EQ)) {
                return op == CompareOp.EQ ? PyBool.FALSE : op == CompareOp.NE ? PyBool.TRUE
                        : Abstract.richCompare(a[i], b[i], op);
            }
        }
        return compareLengths(na, nb, op);
    }

    /** {@code get} returns null past the (possibly shrinking) end. */
    static PyObject compare(java.util.function.IntFunction<PyObject> getA, java.util.function.IntFunction<PyObject> getB,
                            int na, int nb, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && na != nb) {
            return PyBool.of(op == CompareOp.NE);
        }
        int i = 0;
        while (true) {
            PyObject x = getA.apply(i), y = getB.apply(i);
            if (x == null || y == null) {
                break;
            }
            if (!Abstract.richCompareBool(x, y, CompareOp.EQ)) {
                if (op == CompareOp.EQ) {
                    return PyBool.FALSE;
                }
                if (op == CompareOp.NE) {
                    return PyBool.TRUE;
                }
                return Abstract.richCompare(x, y, op);
            }
            i++;
        }
        return compareLengths(getA.apply(i) == null ? i : i + 1, getB.apply(i) == null ? i : i + 1, op);
    }

    static PyBool compareLengths(long a, long b, CompareOp op) {
        int c = Long.compare(a, b);
        return PyBool.of(switch (op) {
            case LT -> c < 0; case LE -> c <= 0; case EQ -> c == 0; case NE -> c != 0; case GT -> c > 0; case GE -> c >= 0;
        });
    }

    // ---- repr of containers that may contain themselves

    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> IN_REPR =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /** CPython's Py_ReprEnter: false if {@code o} is already being repr'd on this thread. */
    static boolean reprEnter(PyObject o) {
        return IN_REPR.get().put(o, Boolean.TRUE) == null;
    }

    static void reprLeave(PyObject o) {
        IN_REPR.get().remove(o);
    }

    /**
     * "open repr(items) close" separated by ", ", or {@code recursive} when already being repr'd;
     * {@code get} returns null past the end, which is read afresh after each item's repr.
     */
    static PyStr reprItems(PyObject self, java.util.function.IntFunction<PyObject> get, String open, String close,
                           String recursive) {
        if (!reprEnter(self)) {
            return PyStr.of(recursive);
        }
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; get.apply(i) != null; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(get.apply(i)));
            }
            return PyStr.of(sb.append(close).toString());
        } finally {
            reprLeave(self);
        }
    }

    /** Adds a builtin class method to a type's dict; {@code f} receives the class as self. */
    public static void classMethod(PyType owner, String name, BuiltinMethod.General f) {
        owner.dict().setItem(PyStr.of(name), new PyClassMethodDescr(BuiltinMethod.of(name, owner, f)));
    }

    /** The positional part of a vectorcall's arguments (the keyword values dropped). */
    public static PyObject[] positional(PyObject[] args, String[] kwnames) {
        return kwnames == null || kwnames.length == 0 ? args : java.util.Arrays.copyOf(args, args.length - kwnames.length);
    }

    /** Raises "NAME() takes no keyword arguments" when there are any. */
    static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            PyException e = Errors.typeError(name + "() takes no keyword arguments");
            e.keywordRefusal = name; // a method of this name calling this is named fully, as CPython's descriptors do
            throw e;
        }
    }
}
