package org.taipan.modules;

import org.taipan.objects.ArgParser;
import org.taipan.objects.Abstract;
import org.taipan.objects.CodecHooks;
import org.taipan.objects.Errors;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.TextAccess;

/**
 * {@code _codecs}: the runtime's own codecs (UTF-8/16/32, Latin-1, ASCII, in objects.StrCodecs)
 * for the Python {@code codecs} module, which keeps the registry and the error handlers.
 */
public final class CodecsModule {
    private CodecsModule() {}

    private static final ArgParser ENCODE = ArgParser.clinic("_encode", "str, encoding, errors=None, /");
    private static final ArgParser DECODE = ArgParser.clinic("_decode", "data, encoding, errors=None, final=False, /");

    public static PyModule create() {
        PyModule m = new PyModule("_codecs", new PyDict());
        m.builtin = true;
        m.def("_is_builtin", (self, name) -> PyBool.of(name instanceof PyStr s && CodecHooks.isBuiltin(s.value())));
        m.def("_encode", (self, args, start, kw) -> {
            PyObject[] a = ENCODE.bind(args, start, kw);
            if (!(a[0] instanceof PyStr s)) {
                throw Errors.typeError("_encode() argument 1 must be str, not " + Errors.argTypeName(a[0]));
            }
            return new PyBytes(CodecHooks.encode(s, text(a[1]), errors(a[2])));
        });
        m.def("_decode", (self, args, start, kw) -> {
            PyObject[] a = DECODE.bind(args, start, kw);
            byte[] data = TextAccess.bytesOrNull(a[0]);
            if (data == null) {
                throw Errors.typeError("a bytes-like object is required, not '" + Errors.argTypeName(a[0]) + "'");
            }
            boolean last = a[3] != null && Abstract.isTrue(a[3]);
            return CodecHooks.decode(data, a[0] instanceof PyBytes ? a[0] : new PyBytes(data), text(a[1]), errors(a[2]),
                    last);
        });
        return m;
    }

    private static String text(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Errors.typeError("encoding must be str, not " + Errors.argTypeName(o));
    }

    private static String errors(PyObject o) {
        if (o == null || o == org.taipan.objects.PyNone.INSTANCE) {
            return "strict";
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw Errors.typeError("errors must be str or None, not " + Errors.argTypeName(o));
    }
}
