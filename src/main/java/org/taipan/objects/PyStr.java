package org.taipan.objects;

/**
 * {@code str}. Holds a Java String; Python counts code points, so lengths and indexes go
 * through {@link #length()} / code-point offsets rather than Java chars.
 */
public final class PyStr extends PyObject {
    public static final PyType TYPE = PyType.builtin("str", PyStr.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.repr = self -> PyStr.of(org.taipan.util.PyRepr.str(((PyStr) self).value));
        t.str = self -> self;
        t.hash = self -> ((PyStr) self).pyHash();
        t.length = self -> ((PyStr) self).length();
        t.iter = self -> new PyStrIterator(((PyStr) self).value);
        t.richCompare = PyStr::richCompare;
        t.nb[NumberOp.ADD.ordinal()] = (v, w) -> v instanceof PyStr a && w instanceof PyStr b
                ? PyStr.of(a.value + b.value) : PyNotImplemented.INSTANCE;
    }, null);

    private final String value;
    private int cpLength = -1;
    private long hash = -1;

    private PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String s) {
        return new PyStr(s);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The number of code points: {@code len(s)}. */
    public int length() {
        int n = cpLength;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            cpLength = n;
        }
        return n;
    }

    /** Python's str hash: CPython's SipHash-1-3 with the PYTHONHASHSEED key (see {@link SipHash}). */
    public long pyHash() {
        long h = hash;
        if (h == -1) {
            h = SipHash.hashString(value);
            hash = h;
        }
        return h;
    }

    private static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        if (!(v instanceof PyStr a) || !(w instanceof PyStr b)) {
            return PyNotImplemented.INSTANCE;
        }
        int c = a.value.compareTo(b.value); // UTF-16 order differs from code point order only past the BMP
        if (c != 0 && (a.hasSurrogates() || b.hasSurrogates())) {
            c = compareCodePoints(a.value, b.value);
        }
        return PyBool.of(switch (op) {
            case LT -> c < 0; case LE -> c <= 0; case EQ -> c == 0; case NE -> c != 0; case GT -> c > 0; case GE -> c >= 0;
        });
    }

    private boolean hasSurrogates() {
        return length() != value.length();
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i), cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
