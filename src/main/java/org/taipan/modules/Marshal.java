package org.taipan.modules;

import java.io.ByteArrayOutputStream;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.PyByteArray;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.Seq;

/**
 * The {@code marshal} module: CPython's serialisation format for the values a code object
 * holds, version 4 by default (0 to 3 on request). Data round-trips with CPython's marshal
 * both ways; code objects use CPython 3.11's layout with Taipan's own bytecode in it.
 *
 * <p>Each object is a type byte, possibly with {@link #FLAG_REF} (the object is numbered so a
 * later {@link #REF} can name it), then its payload: little-endian int32s, ints as 15-bit
 * digits, floats as 8 bytes (as text before version 2), strings as UTF-8 ("surrogatepass").
 */
public final class Marshal {
    private Marshal() {}

    /** The default and highest format version ({@code marshal.version}). */
    public static final int VERSION = 4;

    static final int NULL = '0', NONE = 'N', FALSE = 'F', TRUE = 'T', STOPITER = 'S', ELLIPSIS = '.',
            INT = 'i', LONG = 'l', FLOAT = 'f', BINARY_FLOAT = 'g', COMPLEX = 'x', BINARY_COMPLEX = 'y',
            STRING = 's', INTERNED = 't', REF = 'r', TUPLE = '(', LIST = '[', DICT = '{', CODE = 'c',
            UNICODE = 'u', SET = '<', FROZENSET = '>', ASCII = 'a', ASCII_INTERNED = 'A',
            SMALL_TUPLE = ')', SHORT_ASCII = 'z', SHORT_ASCII_INTERNED = 'Z';
    static final int FLAG_REF = 0x80;

    private static final ArgParser DUMPS = ArgParser.unpack("dumps", 1, 2);
    private static final ArgParser DUMP = ArgParser.unpack("dump", 2, 3);

    public static PyModule create() {
        PyModule m = new PyModule("marshal", new PyDict());
        m.builtin = true;
        m.set("version", PyInt.of(VERSION));
        m.def("dumps", (self, a, start, kw) -> {
            PyObject[] p = DUMPS.bind(a, start, kw);
            return new PyBytes(dumps(p[0], version(p[1])));
        });
        m.def("loads", (self, data) -> loads(bytesLike(data)));
        m.def("dump", (self, a, start, kw) -> {
            PyObject[] p = DUMP.bind(a, start, kw);
            byte[] b = dumps(p[0], version(p[2]));
            Abstract.call(Abstract.getAttr(p[1], PyStr.of("write")), new PyObject[] {new PyBytes(b)}, null);
            return PyNone.INSTANCE;
        });
        m.def("load", (self, file) -> new MarshalReader(file).readTop());
        return m;
    }

    private static int version(PyObject v) {
        if (v == null) {
            return VERSION;
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Seq.index(v).longValue()));
    }

    /** {@code marshal.dumps(v, version)} as bytes. */
    public static byte[] dumps(PyObject v, int version) {
        return MarshalWriter.dumps(v, version);
    }

    /** {@code marshal.loads(data)}: the first object in {@code data}; what follows it is ignored. */
    public static PyObject loads(byte[] data) {
        return new MarshalReader(data, 0, data.length).readTop();
    }

    /** The object at {@code data[offset:]} (a .pyc's code after its header). */
    public static PyObject loads(byte[] data, int offset) {
        return new MarshalReader(data, offset, data.length).readTop();
    }

    /**
     * The object at {@code data[offset:]} (a .pyc's code after its header); with a
     * {@code filename}, every code object in it gets that co_filename (the file may have moved).
     */
    public static PyObject loadsCode(byte[] data, int offset, String filename) {
        MarshalReader r = new MarshalReader(data, offset, data.length);
        r.filename = filename;
        return r.readTop();
    }

    static byte[] bytesLike(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.toByteArray();
        }
        if (o instanceof PyByteArray b) {
            return b.toByteArray();
        }
        PyObject mv = Abstract.lookupAttr(o, PyStr.of("tobytes"));
        if (mv != null) {
            return bytesLike(Abstract.call(mv, new PyObject[0], null));
        }
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
    }

    /**
     * Whether CPython would hold this string interned when it is a constant: made only of ASCII
     * letters, digits and underscores (identifiers and the like, the empty string too).
     */
    static boolean looksInterned(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 with lone surrogates encoded as three bytes each ("surrogatepass"). */
    static byte[] utf8(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        for (int k = 0; k < s.length();) {
            int cp = s.codePointAt(k);
            k += Character.charCount(cp);
            if (cp < 0x80) {
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
        return out.toByteArray();
    }
}
