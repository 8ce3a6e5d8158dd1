package org.taipan.objects;

/**
 * {@code str}. Holds a Java String; Python counts code points, so lengths and indexes go
 * through {@link #length()} / code-point offsets rather than Java chars. Not final, so that a
 * layout for subclasses of str can extend it; the methods return exact strs, as CPython's do.
 * The methods are in {@link StrMethods} and the files it names (see docs/STR.md).
 */
public class PyStr extends PyObject {
    // before TYPE: building the type may already make strs
    // The shared strs keep their String (stored in a list, they would otherwise turn inline
    // and every later value() would make a new String).
    private static final PyStr EMPTY = new PyStr("", true);
    /** One-character strings of Latin-1, shared as CPython shares them. */
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int i = 0; i < LATIN1.length; i++) {
            LATIN1[i] = new PyStr(String.valueOf((char) i), true);
        }
    }

    public static final PyType TYPE = PyType.builtin("str", PyStr.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.repr = self -> {
            PyStr s = (PyStr) self;
            PyStr quoted = s.text == null ? s.inlineRepr() : null;
            if (quoted != null) {
                return quoted;
            }
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
            if (me.inline()) {
                return me.inlineIndexOf(sub) >= 0;
            }
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
                ? StrSurrogates.percent(s, w, (f, a) -> PercentFormat.formatStr(((PyStr) f).value(), a)) : PyNotImplemented.INSTANCE;
        t.tpNew = PyStr::construct;
    }, StrMethods::define);

    private static final ArgParser NEW_ARGS = ArgParser.clinic("str", "object='', encoding='utf-8', errors='strict'");

    /**
     * The text: null for a short Latin-1 str, whose chars are in {@link #lo} and {@link #hi};
     * else a String; while the str is part of a concatenation chain a {@link Grown} whose
     * builder starts with it (made a String on first use; see {@link #concat}); or, for a str
     * with surrogate pairs once indexed, an {@link Indexed} that also keeps the char offset of
     * each code point. Keeping the rare offsets here rather than in a field of their own keeps
     * every str 8 bytes smaller, which the garbage collector feels when a program holds millions.
     */
    private Object text;
    /**
     * The chars of a short Latin-1 str (text null), one byte each, little-endian, zero past the
     * end: such a str is one Java object instead of three (PyStr, String, byte[]). Programs keep
     * millions of short strs alive (words, keys, fields of a split), and the young collections
     * copy every object that survives, so the count of objects is what they pay for. A str
     * takes this form when it is stored in a list, dict or set ({@link #compact}), where it is
     * likely to outlive the expression that made it; a temporary keeps its String, since an
     * operation that needs a String (most methods) must make one from the inline form.
     */
    private long lo, hi;
    private static final int INLINE_MAX = 16;
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
    private static final byte CHAIN_BITS = 3, SPLIT = 4, KEEP = 8;

    /** A str's text with the char offset of each code point index (and the length at the end). */
    private record Indexed(String value, int[] offsets) {}

    protected PyStr(String value) {
        this.text = value;
    }

    /** A str that keeps its String: for names, which the runtime looks up by their Java text. */
    private PyStr(String value, boolean keepString) {
        this.text = value;
        this.flags = KEEP;
    }

    /**
     * Gives a short Latin-1 str the inline form, for a str being stored where it may live long.
     * Not for interned names, which the runtime looks up by their String.
     */
    public final void compact() {
        // (Under the GIL no other thread reads this str while its fields change.)
        if (text instanceof String v && v.length() <= INLINE_MAX && (flags & KEEP) == 0) {
            int n = v.length();
            if (latin1(v, 0, n)) {
                lo = word(v, 0, Math.min(n, 8));
                hi = n > 8 ? word(v, 8, n) : 0;
                cpLength = n;
                text = null;
            }
        }
    }

    /** {@code s.substring(from, to)} (at most {@link #INLINE_MAX} chars) as an inline str; null if not all Latin-1. */
    private static PyStr packed(String s, int from, int to) {
        if (!latin1(s, from, to)) {
            return null;
        }
        int mid = Math.min(to, from + 8);
        return new PyStr(word(s, from, mid), word(s, mid, to), to - from);
    }

    private static boolean latin1(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** Chars {@code from..to} of s (at most eight, Latin-1) as a little-endian word. */
    private static long word(String s, int from, int to) {
        long w = 0;
        for (int i = to - 1; i >= from; i--) {
            w = (w << 8) | s.charAt(i);
        }
        return w;
    }

    private PyStr(long lo, long hi, int length) {
        this.lo = lo;
        this.hi = hi;
        this.cpLength = length;
    }

    /** Whether the chars are inline (see {@link #lo}). */
    boolean inline() {
        return text == null;
    }

    /** Char {@code i} of an inline str. */
    private char inlineChar(int i) {
        return (char) (((i < 8 ? lo : hi) >>> ((i & 7) << 3)) & 0xFF);
    }

    private String unpack() {
        int n = cpLength;
        byte[] b = new byte[n];
        long w = lo;
        for (int i = 0; i < n; i++) {
            if (i == 8) {
                w = hi;
            }
            b[i] = (byte) w;
            w >>>= 8;
        }
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Char {@code i} of a str that is not split (see {@link #SPLIT}), by its Java chars. */
    private char charAt(int i) {
        Object t = text;
        return t == null ? inlineChar(i) : t instanceof String v ? v.charAt(i) : value().charAt(i);
    }

    /** The first index of {@code sub} in this inline str, comparing chars; -1 if none. */
    int inlineIndexOf(PyStr sub) {
        int n = cpLength, m = sub.charLength();
        if (m == 0) {
            return 0;
        }
        if (sub.isSplit()) {
            return -1;
        }
        outer:
        for (int i = 0; i + m <= n; i++) {
            for (int k = 0; k < m; k++) {
                if (inlineChar(i + k) != sub.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** {@code self.startswith(p)} or {@code self.endswith(p)} of this inline str. */
    boolean inlineAffix(PyStr p, boolean ends) {
        int n = cpLength, m = p.charLength();
        if (m > n || m > 0 && p.isSplit()) {
            return false;
        }
        int at = ends ? n - m : 0;
        for (int k = 0; k < m; k++) {
            if (inlineChar(at + k) != p.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * {@code upper()} or {@code lower()} of an inline ASCII str (a new str, as CPython's always is
     * unless empty), eight chars at a time; null if
     * the str is not inline ASCII. Each byte gets 0x80 added past the bound it is tested against,
     * and no byte carries into the next, since all are below 0x80.
     */
    PyStr asciiCase(boolean upper) {
        if (text != null || ((lo | hi) & HIGH_BITS) != 0) {
            return null;
        }
        return cpLength == 0 ? EMPTY : new PyStr(caseWord(lo, upper), caseWord(hi, upper), cpLength);
    }

    private static long caseWord(long w, boolean upper) {
        // bytes in 'a'..'z' (or 'A'..'Z'): at least the first letter, below the one after the last
        long from = upper ? 0x1f1f1f1f1f1f1f1fL : 0x3f3f3f3f3f3f3f3fL;
        long past = upper ? 0x0505050505050505L : 0x2525252525252525L;
        long in = (w + from) & ~(w + past) & HIGH_BITS;
        return upper ? w - (in >>> 2) : w + (in >>> 2);
    }

    /** Appends the text to {@code sb}, without making a String of an inline str. */
    public void appendTo(StringBuilder sb) {
        if (text == null) {
            for (int i = 0, n = cpLength; i < n; i++) {
                sb.append(inlineChar(i));
            }
        } else {
            sb.append(value());
        }
    }

    private PyStr(StringBuilder grown, int length, int cpLength) {
        this.text = new Grown(grown, length);
        this.cpLength = cpLength;
        this.flags = CHAIN;
    }

    /** A copy of {@code from}'s value, for the layout of str subclasses and exact copies. */
    protected PyStr(PyStr from) {
        this.lo = from.lo;
        this.hi = from.hi;
        this.text = from.text == null ? null : from.text instanceof Indexed ix ? ix : from.value();
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
        if (text == null) {
            return false;
        }
        int n = charLength();
        return n > 0 && Character.isHighSurrogate(lastChar());
    }

    /** The last char of a nonempty str, without making a grown str whole. */
    private char lastChar() {
        Object t = text;
        if (t == null) {
            return inlineChar(cpLength - 1);
        }
        if (!(t instanceof Grown g)) {
            String s = value();
            return s.charAt(s.length() - 1);
        }
        synchronized (g.builder) {
            return g.builder.charAt(g.length - 1);
        }
    }

    private boolean startsWithLowSurrogate() {
        return text != null && !value().isEmpty() && Character.isLowSurrogate(value().charAt(0));
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
        PyStr small = concatInline(parts, from, to);
        if (small != null) {
            return small;
        }
        String[] values = new String[to - from];
        boolean glued = false, anyInline = false;
        char last = 0;
        long len = 0;
        for (int i = from; i < to; i++) {
            PyStr p = (PyStr) parts[i];
            if (p.text == null) { // Latin-1: no surrogate to glue; appended from its inline chars
                len += p.cpLength;
                last = p.cpLength > 0 ? 0 : last;
                anyInline = true;
                continue;
            }
            String v = p.value();
            values[i - from] = v;
            len += v.length();
            if (!v.isEmpty()) {
                glued |= p.isSplit() || Character.isHighSurrogate(last) && Character.isLowSurrogate(v.charAt(0));
                last = v.charAt(v.length() - 1);
            }
        }
        if (!glued && !anyInline) {
            return of(values.length == 2 ? values[0].concat(values[1]) : String.join("", values));
        }
        if (!glued) {
            StringBuilder sb = new StringBuilder(FormatSpec.size(len));
            for (int i = from; i < to; i++) {
                String v = values[i - from];
                if (v != null) {
                    sb.append(v);
                } else {
                    ((PyStr) parts[i]).appendTo(sb);
                }
            }
            return of(sb.toString());
        }
        java.util.stream.IntStream.Builder b = java.util.stream.IntStream.builder();
        for (int i = from; i < to; i++) {
            for (int c : ((PyStr) parts[i]).codePoints()) {
                b.add(c);
            }
        }
        return ofCodePoints(b.build().toArray());
    }

    /**
     * The concatenation of parts that together are short and Latin-1, made inline, or null:
     * then no String is made for the result (nor for the parts, if inline themselves).
     */
    private static PyStr concatInline(PyObject[] parts, int from, int to) {
        int total = 0;
        for (int i = from; i < to; i++) {
            total += ((PyStr) parts[i]).charLength();
            if (total > INLINE_MAX) {
                return null;
            }
        }
        long a = 0, b = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            PyStr p = (PyStr) parts[i];
            if (!p.packable()) {
                return null;
            }
            int m = p.charLength();
            if (m > 0) {
                long plo = p.packedWord(0);
                b = appendedHi(b, n, plo, p.packedWord(1));
                a = appendedLo(a, n, plo);
                n += m;
            }
        }
        return n == 0 ? EMPTY : new PyStr(a, b, n);
    }

    /** {@code sep.join(items)} for a Latin-1 sep and inline items, {@code len} chars in all: one byte array, copied once. */
    static PyStr joinLatin1(String sep, PyObject[] items, int len) {
        byte[] out = new byte[len];
        int pos = 0, ns = sep.length();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                for (int k = 0; k < ns; k++) {
                    out[pos++] = (byte) sep.charAt(k);
                }
            }
            PyStr p = (PyStr) items[i];
            long w = p.lo;
            for (int k = 0, n = p.cpLength; k < n; k++) {
                if (k == 8) {
                    w = p.hi;
                }
                out[pos++] = (byte) w;
                w >>>= 8;
            }
        }
        return of(new String(out, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** {@code str(v)}: inline when it has at most 16 chars, so that no String is made. */
    public static PyStr ofLong(long v) {
        return v == Long.MIN_VALUE ? new PyStr(Long.toString(v)) : ofDigits(v, 10, false, 0, false);
    }

    /**
     * v (not Long.MIN_VALUE) in a radix up to 16, padded on the left to {@code width} with
     * zeros after the sign or spaces before it, as {@code format(v, '08x')} gives it: inline when
     * at most 16 chars, so that formatting a small int makes one object.
     */
    static PyStr ofDigits(long v, int radix, boolean upper, int width, boolean zero) {
        // (radix 10 divides by a constant, which the JIT turns into a multiplication)
        long u = Math.abs(v);
        int nd = 1;
        for (long x = u; x >= radix; x = radix == 10 ? x / 10 : x / radix) {
            nd++;
        }
        int len = Math.max(width, v < 0 ? nd + 1 : nd);
        int signAt = v >= 0 ? -1 : zero ? 0 : len - nd - 1;
        byte[] big = len > INLINE_MAX ? new byte[len] : null;
        long a = 0, b = 0;
        for (int i = len - 1; i >= 0; i--) {
            long c;
            if (i >= len - nd) {
                long q = radix == 10 ? u / 10 : u / radix;
                int d = (int) (u - q * radix);
                u = q;
                c = d < 10 ? '0' + d : (upper ? 'A' : 'a') + d - 10;
            } else {
                c = i == signAt ? '-' : zero ? '0' : ' ';
            }
            if (big != null) {
                big[i] = (byte) c;
            } else if (i < 8) {
                a |= c << (i << 3);
            } else {
                b |= c << ((i - 8) << 3);
            }
        }
        return big != null ? new PyStr(new String(big, java.nio.charset.StandardCharsets.ISO_8859_1)) : new PyStr(a, b, len);
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

    /** A str constant of compiled code: keeps its String, since it is used again and again. */
    public static PyStr constant(String s) {
        return s.isEmpty() ? EMPTY : new PyStr(s, true);
    }

    /**
     * {@code s.substring(from, to)} as a str, inline when short and Latin-1 (for the pieces of
     * a split, which go into a list): then no String is made at all.
     */
    static PyStr ofRange(String s, int from, int to) {
        if (to == from) {
            return EMPTY;
        }
        PyStr p = to - from <= INLINE_MAX ? packed(s, from, to) : null;
        return p != null ? p : new PyStr(s.substring(from, to));
    }

    /** The text of {@code sb} as a str: inline when short and Latin-1, so that no String is made. */
    static PyStr ofBuilder(StringBuilder sb) {
        int n = sb.length();
        if (n <= INLINE_MAX) {
            long a = 0, b = 0;
            for (int i = 0; i < n; i++) {
                long c = sb.charAt(i);
                if (c > 0xFF) {
                    return of(sb.toString());
                }
                if (i < 8) {
                    a |= c << (i << 3);
                } else {
                    b |= c << ((i - 8) << 3);
                }
            }
            return n == 0 ? EMPTY : new PyStr(a, b, n);
        }
        return new PyStr(sb.toString());
    }

    /** The repr of an inline str of printable ASCII with no quote or backslash (inline too), else null. */
    private PyStr inlineRepr() {
        int n = cpLength;
        if (n > INLINE_MAX - 2) {
            return null;
        }
        long a = '\'', b = 0;
        for (int i = 0; i <= n; i++) {
            long c = i < n ? inlineChar(i) : '\'';
            if (i < n && (c < 0x20 || c > 0x7e || c == '\'' || c == '\\')) {
                return null;
            }
            int k = i + 1;
            if (k < 8) {
                a |= c << (k << 3);
            } else {
                b |= c << ((k - 8) << 3);
            }
        }
        return new PyStr(a, b, n + 2);
    }

    /** {@code strip()} (whitespace) of an inline str, read from its inline chars. */
    PyStr inlineStrip(boolean left, boolean right) {
        int i = 0, j = cpLength;
        while (left && i < j && StrUnicode.isSpace(inlineChar(i))) {
            i++;
        }
        while (right && j > i && StrUnicode.isSpace(inlineChar(j - 1))) {
            j--;
        }
        return substring(i, j);
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
        return r != null ? r : INTERNED.computeIfAbsent(s, v -> v.isEmpty() ? EMPTY : new PyStr(v, true));
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
        return t instanceof String s ? s : t == null ? unpack() : t instanceof Indexed ix ? ix.value : materialize((Grown) t);
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
    int charLength() {
        Object t = text;
        return t instanceof String s ? s.length() : t == null ? cpLength : t instanceof Grown g ? g.length : ((Indexed) t).value.length();
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
        if (text == null) {
            return inlineChar(i);
        }
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
        if (end <= start) {
            return EMPTY;
        }
        if (text == null) {
            long a = 0, b = 0;
            for (int i = start; i < end; i++) {
                int k = i - start;
                if (k < 8) {
                    a |= (long) inlineChar(i) << (k << 3);
                } else {
                    b |= (long) inlineChar(i) << ((k - 8) << 3);
                }
            }
            return new PyStr(a, b, end - start);
        }
        return new PyStr(value().substring(offset(start), offset(end)));
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        PyStr s = (PyStr) self;
        if (key instanceof PySlice slice) {
            if (slice.step == PyNone.INSTANCE) {
                int n = s.length();
                long from = slice.simpleEnd(false, n), to = slice.simpleEnd(true, n);
                if (from != Long.MIN_VALUE && to != Long.MIN_VALUE) {
                    return exact(s.substring((int) from, (int) Math.max(from, to))); // a subclass's s[:] is a str
                }
            }
            PySlice.Bounds b = slice.bounds(s.length());
            if (b.step() == 1) {
                return exact(s.substring((int) b.start(), (int) b.stop()));
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

    /** {@code x + y} (at most 16 chars together) made inline, or null if one is not Latin-1. */
    private static PyStr concatInline(PyStr x, PyStr y) {
        if (!x.packable() || !y.packable()) {
            return null;
        }
        int nx = x.charLength(), n = nx + y.charLength();
        long yl = y.packedWord(0);
        return n == 0 ? EMPTY : new PyStr(appendedLo(x.packedWord(0), nx, yl),
                appendedHi(x.packedWord(1), nx, yl, y.packedWord(1)), n);
    }

    /** Chars 0-7 of an inline str of {@code n} chars (word {@code a}) after appending one whose first eight are {@code plo}. */
    private static long appendedLo(long a, int n, long plo) {
        return n == 0 ? plo : n < 8 ? a | plo << (n << 3) : a;
    }

    /** Chars 8-15 of an inline str of {@code n} chars (word {@code b}) after appending one with words {@code plo}, {@code phi}. */
    private static long appendedHi(long b, int n, long plo, long phi) {
        if (n == 0) {
            return phi;
        }
        if (n < 8) {
            int sh = n << 3;
            return b | plo >>> (64 - sh) | phi << sh;
        }
        return n == 8 ? plo : b | plo << ((n - 8) << 3);
    }

    /** Whether the chars can be held inline (Latin-1 text, or inline already); not the length. */
    private boolean packable() {
        return text == null || text instanceof String v && latin1(v, 0, v.length());
    }

    /** Chars 0-7 (half 0) or 8-15 (half 1) of a packable str of at most 16 chars, as an inline word. */
    private long packedWord(int half) {
        if (text == null) {
            return half == 0 ? lo : hi;
        }
        String v = (String) text;
        int m = v.length();
        return half == 0 ? word(v, 0, Math.min(m, 8)) : m > 8 ? word(v, 8, m) : 0;
    }

    /** Below this many chars concatenation copies; from there on a chain shares one builder. */
    private static final int GROW_MIN = 64;
    private static final byte CHAIN = 3;

    PyObject concat(PyStr other) {
        int m = other.charLength();
        if (m == 0 && type() == TYPE) {
            return this;
        }
        int n = charLength();
        if (n == 0 && other.type() == TYPE) {
            return other;
        }
        if (n + m <= INLINE_MAX && (text == null || other.text == null)) {
            PyStr r = concatInline(this, other);
            if (r != null) {
                return r;
            }
        }
        String b = other.value();
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
            h = text == null ? SipHash.hashLatin1(lo, hi, cpLength)
                    : isSplit() ? SipHash.hashCodePoints(codePoints()) : SipHash.hashString(value());
            hash = h;
        }
        return h;
    }

    private static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        if (!(v instanceof PyStr a) || !(w instanceof PyStr b)) {
            return PyNotImplemented.INSTANCE;
        }
        if (a.text == null && b.text == null) {
            int c = compareInline(a, b);
            return PyBool.of(switch (op) {
                case LT -> c < 0; case LE -> c <= 0; case EQ -> c == 0; case NE -> c != 0; case GT -> c > 0; case GE -> c >= 0;
            });
        }
        if ((op == CompareOp.EQ || op == CompareOp.NE) && (a.text == null || b.text == null)) {
            return PyBool.of(a.equals(b) == (op == CompareOp.EQ));
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

    /** Compares two inline strs: chars in order (the first byte is the lowest), then lengths. */
    private static int compareInline(PyStr a, PyStr b) {
        int c = Long.compareUnsigned(Long.reverseBytes(a.lo), Long.reverseBytes(b.lo));
        if (c == 0) {
            c = Long.compareUnsigned(Long.reverseBytes(a.hi), Long.reverseBytes(b.hi));
        }
        return c != 0 ? c : Integer.compare(a.cpLength, b.cpLength);
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
        if (!(o instanceof PyStr s)) {
            return false;
        }
        if (text == null || s.text == null) {
            if (text == null && s.text == null) {
                return lo == s.lo && hi == s.hi && cpLength == s.cpLength;
            }
            PyStr in = text == null ? this : s, other = text == null ? s : this;
            return in.cpLength == other.charLength() && !other.isSplit() && in.sameChars(other.value());
        }
        return s.value().equals(value()) && s.isSplit() == isSplit()
                && (!isSplit() || java.util.Arrays.equals(((Indexed) s.text).offsets, ((Indexed) text).offsets));
    }

    /** Whether this inline str has the chars of {@code v}, a String of its length. */
    private boolean sameChars(String v) {
        for (int i = 0; i < cpLength; i++) {
            if (v.charAt(i) != inlineChar(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        if (text == null) { // String's hash, as equal strs held as Strings have
            int h = 0;
            for (int i = 0; i < cpLength; i++) {
                h = 31 * h + inlineChar(i);
            }
            return h;
        }
        return value().hashCode();
    }

    @Override
    public String toString() {
        return value();
    }
}
