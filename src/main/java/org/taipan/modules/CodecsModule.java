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
    private static final ArgParser CODEC_ENCODE = ArgParser.clinic("encode", "obj, encoding='utf-8', errors='strict'");
    private static final ArgParser CODEC_DECODE = ArgParser.clinic("decode", "obj, encoding='utf-8', errors='strict'");

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
        // CPython's _codecs names for the registry, which lives in the codecs module here
        m.def("encode", (self, args, start, kw) -> {
            PyObject[] a = CODEC_ENCODE.bind(args, start, kw);
            String encoding = a[1] == null ? "utf-8" : text(a[1]);
            String errors = errors(a[2]);
            if (a[0] instanceof PyStr s && CodecHooks.isBuiltin(encoding)) {
                return new PyBytes(CodecHooks.encode(s, encoding, errors));
            }
            return viaCodecs("encode", a[0], PyStr.of(encoding), PyStr.of(errors));
        });
        m.def("decode", (self, args, start, kw) -> {
            PyObject[] a = CODEC_DECODE.bind(args, start, kw);
            return viaCodecs("decode", a[0], PyStr.of(a[1] == null ? "utf-8" : text(a[1])), PyStr.of(errors(a[2])));
        });
        for (String name : new String[] {"lookup", "register", "unregister", "lookup_error", "register_error"}) {
            m.def(name, (self, args, start, kw) -> {
                PyObject f = Abstract.getAttr(CodecHooks.codecsModule.get(), PyStr.of(name));
                return Abstract.call(f, java.util.Arrays.copyOfRange(args, start, args.length), kw);
            });
        }
        return m;
    }

    private static PyObject viaCodecs(String function, PyObject... args) {
        return Abstract.call(Abstract.getAttr(CodecHooks.codecsModule.get(), PyStr.of(function)), args, null);
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
