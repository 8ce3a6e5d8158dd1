package org.taipan.modules.zlib;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.taipan.modules.BinasciiModule;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/**
 * {@code zlib.Decompress}, also behind {@code zlib.decompress}: a raw {@link Inflater} between a
 * header and a trailer read here (zlib's two bytes and Adler-32, or gzip's variable header and
 * CRC-32 with the length), with zlib's error messages for bad ones.
 */
final class ZDecompress extends PyObject {
    private static final ArgParser DECOMPRESS = ArgParser.clinic("decompress", "data, /, max_length=0");
    private static final ArgParser FLUSH = ArgParser.clinic("flush", "length=zlib.DEF_BUF_SIZE, /");
    private static final int LOG_LIMIT = 4 << 20;
    private static final byte[] EMPTY = new byte[0];

    static final PyType TYPE = PyType.builtin("zlib.Decompress", ZDecompress.class, PyType.OBJECT, 0, null, t -> {
        t.method("decompress", (self, args, start, kw) -> {
            PyObject[] a = DECOMPRESS.bind(args, start, kw);
            byte[] data = ZlibModule.bytes(a[0]);
            long max = a[1] == null ? 0 : Seq.asSsize(a[1]);
            if (max < 0) {
                throw Errors.valueError("max_length must be non-negative");
            }
            ZDecompress d = (ZDecompress) self;
            d.remember(data, (int) Math.min(max, Integer.MAX_VALUE));
            return new PyBytes(d.run(data, (int) Math.min(max, Integer.MAX_VALUE)));
        });
        t.method("flush", (self, args, start, kw) -> {
            PyObject[] a = FLUSH.bind(args, start, kw);
            if (a[0] != null && Seq.asSsize(a[0]) <= 0) {
                throw Errors.valueError("length must be greater than zero");
            }
            ZDecompress d = (ZDecompress) self;
            d.remember(null, 0);
            return new PyBytes(d.flush());
        });
        t.method("copy", self -> ((ZDecompress) self).copy());
        t.method("__copy__", self -> ((ZDecompress) self).copy());
        t.method("__deepcopy__", (self, memo) -> ((ZDecompress) self).copy());
        PyGetSetDescr.getter(t, "unused_data", self -> new PyBytes(((ZDecompress) self).unusedData));
        PyGetSetDescr.getter(t, "unconsumed_tail", self -> new PyBytes(((ZDecompress) self).unconsumedTail));
        PyGetSetDescr.getter(t, "eof", self -> PyBool.of(((ZDecompress) self).eof));
    });

    private enum State { HEADER, BODY, TRAILER, DONE }

    private final ZlibModule.Wrap wrap;
    private final byte[] zdict;
    private ZlibModule.Wrap.Kind kind;
    private Inflater inflater;
    private State state = State.HEADER;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(); // header or trailer bytes so far
    private int crc;
    private long size;
    byte[] unusedData = EMPTY, unconsumedTail = EMPTY;
    boolean eof;
    private List<Object[]> log = new ArrayList<>();
    private long logged;

    ZDecompress(ZlibModule.Wrap wrap, byte[] zdict) {
        this.wrap = wrap;
        this.zdict = zdict;
        this.kind = wrap.kind();
        if (kind == ZlibModule.Wrap.Kind.RAW) {
            startBody();
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private void startBody() {
        inflater = new Inflater(true);
        if (zdict != null && kind == ZlibModule.Wrap.Kind.RAW) {
            inflater.setDictionary(zdict);
        }
        state = State.BODY;
    }

    private static org.taipan.objects.PyException bad(String msg) {
        return ZlibModule.error("Error -3 while decompressing data: " + msg);
    }

    byte[] flush() {
        byte[] tail = unconsumedTail;
        unconsumedTail = EMPTY;
        return run(tail, 0);
    }

    /** Feeds {@code in}; at most {@code max} bytes come out (0: no limit), the input left over is the tail. */
    byte[] run(byte[] in, int max) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        unconsumedTail = EMPTY;
        while (true) {
            switch (state) {
                case HEADER -> {
                    while (pos < in.length && state == State.HEADER) {
                        pending.write(in[pos++]);
                        readHeader();
                    }
                    if (state == State.HEADER) {
                        return out.toByteArray();
                    }
                }
                case BODY -> {
                    inflater.setInput(in, pos, in.length - pos);
                    boolean full = inflate(out, max);
                    pos = in.length - inflater.getRemaining();
                    if (full && !inflater.finished()) {
                        unconsumedTail = java.util.Arrays.copyOfRange(in, pos, in.length);
                        return out.toByteArray();
                    }
                    if (!inflater.finished()) {
                        return out.toByteArray();
                    }
                    inflater.end();
                    state = kind == ZlibModule.Wrap.Kind.RAW ? State.DONE : State.TRAILER;
                }
                case TRAILER -> {
                    int need = kind == ZlibModule.Wrap.Kind.GZIP ? 8 : 4;
                    while (pos < in.length && pending.size() < need) {
                        pending.write(in[pos++]);
                    }
                    if (pending.size() < need) {
                        return out.toByteArray();
                    }
                    checkTrailer(pending.toByteArray());
                    state = State.DONE;
                }
                case DONE -> {
                    eof = true;
                    if (pos < in.length) {
                        unusedData = ZlibModule.concat(unusedData, java.util.Arrays.copyOfRange(in, pos, in.length));
                    }
                    return out.toByteArray();
                }
            }
        }
    }

    /** Inflates what the inflater holds; true when it stopped because {@code max} bytes came out. */
    private boolean inflate(ByteArrayOutputStream out, int max) {
        byte[] buf = new byte[16384];
        int produced = 0;
        try {
            while (true) {
                int room = max > 0 ? Math.min(buf.length, max - produced) : buf.length;
                if (room == 0) {
                    return true;
                }
                int n = inflater.inflate(buf, 0, room);
                if (n > 0) {
                    out.write(buf, 0, n);
                    produced += n;
                    if (kind != ZlibModule.Wrap.Kind.RAW) {
                        crc = kind == ZlibModule.Wrap.Kind.GZIP ? BinasciiModule.crc32(buf, 0, n, crc)
                                : ZlibModule.adler32(buf, 0, n, crc);
                    }
                    size += n;
                    continue;
                }
                if (inflater.finished() || inflater.needsInput()) {
                    return false;
                }
                if (inflater.needsDictionary()) {
                    throw ZlibModule.error("Error 2 while decompressing data");
                }
            }
        } catch (DataFormatException e) {
            throw e.getMessage() == null ? ZlibModule.error("Error -3 while decompressing data") : bad(e.getMessage());
        }
    }

    /** Called as each header byte arrives: moves to BODY once the header is complete. */
    private void readHeader() {
        byte[] h = pending.toByteArray();
        if (kind == ZlibModule.Wrap.Kind.AUTO) {
            kind = (h[0] & 0xff) == 0x1f ? ZlibModule.Wrap.Kind.GZIP : ZlibModule.Wrap.Kind.ZLIB;
        }
        if (kind == ZlibModule.Wrap.Kind.ZLIB) {
            zlibHeader(h);
        } else {
            gzipHeader(h);
        }
    }

    private void zlibHeader(byte[] h) {
        if (h.length < 2) {
            return;
        }
        int cmf = h[0] & 0xff, flg = h[1] & 0xff;
        boolean hasDict = (flg & 0x20) != 0;
        if (h.length == 2) {
            if ((cmf << 8 | flg) % 31 != 0) {
                throw bad("incorrect header check");
            }
            if ((cmf & 0xf) != 8) {
                throw bad("unknown compression method");
            }
            int window = (cmf >> 4) + 8;
            int limit = wrap.windowBits() == 0 ? 15 : wrap.windowBits();
            if (window > 15 || window > limit) {
                throw bad("invalid window size");
            }
            if (hasDict && zdict == null) {
                throw ZlibModule.error("Error 2 while decompressing data");
            }
        }
        if (hasDict && h.length < 6) {
            return;
        }
        if (hasDict) {
            int id = (h[2] & 0xff) << 24 | (h[3] & 0xff) << 16 | (h[4] & 0xff) << 8 | h[5] & 0xff;
            if (id != ZlibModule.adler32(zdict, 0, zdict.length, 1)) {
                throw ZlibModule.error("Error -3 while setting zdict: invalid input data");
            }
        }
        pending.reset();
        crc = 1;
        startBody();
        if (hasDict) {
            inflater.setDictionary(zdict);
        }
    }

    private void gzipHeader(byte[] h) {
        if (h.length >= 2 && ((h[0] & 0xff) != 0x1f || (h[1] & 0xff) != 0x8b)) {
            throw bad("incorrect header check");
        }
        if (h.length >= 3 && h[2] != 8) {
            throw bad("unknown compression method");
        }
        if (h.length >= 4 && (h[3] & 0xe0) != 0) {
            throw bad("unknown header flags set");
        }
        if (h.length < 10) {
            return;
        }
        int flags = h[3], at = 10;
        if ((flags & 4) != 0) { // FEXTRA: a two-byte length and that many bytes
            if (h.length < at + 2) {
                return;
            }
            at += 2 + ((h[at] & 0xff) | (h[at + 1] & 0xff) << 8);
        }
        for (int bit : new int[] {8, 16}) { // FNAME, FCOMMENT: zero-terminated
            if ((flags & bit) != 0) {
                while (at < h.length && h[at] != 0) {
                    at++;
                }
                if (at >= h.length) {
                    return;
                }
                at++;
            }
        }
        if ((flags & 2) != 0) { // FHCRC: the low 16 bits of the header's CRC-32
            if (h.length < at + 2) {
                return;
            }
            int want = (h[at] & 0xff) | (h[at + 1] & 0xff) << 8;
            if ((BinasciiModule.crc32(h, 0, at, 0) & 0xffff) != want) {
                throw bad("header crc mismatch");
            }
            at += 2;
        }
        if (h.length < at) {
            return;
        }
        pending.reset();
        crc = 0;
        startBody();
    }

    private void checkTrailer(byte[] t) {
        if (kind == ZlibModule.Wrap.Kind.ZLIB) {
            int want = (t[0] & 0xff) << 24 | (t[1] & 0xff) << 16 | (t[2] & 0xff) << 8 | t[3] & 0xff;
            if (want != crc) {
                throw bad("incorrect data check");
            }
            return;
        }
        int wantCrc = (t[0] & 0xff) | (t[1] & 0xff) << 8 | (t[2] & 0xff) << 16 | (t[3] & 0xff) << 24;
        int wantSize = (t[4] & 0xff) | (t[5] & 0xff) << 8 | (t[6] & 0xff) << 16 | (t[7] & 0xff) << 24;
        if (wantCrc != crc) {
            throw bad("incorrect data check");
        }
        if (wantSize != (int) size) {
            throw bad("incorrect length check");
        }
    }

    /** Records a decompress (data, max) or flush (null) call, for {@code copy()}. */
    private void remember(byte[] data, int max) {
        if (log != null) {
            logged += data == null ? 0 : data.length;
            if (logged > LOG_LIMIT) {
                log = null;
            } else {
                log.add(new Object[] {data == null ? null : data.clone(), max});
            }
        }
    }

    private PyObject copy() {
        if (log == null) {
            throw ZlibModule.error("copy() is not supported after 4 MiB of input (Taipan's Inflater cannot be cloned)");
        }
        ZDecompress c = new ZDecompress(wrap, zdict);
        for (Object[] op : log) {
            c.remember((byte[]) op[0], (Integer) op[1]);
            if (op[0] == null) {
                c.flush();
            } else {
                c.run((byte[]) op[0], (Integer) op[1]);
            }
        }
        return c;
    }
}
