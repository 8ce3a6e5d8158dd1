package org.taipan.objects;

/**
 * A str's code points, each as a str of length one. CPython names the type after the string's
 * representation: {@code str_ascii_iterator} for ASCII text, {@code str_iterator} otherwise.
 */
public final class PyStrIterator extends PyObject {
    private static PyType iterType(String name) {
        return PyType.builtin(name, PyStrIterator.class, PyType.OBJECT, 0, t -> {
            t.iter = self -> self;
            t.next = self -> ((PyStrIterator) self).next();
        }, t -> t.method("__length_hint__", self -> {
            PyStrIterator it = (PyStrIterator) self;
            return Iter.hint(it.s == null ? 0 : it.cps != null ? it.cps.length() - it.pos
                    : it.s.codePointCount(it.pos, it.s.length()));
        }));
    }

    static final PyType ASCII_TYPE = iterType("str_ascii_iterator");
    static final PyType TYPE = iterType("str_iterator");

    private String s;
    private int pos;
    private final boolean ascii;

    /** Set for a str whose split surrogate pairs only its own indexing knows (see PyStr); else null. */
    private PyStr cps;

    PyStrIterator(PyStr str) {
        this.s = str.value();
        this.ascii = s.chars().allMatch(c -> c < 0x80);
        this.cps = str.isSplit() ? str : null;
    }

    @Override
    public PyType type() {
        return ascii ? ASCII_TYPE : TYPE;
    }

    private PyObject next() {
        if (cps != null) {
            if (pos >= cps.length()) {
                cps = null;
                s = null;
                return null;
            }
            return PyStr.ofCodePoint(cps.codePointAt(pos++));
        }
        if (s == null || pos >= s.length()) {
            s = null;
            return null;
        }
        int cp = s.codePointAt(pos);
        pos += Character.charCount(cp);
        return PyStr.ofCodePoint(cp);
    }
}
