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

    static void define(PyType t) {
        t.method("__format__", (self, spec) -> PyStr.of(FormatSpec.formatStr(str(self), formatSpec(spec))));
    }
}
