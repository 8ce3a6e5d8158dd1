package org.taipan.modules.json;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;
import org.taipan.objects.TextAccess;

/**
 * {@code _json}: the speed-ups under the json package, as CPython's C module provides them:
 * {@code make_scanner} (the whole decoder's recursive descent), {@code scanstring},
 * {@code encode_basestring_ascii}, {@code encode_basestring}.
 */
public final class JsonModule {
    private static final ArgParser ARGS_0 = ArgParser.clinic("make_scanner", "context, error");
    private static final ArgParser ARGS_1 = ArgParser.clinic("scanstring", "string, end, strict, error");
    private static final ArgParser ARGS_2 = ArgParser.clinic("make_encoder",
                "default, ensure_ascii, check_circular, allow_nan, sort_keys, skipkeys, indent, key_separator, item_separator");
    private static final ArgParser ARGS_3 = ArgParser.clinic("scan_once", "string, idx");
    private JsonModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_json", new PyDict());
        m.builtin = true;
        m.def("make_scanner", (self, args, start, kw) -> {
            PyObject[] a = ARGS_0.bind(args, start, kw);
            return new Scanner(a[0], a[1]);
        });
        m.def("scanstring", (self, args, start, kw) -> {
            PyObject[] a = ARGS_1.bind(args, start, kw);
            Parse p = new Parse(null, a[3], (PyStr) a[0]);
            p.strict = Abstract.isTrue(a[2]);
            int end = (int) Seq.asSsize(a[1]);
            if (end < 0 || end > p.t.length) {
                throw Errors.valueError("end is out of bounds");
            }
            PyObject s = p.string(end);
            return PyTuple.of(s, PyInt.of(p.pos));
        });
        m.def("make_encoder", (self, args, start, kw) -> new JsonEncoder(ARGS_2
                .bind(args, start, kw)));
        m.def("encode_basestring_ascii", (self, s) -> PyStr.of(encode(str(s), true)));
        m.def("encode_basestring", (self, s) -> PyStr.of(encode(str(s), false)));
        return m;
    }

    private static PyStr str(PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw Errors.typeError("first argument must be a string, not " + o.type().name());
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String encode(PyStr s, boolean ascii) {
        int[] cps = TextAccess.codePoints(s);
        StringBuilder b = new StringBuilder(cps.length + 2);
        b.append('"');
        for (int c : cps) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || ascii && c > 0x7e) {
                        if (c >= 0x10000) {
                            int v = c - 0x10000;
                            hex4(b, 0xD800 | (v >> 10));
                            hex4(b, 0xDC00 | (v & 0x3FF));
                        } else {
                            hex4(b, c);
                        }
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static void hex4(StringBuilder b, int v) {
        b.append("\\u").append(HEX[(v >> 12) & 15]).append(HEX[(v >> 8) & 15]).append(HEX[(v >> 4) & 15])
                .append(HEX[v & 15]);
    }

    /** What make_scanner returns: called as scan_once(string, idx). */
    static final class Scanner extends PyObject {
        static final PyType TYPE = PyType.builtin("_json.Scanner", Scanner.class, PyType.OBJECT, 0, t -> {
            t.call = (self, args, kw) -> {
                PyObject[] a = ARGS_3.bind(args, 0, kw);
                if (!(a[0] instanceof PyStr s)) {
                    throw Errors.typeError("first argument must be a string, not " + a[0].type().name());
                }
                Scanner sc = (Scanner) self;
                Parse p = new Parse(sc, sc.error, s);
                int idx = (int) Seq.asSsize(a[1]);
                if (idx < 0) {
                    throw Errors.valueError("idx cannot be negative");
                }
                PyObject v = p.value(idx, 0);
                return PyTuple.of(v, PyInt.of(p.pos));
            };
        }, null);

        final PyObject error;
        final boolean strict;
        final PyObject objectHook, pairsHook, parseFloat, parseInt, parseConstant;

        Scanner(PyObject ctx, PyObject error) {
            this.error = error;
            this.strict = Abstract.isTrue(attr(ctx, "strict"));
            this.objectHook = none(attr(ctx, "object_hook"));
            this.pairsHook = none(attr(ctx, "object_pairs_hook"));
            PyObject pf = attr(ctx, "parse_float"), pi = attr(ctx, "parse_int");
            this.parseFloat = pf == PyFloat.TYPE ? null : pf;
            this.parseInt = pi == PyInt.TYPE ? null : pi;
            this.parseConstant = attr(ctx, "parse_constant");
        }

        private static PyObject attr(PyObject o, String name) {
            return Abstract.getAttr(o, PyStr.of(name));
        }

        private static PyObject none(PyObject o) {
            return o == PyNone.INSTANCE ? null : o;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /** One decoding run over one string's code points; {@code pos} is where it got to. */
    static final class Parse {
        final Scanner sc;
        final PyObject error;
        final PyStr doc;
        final int[] t;
        boolean strict;
        int pos;

        Parse(Scanner sc, PyObject error, PyStr doc) {
            this.sc = sc;
            this.error = error;
            this.doc = doc;
            this.t = TextAccess.codePoints(doc);
            this.strict = sc == null || sc.strict;
        }

        PyException fail(String msg, int at) {
            PyObject e = Abstract.call(error, new PyObject[] {PyStr.of(msg), doc, PyInt.of(at)}, null);
            return new PyException((PyBaseException) e);
        }

        private PyException stop(int at) {
            PyObject e = Abstract.call(ExceptionTypes.STOP_ITERATION, new PyObject[] {PyInt.of(at)}, null);
            return new PyException((PyBaseException) e);
        }

        private int skip(int i) {
            int[] a = t;
            while (i < a.length) {
                int c = a[i];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    break;
                }
                i++;
            }
            return i;
        }

        private boolean at(int i, String word) {
            if (i + word.length() > t.length) {
                return false;
            }
            for (int k = 0; k < word.length(); k++) {
                if (t[i + k] != word.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /** The value at i (StopIteration(i) when there is none); sets pos after it. */
        PyObject value(int i, int depth) {
            if (i >= t.length) {
                throw stop(i);
            }
            int c = t[i];
            switch (c) {
                case '"':
                    return string(i + 1);
                case '{':
                    return object(i + 1, depth + 1);
                case '[':
                    return array(i + 1, depth + 1);
                case 'n':
                    if (at(i, "null")) {
                        pos = i + 4;
                        return PyNone.INSTANCE;
                    }
                    break;
                case 't':
                    if (at(i, "true")) {
                        pos = i + 4;
                        return PyBool.TRUE;
                    }
                    break;
                case 'f':
                    if (at(i, "false")) {
                        pos = i + 5;
                        return PyBool.FALSE;
                    }
                    break;
                case 'N':
                    if (at(i, "NaN")) {
                        pos = i + 3;
                        return constant("NaN");
                    }
                    break;
                case 'I':
                    if (at(i, "Infinity")) {
                        pos = i + 8;
                        return constant("Infinity");
                    }
                    break;
                case '-':
                    if (at(i, "-Infinity")) {
                        pos = i + 9;
                        return constant("-Infinity");
                    }
                    break;
                default:
                    break;
            }
            if (c == '-' || c >= '0' && c <= '9') {
                return number(i);
            }
            throw stop(i);
        }

        private PyObject constant(String name) {
            return Abstract.call(sc.parseConstant, new PyObject[] {PyStr.of(name)}, null);
        }

        private PyObject number(int i) {
            int start = i;
            if (t[i] == '-') {
                i++;
            }
            if (i >= t.length || t[i] < '0' || t[i] > '9') {
                throw stop(start);
            }
            if (t[i] == '0') {
                i++;
            } else {
                while (i < t.length && t[i] >= '0' && t[i] <= '9') {
                    i++;
                }
            }
            boolean isFloat = false;
            if (i + 1 < t.length && t[i] == '.' && t[i + 1] >= '0' && t[i + 1] <= '9') {
                isFloat = true;
                i += 2;
                while (i < t.length && t[i] >= '0' && t[i] <= '9') {
                    i++;
                }
            }
            if (i < t.length && (t[i] == 'e' || t[i] == 'E')) {
                int e = i + 1;
                if (e < t.length && (t[e] == '+' || t[e] == '-')) {
                    e++;
                }
                if (e < t.length && t[e] >= '0' && t[e] <= '9') {
                    while (e < t.length && t[e] >= '0' && t[e] <= '9') {
                        e++;
                    }
                    isFloat = true;
                    i = e;
                }
            }
            pos = i;
            String text = new String(t, start, i - start);
            if (isFloat) {
                if (sc.parseFloat != null) {
                    return Abstract.call(sc.parseFloat, new PyObject[] {PyStr.of(text)}, null);
                }
                return PyFloat.of(Double.parseDouble(text));
            }
            if (sc.parseInt != null) {
                return Abstract.call(sc.parseInt, new PyObject[] {PyStr.of(text)}, null);
            }
            if (text.length() <= 18) {
                return PyInt.of(Long.parseLong(text));
            }
            if (text.length() <= 4000) {
                return PyInt.of(new BigInteger(text));
            }
            return Abstract.call(PyInt.TYPE, new PyObject[] {PyStr.of(text)}, null);
        }

        /** The string whose opening quote is at i - 1; sets pos after its closing quote. */
        PyObject string(int i) {
            int begin = i - 1;
            int[] a = t;
            int k = i;
            boolean surrogates = false;
            while (k < a.length) {
                int c = a[k];
                if (c == '"' || c == '\\' || c < 0x20) {
                    break;
                }
                surrogates |= c >= 0xD800 && c <= 0xDFFF;
                k++;
            }
            if (k < a.length && a[k] == '"') {
                pos = k + 1;
                if (surrogates) {
                    return PyStr.ofCodePoints(java.util.Arrays.copyOfRange(a, i, k));
                }
                return PyStr.of(new String(a, i, k - i));
            }
            int[] buf = new int[Math.max(16, (k - i) * 2)];
            int n = 0;
            for (int q = i; q < k; q++) {
                buf[n++] = a[q];
            }
            while (true) {
                if (k >= a.length) {
                    throw fail("Unterminated string starting at", begin);
                }
                int c = a[k++];
                if (c == '"') {
                    break;
                }
                int out;
                if (c == '\\') {
                    if (k >= a.length) {
                        throw fail("Unterminated string starting at", begin);
                    }
                    int e = a[k];
                    switch (e) {
                        case '"', '\\', '/' -> out = e;
                        case 'b' -> out = '\b';
                        case 'f' -> out = '\f';
                        case 'n' -> out = '\n';
                        case 'r' -> out = '\r';
                        case 't' -> out = '\t';
                        case 'u' -> {
                            out = hex4(k);
                            k += 4;
                            if (out >= 0xD800 && out <= 0xDBFF && k + 2 < a.length && a[k + 1] == '\\' && a[k + 2] == 'u') {
                                int lo = hex4(k + 2);
                                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                                    out = 0x10000 + ((out - 0xD800) << 10) + (lo - 0xDC00);
                                    k += 6;
                                }
                            }
                        }
                        default -> throw fail("Invalid \\escape", k - 1);
                    }
                    k++;
                } else if (c < 0x20 && strict) {
                    throw fail("Invalid control character at", k - 1);
                } else {
                    out = c;
                }
                if (n == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, n * 2);
                }
                buf[n++] = out;
            }
            pos = k;
            return PyStr.ofCodePoints(java.util.Arrays.copyOf(buf, n));
        }

        /** The \\uXXXX escape whose 'u' is at k. */
        private int hex4(int k) {
            int v = 0;
            for (int q = 1; q <= 4; q++) {
                int d = k + q < t.length && t[k + q] < 128 ? Character.digit(t[k + q], 16) : -1;
                if (d < 0) {
                    throw fail("Invalid \\uXXXX escape", k);
                }
                v = v * 16 + d;
            }
            return v;
        }

        private void checkDepth(int depth, String what) {
            if (depth > org.taipan.vm.ThreadState.current().recursionLimit()) {
                throw Errors.of(ExceptionTypes.RECURSION_ERROR,
                        "maximum recursion depth exceeded while decoding a JSON " + what + " from a unicode string");
            }
        }

        private PyObject object(int i, int depth) {
            checkDepth(depth, "object");
            List<PyObject[]> pairs = sc.pairsHook != null ? new ArrayList<>() : null;
            PyDict d = pairs == null ? new PyDict() : null;
            i = skip(i);
            if (i < t.length && t[i] == '}') {
                pos = i + 1;
                return finishObject(d, pairs);
            }
            while (true) {
                if (i >= t.length || t[i] != '"') {
                    throw fail("Expecting property name enclosed in double quotes", i);
                }
                PyObject key = string(i + 1);
                i = skip(pos);
                if (i >= t.length || t[i] != ':') {
                    throw fail("Expecting ':' delimiter", i);
                }
                i = skip(i + 1);
                PyObject v;
                try {
                    v = value(i, depth);
                } catch (PyException e) {
                    throw asExpecting(e);
                }
                if (pairs != null) {
                    pairs.add(new PyObject[] {key, v});
                } else {
                    d.setItem(key, v);
                }
                i = skip(pos);
                if (i < t.length && t[i] == '}') {
                    pos = i + 1;
                    return finishObject(d, pairs);
                }
                if (i >= t.length || t[i] != ',') {
                    throw fail("Expecting ',' delimiter", i);
                }
                i = skip(i + 1);
            }
        }

        private PyObject finishObject(PyDict d, List<PyObject[]> pairs) {
            if (pairs != null) {
                PyObject[] items = new PyObject[pairs.size()];
                for (int k = 0; k < items.length; k++) {
                    items[k] = PyTuple.of(pairs.get(k)[0], pairs.get(k)[1]);
                }
                return Abstract.call(sc.pairsHook, new PyObject[] {PyList.wrap(items)}, null);
            }
            if (sc.objectHook != null) {
                return Abstract.call(sc.objectHook, new PyObject[] {d}, null);
            }
            return d;
        }

        /** A StopIteration from a nested value is the "Expecting value" error at its position. */
        private PyException asExpecting(PyException e) {
            if (e.value.type() == ExceptionTypes.STOP_ITERATION) {
                PyObject v = Abstract.getAttr(e.value, PyStr.of("value"));
                return fail("Expecting value", (int) Seq.asSsize(v));
            }
            return e;
        }

        private PyObject array(int i, int depth) {
            checkDepth(depth, "array");
            List<PyObject> items = new ArrayList<>();
            i = skip(i);
            if (i < t.length && t[i] == ']') {
                pos = i + 1;
                return new PyList();
            }
            while (true) {
                try {
                    items.add(value(i, depth));
                } catch (PyException e) {
                    throw asExpecting(e);
                }
                i = skip(pos);
                if (i < t.length && t[i] == ']') {
                    pos = i + 1;
                    return PyList.wrap(items.toArray(new PyObject[0]));
                }
                if (i >= t.length || t[i] != ',') {
                    throw fail("Expecting ',' delimiter", i);
                }
                i = skip(i + 1);
            }
        }
    }
}
