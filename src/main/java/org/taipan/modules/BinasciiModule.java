package org.taipan.modules;

import java.nio.charset.StandardCharsets;
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

/** {@code binascii}: hex and base64 conversions and the two checksums, the loops that {@code base64} runs. */
public final class BinasciiModule {
    private BinasciiModule() {}

    private static final ArgParser HEXLIFY = ArgParser.clinic("hexlify", "data, sep=<unrepresentable>, bytes_per_sep=1");
    private static final ArgParser B2A_HEX = ArgParser.clinic("b2a_hex", "data, sep=<unrepresentable>, bytes_per_sep=1");
    private static final ArgParser B2A_BASE64 = ArgParser.clinic("b2a_base64", "data, /, *, newline=True");
    private static final ArgParser A2B_BASE64 = ArgParser.clinic("a2b_base64", "data, /, *, strict_mode=False");
    private static final ArgParser CRC32 = ArgParser.clinic("crc32", "data, crc=0, /");
    private static final ArgParser CRC_HQX = ArgParser.unpack("crc_hqx", 2, 2);
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final int[] DECODE = new int[256];
    private static final int[] CRC_TABLE = new int[256];

    static {
        java.util.Arrays.fill(DECODE, -1);
        for (int i = 0; i < 64; i++) {
            DECODE[ALPHABET.charAt(i)] = i;
        }
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC_TABLE[n] = c;
        }
    }

    private static PyType error, incomplete;

    private static synchronized void makeErrors() {
        if (error == null) {
            error = exceptionType("Error", ExceptionTypes.VALUE_ERROR);
            incomplete = exceptionType("Incomplete", ExceptionTypes.EXCEPTION);
        }
    }

    private static PyType exceptionType(String name, PyType base) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("binascii"));
        return (PyType) Abstract.call(PyType.TYPE, new PyObject[] {PyStr.of(name), PyTuple.of(base), ns}, null);
    }

    private static PyException error(String msg) {
        return Errors.of(error, msg);
    }

    public static PyModule create() {
        makeErrors();
        PyModule m = new PyModule("binascii", new PyDict());
        m.builtin = true;
        m.set("Error", error);
        m.set("Incomplete", incomplete);
        m.def("hexlify", (self, args, start, kw) -> hexlify(HEXLIFY.bind(args, start, kw)));
        m.def("b2a_hex", (self, args, start, kw) -> hexlify(B2A_HEX.bind(args, start, kw)));
        m.def("unhexlify", (self, data) -> unhexlify(data));
        m.def("a2b_hex", (self, data) -> unhexlify(data));
        m.def("b2a_base64", (self, args, start, kw) -> {
            PyObject[] a = B2A_BASE64.bind(args, start, kw);
            return new PyBytes(encodeBase64(binary(a[0]), a[1] == null || Abstract.isTrue(a[1])));
        });
        m.def("a2b_base64", (self, args, start, kw) -> {
            PyObject[] a = A2B_BASE64.bind(args, start, kw);
            return new PyBytes(decodeBase64(ascii(a[0]), a[1] != null && Abstract.isTrue(a[1])));
        });
        m.def("crc32", (self, args, start, kw) -> {
            PyObject[] a = CRC32.bind(args, start, kw);
            long crc = a[1] == null ? 0 : Seq.index(a[1]).bigValue().longValue() & 0xffffffffL;
            return PyInt.of(crc32(binary(a[0]), (int) crc) & 0xffffffffL);
        });
        m.def("crc_hqx", (self, args, start, kw) -> {
            PyObject[] a = CRC_HQX.bind(args, start, kw);
            byte[] data = binary(a[0]);
            int crc = (int) (Seq.index(a[1]).bigValue().longValue() & 0xffff);
            return PyInt.of(crcHqx(data, crc));
        });
        return m;
    }

    /** A bytes-like argument of an encoder. */
    private static byte[] binary(PyObject o) {
        byte[] b = TextAccess.bytesOrNull(o);
        if (b == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
        }
        return b;
    }

    /** A decoder's argument: bytes-like, or a str of ASCII characters. */
    private static byte[] ascii(PyObject o) {
        if (o instanceof PyStr s) {
            String t = s.toString();
            for (int i = 0; i < t.length(); i++) {
                if (t.charAt(i) > 127) {
                    throw Errors.valueError("string argument should contain only ASCII characters");
                }
            }
            return t.getBytes(StandardCharsets.ISO_8859_1);
        }
        byte[] b = TextAccess.bytesOrNull(o);
        if (b == null) {
            throw Errors.typeError("argument should be bytes, buffer or ASCII string, not '" + o.type().name() + "'");
        }
        return b;
    }

    /** bytes.hex with the same separator arguments, as bytes. */
    private static PyObject hexlify(PyObject[] a) {
        PyBytes data = new PyBytes(binary(a[0]));
        PyObject[] hexArgs = a[1] == null ? new PyObject[0] : a[2] == null ? new PyObject[] {a[1]} : new PyObject[] {a[1], a[2]};
        PyObject hex = Abstract.callBound(PyBytes.TYPE.lookup("hex"), data, hexArgs);
        return new PyBytes(hex.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static PyObject unhexlify(PyObject arg) {
        byte[] s = ascii(arg);
        if (s.length % 2 != 0) {
            throw error("Odd-length string");
        }
        byte[] out = new byte[s.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(s[2 * i] & 0xff, 16), lo = Character.digit(s[2 * i + 1] & 0xff, 16);
            if (hi < 0 || lo < 0 || (s[2 * i] & 0xff) > 127 || (s[2 * i + 1] & 0xff) > 127) {
                throw error("Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return new PyBytes(out);
    }

    static byte[] encodeBase64(byte[] d, boolean newline) {
        StringBuilder sb = new StringBuilder((d.length + 2) / 3 * 4 + 1);
        int i = 0;
        for (; i + 2 < d.length; i += 3) {
            int v = (d[i] & 0xff) << 16 | (d[i + 1] & 0xff) << 8 | (d[i + 2] & 0xff);
            sb.append(ALPHABET.charAt(v >> 18)).append(ALPHABET.charAt(v >> 12 & 63))
                    .append(ALPHABET.charAt(v >> 6 & 63)).append(ALPHABET.charAt(v & 63));
        }
        if (d.length - i == 1) {
            int v = (d[i] & 0xff) << 16;
            sb.append(ALPHABET.charAt(v >> 18)).append(ALPHABET.charAt(v >> 12 & 63)).append("==");
        } else if (d.length - i == 2) {
            int v = (d[i] & 0xff) << 16 | (d[i + 1] & 0xff) << 8;
            sb.append(ALPHABET.charAt(v >> 18)).append(ALPHABET.charAt(v >> 12 & 63)).append(ALPHABET.charAt(v >> 6 & 63)).append('=');
        }
        if (newline) {
            sb.append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Base64 decoding as CPython's: characters outside the alphabet are skipped (an error in
     * strict mode); padding ends the data once it completes a group of four.
     */
    static byte[] decodeBase64(byte[] s, boolean strict) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length * 3 / 4);
        int pos = 0, pads = 0, acc = 0;
        long dataChars = 0;
        for (int i = 0; i < s.length; i++) {
            int c = s[i] & 0xff;
            if (c == '=') {
                if (strict && i == 0) {
                    throw error("Leading padding not allowed");
                }
                if (pos >= 2) {
                    pads++;
                    if (pos + pads >= 4) {
                        if (strict && i + 1 < s.length) {
                            throw error("Excess data after padding");
                        }
                        return out.toByteArray();
                    }
                } else if (strict) {
                    pads++;
                }
                continue;
            }
            int v = DECODE[c];
            if (v < 0) {
                if (strict) {
                    throw error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && pads > 0) {
                throw error("Discontinuous padding not allowed");
            }
            pads = 0;
            dataChars++;
            switch (pos) {
                case 0 -> acc = v;
                case 1 -> { out.write(acc << 2 | v >> 4); acc = v & 0xf; }
                case 2 -> { out.write(acc << 4 | v >> 2); acc = v & 0x3; }
                default -> out.write(acc << 6 | v);
            }
            pos = (pos + 1) & 3;
        }
        if (pos == 1) {
            throw error("Invalid base64-encoded string: number of data characters (" + dataChars
                    + ") cannot be 1 more than a multiple of 4");
        }
        if (pos != 0) {
            throw error("Incorrect padding");
        }
        return out.toByteArray();
    }

    static int crc32(byte[] data, int crc) {
        return crc32(data, 0, data.length, crc);
    }

    /** CRC-32 (ISO 3309) of {@code data[off..off+len)} continuing from {@code crc}; zlib shares it. */
    public static int crc32(byte[] data, int off, int len, int crc) {
        int c = ~crc;
        for (int i = off; i < off + len; i++) {
            c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
        }
        return ~c;
    }

    private static int crcHqx(byte[] data, int crc) {
        for (byte b : data) {
            crc ^= (b & 0xff) << 8;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xffff;
        }
        return crc;
    }
}
