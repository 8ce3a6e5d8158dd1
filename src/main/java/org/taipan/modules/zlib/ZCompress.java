package org.taipan.modules.zlib;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import org.taipan.modules.BinasciiModule;
import org.taipan.objects.ArgParser;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyType;

/**
 * {@code zlib.Compress}: a raw {@link Deflater} with the zlib or gzip header written before its
 * first output and the trailer after {@code Z_FINISH}. The header goes out on the first call,
 * as zlib's does, so {@code compress()} of a short input returns just the header.
 */
final class ZCompress extends PyObject {
    private static final ArgParser FLUSH = ArgParser.clinic("flush", "mode=zlib.Z_FINISH, /");
    /** Calls remembered for {@code copy()} (a Deflater cannot be cloned): replayed into a new one. */
    private static final int LOG_LIMIT = 4 << 20;

    static final PyType TYPE = PyType.builtin("zlib.Compress", ZCompress.class, PyType.OBJECT, 0, null, t -> {
        t.method("compress", (self, data) -> new PyBytes(((ZCompress) self).compress(ZlibModule.bytes(data))));
        t.method("flush", (self, args, start, kw) -> {
            PyObject[] a = FLUSH.bind(args, start, kw);
            return new PyBytes(((ZCompress) self).flush(ZlibModule.intArg(a[0], ZlibModule.Z_FINISH)));
        });
        t.method("copy", self -> ((ZCompress) self).copy());
        t.method("__copy__", self -> ((ZCompress) self).copy());
        t.method("__deepcopy__", (self, memo) -> ((ZCompress) self).copy());
    });

    private final int level, strategy;
    private final ZlibModule.Wrap wrap;
    private final byte[] zdict;
    private final Deflater deflater;
    private boolean started, finished;
    private int check;       // adler32 (zlib) or crc32 (gzip) of the input
    private long inputSize;
    private List<Object> log = new ArrayList<>(); // byte[] inputs and Integer flush modes; null past the limit
    private long logged;

    ZCompress(int level, ZlibModule.Wrap wrap, int strategy, byte[] zdict) {
        this.level = level;
        this.wrap = wrap;
        this.strategy = strategy;
        this.zdict = zdict;
        this.deflater = new Deflater(level, true);
        // Java has no Z_RLE or Z_FIXED: those compress as the default strategy.
        deflater.setStrategy(strategy == 1 ? Deflater.FILTERED : strategy == 2 ? Deflater.HUFFMAN_ONLY
                : Deflater.DEFAULT_STRATEGY);
        if (zdict != null) {
            deflater.setDictionary(zdict);
        }
        check = wrap.kind() == ZlibModule.Wrap.Kind.GZIP ? 0 : 1;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    byte[] compress(byte[] data) {
        if (finished) {
            throw ZlibModule.error("Error -2 while compressing data: inconsistent stream state");
        }
        remember(data, data.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        header(out);
        if (wrap.kind() == ZlibModule.Wrap.Kind.GZIP) {
            check = BinasciiModule.crc32(data, 0, data.length, check);
        } else if (wrap.kind() == ZlibModule.Wrap.Kind.ZLIB) {
            check = ZlibModule.adler32(data, 0, data.length, check);
        }
        inputSize += data.length;
        deflater.setInput(data);
        drain(out, Deflater.NO_FLUSH);
        return out.toByteArray();
    }

    byte[] flush(int mode) {
        if (mode == ZlibModule.Z_NO_FLUSH) {
            return new byte[0];
        }
        if (finished || mode < 0 || mode > ZlibModule.Z_TREES) {
            throw ZlibModule.error("Error -2 while flushing: inconsistent stream state");
        }
        remember(mode, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        header(out);
        if (mode == ZlibModule.Z_FINISH) {
            deflater.finish();
            byte[] buf = new byte[8192];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            trailer(out);
            deflater.end();
            finished = true;
        } else {
            // Java knows only sync and full flushes; partial flushes, Z_BLOCK and Z_TREES sync.
            drain(out, mode == ZlibModule.Z_FULL_FLUSH ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH);
        }
        return out.toByteArray();
    }

    private void drain(ByteArrayOutputStream out, int flush) {
        byte[] buf = new byte[8192];
        while (true) {
            int n = deflater.deflate(buf, 0, buf.length, flush);
            out.write(buf, 0, n);
            if (n < buf.length && deflater.needsInput()) {
                return;
            }
        }
    }

    private void header(ByteArrayOutputStream out) {
        if (started) {
            return;
        }
        started = true;
        int lvl = level == -1 ? 6 : level;
        switch (wrap.kind()) {
            case ZLIB -> {
                int flevel = strategy >= 2 || lvl < 2 ? 0 : lvl < 6 ? 1 : lvl == 6 ? 2 : 3;
                int h = ((wrap.windowBits() - 8) << 4 | 8) << 8 | flevel << 6 | (zdict != null ? 0x20 : 0);
                h += 31 - h % 31;
                out.write(h >>> 8);
                out.write(h & 0xff);
                if (zdict != null) {
                    bigEndian(out, ZlibModule.adler32(zdict, 0, zdict.length, 1));
                }
            }
            case GZIP -> {
                int xfl = lvl == 9 ? 2 : strategy >= 2 || lvl < 2 ? 4 : 0;
                out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3});
            }
            default -> { }
        }
    }

    private void trailer(ByteArrayOutputStream out) {
        if (wrap.kind() == ZlibModule.Wrap.Kind.ZLIB) {
            bigEndian(out, check);
        } else if (wrap.kind() == ZlibModule.Wrap.Kind.GZIP) {
            littleEndian(out, check);
            littleEndian(out, (int) inputSize);
        }
    }

    private static void bigEndian(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    private static void littleEndian(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }

    private void remember(Object op, int size) {
        if (log != null) {
            logged += size;
            if (logged > LOG_LIMIT) {
                log = null;
            } else {
                log.add(op instanceof byte[] b ? b.clone() : op);
            }
        }
    }

    private PyObject copy() {
        if (finished) {
            throw org.taipan.objects.Errors.valueError("Inconsistent stream state");
        }
        if (log == null) {
            throw ZlibModule.error("copy() is not supported after 4 MiB of input (Taipan's Deflater cannot be cloned)");
        }
        ZCompress c = new ZCompress(level, wrap, strategy, zdict);
        for (Object op : log) {
            if (op instanceof byte[] b) {
                c.compress(b);
            } else {
                c.flush((Integer) op);
            }
        }
        return c;
    }
}
