package org.taipan.objects;

/**
 * {@code str}. Holds a Java String; Python counts code points, so lengths and indexes go
 * through {@link #length()} / code-point offsets rather than Java chars. Not final, so that a
 * layout for subclasses of str can extend it; the methods return exact strs, as CPython's do.
 * The methods are in {@link StrMethods} and the files it names (see docs/STR.md).
 */
public class PyStr extends PyObject {
    // before TYPE: building the type may already make strs
    private static final PyStr EMPTY = new PyStr("");
    /** One-character strings of Latin-1, shared as CPython shares them. */
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int i = 0; i < LATIN1.length; i++) {
            LATIN1[i] = new PyStr(String.valueOf((char) i));
        }
    }

    public static final PyType TYPE = PyType.builtin("str", PyStr.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.repr = self -> {
            PyStr s = (PyStr) self;
            return PyStr.of(s.isSplit() ? org.taipan.util.PyRepr.str(s.codePoints()) : org.taipan.util.PyRepr.str(s.value()));
        };
        t.str = PyStr::exact;
        t.hash = self -> ((PyStr) self).pyHash();
        t.length = self -> ((PyStr) self).length();
        t.iter = self -> new PyStrIterator((PyStr) self);
        t.richCompare = PyStr::richCompare;
        t.getitem = PyStr::getItem;
        t.contains = (self, x) -> {
            if (!(x instanceof PyStr sub)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not " + x.type().name());
            }
            PyStr me = (PyStr) self;
            if (me.isSplit() || sub.isSplit() || sub.startsWithLowSurrogate() || sub.endsWithHighSurrogate()) {
                return me.findCodePoints(sub) >= 0; // a half of a pair matches only a lone surrogate
            }
            return me.value().contains(sub.value());
        };
        t.nb[NumberOp.ADD.ordinal()] = Seq.sequenceSlot((v, w) -> Seq.concat(v, w, o -> o instanceof PyStr, "str",
                (a, b) -> ((PyStr) a).concat((PyStr) b), NumberOp.ADD));
        t.nb[NumberOp.MULTIPLY.ordinal()] = Seq.sequenceSlot((v, w) -> Seq.repeat(v, w, o -> o instanceof PyStr,
                (a, n) -> ((PyStr) a).repeat(n), NumberOp.MULTIPLY));
        t.nb[NumberOp.REMAINDER.ordinal()] = (v, w) -> v instanceof PyStr s
                ? StrSurrogates.percent(s, w, (f, a) -> of(PercentFormat.format(((PyStr) f).value(), a))) : PyNotImplemented.INSTANCE;
        t.tpNew = PyStr::construct;
    }, StrMethods::define);

    private static final ArgParser NEW_ARGS = ArgParser.clinic("str", "object='', encoding='utf-8', errors='strict'");

    /**
     * The text: a String; while the str is part of a concatenation chain a {@link Grown} whose
     * builder starts with it (made a String on first use; see {@link #concat}); or, for a str
     * with surrogate pairs once indexed, an {@link Indexed} that also keeps the char offset of
     * each code point. Keeping the rare offsets here rather than in a field of their own keeps
     * every str 8 bytes smaller, which the garbage collector feels when a program holds millions.
     */
    private Object text;
    private int cpLength = -1;
    private long hash = -1;
    /**
     * Bits 0-1: how many concatenations in a row made this str (capped at {@link #CHAIN}): from
     * there on, one more starts a shared builder, which a loop appending to a str reaches while
     * an expression like {@code a + b + c} does not. {@link #SPLIT}: some high surrogate followed
     * by a low one are two code points, as Python allows ({@code '\ud83d\ude00'}) and a Java
     * String cannot say; then the offsets are made at once and tell which char pairs are one code
     * point. Such strings come from constants, concatenation, slicing and joining; other
     * operations treat the pair as one code point.
     */
    private byte flags;
    private static final byte CHAIN_BITS = 3, SPLIT = 4;

    /** A str's text with the char offset of each code point index (and the length at the end). */
    private record Indexed(String value, int[] offsets) {}

    protected PyStr(String value) {
        this.text = value;
    }

    private PyStr(StringBuilder grown, int length, int cpLength) {
        this.text = new Grown(grown, length);
        this.cpLength = cpLength;
        this.flags = CHAIN;
    }

    /** A copy of {@code from}'s value, for the layout of str subclasses and exact copies. */
    protected PyStr(PyStr from) {
        String v = from.value();
        this.text = from.text instanceof Indexed ix ? ix : v;
        this.flags = (byte) (from.flags & SPLIT);
        this.cpLength = from.cpLength;
    }

    private PyStr(String value, int[] offsets) {
        this.text = new Indexed(value, offsets);
        this.cpLength = offsets.length - 1;
        this.flags = SPLIT;
    }

    /** The str of these code points, keeping an adjacent high and low surrogate two code points. */
    public static PyStr ofCodePoints(int[] cps) {
        String s = new String(cps, 0, cps.length);
        boolean splitPair = false;
        for (int i = 0; i + 1 < cps.length && !splitPair; i++) {
            splitPair = Character.isHighSurrogate((char) cps[i]) && cps[i] < 0x10000
                    && Character.isLowSurrogate((char) cps[i + 1]) && cps[i + 1] < 0x10000;
        }
        if (!splitPair) {
            return of(s);
        }
        int[] o = new int[cps.length + 1];
        for (int k = 0, c = 0; k <= cps.length; k++) {
            o[k] = c;
            c += k < cps.length ? Character.charCount(cps[k]) : 0;
        }
        return new PyStr(s, o);
    }

    /** The code points, each surrogate of a split pair on its own. */
    int[] codePoints() {
        int n = length();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = codePointAt(i);
        }
        return out;
    }

    boolean isSplit() {
        return (flags & SPLIT) != 0;
    }

    private boolean endsWithHighSurrogate() {
        int n = charLength();
        return n > 0 && Character.isHighSurrogate(lastChar());
    }

    /** The last char of a nonempty str, without making a grown str whole. */
    private char lastChar() {
        Object t = text;
        if (!(t instanceof Grown g)) {
            String s = value();
            return s.charAt(s.length() - 1);
        }
        synchronized (g.builder) {
            return g.builder.charAt(g.length - 1);
        }
    }

    private boolean startsWithLowSurrogate() {
        return !value().isEmpty() && Character.isLowSurrogate(value().charAt(0));
    }

    /** Whether {@code a + b} would glue a lone high and a lone low surrogate, or carries a split pair. */
    static boolean needsCodePoints(PyStr a, PyStr b) {
        return a.isSplit() || b.isSplit() || b.startsWithLowSurrogate() && a.endsWithHighSurrogate();
    }

    /**
     * The concatenation of {@code parts} (all strs), keeping split surrogate pairs apart. The
     * glue test looks only at the chars either side of each boundary, and the result is made by
     * {@link String#join}, which copies each part once into the new string.
     */
    public static PyStr concatAll(PyObject[] parts, int from, int to) {
        String[] values = new String[to - from];
        boolean glued = false;
        char last = 0;
        for (int i = from; i < to; i++) {
            PyStr p = (PyStr) parts[i];
            String v = p.value();
            values[i - from] = v;
            if (!v.isEmpty()) {
                glued |= p.isSplit() || Character.isHighSurrogate(last) && Character.isLowSurrogate(v.charAt(0));
                last = v.charAt(v.length() - 1);
            }
        }
        if (!glued) {
            return of(values.length == 2 ? values[0].concat(values[1]) : String.join("", values));
        }
        java.util.stream.IntStream.Builder b = java.util.stream.IntStream.builder();
        for (int i = from; i < to; i++) {
            for (int c : ((PyStr) parts[i]).codePoints()) {
                b.add(c);
            }
        }
        return ofCodePoints(b.build().toArray());
    }

    /** The first code point index where {@code sub} occurs, comparing code points; -1 if none. */
    int findCodePoints(PyStr sub) {
        int[] h = codePoints(), n = sub.codePoints();
        outer:
        for (int i = 0; i + n.length <= h.length; i++) {
            for (int k = 0; k < n.length; k++) {
                if (h[i + k] != n[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** {@code a + b} by code points. */
    static PyStr concatCodePoints(PyStr a, PyStr b) {
        int[] x = a.codePoints(), y = b.codePoints();
        int[] all = java.util.Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, all, x.length, y.length);
        return ofCodePoints(all);
    }

    public static PyStr of(String s) {
        return s.isEmpty() ? EMPTY : new PyStr(s);
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, PyStr> INTERNED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The one str object for this text among interned strings (CPython's interning): names in
     * code objects and identifier-like constants, so that dictionary look-ups of attribute and
     * variable names usually succeed on identity, without comparing characters.
     */
    public static PyStr intern(String s) {
        PyStr r = INTERNED.get(s);
        return r != null ? r : INTERNED.computeIfAbsent(s, PyStr::of);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code s} itself if it is an exact str, else a str with its value: str's methods return exact strs. */
    static PyStr exact(PyObject s) {
        PyStr p = (PyStr) s;
        return p.getClass() == PyStr.class ? p : new PyStr(p);
    }

    /** The Java string (UTF-16; a code point past the BMP is a surrogate pair). */
    public String value() {
        Object t = text;
        return t instanceof String s ? s : t instanceof Indexed ix ? ix.value : materialize((Grown) t);
    }

    /**
     * A builder shared by a chain of concatenations and how many of its chars are this str's.
     * Lets {@code s += t} in a loop append in place, as CPython's in-place resize does, instead
     * of copying s each time.
     */
    private record Grown(StringBuilder builder, int length) {}

    private String materialize(Grown g) {
        String s;
        synchronized (g.builder) {
            s = g.builder.substring(0, g.length);
        }
        text = s;
        return s;
    }

    /** The length in UTF-16 chars. */
    private int charLength() {
        Object t = text;
        return t instanceof String s ? s.length() : t instanceof Grown g ? g.length : ((Indexed) t).value.length();
    }

    /** {@code str(object='')} and {@code str(object=b'', encoding='utf-8', errors='strict')}. */
    private static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        if (args.length == 1 && (kwnames == null || kwnames.length == 0) && type == TYPE) {
            return Abstract.str(args[0]);
        }
        PyObject[] a = NEW_ARGS.bind(args, 0, kwnames);
        PyObject r;
        if (a[1] == null && a[2] == null) {
            r = a[0] == null ? of("") : Abstract.str(a[0]);
        } else {
            String encoding = textArg(a[1], "encoding", "utf-8");
            String errors = textArg(a[2], "errors", "strict");
            PyObject o = a[0] == null ? new PyBytes(new byte[0]) : a[0];
            if (o instanceof PyStr) {
                throw Errors.typeError("decoding str is not supported");
            }
            byte[] data = BytesOps.bytesOrNull(o);
            if (data == null) {
                throw Errors.typeError("decoding to str: need a bytes-like object, " + o.type().name() + " found");
            }
            r = StrCodecs.decode(data, encoding, errors, o);
        }
        return type == TYPE ? r : new Derived.Str(type, (PyStr) r);
    }

    private static String textArg(PyObject v, String name, String dflt) {
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("str() argument '" + name + "' must be str, not " + Errors.argTypeName(v));
        }
        return s.value();
    }

    /** The str of one code point. */
    public static PyStr ofCodePoint(int cp) {
        return cp < 256 ? LATIN1[cp] : new PyStr(Character.toString(cp));
    }

    /** Whether every code point is one Java char (no surrogate pairs), so char and code point indexes agree. */
    boolean isBmp() {
        return length() == charLength();
    }

    /** The char offset of code point index {@code i} (0 <= i <= length). */
    int offset(int i) {
        if (isBmp()) {
            return i;
        }
        int[] o = text instanceof Indexed ix ? ix.offsets : null;
        if (o == null) {
            o = new int[length() + 1];
            for (int k = 0, c = 0; k < o.length - 1; k++) {
                o[k] = c;
                c += Character.charCount(value().codePointAt(c));
            }
            o[o.length - 1] = charLength();
            text = new Indexed(value(), o);
        }
        return o[i];
    }

    /** The code point at index {@code i} (0 <= i < length). */
    int codePointAt(int i) {
        if (isBmp()) {
            return value().charAt(i);
        }
        int o = offset(i);
        return offset(i + 1) - o == 1 ? value().charAt(o) : value().codePointAt(o);
    }

    /** The code point index of char offset {@code off}. */
    int index(int off) {
        if (isBmp()) {
            return off;
        }
        offset(0); // makes the offsets table once, so that this is not a count from the start each time
        int i = java.util.Arrays.binarySearch(((Indexed) text).offsets, off);
        return i >= 0 ? i : -i - 1;
    }

    /** {@code s[start:end]} by code point indexes. */
    PyStr substring(int start, int end) {
        if (start == 0 && end == length()) {
            return this;
        }
        if (end - start == 1) {
            return ofCodePoint(codePointAt(start));
        }
        if (isSplit() && end > start) {
            return ofCodePoints(java.util.Arrays.copyOfRange(codePoints(), start, end));
        }
        return end <= start ? EMPTY : new PyStr(value().substring(offset(start), offset(end)));
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        PyStr s = (PyStr) self;
        if (key instanceof PySlice slice) {
            PySlice.Bounds b = slice.bounds(s.length());
            if (b.step() == 1) {
                return s.substring((int) b.start(), (int) b.stop());
            }
            int[] cps = new int[(int) b.length()];
            for (int k = 0; k < cps.length; k++) {
                cps[k] = s.codePointAt((int) (b.start() + k * b.step()));
            }
            return ofCodePoints(cps);
        }
        if (!Seq.hasIndex(key)) {
            throw Errors.typeError("string indices must be integers, not '" + key.type().name() + "'");
        }
        long i = Seq.itemIndex(key, s.length());
        if (i < 0 || i >= s.length()) {
            throw Errors.indexError("string index out of range");
        }
        return ofCodePoint(s.codePointAt((int) i));
    }

    /** Below this many chars concatenation copies; from there on a chain shares one builder. */
    private static final int GROW_MIN = 64;
    private static final byte CHAIN = 3;

    PyObject concat(PyStr other) {
        String b = other.value();
        if (b.isEmpty() && type() == TYPE) {
            return this;
        }
        int n = charLength();
        if (n == 0 && other.type() == TYPE) {
            return other;
        }
        if (needsCodePoints(this, other)) {
            return concatCodePoints(this, other);
        }
        int cp = length() + other.length(); // no surrogates glue here (needsCodePoints)
        if (text instanceof Grown gr) {
            StringBuilder g = gr.builder;
            synchronized (g) {
                if (g.length() == gr.length) { // this str is the chain's newest: append in place
                    g.append(b);
                    return new PyStr(g, g.length(), cp);
                }
            }
        }
        String a = value();
        long total = (long) n + b.length();
        if ((flags & CHAIN_BITS) >= CHAIN && total >= GROW_MIN && total <= Integer.MAX_VALUE / 2) {
            return new PyStr(new StringBuilder((int) total * 2).append(a).append(b), (int) total, cp);
        }
        PyStr r = new PyStr(a + b);
        r.cpLength = cp;
        r.flags = (byte) Math.min((flags & CHAIN_BITS) + 1, CHAIN);
        return r;
    }

    private PyObject repeat(long n) {
        if (n == 1 && type() == TYPE) {
            return this;
        }
        int len = FormatSpec.size(Seq.repeatedLength(charLength(), n));
        if (len > 0 && needsCodePoints(this, this)) {
            int[] one = codePoints();
            int[] all = new int[(int) (one.length * n)];
            for (int k = 0; k < n; k++) {
                System.arraycopy(one, 0, all, k * one.length, one.length);
            }
            return ofCodePoints(all);
        }
        return len == 0 ? EMPTY : of(value().repeat(len / charLength()));
    }

    /** The number of code points: {@code len(s)}. */
    public int length() {
        int n = cpLength;
        if (n < 0) {
            String v = value();
            n = v.codePointCount(0, v.length());
            cpLength = n;
        }
        return n;
    }

    /** Python's str hash: CPython's SipHash-1-3 with the PYTHONHASHSEED key (see {@link SipHash}). */
    public long pyHash() {
        long h = hash;
        if (h == -1) {
            h = isSplit() ? SipHash.hashCodePoints(codePoints()) : SipHash.hashString(value());
            hash = h;
        }
        return h;
    }

    private static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        if (!(v instanceof PyStr a) || !(w instanceof PyStr b)) {
            return PyNotImplemented.INSTANCE;
        }
        int c = a.value().compareTo(b.value()); // UTF-16 order differs from code point order only past the BMP
        if (a.isSplit() || b.isSplit()) {
            c = java.util.Arrays.compare(a.codePoints(), b.codePoints());
        } else if (c != 0 && (a.hasSurrogates() || b.hasSurrogates())) {
            c = compareCodePoints(a.value(), b.value());
        }
        return PyBool.of(switch (op) {
            case LT -> c < 0; case LE -> c <= 0; case EQ -> c == 0; case NE -> c != 0; case GT -> c > 0; case GE -> c >= 0;
        });
    }

    private boolean hasSurrogates() {
        return length() != charLength();
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
        return o instanceof PyStr s && s.value().equals(value()) && s.isSplit() == isSplit()
                && (!isSplit() || java.util.Arrays.equals(((Indexed) s.text).offsets, ((Indexed) text).offsets));
    }

    @Override
    public int hashCode() {
        return value().hashCode();
    }

    @Override
    public String toString() {
        return value();
    }
}
