package org.taipan.modules.zlib;

import org.taipan.modules.BinasciiModule;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;
import org.taipan.objects.TextAccess;

/**
 * {@code zlib} over {@link java.util.zip.Deflater}/{@link java.util.zip.Inflater} in raw mode:
 * the zlib and gzip wrappers (headers, trailers, checksums) are written and checked here, so
 * that every {@code wbits} variant CPython accepts is handled the same way ({@link Wrap}).
 */
public final class ZlibModule {
    private ZlibModule() {}

    static final int Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4,
            Z_BLOCK = 5, Z_TREES = 6;

    private static final ArgParser COMPRESS = ArgParser.clinic("compress", "data, /, level=-1, wbits=15");
    private static final ArgParser DECOMPRESS = ArgParser.clinic("decompress", "data, /, wbits=15, bufsize=16384");
    private static final ArgParser COMPRESSOBJ = ArgParser.clinic("compressobj",
            "level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None");
    private static final ArgParser DECOMPRESSOBJ = ArgParser.clinic("decompressobj", "wbits=15, zdict=b''");
    private static final ArgParser CRC32 = ArgParser.clinic("crc32", "data, value=0, /");
    private static final ArgParser ADLER32 = ArgParser.clinic("adler32", "data, value=1, /");

    private static PyType error;

    static synchronized PyType error() {
        if (error == null) {
            PyDict ns = new PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of("zlib"));
            error = (PyType) Abstract.call(PyType.TYPE, new PyObject[] {PyStr.of("error"),
                PyTuple.of(ExceptionTypes.EXCEPTION), ns}, null);
        }
        return error;
    }

    static PyException error(String msg) {
        return Errors.of(error(), msg);
    }

    public static PyModule create() {
        PyModule m = new PyModule("zlib", new PyDict());
        m.builtin = true;
        m.set("error", error());
        m.set("Compress", ZCompress.TYPE);
        m.set("Decompress", ZDecompress.TYPE);
        String[] names = {"MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE", "Z_NO_COMPRESSION", "Z_BEST_SPEED",
            "Z_BEST_COMPRESSION", "Z_DEFAULT_COMPRESSION", "Z_FILTERED", "Z_HUFFMAN_ONLY", "Z_RLE", "Z_FIXED",
            "Z_DEFAULT_STRATEGY", "Z_NO_FLUSH", "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_FINISH", "Z_BLOCK",
            "Z_TREES"};
        int[] values = {15, 8, 8, 16384, 0, 1, 9, -1, 1, 2, 3, 4, 0, 0, 1, 2, 3, 4, 5, 6};
        for (int i = 0; i < names.length; i++) {
            m.set(names[i], PyInt.of(values[i]));
        }
        m.set("ZLIB_VERSION", PyStr.of("1.2.13"));
        m.set("ZLIB_RUNTIME_VERSION", PyStr.of("1.2.13"));
        m.def("compress", (self, args, start, kw) -> {
            PyObject[] a = COMPRESS.bind(args, start, kw);
            byte[] data = bytes(a[0]);
            int level = intArg(a[1], -1);
            Wrap wrap = Wrap.forCompress(intArg(a[2], 15));
            if (wrap == null || level < -1 || level > 9) {
                throw error("Bad compression level");
            }
            ZCompress c = new ZCompress(level, wrap, 0, null);
            byte[] head = c.compress(data);
            byte[] tail = c.flush(Z_FINISH);
            return new PyBytes(concat(head, tail));
        });
        m.def("decompress", (self, args, start, kw) -> {
            PyObject[] a = DECOMPRESS.bind(args, start, kw);
            byte[] data = bytes(a[0]);
            Wrap wrap = Wrap.forDecompress(intArg(a[1], 15));
            if (a[2] != null && Seq.asSsize(a[2]) < 0) {
                throw Errors.valueError("bufsize must be non-negative");
            }
            if (wrap == null) {
                throw error("Error -2 while preparing to decompress data: inconsistent stream state");
            }
            ZDecompress d = new ZDecompress(wrap, null);
            byte[] out = d.run(data, 0);
            if (!d.eof) {
                throw error("Error -5 while decompressing data: incomplete or truncated stream");
            }
            return new PyBytes(out);
        });
        m.def("compressobj", (self, args, start, kw) -> {
            PyObject[] a = COMPRESSOBJ.bind(args, start, kw);
            int level = intArg(a[0], -1), method = intArg(a[1], 8), memLevel = intArg(a[3], 8);
            int strategy = intArg(a[4], 0);
            Wrap wrap = Wrap.forCompress(intArg(a[2], 15));
            byte[] zdict = a[5] == null || a[5] == org.taipan.objects.PyNone.INSTANCE ? null : dict(a[5]);
            if (wrap == null || level < -1 || level > 9 || method != 8 || memLevel < 1 || memLevel > 9
                    || strategy < 0 || strategy > 4) {
                throw Errors.valueError("Invalid initialization option");
            }
            return new ZCompress(level, wrap, strategy, zdict);
        });
        m.def("decompressobj", (self, args, start, kw) -> {
            PyObject[] a = DECOMPRESSOBJ.bind(args, start, kw);
            Wrap wrap = Wrap.forDecompress(intArg(a[0], 15));
            byte[] zdict = a[1] == null ? null : dict(a[1]);
            if (wrap == null) {
                throw Errors.valueError("Invalid initialization option");
            }
            return new ZDecompress(wrap, zdict);
        });
        m.def("crc32", (self, args, start, kw) -> {
            PyObject[] a = CRC32.bind(args, start, kw);
            byte[] data = bytes(a[0]);
            int start0 = a[1] == null ? 0 : (int) Seq.index(a[1]).bigValue().longValue();
            return PyInt.of(BinasciiModule.crc32(data, 0, data.length, start0) & 0xffffffffL);
        });
        m.def("adler32", (self, args, start, kw) -> {
            PyObject[] a = ADLER32.bind(args, start, kw);
            byte[] data = bytes(a[0]);
            int start0 = a[1] == null ? 1 : (int) Seq.index(a[1]).bigValue().longValue();
            return PyInt.of(adler32(data, 0, data.length, start0) & 0xffffffffL);
        });
        return m;
    }

    static int adler32(byte[] data, int off, int len, int start) {
        long a = start & 0xffff, b = (start >>> 16) & 0xffff;
        for (int i = off; i < off + len; ) {
            int end = Math.min(off + len, i + 5552); // the most bytes before the sums may overflow
            for (; i < end; i++) {
                a += data[i] & 0xff;
                b += a;
            }
            a %= 65521;
            b %= 65521;
        }
        return (int) (b << 16 | a);
    }

    static int intArg(PyObject o, int dflt) {
        return o == null ? dflt : Seq.index(o).intValueExact();
    }

    static byte[] bytes(PyObject o) {
        byte[] b = TextAccess.bytesOrNull(o);
        if (b == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
        }
        return b;
    }

    private static byte[] dict(PyObject o) {
        byte[] b = TextAccess.bytesOrNull(o);
        if (b == null) {
            throw Errors.typeError("zdict argument must support the buffer protocol");
        }
        return b;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** What surrounds the deflate data, from {@code wbits}. */
    record Wrap(Kind kind, int windowBits) {
        enum Kind { RAW, ZLIB, GZIP, AUTO }

        /** Compression takes 9..15 (8 means 9, as zlib), -9..-15 and 25..31. */
        static Wrap forCompress(int wbits) {
            if (wbits >= 8 && wbits <= 15) {
                return new Wrap(Kind.ZLIB, Math.max(wbits, 9));
            }
            if (wbits >= -15 && wbits <= -9) {
                return new Wrap(Kind.RAW, -wbits);
            }
            if (wbits >= 25 && wbits <= 31) {
                return new Wrap(Kind.GZIP, wbits - 16);
            }
            return null;
        }

        /** Decompression also takes 0, 16 and 32 (the window from the header) and 40..47 (zlib or gzip). */
        static Wrap forDecompress(int wbits) {
            if (wbits == 0 || wbits >= 8 && wbits <= 15) {
                return new Wrap(Kind.ZLIB, wbits);
            }
            if (wbits >= -15 && wbits <= -8) {
                return new Wrap(Kind.RAW, -wbits);
            }
            if (wbits == 16 || wbits >= 24 && wbits <= 31) {
                return new Wrap(Kind.GZIP, wbits - 16);
            }
            if (wbits == 32 || wbits >= 40 && wbits <= 47) {
                return new Wrap(Kind.AUTO, wbits - 32);
            }
            return null;
        }
    }
}
