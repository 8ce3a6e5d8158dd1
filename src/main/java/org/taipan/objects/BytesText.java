package org.taipan.objects;

import java.util.function.Function;

/**
 * The str-like methods of bytes and bytearray that treat the bytes as ASCII text: padding,
 * case mapping, partition, splitlines, translate, prefixes. Non-ASCII bytes are left alone.
 */
final class BytesText {
    private BytesText() {}

    private static final ArgParser EXPANDTABS = ArgParser.clinic("expandtabs", "tabsize=8");
    private static final ArgParser SPLITLINES = ArgParser.clinic("splitlines", "keepends=False");
    private static final ArgParser TRANSLATE = ArgParser.clinic("translate", "table, /, delete=b''");
    private static final ArgParser MAKETRANS = ArgParser.unpack("maketrans", 2, 2);

    static void define(PyType t, Function<PyObject, byte[]> data, BytesOps.Maker make) {
        for (String name : new String[] {"center", "ljust", "rjust"}) {
            ArgParser p = ArgParser.unpack(name, 1, 2);
            t.method(name, (self, args, start, kw) -> {
                Seq.noKeywords(t.name() + "." + name, kw);
                PyObject[] a = p.bind(args, start, kw);
                return make.make(pad(name, data.apply(self), Seq.asSsize(a[0]), fill(name, a[1])));
            });
        }
        t.method("zfill", (self, width) -> make.make(zfill(data.apply(self), Seq.asSsize(width))));
        t.method("expandtabs", (self, args, start, kw) -> {
            PyObject[] a = EXPANDTABS.bind(args, start, kw);
            return make.make(expandTabs(data.apply(self), a[0] == null ? 8 : Seq.asSsize(a[0])));
        });
        t.method("capitalize", self -> make.make(capitalize(data.apply(self))));
        t.method("swapcase", self -> make.make(swapcase(data.apply(self))));
        t.method("title", self -> make.make(title(data.apply(self))));
        t.method("istitle", self -> PyBool.of(isTitle(data.apply(self))));
        t.method("isascii", self -> {
            for (byte b : data.apply(self)) {
                if (b < 0) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        t.method("partition", (self, sep) -> partition(self, data.apply(self), sep, make, false));
        t.method("rpartition", (self, sep) -> partition(self, data.apply(self), sep, make, true));
        t.method("removeprefix", (self, p) -> {
            byte[] d = data.apply(self), pre = BytesOps.bytes(p);
            return make.make(startsWith(d, pre, 0) ? java.util.Arrays.copyOfRange(d, pre.length, d.length) : d.clone());
        });
        t.method("removesuffix", (self, p) -> {
            byte[] d = data.apply(self), suf = BytesOps.bytes(p);
            return make.make(suf.length > 0 && startsWith(d, suf, d.length - suf.length)
                    ? java.util.Arrays.copyOf(d, d.length - suf.length) : d.clone());
        });
        t.method("splitlines", (self, args, start, kw) -> {
            PyObject[] a = SPLITLINES.bind(args, start, kw);
            return splitlines(data.apply(self), StrSearch.keepends(a[0]), make);
        });
        t.method("translate", (self, args, start, kw) -> {
            PyObject[] a = TRANSLATE.bind(args, start, kw);
            return make.make(translate(data.apply(self), a[0], a[1]));
        });
        BuiltinMethod maketrans = BuiltinMethod.of("maketrans", t, (BuiltinMethod.General) (self, args, start, kw) -> {
            Seq.noKeywords("maketrans", kw);
            PyObject[] a = MAKETRANS.bind(args, start, kw);
            byte[] from = BytesOps.bytes(a[0]), to = BytesOps.bytes(a[1]);
            if (from.length != to.length) {
                throw Errors.valueError("maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < from.length; i++) {
                table[from[i] & 0xff] = to[i];
            }
            return new PyBytes(table);
        });
        t.dict().setItem(PyStr.of("maketrans"),
                new PyClassMethod(PyClassMethod.STATICMETHOD, PyBuiltinFunction.staticIn(maketrans, t)));
    }

    private static byte fill(String name, PyObject f) {
        if (f == null) {
            return ' ';
        }
        byte[] b = f instanceof PyBytes || f instanceof PyByteArray ? BytesOps.bytesOrNull(f) : null;
        if (b == null || b.length != 1) {
            throw Errors.typeError(name + "() argument 2 must be a byte string of length 1, not " + f.type().name());
        }
        return b[0];
    }

    private static byte[] pad(String name, byte[] d, long width, byte fill) {
        if (width <= d.length) {
            return d.clone();
        }
        long marg = width - d.length;
        long left = switch (name) {
            case "ljust" -> 0;
            case "rjust" -> marg;
            default -> marg / 2 + (marg & width & 1); // as str.center: an odd extra goes left when width is odd
        };
        byte[] out = new byte[FormatSpec.size(width)];
        java.util.Arrays.fill(out, fill);
        System.arraycopy(d, 0, out, (int) left, d.length);
        return out;
    }

    private static byte[] zfill(byte[] d, long width) {
        if (width <= d.length) {
            return d.clone();
        }
        byte[] out = new byte[FormatSpec.size(width)];
        int fill = (int) (width - d.length);
        java.util.Arrays.fill(out, 0, fill, (byte) '0');
        System.arraycopy(d, 0, out, fill, d.length);
        if (d.length > 0 && (d[0] == '+' || d[0] == '-')) {
            out[0] = d[0];
            out[fill] = '0';
        }
        return out;
    }

    private static byte[] expandTabs(byte[] d, long tabsize) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(d.length);
        long column = 0;
        for (byte b : d) {
            if (b == '\t') {
                if (tabsize > 0) {
                    long n = tabsize - column % tabsize;
                    FormatSpec.size(out.size() + n);
                    for (long k = 0; k < n; k++) {
                        out.write(' ');
                    }
                    column += n;
                }
            } else {
                out.write(b);
                column = b == '\n' || b == '\r' ? 0 : column + 1;
            }
        }
        return out.toByteArray();
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static byte[] capitalize(byte[] d) {
        byte[] out = d.clone();
        for (int i = 0; i < out.length; i++) {
            int c = out[i];
            if (i == 0 ? isLower(c) : isUpper(c)) {
                out[i] = (byte) (c ^ 0x20);
            }
        }
        return out;
    }

    private static byte[] swapcase(byte[] d) {
        byte[] out = d.clone();
        for (int i = 0; i < out.length; i++) {
            if (isLower(out[i]) || isUpper(out[i])) {
                out[i] = (byte) (out[i] ^ 0x20);
            }
        }
        return out;
    }

    private static byte[] title(byte[] d) {
        byte[] out = d.clone();
        boolean prevCased = false;
        for (int i = 0; i < out.length; i++) {
            int c = out[i];
            if (prevCased ? isUpper(c) : isLower(c)) {
                out[i] = (byte) (c ^ 0x20);
            }
            prevCased = isLower(c) || isUpper(c);
        }
        return out;
    }

    private static boolean isTitle(byte[] d) {
        boolean cased = false, prevCased = false;
        for (byte b : d) {
            if (isUpper(b)) {
                if (prevCased) {
                    return false;
                }
                prevCased = cased = true;
            } else if (isLower(b)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    private static boolean startsWith(byte[] d, byte[] p, int at) {
        if (at < 0 || at + p.length > d.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (d[at + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    /** bytes returns the separator object itself; bytearray returns new bytearrays throughout. */
    private static PyObject partition(PyObject self, byte[] d, PyObject sepArg, BytesOps.Maker make, boolean right) {
        byte[] sep = BytesOps.bytes(sepArg);
        if (sep.length == 0) {
            throw Errors.valueError("empty separator");
        }
        int at = -1;
        if (right) {
            for (int i = d.length - sep.length; i >= 0 && at < 0; i--) {
                at = startsWith(d, sep, i) ? i : -1;
            }
        } else {
            for (int i = 0; i + sep.length <= d.length && at < 0; i++) {
                at = startsWith(d, sep, i) ? i : -1;
            }
        }
        boolean isBytes = self instanceof PyBytes;
        if (at < 0) {
            PyObject whole = isBytes && self.getClass() == PyBytes.class ? self : make.make(d.clone());
            PyObject empty = make.make(new byte[0]), empty2 = make.make(new byte[0]);
            return right ? PyTuple.of(empty, empty2, whole) : PyTuple.of(whole, empty, empty2);
        }
        return PyTuple.of(make.make(java.util.Arrays.copyOf(d, at)), isBytes ? sepArg : make.make(sep.clone()),
                make.make(java.util.Arrays.copyOfRange(d, at + sep.length, d.length)));
    }

    private static PyObject splitlines(byte[] d, boolean keepends, BytesOps.Maker make) {
        PyList out = new PyList();
        int i = 0;
        while (i < d.length) {
            int j = i;
            while (j < d.length && d[j] != '\n' && d[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < d.length) {
                j += d[j] == '\r' && j + 1 < d.length && d[j + 1] == '\n' ? 2 : 1;
            }
            out.append(make.make(java.util.Arrays.copyOfRange(d, i, keepends ? j : eol)));
            i = j;
        }
        return out;
    }

    private static byte[] translate(byte[] d, PyObject tableArg, PyObject deleteArg) {
        byte[] table = null;
        if (tableArg != PyNone.INSTANCE) {
            table = BytesOps.bytes(tableArg);
            if (table.length != 256) {
                throw Errors.valueError("translation table must be 256 characters long");
            }
        }
        boolean[] delete = new boolean[256];
        if (deleteArg != null) {
            for (byte b : BytesOps.bytes(deleteArg)) {
                delete[b & 0xff] = true;
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(d.length);
        for (byte b : d) {
            if (!delete[b & 0xff]) {
                out.write(table == null ? b : table[b & 0xff]);
            }
        }
        return out.toByteArray();
    }
}
