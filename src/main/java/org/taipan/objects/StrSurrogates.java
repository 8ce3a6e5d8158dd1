package org.taipan.objects;

/**
 * Keeps lone surrogates apart in str methods written over Java strings. A Python str may hold a
 * lone high surrogate followed by a lone low one (two code points), which a Java String would
 * read as one character; and a method that drops or inserts text between two lone surrogates
 * would join them. When that can happen, the method runs on <em>shielded</em> operands, in which
 * every surrogate code point stands in as a private-use code point of an otherwise unused block
 * of planes 15-16, and the surrogates are put back into its result (str, or a list or tuple of
 * strs). Both are one code point, uncased, unprintable and no letter, so every str method treats
 * the stand-in as it would the surrogate, and indexes and counts agree.
 *
 * Methods that only cut their operands need shielding only when an operand has a split pair
 * (a flag: cheap); methods that join text ({@link #gluing}) also when the result has a
 * surrogate next to where text was cut, which they check on the result.
 */
final class StrSurrogates {
    private StrSurrogates() {}

    private static final int FIRST = 0xF0000, BLOCK = 0x800, BLOCKS = (0x110000 - FIRST) / BLOCK;

    // ---- when to shield

    /** Whether {@code o} (a str, or a tuple of them) has a split pair. */
    private static boolean split(PyObject o) {
        if (o instanceof PyStr s) {
            return s.isSplit();
        }
        if (o instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i) instanceof PyStr s && s.isSplit()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code s} has a surrogate that is not half of a valid pair. */
    static boolean hasLone(PyStr s) {
        if (s.isSplit()) {
            return true;
        }
        if (s.inline()) {
            return false; // Latin-1
        }
        String v = s.value();
        for (int i = 0, n = v.length(); i < n; i++) {
            char c = v.charAt(i);
            if ((c & 0xF800) == 0xD800) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(v.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code o} (or an item of a tuple, a value of a dict) is a str with a lone
     * surrogate, or an int in the surrogate range, which {@code %c} and {@code {:c}} would make
     * a lone surrogate of.
     */
    private static boolean hasLone(PyObject o) {
        if (o instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            for (int i = 0; i < t.size(); i++) {
                if (loneItem(t.get(i))) {
                    return true;
                }
            }
        }
        if (o instanceof PyDict d && d.type() == PyDict.TYPE) {
            for (PyObject k : d.keysArray()) {
                if (loneItem(d.getItem(k))) {
                    return true;
                }
            }
        }
        return loneItem(o);
    }

    private static boolean loneItem(PyObject o) {
        if (o instanceof PyStr s) {
            return hasLone(s);
        }
        if (o instanceof PyInt i && i.isLong()) {
            long v = i.longValue();
            return v >= 0xD800 && v <= 0xDFFF;
        }
        return false;
    }

    /**
     * The character {@code %c} or {@code {:c}} makes of code point {@code cp}: a surrogate
     * becomes its stand-in while a shielded method runs, so that two of them stay apart.
     */
    static String character(int cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            int base = ACTIVE.get()[0];
            if (base != 0) {
                return Character.toString(base + cp - 0xD800);
            }
        }
        return Character.toString(cp);
    }

    /** Whether a result may have joined two lone surrogates: it has some surrogate char at all. */
    private static boolean mayHaveJoined(PyObject r) {
        if (!(r instanceof PyStr s) || s.inline()) {
            return false; // an inline str is Latin-1
        }
        String v = s.value();
        for (int i = 0, n = v.length(); i < n; i++) {
            if ((v.charAt(i) & 0xF800) == 0xD800) {
                return true;
            }
        }
        return false;
    }

    // ---- wrappers for the method shapes

    /** A method that only cuts its operands: shielded when one has a split pair. */
    static BuiltinMethod.Fixed cuttingFixed(BuiltinMethod.Fixed f) {
        return (self, a, b, c) -> split(self) || split(a) || split(b) || split(c)
                ? run(ops -> f.call(ops[0], ops[1], ops[2], ops[3]), self, a, b, c) : f.call(self, a, b, c);
    }

    static BuiltinMethod.NoArgs cutting(BuiltinMethod.NoArgs f) {
        return self -> split(self) ? run(ops -> f.call(ops[0]), self) : f.call(self);
    }

    static BuiltinMethod.OneArg cutting(BuiltinMethod.OneArg f) {
        return (self, a) -> split(self) || split(a) ? run(ops -> f.call(ops[0], ops[1]), self, a) : f.call(self, a);
    }

    static BuiltinMethod.General cutting(BuiltinMethod.General f) {
        return (self, args, start, kw) -> anySplit(self, args, start)
                ? run(ops -> f.call(ops[0], java.util.Arrays.copyOfRange(ops, 1, ops.length), 0, kw),
                        prepend(self, args, start)) : f.call(self, args, start, kw);
    }

    /** A method that may join text: also shielded when its result shows a surrogate and an operand has a lone one. */
    static BuiltinMethod.Fixed gluingFixed(BuiltinMethod.Fixed f) {
        return (self, a, b, c) -> {
            if (!(split(self) || split(a) || split(b) || split(c))) {
                PyObject r = f.call(self, a, b, c);
                if (!mayHaveJoined(r) || !(hasLone(self) || hasLone(a) || hasLone(b) || hasLone(c))) {
                    return r;
                }
            }
            return run(ops -> f.call(ops[0], ops[1], ops[2], ops[3]), self, a, b, c);
        };
    }

    static BuiltinMethod.OneArg gluing(BuiltinMethod.OneArg f) {
        return (self, a) -> {
            if (!(split(self) || split(a))) {
                PyObject r = f.call(self, a);
                if (!mayHaveJoined(r) || !(hasLone(self) || hasLone(a))) {
                    return r;
                }
            }
            return run(ops -> f.call(ops[0], ops[1]), self, a);
        };
    }

    static BuiltinMethod.General gluing(BuiltinMethod.General f) {
        return (self, args, start, kw) -> {
            if (!anySplit(self, args, start)) {
                PyObject r = f.call(self, args, start, kw);
                if (!mayHaveJoined(r) || !anyLone(self, args, start)) {
                    return r;
                }
            }
            return run(ops -> f.call(ops[0], java.util.Arrays.copyOfRange(ops, 1, ops.length), 0, kw),
                    prepend(self, args, start));
        };
    }

    /**
     * A formatting method: it calls the operands' own conversions, which must run once, so the
     * operands are checked before (a str argument with a lone surrogate).
     */
    static BuiltinMethod.General formatting(BuiltinMethod.General f) {
        return (self, args, start, kw) -> anyLone(self, args, start)
                ? run(ops -> f.call(ops[0], java.util.Arrays.copyOfRange(ops, 1, ops.length), 0, kw),
                        prepend(self, args, start)) : f.call(self, args, start, kw);
    }

    static BuiltinMethod.OneArg formatting(BuiltinMethod.OneArg f) {
        return (self, a) -> hasLone(self) || hasLone(a) ? run(ops -> f.call(ops[0], ops[1]), self, a) : f.call(self, a);
    }

    /** {@code fmt % args} keeping lone surrogates apart. */
    static PyObject percent(PyStr fmt, PyObject args, java.util.function.BinaryOperator<PyObject> format) {
        return hasLone(fmt) || hasLone(args) ? run(ops -> format.apply(ops[0], ops[1]), fmt, args)
                : format.apply(fmt, args);
    }

    private static boolean anySplit(PyObject self, PyObject[] args, int start) {
        if (split(self)) {
            return true;
        }
        for (int i = start; i < args.length; i++) {
            if (split(args[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyLone(PyObject self, PyObject[] args, int start) {
        if (hasLone(self)) {
            return true;
        }
        for (int i = start; i < args.length; i++) {
            if (hasLone(args[i])) {
                return true;
            }
        }
        return false;
    }

    private static PyObject[] prepend(PyObject self, PyObject[] args, int start) {
        PyObject[] ops = new PyObject[args.length - start + 1];
        ops[0] = self;
        System.arraycopy(args, start, ops, 1, args.length - start);
        return ops;
    }

    // ---- shielding

    /** The stand-in block of the shielded method running on this thread, or 0. */
    private static final ThreadLocal<int[]> ACTIVE = ThreadLocal.withInitial(() -> new int[1]);

    /** {@code repr(o)} for formatting's {@code %r} and {@code !r}: a shielded str shows its surrogates. */
    static PyStr repr(PyObject o) {
        if (o.getClass() == PyStr.class) {
            int base = ACTIVE.get()[0];
            if (base != 0) {
                o = unshield(o, base);
            }
        }
        return Abstract.repr(o);
    }

    /** Runs {@code body} on the shielded operands and unshields its result. */
    private static PyObject run(java.util.function.Function<PyObject[], PyObject> body, PyObject... ops) {
        boolean[] used = new boolean[BLOCKS];
        for (PyObject o : ops) {
            markBlocks(o, used);
        }
        int block = 0;
        while (block < BLOCKS && used[block]) {
            block++;
        }
        if (block == BLOCKS) {
            return body.apply(ops); // every stand-in block taken: cannot happen with real text
        }
        int base = FIRST + block * BLOCK;
        PyObject[] shielded = new PyObject[ops.length];
        // the receiver may be a str subclass (the method returns a plain str anyway); arguments
        // that are subclasses keep their own conversions and are left alone
        shielded[0] = ops[0] instanceof PyStr ? shield(PyStr.exact(ops[0]), base) : ops[0];
        for (int i = 1; i < ops.length; i++) {
            shielded[i] = shield(ops[i], base);
        }
        int[] active = ACTIVE.get();
        int outer = active[0];
        active[0] = base;
        try {
            return unshield(body.apply(shielded), base);
        } finally {
            active[0] = outer;
        }
    }

    private static void markBlocks(PyObject o, boolean[] used) {
        if (o instanceof PyStr s) {
            String v = s.value();
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c >= 0xDB40 && c <= 0xDBFF && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, v.charAt(i + 1));
                    if (cp >= FIRST) {
                        used[(cp - FIRST) / BLOCK] = true;
                    }
                }
            }
        } else if (o instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                markBlocks(t.get(i), used);
            }
        } else if (o instanceof PyDict d && d.type() == PyDict.TYPE) {
            for (PyObject k : d.keysArray()) {
                markBlocks(d.getItem(k), used);
            }
        }
    }

    private static PyObject shield(PyObject o, int base) {
        if (o instanceof PyStr s && s.getClass() == PyStr.class) {
            int[] cps = s.codePoints();
            for (int i = 0; i < cps.length; i++) {
                if (cps[i] >= 0xD800 && cps[i] <= 0xDFFF) {
                    cps[i] = base + cps[i] - 0xD800;
                }
            }
            return PyStr.of(new String(cps, 0, cps.length));
        }
        if (o instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            PyObject[] items = t.toArray().clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = shield(items[i], base);
            }
            return PyTuple.wrap(items);
        }
        if (o instanceof PyDict d && d.type() == PyDict.TYPE) {
            PyDict copy = new PyDict();
            for (PyObject k : d.keysArray()) {
                copy.setItem(k, shield(d.getItem(k), base));
            }
            return copy;
        }
        return o;
    }

    private static PyObject unshield(PyObject r, int base) {
        if (r instanceof PyStr s) {
            String v = s.value();
            int[] cps = v.codePoints().toArray();
            boolean changed = false;
            for (int i = 0; i < cps.length; i++) {
                if (cps[i] >= base && cps[i] < base + BLOCK) {
                    cps[i] = cps[i] - base + 0xD800;
                    changed = true;
                }
            }
            return changed ? PyStr.ofCodePoints(cps) : r;
        }
        if (r instanceof PyList l && l.type() == PyList.TYPE) {
            PyObject[] items = l.toArray();
            for (int i = 0; i < items.length; i++) {
                items[i] = unshield(items[i], base);
            }
            return PyList.wrap(items);
        }
        if (r instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            PyObject[] items = t.toArray().clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = unshield(items[i], base);
            }
            return PyTuple.wrap(items);
        }
        return r;
    }
}
