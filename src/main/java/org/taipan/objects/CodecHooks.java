package org.taipan.objects;

import java.util.function.Supplier;

/**
 * Where the str codecs meet Python's codec registry. {@link StrCodecs} handles the codecs and
 * error handlers built into the runtime itself; any other encoding name is looked up through
 * the {@code codecs} module (its search functions, the {@code encodings} package), and any
 * other error handler name through {@code codecs.lookup_error}. The module is imported on first
 * need by {@link #codecsModule}, which the interpreter sets (objects cannot import).
 */
public final class CodecHooks {
    private CodecHooks() {}

    /** Imports and returns the {@code codecs} module. */
    public static volatile Supplier<PyObject> codecsModule;

    private static PyObject codecs(String function) {
        Supplier<PyObject> s = codecsModule;
        if (s == null) {
            return null;
        }
        return Abstract.getAttr(s.get(), PyStr.of(function));
    }

    /** The error handler registered under {@code name} (LookupError when there is none). */
    static PyObject errorHandler(String name) {
        PyObject lookup = codecs("lookup_error");
        if (lookup == null) {
            throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + name + "'");
        }
        return Abstract.call(lookup, new PyObject[] {PyStr.of(name)}, null);
    }

    /** {@code str.encode} with a codec the runtime does not have: {@code codecs._str_encode}. */
    static byte[] encodeByRegistry(PyStr s, String encoding, String errors) {
        PyObject f = codecs("_str_encode");
        if (f == null) {
            throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
        PyObject r = Abstract.call(f, new PyObject[] {s, PyStr.of(encoding), PyStr.of(errors)}, null);
        return ((PyBytes) r).toByteArray();
    }

    /** {@code bytes.decode} with a codec the runtime does not have: {@code codecs._bytes_decode}. */
    static PyStr decodeByRegistry(PyObject data, String encoding, String errors) {
        PyObject f = codecs("_bytes_decode");
        if (f == null) {
            throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
        return (PyStr) Abstract.call(f, new PyObject[] {data, PyStr.of(encoding), PyStr.of(errors)}, null);
    }

    /** Whether {@code encoding} names one of the runtime's own codecs (UTF-8/16/32, Latin-1, ASCII). */
    public static boolean isBuiltin(String encoding) {
        return StrCodecs.find(encoding) != null;
    }

    /** Encodes with a builtin codec (see {@link #isBuiltin}); the error handler may be any registered one. */
    public static byte[] encode(PyStr s, String encoding, String errors) {
        return StrCodecs.encode(s, encoding, errors);
    }

    /**
     * Decodes with a builtin codec: the text and how many bytes it used, which is fewer than
     * all of them when {@code last} is false and the data ends inside a character.
     */
    public static PyTuple decode(byte[] data, PyObject original, String encoding, String errors, boolean last) {
        return StrCodecs.decodePart(data, encoding, errors, original, last);
    }
}
