package org.taipan.objects;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * The codecs of {@code str.encode}, {@code str(bytes, encoding, errors)}: UTF-8, Latin-1,
 * ASCII, UTF-16 and UTF-32 (with or without a byte order), with the error handlers strict,
 * ignore, replace, backslashreplace, xmlcharrefreplace, namereplace, surrogateescape and
 * surrogatepass, reporting errors with CPython's ranges and reasons.
 */
final class StrCodecs {
    private StrCodecs() {}

    /** A codec: its name in error messages, and the unit width (1 byte-oriented, 2, 4) and byte order. */
    private record Codec(String name, int unit, boolean big, boolean bom, int limit) {}

    private static final Codec UTF8 = new Codec("utf-8", 1, false, false, 0x110000);
    private static final Codec LATIN1 = new Codec("latin-1", 1, false, false, 0x100);
    private static final Codec ASCII = new Codec("ascii", 1, false, false, 0x80);

    private static Codec lookup(String encoding) {
        Codec c = find(encoding);
        if (c == null) {
            throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
        return c;
    }

    /** Python's alias lookup: lower case, runs of punctuation and spaces as one '_', then the alias table; null if not built in. */
    static Codec find(String encoding) {
        StringBuilder sb = new StringBuilder();
        boolean punct = false;
        for (char c : encoding.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '.') {
                if (punct && !sb.isEmpty()) {
                    sb.append('_');
                }
                sb.append(c);
                punct = false;
            } else {
                punct = true;
            }
        }
        return switch (sb.toString()) {
            case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4" -> UTF8;
            case "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "iso8859", "8859", "cp819", "ibm819",
                 "csisolatin1", "iso_8859_1_1987", "iso_ir_100" -> LATIN1;
            case "ascii", "us_ascii", "646", "us", "cp367", "ibm367", "csascii", "iso646_us", "iso_ir_6",
                 "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "iso_646.irv_1991" -> ASCII;
            case "utf_16", "utf16", "u16" -> new Codec("utf-16", 2, false, true, 0x110000);
            case "utf_16_le", "utf_16le", "unicodelittleunmarked" -> new Codec("utf-16-le", 2, false, false, 0x110000);
            case "utf_16_be", "utf_16be", "unicodebigunmarked" -> new Codec("utf-16-be", 2, true, false, 0x110000);
            case "utf_32", "utf32", "u32" -> new Codec("utf-32", 4, false, true, 0x110000);
            case "utf_32_le", "utf_32le" -> new Codec("utf-32-le", 4, false, false, 0x110000);
            case "utf_32_be", "utf_32be" -> new Codec("utf-32-be", 4, true, false, 0x110000);
            default -> null;
        };
    }

    // ---- encoding

    static byte[] encode(String s, String encoding, String errors) {
        if (find(encoding) == null) {
            return CodecHooks.encodeByRegistry(PyStr.of(s), encoding, errors);
        }
        return encode(s, s.codePoints().toArray(), encoding, errors);
    }

    /** {@code str.encode}; a str with split surrogate pairs (see PyStr) encodes each half on its own. */
    static byte[] encode(PyStr str, String encoding, String errors) {
        if (find(encoding) == null) {
            return CodecHooks.encodeByRegistry(str, encoding, errors);
        }
        String s = str.value();
        return encode(s, str.isSplit() ? str.codePoints() : s.codePoints().toArray(), encoding, errors);
    }

    private static byte[] encode(String s, int[] cps, String encoding, String errors) {
        Codec c = lookup(encoding);
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * c.unit + 4);
        if (c.bom) {
            put(out, c, 0xFEFF);
        }
        for (int i = 0; i < cps.length; ) {
            int cp = cps[i];
            if (encodable(c, cp)) {
                put(out, c, cp);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && !encodable(c, cps[end])) {
                end++;
            }
            i = encodeError(c, s, cps, i, end, errors, out);
        }
        return out.toByteArray();
    }

    private static boolean encodable(Codec c, int cp) {
        return cp < c.limit && (cp < 0xD800 || cp > 0xDFFF || c.limit < 0x110000);
    }

    /** Writes one code point (or lone surrogate, for surrogatepass) in the codec's form. */
    private static void put(ByteArrayOutputStream out, Codec c, int cp) {
        switch (c.unit) {
            case 1 -> {
                if (c.limit < 0x110000) {
                    out.write(cp);
                } else if (cp < 0x80) {
                    out.write(cp);
                } else if (cp < 0x800) {
                    out.write(0xC0 | cp >> 6);
                    out.write(0x80 | cp & 0x3F);
                } else if (cp < 0x10000) {
                    out.write(0xE0 | cp >> 12);
                    out.write(0x80 | cp >> 6 & 0x3F);
                    out.write(0x80 | cp & 0x3F);
                } else {
                    out.write(0xF0 | cp >> 18);
                    out.write(0x80 | cp >> 12 & 0x3F);
                    out.write(0x80 | cp >> 6 & 0x3F);
                    out.write(0x80 | cp & 0x3F);
                }
            }
            case 2 -> {
                if (cp >= 0x10000) {
                    unit(out, c, Character.highSurrogate(cp));
                    unit(out, c, Character.lowSurrogate(cp));
                } else {
                    unit(out, c, cp);
                }
            }
            default -> unit(out, c, cp);
        }
    }

    private static void unit(ByteArrayOutputStream out, Codec c, int v) {
        for (int k = 0; k < c.unit; k++) {
            int shift = c.big ? (c.unit - 1 - k) * 8 : k * 8;
            out.write(v >>> shift & 0xFF);
        }
    }

    /** The error handler for the unencodable code points {@code cps[start..end)}; returns where to go on. */
    private static int encodeError(Codec c, String s, int[] cps, int start, int end, String errors,
                                    ByteArrayOutputStream out) {
        switch (errors) {
            case "ignore" -> { }
            case "replace" -> {
                for (int k = start; k < end; k++) {
                    put(out, c, '?');
                }
            }
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    ascii(out, c, backslashed(cps[k]));
                }
            }
            case "xmlcharrefreplace" -> {
                for (int k = start; k < end; k++) {
                    ascii(out, c, "&#" + cps[k] + ";");
                }
            }
            case "namereplace" -> {
                for (int k = start; k < end; k++) {
                    String name = StrUnicode.name(cps[k]);
                    ascii(out, c, name != null ? "\\N{" + name + "}" : backslashed(cps[k]));
                }
            }
            case "surrogateescape" -> {
                for (int k = start; k < end; k++) {
                    if (cps[k] < 0xDC80 || cps[k] > 0xDCFF) {
                        throw encodeException(c, s, start, end);
                    }
                }
                if ((end - start) % c.unit != 0) {
                    // One byte per surrogate: UTF-16/32 refuse a replacement that is not whole code units.
                    throw encodeException(c, s, start, end);
                }
                for (int k = start; k < end; k++) {
                    out.write(cps[k] - 0xDC00);
                }
            }
            case "surrogatepass" -> {
                for (int k = start; k < end; k++) {
                    if (c.limit < 0x110000 || cps[k] < 0xD800 || cps[k] > 0xDFFF) {
                        throw encodeException(c, s, start, end);
                    }
                }
                for (int k = start; k < end; k++) {
                    put(out, c, cps[k]);
                }
            }
            default -> {
                if (!errors.equals("strict")) {
                    return customEncodeError(c, s, cps, start, end, errors, out);
                }
                throw encodeException(c, s, start, end);
            }
        }
        return end;
    }

    /** A handler registered with codecs.register_error: called with the exception, it gives (replacement, position). */
    private static int customEncodeError(Codec c, String s, int[] cps, int start, int end, String errors,
                                         ByteArrayOutputStream out) {
        PyException exc = encodeException(c, s, start, end);
        PyObject r = Abstract.call(CodecHooks.errorHandler(errors), new PyObject[] {exc.value}, null);
        if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(1) instanceof PyInt)
                || !(t.get(0) instanceof PyStr || t.get(0) instanceof PyBytes)) {
            throw Errors.typeError("encoding error handler must return (str/bytes, int) tuple");
        }
        if (t.get(0) instanceof PyBytes b) {
            out.writeBytes(b.toByteArray());
        } else {
            for (int cp : ((PyStr) t.get(0)).codePoints()) {
                if (!encodable(c, cp)) {
                    throw exc;
                }
                put(out, c, cp);
            }
        }
        return handlerPosition(t.get(1), cps.length);
    }

    private static int handlerPosition(PyObject pos, int length) {
        long p = Seq.asSsize(pos);
        if (p < 0) {
            p += length;
        }
        if (p < 0 || p > length) {
            throw Errors.indexError("position " + Seq.asSsize(pos) + " from error handler out of bounds");
        }
        return (int) p;
    }

    private static void ascii(ByteArrayOutputStream out, Codec c, String text) {
        for (int k = 0; k < text.length(); k++) {
            put(out, c, text.charAt(k));
        }
    }

    /** The backslash escape of a code point: x and 2, u and 4, or U and 8 hex digits. */
    static String backslashed(int cp) {
        String hex = Integer.toHexString(cp);
        int width = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
        return (width == 2 ? "\\x" : width == 4 ? "\\u" : "\\U") + "0".repeat(width - hex.length()) + hex;
    }

    private static PyException encodeException(Codec c, String s, int start, int end) {
        String reason = c.limit < 0x110000 ? "ordinal not in range(" + c.limit + ")" : "surrogates not allowed";
        return new PyException(new PyBaseException(ExceptionTypes.UNICODE_ENCODE_ERROR, PyTuple.of(PyStr.of(c.name),
                PyStr.of(s), PyInt.of(start), PyInt.of(end), PyStr.of(reason))));
    }

    // ---- decoding

    static PyStr decode(byte[] d, String encoding, String errors, PyObject original) {
        if (find(encoding) == null) {
            return CodecHooks.decodeByRegistry(original instanceof PyBytes ? original : new PyBytes(d), encoding, errors);
        }
        return run(d, encoding, errors, original, true).result();
    }

    /** Decodes what can be decoded: (text, bytes used); with {@code last} false a cut-off character waits. */
    static PyTuple decodePart(byte[] d, String encoding, String errors, PyObject original, boolean last) {
        Decoder dec = run(d, encoding, errors, original, last);
        return PyTuple.of(dec.result(), PyInt.of(dec.pos));
    }

    private static Decoder run(byte[] d, String encoding, String errors, PyObject original, boolean last) {
        Codec c = lookup(encoding);
        Decoder dec = new Decoder(d, errors, original instanceof PyBytes ? original : new PyBytes(d), c);
        dec.last = last;
        switch (c.unit) {
            case 1 -> {
                if (c == UTF8) {
                    dec.utf8();
                } else {
                    dec.singleByte();
                }
            }
            case 2 -> dec.utf16();
            default -> dec.utf32();
        }
        return dec;
    }

    /** One decoding: the input, where it is, and what it has produced. */
    private static final class Decoder {
        final byte[] d;
        final String errors;
        final PyObject obj;
        Codec codec;
        final StringBuilder sb;
        int pos;
        /** False while more data may follow: a character cut off at the end is left for then. */
        boolean last = true;
        /** Char indexes of low surrogates that an error handler put right after a lone high one: two code points. */
        java.util.BitSet glued;

        /** Appends a surrogate an error handler made, noting where it must not join the char before into a pair. */
        void appendSurrogate(char c) {
            int n = sb.length();
            if (Character.isLowSurrogate(c) && n > 0 && Character.isHighSurrogate(sb.charAt(n - 1))) {
                if (glued == null) {
                    glued = new java.util.BitSet();
                }
                glued.set(n);
            }
            sb.append(c);
        }

        PyStr result() {
            if (glued == null) {
                return PyStr.of(sb.toString());
            }
            int[] cps = new int[sb.length()];
            int n = 0;
            for (int i = 0; i < sb.length(); ) {
                char c = sb.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < sb.length() && Character.isLowSurrogate(sb.charAt(i + 1))
                        && !glued.get(i + 1)) {
                    cps[n++] = Character.toCodePoint(c, sb.charAt(i + 1));
                    i += 2;
                } else {
                    cps[n++] = c;
                    i++;
                }
            }
            return PyStr.ofCodePoints(java.util.Arrays.copyOf(cps, n));
        }

        Decoder(byte[] d, String errors, PyObject obj, Codec codec) {
            this.d = d;
            this.errors = errors;
            this.obj = obj;
            this.codec = codec;
            this.sb = new StringBuilder(d.length);
        }

        private int u(int i) {
            return d[i] & 0xFF;
        }

        void singleByte() {
            for (pos = 0; pos < d.length; ) {
                int b = u(pos);
                if (b < codec.limit) {
                    sb.append((char) b);
                    pos++;
                } else {
                    error(pos, pos + 1, "ordinal not in range(128)");
                }
            }
        }

        void utf8() {
            int n = d.length;
            while (pos < n) {
                int c = u(pos);
                if (c < 0x80) {
                    sb.append((char) c);
                    pos++;
                    continue;
                }
                int need, lo = 0x80, hi = 0xBF;
                if (c >= 0xC2 && c <= 0xDF) {
                    need = 1;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    need = 2;
                    lo = c == 0xE0 ? 0xA0 : 0x80;
                    hi = c == 0xED ? 0x9F : 0xBF;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    need = 3;
                    lo = c == 0xF0 ? 0x90 : 0x80;
                    hi = c == 0xF4 ? 0x8F : 0xBF;
                } else {
                    error(pos, pos + 1, "invalid start byte");
                    continue;
                }
                int cp = c & (0x3F >> need);
                int j = pos + 1;
                String reason = null;
                for (int k = 0; k < need; k++, j++) {
                    if (j >= n) {
                        reason = "unexpected end of data";
                        break;
                    }
                    int b = u(j);
                    if (b < (k == 0 ? lo : 0x80) || b > (k == 0 ? hi : 0xBF)) {
                        reason = "invalid continuation byte";
                        break;
                    }
                    cp = cp << 6 | (b & 0x3F);
                }
                if (reason != null) {
                    if (!last && j >= n) {
                        return;
                    }
                    error(pos, j, reason);
                    continue;
                }
                sb.appendCodePoint(cp);
                pos = j;
            }
        }

        /** Reads the byte order mark of "utf-16"/"utf-32", which picks the order and the name in errors. */
        private void bom(int unit) {
            if (!codec.bom) {
                return;
            }
            if (!last && d.length < unit) {
                pos = d.length;  // the byte order is not known yet: the loop below stops at once
                return;
            }
            boolean big = false;
            int skip = 0;
            if (d.length >= unit) {
                long v = read(0, unit, false);
                if (v == 0xFEFF) {
                    skip = unit;
                } else if (read(0, unit, true) == 0xFEFF) {
                    skip = unit;
                    big = true;
                }
            }
            String base = unit == 2 ? "utf-16" : "utf-32";
            codec = new Codec(base + (big ? "-be" : "-le"), unit, big, false, 0x110000);
            pos = skip;
        }

        private long read(int at, int unit, boolean big) {
            long v = 0;
            for (int k = 0; k < unit; k++) {
                int shift = big ? (unit - 1 - k) * 8 : k * 8;
                v |= (long) u(at + k) << shift;
            }
            return v;
        }

        void utf16() {
            bom(2);
            int n = d.length;
            if (pos == n && !last && codec.bom) {
                pos = 0;
                return;
            }
            while (pos < n) {
                if (n - pos < 2 && !last) {
                    return;
                }
                if (n - pos < 2) {
                    error(pos, n, "truncated data");
                    continue;
                }
                int w = (int) read(pos, 2, codec.big);
                if (w < 0xD800 || w > 0xDFFF) {
                    sb.append((char) w);
                    pos += 2;
                } else if (w >= 0xDC00) {
                    error(pos, pos + 2, "illegal encoding");
                } else if (n - pos < 4) {
                    if (!last) {
                        return;
                    }
                    error(pos, n, "unexpected end of data");
                } else {
                    int w2 = (int) read(pos + 2, 2, codec.big);
                    if (w2 >= 0xDC00 && w2 <= 0xDFFF) {
                        sb.append((char) w).append((char) w2);
                        pos += 4;
                    } else {
                        error(pos, pos + 2, "illegal UTF-16 surrogate");
                    }
                }
            }
        }

        void utf32() {
            bom(4);
            int n = d.length;
            if (pos == n && !last && codec.bom) {
                pos = 0;
                return;
            }
            while (pos < n) {
                if (n - pos < 4 && !last) {
                    return;
                }
                if (n - pos < 4) {
                    error(pos, n, "truncated data");
                    continue;
                }
                long v = read(pos, 4, codec.big);
                if (v >= 0x110000) {
                    error(pos, pos + 4, "code point not in range(0x110000)");
                } else if (v >= 0xD800 && v <= 0xDFFF) {
                    error(pos, pos + 4, "code point in surrogate code point range(0xd800, 0xe000)");
                } else {
                    sb.appendCodePoint((int) v);
                    pos += 4;
                }
            }
        }

        /** The error handler for the bytes {@code d[start..end)}; moves {@link #pos} past what it consumed. */
        private void error(int start, int end, String reason) {
            switch (errors) {
                case "ignore" -> pos = end;
                case "replace" -> {
                    sb.append('\uFFFD');
                    pos = end;
                }
                case "backslashreplace" -> {
                    for (int k = start; k < end; k++) {
                        sb.append(backslashed(u(k)));
                    }
                    pos = end;
                }
                case "surrogateescape" -> {
                    // escapes the leading bytes >= 0x80 and resumes after them (fails if there are none)
                    int k = start;
                    while (k < end && u(k) >= 0x80) {
                        appendSurrogate((char) (0xDC00 + u(k)));
                        k++;
                    }
                    if (k == start) {
                        throw decodeException(start, end, reason);
                    }
                    pos = k;
                }
                case "surrogatepass" -> {
                    int cp = surrogateAt(start);
                    if (cp < 0) {
                        throw decodeException(start, end, reason);
                    }
                    appendSurrogate((char) cp);
                }
                case "xmlcharrefreplace", "namereplace" ->
                    throw Errors.typeError("don't know how to handle UnicodeDecodeError in error callback");
                default -> {
                    if (!errors.equals("strict")) {
                        custom(start, end, reason);
                        return;
                    }
                    throw decodeException(start, end, reason);
                }
            }
        }

        /** A handler registered with codecs.register_error: (replacement str, position to go on from). */
        private void custom(int start, int end, String reason) {
            PyException exc = decodeException(start, end, reason);
            PyObject r = Abstract.call(CodecHooks.errorHandler(errors), new PyObject[] {exc.value}, null);
            if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyStr rep)
                    || !(t.get(1) instanceof PyInt)) {
                throw Errors.typeError("decoding error handler must return (str, int) tuple");
            }
            for (int cp : rep.codePoints()) {
                if (cp >= 0xD800 && cp <= 0xDFFF) {
                    appendSurrogate((char) cp);
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            pos = handlerPosition(t.get(1), d.length);
        }

        /** For surrogatepass: the surrogate encoded at {@code at} (advancing past it), or -1. */
        private int surrogateAt(int at) {
            int n = d.length;
            int cp;
            if (codec.unit == 1) {
                if (codec != UTF8 || n - at < 3 || u(at) != 0xED || (u(at + 1) & 0xE0) != 0xA0
                        || (u(at + 2) & 0xC0) != 0x80) {
                    return -1;
                }
                cp = 0xD000 | (u(at + 1) & 0x3F) << 6 | u(at + 2) & 0x3F;
                pos = at + 3;
                return cp;
            }
            if (n - at < codec.unit) {
                return -1;
            }
            cp = (int) read(at, codec.unit, codec.big);
            if (cp < 0xD800 || cp > 0xDFFF) {
                return -1;
            }
            pos = at + codec.unit;
            return cp;
        }

        private PyException decodeException(int start, int end, String reason) {
            return new PyException(new PyBaseException(ExceptionTypes.UNICODE_DECODE_ERROR, PyTuple.of(
                    PyStr.of(codec.name), obj, PyInt.of(start), PyInt.of(end), PyStr.of(reason))));
        }
    }
}
