package org.taipan.modules.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/**
 * {@code io.TextIOWrapper}, the text layer: encodes what is written and passes it to the
 * buffered layer at once (so there is no text-level buffer to lose), and decodes what is read
 * a chunk at a time. The decoded chunk is kept untranslated and newlines are translated as it
 * is consumed, so that {@code tell()} can count the bytes of what is left.
 */
public final class TextIO extends PyObject {
    public static final PyType TYPE = PyType.builtin("_io.TextIOWrapper", TextIO.class, IoBase.TEXT, 0, t -> {
        t.repr = self -> ((TextIO) self).repr();
        t.iter = self -> {
            ((TextIO) self).checkOpen();
            return self;
        };
        t.next = self -> {
            String line = ((TextIO) self).readline(-1);
            return line.isEmpty() ? null : PyStr.of(line);
        };
        t.tpNew = (type, args, kw) -> {
            PyObject[] p = TextIO.NEW.bind(args, 0, kw);
            return new TextIO(p[0], p[1], p[2], p[3], p[4] != null && Abstract.isTrue(p[4]),
                    p[5] != null && Abstract.isTrue(p[5]));
        };
    }, TextIO::methods);

    private static final ArgParser NEW = ArgParser.clinic("TextIOWrapper",
            "buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False");
    private static final ArgParser RECONFIGURE = ArgParser.clinic("reconfigure",
            "*, encoding=None, errors=None, newline=None, line_buffering=None, write_through=None");
    private static final int CHUNK = 8192;

    private final PyObject bufferObj;
    private final ByteStream buffer;
    private String encoding, codec, errors;
    /** The newline argument: null (universal), "", "\n", "\r" or "\r\n". */
    private String newline;
    private boolean lineBuffering, writeThrough;
    private boolean detached;
    private PyDict dict;
    /**
     * Encoded text not yet passed to the buffer, as CPython's pending bytes (up to a chunk): kept
     * only for the standard streams, where the order against direct {@code buffer} writes shows.
     */
    private final boolean hold;
    private byte[] held;
    private int heldLen;

    /** Decoded, untranslated text read ahead, and how much of it has been consumed. */
    private String decoded = "";
    private int pos;
    /** Bytes read but not yet decoded (an incomplete UTF-8 sequence). */
    private byte[] undecoded = new byte[0];
    private boolean eof;
    /** Which newlines universal mode has seen: 1 "\r", 2 "\n", 4 "\r\n". */
    private int seen;

    TextIO(PyObject buffer, PyObject encoding, PyObject errors, PyObject newline, boolean lineBuffering,
           boolean writeThrough) {
        this.bufferObj = buffer;
        this.buffer = ByteStream.of(buffer);
        String enc = encoding == null || encoding == PyNone.INSTANCE ? null
                : IoModule.strArg(encoding, "TextIOWrapper", "encoding");
        // "locale" (3.10) names the locale's encoding, which for Taipan is always UTF-8
        this.encoding = enc == null || enc.equals("locale") ? "UTF-8" : enc;
        this.codec = codecOf(this.encoding);
        this.errors = errors == null || errors == PyNone.INSTANCE ? "strict"
                : IoModule.strArg(errors, "TextIOWrapper", "errors");
        this.newline = newlineArg(newline);
        this.lineBuffering = lineBuffering;
        this.writeThrough = writeThrough;
        this.hold = this.buffer instanceof Buffered b && b.raw instanceof FileIO f && f.isStd();
    }

    /** The canonical codec name, or the LookupError of an unknown encoding. */
    private static String codecOf(String encoding) {
        Abstract.callBound(PyStr.TYPE.lookup("encode"), PyStr.of(""), PyStr.of(encoding));
        String e = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return e.equals("utf-8") || e.equals("utf8") ? "utf-8" : e;
    }

    static String newlineArg(PyObject v) {
        return newlineArg(v, false);
    }

    static String newlineArg(PyObject v, boolean reprInError) {
        if (v == null || v == PyNone.INSTANCE) {
            return null;
        }
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("TextIOWrapper() argument 'newline' must be str or None, not " + v.type().name());
        }
        String n = s.toString();
        if (!n.isEmpty() && !n.equals("\n") && !n.equals("\r") && !n.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: " + (reprInError ? Abstract.repr(v) : n));
        }
        return n;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    private PyObject repr() {
        StringBuilder sb = new StringBuilder("<_io.TextIOWrapper");
        PyObject name = detached ? null : Abstract.lookupAttr(bufferObj, PyStr.of("name"));
        if (name != null) {
            sb.append(" name=").append(Abstract.repr(name));
        }
        PyObject mode = instanceDict().getItem(PyStr.of("mode"));
        if (mode != null) {
            sb.append(" mode=").append(Abstract.repr(mode));
        }
        return PyStr.of(sb.append(" encoding='").append(encoding).append("'>").toString());
    }

    private void checkOpen() {
        if (detached) {
            throw Errors.valueError("underlying buffer has been detached");
        }
        if (buffer.isClosed()) {
            throw IoBase.closedError();
        }
    }

    // ---- writing

    /** write(s): what print and sys.stdout.write come through. Returns the length in code points. */
    public void write(String s) {
        checkOpen();
        if (pos < decoded.length() || undecoded.length > 0) {
            // As CPython: the read-ahead is dropped, and the write lands where the buffer is.
            reset();
        }
        String text = s;
        if (newline != null && newline.length() > 0 && !newline.equals("\n") && text.indexOf('\n') >= 0) {
            text = text.replace("\n", newline);
        }
        byte[] b = encode(text);
        boolean needFlush = lineBuffering && (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0);
        if (hold && !writeThrough) {
            if (held == null) {
                held = new byte[CHUNK];
            }
            if (heldLen + b.length > held.length) {
                held = java.util.Arrays.copyOf(held, Math.max(held.length * 2, heldLen + b.length));
            }
            System.arraycopy(b, 0, held, heldLen, b.length);
            heldLen += b.length;
            if (heldLen >= CHUNK || needFlush) {
                writeHeld();
            }
        } else {
            buffer.writeAll(b, 0, b.length);
        }
        if (writeThrough || needFlush) {
            buffer.flush();
        }
    }

    private void writeHeld() {
        if (heldLen > 0) {
            int n = heldLen;
            heldLen = 0;
            buffer.writeAll(held, 0, n);
            if (held.length > 4 * CHUNK) {
                held = null;
            }
        }
    }

    private byte[] encode(String s) {
        if (codec.equals("utf-8") && (errors.equals("strict") || errors.equals("backslashreplace")
                || errors.equals("surrogateescape"))) {
            boolean plain = true;
            for (int i = 0; i < s.length(); i++) {
                if (Character.isSurrogate(s.charAt(i))) {
                    plain = false;
                    break;
                }
            }
            if (plain) {
                return s.getBytes(StandardCharsets.UTF_8);
            }
        }
        PyObject b = Abstract.callBound(PyStr.TYPE.lookup("encode"), PyStr.of(s), PyStr.of(encoding), PyStr.of(errors));
        return ((PyBytes) b).toByteArray();
    }

    public void flush() {
        checkOpen();
        writeHeld();
        buffer.flush();
    }

    // ---- reading

    private void checkReadable() {
        checkOpen();
        writeHeld();
        if (!buffer.isReadable()) {
            throw IoBase.unsupported("not readable");
        }
    }

    /** Decodes another chunk onto what is left of the read-ahead; false at the end of the stream. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        byte[] chunk;
        if (buffer instanceof Buffered b) {
            chunk = b.read1(CHUNK);
        } else {
            byte[] tmp = new byte[CHUNK];
            int n = buffer.readInto(tmp, 0, tmp.length);
            chunk = java.util.Arrays.copyOf(tmp, n);
        }
        if (chunk.length == 0) {
            eof = true;
        }
        byte[] data = undecoded.length == 0 ? chunk : concat(undecoded, chunk);
        int complete = eof ? data.length : completeLength(data);
        undecoded = java.util.Arrays.copyOfRange(data, complete, data.length);
        String text = decode(data, complete);
        if (newline == null) {
            noteNewlines(text);
        }
        decoded = pos < decoded.length() ? decoded.substring(pos) + text : text;
        pos = 0;
        return chunk.length > 0;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** How many leading bytes end on a character boundary (UTF-8 may stop inside a character). */
    private int completeLength(byte[] d) {
        if (!codec.equals("utf-8")) {
            return d.length;
        }
        int n = d.length;
        for (int back = 1; back <= 3 && back <= n; back++) {
            int b = d[n - back] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continue;
            }
            int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return need > back ? n - back : n;
        }
        return n;
    }

    private String decode(byte[] d, int len) {
        if (len == 0) {
            return "";
        }
        if (codec.equals("utf-8") && (errors.equals("strict") || errors.equals("surrogateescape"))) {
            CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                CharBuffer cb = dec.decode(ByteBuffer.wrap(d, 0, len));
                return cb.toString();
            } catch (CharacterCodingException e) {
                // Python's decoder raises the exact UnicodeDecodeError below.
            }
        }
        PyBytes b = new PyBytes(len == d.length ? d : java.util.Arrays.copyOf(d, len));
        return Abstract.callBound(PyBytes.TYPE.lookup("decode"), b, PyStr.of(encoding), PyStr.of(errors)).toString();
    }

    /** Records which kinds of newline universal mode has decoded (the newlines attribute). */
    private void noteNewlines(String text) {
        for (int i = text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0 ? 0 : text.length(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                seen |= 2;
            } else if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    seen |= 4;
                    i++;
                } else {
                    seen |= 1;
                }
            }
        }
    }

    /** The character {@code k} places past the read position, reading more if needed; -1 at the end. */
    private int peek(int k) {
        while (pos + k >= decoded.length()) {
            if (!fill()) {
                break;
            }
        }
        return pos + k < decoded.length() ? decoded.charAt(pos + k) : -1;
    }

    /** Appends the next character (a newline translated in universal mode) to sb; false at the end. */
    private boolean take(StringBuilder sb) {
        int c = peek(0);
        if (c < 0) {
            return false;
        }
        pos++;
        if (newline == null && c == '\r') {
            if (peek(0) == '\n') {
                pos++;
            }
            sb.append('\n');
            return true;
        }
        sb.append((char) c);
        if (Character.isHighSurrogate((char) c) && peek(0) >= 0 && Character.isLowSurrogate(decoded.charAt(pos))) {
            sb.append(decoded.charAt(pos++));
        }
        return true;
    }

    String read(long n) {
        checkReadable();
        if (n < 0) {
            StringBuilder all = new StringBuilder(decoded.length() - pos);
            all.append(decoded, pos, decoded.length());
            int known = all.length();
            byte[] rest = buffer instanceof Buffered b ? b.read(-1) : readAllGeneric();
            byte[] data = concat(undecoded, rest);
            undecoded = new byte[0];
            all.append(decode(data, data.length));
            decoded = "";
            pos = 0;
            eof = true;
            String s = all.toString();
            if (newline == null) {
                noteNewlines(s.substring(known));
                s = s.replace("\r\n", "\n").replace('\r', '\n');
            }
            eof = false;
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (long k = 0; k < n && take(sb); k++) {
            // one code point at a time
        }
        eof = false;
        return sb.toString();
    }

    private byte[] readAllGeneric() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] tmp = new byte[CHUNK];
        for (int n; (n = buffer.readInto(tmp, 0, tmp.length)) > 0; ) {
            out.write(tmp, 0, n);
        }
        return out.toByteArray();
    }

    public String readline(long limit) {
        checkReadable();
        if (newline != null && newline.length() <= 1 && !newline.isEmpty() && limit < 0) {
            // Fast path: a plain terminator and no translation.
            char term = newline.charAt(0);
            StringBuilder sb = null;
            while (true) {
                int i = decoded.indexOf(term, pos);
                if (i >= 0) {
                    String part = decoded.substring(pos, i + 1);
                    pos = i + 1;
                    eof = false;
                    return sb == null ? part : sb.append(part).toString();
                }
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(decoded, pos, decoded.length());
                pos = decoded.length();
                if (!fill()) {
                    eof = false;
                    return sb.toString();
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        int count = 0;
        while (limit < 0 || count < limit) {
            if (newline != null && !newline.equals("\n")) {
                int c = peek(0);
                if (c < 0) {
                    break;
                }
                if (c == '\r' && (newline.isEmpty() || newline.equals("\r\n"))) {
                    boolean crlf = peek(1) == '\n';
                    if (crlf) {
                        sb.append("\r\n");
                        pos += 2;
                        break;
                    }
                    if (newline.isEmpty()) {
                        sb.append('\r');
                        pos++;
                        break;
                    }
                }
            }
            int before = sb.length();
            if (!take(sb)) {
                break;
            }
            count++;
            char last = sb.charAt(sb.length() - 1);
            if (before < sb.length() && (last == '\n' && (newline == null || newline.isEmpty() || newline.equals("\n"))
                    || last == '\r' && "\r".equals(newline))) {
                break;
            }
        }
        eof = false;
        return sb.toString();
    }

    /** Makes the buffer's position the logical one again, forgetting the read-ahead. */
    private void discardReadAhead() {
        if (buffer.isSeekable()) {
            long p = tell();
            decoded = "";
            pos = 0;
            undecoded = new byte[0];
            buffer.seek(p, 0);
        } else {
            decoded = "";
            pos = 0;
            undecoded = new byte[0];
        }
    }

    long tell() {
        checkOpen();
        if (!buffer.isSeekable()) {
            throw IoBase.unsupported("underlying stream is not seekable");
        }
        flush();
        long p = buffer.tell() - undecoded.length;
        if (pos < decoded.length()) {
            p -= encode(decoded.substring(pos)).length;
        }
        return p;
    }

    private long seek(PyObject cookieObj, int whence) {
        checkOpen();
        if (!buffer.isSeekable()) {
            throw IoBase.unsupported("underlying stream is not seekable");
        }
        long cookie = Seq.index(cookieObj).longValue();
        switch (whence) {
            case 1 -> {
                if (cookie != 0) {
                    throw IoBase.unsupported("can't do nonzero cur-relative seeks");
                }
                return tell();
            }
            case 2 -> {
                if (cookie != 0) {
                    throw IoBase.unsupported("can't do nonzero end-relative seeks");
                }
                flush();
                reset();
                return buffer.seek(0, 2);
            }
            case 0 -> {
                if (cookie < 0) {
                    throw Errors.valueError("negative seek position " + cookie);
                }
                flush();
                reset();
                return buffer.seek(cookie, 0);
            }
            default -> throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
    }

    private void reset() {
        decoded = "";
        pos = 0;
        undecoded = new byte[0];
        eof = false;
    }

    private PyObject newlines() {
        return switch (seen) {
            case 0 -> PyNone.INSTANCE;
            case 1 -> PyStr.of("\r");
            case 2 -> PyStr.of("\n");
            case 3 -> PyTuple.of(PyStr.of("\r"), PyStr.of("\n"));
            case 4 -> PyStr.of("\r\n");
            case 5 -> PyTuple.of(PyStr.of("\r"), PyStr.of("\r\n"));
            case 6 -> PyTuple.of(PyStr.of("\n"), PyStr.of("\r\n"));
            default -> PyTuple.of(PyStr.of("\r"), PyStr.of("\n"), PyStr.of("\r\n"));
        };
    }

    private void reconfigure(PyObject[] p) {
        flush();
        if (p[0] != null && p[0] != PyNone.INSTANCE) {
            String enc = IoModule.strArg(p[0], "reconfigure", "encoding");
            codec = codecOf(enc);
            encoding = enc;
            if (p[1] == null || p[1] == PyNone.INSTANCE) {
                errors = "strict";
            }
        }
        if (p[1] != null && p[1] != PyNone.INSTANCE) {
            errors = IoModule.strArg(p[1], "reconfigure", "errors");
        }
        if (p[2] != null) {
            newline = newlineArg(p[2]);
        }
        if (p[3] != null && p[3] != PyNone.INSTANCE) {
            lineBuffering = Abstract.isTrue(p[3]);
        }
        if (p[4] != null && p[4] != PyNone.INSTANCE) {
            writeThrough = Abstract.isTrue(p[4]);
        }
    }

    boolean isClosedQuietly() {
        return detached || buffer.isClosed();
    }

    public void close() {
        if (detached || buffer.isClosed()) {
            return;
        }
        try {
            flush();
        } finally {
            buffer.close();
        }
    }

    private static TextIO self(PyObject o) {
        return (TextIO) o;
    }

    private static void methods(PyType t) {
        t.method("write", (self, s) -> {
            if (!(s instanceof PyStr str)) {
                throw Errors.typeError("write() argument must be str, not " + s.type().name());
            }
            TextIO f = self(self);
            f.checkOpen();
            if (!f.buffer.isWritable()) {
                throw IoBase.unsupported("not writable");
            }
            f.write(str.toString());
            return PyInt.of(str.length());
        });
        t.method("read", (self, a, start, kw) -> PyStr.of(self(self).read(IoBase.sizeArg("read", a, start, kw))));
        t.method("readline", (self, a, start, kw) ->
                PyStr.of(self(self).readline(IoBase.sizeArg("readline", a, start, kw))));
        t.method("flush", self -> {
            self(self).flush();
            return PyNone.INSTANCE;
        });
        t.method("close", self -> {
            self(self).close();
            return PyNone.INSTANCE;
        });
        t.method("detach", self -> {
            TextIO f = self(self);
            f.flush();
            f.detached = true;
            return f.bufferObj;
        });
        t.method("seek", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("seek", 1, 2).bind(a, start, kw);
            return PyInt.of(self(self).seek(p[0], p[1] == null ? 0 : (int) Seq.index(p[1]).longValue()));
        });
        t.method("tell", self -> PyInt.of(self(self).tell()));
        t.method("truncate", (self, a, start, kw) -> {
            TextIO f = self(self);
            f.flush();
            PyObject[] p = ArgParser.unpack("truncate", 0, 1).bind(a, start, kw);
            PyObject size = p[0] == null || p[0] == PyNone.INSTANCE ? PyInt.of(f.tell()) : p[0];
            return IoBase.call(f.bufferObj, "truncate", size);
        });
        t.method("reconfigure", (self, a, start, kw) -> {
            self(self).reconfigure(RECONFIGURE.bind(a, start, kw));
            return PyNone.INSTANCE;
        });
        t.method("fileno", self -> IoBase.call(self(self).bufferObj, "fileno"));
        t.method("isatty", self -> IoBase.call(self(self).bufferObj, "isatty"));
        t.method("readable", self -> {
            self(self).checkOpen();
            return PyBool.of(self(self).buffer.isReadable());
        });
        t.method("writable", self -> {
            self(self).checkOpen();
            return PyBool.of(self(self).buffer.isWritable());
        });
        t.method("seekable", self -> {
            self(self).checkOpen();
            return PyBool.of(self(self).buffer.isSeekable());
        });
        PyGetSetDescr.getter(t, "buffer", self -> self(self).bufferObj);
        PyGetSetDescr.getter(t, "encoding", self -> PyStr.of(self(self).encoding));
        PyGetSetDescr.getter(t, "errors", self -> PyStr.of(self(self).errors));
        PyGetSetDescr.getter(t, "line_buffering", self -> PyBool.of(self(self).lineBuffering));
        PyGetSetDescr.getter(t, "write_through", self -> PyBool.of(self(self).writeThrough));
        PyGetSetDescr.getter(t, "newlines", self -> self(self).newlines());
        PyGetSetDescr.getter(t, "closed", self -> PyBool.of(self(self).buffer.isClosed()));
        PyGetSetDescr.getter(t, "name", self -> Abstract.getAttr(self(self).bufferObj, PyStr.of("name")));
    }
}
