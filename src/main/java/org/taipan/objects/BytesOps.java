package org.taipan.objects;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The operations bytes and bytearray share. They work on a byte array and its used length;
 * {@code make} builds a result of the receiver's own type.
 */
final class BytesOps {
    private BytesOps() {}

    interface Maker {
        PyObject make(byte[] data);
    }

    /** The bytes of a bytes-like object (bytes or bytearray), or null for anything else. */
    static byte[] bytesOrNull(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.data();
        }
        if (o instanceof PyByteArray b) {
            return b.toByteArray();
        }
        if (o instanceof PyMemoryView m) {
            return m.toBytes();
        }
        if (o instanceof BufferExporter e) {
            return e.bufferBytes();
        }
        return null;
    }

    /** The bytes of a bytes-like object; "a bytes-like object is required, not 'str'" otherwise. */
    static byte[] bytes(PyObject o) {
        byte[] b = bytesOrNull(o);
        if (b == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
        }
        return b;
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    /** A value that must be one byte: an index in range(0, 256). */
    static int byteValue(PyObject v) {
        PyInt i = Seq.index(v);
        if (!i.isLong() || i.longValue() < 0 || i.longValue() > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return (int) i.longValue();
    }

    // ---- construction: bytes(x) and bytearray(x)

    /** The initial contents for {@code bytes(source, encoding, errors)}; {@code source} may be null. */
    static byte[] fromSource(PyObject source, PyObject encoding, PyObject errors, boolean isBytes) {
        if (source == null) {
            if (encoding != null || errors != null) {
                throw Errors.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return new byte[0];
        }
        if (source instanceof PyStr s) {
            if (encoding == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            return StrCodecs.encode(s.toString(), str(encoding, "encoding"), errors == null ? "strict" : str(errors, "errors"));
        }
        if (encoding != null) {
            throw Errors.typeError("encoding without a string argument");
        }
        if (errors != null) {
            throw Errors.typeError("errors without a string argument");
        }
        byte[] b = bytesOrNull(source);
        if (b != null) {
            // a bytes object's array is shared, not copied: a bytearray needs its own
            return !isBytes && source instanceof PyBytes ? b.clone() : b;
        }
        if (Seq.hasIndex(source)) {
            long n = Seq.asSize(source, ExceptionTypes.OVERFLOW_ERROR);
            if (n < 0) {
                throw Errors.valueError("negative count");
            }
            if (n > Integer.MAX_VALUE - 8) {
                throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
            }
            return new byte[(int) n];
        }
        if (source.type().iter == null && source.type().getitem == null) {
            throw Errors.typeError("cannot convert '" + source.type().name() + "' object to "
                    + (isBytes ? "bytes" : "bytearray"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyObject it = Iter.of(source);
        if (isBytes) {
            Iter.lengthHint(source, 64); // bytes() asks, bytearray() does not
        }
        for (PyObject v = Iter.next(it); v != null; v = Iter.next(it)) {
            PyInt i = Seq.index(v);
            if (!i.isLong() || i.longValue() < 0 || i.longValue() > 255) {
                throw Errors.valueError(isBytes ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
            }
            out.write((int) i.longValue());
        }
        return out.toByteArray();
    }

    private static String str(PyObject o, String what) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("bytes() argument '" + what + "' must be str, not " + Errors.argTypeName(o));
        }
        return s.toString();
    }

    // ---- comparison and searching

    static int compare(byte[] a, int na, byte[] b, int nb) {
        return Arrays.compareUnsigned(a, 0, na, b, 0, nb);
    }

    static PyBool compareResult(int c, CompareOp op) {
        return PyBool.of(switch (op) {
            case LT -> c < 0; case LE -> c <= 0; case EQ -> c == 0; case NE -> c != 0; case GT -> c > 0; case GE -> c >= 0;
        });
    }

    /** The needle of find/count/index: a bytes-like object or a byte value. */
    static byte[] needle(PyObject sub) {
        byte[] b = bytesOrNull(sub);
        if (b != null) {
            return b;
        }
        if (!Seq.hasIndex(sub)) {
            throw Errors.typeError("argument should be integer or bytes-like object, not '" + sub.type().name() + "'");
        }
        return new byte[] {(byte) byteValue(sub)};
    }

    static int indexOf(byte[] h, int from, int to, byte[] n) {
        for (int i = from; i + n.length <= to; i++) {
            if (Arrays.equals(h, i, i + n.length, n, 0, n.length)) {
                return i;
            }
        }
        return -1;
    }

    static int lastIndexOf(byte[] h, int from, int to, byte[] n) {
        for (int i = to - n.length; i >= from; i--) {
            if (Arrays.equals(h, i, i + n.length, n, 0, n.length)) {
                return i;
            }
        }
        return -1;
    }

    static boolean contains(byte[] data, int len, PyObject x) {
        if (Seq.hasIndex(x)) {
            int v = byteValue(x);
            for (int i = 0; i < len; i++) {
                if ((data[i] & 0xff) == v) {
                    return true;
                }
            }
            return false;
        }
        return indexOf(data, 0, len, bytes(x)) >= 0;
    }

    /** A start/end argument clamped like a slice bound; null means the default. */
    private static int bound(PyObject v, int len, int dflt) {
        if (v == null || v == PyNone.INSTANCE) {
            return dflt;
        }
        if (!Seq.hasIndex(v)) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        long i = Seq.asSize(v, null);
        if (i < 0) {
            i = Math.max(i + len, 0);
        }
        return (int) Math.min(i, len);
    }

    /** find/rfind/index/rindex/count with optional start and end. */
    /** find/index/count/startswith… parsers, made once per name (parsing the signature per call cost more than the search). */
    private static final java.util.Map<String, ArgParser> SEARCH_ARGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static ArgParser searchArgs(String name) {
        return SEARCH_ARGS.computeIfAbsent(name, n -> ArgParser.clinic(n, "sub, start=None, end=None, /"));
    }

    static PyObject search(String name, byte[] data, PyObject[] args, int start, String[] kwnames) {
        Seq.noKeywords(name, kwnames);
        // PyArg_ParseTuple's wording: "count() takes at least 1 argument (0 given)"
        PyObject[] a = searchArgs(name).bind(args, start, null);
        byte[] n = needle(a[0]);
        int len = data.length;
        long rawLo = a[1] == null || a[1] == PyNone.INSTANCE ? 0 : rawBound(a[1], len);
        int lo = bound(a[1], len, 0), hi = bound(a[2], len, len);
        if (name.equals("count")) {
            if (rawLo > len) {
                return PyInt.of(0);
            }
            if (n.length == 0) {
                return PyInt.of(Math.max(hi - lo, -1) + 1);
            }
            int c = 0;
            for (int i = indexOf(data, lo, hi, n); i >= 0; i = indexOf(data, i + n.length, hi, n)) {
                c++;
            }
            return PyInt.of(c);
        }
        boolean right = name.startsWith("r");
        int r = rawLo > len || hi < lo ? -1 : right ? lastIndexOf(data, lo, hi, n) : indexOf(data, lo, hi, n);
        if (r < 0 && name.endsWith("index")) {
            throw Errors.valueError("subsection not found");
        }
        return PyInt.of(r);
    }

    private static long rawBound(PyObject v, int len) {
        if (!Seq.hasIndex(v)) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        long i = Seq.asSize(v, null);
        return i < 0 ? Math.max(i + len, 0) : i;
    }

    /** startswith/endswith: a bytes-like prefix or a tuple of them. */
    static PyObject startsOrEnds(String name, byte[] data, PyObject[] args, int start, String[] kwnames) {
        Seq.noKeywords(name, kwnames);
        // PyArg_ParseTuple's wording: "count() takes at least 1 argument (0 given)"
        PyObject[] a = searchArgs(name).bind(args, start, null);
        int len = data.length;
        long rawLo = a[1] == null || a[1] == PyNone.INSTANCE ? 0 : rawBound(a[1], len);
        int lo = bound(a[1], len, 0), hi = bound(a[2], len, len);
        PyObject[] options = a[0] instanceof PyTuple t ? t.toArray() : new PyObject[] {a[0]};
        for (PyObject o : options) {
            byte[] p = bytesOrNull(o);
            if (p == null) {
                throw Errors.typeError(a[0] instanceof PyTuple
                        ? "a bytes-like object is required, not '" + o.type().name() + "'"
                        : name + " first arg must be bytes or a tuple of bytes, not " + o.type().name());
            }
            if (rawLo > len || hi - lo < p.length) {
                continue;
            }
            int at = name.equals("startswith") ? lo : hi - p.length;
            if (Arrays.equals(data, at, at + p.length, p, 0, p.length)) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    // ---- transformations

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] repeat(byte[] a, long n) {
        int len = Seq.repeatedLength(a.length, n);
        byte[] out = new byte[len];
        for (int i = 0; i < len; i += a.length) {
            System.arraycopy(a, 0, out, i, a.length);
        }
        return out;
    }

    static byte[] slice(byte[] data, PySlice s) {
        PySlice.Bounds b = s.bounds(data.length);
        byte[] out = new byte[(int) b.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = data[(int) (b.start() + i * b.step())];
        }
        return out;
    }

    static byte[] strip(byte[] data, PyObject chars, boolean left, boolean right) {
        byte[] set = chars == null || chars == PyNone.INSTANCE ? null : bytes(chars);
        int lo = 0, hi = data.length;
        while (left && lo < hi && strippable(data[lo], set)) {
            lo++;
        }
        while (right && hi > lo && strippable(data[hi - 1], set)) {
            hi--;
        }
        return Arrays.copyOfRange(data, lo, hi);
    }

    private static boolean strippable(byte b, byte[] set) {
        if (set == null) {
            return isSpace(b & 0xff);
        }
        for (byte c : set) {
            if (c == b) {
                return true;
            }
        }
        return false;
    }

    private static final ArgParser SPLIT_ARGS = ArgParser.clinic("split", "sep=None, maxsplit=-1");
    private static final ArgParser RSPLIT_ARGS = ArgParser.clinic("rsplit", "sep=None, maxsplit=-1");

    static PyObject split(byte[] data, PyObject[] args, int start, String[] kwnames, boolean fromRight, Maker make) {
        PyObject[] a = (fromRight ? RSPLIT_ARGS : SPLIT_ARGS).bind(args, start, kwnames);
        long max = a[1] == null ? -1 : Seq.asSize(a[1], ExceptionTypes.OVERFLOW_ERROR);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        List<PyObject> parts = new ArrayList<>();
        if (a[0] == null || a[0] == PyNone.INSTANCE) {
            splitWhitespace(data, max, fromRight, make, parts);
        } else {
            byte[] sep = bytes(a[0]);
            if (sep.length == 0) {
                throw Errors.valueError("empty separator");
            }
            if (!fromRight) {
                int pos = 0;
                for (int i = indexOf(data, 0, data.length, sep); i >= 0 && max > 0;
                     i = indexOf(data, pos, data.length, sep), max--) {
                    parts.add(make.make(Arrays.copyOfRange(data, pos, i)));
                    pos = i + sep.length;
                }
                parts.add(make.make(Arrays.copyOfRange(data, pos, data.length)));
            } else {
                int end = data.length;
                for (int i = lastIndexOf(data, 0, end, sep); i >= 0 && max > 0; i = lastIndexOf(data, 0, end, sep), max--) {
                    parts.add(0, make.make(Arrays.copyOfRange(data, i + sep.length, end)));
                    end = i;
                }
                parts.add(0, make.make(Arrays.copyOfRange(data, 0, end)));
            }
        }
        return PyList.wrap(parts.toArray(new PyObject[parts.size()]));
    }

    private static void splitWhitespace(byte[] d, long max, boolean fromRight, Maker make, List<PyObject> parts) {
        if (!fromRight) {
            int i = 0, n = d.length;
            while (true) {
                while (i < n && isSpace(d[i] & 0xff)) {
                    i++;
                }
                if (i == n) {
                    return;
                }
                if (max-- == 0) {
                    parts.add(make.make(Arrays.copyOfRange(d, i, n)));
                    return;
                }
                int j = i;
                while (j < n && !isSpace(d[j] & 0xff)) {
                    j++;
                }
                parts.add(make.make(Arrays.copyOfRange(d, i, j)));
                i = j;
            }
        }
        int i = d.length;
        while (true) {
            while (i > 0 && isSpace(d[i - 1] & 0xff)) {
                i--;
            }
            if (i == 0) {
                return;
            }
            if (max-- == 0) {
                parts.add(0, make.make(Arrays.copyOfRange(d, 0, i)));
                return;
            }
            int j = i;
            while (j > 0 && !isSpace(d[j - 1] & 0xff)) {
                j--;
            }
            parts.add(0, make.make(Arrays.copyOfRange(d, j, i)));
            i = j;
        }
    }

    static byte[] join(byte[] sep, PyObject iterable) {
        if (iterable.type().iter == null && iterable.type().getitem == null) {
            throw Errors.typeError("can only join an iterable");
        }
        PyObject[] items = Iter.toArray(iterable);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < items.length; i++) {
            byte[] b = bytesOrNull(items[i]);
            if (b == null) {
                throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, "
                        + items[i].type().name() + " found");
            }
            if (i > 0) {
                out.writeBytes(sep);
            }
            out.writeBytes(b);
        }
        return out.toByteArray();
    }

    private static final ArgParser REPLACE_ARGS = ArgParser.unpack("replace", 2, 3);

    static byte[] replace(byte[] d, PyObject[] args, int start, String[] kwnames) {
        Seq.noKeywords("replace", kwnames);
        PyObject[] a = REPLACE_ARGS.bind(args, start, kwnames);
        byte[] old = bytes(a[0]), repl = bytes(a[1]);
        long count = a[2] == null ? -1 : Seq.asSize(a[2], ExceptionTypes.OVERFLOW_ERROR);
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (old.length == 0) {
            // an empty pattern matches before every byte and at the end
            int i = 0;
            for (; i <= d.length; i++) {
                if (count-- > 0) {
                    out.writeBytes(repl);
                } else {
                    out.write(d, i, d.length - i);
                    return out.toByteArray();
                }
                if (i < d.length) {
                    out.write(d[i]);
                }
            }
            return out.toByteArray();
        }
        int pos = 0;
        for (int i = indexOf(d, 0, d.length, old); i >= 0 && count > 0; i = indexOf(d, pos, d.length, old), count--) {
            out.write(d, pos, i - pos);
            out.writeBytes(repl);
            pos = i + old.length;
        }
        out.write(d, pos, d.length - pos);
        return out.toByteArray();
    }

    static byte[] mapCase(byte[] d, boolean upper) {
        byte[] out = d.clone();
        for (int i = 0; i < out.length; i++) {
            int c = out[i] & 0xff;
            if (upper && c >= 'a' && c <= 'z' || !upper && c >= 'A' && c <= 'Z') {
                out[i] = (byte) (c ^ 0x20);
            }
        }
        return out;
    }

    /** isdigit, isalpha, isalnum, isspace, islower, isupper on ASCII. */
    static boolean test(byte[] d, char kind) {
        if (d.length == 0) {
            return false;
        }
        boolean cased = false;
        for (byte b : d) {
            int c = b & 0xff;
            boolean digit = c >= '0' && c <= '9', lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
            switch (kind) {
                case 'd' -> { if (!digit) return false; }
                case 'a' -> { if (!lower && !upper) return false; }
                case 'n' -> { if (!lower && !upper && !digit) return false; }
                case 's' -> { if (!isSpace(c)) return false; }
                case 'l' -> { if (upper) return false; cased |= lower; }
                default -> { if (lower) return false; cased |= upper; }
            }
        }
        return kind == 'l' || kind == 'u' ? cased : true;
    }

    // ---- hex

    private static final ArgParser HEX_ARGS = ArgParser.clinic("hex", "sep=<unrepresentable>, bytes_per_sep=1");

    static PyObject hex(byte[] d, PyObject[] args, int start, String[] kwnames) {
        PyObject[] a = HEX_ARGS.bind(args, start, kwnames);
        String sep = null;
        if (a[0] != null) {
            if (Abstract.length(a[0]) != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
            if (a[0] instanceof PyStr s) {
                sep = s.toString();
            } else if (a[0] instanceof PyBytes b) {
                sep = new String(b.data(), java.nio.charset.StandardCharsets.ISO_8859_1);
            } else {
                throw Errors.typeError("sep must be str or bytes.");
            }
            if (sep.charAt(0) > 127) {
                throw Errors.valueError("sep must be ASCII.");
            }
        }
        long per = a[1] == null ? 1 : Seq.asSize(a[1], ExceptionTypes.OVERFLOW_ERROR);
        StringBuilder sb = new StringBuilder(d.length * 3);
        long group = Math.abs(per);
        for (int i = 0; i < d.length; i++) {
            if (sep != null && i > 0 && group > 0) {
                // positive counts group from the right, negative from the left
                long fromStart = per > 0 ? d.length - i : i;
                if (fromStart % group == 0) {
                    sb.append(sep);
                }
            }
            sb.append(Character.forDigit((d[i] >> 4) & 0xf, 16)).append(Character.forDigit(d[i] & 0xf, 16));
        }
        return PyStr.of(sb.toString());
    }

    static byte[] fromHex(PyObject arg) {
        if (!(arg instanceof PyStr s)) {
            throw Errors.typeError("fromhex() argument must be str, not " + Errors.argTypeName(arg));
        }
        String str = s.toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0, n = str.length();
        while (true) {
            while (i < n && isSpace(str.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return out.toByteArray();
            }
            int hi = str.charAt(i) < 128 ? Character.digit(str.charAt(i), 16) : -1;
            int lo = i + 1 < n && str.charAt(i + 1) < 128 ? Character.digit(str.charAt(i + 1), 16) : -1;
            if (hi < 0 || lo < 0) {
                int at = hi < 0 ? i : i + 1;
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + at);
            }
            out.write(hi << 4 | lo);
            i += 2;
        }
    }

    // ---- decode

    private static final ArgParser DECODE_ARGS = ArgParser.clinic("decode", "encoding='utf-8', errors='strict'");

    static PyObject decode(byte[] d, PyObject self, PyObject[] args, int start, String[] kwnames) {
        PyObject[] a = DECODE_ARGS.bind(args, start, kwnames);
        String enc = a[0] == null ? "utf-8" : argStr("decode", 1, "encoding", a[0]);
        String errors = a[1] == null ? "strict" : argStr("decode", 2, "errors", a[1]);
        return StrCodecs.decode(d, enc, errors, self);
    }

    private static String argStr(String fn, int pos, String name, PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError(fn + "() argument '" + name + "' must be str, not " + Errors.argTypeName(o));
        }
        return s.toString();
    }
}
