package org.taipan.modules.struct;

import java.util.LinkedHashMap;
import java.util.Map;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyByteArray;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PySlice;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.TextAccess;

/**
 * {@code _struct} (re-exported by {@code struct.py}): the module functions compile their
 * format once into a {@link PyStruct}, kept in a small cache as CPython does.
 */
public final class StructModule {
    private StructModule() {}

    private static final ArgParser UNPACK = ArgParser.unpack("unpack", 2, 2);
    private static final ArgParser ITER_UNPACK = ArgParser.unpack("iter_unpack", 2, 2);
    private static final ArgParser UNPACK_FROM = ArgParser.clinic("unpack_from", "format, /, buffer, offset=0");
    private static final int CACHE_SIZE = 100;

    private static PyType errorType;
    private static final Map<String, PyStruct> CACHE = new LinkedHashMap<>();

    /** {@code struct.error}, a subclass of Exception made once per process. */
    static synchronized PyType errorType() {
        if (errorType == null) {
            PyDict ns = new PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of("struct"));
            errorType = (PyType) Abstract.call(PyType.TYPE,
                    new PyObject[] {PyStr.of("error"), PyTuple.of(ExceptionTypes.EXCEPTION), ns}, null);
        }
        return errorType;
    }

    static PyException error(String msg) {
        return Errors.of(errorType(), msg);
    }

    public static PyModule create() {
        PyModule m = new PyModule("_struct", new PyDict());
        m.builtin = true;
        m.set("error", errorType());
        m.set("Struct", PyStruct.TYPE);
        m.def("pack", (self, args, start, kw) -> {
            if (args.length - start - (kw == null ? 0 : kw.length) < 1) {
                throw Errors.typeError("missing format argument");
            }
            return cached(args[start]).pack("_struct.", args, start + 1, kw);
        });
        m.def("pack_into", (self, args, start, kw) -> {
            if (args.length - start - (kw == null ? 0 : kw.length) < 1) {
                throw Errors.typeError("missing format argument");
            }
            return cached(args[start]).packInto("_struct.", args, start + 1, kw);
        });
        m.def("unpack", (self, args, start, kw) -> {
            PyObject[] a = UNPACK.bind(args, start, kw);
            return cached(a[0]).unpack(a[1]);
        });
        m.def("unpack_from", (self, args, start, kw) -> {
            PyObject[] a = UNPACK_FROM.bind(args, start, kw);
            return cached(a[0]).unpackFrom(a[1], a[2]);
        });
        m.def("iter_unpack", (self, args, start, kw) -> {
            PyObject[] a = ITER_UNPACK.bind(args, start, kw);
            return cached(a[0]).iterUnpack(a[1]);
        });
        m.def("calcsize", (self, format) -> PyInt.of(cached(format).fmt.size));
        m.def("_clearcache", (self, args, start, kw) -> {
            synchronized (CACHE) {
                CACHE.clear();
            }
            return PyNone.INSTANCE;
        });
        return m;
    }

    private static PyStruct cached(PyObject format) {
        String key;
        if (format instanceof PyStr str) {
            key = "s" + str;
        } else if (format instanceof PyBytes b) {
            key = "b" + new String(b.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            return PyStruct.of(format); // the TypeError
        }
        synchronized (CACHE) {
            PyStruct s = CACHE.get(key);
            if (s == null) {
                s = PyStruct.of(format);
                if (CACHE.size() >= CACHE_SIZE) {
                    CACHE.clear();
                }
                CACHE.put(key, s);
            }
            return s;
        }
    }

    /** The bytes of a bytes-like object, or null. */
    static byte[] readBytes(PyObject o) {
        return TextAccess.bytesOrNull(o);
    }

    static boolean isWritable(PyObject o) {
        if (o instanceof PyByteArray) {
            return true;
        }
        if (o.type().name().equals("memoryview")) {
            return !Abstract.isTrue(Abstract.getAttr(o, PyStr.of("readonly")));
        }
        return false;
    }

    /** Stores {@code data} into a writable buffer at {@code offset}. */
    static void write(PyObject buffer, int offset, byte[] data) {
        Abstract.setItem(buffer, new PySlice(PyInt.of(offset), PyInt.of(offset + data.length), PyNone.INSTANCE),
                new PyBytes(data));
    }
}
