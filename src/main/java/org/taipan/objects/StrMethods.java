package org.taipan.objects;

/** The named methods of {@code str}, installed in its dict on first use. */
final class StrMethods {
    private StrMethods() {}

    static String str(PyObject self) {
        return ((PyStr) self).value();
    }

    /** The argument of a {@code __format__} method, which must be a str. */
    static String formatSpec(PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw Errors.typeError("__format__() argument must be str, not " + spec.type().name());
        }
        return s.value();
    }

    private static final ArgParser ENCODE = ArgParser.clinic("encode", "encoding='utf-8', errors='strict'");

    static void define(PyType t) {
        t.method("__format__", (self, spec) -> PyStr.of(FormatSpec.formatStr(str(self), formatSpec(spec))));
        t.method("format", (self, args, start, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            PyObject[] pos = java.util.Arrays.copyOfRange(args, start, args.length - nkw);
            PyDict kwargs = null;
            if (nkw > 0) {
                kwargs = new PyDict();
                for (int k = 0; k < nkw; k++) {
                    kwargs.setItem(PyStr.of(kw[k]), args[args.length - nkw + k]);
                }
            }
            return PyStr.of(StrFormatter.format(str(self), pos, kwargs));
        });
        t.method("format_map", (self, mapping) -> PyStr.of(StrFormatter.formatMap(str(self), mapping)));
        t.method("encode", (self, args, start, kw) -> {
            PyObject[] a = ENCODE.bind(args, start, kw);
            return new PyBytes(StrCodecs.encode(str(self), textArg("encode", a[0], "encoding", "utf-8"),
                    textArg("encode", a[1], "errors", "strict")));
        });
    }

    /** {@code ascii()} of a repr: every non-ASCII code point as a backslash escape. */
    static String asciiEscape(String repr) {
        StringBuilder sb = null;
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            if (cp >= 0x80 && sb == null) {
                sb = new StringBuilder(repr.length() + 16).append(repr, 0, i);
            }
            i += Character.charCount(cp);
            if (sb != null) {
                if (cp < 0x80) {
                    sb.append((char) cp);
                } else {
                    sb.append(StrCodecs.backslashed(cp));
                }
            }
        }
        return sb == null ? repr : sb.toString();
    }

    /** A str argument of a method, or its default when not given. */
    static String textArg(String fn, PyObject v, String name, String dflt) {
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError(fn + "() argument '" + name + "' must be str, not " + v.type().name());
        }
        return s.value();
    }
}
